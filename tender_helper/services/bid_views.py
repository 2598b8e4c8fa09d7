"""What the bid workspace shows: document checks against the vault, the timeline, summaries, template loading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy.orm import Session

from tender_helper.checklists.assessment import Assessment
from tender_helper.checklists.deadlines import BidTimeline, Milestone
from tender_helper.checklists.instantiate import BidContext, ChecklistItem, TemplateChange, template_changes
from tender_helper.checklists.templates import TemplateProblem, TemplateSet, load_templates
from tender_helper.core.company import Company
from tender_helper.core.errors import NotFound
from tender_helper.core.notice import Lot, Moment, Notice, earliest, moment_sort_key
from tender_helper.core.nuts import NUTS_COUNTRY
from tender_helper.storage.bids_repo import Bid, BidItem
from tender_helper.storage.notices_repo import StoredNotice, best_text
from tender_helper.storage.vault_repo import Document, DocumentRepository

ACTIVE_STATUSES = frozenset({"considering", "preparing", "submitted"})

# What a document a step asks for looks like against the tender deadline.
DOC_VALID, DOC_NO_DATE, DOC_EXPIRES, DOC_EXPIRED, DOC_MISSING, DOC_DELETED = (
    "valid",
    "no_date",
    "expires_before_deadline",
    "expired",
    "missing",
    "deleted",
)
# Timeline points a bid is sorted by and the calendar gets.
NEXT_KEYS = ("question_cutoff", "participation_deadline", "tender_deadline", "award_decision", "standstill_end")
_NATIONAL_SUBTYPE_PREFIXES = ("E", "N")  # eForms E1-E6 and national (e.g. Doffin N16) forms: below the threshold


@dataclass(frozen=True)
class DocumentCheck:
    """One document type a step asks for: the vault document used for it (if any) and whether it will do."""

    type_id: str
    state: str
    document: Document | None
    linked_id: int | None = None  # the document the user chose, kept even when it was deleted

    @property
    def ok(self) -> bool:
        return self.state in (DOC_VALID, DOC_NO_DATE)


@dataclass(frozen=True)
class ItemView:
    """A checklist step with its document checks; a step whose documents are all valid ticks itself."""

    item: BidItem
    checks: tuple[DocumentCheck, ...] = ()

    @property
    def auto_done(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks) and self.item.status in ("todo", "in_progress")

    @property
    def status(self) -> str:
        return "done" if self.auto_done else self.item.status

    @property
    def is_open(self) -> bool:
        return self.status in ("todo", "in_progress")

    @property
    def warnings(self) -> tuple[DocumentCheck, ...]:
        return tuple(check for check in self.checks if not check.ok)


@dataclass(frozen=True)
class BidSummary:
    bid: Bid
    company_name: str
    notice_title: str
    notice_source_id: str
    notice_cancelled: bool
    next_key: str | None
    next_deadline: Moment | None
    open_items: int

    def sort_key(self) -> tuple[int, datetime, int]:
        last = datetime.max.replace(tzinfo=UTC)
        when = moment_sort_key(self.next_deadline) if self.next_deadline is not None else last
        return (0 if self.bid.status in ACTIVE_STATUSES else 1, when, self.bid.id)


@dataclass(frozen=True)
class BidWorkspace:
    """Everything the bid workspace, the report and the calendar export show; plain values only."""

    bid: Bid
    company: Company
    notice: StoredNotice
    context: BidContext
    timeline: BidTimeline
    items: tuple[ItemView, ...]
    assessment: Assessment
    outdated_templates: tuple[TemplateChange, ...]
    template_problems: tuple[TemplateProblem, ...]
    today: date

    @property
    def lots(self) -> tuple[Lot, ...]:
        return tuple(lot for lot in self.notice.notice.lots if lot.id in self.bid.lots)

    @property
    def documents(self) -> tuple[DocumentCheck, ...]:
        """Each document type the checklist asks for, once."""
        seen: dict[str, DocumentCheck] = {}
        for view in self.items:
            for check in view.checks:
                seen.setdefault(check.type_id, check)
        return tuple(seen.values())

    @property
    def open_items(self) -> tuple[ItemView, ...]:
        return tuple(view for view in self.items if view.is_open)

    def title(self) -> str:
        return best_text(dict(self.notice.notice.title), data_language(self.bid.language))


class DocumentLookup:
    """The company's vault documents as a bid sees them, read in the caller's session."""

    def __init__(self, session: Session, company_id: int) -> None:
        self.repo = DocumentRepository(session)
        self.company_id = company_id
        self.current = self.repo.current(company_id)

    def check(self, type_id: str, linked_id: int | None, deadline: date, today: date) -> DocumentCheck:
        if linked_id is not None:
            document = self._linked(linked_id)
            if document is None:
                return DocumentCheck(type_id, DOC_DELETED, None, linked_id)
        else:
            candidates = [d for d in self.current if d.type_id == type_id]
            document = max(candidates, key=lambda d: (d.valid_until or date.max, d.id), default=None)
        return DocumentCheck(type_id, _validity(document, deadline, today), document, linked_id)

    def _linked(self, document_id: int) -> Document | None:
        try:
            newest = self.repo.history(document_id)[0]  # a replaced document is followed to its newest version
        except NotFound:
            return None
        return newest if newest.company_id == self.company_id else None


def _validity(document: Document | None, deadline: date, today: date) -> str:
    if document is None:
        return DOC_MISSING
    if document.valid_until is None:
        return DOC_NO_DATE
    if document.valid_until < today:
        return DOC_EXPIRED
    return DOC_EXPIRES if document.valid_until < deadline else DOC_VALID


def load_bid_templates(folder: Path | None) -> TemplateSet:
    """The bundled templates, with the user's own from `folder`: a template there replaces the bundled one of
    the same id, new ones are added. A broken file is reported (with its path) and the rest still load."""
    bundled = load_templates()
    if folder is None or not folder.is_dir():
        return bundled
    own = load_templates(folder)
    replaced = {template.id for template in own.templates}
    kept = [template for template in bundled.templates if template.id not in replaced]
    taken = {item.id for template in kept for item in template.items}
    problems = [*bundled.problems, *(TemplateProblem(str(folder / p.file), p.message) for p in own.problems)]
    for template in own.templates:
        clash = next((item.id for item in template.items if item.id in taken), None)
        if clash is None:
            kept.append(template)
        else:
            message = f"item id {clash!r} is also used in a bundled template"
            problems.append(TemplateProblem(str(folder / template.file), message))
    return TemplateSet(tuple(kept), tuple(problems))


def data_language(template_language: str) -> str:
    """The ISO 639-3 key for notice texts and reports in a bid's language (fi -> fin)."""
    return {"fi": "fin", "sv": "swe", "nb": "nob"}.get(template_language, "eng")


def _as_datetime(value: Moment | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.combine(value, time(23, 59))  # a deadline given as a day ends with that day


def chosen_deadlines(notice: Notice, lots: Sequence[str]) -> tuple[datetime | None, datetime | None]:
    """The tender and participation deadlines that bind the chosen lots (the notice's own when the lots give none)."""
    chosen = [lot for lot in notice.lots if lot.id in lots] or list(notice.lots)
    tender = earliest(lot.deadline for lot in chosen) or notice.deadline
    participation = earliest(lot.participation_deadline for lot in chosen)
    return _as_datetime(tender), _as_datetime(participation)


def above_threshold(notice: Notice) -> bool | None:
    """True for EU directive forms (eForms subtypes 1-40, TED R2.0.9 forms), False for national forms."""
    subtype = notice.subtype or ""
    if subtype.isdigit():
        return 1 <= int(subtype) <= 40 or None
    if subtype.startswith(_NATIONAL_SUBTYPE_PREFIXES):
        return False
    return True if (notice.notice_type or "").startswith("F") and notice.source == "ted" else None


def bid_context(bid: Bid, notice: Notice, fallback_country: str) -> BidContext:
    """The checklist's view of a bid: the buyer's country, the procedure, the deadlines (the user's win)."""
    buyer_country = notice.buyer.country if notice.buyer else None
    tender, participation = chosen_deadlines(notice, bid.lots)
    value = notice.estimated_value
    return BidContext(
        country=NUTS_COUNTRY.get(buyer_country or "", fallback_country),
        procedure=notice.procedure_type,
        contract_nature=notice.contract_nature,
        lot_ids=bid.lots,
        tender_deadline=bid.tender_deadline or tender,
        participation_deadline=participation,
        question_deadline=bid.question_deadline,
        estimated_value=value.amount if value else None,
        above_threshold=above_threshold(notice),
        language=bid.language,
        award_decision=bid.award_expected,
    )


def next_deadline(timeline: BidTimeline, now: datetime) -> tuple[str | None, Moment | None]:
    """The first timeline point still ahead of `now`."""
    ahead = [
        (moment_sort_key(m.when), m.key, m.when)
        for m in timeline.milestones
        if m.key in NEXT_KEYS and m.when is not None and moment_sort_key(m.when) >= now
    ]
    if not ahead:
        return None, None
    _, key, when = min(ahead, key=lambda entry: entry[0])
    return key, when


def timeline_points(timeline: BidTimeline) -> list[Milestone]:
    """The points a user plans by (NEXT_KEYS), known ones in time order, unknown ones after them."""
    points = [m for m in timeline.milestones if m.key in NEXT_KEYS]
    last = datetime.max.replace(tzinfo=UTC)
    return sorted(points, key=lambda m: moment_sort_key(m.when) if m.when is not None else last)


def build_workspace(
    bid: Bid,
    company: Company,
    stored: StoredNotice,
    items: Sequence[BidItem],
    lookup: DocumentLookup,
    templates: TemplateSet,
    assessment: Assessment,
    today: date,
) -> BidWorkspace:
    context = bid_context(bid, stored.notice, company.country)
    timeline = context.timeline()
    deadline = timeline.day("tender_deadline") or timeline.day("first_deadline") or today
    views = tuple(
        ItemView(item, tuple(lookup.check(t, item.document_links.get(t), deadline, today) for t in item.documents))
        for item in items
    )
    changes = template_changes([to_checklist(item) for item in items], templates)
    return BidWorkspace(
        bid, company, stored, context, timeline, views, assessment, tuple(changes), templates.problems, today
    )


def to_checklist(item: BidItem) -> ChecklistItem:
    """A stored step as the checklist functions take it."""
    return ChecklistItem(
        template_id=item.template_id,
        template_version=item.template_version,
        item_id=item.item_id,
        category=item.category,
        title=item.title,
        help=item.help,
        documents=item.documents,
        due=item.due,
        due_anchor=item.due_anchor,
        due_estimated=item.due_estimated,
        source=item.source,
        status=item.status,
        notes=item.notes,
    )
