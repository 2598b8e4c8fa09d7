"""VSME sustainability statements: one per company and year, validated, as JSON and PDF, attachable as a document."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tender_helper.core.company import Company
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from tender_helper.reports.labels import labels, normalise_language
from tender_helper.reports.sustainability_pdf import SustainabilityReportData, build_sustainability_pdf
from tender_helper.services.context import AppContext
from tender_helper.services.documents import DocumentFields, DocumentService
from tender_helper.storage.companies_repo import CompanyRepository
from tender_helper.storage.database import Database
from tender_helper.storage.sustainability_repo import SustainabilityRepository
from tender_helper.storage.vault_repo import Document
from tender_helper.sustainability.completeness import completeness
from tender_helper.sustainability.emissions import compute_emissions
from tender_helper.sustainability.serialise import load_statement, save_statement
from tender_helper.sustainability.statement import B1Basis, SustainabilityStatement
from tender_helper.sustainability.validation import validate

STATEMENT_DOCUMENT_TYPE = "sustainability_statement"
_UNSAFE = re.compile(r"[^\w.-]+")


def new_statement(company: Company, year: int) -> SustainabilityStatement:
    """An empty statement with what the company record already knows filled in (country, staff, turnover)."""
    return SustainabilityStatement(
        year=year,
        b1=B1Basis(
            country=company.country,
            employees=None if company.employees is None else float(company.employees),
            turnover_eur=None if company.turnover is None else float(company.turnover),
        ),
    )


class SustainabilityService:
    """Statements per company and reporting year; every write is validated first and stores all or nothing."""

    def __init__(
        self, database: Database, documents: DocumentService | None = None, today: Callable[[], date] = date.today
    ) -> None:
        self.database = database
        self.documents = documents
        self.today = today

    @classmethod
    def for_context(cls, context: AppContext) -> SustainabilityService:
        return cls(context.database, DocumentService.for_context(context))

    def _company(self, company_id: int) -> Company:
        with self.database.session() as session:
            return CompanyRepository(session).get(company_id)

    def years(self, company_id: int) -> list[int]:
        """The reporting years with a stored statement, newest first."""
        with self.database.session() as session:
            return SustainabilityRepository(session).years(company_id)

    def get(self, company_id: int, year: int) -> SustainabilityStatement | None:
        with self.database.session() as session:
            return SustainabilityRepository(session).get(company_id, year)

    def require(self, company_id: int, year: int) -> SustainabilityStatement:
        statement = self.get(company_id, year)
        if statement is None:
            company = self._company(company_id)
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "{name} has no sustainability statement for {year}."),
                field="year",
                name=company.name,
                year=year,
            )
        return statement

    def load_or_new(self, company_id: int, year: int) -> tuple[SustainabilityStatement, bool]:
        """The stored statement of the year (and True), or a new one prefilled from the company (and False)."""
        stored = self.get(company_id, year)
        if stored is not None:
            return stored, True
        return new_statement(self._company(company_id), year), False

    def save(self, company_id: int, statement: SustainabilityStatement) -> SustainabilityStatement:
        """Validates the whole statement (InvalidStatement lists every bad field), then stores it."""
        validate(statement)
        with self.database.session() as session:
            CompanyRepository(session).get(company_id)
            SustainabilityRepository(session).save(company_id, statement)
        return statement

    def delete(self, company_id: int, year: int) -> bool:
        with self.database.session() as session:
            return SustainabilityRepository(session).delete(company_id, year)

    # -- JSON ----------------------------------------------------------------------------------------------------

    def import_file(
        self, company_id: int, path: Path, *, year: int | None = None, replace: bool = False
    ) -> SustainabilityStatement:
        """Reads and checks a JSON file completely before storing; refuses to overwrite unless `replace`."""
        statement = load_statement(Path(path))
        if year is not None and statement.year != year:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{name} holds the statement for {found}, not for {year}."),
                field="year",
                name=Path(path).name,
                found=statement.year,
                year=year,
            )
        if not replace and self.get(company_id, statement.year) is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A statement for {year} is already stored; importing would overwrite it."),
                field="year",
                year=statement.year,
            )
        return self.save(company_id, statement)

    def export_file(self, company_id: int, year: int, path: Path) -> Path:
        return save_statement(self.require(company_id, year), Path(path))

    # -- PDF -----------------------------------------------------------------------------------------------------

    def report_data(self, company_id: int, statement: SustainabilityStatement) -> SustainabilityReportData:
        """Everything the PDF shows; raises InvalidInput if the statement is invalid or lacks an emission factor."""
        validate(statement)
        company = self._company(company_id)
        return SustainabilityReportData(
            company_name=company.name,
            business_id=company.business_id,
            country=company.country,
            statement=statement,
            emissions=compute_emissions(statement),
            completeness_percent=completeness(statement).percent,
            generated=self.today(),
        )

    def build_pdf(
        self, company_id: int, year: int, path: Path, lang: str, statement: SustainabilityStatement | None = None
    ) -> Path:
        """Writes the statement (the stored one unless given) as a PDF in fin, swe, nob or eng."""
        shown = statement if statement is not None else self.require(company_id, year)
        return build_sustainability_pdf(self.report_data(company_id, shown), Path(path), lang)

    def attach_pdf(
        self, company_id: int, year: int, lang: str, statement: SustainabilityStatement | None = None
    ) -> Document:
        """Builds the PDF and keeps it among the company's documents; a PDF attached before becomes history."""
        if self.documents is None:
            raise RuntimeError("attach_pdf needs a DocumentService")
        code = normalise_language(lang)
        company = self._company(company_id)
        with tempfile.TemporaryDirectory(prefix="tender-helper-vsme-") as folder:
            path = self.build_pdf(company_id, year, Path(folder) / "statement.pdf", code, statement)
            data = path.read_bytes()
        title = f"{labels(code)['title']} {year} (VSME)"
        file_name = f"{_UNSAFE.sub('-', company.name).strip('-')}-VSME-{year}-{code}.pdf"
        fields = DocumentFields(STATEMENT_DOCUMENT_TYPE, title, issued=self.today())
        previous = self.documents.find_current(company_id, STATEMENT_DOCUMENT_TYPE, title)
        if previous is not None:
            return self.documents.replace_bytes(previous.id, data, file_name, fields)
        return self.documents.add_bytes(company_id, data, file_name, fields)
