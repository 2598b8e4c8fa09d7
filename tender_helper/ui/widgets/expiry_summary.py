"""A small list of expired and soon expiring documents across all companies, for the start page."""

from __future__ import annotations

from tender_helper.services.documents import DocumentService, ExpiryItem
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import show_error
from tender_helper.ui.formatting import date_text
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.qt import QColor, QLabel, QListWidget, QListWidgetItem, Qt, QVBoxLayout, QWidget, Signal, named
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.document_table_model import type_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
EXPIRED_COLOUR = QColor("#b3261e")
EXPIRING_COLOUR = QColor("#8a5a00")


class ExpirySummary(QWidget):
    """Reads in the background; activating a line selects that company and opens the document on its page."""

    loaded = Signal(int)  # how many documents are listed

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = DocumentService.for_context(state.context)
        self.summary = named(QLabel(), "expirySummaryText")
        self.summary.setWordWrap(True)
        self.list = named(QListWidget(), "expiryList")
        self.list.setMaximumHeight(180)
        self.list.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        state.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in (state_names.DOCUMENTS, state_names.COMPANIES, state_names.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        service = self.service

        def read(_control: OpControl) -> list[ExpiryItem]:
            return service.expiring()

        Op(read).on_success(self.show_items).on_failure(lambda error: show_error(self, error)).run()

    def show_items(self, items: list[ExpiryItem]) -> None:
        self.list.clear()
        expired = sum(1 for item in items if item.days_left < 0)
        if not items:
            self.summary.setText(self.tr("No document expires within {days} days.").format(days=self.service.warn_days))
        else:
            self.summary.setText(
                self.tr("{expired} expired, {expiring} expiring within {days} days.").format(
                    expired=expired, expiring=len(items) - expired, days=self.service.warn_days
                )
            )
        for item in items:
            line = QListWidgetItem(self._line(item))
            line.setForeground(EXPIRED_COLOUR if item.days_left < 0 else EXPIRING_COLOUR)
            line.setData(ITEM_ROLE, item)
            self.list.addItem(line)
        self.list.setVisible(bool(items))
        self.loaded.emit(len(items))

    def _line(self, item: ExpiryItem) -> str:
        doc = item.document
        assert doc.valid_until is not None
        if item.days_left < 0:
            when = self.tr("expired {date}").format(date=date_text(doc.valid_until))
        else:
            when = self.tr("valid until {date} ({days} d)").format(date=date_text(doc.valid_until), days=item.days_left)
        return f"{item.company_name} · {type_label(doc.type_id)}: {doc.title} — {when}"

    def _open(self, line: QListWidgetItem) -> None:
        item = line.data(ITEM_ROLE)
        if not isinstance(item, ExpiryItem):
            return
        if self.state.current_company is None or self.state.current_company.id != item.company_id:
            self.state.select_company(self.state.companies.get(item.company_id))
        self.state.navigate.emit("documents", item.document.id)
