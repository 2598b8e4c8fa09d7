"""The package file: a zip of a versioned manifest, JSON sections and SHA-256-named blobs, encrypted as a whole.

Inside the zip: `manifest.json` (format, format_version, app_version, created, company key, each section's
version and SHA-256, each blob's size), `sections/<name>.json`, `blobs/<sha256>`. The zip is written to a temporary
file beside the target, encrypted into another, and renamed into place; opening decrypts into a temporary file
and checks every section and blob before anything reads them.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from tender_helper import __version__
from tender_helper.atomic_files import replacing
from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.handoff.crypto import DEFAULT_KDF, KdfParams, decrypt_stream, encrypt_stream
from tender_helper.handoff.errors import PackageDamaged, PackageTooNew

FORMAT = "tender-helper-handoff"
FORMAT_VERSION = 1
_BLOB_NAME = re.compile(r"blobs/([0-9a-f]{64})")
_SECTION_NAME = re.compile(r"sections/([a-z_]{1,40})\.json")

BlobOpener = Callable[[], IO[bytes]]  # opens one blob's content for reading


@dataclass(frozen=True)
class SectionEntry:
    version: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    created: str
    country: str
    business_id: str
    company_name: str
    sections: Mapping[str, SectionEntry]
    blobs: Mapping[str, int]  # sha256 -> size

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "created": self.created,
            "company": {"country": self.country, "business_id": self.business_id, "name": self.company_name},
            "sections": {name: {"version": e.version, "sha256": e.sha256} for name, e in self.sections.items()},
            "blobs": dict(self.blobs),
        }


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _damaged(detail: str) -> PackageDamaged:
    return PackageDamaged(
        QT_TRANSLATE_NOOP("Errors", "The package is not usable ({reason}). Nothing was imported."), reason=detail
    )


def write_package(
    path: Path,
    company: tuple[str, str, str],
    sections: Mapping[str, tuple[int, Any]],
    blobs: Mapping[str, tuple[int, BlobOpener]],
    passphrase: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> Manifest:
    """Writes the encrypted package for `company` (country, business id, name) atomically to `path`."""
    country, business_id, name = company
    encoded = {section: (version, _dumps(data)) for section, (version, data) in sections.items()}
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        country=country,
        business_id=business_id,
        company_name=name,
        sections={s: SectionEntry(v, hashlib.sha256(raw).hexdigest()) for s, (v, raw) in encoded.items()},
        blobs={sha: size for sha, (size, _) in blobs.items()},
    )
    path = Path(path)
    with tempfile.TemporaryFile() as plain:
        with zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", _dumps(manifest.to_json()))
            for section, (_version, raw) in encoded.items():
                archive.writestr(f"sections/{section}.json", raw)
            for sha, (_size, opener) in blobs.items():
                with opener() as source, archive.open(f"blobs/{sha}", "w", force_zip64=True) as target:
                    _copy_checked(source, target, sha)
        plain.seek(0)
        _write_atomically(path, lambda target: encrypt_stream(plain, target, passphrase, kdf))
    return manifest


def _copy_checked(source: IO[bytes], target: IO[bytes], sha: str) -> None:
    digest = hashlib.sha256()
    while chunk := source.read(1024 * 1024):
        digest.update(chunk)
        target.write(chunk)
    if digest.hexdigest() != sha:
        raise _damaged(f"blob {sha[:12]}… changed while it was packed")


def _write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    with replacing(path, prefix=".handoff-", suffix=".tmp") as tmp, tmp.open("wb") as target:
        write(target)


class OpenedPackage:
    """A decrypted, checked package; `close()` (or `with`) removes the decrypted copy."""

    def __init__(self, plain: IO[bytes], archive: zipfile.ZipFile, manifest: Manifest, sections: dict[str, Any]):
        self._plain = plain
        self._archive = archive
        self.manifest = manifest
        self.sections = sections

    def blob(self, sha256: str) -> bytes:
        if sha256 not in self.manifest.blobs:
            raise _damaged(f"blob {sha256[:12]}… is not in the package")
        return self._archive.read(f"blobs/{sha256}")

    def close(self) -> None:
        self._archive.close()
        self._plain.close()

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_package(path: Path, passphrase: str, supported_sections: Mapping[str, int]) -> OpenedPackage:
    """Decrypts and checks `path`; raises NotAPackage, WrongPassphrase, PackageTooNew or PackageDamaged."""
    plain = tempfile.TemporaryFile()  # noqa: SIM115 - handed to OpenedPackage, which closes it
    try:
        with Path(path).open("rb") as source:
            decrypt_stream(source, plain, passphrase)
        plain.seek(0)
        try:
            archive = zipfile.ZipFile(plain)
        except zipfile.BadZipFile as error:
            raise _damaged(str(error)) from None
        try:
            manifest = _read_manifest(archive, supported_sections)
            sections = _read_sections(archive, manifest)
            _check_blobs(archive, manifest)
        except BaseException:
            archive.close()
            raise
    except BaseException:
        plain.close()
        raise
    return OpenedPackage(plain, archive, manifest, sections)


def _read_manifest(archive: zipfile.ZipFile, supported_sections: Mapping[str, int]) -> Manifest:
    try:
        data = json.loads(archive.read("manifest.json"))
        if data.get("format") != FORMAT:
            raise _damaged("not a hand-off manifest")
        version = int(data["format_version"])
        _refuse_newer(version, FORMAT_VERSION, str(data.get("app_version", "?")))
        company = data["company"]
        sections = {name: SectionEntry(int(e["version"]), str(e["sha256"])) for name, e in data["sections"].items()}
        manifest = Manifest(
            format_version=version,
            app_version=str(data["app_version"]),
            created=str(data["created"]),
            country=str(company["country"]),
            business_id=str(company["business_id"]),
            company_name=str(company.get("name", "")),
            sections=sections,
            blobs={str(sha): int(size) for sha, size in data["blobs"].items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _damaged(f"manifest: {error}") from None
    for name, entry in manifest.sections.items():
        if name in supported_sections:
            _refuse_newer(entry.version, supported_sections[name], manifest.app_version)
    return manifest


def _refuse_newer(version: int, supported: int, app_version: str) -> None:
    if version > supported:
        raise PackageTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The package was made by a newer version of Tender Helper ({version}). "
                "Update the program to import it; nothing was imported.",
            ),
            version=app_version,
        )


def _read_sections(archive: zipfile.ZipFile, manifest: Manifest) -> dict[str, Any]:
    sections: dict[str, Any] = {}
    for name, entry in manifest.sections.items():
        try:
            raw = archive.read(f"sections/{name}.json")
        except KeyError:
            raise _damaged(f"section {name} is missing") from None
        if hashlib.sha256(raw).hexdigest() != entry.sha256:
            raise _damaged(f"section {name} does not match its checksum")
        sections[name] = json.loads(raw)
    return sections


def _check_blobs(archive: zipfile.ZipFile, manifest: Manifest) -> None:
    for info in archive.infolist():
        known = info.filename == "manifest.json" or _SECTION_NAME.fullmatch(info.filename)
        if not known and not _BLOB_NAME.fullmatch(info.filename):
            raise _damaged(f"unexpected entry {info.filename}")
    for sha, size in manifest.blobs.items():
        digest = hashlib.sha256()
        try:
            with archive.open(f"blobs/{sha}") as blob:
                for chunk in _chunks(blob):
                    digest.update(chunk)
        except KeyError:
            raise _damaged(f"blob {sha[:12]}… is missing") from None
        if digest.hexdigest() != sha or archive.getinfo(f"blobs/{sha}").file_size != size:
            raise _damaged(f"blob {sha[:12]}… does not match its checksum")


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(1024 * 1024):
        yield chunk
