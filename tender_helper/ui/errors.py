"""Turns errors from lower layers into translated messages in dialogs."""

from __future__ import annotations

from tender_helper.core.errors import TenderHelperError
from tender_helper.i18n import translate
from tender_helper.ui.qt import QCoreApplication, QMessageBox, QWidget


def error_text(error: BaseException) -> str:
    """The message a user reads: the error's own translated text, or a plain apology with the detail."""
    if isinstance(error, TenderHelperError):
        return error.translated(translate)
    if isinstance(error, OSError):
        template = QCoreApplication.translate("Errors", "A file could not be read or written: {reason}")
        return template.format(reason=error.strerror or str(error))
    template = QCoreApplication.translate("Errors", "Something unexpected went wrong: {reason}")
    return template.format(reason=f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Tender Helper"))
    box.setText(error_text(error))
    details = getattr(error, "__traceback_text__", "")
    if details and not isinstance(error, TenderHelperError):
        box.setDetailedText(details)
    box.open()
