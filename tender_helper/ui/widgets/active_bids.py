"""Bids by next deadline: the table model the Bids page lists, and a small widget of active bids for the start page."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from tender_helper.services.bid_views import BidSummary
from tender_helper.services.bids import BidService, bid_service
from tender_helper.ui import state as state_names
from tender_helper.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.state import AppState

Index = QModelIndex | QPersistentModelIndex


def bid_status_label(status: str) -> str:
    labels = {
        "considering": QCoreApplication.translate("Bids", "Considering"),
        "preparing": QCoreApplication.translate("Bids", "Preparing"),
        "submitted": QCoreApplication.translate("Bids", "Submitted"),
        "won": QCoreApplication.translate("Bids", "Won"),
        "lost": QCoreApplication.translate("Bids", "Lost"),
        "withdrawn": QCoreApplication.translate("Bids", "Withdrawn"),
        "no_bid": QCoreApplication.translate("Bids", "No bid"),
    }
    return labels.get(status, status)


def milestone_label(key: str) -> str:
    labels = {
        "participation_deadline": QCoreApplication.translate("Bids", "Request to participate"),
        "tender_deadline": QCoreApplication.translate("Bids", "Tender deadline"),
        "question_cutoff": QCoreApplication.translate("Bids", "Question cut-off"),
        "award_decision": QCoreApplication.translate("Bids", "Expected award"),
        "standstill_end": QCoreApplication.translate("Bids", "Standstill ends"),
    }
    return labels.get(key, key)


def moment_text(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


class BidListModel(QAbstractTableModel):
    """Plain BidSummary rows: next deadline, notice, company, status, open steps."""

    COLUMNS = ("deadline", "notice", "company", "status", "open")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[BidSummary] = []

    def set_rows(self, rows: list[BidSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary_at(self, row: int) -> BidSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, bid_id: int) -> int:
        return next((row for row, s in enumerate(self._rows) if s.bid.id == bid_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        summary = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "deadline":
            if summary.next_deadline is None:
                return "–"
            return f"{moment_text(summary.next_deadline)} · {milestone_label(summary.next_key or '')}"
        if column == "notice":
            cancelled = QCoreApplication.translate("Bids", " (cancelled)") if summary.notice_cancelled else ""
            return f"{summary.notice_title}{cancelled}"
        if column == "company":
            return summary.company_name
        if column == "status":
            return bid_status_label(summary.bid.status)
        return summary.open_items

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "deadline": QCoreApplication.translate("Bids", "Next deadline"),
            "notice": QCoreApplication.translate("Bids", "Notice"),
            "company": QCoreApplication.translate("Bids", "Company"),
            "status": QCoreApplication.translate("Bids", "Status"),
            "open": QCoreApplication.translate("Bids", "Open steps"),
        }
        return titles[self.COLUMNS[section]]


class ActiveBidsWidget(QWidget):
    """Active bids of every company, soonest deadline first; a double click opens the bid in the Bids page."""

    def __init__(self, state: AppState, parent: QWidget | None = None, service: BidService | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = service or bid_service(state.context)
        self.model = BidListModel()
        self.table = named(QTableView(), "activeBids")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = named(QLabel(self.tr("No active bids. Open one from a notice.")), "noActiveBids")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        state.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, what: str) -> None:
        if what in (state_names.BIDS, state_names.COMPANIES, state_names.NOTICES):
            self.reload()

    def reload(self) -> None:
        rows = self.service.summaries(active_only=True)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def open_row(self, row: int) -> None:
        summary = self.model.summary_at(row)
        if summary is None:
            return
        current = self.state.current_company
        if current is None or current.id != summary.bid.company_id:
            self.state.select_company(self.state.companies.get(summary.bid.company_id))
        self.state.navigate.emit("bids", summary.bid.notice_id)
