"""Builds a bid's checklist from the templates that apply to it, with due dates from the bid timeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from tender_helper.checklists.assessment import Assessment, assess_bid
from tender_helper.checklists.deadlines import BidTimeline, build_timeline
from tender_helper.checklists.templates import (
    CATEGORIES,
    SCOPES,
    ChecklistTemplate,
    Conditions,
    TemplateItem,
    TemplateSet,
    load_templates,
    normalize_language,
)

# The assessment lives in assessment.py; re-exported so callers find the whole bid set-up here.
__all__ = [
    "ITEM_STATUSES",
    "Assessment",
    "BidContext",
    "ChecklistItem",
    "TemplateChange",
    "applicable_templates",
    "assess_bid",
    "build_checklist",
    "due_dates",
    "template_changes",
]

ITEM_STATUSES = ("todo", "in_progress", "done", "not_applicable")


@dataclass(frozen=True)
class BidContext:
    """What the checklist needs to know about a bid; plain values, no database rows."""

    country: str  # ISO 3166-1 alpha-2 of the buyer, e.g. "FI"
    procedure: str | None  # eForms procurement-procedure-type code, e.g. "open"
    contract_nature: str | None = None  # "works", "supplies" or "services"
    lot_ids: tuple[str, ...] = ()
    tender_deadline: datetime | None = None
    participation_deadline: datetime | None = None
    question_deadline: datetime | None = None
    estimated_value: Decimal | None = None
    above_threshold: bool | None = None  # EU/EEA threshold; None when not known (then nothing is left out)
    language: str = "en"
    accelerated: bool = False
    award_decision: date | None = None

    def timeline(self) -> BidTimeline:
        return build_timeline(
            country=self.country,
            procedure=self.procedure,
            tender_deadline=self.tender_deadline,
            participation_deadline=self.participation_deadline,
            question_deadline=self.question_deadline,
            above_threshold=self.above_threshold,
            accelerated=self.accelerated,
            award_decision=self.award_decision,
        )


@dataclass(frozen=True)
class ChecklistItem:
    """One step of a bid's checklist. Texts are copied in the bid's language when it is built, and the
    template id and version are kept, so a later template update never changes an existing bid silently."""

    template_id: str
    template_version: int
    item_id: str
    category: str
    title: str
    help: str
    documents: tuple[str, ...]
    due: date | None
    due_anchor: str | None
    due_estimated: bool = False
    source: str | None = None
    status: str = "todo"
    notes: str = ""

    @property
    def due_missing(self) -> bool:
        """The item has a due rule but the deadline it hangs on is not known yet."""
        return self.due_anchor is not None and self.due is None


@dataclass(frozen=True)
class TemplateChange:
    """A template the bid was built from has a newer version (or is gone); offer an update, never apply one."""

    template_id: str
    bid_version: int
    current_version: int | None


def applicable_templates(context: BidContext, templates: TemplateSet) -> list[ChecklistTemplate]:
    """The templates that apply, general first, then the country's, then the procedure's."""
    chosen = [t for t in templates.templates if _applies(t.applies_when, context)]
    return sorted(chosen, key=lambda t: SCOPES.index(t.scope))


def build_checklist(context: BidContext, templates: TemplateSet | None = None) -> list[ChecklistItem]:
    """The checklist for a bid, ordered by category and then by template order."""
    template_set = templates if templates is not None else load_templates()
    timeline = context.timeline()
    language = normalize_language(context.language)
    items = [
        _instantiate(template, item, timeline, language)
        for template in applicable_templates(context, template_set)
        for item in template.items
        if _applies(item.applies_when, context)
    ]
    order = {cat: index for index, cat in enumerate(CATEGORIES)}
    return sorted(items, key=lambda item: order[item.category])  # stable: template order within a category


def template_changes(items: Iterable[ChecklistItem], templates: TemplateSet) -> list[TemplateChange]:
    """Templates whose current version differs from the one the bid's items were built from."""
    versions: dict[str, int] = {}
    for item in items:
        versions.setdefault(item.template_id, item.template_version)
    changes = []
    for template_id, version in versions.items():
        current = templates.get(template_id)
        if current is None or current.version != version:
            changes.append(TemplateChange(template_id, version, current.version if current else None))
    return changes


def due_dates(items: Sequence[ChecklistItem], context: BidContext, templates: TemplateSet) -> list[ChecklistItem]:
    """The same items with due dates recomputed after a deadline changed (a correction notice, an award date).

    Texts, statuses and notes stay as they are; items whose template is gone keep their old due date.
    """
    timeline = context.timeline()
    rules = {(t.id, i.id): i for t in templates.templates for i in t.items}
    refreshed = []
    for item in items:
        template_item = rules.get((item.template_id, item.item_id))
        if template_item is None or template_item.due is None:
            refreshed.append(item)
            continue
        due, estimated = _due(template_item, timeline)
        refreshed.append(_replace_due(item, due, estimated))
    return refreshed


def _applies(conditions: Conditions, context: BidContext) -> bool:
    return conditions.matches(
        country=context.country,
        procedure=context.procedure,
        nature=context.contract_nature,
        above_threshold=context.above_threshold,
        lot_count=len(context.lot_ids),
    )


def _instantiate(template: ChecklistTemplate, item: TemplateItem, timeline: BidTimeline, lang: str) -> ChecklistItem:
    due, estimated = _due(item, timeline)
    return ChecklistItem(
        template_id=template.id,
        template_version=template.version,
        item_id=item.id,
        category=item.category,
        title=item.title.get(lang),
        help=item.help.get(lang),
        documents=item.documents,
        due=due,
        due_anchor=item.due.anchor if item.due else None,
        due_estimated=estimated,
        source=item.source,
    )


def _due(item: TemplateItem, timeline: BidTimeline) -> tuple[date | None, bool]:
    if item.due is None:
        return None, False
    milestone = timeline.get(item.due.anchor)
    if milestone is None or milestone.day is None:
        return None, False
    return milestone.day + timedelta(days=item.due.offset_days), milestone.estimated


def _replace_due(item: ChecklistItem, due: date | None, estimated: bool) -> ChecklistItem:
    return replace(item, due=due, due_estimated=estimated)
