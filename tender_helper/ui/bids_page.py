"""The Bids page: the company's bids by next deadline, and the workspace of one bid in tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from tender_helper.checklists.instantiate import ITEM_STATUSES
from tender_helper.core.errors import InvalidInput
from tender_helper.i18n import translate
from tender_helper.services.bid_exports import write_ics, write_package, write_report
from tender_helper.services.bid_views import BidWorkspace, data_language
from tender_helper.services.bids import TRANSITIONS, bid_service
from tender_helper.ui import state as state_names
from tender_helper.ui.bid_assessment_widget import BidAssessmentWidget
from tender_helper.ui.bid_workspace import DocumentsTab, ExportTab, TimelineTab
from tender_helper.ui.deadline_dialog import DeadlineDialog
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.active_bids import BidListModel, bid_status_label
from tender_helper.ui.widgets.checklist_model import (
    ChecklistModel,
    check_text,
    item_status_label,
)
from tender_helper.vault.store import Vault

_BANNER_STYLE = "background: #FFF4CE; color: #5C4400; padding: 6px; border: 1px solid #E0C060;"


class BidsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = bid_service(state.context)
        self.current: BidWorkspace | None = None
        self.banner = named(QLabel(), "templateProblems")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.list_model = BidListModel()
        self.bid_list = named(QTableView(), "bidList")
        self.bid_list.setModel(self.list_model)
        self.bid_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bid_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bid_list.verticalHeader().hide()
        self.bid_list.hideColumn(BidListModel.COLUMNS.index("company"))
        self.bid_list.hideColumn(BidListModel.COLUMNS.index("open"))
        self.bid_list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bid_list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.title = named(QLabel(), "bidTitle")
        self.title.setWordWrap(True)
        self.changes = named(QLabel(), "templateChanges")
        self.changes.setWordWrap(True)
        self.changes.setStyleSheet(_BANNER_STYLE)
        self.update_button = named(QPushButton(self.tr("Update the checklist")), "updateChecklist")
        self.next_status = named(QComboBox(), "nextStatus")
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_reason = named(QLineEdit(), "statusReason")
        self.status_reason.setPlaceholderText(self.tr("Reason (needed for no bid)"))
        self.status_button = named(QPushButton(self.tr("Move")), "moveStatus")
        self.tabs = named(QTabWidget(), "bidTabs")
        self.assessment: BidAssessmentWidget | None = None
        self._build_checklist_tab()
        self.timeline_tab = TimelineTab(self.save_dates, lambda: self.export_ics())
        self.tabs.addTab(self.timeline_tab, self.tr("Timeline"))
        self.documents = DocumentsTab()
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.export_tab = ExportTab(lambda: self.export_report(), lambda: self.export_package())
        self.tabs.addTab(self.export_tab, self.tr("Report and package"))
        self.timeline, self.tender_deadline = self.timeline_tab.timeline, self.timeline_tab.tender_deadline
        self.export_message = self.export_tab.message
        self._layout()
        self.bid_list.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_row(current.row()))
        self.status_button.clicked.connect(self.move_status)
        self.update_button.clicked.connect(self.update_checklist)
        state.changed.connect(self._on_changed)
        state.company_selected.connect(lambda _company: self.reload())
        self._show_problems()
        self.reload()

    # --- building ---------------------------------------------------------------------------------------------------
    def _layout(self) -> None:
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Next step:")))
        status_row.addWidget(self.next_status)
        status_row.addWidget(self.status_reason, 1)
        status_row.addWidget(self.status_button)
        changes_row = QHBoxLayout()
        changes_row.addWidget(self.changes, 1)
        changes_row.addWidget(self.update_button)
        self.workspace = QWidget()
        right = QVBoxLayout(self.workspace)
        right.addWidget(self.title)
        right.addLayout(changes_row)
        right.addLayout(status_row)
        right.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.bid_list)
        splitter.addWidget(self.workspace)
        splitter.setSizes([380, 900])
        self.empty = named(QLabel(self.tr("No bids yet. Open a notice and choose Prepare a bid.")), "noBids")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    def _build_checklist_tab(self) -> None:
        self.checklist_model = ChecklistModel()
        self.checklist = named(QTreeView(), "checklist")
        self.checklist.setModel(self.checklist_model)
        self.checklist.setAlternatingRowColors(True)
        header = self.checklist.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.checklist.hideColumn(ChecklistModel.COLUMNS.index("documents"))  # warnings: the title's mark and the help
        self.help = named(QTextBrowser(), "itemHelp")
        self.item_status = named(QComboBox(), "itemStatus")
        for status in ITEM_STATUSES:
            self.item_status.addItem(item_status_label(status), status)
        self.item_notes = named(QPlainTextEdit(), "itemNotes")
        self.item_notes.setMaximumHeight(80)
        self.save_item_button = named(QPushButton(self.tr("Save step")), "saveItem")
        self.save_item_button.clicked.connect(self.save_item)
        self.checklist.selectionModel().currentChanged.connect(lambda current, _old: self._show_item(current))
        detail = QWidget()
        form = QFormLayout(detail)
        form.addRow(self.help)
        form.addRow(self.tr("Status:"), self.item_status)
        form.addRow(self.tr("Notes:"), self.item_notes)
        form.addRow(self.save_item_button)
        splitter = QSplitter()
        splitter.addWidget(self.checklist)
        splitter.addWidget(detail)
        splitter.setSizes([600, 280])
        self.tabs.addTab(splitter, self.tr("Checklist"))

    def _show_problems(self) -> None:
        problems = self.service.templates.problems
        lines = [
            self.tr("Checklist template {file} was skipped: {error}").format(
                file=escape(p.file), error=escape(p.message)
            )
            for p in problems
        ]
        self.banner.setText("<br>".join(lines))
        self.banner.setVisible(bool(problems))

    # --- list -------------------------------------------------------------------------------------------------------
    def _on_changed(self, what: str) -> None:
        if what in (state_names.BIDS, state_names.DOCUMENTS, state_names.NOTICES, state_names.COMPANIES):
            self.reload()

    def reload(self, select_bid: int | None = None) -> None:
        company = self.state.current_company
        keep = select_bid or (self.current.bid.id if self.current else None)
        rows = self.service.summaries(company.id) if company and company.id else []
        self.list_model.set_rows(rows)
        self.empty.setVisible(not rows)
        row = self.list_model.row_of(keep) if keep else -1
        row = row if row >= 0 else (0 if rows else -1)
        if row >= 0:
            self.bid_list.selectRow(row)
            self._show_row(row)
        else:
            self.current = None
        self.workspace.setEnabled(self.current is not None)

    def _show_row(self, row: int) -> None:
        summary = self.list_model.summary_at(row)
        if summary is not None:
            self.load(summary.bid.id)

    def show_item(self, payload: object) -> None:
        """Opens the current company's bid for a notice id, creating it (and asking a missing deadline) if needed."""
        company = self.state.current_company
        if not isinstance(payload, int) or company is None or company.id is None:
            return
        self._open(company.id, payload, None)

    def _open(self, company_id: int, notice_id: int, deadline: datetime | None) -> None:
        language = self.state.ui_language

        def work(_control: OpControl) -> int:
            bid, _new = self.service.open_bid(company_id, notice_id, language=language, tender_deadline=deadline)
            return bid.id

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidInput) and error.field == "tender_deadline" and deadline is None:
                asked = self.ask_deadline(str(error.params.get("value", "")))
                if asked is not None:
                    self._open(company_id, notice_id, asked)
                return
            show_error(self, error)

        Op(work, writer=True).on_success(self._opened).on_failure(failed).run()

    def ask_deadline(self, reference: str) -> datetime | None:
        dialog = DeadlineDialog(reference, self)
        return dialog.deadline() if dialog.exec() else None

    def _opened(self, bid_id: int) -> None:
        self.state.changed.emit(state_names.BIDS)
        self.reload(select_bid=bid_id)

    # --- workspace --------------------------------------------------------------------------------------------------
    def load(self, bid_id: int) -> None:
        workspace = self.service.workspace(bid_id)
        self.current = workspace
        bid = workspace.bid
        lots = ", ".join(lot.id for lot in workspace.lots) or self.tr("whole contract")
        header = "<h2>{title}</h2>{ref} · {buyer} · {lots}<br><b>{status}</b>".format(
            title=escape(workspace.title()),
            ref=escape(workspace.notice.notice.source_id),
            buyer=escape(workspace.notice.notice.buyer.name if workspace.notice.notice.buyer else ""),
            lots=escape(lots),
            status=escape(bid_status_label(bid.status)),
        )
        if bid.status == "no_bid":
            header += " — " + escape(bid.no_bid_reason)
        self.title.setText(header)
        self._fill_status(bid.status)
        self._fill_changes(workspace)
        self._fill_assessment(workspace)
        self.checklist_model.set_items(workspace.items)
        for row in range(self.checklist_model.rowCount()):  # category rows span the whole width
            self.checklist.setFirstColumnSpanned(row, QModelIndex(), True)
        self.checklist.expandAll()
        self._show_item(self.checklist.currentIndex())
        self.timeline_tab.fill(workspace)
        self.documents.fill(workspace)
        self.workspace.setEnabled(True)

    def _fill_status(self, status: str) -> None:
        self.next_status.clear()
        for target in TRANSITIONS.get(status, ()):
            self.next_status.addItem(bid_status_label(target), target)
        self.status_button.setEnabled(self.next_status.count() > 0)

    def _fill_changes(self, workspace: BidWorkspace) -> None:
        names = ", ".join(
            f"{c.template_id} ({c.bid_version} → {c.current_version or '-'})" for c in workspace.outdated_templates
        )
        self.changes.setText(
            self.tr("Checklist templates changed since this bid was opened: {names}").format(names=names)
        )
        self.changes.setVisible(bool(names))
        self.update_button.setVisible(bool(names))

    def _fill_assessment(self, workspace: BidWorkspace) -> None:
        if self.assessment is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.assessment))
            self.assessment.deleteLater()
        self.assessment = named(
            BidAssessmentWidget(self.service.assessment_template(), workspace.bid.language), "assessment"
        )
        self.assessment.set_state(workspace.bid.answers, workspace.bid.decision, workspace.bid.decision_reason)
        self.assessment.save_requested.connect(self.save_assessment)
        self.tabs.insertTab(0, self.assessment, self.tr("Bid / no bid"))

    def _show_item(self, index: Any) -> None:
        view = self.checklist_model.view_at(index)
        self.save_item_button.setEnabled(view is not None)
        if view is None:
            hint = self.tr("Choose a step to read what it asks and why, and to set its status.")
            self.help.setHtml(f"<p style='color:#6b6b6b'>{escape(hint)}</p>")
            return
        item = view.item
        warnings = "".join(f"<li>{escape(check_text(c))}</li>" for c in view.checks)
        source = f"<p><i>{escape(item.source)}</i></p>" if item.source else ""
        self.help.setHtml(f"<h3>{escape(item.title)}</h3><p>{escape(item.help)}</p>{source}<ul>{warnings}</ul>")
        self.item_status.setCurrentIndex(max(self.item_status.findData(item.status), 0))
        self.item_notes.setPlainText(item.notes)

    # --- writing ----------------------------------------------------------------------------------------------------
    def _write(self, work: Callable[[], object], done: str) -> None:
        bid_id = self.current.bid.id if self.current else None

        def finished(_result: object) -> None:
            self.state.changed.emit(state_names.BIDS)
            if bid_id is not None:
                self.reload(select_bid=bid_id)
            show_status(self, done)

        Op(lambda _c: work(), writer=True).on_success(finished).on_failure(lambda e: show_error(self, e)).run()

    def save_item(self) -> None:
        view = self.checklist_model.view_at(self.checklist.currentIndex())
        if self.current is None or view is None:
            return
        bid_id, item_id = self.current.bid.id, view.item.item_id
        status, notes = str(self.item_status.currentData()), self.item_notes.toPlainText()
        self._write(lambda: self.service.set_item(bid_id, item_id, status=status, notes=notes), self.tr("Step saved."))

    def save_assessment(self, answers: dict[str, str], decision: str, reason: str) -> None:
        if self.current is not None:
            bid_id = self.current.bid.id
            work = lambda: self.service.save_assessment(bid_id, answers, decision or None, reason)  # noqa: E731
            self._write(work, self.tr("Assessment saved."))

    def move_status(self) -> None:
        if self.current is not None and self.next_status.currentData():
            bid_id, target, reason = self.current.bid.id, str(self.next_status.currentData()), self.status_reason.text()
            self._write(lambda: self.service.set_status(bid_id, target, reason), self.tr("Bid status changed."))
            self.status_reason.clear()

    def update_checklist(self) -> None:
        if self.current is not None:
            bid_id = self.current.bid.id
            self._write(lambda: self.service.update_checklist(bid_id), self.tr("Checklist updated from the templates."))

    def save_dates(self) -> None:
        if self.current is None:
            return
        try:
            tender, question, award = self.timeline_tab.dates()
        except ValueError:
            self.timeline_tab.dates_message.setText(self.tr("Write dates as 2025-03-20T12:00+02:00 and 2025-04-15."))
            return
        self.timeline_tab.dates_message.clear()
        bid_id = self.current.bid.id
        work = lambda: self.service.set_deadlines(bid_id, tender=tender, question=question, award=award)  # noqa: E731
        self._write(work, self.tr("Dates saved; due dates follow them."))

    # --- exports ----------------------------------------------------------------------------------------------------
    def _target(self, path: Path | None, caption: str, suffix: str, pattern: str) -> Path | None:
        if path is not None or self.current is None:
            return path
        default = str(self.state.context.paths.exports / f"bid-{self.current.bid.id}{suffix}")
        name, _filter = QFileDialog.getSaveFileName(self, caption, default, pattern)
        return Path(name) if name else None

    def _export(self, build: Callable[[], object], path: Path) -> None:
        self.export_message.setText(self.tr("Writing {path}…").format(path=path))

        def done(_result: object) -> None:
            self.export_message.setText(self.tr("Saved {path}.").format(path=path))
            show_status(self, self.tr("Saved {path}.").format(path=path))

        Op(lambda _c: build()).on_success(done).on_failure(lambda e: show_error(self, e)).run()

    def _language(self) -> str:
        return data_language(self.current.bid.language) if self.current else "eng"

    def export_report(self, path: Path | None = None) -> None:
        target = self._target(path, self.tr("Save bid report"), ".pdf", "PDF (*.pdf)")
        if target is not None and self.current is not None:
            workspace, template, lang = self.current, self.service.assessment_template(), self._language()
            self._export(lambda: write_report(workspace, template, target, lang), target)

    def export_package(self, path: Path | None = None) -> None:
        target = self._target(path, self.tr("Save bid package"), ".zip", "Zip (*.zip)")
        if target is not None and self.current is not None:
            workspace, template, lang = self.current, self.service.assessment_template(), self._language()
            vault = Vault(self.state.context.paths.vault)
            self._export(lambda: write_package(workspace, template, vault, target, lang), target)

    def export_ics(self, path: Path | None = None) -> None:
        target = self._target(path, self.tr("Export timeline"), ".ics", "iCalendar (*.ics)")
        if target is not None and self.current is not None:
            workspace, lang = self.current, self._language()
            self._export(lambda: write_ics(workspace, target, lang), target)


PAGE = PageSpec(
    order=40,
    key="bids",
    title=lambda: translate("Pages", "Bids"),
    icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
    factory=BidsPage,
)
