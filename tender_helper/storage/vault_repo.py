"""Reads and writes the metadata of company documents, returning plain frozen records, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tender_helper.core.errors import QT_TRANSLATE_NOOP, NotFound
from tender_helper.storage.models import CompanyRow
from tender_helper.storage.vault_models import DocumentRow


@dataclass(frozen=True)
class Document:
    """One version of a company document; `replaced_by_id` is None for the current version."""

    id: int
    company_id: int
    type_id: str
    title: str
    original_name: str
    sha256: str
    size: int
    issued: date | None
    valid_until: date | None
    notes: str
    version: int
    replaced_by_id: int | None
    added_at: datetime

    @property
    def is_current(self) -> bool:
        return self.replaced_by_id is None


@dataclass(frozen=True)
class DocumentFields:
    """What the user says about a document; the file's hash and size come from the vault."""

    type_id: str
    title: str
    issued: date | None = None
    valid_until: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class CompanyDocument:
    """A document with the name and country of the company that holds it (for lists across companies)."""

    document: Document
    company_name: str
    company_country: str


def document_from_row(row: DocumentRow) -> Document:
    return Document(
        id=row.id,
        company_id=row.company_id,
        type_id=row.type_id,
        title=row.title,
        original_name=row.original_name,
        sha256=row.sha256,
        size=row.size,
        issued=row.issued,
        valid_until=row.valid_until,
        notes=row.notes,
        version=row.version,
        replaced_by_id=row.replaced_by_id,
        added_at=row.added_at,
    )


def _not_found(document_id: int) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "There is no document {value}."), field="document", value=document_id)


class DocumentRepository:
    """Document metadata in one session; the caller's session scope commits or rolls back."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, document_id: int) -> DocumentRow:
        row = self.session.get(DocumentRow, document_id)
        if row is None:
            raise _not_found(document_id)
        return row

    def get(self, document_id: int) -> Document:
        return document_from_row(self._row(document_id))

    def add(
        self, company_id: int, fields: DocumentFields, original_name: str, sha256: str, size: int, version: int = 1
    ) -> Document:
        row = DocumentRow(company_id=company_id, original_name=original_name, sha256=sha256, size=size)
        row.version = version
        self._fill(row, fields)
        self.session.add(row)
        self.session.flush()
        return document_from_row(row)

    def update(self, document_id: int, fields: DocumentFields) -> Document:
        row = self._row(document_id)
        self._fill(row, fields)
        self.session.flush()
        return document_from_row(row)

    def mark_replaced(self, old_id: int, new_id: int) -> None:
        self._row(old_id).replaced_by_id = new_id
        self.session.flush()

    @staticmethod
    def _fill(row: DocumentRow, fields: DocumentFields) -> None:
        row.type_id = fields.type_id
        row.title = fields.title
        row.issued = fields.issued
        row.valid_until = fields.valid_until
        row.notes = fields.notes

    def current(self, company_id: int) -> list[Document]:
        """The company's documents in their newest versions, by type and title."""
        query = (
            select(DocumentRow)
            .where(DocumentRow.company_id == company_id, DocumentRow.replaced_by_id.is_(None))
            .order_by(DocumentRow.type_id, func.lower(DocumentRow.title), DocumentRow.id)
        )
        return [document_from_row(row) for row in self.session.execute(query).scalars()]

    def current_until(self, last_day: date) -> list[CompanyDocument]:
        """Current documents of every company that stop being valid on or before `last_day`, soonest first."""
        query = (
            select(DocumentRow, CompanyRow.name, CompanyRow.country)
            .join(CompanyRow, CompanyRow.id == DocumentRow.company_id)
            .where(DocumentRow.replaced_by_id.is_(None), DocumentRow.valid_until <= last_day)
            .order_by(DocumentRow.valid_until, func.lower(CompanyRow.name), DocumentRow.id)
        )
        return [
            CompanyDocument(document_from_row(row), name, country) for row, name, country in self.session.execute(query)
        ]

    def all_versions(self, company_id: int | None = None) -> list[CompanyDocument]:
        """Every stored version (history included), of one company or all, for verifying the vault."""
        query = select(DocumentRow, CompanyRow.name, CompanyRow.country).join(
            CompanyRow, CompanyRow.id == DocumentRow.company_id
        )
        if company_id is not None:
            query = query.where(DocumentRow.company_id == company_id)
        query = query.order_by(func.lower(CompanyRow.name), DocumentRow.type_id, DocumentRow.id)
        return [
            CompanyDocument(document_from_row(row), name, country) for row, name, country in self.session.execute(query)
        ]

    def history(self, document_id: int) -> list[Document]:
        """Every version of the document `document_id` belongs to, newest first."""
        row = self._row(document_id)
        while row.replaced_by_id is not None:  # walk forward to the current version
            row = self._row(row.replaced_by_id)
        versions = [row]
        while True:
            older = self.session.execute(select(DocumentRow).where(DocumentRow.replaced_by_id == row.id)).scalar()
            if older is None:
                return [document_from_row(version) for version in versions]
            versions.append(older)
            row = older

    def delete_history(self, document_id: int) -> list[str]:
        """Deletes the document with all its versions; returns the checksums that no row refers to any more."""
        versions = self.history(document_id)
        for version in reversed(versions):  # oldest first, so no row points at a deleted one
            self.session.delete(self._row(version.id))
        self.session.flush()
        hashes = {version.sha256 for version in versions}
        return sorted(sha for sha in hashes if not self.hash_in_use(sha))

    def hash_in_use(self, sha256: str) -> bool:
        query = select(func.count()).select_from(DocumentRow).where(DocumentRow.sha256 == sha256)
        return bool(self.session.execute(query).scalar_one())

    def find_current(self, company_id: int, type_id: str, title: str) -> Document | None:
        query = select(DocumentRow).where(
            DocumentRow.company_id == company_id,
            DocumentRow.type_id == type_id,
            DocumentRow.title == title,
            DocumentRow.replaced_by_id.is_(None),
        )
        row = self.session.execute(query.order_by(DocumentRow.id.desc())).scalars().first()
        return None if row is None else document_from_row(row)
