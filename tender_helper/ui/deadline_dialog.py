"""Owns the dialog that asks for a tender deadline a notice does not give."""

from __future__ import annotations

from datetime import datetime

from tender_helper.ui.qt import QDateTime, QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class DeadlineDialog(QDialog):
    """Asks for the tender deadline a notice does not give (never guessed)."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tender deadline"))
        self.edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(14))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        text = self.tr("The notice {reference} gives no deadline. Enter the tender deadline from its documents.")
        label = QLabel(text.format(reference=reference))
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def deadline(self) -> datetime:
        value = self.edit.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.astimezone()  # the user's local time, with its offset
