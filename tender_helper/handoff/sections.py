"""The section registry: each kind of data in a package has an exporter and a merging importer.

A section is an object with `name`, `version`, `export(ctx) -> JSON data` and `merge(ctx, data)`. The company
section always runs first on import (it finds or creates the local company); the rest follow in registration
order (documents before bids, whose checklist links name documents; `register_section` adds more); a package
section this version does not know is reported as skipped, not guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any, Protocol

from sqlalchemy.orm import Session

from tender_helper.handoff.merge import Change, Choose, MergeReport
from tender_helper.handoff.package import BlobOpener, OpenedPackage
from tender_helper.vault.store import Vault


@dataclass(frozen=True)
class ExportOptions:
    """What the adviser chose to include; `documents` None means every current document of the company."""

    documents: frozenset[int] | None = None
    include_sessions: bool = True


@dataclass
class ExportContext:
    session: Session
    company_id: int
    options: ExportOptions
    vault: Vault
    blobs: dict[str, tuple[int, BlobOpener]] = field(default_factory=dict)

    def add_vault_blob(self, sha256: str, size: int, name: str) -> None:
        """Puts a vault file into the package (read and verified while the package is written)."""

        def opener() -> IO[bytes]:
            return self.vault.blob_path(sha256, name).open("rb")

        self.blobs[sha256] = (size, opener)


@dataclass
class ImportContext:
    session: Session
    package: OpenedPackage
    vault: Vault
    choose: Choose
    dry_run: bool
    report: MergeReport = field(default_factory=MergeReport)
    company_id: int | None = None  # set by the company section
    notice_ids: list[int] = field(default_factory=list)  # notices stored or changed: matching indexes them after

    def record(self, change: Change) -> Change:
        self.report.changes.append(change)
        return change

    def require_company(self) -> int:
        assert self.company_id is not None, "the company section runs first"
        return self.company_id

    def store_blob(self, sha256: str, name: str) -> None:
        """Writes a package blob into the vault (verified by the vault); a preview only counts it."""
        if self.vault.contains(sha256):
            return
        self.report.blobs_added += 1
        if not self.dry_run:
            self.vault.add_bytes(self.package.blob(sha256), name)


class Section(Protocol):
    name: str
    version: int

    def export(self, ctx: ExportContext) -> Any: ...

    def merge(self, ctx: ImportContext, data: Any) -> None: ...


_registered: list[Section] = []


def register_section(section: Section) -> None:
    """Adds (or replaces, by name) a section after the built-in ones."""
    _registered[:] = [s for s in _registered if s.name != section.name]
    _registered.append(section)


def unregister_section(name: str) -> None:
    _registered[:] = [s for s in _registered if s.name != name]


def all_sections() -> list[Section]:
    """The company section first, then sessions, documents, statements and bids, then whatever else registered."""
    from tender_helper.handoff.bids_section import BidsSection
    from tender_helper.handoff.company_section import CompanySection
    from tender_helper.handoff.documents_section import DocumentsSection
    from tender_helper.handoff.sessions_section import SessionsSection
    from tender_helper.handoff.sustainability_section import SustainabilitySection

    built_in: list[Section] = [CompanySection(), SessionsSection(), DocumentsSection(), SustainabilitySection()]
    return [*built_in, BidsSection(), *_registered]


def supported_versions() -> dict[str, int]:
    return {section.name: section.version for section in all_sections()}
