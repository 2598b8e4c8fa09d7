"""The document service: add, replace with history, status and missing documents, verify, export, bad input."""

from __future__ import annotations

import errno
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tender_helper.core.company import Company
from tender_helper.core.errors import InvalidInput
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.documents import DocumentFields, DocumentService, DocumentStatus
from tender_helper.storage.vault_repo import DocumentRepository
from tender_helper.vault import store as store_module
from tender_helper.vault.errors import VaultFileTooLarge, VaultFileUnreadable, VaultIntegrityError
from tender_helper.vault.store import Vault

TODAY = date(2025, 3, 1)


@pytest.fixture
def company(context: AppContext) -> Company:
    return CompanyService(context.database).create(Company(name="Siivous Oy", business_id="1234567-1", country="FI"))


@pytest.fixture
def service(context: AppContext) -> DocumentService:
    return DocumentService(context.database, Vault(context.paths.vault, max_bytes=1024), today=lambda: TODAY)


def make_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def blobs(service: DocumentService) -> list[str]:
    return list(service.vault.iter_hashes())


def fields(type_id: str = "tax_debt_certificate", **kwargs: object) -> DocumentFields:
    return DocumentFields(type_id=type_id, title=str(kwargs.pop("title", "")), **kwargs)  # type: ignore[arg-type]


def assert_nothing_stored(service: DocumentService, company: Company) -> None:
    assert company.id is not None
    assert service.overview(company.id).entries == ()
    assert blobs(service) == []


def test_add_stores_file_and_metadata_and_reports_status(
    service: DocumentService, company: Company, tmp_path: Path
) -> None:
    assert company.id is not None
    source = make_file(tmp_path, "Verovelkatodistus.pdf", b"%PDF certificate")
    document = service.add_file(
        company.id, source, fields(issued=date(2024, 12, 15), valid_until=date(2025, 3, 15), notes=" from Vero ")
    )
    assert document.title == "Verovelkatodistus"  # the file name, when no title is given
    assert document.original_name == "Verovelkatodistus.pdf"
    assert document.notes == "from Vero"
    assert document.size == len(b"%PDF certificate")
    assert service.vault.read_bytes(document.sha256) == b"%PDF certificate"
    (entry,) = service.overview(company.id).entries
    assert entry.status is DocumentStatus.EXPIRING and entry.days_left == 14


@pytest.mark.parametrize(
    ("valid_until", "status", "days_left"),
    [
        (date(2025, 6, 1), DocumentStatus.VALID, 92),
        (date(2025, 3, 31), DocumentStatus.EXPIRING, 30),
        (date(2025, 2, 28), DocumentStatus.EXPIRED, -1),
        (None, DocumentStatus.NO_DATE, None),
    ],
)
def test_status(
    service: DocumentService,
    company: Company,
    tmp_path: Path,
    valid_until: date | None,
    status: DocumentStatus,
    days_left: int | None,
) -> None:
    assert company.id is not None
    service.add_file(company.id, make_file(tmp_path, "a.pdf", b"a"), fields(valid_until=valid_until))
    (entry,) = service.overview(company.id).entries
    assert (entry.status, entry.days_left) == (status, days_left)


def test_missing_documents_follow_the_country(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    before = [doc.type_id for doc in service.overview(company.id).missing]
    assert "tax_debt_certificate" in before and "pension_insurance_certificate" in before
    service.add_file(company.id, make_file(tmp_path, "a.pdf", b"a"), fields(valid_until=date(2025, 5, 1)))
    service.add_file(
        company.id, make_file(tmp_path, "b.pdf", b"b"), fields("pension_insurance_certificate", valid_until=TODAY)
    )
    after = [doc.type_id for doc in service.overview(company.id).missing]
    assert "tax_debt_certificate" not in after and "pension_insurance_certificate" not in after
    assert len(after) == len(before) - 2
    service.add_file(
        company.id, make_file(tmp_path, "c.pdf", b"c"), fields("trade_register_extract", valid_until=date(2025, 1, 1))
    )
    assert "trade_register_extract" in [doc.type_id for doc in service.overview(company.id).missing]  # expired


def test_proposal_uses_the_country_rule() -> None:
    proposal = DocumentService.proposal("tax_debt_certificate", "FI", date(2024, 11, 30))
    assert proposal is not None and proposal.valid_until == date(2025, 2, 28)
    assert "1233/2006" in proposal.rule.note
    assert DocumentService.proposal("tax_debt_certificate", "SE", date(2024, 11, 30)) is None
    assert DocumentService.proposal("tax_certificate", "NO", None) is None


def test_vanished_file_is_refused_and_nothing_stored(
    service: DocumentService, company: Company, tmp_path: Path
) -> None:
    assert company.id is not None
    with pytest.raises(VaultFileUnreadable, match=r"gone\.pdf was not found"):
        service.add_file(company.id, tmp_path / "gone.pdf", fields())
    assert_nothing_stored(service, company)


def test_unreadable_file_is_refused_and_nothing_stored(
    service: DocumentService, company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert company.id is not None
    source = make_file(tmp_path, "secret.pdf", b"x")
    real_open = os.open

    def no_permission(path: object, *args: int) -> int:  # chmod 0 would not stop root, who runs CI here
        if Path(str(path)) == source:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module.os, "open", no_permission)
    with pytest.raises(VaultFileUnreadable, match=r"secret\.pdf cannot be read: Permission denied"):
        service.add_file(company.id, source, fields())
    assert_nothing_stored(service, company)


def test_folder_is_refused(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    with pytest.raises(VaultFileUnreadable, match="not a regular file"):
        service.add_file(company.id, tmp_path, fields())
    assert_nothing_stored(service, company)


def test_file_over_the_size_limit_is_refused(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    with pytest.raises(VaultFileTooLarge, match=r"big\.pdf is 0\.0 MB; the document vault accepts files up to 0 MB"):
        service.add_file(company.id, make_file(tmp_path, "big.pdf", b"x" * 1025), fields())
    assert_nothing_stored(service, company)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (fields("passport"), "Unknown document type passport"),
        (
            fields(issued=date(2025, 2, 1), valid_until=date(2025, 1, 31)),
            "valid until 2025-01-31, before it was issued",
        ),
        (fields(title="x" * 301), "title is too long"),
    ],
)
def test_bad_fields_store_nothing(
    service: DocumentService, company: Company, tmp_path: Path, bad: DocumentFields, message: str
) -> None:
    assert company.id is not None
    with pytest.raises(InvalidInput, match=message):
        service.add_file(company.id, make_file(tmp_path, "a.pdf", b"a"), bad)
    assert_nothing_stored(service, company)


def test_unknown_company_stores_nothing(service: DocumentService, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="There is no company 99"):
        service.add_file(99, make_file(tmp_path, "a.pdf", b"a"), fields())
    assert blobs(service) == []


def test_failed_database_write_removes_the_new_blob(
    service: DocumentService, company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert company.id is not None

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(DocumentRepository, "add", broken)
    with pytest.raises(OSError, match="disk I/O error"):
        service.add_file(company.id, make_file(tmp_path, "a.pdf", b"a"), fields())
    assert_nothing_stored(service, company)


def test_failed_database_write_keeps_a_blob_another_document_uses(
    service: DocumentService, company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert company.id is not None
    first = service.add_file(company.id, make_file(tmp_path, "a.pdf", b"same"), fields())
    service.vault.blob_path(first.sha256).write_bytes(b"damaged")  # the next add repairs it (added=True)
    monkeypatch.setattr(DocumentRepository, "add", lambda *_a, **_k: (_ for _ in ()).throw(OSError("locked")))
    with pytest.raises(OSError, match="locked"):
        service.add_file(company.id, make_file(tmp_path, "b.pdf", b"same"), fields())
    assert service.vault.read_bytes(first.sha256) == b"same"
    assert len(service.overview(company.id).entries) == 1


def test_replace_keeps_history(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    old = service.add_file(company.id, make_file(tmp_path, "v1.pdf", b"one"), fields(valid_until=date(2025, 2, 1)))
    new = service.replace_file(
        old.id, make_file(tmp_path, "v2.pdf", b"two"), fields(title=old.title, valid_until=date(2025, 6, 1))
    )
    assert new.version == 2 and new.title == "v1"
    (entry,) = service.overview(company.id).entries
    assert entry.document.id == new.id and entry.status is DocumentStatus.VALID
    history = service.history(old.id)
    assert [(e.document.version, e.document.original_name) for e in history] == [(2, "v2.pdf"), (1, "v1.pdf")]
    assert history[1].document.replaced_by_id == new.id
    assert service.vault.read_bytes(old.sha256) == b"one"  # the old file stays
    with pytest.raises(InvalidInput, match="Only the newest version"):
        service.replace_file(old.id, make_file(tmp_path, "v3.pdf", b"three"), fields())


def test_failed_replace_changes_nothing(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    old = service.add_file(company.id, make_file(tmp_path, "v1.pdf", b"one"), fields())
    with pytest.raises(VaultFileUnreadable):
        service.replace_file(old.id, tmp_path / "missing.pdf", fields())
    assert [e.document.id for e in service.history(old.id)] == [old.id]
    assert len(blobs(service)) == 1


def test_verify_names_vanished_and_changed_blobs(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    ok = service.add_file(company.id, make_file(tmp_path, "ok.pdf", b"ok"), fields(title="Fine"))
    gone = service.add_file(company.id, make_file(tmp_path, "gone.pdf", b"gone"), fields(title="Vanished"))
    bent = service.add_file(company.id, make_file(tmp_path, "bent.pdf", b"bent"), fields(title="Tampered"))
    service.vault.blob_path(gone.sha256).unlink()
    service.vault.blob_path(bent.sha256).write_bytes(b"tampered")
    result = service.verify()
    assert not result.all_ok
    assert [h.document.title for h in result.missing] == ["Vanished"]
    assert [h.document.title for h in result.changed] == ["Tampered"]
    assert {h.document.id for h in result.checked} == {ok.id, gone.id, bent.id}


def test_export_folder_and_zip(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    a = service.add_file(company.id, make_file(tmp_path, "a.pdf", b"A"), fields())
    b = service.add_file(company.id, make_file(tmp_path, "b.pdf", b"B"), fields("cv"))
    written = service.export_folder([a.id, b.id], tmp_path / "out")
    assert sorted(p.name for p in written) == ["a.pdf", "b.pdf"]
    assert (tmp_path / "out" / "b.pdf").read_bytes() == b"B"
    zip_path = service.export_zip([a.id, b.id], tmp_path / "set.zip")
    with zipfile.ZipFile(zip_path) as archive:
        assert sorted(archive.namelist()) == ["a.pdf", "b.pdf"]
        assert archive.read("a.pdf") == b"A"


def test_export_with_a_changed_blob_writes_nothing(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    a = service.add_file(company.id, make_file(tmp_path, "a.pdf", b"A"), fields())
    b = service.add_file(company.id, make_file(tmp_path, "b.pdf", b"B"), fields())
    service.vault.blob_path(b.sha256).write_bytes(b"X")
    with pytest.raises(VaultIntegrityError, match="has changed on disk"):
        service.export_folder([a.id, b.id], tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []
    with pytest.raises(VaultIntegrityError):
        service.export_zip([a.id, b.id], tmp_path / "set.zip")
    assert not (tmp_path / "set.zip").exists()


def test_copy_out_for_opening(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    doc = service.add_file(company.id, make_file(tmp_path, "Todistus.pdf", b"T"), fields())
    target = tmp_path / "open"
    target.mkdir()
    assert service.copy_out(doc.id, target).read_bytes() == b"T"


def test_expiring_across_companies(
    service: DocumentService, context: AppContext, company: Company, tmp_path: Path
) -> None:
    assert company.id is not None
    other = CompanyService(context.database).create(Company(name="Bygg AB", business_id="5560360793", country="SE"))
    assert other.id is not None
    service.add_file(
        company.id, make_file(tmp_path, "a.pdf", b"a"), fields(title="Soon", valid_until=date(2025, 3, 20))
    )
    service.add_file(
        company.id, make_file(tmp_path, "b.pdf", b"b"), fields(title="Later", valid_until=date(2025, 9, 1))
    )
    service.add_file(other.id, make_file(tmp_path, "c.pdf", b"c"), fields(title="Past", valid_until=date(2025, 2, 1)))
    service.add_file(other.id, make_file(tmp_path, "d.pdf", b"d"), fields(title="Undated"))
    items = service.expiring()
    assert [(i.company_name, i.document.title, i.status, i.days_left) for i in items] == [
        ("Bygg AB", "Past", DocumentStatus.EXPIRED, -28),
        ("Siivous Oy", "Soon", DocumentStatus.EXPIRING, 19),
    ]
    assert [i.document.title for i in service.expiring(200)] == ["Past", "Soon", "Later"]


def test_delete_removes_history_and_unshared_blobs(service: DocumentService, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    old = service.add_file(company.id, make_file(tmp_path, "v1.pdf", b"one"), fields())
    service.replace_file(old.id, make_file(tmp_path, "v2.pdf", b"shared"), fields())
    keep = service.add_file(company.id, make_file(tmp_path, "k.pdf", b"shared"), fields("cv"))
    service.delete(old.id)
    assert [e.document.id for e in service.overview(company.id).entries] == [keep.id]
    assert blobs(service) == [keep.sha256]


def test_deleting_the_company_deletes_its_documents(
    service: DocumentService, context: AppContext, company: Company, tmp_path: Path
) -> None:
    assert company.id is not None
    service.add_file(company.id, make_file(tmp_path, "a.pdf", b"a"), fields())
    CompanyService(context.database).delete(company.id)
    assert service.verify().checked == ()
