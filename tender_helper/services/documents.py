"""Company documents: add, replace with history, list with validity status, verify, export, expiry warnings."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from tender_helper.core.company import Company
from tender_helper.core.document_types import DOCUMENT_TYPE_IDS
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput, TenderHelperError
from tender_helper.services.context import AppContext
from tender_helper.storage.companies_repo import CompanyRepository
from tender_helper.storage.database import Database
from tender_helper.storage.vault_repo import CompanyDocument, Document, DocumentFields, DocumentRepository
from tender_helper.vault.store import StoredFile, Vault, safe_file_name
from tender_helper.vault.validity import (
    DEFAULT_WARN_DAYS,
    DocumentStatus,
    RequiredDocument,
    ValidityRule,
    document_status,
    missing_documents,
    propose_valid_until,
    validity_rule,
)

__all__ = ["CompanyDocument", "Document", "DocumentFields", "DocumentService", "DocumentStatus"]

MAX_TITLE = 300


@dataclass(frozen=True)
class DocumentEntry:
    document: Document
    status: DocumentStatus
    days_left: int | None  # negative once expired; None without a valid-until date


@dataclass(frozen=True)
class DocumentOverview:
    company: Company
    entries: tuple[DocumentEntry, ...]
    missing: tuple[RequiredDocument, ...]  # required for the company's country and not held valid today


@dataclass(frozen=True)
class ExpiryItem:
    company_id: int
    company_name: str
    document: Document
    status: DocumentStatus  # EXPIRED or EXPIRING
    days_left: int


@dataclass(frozen=True)
class VerifyResult:
    checked: tuple[CompanyDocument, ...]
    missing: tuple[CompanyDocument, ...]  # the stored copy is gone
    changed: tuple[CompanyDocument, ...]  # the stored copy no longer matches its checksum

    @property
    def all_ok(self) -> bool:
        return not self.missing and not self.changed


@dataclass(frozen=True)
class ValidityProposal:
    valid_until: date
    rule: ValidityRule


def check_fields(fields: DocumentFields, fallback_title: str = "") -> DocumentFields:
    """The fields cleaned up; raises InvalidInput naming the field for an unknown type, no title or bad dates."""
    if fields.type_id not in DOCUMENT_TYPE_IDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown document type {value}."), field="document_type", value=fields.type_id
        )
    title = " ".join(fields.title.split()) or fallback_title.strip()
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The document needs a title."), field="title")
    if len(title) > MAX_TITLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The title is too long ({value} characters; at most {limit})."),
            field="title",
            value=len(title),
            limit=MAX_TITLE,
        )
    if fields.issued and fields.valid_until and fields.valid_until < fields.issued:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The document cannot be valid until {until}, before it was issued ({issued})."),
            field="valid_until",
            until=fields.valid_until.isoformat(),
            issued=fields.issued.isoformat(),
        )
    return replace(fields, title=title, notes=fields.notes.strip())


class DocumentService:
    """The company documents of one installation: metadata in the database, files in the vault."""

    def __init__(
        self,
        database: Database,
        vault: Vault,
        *,
        warn_days: int = DEFAULT_WARN_DAYS,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.database = database
        self.vault = vault
        self.warn_days = warn_days
        self.today = today

    @classmethod
    def for_context(cls, context: AppContext) -> DocumentService:
        return cls(context.database, Vault(context.paths.vault), warn_days=context.settings.expiry_warning_days)

    # -- adding and replacing ------------------------------------------------------------------------------------

    def add_file(self, company_id: int, source: Path, fields: DocumentFields) -> Document:
        """Copies `source` into the vault, then stores its metadata; on any error nothing new is kept."""
        source = Path(source)
        checked = check_fields(fields, Path(source.name).stem)
        self._company(company_id)
        return self._store(company_id, checked, source.name, lambda: self.vault.add_file(source))

    def add_bytes(self, company_id: int, data: bytes, file_name: str, fields: DocumentFields) -> Document:
        """Stores generated content (e.g. a PDF report) as a document."""
        checked = check_fields(fields, Path(file_name).stem)
        self._company(company_id)
        return self._store(company_id, checked, file_name, lambda: self.vault.add_bytes(data, file_name))

    def replace_file(self, document_id: int, source: Path, fields: DocumentFields) -> Document:
        """Adds `source` as the newest version of the document; the older versions stay in its history."""
        source = Path(source)
        old = self._replaceable(document_id)
        checked = check_fields(fields, old.title)
        return self._store(old.company_id, checked, source.name, lambda: self.vault.add_file(source), old)

    def replace_bytes(self, document_id: int, data: bytes, file_name: str, fields: DocumentFields) -> Document:
        old = self._replaceable(document_id)
        checked = check_fields(fields, old.title)
        return self._store(old.company_id, checked, file_name, lambda: self.vault.add_bytes(data, file_name), old)

    def _replaceable(self, document_id: int) -> Document:
        old = self.get(document_id)
        if not old.is_current:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Only the newest version of {name} can be replaced."),
                field="document",
                name=old.title,
            )
        return old

    def _store(
        self,
        company_id: int,
        fields: DocumentFields,
        file_name: str,
        write_blob: Callable[[], StoredFile],
        replaces: Document | None = None,
    ) -> Document:
        stored = write_blob()  # the file first: a row must never point at a blob that is not there
        try:
            with self.database.session() as session:
                repo = DocumentRepository(session)
                version = replaces.version + 1 if replaces else 1
                document = repo.add(company_id, fields, file_name, stored.sha256, stored.size, version)
                if replaces is not None:
                    repo.mark_replaced(replaces.id, document.id)
                return document
        except BaseException:
            if stored.added:
                self._discard_blob(stored.sha256)
            raise

    def _discard_blob(self, sha256: str) -> None:
        """Removes a blob this call just wrote, unless a row refers to it (e.g. it repaired a damaged copy)."""
        with contextlib.suppress(Exception):  # an orphaned blob is harmless; the original error matters more
            with self.database.session() as session:
                in_use = DocumentRepository(session).hash_in_use(sha256)
            if not in_use:
                self.vault.remove(sha256)

    def update(self, document_id: int, fields: DocumentFields) -> Document:
        """Changes type, title, dates or notes of a version; the file stays as it is."""
        old = self.get(document_id)
        checked = check_fields(fields, old.title)
        with self.database.session() as session:
            return DocumentRepository(session).update(document_id, checked)

    def delete(self, document_id: int) -> None:
        """Deletes the document with its whole history; files no other document uses leave the vault."""
        with self.database.session() as session:
            unused = DocumentRepository(session).delete_history(document_id)
        for sha256 in unused:
            with contextlib.suppress(TenderHelperError, OSError):  # the rows are gone; a stray blob does no harm
                self.vault.remove(sha256)

    # -- reading -------------------------------------------------------------------------------------------------

    def _company(self, company_id: int) -> Company:
        with self.database.session() as session:
            return CompanyRepository(session).get(company_id)

    def get(self, document_id: int) -> Document:
        with self.database.session() as session:
            return DocumentRepository(session).get(document_id)

    def find_current(self, company_id: int, type_id: str, title: str) -> Document | None:
        with self.database.session() as session:
            return DocumentRepository(session).find_current(company_id, type_id, title)

    def entry(self, document: Document, today: date | None = None) -> DocumentEntry:
        day = today or self.today()
        days_left = None if document.valid_until is None else (document.valid_until - day).days
        return DocumentEntry(document, document_status(document.valid_until, day, self.warn_days), days_left)

    def overview(self, company_id: int) -> DocumentOverview:
        """The company's current documents with their status, and what its country typically requires."""
        today = self.today()
        with self.database.session() as session:
            company = CompanyRepository(session).get(company_id)
            documents = DocumentRepository(session).current(company_id)
        held = [(doc.type_id, doc.valid_until) for doc in documents]
        entries = tuple(self.entry(doc, today) for doc in documents)
        return DocumentOverview(company, entries, missing_documents(company.country, held, today))

    def history(self, document_id: int) -> list[DocumentEntry]:
        """Every version of the document, newest first."""
        with self.database.session() as session:
            versions = DocumentRepository(session).history(document_id)
        today = self.today()
        return [self.entry(doc, today) for doc in versions]

    def expiring(self, days: int | None = None) -> list[ExpiryItem]:
        """Current documents of all companies that expired or expire within `days` (default: the warning period)."""
        today = self.today()
        window = self.warn_days if days is None else days
        with self.database.session() as session:
            found = DocumentRepository(session).current_until(today + timedelta(days=window))
        items = []
        for held in found:
            doc = held.document
            assert doc.valid_until is not None
            status = DocumentStatus.EXPIRED if doc.valid_until < today else DocumentStatus.EXPIRING
            items.append(ExpiryItem(doc.company_id, held.company_name, doc, status, (doc.valid_until - today).days))
        return items

    @staticmethod
    def proposal(type_id: str, country: str, issued: date | None) -> ValidityProposal | None:
        """The valid-until date the country's rule gives for a document issued on `issued`, with the rule."""
        if issued is None:
            return None
        rule = validity_rule(type_id, country)
        until = propose_valid_until(type_id, country, issued)
        return None if rule is None or until is None else ValidityProposal(until, rule)

    # -- files out -----------------------------------------------------------------------------------------------

    def verify(self, company_id: int | None = None) -> VerifyResult:
        """Re-hashes the stored copy of every version (history included) of one company or of all."""
        with self.database.session() as session:
            held = DocumentRepository(session).all_versions(company_id)
        report = self.vault.verify((h.document.sha256, h.document.title) for h in held)
        missing = {ref.sha256 for ref in report.missing}
        changed = {ref.sha256 for ref in report.changed}
        return VerifyResult(
            tuple(held),
            tuple(h for h in held if h.document.sha256 in missing),
            tuple(h for h in held if h.document.sha256 in changed),
        )

    def _items(self, document_ids: Iterable[int]) -> list[tuple[str, str]]:
        with self.database.session() as session:
            repo = DocumentRepository(session)
            documents = [repo.get(document_id) for document_id in document_ids]
        return [(doc.sha256, doc.original_name) for doc in documents]

    def export_folder(self, document_ids: Iterable[int], target_dir: Path) -> list[Path]:
        """Copies the documents, verified, into `target_dir` under their file names; all or nothing."""
        return self.vault.export(self._items(document_ids), Path(target_dir))

    def export_zip(self, document_ids: Iterable[int], zip_path: Path) -> Path:
        """Writes the documents, verified, into one zip file; a failed check leaves no zip behind."""
        return self.vault.export_zip(self._items(document_ids), Path(zip_path))

    def copy_out(self, document_id: int, target_dir: Path) -> Path:
        """A verified copy of one version in `target_dir`, e.g. for opening it in the system's viewer."""
        document = self.get(document_id)
        name = safe_file_name(document.original_name, document.sha256[:16])
        return self.vault.copy_to(document.sha256, Path(target_dir) / name, document.title)
