"""A bid's checklist as a tree: categories, then steps with due date, status and document warnings."""

from __future__ import annotations

from collections.abc import Sequence

from tender_helper.core.document_types import DOCUMENT_TYPES, DOCUMENT_TYPES_CONTEXT
from tender_helper.services.bid_views import DocumentCheck, ItemView
from tender_helper.ui.qt import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStandardItem,
    QStandardItemModel,
    Qt,
)

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def category_label(category: str) -> str:
    labels = {
        "decide": QCoreApplication.translate("Checklist", "Decide"),
        "documents": QCoreApplication.translate("Checklist", "Documents and questions"),
        "qualification": QCoreApplication.translate("Checklist", "Qualification"),
        "espd": QCoreApplication.translate("Checklist", "ESPD"),
        "award": QCoreApplication.translate("Checklist", "Award criteria"),
        "price": QCoreApplication.translate("Checklist", "Price"),
        "sustainability": QCoreApplication.translate("Checklist", "Sustainability"),
        "signature": QCoreApplication.translate("Checklist", "Signature"),
        "submission": QCoreApplication.translate("Checklist", "Submission"),
        "after": QCoreApplication.translate("Checklist", "After submission"),
    }
    return labels.get(category, category)


def item_status_label(status: str) -> str:
    labels = {
        "todo": QCoreApplication.translate("Checklist", "To do"),
        "in_progress": QCoreApplication.translate("Checklist", "In progress"),
        "done": QCoreApplication.translate("Checklist", "Done"),
        "not_applicable": QCoreApplication.translate("Checklist", "Not applicable"),
    }
    return labels.get(status, status)


def document_state_label(state: str) -> str:
    labels = {
        "valid": QCoreApplication.translate("Checklist", "valid"),
        "no_date": QCoreApplication.translate("Checklist", "valid, no end date"),
        "expires_before_deadline": QCoreApplication.translate("Checklist", "expires before the tender deadline"),
        "expired": QCoreApplication.translate("Checklist", "expired"),
        "missing": QCoreApplication.translate("Checklist", "missing from the vault"),
        "deleted": QCoreApplication.translate("Checklist", "deleted from the vault"),
    }
    return labels.get(state, state)


def document_type_label(type_id: str) -> str:
    return QCoreApplication.translate(DOCUMENT_TYPES_CONTEXT, DOCUMENT_TYPES.get(type_id, type_id))


def check_text(check: DocumentCheck) -> str:
    """'Tax debt certificate: expired (verotodistus.pdf, valid until 2025-01-31)'."""
    text = f"{document_type_label(check.type_id)}: {document_state_label(check.state)}"
    document = check.document
    if document is not None:
        until = f", {document.valid_until.isoformat()}" if document.valid_until else ""
        text += f" ({document.title}{until})"
    return text


class ChecklistModel(QStandardItemModel):
    """Read-only tree; the page edits a step through the service and sets the rows again."""

    COLUMNS = ("step", "due", "status", "documents")

    def __init__(self) -> None:
        super().__init__()
        self._views: dict[str, ItemView] = {}
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Checklist", "Step"),
                QCoreApplication.translate("Checklist", "Due"),
                QCoreApplication.translate("Checklist", "Status"),
                QCoreApplication.translate("Checklist", "Documents"),
            ]
        )

    def set_items(self, views: Sequence[ItemView]) -> None:
        self.removeRows(0, self.rowCount())
        self._views = {view.item.item_id: view for view in views}
        parents: dict[str, QStandardItem] = {}
        for view in views:
            parent = parents.get(view.item.category)
            if parent is None:
                parent = _cell(category_label(view.item.category))
                font = parent.font()
                font.setBold(True)
                parent.setFont(font)
                parents[view.item.category] = parent
                self.appendRow([parent, _cell(""), _cell(""), _cell("")])
            parent.appendRow(self._row(view))

    def _row(self, view: ItemView) -> list[QStandardItem]:
        item = view.item
        due = item.due.isoformat() + (" ≈" if item.due_estimated else "") if item.due else ""
        status = item_status_label(view.status)
        if view.auto_done:
            status += QCoreApplication.translate("Checklist", " (documents in place)")
        warnings = "; ".join(check_text(check) for check in view.warnings)
        cells = [_cell(("⚠ " if view.warnings else "") + item.title), _cell(due), _cell(status), _cell(warnings)]
        cells[0].setData(item.item_id, ITEM_ID_ROLE)
        cells[0].setToolTip(item.help)
        if item.due_estimated:
            cells[1].setToolTip(
                QCoreApplication.translate("Checklist", "Estimated: the notice does not give this date.")
            )
        if view.warnings:
            cells[3].setForeground(Qt.GlobalColor.darkRed)
            cells[3].setToolTip(warnings)
        return cells

    def view_at(self, index: Index) -> ItemView | None:
        if not index.isValid():
            return None
        first = index.sibling(index.row(), 0)
        item_id = first.data(ITEM_ID_ROLE)
        return self._views.get(item_id) if isinstance(item_id, str) else None

    def index_of(self, item_id: str) -> QModelIndex:
        for row in range(self.rowCount()):
            parent = self.index(row, 0)
            for child in range(self.rowCount(parent)):
                index = self.index(child, 0, parent)
                if index.data(ITEM_ID_ROLE) == item_id:
                    return index
        return QModelIndex()


def _cell(text: str) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    return cell
