"""Hand-off packages: export one company's data encrypted with a passphrase; preview and merge an import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.handoff.crypto import DEFAULT_KDF, KdfParams
from tender_helper.handoff.errors import PackageDamaged
from tender_helper.handoff.merge import Choose, MergeReport, keep_local
from tender_helper.handoff.package import Manifest, OpenedPackage, open_package, write_package
from tender_helper.handoff.sections import ExportContext, ExportOptions, ImportContext, all_sections, supported_versions
from tender_helper.services.matching import MatchingService
from tender_helper.storage.companies_repo import CompanyRepository
from tender_helper.storage.database import Database
from tender_helper.vault.store import Vault

MIN_PASSPHRASE = 8
HANDOFF_SUFFIX = ".thpkg"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    manifest: Manifest
    records: dict[str, int]  # section -> how many records it holds


def check_new_passphrase(passphrase: str) -> str:
    """Refuses passphrases too short to protect a company's data; returns it unchanged."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The passphrase needs at least {value} characters."),
            field="passphrase",
            value=MIN_PASSPHRASE,
        )
    return passphrase


def read_passphrase_file(path: Path) -> str:
    """The first line of a passphrase file, without its line break."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The passphrase file {path} cannot be read: {reason}"),
            field="passphrase",
            path=str(path),
            reason=getattr(error, "strerror", None) or str(error),
        ) from error
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The passphrase file {path} is empty."), field="passphrase", path=str(path)
        )
    return passphrase


def _count(data: Any) -> int:
    if isinstance(data, list):
        return len(data)
    if isinstance(data, dict):
        return sum(_count(value) if isinstance(value, list) else 1 for value in data.values() if value is not None)
    return 1


class HandoffService:
    """Writes and reads hand-off packages for the installation's database and document vault."""

    def __init__(self, database: Database, vault_dir: Path, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.database = database
        self.vault = Vault(vault_dir)
        self.kdf = kdf

    def export(
        self, company_id: int, path: Path, passphrase: str, options: ExportOptions | None = None
    ) -> ExportSummary:
        """Writes the company's package to `path`; nothing is left behind on failure."""
        check_new_passphrase(passphrase)
        chosen = options or ExportOptions()
        with self.database.session() as session:
            company = CompanyRepository(session).get(company_id)
            ctx = ExportContext(session=session, company_id=company_id, options=chosen, vault=self.vault)
            sections = {section.name: (section.version, section.export(ctx)) for section in all_sections()}
        manifest = write_package(
            Path(path), (company.country, company.business_id, company.name), sections, ctx.blobs, passphrase, self.kdf
        )
        records = {name: _count(data) for name, (_version, data) in sections.items()}
        return ExportSummary(Path(path), manifest, records)

    def open(self, path: Path, passphrase: str) -> OpenedPackage:
        """Decrypts and checks a package (slow: the key derivation is meant to be); close it when done."""
        return open_package(Path(path), passphrase, supported_versions())

    def preview(self, package: OpenedPackage) -> MergeReport:
        """What importing would do, with every conflict listed; nothing is written."""
        return self._merge(package, keep_local, dry_run=True)

    def apply(self, package: OpenedPackage, choose: Choose = keep_local) -> MergeReport:
        """Merges the package in one transaction: all of it, or (on any error) nothing."""
        return self._merge(package, choose, dry_run=False)

    def import_file(self, path: Path, passphrase: str, choose: Choose = keep_local) -> MergeReport:
        with self.open(path, passphrase) as package:
            return self.apply(package, choose)

    def _merge(self, package: OpenedPackage, choose: Choose, dry_run: bool) -> MergeReport:
        known = {section.name: section for section in all_sections()}
        company = package.sections.get("company", {}).get("company", {})
        manifest = package.manifest
        if (company.get("country"), company.get("business_id")) != (manifest.country, manifest.business_id):
            raise PackageDamaged(
                QT_TRANSLATE_NOOP("Errors", "The package is not usable ({reason}). Nothing was imported."),
                reason="the company does not match the manifest",
            )
        with self.database.session() as session:
            ctx = ImportContext(session=session, package=package, vault=self.vault, choose=choose, dry_run=dry_run)
            try:
                for name, section in known.items():
                    if name in package.sections:
                        section.merge(ctx, package.sections[name])
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise PackageDamaged(
                    QT_TRANSLATE_NOOP("Errors", "The package is not usable ({reason}). Nothing was imported."),
                    reason=f"{type(error).__name__}: {error}",
                ) from error
            ctx.report.skipped_sections.extend(sorted(set(package.sections) - set(known)))
            if dry_run:
                session.rollback()  # the preview ran the real merge; the block's commit then commits nothing
        if ctx.notice_ids and not dry_run:  # as an import does: the notices the package brought are ranked
            MatchingService(self.database).index_notices(ctx.notice_ids)
        return ctx.report
