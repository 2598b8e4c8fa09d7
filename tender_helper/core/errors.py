"""Typed errors raised by the lower layers; the GUI and CLI turn them into translated messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]
ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` without translating it (core must not import Qt)."""
    return text


class TenderHelperError(Exception):
    """Base of every error the application expects and explains to the user.

    The message is an English template marked for translation; `translated()` renders it in the
    user's language through the translate function the front end provides.
    """

    exit_code = 1

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def translated(self, translate: Translate) -> str:
        return translate(ERRORS_CONTEXT, self.template).format(**self.params)


class InvalidInput(TenderHelperError):
    """The user gave a value that cannot be accepted (bad business id, unknown code, empty name...)."""

    exit_code = 3

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFound(InvalidInput):
    """A company, profile or record named by the user does not exist."""


class DataIntegrityError(TenderHelperError):
    """The stored data cannot be trusted or opened: corrupt file, newer schema, failed checksum."""

    exit_code = 5


class DataDirError(TenderHelperError):
    """The data directory cannot be created or written."""

    exit_code = 3


class SourceError(TenderHelperError):
    """A notice source (network, API, package) failed."""

    exit_code = 4
