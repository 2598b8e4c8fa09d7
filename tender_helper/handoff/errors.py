"""Typed errors of hand-off packages; each says that nothing was imported."""

from __future__ import annotations

from tender_helper.core.errors import DataIntegrityError, InvalidInput


class HandoffError(InvalidInput):
    """A package cannot be used as given (exit code 3)."""


class NotAPackage(HandoffError):
    """The file is not a Tender Helper hand-off package at all."""


class WrongPassphrase(HandoffError):
    """The passphrase does not open the package."""


class PackageTooNew(HandoffError):
    """The package was written by a newer version of Tender Helper."""


class PackageDamaged(DataIntegrityError):
    """Authentication failed: the package was truncated or changed after it was written (exit code 5)."""
