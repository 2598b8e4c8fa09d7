"""Bad packages fail cleanly and import nothing: tampered, truncated, wrong passphrase, newer, not a package."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tender_helper.core.company import Company
from tender_helper.core.errors import TenderHelperError
from tender_helper.handoff import crypto, package
from tender_helper.handoff.errors import NotAPackage, PackageDamaged, PackageTooNew, WrongPassphrase
from tests.unit.handoff.conftest import PASSPHRASE, AttachmentsSection, Installation


@pytest.fixture
def exported(adviser: Installation, client: Company, attachments: AttachmentsSection, tmp_path: Path) -> Path:
    assert client.id is not None
    content = random.Random(1).randbytes(2_400_000)  # incompressible, so the package spans three chunks
    stored = adviser.vault.add_bytes(content, "cert.pdf")
    attachments.exported[client.id] = (stored.sha256, stored.size)
    path = tmp_path / "p.thpkg"
    adviser.handoff.export(client.id, path, PASSPHRASE)
    return path


def assert_nothing_imported(side: Installation) -> None:
    assert side.companies.list_companies() == []
    assert list(side.vault.iter_hashes()) == []


@pytest.mark.parametrize("where", ["header", "check", "first_chunk", "middle", "last_byte"])
def test_one_changed_byte_fails_and_imports_nothing(exported: Path, entrepreneur: Installation, where: str) -> None:
    data = bytearray(exported.read_bytes())
    header_size = crypto._HEADER.size
    offset = {
        "header": 20,  # inside the salt
        "check": header_size + 5,
        "first_chunk": header_size + crypto.CHECK_SIZE + 3,
        "middle": len(data) // 2,
        "last_byte": len(data) - 1,
    }[where]
    data[offset] ^= 0x01
    exported.write_bytes(bytes(data))
    expected = WrongPassphrase if where in ("header", "check") else PackageDamaged
    with pytest.raises(expected):
        entrepreneur.handoff.import_file(exported, PASSPHRASE)
    assert_nothing_imported(entrepreneur)


def test_damage_message_says_authentication_failed_and_nothing_was_imported(
    exported: Path, entrepreneur: Installation
) -> None:
    data = bytearray(exported.read_bytes())
    data[-100] ^= 0x80
    exported.write_bytes(bytes(data))
    with pytest.raises(PackageDamaged) as caught:
        entrepreneur.handoff.import_file(exported, PASSPHRASE)
    assert "authenticity check" in str(caught.value) and "Nothing was imported" in str(caught.value)
    assert caught.value.exit_code == 5


@pytest.mark.parametrize("cut", [1, 16, crypto.DEFAULT_CHUNK + crypto.TAG_SIZE])
def test_truncated_package_fails(exported: Path, entrepreneur: Installation, cut: int) -> None:
    data = exported.read_bytes()
    exported.write_bytes(data[:-cut])
    with pytest.raises(PackageDamaged):
        entrepreneur.handoff.import_file(exported, PASSPHRASE)
    assert_nothing_imported(entrepreneur)


def test_cut_inside_the_header_fails(exported: Path, entrepreneur: Installation) -> None:
    exported.write_bytes(exported.read_bytes()[:30])
    with pytest.raises(PackageDamaged):
        entrepreneur.handoff.import_file(exported, PASSPHRASE)


def test_wrong_passphrase_is_named(exported: Path, entrepreneur: Installation) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        entrepreneur.handoff.import_file(exported, "correct horse battery stapler")
    assert "passphrase does not open" in str(caught.value)
    assert caught.value.exit_code == 3
    assert_nothing_imported(entrepreneur)


def test_a_file_that_is_no_package(tmp_path: Path, entrepreneur: Installation) -> None:
    other = tmp_path / "notes.zip"
    other.write_bytes(b"PK\x03\x04 just a zip")
    with pytest.raises(NotAPackage):
        entrepreneur.handoff.import_file(other, PASSPHRASE)


def test_newer_format_version_is_refused(
    adviser: Installation, entrepreneur: Installation, client: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.id is not None
    path = tmp_path / "future.thpkg"
    monkeypatch.setattr(package, "FORMAT_VERSION", package.FORMAT_VERSION + 1)
    monkeypatch.setattr(package, "__version__", "9.0.0")
    adviser.handoff.export(client.id, path, PASSPHRASE)
    monkeypatch.undo()
    with pytest.raises(PackageTooNew, match=r"newer version of Tender Helper \(9\.0\.0\)"):
        entrepreneur.handoff.import_file(path, PASSPHRASE)
    assert_nothing_imported(entrepreneur)


def test_newer_section_version_is_refused(
    adviser: Installation, entrepreneur: Installation, client: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.id is not None
    from tender_helper.handoff.sessions_section import SessionsSection

    path = tmp_path / "future.thpkg"
    monkeypatch.setattr(SessionsSection, "version", 2)
    adviser.handoff.export(client.id, path, PASSPHRASE)
    monkeypatch.undo()
    with pytest.raises(PackageTooNew):
        entrepreneur.handoff.import_file(path, PASSPHRASE)


def test_newer_container_version_is_refused(exported: Path, entrepreneur: Installation) -> None:
    data = bytearray(exported.read_bytes())
    data[len(crypto.MAGIC)] = crypto.CONTAINER_VERSION + 1
    exported.write_bytes(bytes(data))
    with pytest.raises(PackageTooNew):
        entrepreneur.handoff.import_file(exported, PASSPHRASE)


def test_short_passphrase_is_refused_on_export(adviser: Installation, client: Company, tmp_path: Path) -> None:
    assert client.id is not None
    with pytest.raises(TenderHelperError, match="at least 8"):
        adviser.handoff.export(client.id, tmp_path / "p.thpkg", "short")
    assert not (tmp_path / "p.thpkg").exists()
