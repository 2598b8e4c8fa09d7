"""Notice XML from TED daily/monthly packages (.tar.gz, nested), folders and single files, streamed."""

from __future__ import annotations

import re
import tarfile
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.sources.errors import InvalidPackage
from tender_helper.sources.safe_xml import MAX_NOTICE_BYTES
from tender_helper.sources.ted_r209_codes import COUNTRIES

PACKAGE_SUFFIXES = (".tar.gz", ".tgz", ".tar")
MAX_NESTING = 2  # a monthly package holds daily packages; nothing real goes deeper


@dataclass(frozen=True, slots=True)
class Skipped:
    """A member or file that was not read, and why (English, for logs and the import summary)."""

    name: str
    reason: str


@dataclass
class NoticeSource:
    """Iterates (name, XML bytes) over files, folders and packages; what it refuses lands in `skipped`.

    `countries` (alpha-3, e.g. {"FIN", "SWE"}) is a cheap byte pre-check before parsing: it keeps every
    notice that mentions one of those countries as a country code (eForms) or ISO_COUNTRY (R2.0.9).
    It may keep a notice whose buyer is elsewhere, so check `notice.buyer.country` after parsing.
    """

    countries: Collection[str] | None = None
    max_bytes: int = MAX_NOTICE_BYTES
    skipped: list[Skipped] = field(default_factory=list)

    def iter_paths(self, paths: Collection[Path]) -> Iterator[tuple[str, bytes]]:
        for path in paths:
            yield from self.iter_path(path)

    def iter_path(self, path: Path) -> Iterator[tuple[str, bytes]]:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_symlink():
                    self.skipped.append(Skipped(str(child), "a symbolic link"))
                elif child.is_file() and (_is_package(child.name) or child.name.lower().endswith(".xml")):
                    yield from self.iter_path(child)
        elif _is_package(path.name):
            with _open_file(path) as handle:
                yield from self.iter_package(handle, str(path))
        else:
            yield from self._single_file(path)

    def iter_package(self, fileobj: IO[bytes], name: str, depth: int = 0) -> Iterator[tuple[str, bytes]]:
        """Streams a tar (gzip or plain) member by member, never extracting anything to disk."""
        try:
            with tarfile.open(fileobj=fileobj, mode="r|*") as archive:
                for member in archive:
                    yield from self._member(archive, member, name, depth)
        except (tarfile.TarError, EOFError, OSError, zlib.error) as exc:
            raise InvalidPackage(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a readable TED package: {reason}"),
                name=name,
                reason=str(exc) or type(exc).__name__,
            ) from None

    def _member(
        self, archive: tarfile.TarFile, member: tarfile.TarInfo, package: str, depth: int
    ) -> Iterator[tuple[str, bytes]]:
        if member.isdir():
            return
        name = f"{package}:{member.name}"
        reason = _refusal(member, self.max_bytes if not _is_package(member.name) else None)
        if reason is None and depth >= MAX_NESTING and _is_package(member.name):
            reason = "packages nested too deep"
        if reason is not None:
            self.skipped.append(Skipped(name, reason))
            return
        handle = archive.extractfile(member)
        if handle is None:
            return
        if _is_package(member.name):
            yield from self.iter_package(handle, name, depth + 1)
        elif member.name.lower().endswith(".xml"):
            data = handle.read(member.size)  # the header's size was checked against max_bytes
            if self._wanted(data):
                yield name, data

    def _single_file(self, path: Path) -> Iterator[tuple[str, bytes]]:
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                self.skipped.append(Skipped(str(path), f"larger than {self.max_bytes} bytes"))
                return
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidPackage(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"), name=str(path), reason=exc.strerror
            ) from None
        if self._wanted(data):
            yield str(path), data

    def _wanted(self, data: bytes) -> bool:
        return not self.countries or mentions_country(data, self.countries)


def _is_package(name: str) -> bool:
    return name.lower().endswith(PACKAGE_SUFFIXES)


def _open_file(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InvalidPackage(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"), name=str(path), reason=exc.strerror
        ) from None


def _refusal(member: tarfile.TarInfo, max_bytes: int | None) -> str | None:
    """Why a member must not be read: unsafe path, not a regular file, or too large; None if it is fine."""
    path = PurePosixPath(member.name)
    if member.name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", member.name):
        return "an absolute path"
    if ".." in path.parts or ".." in member.name.split("\\"):
        return "a path that leaves the package (..)"
    if member.issym() or member.islnk():
        return "a link"
    if not (member.isfile() or member.isdir()):
        return "not a regular file"
    if max_bytes is not None and member.size > max_bytes:
        return f"larger than {max_bytes} bytes"
    return None


def _alpha2(alpha3: str) -> list[str]:
    return [two for two, three in COUNTRIES.items() if three == alpha3]


def mentions_country(data: bytes, countries: Collection[str]) -> bool:
    """True if `data` names one of `countries` (alpha-3) as an eForms country code or R2.0.9 ISO_COUNTRY."""
    codes = [code.upper() for code in countries if re.fullmatch(r"[A-Za-z]{3}", code)]
    if not codes:
        return False
    alpha3 = b"|".join(code.encode() for code in codes)
    if re.search(rb"IdentificationCode[^>]*>\s*(?:" + alpha3 + rb")\s*<", data):
        return True
    alpha2 = b"|".join(two.encode() for code in codes for two in _alpha2(code))
    return bool(alpha2) and re.search(rb'<ISO_COUNTRY\s+VALUE="(?:' + alpha2 + rb')"', data) is not None
