"""The sustainability service: statements per year, validation before storing, JSON round trip, PDF, attaching."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender_helper.core.company import Company
from tender_helper.core.errors import InvalidInput, NotFound
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.documents import DocumentService
from tender_helper.services.sustainability import STATEMENT_DOCUMENT_TYPE, SustainabilityService
from tender_helper.storage.vault_models import SustainabilityStatementRow
from tender_helper.sustainability.sample import sample_statement
from tender_helper.sustainability.serialise import statement_to_json
from tender_helper.sustainability.validation import InvalidStatement
from tender_helper.vault.store import Vault

TODAY = date(2025, 3, 14)


@pytest.fixture
def company(context: AppContext) -> Company:
    return CompanyService(context.database).create(
        Company(
            name="Sähkö-Asennus Häkkinen Oy",
            business_id="1234567-1",
            country="FI",
            employees=23,
            turnover=Decimal("3200000"),
        )
    )


@pytest.fixture
def documents(context: AppContext) -> DocumentService:
    return DocumentService(context.database, Vault(context.paths.vault), today=lambda: TODAY)


@pytest.fixture
def service(context: AppContext, documents: DocumentService) -> SustainabilityService:
    return SustainabilityService(context.database, documents, today=lambda: TODAY)


def cid(company: Company) -> int:
    assert company.id is not None
    return company.id


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.replace("\u00a0", " ").split())


def test_save_and_read_back_per_year(service: SustainabilityService, company: Company) -> None:
    service.save(cid(company), sample_statement(2023))
    service.save(cid(company), sample_statement(2024))
    assert service.years(cid(company)) == [2024, 2023]
    assert service.get(cid(company), 2024) == sample_statement(2024)
    changed = sample_statement(2024)
    changed.b3.electricity_kwh = 50_000
    service.save(cid(company), changed)
    stored = service.get(cid(company), 2024)
    assert stored is not None and stored.b3.electricity_kwh == 50_000
    assert service.years(cid(company)) == [2024, 2023]


def test_new_statement_is_prefilled_from_the_company(service: SustainabilityService, company: Company) -> None:
    statement, stored = service.load_or_new(cid(company), 2025)
    assert not stored
    assert (statement.year, statement.b1.country, statement.b1.employees, statement.b1.turnover_eur) == (
        2025,
        "FI",
        23.0,
        3_200_000.0,
    )
    assert service.years(cid(company)) == []


def test_negative_energy_is_refused_and_the_stored_statement_kept(
    service: SustainabilityService, company: Company
) -> None:
    service.save(cid(company), sample_statement(2024))
    bad = sample_statement(2024)
    bad.b3.electricity_kwh = -5
    with pytest.raises(InvalidStatement, match=r"Electricity consumption cannot be negative \(got -5\)") as info:
        service.save(cid(company), bad)
    assert info.value.field == "b3.electricity_kwh"
    assert service.get(cid(company), 2024) == sample_statement(2024)


def test_percentage_over_100_is_refused_and_nothing_stored(service: SustainabilityService, company: Company) -> None:
    bad = sample_statement(2024)
    bad.b10.collective_agreement_pct = 120
    bad.b3.district_heat_kwh = -1
    with pytest.raises(InvalidStatement) as info:
        service.save(cid(company), bad)
    messages = [problem.message for problem in info.value.problems]
    assert "Employees covered by collective agreements must be between 0 and 100 (got 120)." in messages
    assert "District heat cannot be negative (got -1)." in messages
    assert service.years(cid(company)) == []


def test_json_round_trip_between_companies(
    service: SustainabilityService, company: Company, context: AppContext, tmp_path: Path
) -> None:
    service.save(cid(company), sample_statement(2024))
    path = service.export_file(cid(company), 2024, tmp_path / "vsme.json")
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "tender-helper/vsme-statement"
    other = CompanyService(context.database).create(Company(name="Bygg AB", business_id="5560360793", country="SE"))
    imported = service.import_file(cid(other), path, year=2024)
    assert imported == sample_statement(2024)
    assert service.get(cid(other), 2024) == sample_statement(2024)


def test_import_from_a_newer_version_stores_nothing(
    service: SustainabilityService, company: Company, tmp_path: Path
) -> None:
    data = json.loads(statement_to_json(sample_statement(2024)))
    data["format_version"] = 99
    path = tmp_path / "future.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        InvalidInput, match=r"written by a newer Tender Helper \(format 99; this version reads up to 1\)"
    ):
        service.import_file(cid(company), path, year=2024)
    assert service.years(cid(company)) == []


def test_import_refuses_another_year_and_overwriting(
    service: SustainabilityService, company: Company, tmp_path: Path
) -> None:
    path = tmp_path / "vsme.json"
    path.write_text(statement_to_json(sample_statement(2024)), encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"vsme\.json holds the statement for 2024, not for 2023"):
        service.import_file(cid(company), path, year=2023)
    kept = sample_statement(2024)
    kept.b11.convictions = 1
    service.save(cid(company), kept)
    with pytest.raises(InvalidInput, match="A statement for 2024 is already stored"):
        service.import_file(cid(company), path, year=2024)
    assert service.get(cid(company), 2024) == kept
    service.import_file(cid(company), path, year=2024, replace=True)
    assert service.get(cid(company), 2024) == sample_statement(2024)


def test_import_of_invalid_values_stores_nothing(
    service: SustainabilityService, company: Company, tmp_path: Path
) -> None:
    data = json.loads(statement_to_json(sample_statement(2024)))
    data["statement"]["b10"]["gender_pay_gap_pct"] = 150
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidStatement, match="between -100 and 100"):
        service.import_file(cid(company), path)
    assert service.years(cid(company)) == []


def test_a_stored_statement_of_a_newer_format_is_refused(
    service: SustainabilityService, company: Company, context: AppContext
) -> None:
    service.save(cid(company), sample_statement(2024))
    with context.database.session() as session:
        session.query(SustainabilityStatementRow).update({"format_version": 2})
    with pytest.raises(InvalidInput, match="newer Tender Helper"):
        service.get(cid(company), 2024)


def test_missing_statement_is_named(service: SustainabilityService, company: Company, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="Sähkö-Asennus Häkkinen Oy has no sustainability statement for 2019"):
        service.export_file(cid(company), 2019, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fin", ["Kestävyysraportti", "Raportointivuosi", "54,17", "13,11", "67,28", "310,7 MWh", "3 200 000"]),
        ("eng", ["Sustainability statement", "Reporting year", "54.17", "13.11", "67.28", "310.7 MWh", "3,200,000"]),
    ],
)
def test_pdf_in_finnish_and_english(
    service: SustainabilityService, company: Company, tmp_path: Path, lang: str, expected: list[str]
) -> None:
    service.save(cid(company), sample_statement(2024))
    path = service.build_pdf(cid(company), 2024, tmp_path / f"vsme-{lang}.pdf", lang)
    text = pdf_text(path)
    for snippet in [*expected, "Sähkö-Asennus Häkkinen Oy", "1234567-1", "2025-03-14"]:
        assert snippet in text, snippet


def test_pdf_of_an_unsaved_statement_without_grid_factor_explains(
    service: SustainabilityService, company: Company, tmp_path: Path
) -> None:
    statement = sample_statement(2024)
    statement.b3.grid_country = "DE"
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInput, match="no electricity emission factor for country DE"):
        service.build_pdf(cid(company), 2024, out / "x.pdf", "eng", statement)
    assert list(out.iterdir()) == []


def test_attach_pdf_as_a_document_and_again_as_a_new_version(
    service: SustainabilityService, documents: DocumentService, company: Company
) -> None:
    service.save(cid(company), sample_statement(2024))
    first = service.attach_pdf(cid(company), 2024, "fin")
    assert first.type_id == STATEMENT_DOCUMENT_TYPE
    assert first.title == "Kestävyysraportti 2024 (VSME)"
    assert first.original_name == "Sähkö-Asennus-Häkkinen-Oy-VSME-2024-fin.pdf"
    assert first.issued == TODAY
    assert documents.vault.read_bytes(first.sha256).startswith(b"%PDF")
    second = service.attach_pdf(cid(company), 2024, "fin")
    assert second.version == 2
    assert [e.document.id for e in documents.history(second.id)] == [second.id, first.id]
    english = service.attach_pdf(cid(company), 2024, "eng")
    titles = sorted(e.document.title for e in documents.overview(cid(company)).entries)
    assert titles == ["Kestävyysraportti 2024 (VSME)", "Sustainability statement 2024 (VSME)"]
    assert english.version == 1
