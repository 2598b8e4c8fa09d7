"""Bid service: opening from real notices, lots, missing deadlines, assessment, checklist, documents, exports."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest

from tender_helper.checklists.templates import load_templates
from tender_helper.core.company import Company
from tender_helper.core.errors import InvalidInput, NotFound
from tender_helper.resource_files import resource
from tender_helper.services.bid_exports import write_ics, write_package
from tender_helper.services.bids import BidService, bid_service
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.documents import DocumentService
from tender_helper.services.notices import NoticeService
from tender_helper.storage.vault_repo import DocumentFields
from tender_helper.vault.store import Vault

SALO = "eforms/FIN_cn-standard_622690-2023_salo_4lots.xml"  # FI, open, 4 lots, deadline 2023-11-15 12:00+02:00
NAV = "eforms/NOR-doffin_cn-social_2024-102327_8lots.xml"  # NO, neg-w-call, 8 lots, no deadline at all
EET = timezone(timedelta(hours=2))


def _notice(context: AppContext, fixtures_dir: Path, name: str) -> int:
    path = fixtures_dir / "notices" / name
    result = NoticeService(context.database).import_paths([path])
    assert not result.failed
    return (result.new_ids or result.updated_ids)[0]


@pytest.fixture
def company_id(context: AppContext) -> int:
    company = CompanyService(context.database).create(
        Company(name="Siivous Oy", business_id="1234567-1", country="FI", languages=("fin",))
    )
    assert company.id is not None
    return company.id


@pytest.fixture
def service(context: AppContext) -> BidService:
    return bid_service(context)


def test_open_bid_for_chosen_lots_builds_a_finnish_checklist(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    notice_id = _notice(context, fixtures_dir, SALO)
    bid, new = service.open_bid(company_id, notice_id, ["LOT-0003", "LOT-0001"], language="fi")
    assert new and bid.lots == ("LOT-0001", "LOT-0003") and bid.status == "considering"
    again, new_again = service.open_bid(company_id, notice_id, ["LOT-0002"], language="fi")
    assert (again.id, new_again) == (bid.id, False)
    workspace = service.workspace(bid.id, today=date(2023, 10, 20))
    by_id = {view.item.item_id: view.item for view in workspace.items}
    assert by_id["general.read-documents"].title == "Lue kaikki hankinta-asiakirjat"
    assert by_id["general.read-documents"].due == date(2023, 11, 1)  # first deadline 2023-11-15 minus 14 days
    assert by_id["general.questions"].due_estimated  # the notice gives no question cut-off
    assert "fi.tilaajavastuu" in by_id and "open.everything-at-once" in by_id
    assert {item.template_version for item in by_id.values()} == {1}
    assert [lot.id for lot in workspace.lots] == ["LOT-0001", "LOT-0003"]
    assert workspace.timeline.day("tender_deadline") == date(2023, 11, 15)


def test_unknown_lot_is_refused_and_nothing_stored(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    notice_id = _notice(context, fixtures_dir, SALO)
    with pytest.raises(InvalidInput, match="no lot LOT-0009") as caught:
        service.open_bid(company_id, notice_id, ["LOT-0001", "LOT-0009"])
    assert caught.value.field == "lots"
    assert service.summaries(company_id) == []


def test_notice_without_deadline_asks_for_one(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    notice_id = _notice(context, fixtures_dir, NAV)
    with pytest.raises(InvalidInput) as caught:
        service.open_bid(company_id, notice_id, ["LOT-0002"])
    assert caught.value.field == "tender_deadline"
    assert service.summaries(company_id) == []
    deadline = datetime(2030, 3, 1, 12, 0, tzinfo=UTC)
    bid, _new = service.open_bid(company_id, notice_id, ["LOT-0002"], tender_deadline=deadline)
    workspace = service.workspace(bid.id)
    assert workspace.bid.tender_deadline == deadline
    assert workspace.timeline.get("tender_deadline").when == deadline  # type: ignore[union-attr]
    with pytest.raises(InvalidInput):
        service.set_deadlines(bid.id, tender=None)  # the user's deadline cannot be dropped: the notice has none
    summary = service.summaries(now=datetime(2030, 1, 1, tzinfo=UTC))[0]
    assert summary.next_key == "question_cutoff"  # estimated 10 days before the tender deadline


def test_summaries_order_active_bids_by_next_deadline(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    salo = service.open_bid(company_id, _notice(context, fixtures_dir, SALO))[0]
    late = datetime(2031, 6, 1, 12, 0, tzinfo=UTC)
    nav = service.open_bid(company_id, _notice(context, fixtures_dir, NAV), tender_deadline=late)[0]
    service.set_deadlines(salo.id, tender=datetime(2031, 1, 10, 12, 0, tzinfo=EET))
    order = [s.bid.id for s in service.summaries(now=datetime(2030, 1, 1, tzinfo=UTC))]
    assert order == [salo.id, nav.id]
    service.set_status(salo.id, "no_bid", "Too far away")
    assert [s.bid.id for s in service.summaries(active_only=True)] == [nav.id]


def test_status_moves_and_no_bid_needs_a_reason(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    bid = service.open_bid(company_id, _notice(context, fixtures_dir, SALO))[0]
    with pytest.raises(InvalidInput, match="cannot go from considering to won"):
        service.set_status(bid.id, "won")
    with pytest.raises(InvalidInput, match="Say why"):
        service.set_status(bid.id, "no_bid", "  ")
    assert service.set_status(bid.id, "no_bid", "No capacity in spring").no_bid_reason == "No capacity in spring"
    assert service.set_status(bid.id, "considering").status == "considering"
    for status in ("preparing", "submitted", "won"):
        bid = service.set_status(bid.id, status)
    assert bid.status == "won"


def test_assessment_recommends_and_can_be_overruled_with_a_reason(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    bid = service.open_bid(company_id, _notice(context, fixtures_dir, SALO), language="en")[0]
    template = service.assessment_template()
    best = {q.id: max(q.options, key=lambda o: o.score).id for q in template.questions}
    result = service.save_assessment(bid.id, best)
    assert result.recommendation == "bid" and not result.overruled
    blocked = {**best, "fit": "outside"}
    with pytest.raises(InvalidInput, match="Give a reason"):
        service.save_assessment(bid.id, blocked, "bid", "")
    overruled = service.save_assessment(bid.id, blocked, "bid", "The buyer confirmed partial fit is fine")
    assert overruled.recommendation == "no_bid" and overruled.final == "bid" and overruled.overruled
    stored = service.workspace(bid.id).assessment
    assert (stored.recommendation, stored.decision, stored.decision_reason) == (
        "no_bid",
        "bid",
        "The buyer confirmed partial fit is fine",
    )
    assert any(reason.question_id == "fit" and reason.effect == "blocker" for reason in stored.reasons)
    with pytest.raises(InvalidInput):
        service.save_assessment(bid.id, {"fit": "no-such-option"})


def test_item_status_notes_and_unknown_item(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    bid = service.open_bid(company_id, _notice(context, fixtures_dir, SALO))[0]
    service.set_item(bid.id, "general.register", status="done", notes="Registered in Tarjouspalvelu")
    item = next(v.item for v in service.workspace(bid.id).items if v.item.item_id == "general.register")
    assert (item.status, item.notes) == ("done", "Registered in Tarjouspalvelu")
    with pytest.raises(NotFound):
        service.set_item(bid.id, "general.nope", status="done")
    with pytest.raises(InvalidInput):
        service.set_item(bid.id, "general.register", status="finished")


def _add_document(context: AppContext, company_id: int, type_id: str, valid_until: date | None) -> int:
    documents = DocumentService.for_context(context)
    fields = DocumentFields(type_id=type_id, title=f"{type_id} 2023", valid_until=valid_until)
    return documents.add_bytes(company_id, f"{type_id} content".encode(), f"{type_id}.pdf", fields).id


def test_documents_tick_steps_warn_on_expiry_and_on_deletion(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    bid = service.open_bid(company_id, _notice(context, fixtures_dir, SALO))[0]
    today = date(2023, 10, 20)
    _add_document(context, company_id, "signed_espd", None)
    tax = _add_document(context, company_id, "tax_debt_certificate", date(2023, 11, 1))  # before the deadline
    workspace = service.workspace(bid.id, today=today)
    views = {view.item.item_id: view for view in workspace.items}
    assert views["fi.espd-profile"].auto_done and views["fi.espd-profile"].status == "done"
    exclusion = {check.type_id: check.state for check in views["general.exclusion"].checks}
    assert exclusion == {"tax_debt_certificate": "expires_before_deadline", "criminal_record_extract": "missing"}
    assert not views["general.exclusion"].auto_done

    service.link_document(bid.id, "general.exclusion", "tax_debt_certificate", tax)
    DocumentService.for_context(context).delete(tax)
    exclusion_view = next(
        v for v in service.workspace(bid.id, today=today).items if v.item.item_id == "general.exclusion"
    )
    deleted = next(c for c in exclusion_view.checks if c.type_id == "tax_debt_certificate")
    assert (deleted.state, deleted.document, deleted.linked_id) == ("deleted", None, tax)
    with pytest.raises(InvalidInput):
        service.link_document(bid.id, "general.exclusion", "cv", tax)


def test_broken_template_file_is_named_and_the_rest_is_used(
    context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    own = context.paths.root / "checklists"
    own.mkdir(parents=True)
    (own / "broken.toml").write_text('id = "broken"\nversion = "one"\nscope = "general"\n', encoding="utf-8")
    service = bid_service(context)
    assert [(Path(p.file).name, "version" in p.message) for p in service.templates.problems] == [("broken.toml", True)]
    bid = service.open_bid(company_id, _notice(context, fixtures_dir, SALO))[0]
    assert any(v.item.item_id == "general.read-documents" for v in service.workspace(bid.id).items)


def test_template_update_is_offered_never_applied_silently(
    context: AppContext, fixtures_dir: Path, company_id: int
) -> None:
    service = bid_service(context)
    bid = service.open_bid(company_id, _notice(context, fixtures_dir, SALO), language="en")[0]
    service.set_item(bid.id, "general.register", status="done", notes="kept")
    own = context.paths.root / "checklists"
    own.mkdir(parents=True)
    text = resource("checklists", "open.toml").read_text(encoding="utf-8").replace("version = 1", "version = 2", 1)
    text = text.replace("All at once: qualification and tender together", "Everything in one go")
    (own / "open.toml").write_text(text, encoding="utf-8")
    updated = bid_service(context)
    assert not updated.templates.problems
    workspace = updated.workspace(bid.id)
    assert [(c.template_id, c.bid_version, c.current_version) for c in workspace.outdated_templates] == [
        ("procedure-open", 1, 2)
    ]
    titles = {v.item.item_id: v.item.title for v in workspace.items}
    assert titles["open.everything-at-once"] == "All at once: qualification and tender together"  # unchanged
    items = {item.item_id: item for item in updated.update_checklist(bid.id)}
    assert items["open.everything-at-once"].title == "Everything in one go"
    assert items["open.everything-at-once"].template_version == 2
    assert (items["general.register"].status, items["general.register"].notes) == ("done", "kept")
    assert updated.template_changes(bid.id) == []
    assert load_templates().get("procedure-open").version == 1  # type: ignore[union-attr]


def test_ics_and_package_read_back(
    service: BidService, context: AppContext, fixtures_dir: Path, company_id: int, tmp_path: Path
) -> None:
    bid = service.open_bid(company_id, _notice(context, fixtures_dir, SALO), ["LOT-0002"], language="fi")[0]
    service.set_deadlines(bid.id, tender=None, award=date(2023, 12, 1))
    espd = _add_document(context, company_id, "signed_espd", None)
    workspace = service.workspace(bid.id, today=date(2023, 10, 20))
    calendar = icalendar.Calendar.from_ical(write_ics(workspace, tmp_path / "bid.ics", "fin").read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    tender = events[f"bid-{bid.id}-tender_deadline@tender-helper"]
    assert tender.decoded("dtstart") == datetime(2023, 11, 15, 10, 0, tzinfo=UTC)
    assert str(tender["summary"]).startswith("Tarjousten määräaika")
    assert "(arvio)" in str(events[f"bid-{bid.id}-question_cutoff@tender-helper"]["summary"])
    standstill = events[f"bid-{bid.id}-standstill_end@tender-helper"].decoded("dtstart")
    assert standstill == date(2023, 12, 15)  # 14 days of FI standstill after the expected award

    manifest = write_package(
        workspace, service.assessment_template(), Vault(context.paths.vault), tmp_path / "b.zip", "fin"
    )
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        stored = json.loads(archive.read("manifest.json"))
        assert stored == json.loads(json.dumps(manifest))
        for entry in stored["files"]:
            assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
        assert archive.read("report.pdf").startswith(b"%PDF")
    documents = [f for f in stored["files"] if f["kind"] == "document"]
    assert [(d["document_id"], d["type_id"]) for d in documents] == [(espd, "signed_espd")]
    assert {"type_id": "tax_debt_certificate", "state": "missing", "document_id": None} in stored["missing"]
