"""Typed errors of the notice parsers and package readers; every message names the file or notice."""

from __future__ import annotations

from tender_helper.core.errors import InvalidInput


class InvalidNotice(InvalidInput):
    """A notice cannot be read: malformed or hostile XML, too large, or missing what every notice has.

    Raised with `name=` (the file, package member or notice the message is about) among its params.
    """


class UnsupportedNotice(InvalidNotice):
    """Well-formed XML, but not a notice schema this version reads (eForms UBL or TED_EXPORT R2.0.9)."""


class InvalidPackage(InvalidInput):
    """A TED package or folder cannot be read as a whole (not a gzip tar, truncated, unreadable)."""
