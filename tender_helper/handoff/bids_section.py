"""The `bids` section: the company's bids with their checklists, each carrying its notice (JSON and original XML).

Notice ids differ between installations, so a bid is known by its notice's source and source id. The importer
stores the notice as a notice import would (a newer version replaces an older one) and links the bid to it.
Checklist steps have no edit time of their own; a step is as new as its bid (every step edit touches the bid).
Document links point at vault documents by (type id, SHA-256); a link whose document is not here is dropped.
"""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from tender_helper.checklists.instantiate import ITEM_STATUSES
from tender_helper.core.notice import Notice
from tender_helper.handoff.merge import Action, Change, decide, parse_time
from tender_helper.handoff.sections import ExportContext, ImportContext
from tender_helper.services.bids import BID_STATUSES
from tender_helper.services.notices import NEW, UNCHANGED, UPDATED, store_notice
from tender_helper.storage.bid_models import BidRow
from tender_helper.storage.bids_repo import Bid, BidItem, BidRepository
from tender_helper.storage.notices_repo import NoticeRepository, best_text
from tender_helper.storage.vault_repo import DocumentRepository

SECTION = "bids"
ITEMS = "checklist"
NOTICES = "notices"
DocKey = tuple[str, str]  # (type id, sha256) of a document version


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def bid_json(bid: Bid) -> dict[str, Any]:
    return {
        "lots": list(bid.lots),
        "language": bid.language,
        "status": bid.status,
        "no_bid_reason": bid.no_bid_reason,
        "answers": dict(bid.answers),
        "assessment_version": bid.assessment_version,
        "recommendation": bid.recommendation,
        "decision": bid.decision,
        "decision_reason": bid.decision_reason,
        "tender_deadline": _moment(bid.tender_deadline),
        "question_deadline": _moment(bid.question_deadline),
        "award_expected": _day(bid.award_expected),
        "created_at": bid.created_at.isoformat(),
        "updated_at": bid.updated_at.isoformat(),
    }


def item_json(item: BidItem, documents: Mapping[int, DocKey]) -> dict[str, Any]:
    """A step without its local ids; a linked document is named by (type id, sha256), None once it was deleted."""
    links = {}
    for type_id, document_id in sorted(item.document_links.items()):
        known = documents.get(document_id)
        links[type_id] = list(known) if known else None
    return {
        "item_id": item.item_id,
        "template_id": item.template_id,
        "template_version": item.template_version,
        "category": item.category,
        "title": item.title,
        "help": item.help,
        "documents": list(item.documents),
        "due": _day(item.due),
        "due_anchor": item.due_anchor,
        "due_estimated": item.due_estimated,
        "source": item.source,
        "status": item.status,
        "notes": item.notes,
        "document_links": links,
    }


def item_from_json(data: Mapping[str, Any], documents: Mapping[DocKey, int]) -> BidItem:
    status = str(data["status"])
    if status not in ITEM_STATUSES:
        raise ValueError(f"unknown checklist status {status}")
    links = {}
    for type_id, key in dict(data.get("document_links") or {}).items():
        local = documents.get((str(key[0]), str(key[1]))) if key else None
        if local is not None:
            links[str(type_id)] = local
    due = data.get("due")
    return BidItem(
        template_id=str(data["template_id"]),
        template_version=int(data["template_version"]),
        item_id=str(data["item_id"]),
        category=str(data["category"]),
        title=str(data["title"]),
        help=str(data.get("help", "")),
        documents=tuple(str(type_id) for type_id in data.get("documents", [])),
        due=date.fromisoformat(due) if due else None,
        due_anchor=data.get("due_anchor"),
        due_estimated=bool(data.get("due_estimated", False)),
        source=data.get("source"),
        status=status,
        notes=str(data.get("notes", "")),
        document_links=links,
    )


def _document_keys(session: Session, company_id: int) -> dict[int, DocKey]:
    held = DocumentRepository(session).all_versions(company_id)
    return {h.document.id: (h.document.type_id, h.document.sha256) for h in held}


def _compared(bid: Mapping[str, Any]) -> dict[str, Any]:
    """When a bid was opened is no edit: two sides that opened the same bid differ in it harmlessly."""
    return {name: value for name, value in bid.items() if name != "created_at"}


class BidsSection:
    name = SECTION
    version = 1

    def export(self, ctx: ExportContext) -> Any:
        repo, notices = BidRepository(ctx.session), NoticeRepository(ctx.session)
        documents = _document_keys(ctx.session, ctx.company_id)
        records = []
        for listing in repo.listings(ctx.company_id):
            bid = listing.bid
            stored = notices.get(bid.notice_id)
            xml = notices.original_xml(bid.notice_id)
            xml_sha = None
            if xml is not None:
                xml_sha = hashlib.sha256(xml).hexdigest()
                ctx.blobs[xml_sha] = (len(xml), functools.partial(io.BytesIO, xml))
            notice = {
                "source": stored.notice.source,
                "source_id": stored.notice.source_id,
                "data": stored.notice.to_json_dict(),
                "xml_sha256": xml_sha,
                "cancelled": stored.cancelled,
                "changes": stored.changes,
            }
            items = [item_json(item, documents) for item in repo.items(bid.id)]
            records.append({"notice": notice, "bid": bid_json(bid), "items": items})
        return sorted(records, key=lambda r: (r["notice"]["source"], r["notice"]["source_id"]))

    def merge(self, ctx: ImportContext, data: Any) -> None:
        company_id = ctx.require_company()
        documents = {key: document_id for document_id, key in _document_keys(ctx.session, company_id).items()}
        for record in data:
            notice_id, key, label = self._merge_notice(ctx, record["notice"])
            incoming = record["bid"]
            _check_bid(incoming)
            repo = BidRepository(ctx.session)
            local = repo.find_for(company_id, notice_id)
            if local is None:
                ctx.record(Change(SECTION, key, label, Action.ADDED))
                bid = repo.add(company_id, notice_id, incoming["lots"], incoming["language"], None)
                self._write_bid(repo, bid.id, incoming)
                repo.replace_items(bid.id, [item_from_json(item, documents) for item in record["items"]])
                _restamp(ctx.session, bid.id, incoming, created=True)
            else:
                self._merge_bid(ctx, repo, local, record, (key, label), documents)

    @staticmethod
    def _merge_notice(ctx: ImportContext, data: Mapping[str, Any]) -> tuple[int, str, str]:
        """Stores the bid's notice (unless this installation has it in the same or a newer version)."""
        notice = Notice.from_json_dict(data["data"])
        source, source_id = str(data["source"]), str(data["source_id"])
        if (notice.source, notice.source_id) != (source, source_id):
            raise ValueError(f"notice {source_id} holds {notice.source_id}")
        xml_sha = data.get("xml_sha256")
        xml = ctx.package.blob(str(xml_sha)) if xml_sha else None
        repo = NoticeRepository(ctx.session)
        known = repo.find_id(source, source_id)
        outcome, row_id = store_notice(repo, notice, xml)
        if known is None and (data.get("changes") or data.get("cancelled")):
            repo.record_change(row_id, list(data.get("changes") or []), cancelled=bool(data.get("cancelled")))
        elif data.get("cancelled"):
            repo.record_change(row_id, [], cancelled=True)
        if outcome != UNCHANGED or data.get("cancelled"):
            ctx.notice_ids.append(row_id)
        key = f"{source}:{source_id}"
        label = f"{source_id} {best_text(dict(notice.title), 'eng')}".strip()
        action = {NEW: Action.ADDED, UPDATED: Action.UPDATED}.get(outcome, Action.UNCHANGED)
        ctx.record(Change(NOTICES, key, label, action))
        return row_id, key, label

    def _merge_bid(
        self,
        ctx: ImportContext,
        repo: BidRepository,
        local: Bid,
        record: Mapping[str, Any],
        name: tuple[str, str],
        documents: Mapping[DocKey, int],
    ) -> None:
        key, label = name
        incoming = record["bid"]
        local_json = bid_json(local)
        changes = [ctx.record(decide(SECTION, key, label, _compared(local_json), _compared(incoming), ctx.choose))]
        local_items = repo.items(local.id)
        by_id = {item.item_id: item for item in local_items}
        local_docs = {document_id: doc_key for doc_key, document_id in documents.items()}
        merged: list[BidItem] = []
        for data in record["items"]:
            mine = by_id.get(str(data["item_id"]))
            local_view = {**item_json(mine, local_docs), "updated_at": local_json["updated_at"]} if mine else None
            incoming_view = {**data, "updated_at": incoming["updated_at"]}
            item_key, item_label = f"{key}/{data['item_id']}", str(data["title"])
            change = ctx.record(decide(ITEMS, item_key, item_label, local_view, incoming_view, ctx.choose))
            changes.append(change)
            merged.append(item_from_json(data, documents) if change.writes or mine is None else mine)
        if not any(change.writes for change in changes):
            return
        if changes[0].writes:
            self._write_bid(repo, local.id, incoming)
        taken = {item.item_id for item in merged}
        repo.replace_items(local.id, merged + [item for item in local_items if item.item_id not in taken])
        kept_local = any(change.action is Action.KEPT_LOCAL for change in changes)
        _restamp(ctx.session, local.id, local_json if kept_local else incoming, created=False)

    @staticmethod
    def _write_bid(repo: BidRepository, bid_id: int, data: Mapping[str, Any]) -> None:
        repo.set_status(bid_id, str(data["status"]), str(data.get("no_bid_reason", "")))
        repo.save_assessment(
            bid_id,
            {str(k): str(v) for k, v in dict(data.get("answers") or {}).items()},
            data["assessment_version"],
            data.get("recommendation"),
            data.get("decision"),
            str(data.get("decision_reason", "")),
        )
        award = data.get("award_expected")
        repo.set_deadlines(
            bid_id,
            parse_time(data.get("tender_deadline")),
            parse_time(data.get("question_deadline")),
            date.fromisoformat(award) if award else None,
        )


def _check_bid(data: Mapping[str, Any]) -> None:
    if data["status"] not in BID_STATUSES:
        raise ValueError(f"unknown bid status {data['status']}")
    if not isinstance(data["lots"], list) or not isinstance(data["language"], str):
        raise ValueError("a bid needs its lots and language")


def _restamp(session: Session, bid_id: int, data: Mapping[str, Any], *, created: bool) -> None:
    """Keeps the edit time a bid had where its data came from; BidRepository has no way to (see the hand-off notes)."""
    row = session.get(BidRow, bid_id)
    assert row is not None, "the bid was written in this very session"
    stamp = parse_time(data.get("updated_at"))
    if stamp is not None:
        row.updated_at = stamp
    opened = parse_time(data.get("created_at"))
    if created and opened is not None:
        row.created_at = opened
    session.flush()
