"""Content-addressed store of company documents: files named by SHA-256, written atomically, verified on read."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from tender_helper.atomic_files import fsync_dir, remove_quietly, replacing
from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.vault.errors import VaultFileTooLarge, VaultFileUnreadable, VaultIntegrityError
from tender_helper.vault.export import export_to_folder, export_to_zip
from tender_helper.vault.files import safe_file_name as safe_file_name  # re-exported: callers import it from here
from tender_helper.vault.files import store_error

CHUNK_SIZE = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # e-tendering systems commonly cap attachments well below this
TMP_DIR_NAME = ".tmp"
_HASH_RE = re.compile(r"[0-9a-f]{64}")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # absent on Windows, where we fall back to lstat checks
_BINARY = getattr(os, "O_BINARY", 0)

ItemRef = str | tuple[str, str]  # a hash, or (hash, the name the user knows the document by)


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    added: bool  # False when identical content was already in the vault


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    name: str


@dataclass(frozen=True)
class VerifyReport:
    ok: tuple[BlobRef, ...]
    missing: tuple[BlobRef, ...]
    changed: tuple[BlobRef, ...]

    @property
    def all_ok(self) -> bool:
        return not self.missing and not self.changed


def _normalise_hash(sha256: str, name: str) -> str:
    value = sha256.strip().lower()
    if not _HASH_RE.fullmatch(value):
        raise VaultIntegrityError(
            QT_TRANSLATE_NOOP("Errors", "The stored reference of {name} is not a valid SHA-256 checksum."), name=name
        )
    return value


class Vault:
    """The document store under `<data-dir>/vault/`; the database keeps which hash is which document."""

    def __init__(self, root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root).resolve()
        self.max_bytes = max_bytes

    # -- paths ---------------------------------------------------------------------------------------------------

    def _inside_root(self, path: Path) -> bool:
        return Path(os.path.realpath(path)).is_relative_to(self.root)

    def blob_path(self, sha256: str, name: str = "") -> Path:
        """Where the blob lives; refuses a checksum that is malformed or a path that leads outside the vault."""
        value = _normalise_hash(sha256, name or sha256)
        path = self.root / value[:2] / value
        if not self._inside_root(path):
            raise VaultIntegrityError(
                QT_TRANSLATE_NOOP("Errors", "The stored copy of {name} points outside the document vault."),
                name=name or value,
            )
        return path

    def _ensure_dir(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or not self._inside_root(path):
            raise VaultIntegrityError(
                QT_TRANSLATE_NOOP("Errors", "The vault folder {name} is a link to elsewhere; it will not be used."),
                name=str(path),
            )

    # -- adding --------------------------------------------------------------------------------------------------

    def add_file(self, source: Path, *, name: str | None = None) -> StoredFile:
        """Copies `source` into the vault; identical content is stored once."""
        display = name or Path(source).name
        try:
            fd = os.open(source, os.O_RDONLY | _NOFOLLOW | _BINARY)
        except FileNotFoundError:
            raise VaultFileUnreadable(
                QT_TRANSLATE_NOOP("Errors", "{name} was not found; it may have been moved or deleted."),
                field="file",
                name=display,
            ) from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise VaultFileUnreadable(
                    QT_TRANSLATE_NOOP("Errors", "{name} is a shortcut (symbolic link); choose the file it points to."),
                    field="file",
                    name=display,
                ) from None
            raise VaultFileUnreadable(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"),
                field="file",
                name=display,
                reason=exc.strerror or str(exc),
            ) from None
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            raise VaultFileUnreadable(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a regular file."), field="file", name=display
            )
        with os.fdopen(fd, "rb") as stream:
            self._check_size(info.st_size, display)
            return self._ingest(stream, display)

    def add_bytes(self, data: bytes, name: str) -> StoredFile:
        """Stores `data` (e.g. a generated PDF) under its checksum."""
        self._check_size(len(data), name)
        return self._ingest(io.BytesIO(data), name)

    def _check_size(self, size: int, name: str) -> None:
        if size > self.max_bytes:
            raise VaultFileTooLarge(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is {size_mb} MB; the document vault accepts files up to {limit_mb} MB."
                ),
                field="file",
                name=name,
                size_mb=f"{size / 1048576:.1f}",
                limit_mb=f"{self.max_bytes / 1048576:.0f}",
            )

    def _copy_hashing(self, source: IO[bytes], target: IO[bytes], name: str) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        while True:
            try:
                chunk = source.read(CHUNK_SIZE)
            except OSError as exc:
                raise VaultFileUnreadable(
                    QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"),
                    field="file",
                    name=name,
                    reason=exc.strerror or str(exc),
                ) from None
            if not chunk:
                return digest.hexdigest(), size
            size += len(chunk)
            self._check_size(size, name)  # the file may grow while we read it
            digest.update(chunk)
            target.write(chunk)

    def _ingest(self, stream: IO[bytes], name: str) -> StoredFile:
        tmp_name = ""
        try:
            tmp_dir = self.root / TMP_DIR_NAME
            self._ensure_dir(tmp_dir)
            fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="in-")
            with os.fdopen(fd, "wb") as out:
                sha256, size = self._copy_hashing(stream, out, name)
                out.flush()
                os.fsync(out.fileno())
            final = self.blob_path(sha256, name)
            if self._intact(sha256):
                remove_quietly(tmp_name)
                return StoredFile(sha256, size, added=False)
            self._ensure_dir(final.parent)
            os.replace(tmp_name, final)  # also replaces a damaged copy of the same content
            tmp_name = ""
            fsync_dir(final.parent)
            return StoredFile(sha256, size, added=True)
        except OSError as exc:
            raise store_error(exc, name) from exc
        finally:
            if tmp_name:
                remove_quietly(tmp_name)

    # -- reading -------------------------------------------------------------------------------------------------

    def _open_blob(self, sha256: str, name: str) -> BinaryIO:
        path = self.blob_path(sha256, name)
        try:
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
        except FileNotFoundError:
            raise VaultIntegrityError(
                QT_TRANSLATE_NOOP("Errors", "The stored copy of {name} is missing from the document vault."),
                name=name or sha256,
            ) from None
        except OSError as exc:
            raise VaultIntegrityError(
                QT_TRANSLATE_NOOP("Errors", "The stored copy of {name} cannot be opened: {reason}"),
                name=name or sha256,
                reason=exc.strerror or str(exc),
            ) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode) or path.is_symlink():
            os.close(fd)
            raise VaultIntegrityError(
                QT_TRANSLATE_NOOP("Errors", "The stored copy of {name} is not a regular file."), name=name or sha256
            )
        stream = os.fdopen(fd, "rb")
        return stream

    def _changed_error(self, name: str) -> VaultIntegrityError:
        return VaultIntegrityError(
            QT_TRANSLATE_NOOP(
                "Errors", "The stored copy of {name} has changed on disk; its checksum no longer matches."
            ),
            name=name,
        )

    def _intact(self, sha256: str) -> bool:
        try:
            with self._open_blob(sha256, sha256) as stream:
                return self._hash_stream(stream) == sha256
        except VaultIntegrityError:
            return False

    @staticmethod
    def _hash_stream(stream: IO[bytes]) -> str:
        digest = hashlib.sha256()
        for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
            digest.update(chunk)
        return digest.hexdigest()

    @staticmethod
    def _copy_chunks(stream: IO[bytes], out: IO[bytes]) -> str:
        """Copies `stream` to `out` and returns the SHA-256 of what was copied."""
        digest = hashlib.sha256()
        for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
            digest.update(chunk)
            out.write(chunk)
        return digest.hexdigest()

    def contains(self, sha256: str) -> bool:
        """True when a blob with this checksum exists (not verified; use verify() for that)."""
        try:
            path = self.blob_path(sha256)
        except VaultIntegrityError:
            return False
        return path.is_file() and not path.is_symlink()

    def read_bytes(self, sha256: str, name: str = "") -> bytes:
        """The blob's content, after checking that it still hashes to `sha256`."""
        value = _normalise_hash(sha256, name or sha256)
        with self._open_blob(value, name) as stream:
            data = stream.read()
        if hashlib.sha256(data).hexdigest() != value:
            raise self._changed_error(name or value)
        return data

    def copy_to(self, sha256: str, target: Path, name: str = "") -> Path:
        """Writes the verified blob to `target` atomically; on a checksum mismatch nothing is left at `target`."""
        value = _normalise_hash(sha256, name or sha256)
        target = Path(target)
        with self._open_blob(value, name) as stream:
            try:
                with replacing(target, prefix=".export-", sync_folder=True) as tmp:
                    with tmp.open("wb") as out:
                        digest = self._copy_chunks(stream, out)
                    if digest != value:
                        raise self._changed_error(name or value)
            except OSError as exc:
                raise store_error(exc, name or value) from exc
        return target

    def write_to(self, sha256: str, out: IO[bytes], name: str = "") -> None:
        """Streams the blob into `out`, then raises if what was streamed no longer hashes to `sha256`."""
        value = _normalise_hash(sha256, name)
        with self._open_blob(value, name) as stream:
            digest = self._copy_chunks(stream, out)
        if digest != value:
            raise self._changed_error(name or value)

    # -- verifying, listing, removing ------------------------------------------------------------------------------

    def verify(self, items: Iterable[ItemRef]) -> VerifyReport:
        """Re-hashes each blob; reports which are intact, missing or changed, by the names the caller gave."""
        results: dict[str, str] = {}
        ok: list[BlobRef] = []
        missing: list[BlobRef] = []
        changed: list[BlobRef] = []
        for item in items:
            sha256, name = (item, item) if isinstance(item, str) else item
            ref = BlobRef(sha256, name)
            if sha256 not in results:
                results[sha256] = self._check_one(sha256)
            {"ok": ok, "missing": missing, "changed": changed}[results[sha256]].append(ref)
        return VerifyReport(tuple(ok), tuple(missing), tuple(changed))

    def _check_one(self, sha256: str) -> str:
        try:
            value = _normalise_hash(sha256, sha256)
            with self._open_blob(value, value) as stream:
                return "ok" if self._hash_stream(stream) == value else "changed"
        except VaultIntegrityError:
            path = self.root / sha256[:2] / sha256
            return "changed" if os.path.lexists(path) else "missing"

    def iter_hashes(self) -> Iterator[str]:
        """Every checksum stored, for backups and clean-up; links and stray files are skipped."""
        if not self.root.is_dir():
            return
        for fanout in sorted(self.root.iterdir()):
            if fanout.is_symlink() or not fanout.is_dir() or len(fanout.name) != 2:
                continue
            for blob in sorted(fanout.iterdir()):
                if _HASH_RE.fullmatch(blob.name) and blob.name[:2] == fanout.name and not blob.is_symlink():
                    yield blob.name

    def remove(self, sha256: str) -> bool:
        """Deletes a blob no document refers to any more; returns whether there was one."""
        path = self.blob_path(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        fsync_dir(path.parent)
        return True

    # -- exporting -----------------------------------------------------------------------------------------------

    def export(self, items: Iterable[tuple[str, str]], target_dir: Path) -> list[Path]:
        """Copies verified blobs into `target_dir` under safe, de-duplicated names; all or nothing."""
        return export_to_folder(self, items, target_dir)

    def export_zip(self, items: Iterable[tuple[str, str]], zip_path: Path) -> Path:
        """Writes verified blobs into one zip file, atomically; a failed check leaves no zip behind."""
        return export_to_zip(self, items, zip_path)
