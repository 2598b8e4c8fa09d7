"""The Notices page: the local notice cache as a searchable table with a detail pane, updates and imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tender_helper.core.cpv import searchable_cpv_vocabulary
from tender_helper.core.errors import TenderHelperError
from tender_helper.i18n import translate
from tender_helper.services.notices import ImportResult, NoticeService
from tender_helper.services.sync import SyncResult, SyncService
from tender_helper.storage.notices_repo import NoticeFilter
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import error_text, show_error, show_status
from tender_helper.ui.notice_detail import NoticeDetail
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QAbstractItemView,
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QModelIndex,
    QPoint,
    QPushButton,
    QResizeEvent,
    QSplitter,
    QStackedWidget,
    QStyle,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.sample_data import SampleBanner, SampleData, SampleOffer
from tender_helper.ui.state import AppState
from tender_helper.ui.sync_dialog import ImportSummaryDialog, OperationPanel
from tender_helper.ui.widgets.notice_filters import NoticeFilters
from tender_helper.ui.widgets.notice_table_model import COLUMNS, NoticeTableModel

COLUMN_WIDTHS = {"buyer": 150, "deadline": 155, "value": 112, "kind": 110, "published": 86, "status": 100}
HIDDEN_AT_FIRST = ("country",)  # the buyer's country is in the filter and the detail; the header menu shows it
WIDE = 1500  # from this page width the detail pane sits beside the table, below it otherwise


class NoticesPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = NoticeService(state.context.database)
        self.model = NoticeTableModel(self.service, state.data_language, self)
        self.filters = NoticeFilters(state.data_language)
        self.table = self._table()
        self.detail = NoticeDetail(state.data_language)
        self.detail.bid_requested.connect(lambda notice_id: state.navigate.emit(state_names.BIDS, notice_id))
        self.count_label = named(QLabel(), "noticeCount")
        self.update_button = named(QPushButton(self.tr("Update tenders")), "updateTenders")
        self.import_button = named(QPushButton(self.tr("Import notices…")), "importNotices")
        self.import_button.setMenu(self._import_menu())
        self.panel = OperationPanel()
        self.samples = SampleData(state, self)
        self.offer = SampleOffer()
        self.banner = SampleBanner()
        self.stack = QStackedWidget()
        self.splitter = named(QSplitter(Qt.Orientation.Vertical), "noticeSplitter")
        self.summary_dialog: ImportSummaryDialog | None = None
        self.cache_total: int | None = None  # all notices in the cache, once counted
        self._shown_id: int | None = None
        self._first_ready = True
        self._pinned = False  # show_item's notice stays in the pane even when the filter hides it
        self._actions: list[QAction] = []
        self._layout()
        self._connect()
        self.setAcceptDrops(True)
        self.refresh()

    def _table(self) -> QTableView:
        table = named(QTableView(), "noticeTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(COLUMNS.index(column), width)
        for column in HIDDEN_AT_FIRST:
            table.hideColumn(COLUMNS.index(column))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(COLUMNS.index("published"), Qt.SortOrder.DescendingOrder)  # newest first
        table.setSortingEnabled(True)  # the model sorts in SQL
        return table

    def _column_menu(self, position: QPoint) -> None:
        """Right-click on the header: show or hide columns (all but the title)."""
        menu = QMenu(self)
        for number in range(1, self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(number, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(number))
            action.toggled.connect(lambda shown, column=number: self.table.setColumnHidden(column, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _import_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Files or TED packages…"), self.choose_import_files)
        menu.addAction(self.tr("A folder…"), self.choose_import_folder)
        return menu

    def _layout(self) -> None:
        title = named(QLabel("<h2>{}</h2>".format(self.tr("Notices"))), "pageTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.update_button)
        top.addWidget(self.import_button)
        browser = QWidget()
        browser_layout = QVBoxLayout(browser)
        browser_layout.setContentsMargins(0, 0, 0, 0)
        browser_layout.addWidget(self.banner)
        browser_layout.addWidget(self.filters)
        browser_layout.addWidget(self.count_label)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        browser_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.offer)
        self.stack.addWidget(browser)
        self.stack.setCurrentIndex(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.filters.changed.connect(self._filter_changed)
        self.model.ready.connect(self._model_ready)
        self.model.failed.connect(self._show_error)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.update_button.clicked.connect(self.update_tenders)
        self.offer.try_button.clicked.connect(self.load_samples)
        self.offer.update_button.clicked.connect(self.update_tenders)
        self.offer.import_button.clicked.connect(self.choose_import_files)
        self.banner.remove_button.clicked.connect(self.remove_samples)
        self.samples.finished.connect(self._samples_done)
        self.samples.failed.connect(self._samples_failed)
        self.state.changed.connect(self._on_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Detail beside the table on wide screens, below it otherwise, so the table's columns fit."""
        wide = event.size().width() >= WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            total = self.splitter.width() if wide else self.splitter.height()
            table_share = 3 / 5 if wide else 9 / 20  # below the table, the text needs the larger half
            self.splitter.setSizes([int(total * table_share), total - int(total * table_share)])
        super().resizeEvent(event)

    def contribute_menus(self, file_menu: QMenu) -> None:
        for text, slot, name in (
            (self.tr("&Update tenders"), self.update_tenders, "updateTendersAction"),
            (self.tr("&Import notices…"), self.choose_import_files, "importNoticesAction"),
            (self.tr("Import a &folder of notices…"), self.choose_import_folder, "importFolderAction"),
        ):
            action = named(QAction(text, self), name)
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self._actions.append(action)

    # --- what the table shows --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-reads the table and what the cache holds (for the first-start offer and the sample banner)."""
        self.model.wanted = self.filters.current()
        self.model.refresh()
        service = self.service

        def cache_state(_control: OpControl) -> tuple[int, int]:
            return service.count(NoticeFilter()), service.sample_count()

        Op(cache_state).on_success(self._cache_state).on_failure(self._show_error).run()

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)

    def _cache_state(self, counts: tuple[int, int]) -> None:
        self.cache_total, samples = counts
        self.stack.setCurrentIndex(0 if self.cache_total == 0 else 1)
        self.banner.setVisible(samples > 0)
        self._show_count()

    def _filter_changed(self) -> None:
        self._pinned = False
        self.model.set_filter(self.filters.current())

    def _show_count(self) -> None:
        if not self.model.is_ready:
            return
        if self.cache_total is None or self.filters.is_default() or self.model.total == self.cache_total:
            text = self.tr("{count} notices in the cache").format(count=self.model.total)
        else:
            text = self.tr("Showing {shown} of {total} notices").format(shown=self.model.total, total=self.cache_total)
        self.count_label.setText(text)

    def _model_ready(self) -> None:
        """Keeps the shown notice selected when the new rows hold it; unfiltered, shows the top row if none."""
        self._show_count()
        row = self.model.row_of(self._shown_id) if self._shown_id is not None else -1
        if self._first_ready:  # CPV labels load on a worker after the first rows, not competing with them
            Op(lambda _control: searchable_cpv_vocabulary()).on_success(self.detail.set_vocabulary).run()
            self._first_ready = False
        if row < 0 and self._shown_id is None and self.model.total and self.filters.is_default():
            row = 0  # something to read at once; never while typing, where it would cost on each keystroke
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif not self._pinned and self._shown_id is not None:
            self._show_notice(None)  # the filter hid it; rendering the top row on every keystroke would cost more

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        notice_id = self.model.notice_id(current.row()) if current.isValid() else None
        if notice_id is not None and notice_id != self._shown_id:
            self._pinned = False
            self._show_notice(notice_id)

    def _show_notice(self, notice_id: int | None) -> None:
        """Reads one notice (a single row: quick enough for the GUI thread) into the detail pane."""
        self._shown_id = notice_id
        try:
            self.detail.show_notice(self.service.get(notice_id) if notice_id is not None else None)
        except TenderHelperError as error:
            self.detail.show_notice(None)
            show_error(self, error)

    def show_item(self, payload: object) -> None:
        """Shows the notice with cache id `payload`, selecting its row when the table holds it."""
        if not isinstance(payload, int | str) or not str(payload).isdigit():
            return
        notice_id = int(payload)
        self._show_notice(notice_id)
        self._pinned = True
        row = self.model.row_of(notice_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()

    def _on_changed(self, what: str) -> None:
        if what == state_names.NOTICES:
            self.refresh()

    # --- update from TED -----------------------------------------------------------------------------
    def sync_service(self) -> SyncService:
        """The service an update runs; TED's address and politeness come from the settings."""
        return SyncService(self.state.context.database, self.state.context.settings)

    def update_tenders(self) -> None:
        if self.panel.busy:
            return
        service = self.sync_service()

        def sync(control: OpControl) -> SyncResult:
            return service.sync(progress=control.progress, cancelled=lambda: control.cancelled)

        op = Op(sync, writer=True).on_success(self._synced).on_failure(self._sync_failed)
        self._start(op, self.tr("Updating tenders from TED…"))

    def _synced(self, result: SyncResult) -> None:
        counts = self.tr("New notices: {new}. Changed: {changed}.").format(new=result.new, changed=result.changed)
        if result.cancelled:
            text = self.tr("Update cancelled. {counts}").format(counts=counts)
        elif result.stopped_by:
            text = self.tr("The update stopped early: {reason} {counts}").format(
                reason=result.stopped_by, counts=counts
            )
        else:
            text = self.tr("Tenders updated. {counts}").format(counts=counts)
        if result.failed:
            text += " " + self.tr("Not downloaded, tried again next time: {count}.").format(count=len(result.failed))
        self._finish(text, problem=bool(result.stopped_by))
        self.state.changed.emit(state_names.NOTICES)

    def _sync_failed(self, error: BaseException) -> None:
        self._finish(error_text(error), problem=True)

    # --- import files --------------------------------------------------------------------------------
    def choose_import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import notices"),
            "",
            self.tr("Notices and TED packages (*.xml *.tar.gz *.tgz *.tar);;All files (*)"),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of notices"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Imports XML files, folders and TED packages on the writer; ends with a summary dialog."""
        if self.panel.busy or not paths:
            return
        service = self.service

        def run(control: OpControl) -> ImportResult:
            return service.import_paths(paths, progress=control.progress, cancelled=lambda: control.cancelled)

        op = Op(run, writer=True).on_success(self._imported).on_failure(self._import_failed)
        self._start(op, self.tr("Importing notices…"))

    def _imported(self, result: ImportResult) -> None:
        dialog = ImportSummaryDialog(result, self)
        self._finish(dialog.summary_text(result), problem=bool(result.failed or result.skipped))
        self.summary_dialog = dialog
        dialog.open()
        self.state.changed.emit(state_names.NOTICES)

    def _import_failed(self, error: BaseException) -> None:
        self._finish(error_text(error), problem=True)
        self.state.changed.emit(state_names.NOTICES)  # what landed before the failure is in the cache

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- sample data ---------------------------------------------------------------------------------
    def load_samples(self) -> None:
        if not self.panel.busy:
            self._start(self.samples.load_op(), self.tr("Loading sample data…"))

    def remove_samples(self) -> None:
        if not self.panel.busy and self.samples.confirm_remove(self):
            self._start(self.samples.remove_op(), self.tr("Removing sample data…"))

    def _samples_done(self, message: str) -> None:
        self._finish(message)

    def _samples_failed(self, error: BaseException) -> None:
        self._finish(error_text(error), problem=True)

    # --- running one operation at a time ---------------------------------------------------------------
    def _start(self, op: Op[Any], text: str) -> None:
        self.panel.start(text, op)
        self._set_busy(True)
        op.run()

    def _finish(self, text: str, *, problem: bool = False) -> None:
        self.panel.finish(text, problem=problem)
        self._set_busy(False)
        show_status(self, text, 8000)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.update_button, self.import_button, self.offer, self.banner.remove_button):
            widget.setEnabled(not busy)
        for action in self._actions:
            action.setEnabled(not busy)


PAGE = PageSpec(
    order=30,
    key="notices",
    title=lambda: translate("Pages", "Notices"),
    icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
    factory=NoticesPage,
)
