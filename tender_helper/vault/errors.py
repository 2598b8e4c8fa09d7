"""Typed errors of the document vault; each names the file it is about."""

from __future__ import annotations

from tender_helper.core.errors import DataDirError, DataIntegrityError, InvalidInput


class VaultIntegrityError(DataIntegrityError):
    """A stored file is missing, was changed on disk, or is not what the vault expects (e.g. a symlink)."""


class VaultFileTooLarge(InvalidInput):
    """The file the user chose is larger than the vault accepts."""


class VaultFileUnreadable(InvalidInput):
    """The file the user chose cannot be read: vanished, no permission, a folder or a symbolic link."""


class VaultDiskFull(DataDirError):
    """The disk holding the vault (or the export target) ran out of space; nothing partial was left behind."""


class VaultExportError(DataDirError):
    """The export target cannot be written (not a folder, no permission, ...)."""
