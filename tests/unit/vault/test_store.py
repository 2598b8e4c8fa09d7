"""Tests of the content-addressed document vault."""

from __future__ import annotations

import errno
import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from tender_helper.core.errors import DataIntegrityError, InvalidInput
from tender_helper.vault import store as store_module
from tender_helper.vault.errors import (
    VaultDiskFull,
    VaultFileTooLarge,
    VaultFileUnreadable,
    VaultIntegrityError,
)
from tender_helper.vault.store import Vault, safe_file_name


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "data" / "vault", max_bytes=1024)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "Verovelkatodistus.pdf"
    path.write_bytes(b"%PDF-1.4 certificate")
    return path


def leftovers(vault: Vault) -> list[Path]:
    tmp = vault.root / store_module.TMP_DIR_NAME
    return list(tmp.iterdir()) if tmp.exists() else []


def test_add_file_stores_under_sha256_with_fanout(vault: Vault, source: Path) -> None:
    stored = vault.add_file(source)
    digest = sha(source.read_bytes())
    assert stored.sha256 == digest
    assert stored.size == len(source.read_bytes())
    assert stored.added
    assert (vault.root / digest[:2] / digest).read_bytes() == source.read_bytes()
    assert leftovers(vault) == []


def test_identical_content_is_stored_once(vault: Vault, source: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(source.read_bytes())
    first = vault.add_file(source)
    second = vault.add_file(copy)
    assert first.sha256 == second.sha256
    assert not second.added
    assert list(vault.iter_hashes()) == [first.sha256]


def test_adding_again_repairs_a_damaged_copy(vault: Vault, source: Path) -> None:
    stored = vault.add_file(source)
    vault.blob_path(stored.sha256).write_bytes(b"tampered")
    again = vault.add_file(source)
    assert again.added
    assert vault.read_bytes(stored.sha256) == source.read_bytes()


def test_read_bytes_verifies_content(vault: Vault, source: Path) -> None:
    stored = vault.add_file(source)
    assert vault.read_bytes(stored.sha256, "Verovelkatodistus.pdf") == source.read_bytes()
    vault.blob_path(stored.sha256).write_bytes(b"changed on disk")
    with pytest.raises(VaultIntegrityError) as caught:
        vault.read_bytes(stored.sha256, "Verovelkatodistus.pdf")
    assert "Verovelkatodistus.pdf" in str(caught.value)
    assert "changed" in str(caught.value)
    assert isinstance(caught.value, DataIntegrityError)


def test_missing_blob_is_named(vault: Vault) -> None:
    with pytest.raises(VaultIntegrityError, match=r"Skatteattest.pdf.*missing"):
        vault.read_bytes("a" * 64, "Skatteattest.pdf")


def test_malformed_hash_is_rejected(vault: Vault) -> None:
    with pytest.raises(VaultIntegrityError):
        vault.blob_path("../../etc/passwd")
    with pytest.raises(VaultIntegrityError):
        vault.read_bytes("zz" * 32, "x")
    assert not vault.contains("../secret")


def test_file_too_large_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(VaultFileTooLarge, match=r"big.pdf") as caught:
        vault.add_file(big)
    assert isinstance(caught.value, InvalidInput)
    assert list(vault.iter_hashes()) == []
    assert leftovers(vault) == []


def test_add_bytes_respects_size_limit(vault: Vault) -> None:
    with pytest.raises(VaultFileTooLarge):
        vault.add_bytes(b"y" * 1025, "generated.pdf")
    assert vault.add_bytes(b"small", "generated.pdf").sha256 == sha(b"small")


def test_vanished_file_is_named(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(VaultFileUnreadable, match=r"gone.pdf"):
        vault.add_file(tmp_path / "gone.pdf")


def test_directory_is_not_a_file(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(VaultFileUnreadable, match=r"folder"):
        vault.add_file(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user")
def test_unreadable_file(vault: Vault, source: Path) -> None:
    source.chmod(0)
    try:
        with pytest.raises(VaultFileUnreadable, match=r"Verovelkatodistus.pdf"):
            vault.add_file(source)
    finally:
        source.chmod(0o644)


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX")
def test_symlinked_source_is_refused(vault: Vault, source: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to(source)
    with pytest.raises(VaultFileUnreadable, match=r"symbolic link"):
        vault.add_file(link)


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX")
def test_symlinked_blob_is_not_followed(vault: Vault, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"secret")
    digest = sha(b"secret")
    (vault.root / digest[:2]).mkdir(parents=True)
    (vault.root / digest[:2] / digest).symlink_to(outside)
    with pytest.raises(VaultIntegrityError):
        vault.read_bytes(digest, "secret")
    report = vault.verify([(digest, "secret")])
    assert [ref.name for ref in report.changed] == ["secret"]


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX")
def test_symlinked_fanout_dir_leading_outside_is_refused(vault: Vault, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    digest = sha(b"content")
    vault.root.mkdir(parents=True)
    (vault.root / digest[:2]).symlink_to(outside, target_is_directory=True)
    with pytest.raises(VaultIntegrityError, match=r"outside"):
        vault.add_bytes(b"content", "doc.pdf")
    assert list(outside.iterdir()) == []


def test_verify_reports_missing_and_changed_by_name(vault: Vault, tmp_path: Path) -> None:
    good = vault.add_bytes(b"good", "good.pdf").sha256
    bad = vault.add_bytes(b"bad", "bad.pdf").sha256
    vault.blob_path(bad).write_bytes(b"evil")
    gone = sha(b"never stored")
    report = vault.verify([(good, "Kaupparekisteriote.pdf"), (bad, "ISO 9001.pdf"), (gone, "Eläkevakuutus.pdf")])
    assert [r.name for r in report.ok] == ["Kaupparekisteriote.pdf"]
    assert [r.name for r in report.changed] == ["ISO 9001.pdf"]
    assert [r.name for r in report.missing] == ["Eläkevakuutus.pdf"]
    assert not report.all_ok
    assert vault.verify([good]).all_ok


def test_streaming_hash_of_multi_chunk_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "CHUNK_SIZE", 7)
    vault = Vault(tmp_path / "vault")
    data = bytes(range(256)) * 3
    path = tmp_path / "multi.bin"
    path.write_bytes(data)
    stored = vault.add_file(path)
    assert stored.sha256 == sha(data)
    assert vault.read_bytes(stored.sha256) == data


def test_disk_full_leaves_no_partial_file(vault: Vault, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module.os, "fsync", no_space)
    with pytest.raises(VaultDiskFull, match=r"Verovelkatodistus.pdf"):
        vault.add_file(source)
    monkeypatch.undo()
    assert list(vault.iter_hashes()) == []
    assert leftovers(vault) == []


def test_export_copies_verified_files_with_safe_unique_names(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_bytes(b"a", "a").sha256
    b = vault.add_bytes(b"b", "b").sha256
    target = tmp_path / "export"
    paths = vault.export([(a, "Todistus.pdf"), (b, "Todistus.pdf"), (a, "../../evil/CON.txt")], target)
    assert [p.name for p in paths] == ["Todistus.pdf", "Todistus (2).pdf", "_CON.txt"]
    assert all(p.parent == target for p in paths)
    assert (target / "Todistus (2).pdf").read_bytes() == b"b"


def test_export_is_all_or_nothing(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_bytes(b"a", "a").sha256
    b = vault.add_bytes(b"b", "b").sha256
    vault.blob_path(b).write_bytes(b"x")
    target = tmp_path / "export"
    with pytest.raises(VaultIntegrityError, match=r"second.pdf"):
        vault.export([(a, "first.pdf"), (b, "second.pdf")], target)
    assert list(target.iterdir()) == []


def test_export_zip(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_bytes(b"alpha", "a").sha256
    zip_path = vault.export_zip([(a, "Skatteattest.pdf"), (a, "Skatteattest.pdf")], tmp_path / "docs.zip")
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.namelist() == ["Skatteattest.pdf", "Skatteattest (2).pdf"]
        assert archive.read("Skatteattest.pdf") == b"alpha"


def test_export_zip_with_changed_blob_leaves_no_zip(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_bytes(b"alpha", "a").sha256
    vault.blob_path(a).write_bytes(b"beta")
    with pytest.raises(VaultIntegrityError):
        vault.export_zip([(a, "a.pdf")], tmp_path / "docs.zip")
    assert list(tmp_path.glob("*.zip")) == []
    assert list(tmp_path.glob(".export-*")) == []


def test_copy_to_and_remove(vault: Vault, tmp_path: Path) -> None:
    a = vault.add_bytes(b"alpha", "a").sha256
    out = vault.copy_to(a, tmp_path / "out.pdf", "a.pdf")
    assert out.read_bytes() == b"alpha"
    assert vault.remove(a)
    assert not vault.remove(a)
    assert not vault.contains(a)


def test_safe_file_name() -> None:
    assert safe_file_name('a<b>:"c".pdf', "fallback") == "a_b___c_.pdf"
    assert safe_file_name("..", "fallback") == "fallback"
    assert safe_file_name("C:\\Users\\x\\todistus.pdf", "f") == "todistus.pdf"
    long_name = "x" * 300 + ".pdf"
    assert len(safe_file_name(long_name, "f")) == 150
    assert safe_file_name(long_name, "f").endswith(".pdf")
