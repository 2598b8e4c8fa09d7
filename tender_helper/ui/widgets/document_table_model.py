"""A table model over a company's documents with their validity status, coloured valid/expiring/expired."""

from __future__ import annotations

from typing import Any

from tender_helper.core.document_types import DOCUMENT_TYPES
from tender_helper.services.documents import DocumentEntry, DocumentStatus
from tender_helper.ui.formatting import date_text
from tender_helper.ui.qt import QAbstractTableModel, QColor, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Pale backgrounds that keep black text readable; the status text says the same for colour-blind users.
STATUS_COLOURS = {
    DocumentStatus.VALID: QColor("#dff0d8"),
    DocumentStatus.EXPIRING: QColor("#fcefc7"),
    DocumentStatus.EXPIRED: QColor("#f8d7da"),
}


def type_label(type_id: str) -> str:
    return QCoreApplication.translate("DocumentTypes", DOCUMENT_TYPES.get(type_id, type_id))


def status_text(entry: DocumentEntry) -> str:
    days = entry.days_left
    if entry.status is DocumentStatus.EXPIRED:
        return QCoreApplication.translate("DocumentTableModel", "Expired {days} d ago").format(days=-(days or 0))
    if entry.status is DocumentStatus.EXPIRING:
        if days == 0:
            return QCoreApplication.translate("DocumentTableModel", "Expires today")
        return QCoreApplication.translate("DocumentTableModel", "Expires in {days} d").format(days=days)
    if entry.status is DocumentStatus.VALID:
        return QCoreApplication.translate("DocumentTableModel", "Valid")
    return QCoreApplication.translate("DocumentTableModel", "No end date")


class DocumentTableModel(QAbstractTableModel):
    COLUMNS = ("type", "title", "file", "issued", "valid_until", "status", "version")

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[DocumentEntry] = []

    def set_entries(self, entries: list[DocumentEntry] | tuple[DocumentEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> DocumentEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, document_id: int) -> int:
        return next((row for row, e in enumerate(self._entries) if e.document.id == document_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == "status":
            return STATUS_COLOURS.get(entry.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and entry.status in STATUS_COLOURS:
            return QColor("#1a1a1a")  # the pale background stays pale in a dark theme
        return None

    @staticmethod
    def _text(entry: DocumentEntry, column: str, tooltip: bool) -> str:
        doc = entry.document
        if column == "type":
            return type_label(doc.type_id)
        if column == "title":
            return doc.notes if tooltip and doc.notes else doc.title
        if column == "file":
            return doc.original_name
        if column in ("issued", "valid_until"):
            day = doc.issued if column == "issued" else doc.valid_until
            return date_text(day) if day else ""
        if column == "status":
            return status_text(entry)
        return str(doc.version)

    @staticmethod
    def _sort_key(entry: DocumentEntry, column: str) -> Any:
        doc = entry.document
        if column in ("issued", "valid_until"):
            day = doc.issued if column == "issued" else doc.valid_until
            return day.isoformat() if day else "9999"
        if column == "status":
            return entry.days_left if entry.days_left is not None else 1_000_000
        if column == "version":
            return doc.version
        return DocumentTableModel._text(entry, column, False).casefold()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "type": QCoreApplication.translate("DocumentTableModel", "Type"),
            "title": QCoreApplication.translate("DocumentTableModel", "Title"),
            "file": QCoreApplication.translate("DocumentTableModel", "File"),
            "issued": QCoreApplication.translate("DocumentTableModel", "Issued"),
            "valid_until": QCoreApplication.translate("DocumentTableModel", "Valid until"),
            "status": QCoreApplication.translate("DocumentTableModel", "Status"),
            "version": QCoreApplication.translate("DocumentTableModel", "Version"),
        }
        return titles[self.COLUMNS[section]]
