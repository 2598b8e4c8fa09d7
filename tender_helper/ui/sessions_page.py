"""The Sessions page: an adviser's clients and hours, the session editor with timer, presentation mode, hand-off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender_helper.core.errors import InvalidInput
from tender_helper.handoff.merge import MergeReport
from tender_helper.i18n import translate
from tender_helper.services.handoff import ExportSummary, HandoffService
from tender_helper.services.sessions import ClientSummary, SessionService
from tender_helper.storage.sessions_repo import AdviceSession
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.handoff_dialogs import HandoffActions, RunningTimerDialog, report_text
from tender_helper.ui.ops import Op
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStandardItem,
    QStandardItemModel,
    QStyle,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.session_editor import SessionEditor, local
from tender_helper.ui.state import AppState

PRESENTATION_SCALE = 1.6
HIDDEN_IN_PRESENTATION = ("navigation", "companyToolbar")  # main-window parts that show other clients


def hours(minutes: int | None) -> str:
    return "–" if minutes is None else f"{minutes / 60:.1f}".replace(".0", "") + " h"


class SessionsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = SessionService(state.context.database)
        self.handoff = HandoffActions(HandoffService(state.context.database, state.context.paths.vault), self)
        self.clients: list[ClientSummary] = []
        self.sessions: list[AdviceSession] = []
        self.current: AdviceSession | None = None
        self.presenting = False
        self.timer_dialog: RunningTimerDialog | None = None
        self.last_import_text = ""
        self._build_widgets()
        self._layout()
        self._connect()
        self.reload()
        QTimer.singleShot(0, self.check_running_timers)

    # -- building --------------------------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.client_model = QStandardItemModel(0, 6)
        self.client_table = named(QTableView(), "clientTable")
        self.client_table.setModel(self.client_model)
        self.client_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.client_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.client_table.verticalHeader().hide()
        # widths follow the text, also when fonts grow
        self.client_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.client_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.allowance = named(QDoubleSpinBox(), "allowanceHours")
        self.allowance.setRange(0, 1000)
        self.allowance.setSuffix(" h")
        self.allowance.setSpecialValueText(self.tr("no limit"))  # 0 hours: the programme sets no allowance
        self.programme = named(QLineEdit(), "programme")
        self.save_allowance = named(QPushButton(self.tr("Save allowance")), "saveAllowance")
        self.editor = SessionEditor()
        # The editor's widgets keep their names on the page, where the page's code and its tests reach them.
        e = self.editor
        self.title, self.hours_label, self.session_list = e.title, e.hours_label, e.session_list
        self.new_button, self.timer_button, self.timer_label = e.new_button, e.timer_button, e.timer_label
        self.minutes, self.notes, self.topic_boxes = e.minutes, e.notes, e.topic_boxes
        self.save_button, self.pdf_button, self.present_button = e.save_button, e.pdf_button, e.present_button
        self.export_button, self.import_button, self.follow_model = e.export_button, e.import_button, e.follow_model
        self.follow_text, self.follow_due, self.add_follow = e.follow_text, e.follow_due, e.add_follow
        self.message = e.message
        self.tick = QTimer(self)
        self.tick.setInterval(1000)

    def _layout(self) -> None:
        self.client_panel = named(QWidget(), "clientPanel")
        left = QVBoxLayout(self.client_panel)
        left.addWidget(self.client_table)
        form = QFormLayout()
        form.addRow(self.tr("Advice allowance:"), self.allowance)
        form.addRow(self.tr("Programme:"), self.programme)
        left.addLayout(form)
        left.addWidget(self.save_allowance)
        splitter = QSplitter()
        splitter.addWidget(self.client_panel)
        splitter.addWidget(self.editor)
        splitter.setSizes([520, 620])
        QVBoxLayout(self).addWidget(splitter)

    def _connect(self) -> None:
        self.client_table.clicked.connect(lambda index: self._pick_client(index.row()))
        self.session_list.currentRowChanged.connect(self._show_session)
        self.save_allowance.clicked.connect(self.save_client)
        self.new_button.clicked.connect(self.new_session)
        self.timer_button.clicked.connect(self.toggle_timer)
        self.save_button.clicked.connect(self.save_session)
        self.add_follow.clicked.connect(self.add_follow_up)
        self.follow_model.itemChanged.connect(self._follow_up_toggled)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.present_button.toggled.connect(self.set_presenting)
        self.export_button.clicked.connect(self._choose_export)
        self.import_button.clicked.connect(self.handoff.choose_import)
        self.handoff.exported.connect(self._exported)
        self.handoff.imported.connect(self._imported)
        self.handoff.failed.connect(self._failed)
        self.tick.timeout.connect(self._show_timer)
        self.state.company_selected.connect(lambda _company: self.reload())
        self.state.changed.connect(
            lambda what: self.reload() if what in (state_names.COMPANIES, state_names.SESSIONS) else None
        )

    # -- showing ---------------------------------------------------------------------------------------------------

    def reload(self, keep_session: int | None = None) -> None:
        self.clients = self.service.clients()
        self.client_model.removeRows(0, self.client_model.rowCount())
        self.client_model.setHorizontalHeaderLabels(
            [
                self.tr("Company"),
                self.tr("Hours used / allowed"),
                self.tr("Open follow-ups"),
                self.tr("Next due"),
                self.tr("Active bids"),
                self.tr("Expiring documents"),
            ]
        )
        for summary in self.clients:
            used = f"{hours(summary.minutes_used)} / {hours(summary.allowance_minutes)}"
            due = summary.next_due.isoformat() if summary.next_due else ""
            name = summary.company.name + (" ⏱" if summary.running else "")
            counts = (str(summary.open_follow_ups), due, str(summary.active_bids), str(summary.expiring_documents))
            self.client_model.appendRow([QStandardItem(text) for text in (name, used, *counts)])
        company = self.state.current_company
        current = next((s for s in self.clients if company and s.company.id == company.id), None)
        self.editor.setEnabled(current is not None)
        if current is None:
            self.title.setText("<h2>{}</h2>".format(self.tr("Add a client company on the Companies page first.")))
            return
        self._show_client(current)
        self._fill_sessions(
            current, keep_session if keep_session is not None else self.current.id if self.current else None
        )

    def _show_client(self, summary: ClientSummary) -> None:
        self.client_table.selectRow(self.clients.index(summary))
        self.allowance.setValue((summary.allowance_minutes or 0) / 60)
        self.programme.setText(summary.programme)
        self.title.setText(f"<h2>{summary.company.name}</h2>")
        used, allowed, left = summary.minutes_used, summary.allowance_minutes, summary.minutes_left
        text = self.tr("Used {used} of {allowed}; {left} left.") if left is not None else self.tr("Used {used}.")
        self.hours_label.setText(text.format(used=hours(used), allowed=hours(allowed), left=hours(left)))

    def _fill_sessions(self, summary: ClientSummary, keep: int | None) -> None:
        assert summary.company.id is not None
        self.sessions = self.service.sessions(summary.company.id)
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for advice in self.sessions:
            running = " ⏱" if advice.running_since else ""
            self.session_list.addItem(QListWidgetItem(f"{local(advice.started_at)} · {advice.minutes} min{running}"))
        self.session_list.blockSignals(False)
        row = next((i for i, a in enumerate(self.sessions) if a.id == keep), 0 if self.sessions else -1)
        self.session_list.setCurrentRow(row)
        self._show_session(row)

    def _show_session(self, row: int) -> None:
        self.current = self.sessions[row] if 0 <= row < len(self.sessions) else None
        advice = self.current
        self.editor.show_session(advice)
        self._fill_follow_ups()
        self._show_timer()
        self.tick.start() if advice and advice.running_since else self.tick.stop()

    def _fill_follow_ups(self) -> None:
        company = self.state.current_company
        self.editor.show_follow_ups(self.service.follow_ups(company.id) if company and company.id else [])

    def _show_timer(self) -> None:
        self.editor.show_timer(self.current)

    # -- writing ---------------------------------------------------------------------------------------------------

    def _write(self, fn: Any, done: Any = None) -> None:
        def succeeded(result: object) -> None:
            self.state.changed.emit(state_names.SESSIONS)
            if done is not None:
                done(result)

        Op(lambda _c: fn(), writer=True).on_success(succeeded).on_failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.message.setText(str(error.translated(translate)))
        else:
            show_error(self, error)

    def _pick_client(self, row: int) -> None:
        if 0 <= row < len(self.clients) and not self.presenting:
            self.current = None
            self.state.select_company(self.clients[row].company)

    def save_client(self) -> None:
        company = self.state.current_company
        if company and company.id:
            company_id, minutes = company.id, round(self.allowance.value() * 60)
            self._write(lambda: self.service.set_allowance(company_id, minutes or None, self.programme.text()))

    def new_session(self) -> None:
        company = self.state.current_company
        if company and company.id:
            company_id = company.id
            self._write(lambda: self.service.start(company_id, timer=False), self._select_written)

    def toggle_timer(self) -> None:
        company = self.state.current_company
        if self.current is None or self.current.id is None:
            if company and company.id:
                company_id = company.id
                self._write(lambda: self.service.start(company_id), self._select_written)
            return
        session_id, running = self.current.id, self.current.running_since is not None
        fn = (
            (lambda: self.service.stop_timer(session_id)) if running else (lambda: self.service.start_timer(session_id))
        )
        self._write(fn, self._select_written)

    def _select_written(self, advice: AdviceSession) -> None:
        self.current = advice
        self.reload(advice.id)

    def edited_session(self) -> AdviceSession | None:
        """The editor's values over the current session; None (with a message) when the start is unreadable."""
        assert self.current is not None
        return self.editor.edited(self.current)

    def save_session(self) -> None:
        advice = self.edited_session()
        if advice is not None:
            self.message.setText("")
            self._write(lambda: self.service.save(advice), lambda _saved: show_status(self, self.tr("Session saved.")))

    def add_follow_up(self) -> None:
        if self.current is None or self.current.id is None:
            return
        item = self.editor.new_follow_up(self.current)
        if item is not None:
            self._write(lambda: self.service.save_follow_up(item), lambda _saved: self.editor.clear_follow_up_fields())

    def _follow_up_toggled(self, item: QStandardItem) -> None:
        follow_up_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0 and follow_up_id is not None:
            done = item.checkState() == Qt.CheckState.Checked
            self._write(lambda: self.service.set_done(int(follow_up_id), done))

    # -- timer left running, presentation, PDF, hand-off ------------------------------------------------------------

    def check_running_timers(self) -> None:
        """On start: a timer left running when the app closed is kept, stopped, or stopped without counting."""
        running = self.service.running_timers()
        if not running or self.timer_dialog is not None:
            return
        advice = running[0]
        name = next((s.company.name for s in self.clients if s.company.id == advice.company_id), "")
        assert advice.running_since is not None and advice.id is not None
        self.timer_dialog = RunningTimerDialog(name, advice.running_since, self)
        session_id = advice.id

        def answered() -> None:
            choice = self.timer_dialog.choice if self.timer_dialog else RunningTimerDialog.KEEP
            self.timer_dialog = None
            if choice != RunningTimerDialog.KEEP:
                count = choice == RunningTimerDialog.STOP
                self._write(
                    lambda: self.service.stop_timer(session_id, count=count), lambda _a: self.check_running_timers()
                )

        self.timer_dialog.finished.connect(answered)
        self.timer_dialog.open()

    def set_presenting(self, on: bool) -> None:
        """Bigger text, and no other client visible anywhere in the window, while the screen is shared."""
        self.presenting = on
        self.client_panel.setVisible(not on)
        font = self.font()
        if on:
            font.setPointSizeF(font.pointSizeF() * PRESENTATION_SCALE)
        self.editor.setFont(font)
        for name in HIDDEN_IN_PRESENTATION:
            widget = self.window().findChild(QWidget, name)
            if widget is not None and widget is not self:
                widget.setVisible(not on)

    def choose_pdf(self) -> None:
        if self.current is None or self.current.id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save session summary"), f"session-{self.current.id}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        assert self.current is not None and self.current.id is not None
        session_id = self.current.id
        Op(lambda _c: self.service.build_pdf(session_id, path)).on_success(
            lambda written: show_status(self, self.tr("Wrote {path}.").format(path=written))
        ).on_failure(self._failed).run()

    def _choose_export(self) -> None:
        if self.state.current_company is not None:
            self.handoff.choose_export(self.state.current_company)

    def _exported(self, summary: ExportSummary) -> None:
        show_status(self, self.tr("Wrote {path}.").format(path=summary.path))

    def _imported(self, report: MergeReport) -> None:
        self.state.changed.emit(state_names.COMPANIES)
        self.state.changed.emit(state_names.SESSIONS)
        self.last_import_text = report_text(report) or self.tr("Nothing had changed.")
        QMessageBox(
            QMessageBox.Icon.Information, self.tr("Hand-off imported"), self.last_import_text, parent=self
        ).open()


PAGE = PageSpec(
    order=70,
    key="sessions",
    title=lambda: translate("Pages", "Advice sessions"),
    icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
    factory=SessionsPage,
)
