"""Owns the vault's file-system helpers: safe file names and OS errors as vault errors."""

from __future__ import annotations

import errno
import re

from tender_helper.core.errors import QT_TRANSLATE_NOOP, DataDirError
from tender_helper.vault.errors import VaultDiskFull

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
_BAD_NAME_CHARS = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, fallback: str) -> str:
    """Turns a document's display name into a file name that is safe on Windows, macOS and Linux."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _BAD_NAME_CHARS.sub("_", base).strip(" .")
    if base.split(".", 1)[0].upper() in _WINDOWS_RESERVED:
        base = "_" + base
    if not base:
        base = fallback
    if len(base) > 150:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 150 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else base[:150]
    return base


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or 'name (2).ext', 'name (3).ext', ... when taken (case-insensitively); records the one chosen."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, counter = name, 2
    while candidate.lower() in taken:
        candidate = f"{stem} ({counter}){dot}{ext}"
        counter += 1
    taken.add(candidate.lower())
    return candidate


def store_error(exc: OSError, name: str) -> DataDirError:
    """An OS error while writing `name` as the error the user reads: disk full, or the reason the OS gave."""
    if exc.errno in _DISK_FULL:
        return VaultDiskFull(
            QT_TRANSLATE_NOOP("Errors", "The disk is full: {name} could not be saved. Free some space and try again."),
            name=name,
        )
    return DataDirError(
        QT_TRANSLATE_NOOP("Errors", "{name} could not be saved in the document vault: {reason}"),
        name=name,
        reason=exc.strerror or str(exc),
    )
