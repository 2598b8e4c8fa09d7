"""A bid's checklist is built from the templates that apply, with due dates and the template version."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from tender_helper.checklists.instantiate import (
    BidContext,
    ChecklistItem,
    build_checklist,
    due_dates,
    template_changes,
)
from tender_helper.checklists.templates import CATEGORIES, TemplateSet, load_templates
from tender_helper.core.document_types import DOCUMENT_TYPE_IDS

EET = timezone(timedelta(hours=2))
DEADLINE = datetime(2025, 3, 20, 12, 0, tzinfo=EET)


@pytest.fixture(scope="module")
def templates() -> TemplateSet:
    return load_templates()


def _ids(items: list[ChecklistItem]) -> set[str]:
    return {item.item_id for item in items}


def _context(**changes: object) -> BidContext:
    base = BidContext(
        country="FI",
        procedure="open",
        contract_nature="services",
        lot_ids=("LOT-0001",),
        tender_deadline=DEADLINE,
        above_threshold=True,
        language="fi",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_finnish_open_eu_procurement(templates: TemplateSet) -> None:
    items = build_checklist(_context(), templates)
    ids = _ids(items)
    assert {
        "general.read-documents",
        "general.espd",
        "fi.tilaajavastuu",
        "fi.standstill",
        "open.everything-at-once",
    } <= ids
    assert not any(i.startswith(("se.", "no.", "restricted.", "national.")) for i in ids)
    assert "fi.no-standstill-national" not in ids
    assert "general.lots" not in ids  # one lot only
    assert "fi.accident-insurance" not in ids  # services, not works


def test_items_keep_their_template_and_version_and_use_the_bid_language(templates: TemplateSet) -> None:
    items = {i.item_id: i for i in build_checklist(_context(), templates)}
    espd = items["general.espd"]
    assert (espd.template_id, espd.template_version) == ("general", templates.get("general").version)  # type: ignore[union-attr]
    assert espd.title.startswith("Täytä ESPD")
    assert espd.documents == ("signed_espd",)
    assert items["fi.hilma"].template_id == "country-fi"
    assert espd.status == "todo" and espd.notes == ""


def test_items_are_ordered_by_category(templates: TemplateSet) -> None:
    order = [CATEGORIES.index(item.category) for item in build_checklist(_context(), templates)]
    assert order == sorted(order)


def test_due_dates_follow_the_deadline(templates: TemplateSet) -> None:
    items = {i.item_id: i for i in build_checklist(_context(), templates)}
    assert items["general.submit"].due == date(2025, 3, 19)
    assert items["general.price-form"].due == date(2025, 3, 17)
    questions = items["general.questions"]
    assert questions.due == date(2025, 3, 8)  # assumed cut-off 10 days before, minus our 2-day margin
    assert questions.due_estimated
    assert items["general.lessons"].due is None and not items["general.lessons"].due_missing


def test_a_known_question_deadline_drives_the_question_item(templates: TemplateSet) -> None:
    context = _context(question_deadline=datetime(2025, 3, 6, 16, 0, tzinfo=EET))
    items = {i.item_id: i for i in build_checklist(context, templates)}
    assert items["general.questions"].due == date(2025, 3, 4)


def test_without_a_deadline_due_dates_stay_empty(templates: TemplateSet) -> None:
    items = build_checklist(_context(tender_deadline=None), templates)
    submit = next(i for i in items if i.item_id == "general.submit")
    assert submit.due is None and submit.due_missing
    assert all(item.due is None for item in items)


def test_finnish_national_procurement(templates: TemplateSet) -> None:
    ids = _ids(build_checklist(_context(above_threshold=False), templates))
    assert {"national.rules", "national.self-declaration", "fi.no-standstill-national"} <= ids
    assert not {"general.espd", "fi.standstill", "fi.criminal-record"} & ids


def test_unknown_threshold_leaves_nothing_out(templates: TemplateSet) -> None:
    ids = _ids(build_checklist(_context(above_threshold=None), templates))
    assert {"general.espd", "national.rules"} <= ids


def test_swedish_restricted_works_with_lots(templates: TemplateSet) -> None:
    context = _context(
        country="SE",
        procedure="restricted",
        contract_nature="works",
        lot_ids=("LOT-0001", "LOT-0002"),
        tender_deadline=None,
        participation_deadline=DEADLINE,
        language="sv",
    )
    items = {i.item_id: i for i in build_checklist(context, templates)}
    assert {"se.annonsdatabas", "se.labour-conditions", "restricted.request", "general.lots"} <= set(items)
    assert "open.everything-at-once" not in items
    assert items["restricted.request"].due == date(2025, 3, 19)
    assert items["general.submit"].due is None  # the tender deadline comes with the invitation
    assert items["se.annonsdatabas"].title.startswith("Registrera")


def test_norwegian_pay_conditions_only_for_services_and_works(templates: TemplateSet) -> None:
    services = _ids(build_checklist(_context(country="NO", language="nb"), templates))
    supplies = _ids(build_checklist(_context(country="NO", contract_nature="supplies"), templates))
    assert {"no.tax-certificate", "no.climate", "no.pay-conditions"} <= services
    assert "no.pay-conditions" not in supplies


def test_every_procedure_adds_its_own_items(templates: TemplateSet) -> None:
    expected = {
        "neg-w-call": "neg.negotiation",
        "comp-dial": "dialogue.solution",
        "innovation": "innovation.phases",
    }
    for procedure, item_id in expected.items():
        assert item_id in _ids(build_checklist(_context(procedure=procedure), templates))


def test_an_unknown_procedure_adds_no_procedure_steps(templates: TemplateSet) -> None:
    items = build_checklist(_context(procedure=None), templates)
    assert {i.template_id for i in items} == {"general", "country-fi"}


def test_document_types_are_vault_ids(templates: TemplateSet) -> None:
    for country in ("FI", "SE", "NO"):
        for item in build_checklist(_context(country=country), templates):
            assert set(item.documents) <= DOCUMENT_TYPE_IDS


def test_a_template_update_is_reported_not_applied(templates: TemplateSet) -> None:
    items = build_checklist(_context(), templates)
    assert template_changes(items, templates) == []
    general = templates.get("general")
    assert general is not None
    updated = TemplateSet(tuple(replace(t, version=t.version + 1) if t is general else t for t in templates.templates))
    changes = template_changes(items, updated)
    assert [(c.template_id, c.bid_version, c.current_version) for c in changes] == [("general", 1, 2)]
    assert all(item.template_version == 1 for item in items if item.template_id == "general")
    gone = TemplateSet(tuple(t for t in templates.templates if t.id != "country-fi"))
    assert [(c.template_id, c.current_version) for c in template_changes(items, gone)] == [("country-fi", None)]


def test_due_dates_are_recomputed_without_touching_status_or_notes(templates: TemplateSet) -> None:
    context = _context()
    items = [
        replace(i, status="done", notes="sent") if i.item_id == "fi.standstill" else i
        for i in build_checklist(context, templates)
    ]
    decided = replace(context, award_decision=date(2025, 4, 7))
    refreshed = {i.item_id: i for i in due_dates(items, decided, templates)}
    standstill = refreshed["fi.standstill"]
    assert standstill.due == date(2025, 4, 21)
    assert (standstill.status, standstill.notes) == ("done", "sent")
    assert refreshed["general.award-decision"].due == date(2025, 4, 8)
