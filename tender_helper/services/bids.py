"""Bid use cases: open a bid for a notice, walk the assessment, work the checklist, move the bid's status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, replace
from datetime import UTC, date, datetime
from pathlib import Path

from tender_helper.checklists.assessment import RECOMMENDATIONS, Assessment, AssessmentTemplate, assess_bid
from tender_helper.checklists.instantiate import (
    ITEM_STATUSES,
    ChecklistItem,
    build_checklist,
    due_dates,
    template_changes,
)
from tender_helper.checklists.templates import TemplateSet, normalize_language
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.core.notice import Notice
from tender_helper.services.bid_views import (
    ACTIVE_STATUSES,
    BidSummary,
    BidWorkspace,
    DocumentLookup,
    bid_context,
    build_workspace,
    chosen_deadlines,
    data_language,
    load_bid_templates,
    next_deadline,
    to_checklist,
)
from tender_helper.services.context import AppContext
from tender_helper.storage.bids_repo import Bid, BidItem, BidRepository
from tender_helper.storage.companies_repo import CompanyRepository
from tender_helper.storage.database import Database
from tender_helper.storage.notices_repo import NoticeRepository, best_text

__all__ = ["ACTIVE_STATUSES", "BID_STATUSES", "TRANSITIONS", "BidService", "BidSummary", "BidWorkspace", "bid_service"]

BID_STATUSES = ("considering", "preparing", "submitted", "won", "lost", "withdrawn", "no_bid")
# Where a bid may go next; "no bid" can be reopened, the outcomes are final.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "considering": ("preparing", "no_bid", "withdrawn"),
    "preparing": ("considering", "submitted", "no_bid", "withdrawn"),
    "submitted": ("won", "lost", "withdrawn"),
    "no_bid": ("considering",),
    "won": (),
    "lost": (),
    "withdrawn": (),
}


def bid_service(context: AppContext) -> BidService:
    """The service over an opened installation; the user's own templates live in <data-dir>/checklists/."""
    return BidService(context.database, context.paths.vault, templates_dir=context.paths.root / "checklists")


def _to_stored(item: ChecklistItem) -> BidItem:
    values = asdict(item)
    return BidItem(**{key: values[key] for key in values if key != "documents"}, documents=item.documents)


class BidService:
    """Bids as the GUI and CLI use them. `templates_dir` holds the user's own checklist templates, if any."""

    def __init__(
        self,
        database: Database,
        vault_root: Path,
        *,
        templates_dir: Path | None = None,
        templates: TemplateSet | None = None,
        assessment: AssessmentTemplate | None = None,
    ) -> None:
        self.database = database
        self.vault_root = vault_root
        self.templates = templates if templates is not None else load_bid_templates(templates_dir)
        self._assessment = assessment

    # --- opening --------------------------------------------------------------------------------------------------
    def open_bid(
        self,
        company_id: int,
        notice_id: int,
        lots: Sequence[str] = (),
        *,
        language: str = "en",
        tender_deadline: datetime | None = None,
    ) -> tuple[Bid, bool]:
        """The company's bid for the notice: the existing one, or a new one with its checklist (True when new).

        Raises InvalidInput for a lot the notice does not have, and for a notice without any deadline when
        the user gave none (the deadline is asked for, never guessed).
        """
        with self.database.session() as session:
            repo = BidRepository(session)
            existing = repo.find_for(company_id, notice_id)
            if existing is not None:
                return existing, False
            company = CompanyRepository(session).get(company_id)
            notice = NoticeRepository(session).get(notice_id).notice
            chosen = _check_lots(notice, lots)
            tender, participation = chosen_deadlines(notice, chosen)
            if tender is None and participation is None and tender_deadline is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The notice {value} gives no deadline. Enter the tender deadline from its documents."
                    ),
                    field="tender_deadline",
                    value=notice.source_id,
                )
            lang = normalize_language(language)
            bid = repo.add(company_id, notice_id, chosen, lang, tender_deadline)
            context = bid_context(bid, notice, company.country)
            repo.replace_items(bid.id, [_to_stored(item) for item in build_checklist(context, self.templates)])
            return repo.get(bid.id), True

    # --- reading --------------------------------------------------------------------------------------------------
    def summaries(
        self, company_id: int | None = None, *, active_only: bool = False, now: datetime | None = None
    ) -> list[BidSummary]:
        """Bids (of one company or all) ordered by their next deadline; bids with none come last."""
        moment = now or datetime.now(UTC)
        with self.database.session() as session:
            repo = BidRepository(session)
            listings = repo.listings(company_id)
            result = []
            for listing in listings:
                if active_only and listing.bid.status not in ACTIVE_STATUSES:
                    continue
                items = repo.items(listing.bid.id)
                country = CompanyRepository(session).get(listing.bid.company_id).country
                timeline = bid_context(listing.bid, listing.notice, country).timeline()
                key, when = next_deadline(timeline, moment)
                result.append(
                    BidSummary(
                        bid=listing.bid,
                        company_name=listing.company_name,
                        notice_title=best_text(dict(listing.notice.title), data_language(listing.bid.language)),
                        notice_source_id=listing.notice.source_id,
                        notice_cancelled=listing.notice_cancelled,
                        next_key=key,
                        next_deadline=when,
                        open_items=sum(1 for item in items if item.status in ("todo", "in_progress")),
                    )
                )
        return sorted(result, key=BidSummary.sort_key)

    def workspace(self, bid_id: int, *, today: date | None = None) -> BidWorkspace:
        """Everything the workspace shows, with each document-linked step checked against the vault."""
        with self.database.session() as session:
            repo = BidRepository(session)
            bid = repo.get(bid_id)
            company = CompanyRepository(session).get(bid.company_id)
            stored = NoticeRepository(session).get(bid.notice_id)
            items = repo.items(bid_id)
            lookup = DocumentLookup(session, bid.company_id)
            return build_workspace(
                bid, company, stored, items, lookup, self.templates, self.assessment(bid), today or date.today()
            )

    def assessment(self, bid: Bid) -> Assessment:
        """The bid's assessment from its stored answers (answers the current questions no longer have are ignored)."""
        template = self.assessment_template()
        valid = {
            question: option
            for question, option in bid.answers.items()
            if any(q.id == question and q.option(option) for q in template.questions)
        }
        result = assess_bid(valid, template, bid.language)
        return result.overrule(bid.decision, bid.decision_reason) if bid.decision else result

    def assessment_template(self) -> AssessmentTemplate:
        if self._assessment is None:
            from tender_helper.checklists.assessment import load_assessment

            self._assessment = load_assessment()
        return self._assessment

    # --- writing --------------------------------------------------------------------------------------------------
    def set_item(self, bid_id: int, item_id: str, *, status: str | None = None, notes: str | None = None) -> BidItem:
        if status is not None and status not in ITEM_STATUSES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown status {value}; use todo, in_progress, done or not_applicable."),
                field="status",
                value=status,
            )
        with self.database.session() as session:
            return BidRepository(session).update_item(bid_id, item_id, status=status, notes=notes)

    def link_document(self, bid_id: int, item_id: str, type_id: str, document_id: int | None) -> BidItem:
        """Links one of the step's document types to a vault document (None: back to the best current one)."""
        with self.database.session() as session:
            repo = BidRepository(session)
            item = next((i for i in repo.items(bid_id) if i.item_id == item_id), None)
            if item is not None and type_id not in item.documents:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "This step does not ask for a document of type {value}."),
                    field="document",
                    value=type_id,
                )
            return repo.set_link(bid_id, item_id, type_id, document_id)

    def set_status(self, bid_id: int, status: str, reason: str = "") -> Bid:
        """Moves the bid along; "no bid" needs a reason."""
        with self.database.session() as session:
            repo = BidRepository(session)
            bid = repo.get(bid_id)
            if status not in TRANSITIONS.get(bid.status, ()):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "A bid cannot go from {current} to {value}."),
                    field="status",
                    current=bid.status,
                    value=status,
                )
            if status == "no_bid" and not reason.strip():
                raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Say why you do not bid."), field="no_bid_reason")
            return repo.set_status(bid_id, status, reason.strip() if status == "no_bid" else bid.no_bid_reason)

    def save_assessment(
        self, bid_id: int, answers: Mapping[str, str], decision: str | None = None, reason: str = ""
    ) -> Assessment:
        """Stores the answers and the user's own decision; overruling the recommendation needs a reason."""
        template = self.assessment_template()
        with self.database.session() as session:
            repo = BidRepository(session)
            bid = repo.get(bid_id)
            try:
                result = assess_bid(answers, template, bid.language)
            except ValueError as error:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Not an answer to the assessment: {value}"), value=str(error)
                ) from error
            own = decision if decision and decision != result.recommendation else None
            if own is not None and (own not in RECOMMENDATIONS or not reason.strip()):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Give a reason when your decision differs from the recommendation."),
                    field="decision_reason",
                )
            repo.save_assessment(bid_id, answers, template.version, result.recommendation, own, reason.strip())
        return result.overrule(own, reason) if own else result

    def set_deadlines(
        self,
        bid_id: int,
        *,
        tender: datetime | None,
        question: datetime | None = None,
        award: date | None = None,
    ) -> Bid:
        """The user's deadlines (tender deadline where the notice has none, the buyer's question cut-off, the
        expected award); the checklist's due dates follow, texts and statuses stay."""
        with self.database.session() as session:
            repo = BidRepository(session)
            bid = repo.get(bid_id)
            notice = NoticeRepository(session).get(bid.notice_id).notice
            noticed, participation = chosen_deadlines(notice, bid.lots)
            if tender is None and noticed is None and participation is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "This bid needs a tender deadline: the notice gives none."),
                    field="tender_deadline",
                )
            bid = repo.set_deadlines(bid_id, tender, question, award)
            country = CompanyRepository(session).get(bid.company_id).country
            context = bid_context(bid, notice, country)
            items = due_dates([to_checklist(i) for i in repo.items(bid_id)], context, self.templates)
            repo.set_dues(bid_id, {item.item_id: (item.due, item.due_estimated) for item in items})
            return bid

    def update_checklist(self, bid_id: int) -> list[BidItem]:
        """Rebuilds the checklist from the current templates, on the user's request only. Steps keep their status,
        notes and links; a step the templates dropped stays when the user has worked on it."""
        with self.database.session() as session:
            repo = BidRepository(session)
            bid = repo.get(bid_id)
            notice = NoticeRepository(session).get(bid.notice_id).notice
            country = CompanyRepository(session).get(bid.company_id).country
            old = {item.item_id: item for item in repo.items(bid_id)}
            fresh = [_to_stored(item) for item in build_checklist(bid_context(bid, notice, country), self.templates)]
            merged = [_keep_work(item, old.get(item.item_id)) for item in fresh]
            kept_ids = {item.item_id for item in fresh}
            merged += [i for i in old.values() if i.item_id not in kept_ids and (i.status != "todo" or i.notes)]
            return repo.replace_items(bid_id, merged)

    def template_changes(self, bid_id: int) -> list[str]:
        with self.database.session() as session:
            items = [to_checklist(i) for i in BidRepository(session).items(bid_id)]
        return [change.template_id for change in template_changes(items, self.templates)]

    def delete(self, bid_id: int) -> None:
        with self.database.session() as session:
            BidRepository(session).delete(bid_id)


def _keep_work(item: BidItem, old: BidItem | None) -> BidItem:
    if old is None:
        return item
    return replace(item, status=old.status, notes=old.notes, document_links=old.document_links)


def _check_lots(notice: Notice, lots: Sequence[str]) -> tuple[str, ...]:
    """The chosen lots in the notice's order; none chosen means every lot."""
    known = [lot.id for lot in notice.lots]
    unknown = [lot for lot in lots if lot not in known]
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The notice has no lot {value}; its lots are {known}."),
            field="lots",
            value=", ".join(unknown),
            known=", ".join(known) or "-",
        )
    wanted = set(lots) or set(known)
    return tuple(lot for lot in known if lot in wanted)
