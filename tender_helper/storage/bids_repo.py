"""Reads and writes bids and their checklist items, returning plain frozen records, never ORM rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tender_helper.core.errors import QT_TRANSLATE_NOOP, NotFound
from tender_helper.core.notice import Notice
from tender_helper.storage.base import utcnow
from tender_helper.storage.bid_models import BidChecklistItemRow, BidRow
from tender_helper.storage.models import CompanyRow, json_list
from tender_helper.storage.notice_models import NoticeRow


@dataclass(frozen=True)
class Bid:
    id: int
    company_id: int
    notice_id: int
    lots: tuple[str, ...]
    language: str
    status: str
    no_bid_reason: str
    answers: Mapping[str, str]
    assessment_version: int | None
    recommendation: str | None
    decision: str | None
    decision_reason: str
    tender_deadline: datetime | None  # the user's own; None means the notice's deadline applies
    question_deadline: datetime | None
    award_expected: date | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class BidItem:
    """A stored checklist step; `document_links` maps document type ids to the vault document the user chose."""

    template_id: str
    template_version: int
    item_id: str
    category: str
    title: str
    help: str
    documents: tuple[str, ...] = ()
    due: date | None = None
    due_anchor: str | None = None
    due_estimated: bool = False
    source: str | None = None
    status: str = "todo"
    notes: str = ""
    document_links: Mapping[str, int] = field(default_factory=dict)
    id: int | None = None
    position: int = 0


@dataclass(frozen=True)
class BidListing:
    """A bid with what a list shows about it: the company's name and the notice as stored now."""

    bid: Bid
    company_name: str
    notice: Notice
    notice_cancelled: bool


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _text(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def bid_from_row(row: BidRow) -> Bid:
    return Bid(
        id=row.id,
        company_id=row.company_id,
        notice_id=row.notice_id,
        lots=tuple(json_list(row.lots)),
        language=row.language,
        status=row.status,
        no_bid_reason=row.no_bid_reason,
        answers={str(k): str(v) for k, v in (row.answers or {}).items()},
        assessment_version=row.assessment_version,
        recommendation=row.recommendation,
        decision=row.decision,
        decision_reason=row.decision_reason,
        tender_deadline=_moment(row.tender_deadline),
        question_deadline=_moment(row.question_deadline),
        award_expected=row.award_expected,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def item_from_row(row: BidChecklistItemRow) -> BidItem:
    links = {str(k): int(v) for k, v in (row.document_links or {}).items() if isinstance(v, int)}
    return BidItem(
        id=row.id,
        position=row.position,
        template_id=row.template_id,
        template_version=row.template_version,
        item_id=row.item_id,
        category=row.category,
        title=row.title,
        help=row.help,
        documents=tuple(json_list(row.documents)),
        due=row.due,
        due_anchor=row.due_anchor,
        due_estimated=row.due_estimated,
        source=row.source,
        status=row.status,
        notes=row.notes,
        document_links=links,
    )


def _not_found(bid_id: int) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "There is no bid {value}."), field="bid", value=bid_id)


class BidRepository:
    """Bids in one session; the caller's session scope commits or rolls back."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, bid_id: int) -> BidRow:
        row = self.session.get(BidRow, bid_id)
        if row is None:
            raise _not_found(bid_id)
        return row

    def get(self, bid_id: int) -> Bid:
        return bid_from_row(self._row(bid_id))

    def find_for(self, company_id: int, notice_id: int) -> Bid | None:
        query = select(BidRow).where(BidRow.company_id == company_id, BidRow.notice_id == notice_id)
        row = self.session.execute(query).scalar_one_or_none()
        return None if row is None else bid_from_row(row)

    def add(
        self, company_id: int, notice_id: int, lots: Sequence[str], language: str, tender_deadline: datetime | None
    ) -> Bid:
        row = BidRow(company_id=company_id, notice_id=notice_id, lots=list(lots), language=language)
        row.status, row.no_bid_reason, row.answers, row.decision_reason = "considering", "", {}, ""
        row.tender_deadline = _text(tender_deadline)
        self.session.add(row)
        self.session.flush()
        return bid_from_row(row)

    def delete(self, bid_id: int) -> None:
        self.session.delete(self._row(bid_id))
        self.session.flush()

    def listings(self, company_id: int | None = None) -> list[BidListing]:
        """Bids of one company (or all), with company name and notice; the caller orders them by deadline."""
        query = (
            select(BidRow, CompanyRow.name, NoticeRow.data, NoticeRow.cancelled)
            .join(CompanyRow, CompanyRow.id == BidRow.company_id)
            .join(NoticeRow, NoticeRow.id == BidRow.notice_id)
        )
        if company_id is not None:
            query = query.where(BidRow.company_id == company_id)
        rows = self.session.execute(query.order_by(BidRow.id)).all()
        return [
            BidListing(bid_from_row(row), name, Notice.from_json_dict(data), bool(cancelled))
            for row, name, data, cancelled in rows
        ]

    def set_status(self, bid_id: int, status: str, no_bid_reason: str) -> Bid:
        row = self._row(bid_id)
        row.status, row.no_bid_reason = status, no_bid_reason
        self.session.flush()
        return bid_from_row(row)

    def save_assessment(
        self,
        bid_id: int,
        answers: Mapping[str, str],
        version: int,
        recommendation: str | None,
        decision: str | None,
        reason: str,
    ) -> Bid:
        row = self._row(bid_id)
        row.answers, row.assessment_version, row.recommendation = dict(answers), version, recommendation
        row.decision, row.decision_reason = decision, reason
        self.session.flush()
        return bid_from_row(row)

    def set_deadlines(self, bid_id: int, tender: datetime | None, question: datetime | None, award: date | None) -> Bid:
        row = self._row(bid_id)
        row.tender_deadline, row.question_deadline, row.award_expected = _text(tender), _text(question), award
        self.session.flush()
        return bid_from_row(row)

    # --- checklist items -----------------------------------------------------------------------------------------
    def items(self, bid_id: int) -> list[BidItem]:
        self._row(bid_id)
        query = select(BidChecklistItemRow).where(BidChecklistItemRow.bid_id == bid_id)
        rows = self.session.execute(query.order_by(BidChecklistItemRow.position)).scalars()
        return [item_from_row(row) for row in rows]

    def replace_items(self, bid_id: int, items: Sequence[BidItem]) -> list[BidItem]:
        """Stores `items` as the bid's whole checklist, in their order (used when building and when updating it)."""
        self._row(bid_id)
        self.session.execute(delete(BidChecklistItemRow).where(BidChecklistItemRow.bid_id == bid_id))
        self.session.add_all(_item_row(bid_id, position, item) for position, item in enumerate(items))
        self.session.flush()
        return self.items(bid_id)

    def _item_row(self, bid_id: int, item_id: str) -> BidChecklistItemRow:
        query = select(BidChecklistItemRow).where(
            BidChecklistItemRow.bid_id == bid_id, BidChecklistItemRow.item_id == item_id
        )
        row = self.session.execute(query).scalar_one_or_none()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Bid {bid} has no checklist item {value}."),
                field="item",
                bid=bid_id,
                value=item_id,
            )
        return row

    def update_item(self, bid_id: int, item_id: str, *, status: str | None, notes: str | None) -> BidItem:
        row = self._item_row(bid_id, item_id)
        if status is not None:
            row.status = status
        if notes is not None:
            row.notes = notes
        self._touch(bid_id)
        return item_from_row(row)

    def set_link(self, bid_id: int, item_id: str, type_id: str, document_id: int | None) -> BidItem:
        row = self._item_row(bid_id, item_id)
        links = dict(row.document_links or {})
        if document_id is None:
            links.pop(type_id, None)
        else:
            links[type_id] = document_id
        row.document_links = links
        self._touch(bid_id)
        return item_from_row(row)

    def set_dues(self, bid_id: int, dues: Mapping[str, tuple[date | None, bool]]) -> None:
        query = select(BidChecklistItemRow).where(BidChecklistItemRow.bid_id == bid_id)
        for item_row in self.session.execute(query).scalars():
            if item_row.item_id in dues:
                item_row.due, item_row.due_estimated = dues[item_row.item_id]
        self._touch(bid_id)

    def _touch(self, bid_id: int) -> None:
        self._row(bid_id).updated_at = utcnow()
        self.session.flush()


def _item_row(bid_id: int, position: int, item: BidItem) -> BidChecklistItemRow:
    values: dict[str, Any] = {
        "bid_id": bid_id,
        "position": position,
        "template_id": item.template_id,
        "template_version": item.template_version,
        "item_id": item.item_id,
        "category": item.category,
        "title": item.title,
        "help": item.help,
        "documents": list(item.documents),
        "due": item.due,
        "due_anchor": item.due_anchor,
        "due_estimated": item.due_estimated,
        "source": item.source,
        "status": item.status,
        "notes": item.notes,
        "document_links": dict(item.document_links),
    }
    return BidChecklistItemRow(**values)
