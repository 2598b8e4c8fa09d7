"""A client with documents, a VSME statement and a bid on a real notice goes to an empty installation and back."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tender_helper.cli.main import main
from tender_helper.core.company import Company
from tender_helper.handoff.errors import PackageDamaged
from tender_helper.handoff.merge import Action, Conflict, Resolution, keep_local, take_package
from tender_helper.handoff.sections import ExportOptions
from tender_helper.services.bids import BidService
from tender_helper.services.documents import DocumentService
from tender_helper.services.notices import NoticeService
from tender_helper.services.sessions import SessionService
from tender_helper.services.sustainability import SustainabilityService, new_statement
from tender_helper.storage.bids_repo import BidRepository
from tender_helper.storage.matches_repo import MatchRepository
from tender_helper.storage.notice_models import NoticeRow
from tender_helper.storage.notices_repo import NoticeRepository
from tender_helper.storage.vault_repo import DocumentFields, DocumentRepository
from tender_helper.sustainability.statement import SustainabilityStatement
from tests.unit.handoff.conftest import PASSPHRASE, Installation
from tests.unit.handoff.test_round_trip import only_company, plain_follow_ups, plain_sessions, snapshot

SALO = "notices/eforms/FIN_cn-standard_622690-2023_salo_4lots.xml"
TAX_V1 = b"%PDF-1.4 verovelkatodistus 2026-01 " + bytes(range(256)) * 50
TAX_V2 = b"%PDF-1.4 verovelkatodistus 2026-03 " + bytes(range(255, -1, -1)) * 50
INSURANCE = b"%PDF-1.4 vastuuvakuutus " + b"\x00\xff" * 3000


@dataclass
class Services:
    documents: DocumentService
    statements: SustainabilityService
    bids: BidService
    notices: NoticeService


def services(side: Installation) -> Services:
    database = side.context.database
    documents = DocumentService(database, side.vault)
    return Services(
        documents=documents,
        statements=SustainabilityService(database, documents),
        bids=BidService(database, side.context.paths.vault),
        notices=NoticeService(database),
    )


@dataclass
class Client:
    company_id: int
    tax_id: int  # the current (second) version of the tax debt certificate
    insurance_id: int
    bid_id: int
    linked_item: str  # the step linked to the tax debt certificate
    ticked_item: str


@pytest.fixture
def full(adviser: Installation, client: Company, fixtures_dir: Path) -> Client:
    """The conftest client plus two documents (one in two versions), a 2025 statement and a worked bid."""
    assert client.id is not None
    own = services(adviser)
    tax = DocumentFields("tax_debt_certificate", "Verovelkatodistus", date(2026, 1, 10), date(2026, 4, 10))
    first = own.documents.add_bytes(client.id, TAX_V1, "verovelka-01.pdf", tax)
    second = replace(tax, issued=date(2026, 3, 2), valid_until=date(2026, 6, 2), notes="Uusittu maaliskuussa")
    current = own.documents.replace_bytes(first.id, TAX_V2, "verovelka-03.pdf", second)
    insurance = own.documents.add_bytes(
        client.id, INSURANCE, "vakuutus.pdf", DocumentFields("insurance_policy", "Vastuuvakuutus", date(2026, 1, 1))
    )
    statement = new_statement(client, 2025)
    own.statements.save(client.id, replace(statement, b3=replace(statement.b3, electricity_kwh=42000.0)))
    imported = own.notices.import_paths([fixtures_dir / SALO])
    assert not imported.failed
    bid, _new = own.bids.open_bid(client.id, imported.new_ids[0], ["LOT-0001", "LOT-0003"], language="fi")
    items = own.bids.workspace(bid.id).items
    linked = next(view.item for view in items if "tax_debt_certificate" in view.item.documents)
    ticked = next(view.item for view in items if not view.item.documents and view.item.item_id != linked.item_id)
    own.bids.link_document(bid.id, linked.item_id, "tax_debt_certificate", current.id)
    own.bids.set_item(bid.id, ticked.item_id, status="done", notes="Luettu 20.10.")
    own.bids.set_item(bid.id, linked.item_id, status="in_progress")
    own.bids.set_deadlines(bid.id, tender=None, question=datetime(2023, 11, 1, 12, tzinfo=UTC))
    return Client(client.id, current.id, insurance.id, bid.id, linked.item_id, ticked.item_id)


def statement(side: Installation, company_id: int) -> SustainabilityStatement:
    found = services(side).statements.get(company_id, 2025)
    assert found is not None
    return found


def document_versions(side: Installation, company_id: int) -> list[dict[str, Any]]:
    """Every version without local ids; the version that replaced it is named by its checksum."""
    with side.context.database.session() as session:
        held = [h.document for h in DocumentRepository(session).all_versions(company_id)]
    sha_of = {doc.id: doc.sha256 for doc in held}
    rows = []
    for doc in held:
        row = asdict(doc)
        row["replaced_by"] = sha_of.get(doc.replaced_by_id) if doc.replaced_by_id else None
        del row["id"], row["company_id"], row["replaced_by_id"]
        rows.append(row)
    return sorted(rows, key=lambda row: (row["type_id"], row["version"]))


def bids(side: Installation, company_id: int) -> list[dict[str, Any]]:
    """Each bid with its notice (JSON, XML, changes) and its steps, document links named by checksum."""
    with side.context.database.session() as session:
        repo, notices = BidRepository(session), NoticeRepository(session)
        shas = {h.document.id: h.document.sha256 for h in DocumentRepository(session).all_versions(company_id)}
        result = []
        for listing in repo.listings(company_id):
            stored = notices.get(listing.bid.notice_id)
            bid = asdict(listing.bid)
            del bid["id"], bid["company_id"], bid["notice_id"]
            steps = []
            for item in repo.items(listing.bid.id):
                step = asdict(item)
                step["document_links"] = {t: shas[i] for t, i in item.document_links.items()}
                del step["id"]
                steps.append(step)
            xml = notices.original_xml(stored.id)
            result.append({"bid": bid, "steps": steps, "notice": stored.notice, "xml": xml, "changes": stored.changes})
        return result


def export(adviser: Installation, company_id: int, path: Path, options: ExportOptions | None = None) -> Path:
    adviser.handoff.export(company_id, path, PASSPHRASE, options)
    return path


def test_every_record_and_document_arrives_equal(
    adviser: Installation, entrepreneur: Installation, full: Client, fixtures_dir: Path, tmp_path: Path
) -> None:
    summary = adviser.handoff.export(full.company_id, tmp_path / "full.thpkg", PASSPHRASE)
    report = entrepreneur.handoff.import_file(summary.path, PASSPHRASE)

    local = only_company(entrepreneur)
    assert local.id is not None
    assert snapshot(entrepreneur, local.id) == snapshot(adviser, full.company_id)
    assert plain_sessions(entrepreneur, local.id) == plain_sessions(adviser, full.company_id)
    assert plain_follow_ups(entrepreneur, local.id) == plain_follow_ups(adviser, full.company_id)
    versions = document_versions(entrepreneur, local.id)
    assert versions == document_versions(adviser, full.company_id)
    assert [(v["title"], v["version"], v["replaced_by"] is None) for v in versions] == [
        ("Vastuuvakuutus", 1, True),
        ("Verovelkatodistus", 1, False),
        ("Verovelkatodistus", 2, True),
    ]
    for version in versions:  # read back (verified) from the new vault, and hashed once more here
        content = entrepreneur.vault.read_bytes(version["sha256"])
        assert hashlib.sha256(content).hexdigest() == version["sha256"]
        assert content == adviser.vault.read_bytes(version["sha256"])
    assert sorted(entrepreneur.vault.iter_hashes()) == sorted(v["sha256"] for v in versions)  # no notice XML there
    assert statement(entrepreneur, local.id) == statement(adviser, full.company_id)
    assert statement(entrepreneur, local.id).b3.electricity_kwh == 42000.0
    arrived = bids(entrepreneur, local.id)
    assert arrived == bids(adviser, full.company_id)
    assert arrived[0]["xml"] == (fixtures_dir / SALO).read_bytes()
    steps = {step["item_id"]: step for step in arrived[0]["steps"]}
    assert (steps[full.ticked_item]["status"], steps[full.ticked_item]["notes"]) == ("done", "Luettu 20.10.")
    assert steps[full.linked_item]["document_links"] == {"tax_debt_certificate": hashlib.sha256(TAX_V2).hexdigest()}
    assert report.blobs_added == 3 and not report.conflicts
    assert {change.action for change in report.changes} == {Action.ADDED}
    assert [c.section for c in report.changes].count("documents") == 3
    assert [c.section for c in report.changes if c.section in ("sustainability", "notices", "bids")] == [
        "sustainability",
        "notices",
        "bids",
    ]
    assert summary.records["documents"] == 2 and summary.records["bids"] == 1
    with entrepreneur.context.database.session() as session:  # the notice is indexed for matching, as on import
        repo = MatchRepository(session)
        notice_id = session.execute(select(NoticeRow.id)).scalar_one()
        assert repo.unindexed_notice_ids(repo.notice_count()) == []
        (summary,) = repo.summaries([notice_id])
        kind, cancelled, buyer, country, main_cpv = summary[1:6]
        assert (kind, bool(cancelled), buyer, country, main_cpv) == (
            "competition",
            False,
            "Salon kaupunki",
            "FIN",
            "92610000",
        )


def test_a_second_import_reports_unchanged(
    adviser: Installation, entrepreneur: Installation, full: Client, tmp_path: Path
) -> None:
    package = export(adviser, full.company_id, tmp_path / "p.thpkg")
    entrepreneur.handoff.import_file(package, PASSPHRASE)
    again = entrepreneur.handoff.import_file(package, PASSPHRASE)
    assert {change.action for change in again.changes} == {Action.UNCHANGED}
    assert not again.changed_anything and not again.conflicts and again.blobs_added == 0
    sections = {change.section for change in again.changes}
    assert {"documents", "sustainability", "notices", "bids", "checklist"} <= sections


@pytest.fixture
def imported(adviser: Installation, entrepreneur: Installation, full: Client, tmp_path: Path) -> tuple[Path, int]:
    """The package, imported once; returns it with the company's id in the entrepreneur's installation."""
    package = export(adviser, full.company_id, tmp_path / "first.thpkg")
    entrepreneur.handoff.import_file(package, PASSPHRASE)
    company = only_company(entrepreneur)
    assert company.id is not None
    return package, company.id


def test_newer_local_statement_edit_is_a_conflict_kept_by_default(
    entrepreneur: Installation, imported: tuple[Path, int]
) -> None:
    package, company_id = imported
    statements = services(entrepreneur).statements
    mine = statement(entrepreneur, company_id)
    statements.save(company_id, replace(mine, b3=replace(mine.b3, electricity_kwh=39500.0)))
    seen: list[Conflict] = []

    def ask(conflict: Conflict) -> Resolution:
        seen.append(conflict)
        return keep_local(conflict)

    report = entrepreneur.handoff.import_file(package, PASSPHRASE, ask)

    assert [(c.section, c.key, c.fields) for c in seen] == [("sustainability", "2025", ("b3",))]
    assert seen[0].local_updated is not None and seen[0].package_updated is not None
    assert seen[0].local_updated > seen[0].package_updated
    assert [c.action for c in report.changes if c.conflict] == [Action.KEPT_LOCAL]
    assert statement(entrepreneur, company_id).b3.electricity_kwh == 39500.0
    entrepreneur.handoff.import_file(package, PASSPHRASE, take_package)
    assert statement(entrepreneur, company_id).b3.electricity_kwh == 42000.0
    assert not entrepreneur.handoff.import_file(package, PASSPHRASE).changed_anything


def test_newer_local_checklist_edit_is_a_conflict_kept_by_default(
    entrepreneur: Installation, full: Client, imported: tuple[Path, int]
) -> None:
    package, company_id = imported
    own = services(entrepreneur).bids
    bid = own.summaries(company_id)[0].bid
    own.set_item(bid.id, full.ticked_item, status="todo", notes="Pitää lukea uudelleen")

    report = entrepreneur.handoff.import_file(package, PASSPHRASE)

    conflicts = [(c.section, c.key.rsplit("/", 1)[-1], c.fields) for c in report.conflicts]
    assert conflicts == [("checklist", full.ticked_item, ("notes", "status"))]
    assert [c.action for c in report.changes if c.conflict] == [Action.KEPT_LOCAL]
    assert [c.action for c in report.changes if c.section == "bids"] == [Action.UNCHANGED]
    step = next(i for i in own.workspace(bid.id).items if i.item.item_id == full.ticked_item).item
    assert (step.status, step.notes) == ("todo", "Pitää lukea uudelleen")
    assert not report.changed_anything


def test_newer_adviser_edits_arrive_without_questions(
    adviser: Installation, entrepreneur: Installation, full: Client, imported: tuple[Path, int], tmp_path: Path
) -> None:
    _package, company_id = imported
    theirs = services(adviser)
    theirs.bids.set_item(full.bid_id, full.linked_item, status="done")
    old = statement(adviser, full.company_id)
    theirs.statements.save(full.company_id, replace(old, b3=replace(old.b3, district_heat_kwh=8000.0)))
    newest = theirs.documents.replace_bytes(
        full.insurance_id, INSURANCE + b" 2027", "vakuutus-2027.pdf", DocumentFields("insurance_policy", "")
    )

    report = entrepreneur.handoff.import_file(export(adviser, full.company_id, tmp_path / "2.thpkg"), PASSPHRASE)

    assert not report.conflicts and report.blobs_added == 1
    changed = [(c.section, c.action, c.fields) for c in report.changes if c.action is not Action.UNCHANGED]
    assert changed == [
        ("documents", Action.ADDED, ()),
        ("sustainability", Action.UPDATED, ("b3",)),
        ("checklist", Action.UPDATED, ("status",)),
    ]
    assert document_versions(entrepreneur, company_id) == document_versions(adviser, full.company_id)
    assert entrepreneur.vault.read_bytes(newest.sha256) == INSURANCE + b" 2027"
    assert bids(entrepreneur, company_id) == bids(adviser, full.company_id)
    assert statement(entrepreneur, company_id) == statement(adviser, full.company_id)


def test_local_newer_document_version_is_asked_about(
    adviser: Installation, entrepreneur: Installation, full: Client, imported: tuple[Path, int], tmp_path: Path
) -> None:
    _package, company_id = imported
    mine = services(entrepreneur).documents
    local_insurance = next(
        e.document for e in mine.overview(company_id).entries if e.document.title == "Vastuuvakuutus"
    )
    mine.replace_bytes(local_insurance.id, b"yrittajan oma versio", "oma.pdf", DocumentFields("insurance_policy", ""))
    services(adviser).documents.replace_bytes(
        full.insurance_id, b"neuvojan versio", "neuvoja.pdf", DocumentFields("insurance_policy", "")
    )
    package = export(adviser, full.company_id, tmp_path / "2.thpkg")

    kept = entrepreneur.handoff.import_file(package, PASSPHRASE)
    assert [(c.section, c.action) for c in kept.changes if c.conflict] == [("documents", Action.KEPT_LOCAL)]
    assert len(mine.history(local_insurance.id)) == 2

    taken = entrepreneur.handoff.import_file(package, PASSPHRASE, take_package)
    assert [(c.section, c.action) for c in taken.changes if c.conflict] == [("documents", Action.REPLACED)]
    history = mine.history(local_insurance.id)
    assert [entry.document.version for entry in history] == [3, 2, 1]
    assert entrepreneur.vault.read_bytes(history[0].document.sha256) == b"neuvojan versio"


def test_only_the_chosen_documents_travel(
    adviser: Installation, entrepreneur: Installation, full: Client, tmp_path: Path
) -> None:
    options = ExportOptions(documents=frozenset({full.insurance_id}))
    summary = adviser.handoff.export(full.company_id, tmp_path / "some.thpkg", PASSPHRASE, options)
    report = entrepreneur.handoff.import_file(summary.path, PASSPHRASE)

    local = only_company(entrepreneur)
    assert local.id is not None
    assert [v["title"] for v in document_versions(entrepreneur, local.id)] == ["Vastuuvakuutus"]
    assert list(entrepreneur.vault.iter_hashes()) == [hashlib.sha256(INSURANCE).hexdigest()]
    assert report.blobs_added == 1
    steps = {step["item_id"]: step for step in bids(entrepreneur, local.id)[0]["steps"]}
    assert steps[full.linked_item]["document_links"] == {}  # its document stayed with the adviser
    assert steps[full.linked_item]["status"] == "in_progress"


def test_one_changed_byte_with_documents_inside_imports_nothing(
    adviser: Installation, entrepreneur: Installation, full: Client, tmp_path: Path
) -> None:
    package = export(adviser, full.company_id, tmp_path / "p.thpkg")
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x04
    package.write_bytes(bytes(data))
    with pytest.raises(PackageDamaged):
        entrepreneur.handoff.import_file(package, PASSPHRASE)
    assert entrepreneur.companies.list_companies() == []
    assert list(entrepreneur.vault.iter_hashes()) == []
    with entrepreneur.context.database.session() as session:
        assert BidRepository(session).listings() == []
        assert NoticeRepository(session).find_id("ted", "622690-2023") is None


def test_preview_writes_no_rows_and_no_files(
    adviser: Installation, entrepreneur: Installation, full: Client, tmp_path: Path
) -> None:
    package = export(adviser, full.company_id, tmp_path / "p.thpkg")
    with entrepreneur.handoff.open(package, PASSPHRASE) as opened:
        preview = entrepreneur.handoff.preview(opened)
    assert preview.blobs_added == 3 and preview.changed_anything
    assert entrepreneur.companies.list_companies() == [] and list(entrepreneur.vault.iter_hashes()) == []


def test_cli_exports_only_the_documents_named(
    adviser: Installation, entrepreneur: Installation, full: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "cli.thpkg"
    root = str(adviser.context.paths.root)
    common = ["--data-dir", root, "handoff", "export", "--company", str(full.company_id), "--passphrase-file"]
    assert main([*common, str(secret), "--out", str(out), "--document", str(full.tax_id), "--json"]) == 0
    assert "blobs" in capsys.readouterr().out
    with adviser.handoff.open(out, PASSPHRASE) as opened:
        chains = opened.sections["documents"]
    assert [[v["version"] for v in chain["versions"]] for chain in chains] == [[1, 2]]
    assert main([*common, str(secret), "--out", str(out), "--no-documents"]) == 0
    with adviser.handoff.open(out, PASSPHRASE) as opened:
        assert opened.sections["documents"] == []
    other = adviser.companies.create(Company(name="Bygg AB", business_id="556016-0680", country="SE"))
    assert other.id is not None
    theirs = services(adviser).documents.add_bytes(other.id, b"intyg", "intyg.pdf", DocumentFields("other", "Intyg"))
    capsys.readouterr()
    assert main([*common, str(secret), "--out", str(out), "--document", str(theirs.id)]) == 3
    assert "belongs to another company" in capsys.readouterr().err
    assert main([*common, str(secret), "--out", str(out), "--document", "999"]) == 3
    assert "no document 999" in capsys.readouterr().err


def test_client_list_counts_active_bids_and_expiring_documents(adviser: Installation, full: Client) -> None:
    moment = datetime(2026, 5, 20, 9, 0)  # the tax certificate runs out on 2 June, the insurance has no end date
    summaries = {s.company.id: s for s in SessionService(adviser.context.database, lambda: moment).clients()}
    assert (summaries[full.company_id].active_bids, summaries[full.company_id].expiring_documents) == (1, 1)
    later = SessionService(adviser.context.database, lambda: moment - timedelta(days=60)).clients()
    assert [(s.active_bids, s.expiring_documents) for s in later] == [(1, 0)]
    services(adviser).bids.set_status(full.bid_id, "no_bid", "Liian suuri")
    assert [s.active_bids for s in SessionService(adviser.context.database).clients()] == [0]
