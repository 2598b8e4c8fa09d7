"""Feedback to the user: translated error dialogs and status-bar messages."""

from __future__ import annotations

from tender_helper.core.errors import TenderHelperError
from tender_helper.i18n import translate
from tender_helper.ui.qt import QCoreApplication, QMainWindow, QMessageBox, QWidget


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


def show_status(widget: QWidget, text: str, msecs: int = 5000) -> None:
    """Shows `text` in the status bar of the window that holds `widget` (if it is a main window)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)
