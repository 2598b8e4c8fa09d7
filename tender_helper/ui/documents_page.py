"""The Documents page: the company's certificates and extracts with validity, what is missing, history, export."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import translate
from tender_helper.services.documents import Document, DocumentFields, DocumentOverview, DocumentService, VerifyResult
from tender_helper.ui import state as state_names
from tender_helper.ui.document_dialog import DocumentDialog, HistoryDialog
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QAbstractItemView,
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSortFilterProxyModel,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QUrl,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.document_table_model import SORT_ROLE, DocumentTableModel, type_label

TYPE_ROLE = Qt.ItemDataRole.UserRole + 2


class DocumentsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = DocumentService.for_context(state.context)
        self.overview: DocumentOverview | None = None
        self.dialog: DocumentDialog | None = None
        self.pending_files: list[Path] = []
        self._open_dir = tempfile.TemporaryDirectory(prefix="tender-helper-open-", ignore_cleanup_errors=True)
        self.model = DocumentTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = named(QTableView(), "documentTable")
        self.missing = named(QListWidget(), "missingList")
        self.missing.setWordWrap(True)
        self.title = named(QLabel(), "pageTitle")
        self.hint = QLabel(self.tr("Drop files here to add them, or use Add."))
        self.hint.setStyleSheet("color: #555;")
        self.buttons = self._make_buttons()
        self._setup_table()
        self._layout()
        self.setAcceptDrops(True)
        state.company_selected.connect(lambda _company: self.reload())
        state.changed.connect(self._on_changed)
        self.reload()

    def _make_buttons(self) -> dict[str, QPushButton]:
        specs: list[tuple[str, str, Any]] = [
            ("add", self.tr("Add…"), self.choose_and_add),
            ("replace", self.tr("New version…"), self.replace_selected),
            ("edit", self.tr("Details…"), self.edit_selected),
            ("open", self.tr("Open"), self.open_selected),
            ("history", self.tr("History…"), self.show_history),
            ("export_folder", self.tr("Export to folder…"), self.export_to_folder),
            ("export_zip", self.tr("Export as zip…"), self.export_to_zip),
            ("verify", self.tr("Verify files"), self.verify),
            ("delete", self.tr("Delete…"), self.confirm_delete),
        ]
        buttons = {}
        for key, text, slot in specs:
            button = named(QPushButton(text), f"{key}Document")
            button.clicked.connect(slot)
            buttons[key] = button
        return buttons

    def _setup_table(self) -> None:
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DocumentTableModel.COLUMNS.index("type"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentTableModel.COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.missing.itemActivated.connect(self._add_missing)

    def _layout(self) -> None:
        row = QHBoxLayout()
        for key in ("add", "replace", "edit", "open", "history"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        for key in ("export_folder", "export_zip", "verify", "delete"):
            row.addWidget(self.buttons[key])
        missing_box = named(QGroupBox(self.tr("Missing or expired")), "missingBox")
        missing_layout = QVBoxLayout(missing_box)
        explain = QLabel(self.tr("What bids in this country usually ask for. Double-click to add it."))
        explain.setWordWrap(True)
        missing_layout.addWidget(explain)
        missing_layout.addWidget(self.missing)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(missing_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

    # -- showing -------------------------------------------------------------------------------------------------

    def _on_changed(self, what: str) -> None:
        if what in (state_names.DOCUMENTS, state_names.COMPANIES):
            self.reload()

    def reload(self) -> None:
        company = self.state.current_company
        self.setEnabled(company is not None and company.id is not None)
        if company is None or company.id is None:
            self.overview = None
            self.model.set_entries([])
            self.missing.clear()
            self.title.setText("<h2>{}</h2>".format(self.tr("Documents")))
            self.hint.setText(self.tr("Add a company first on the Companies page."))
            return
        self.overview = self.service.overview(company.id)
        self.title.setText("<h2>{}</h2>".format(self.tr("Documents of {name}").format(name=company.name)))
        self.model.set_entries(self.overview.entries)
        self._show_missing()
        self._update_buttons()

    def _show_missing(self) -> None:
        self.missing.clear()
        assert self.overview is not None
        for required in self.overview.missing:
            item = QListWidgetItem(type_label(required.type_id))
            item.setToolTip(translate("Validity", required.when))
            item.setData(TYPE_ROLE, required.type_id)
            self.missing.addItem(item)
        if not self.overview.missing:
            self.missing.addItem(QListWidgetItem(self.tr("Nothing missing.")))

    def selected_documents(self) -> list[Document]:
        rows = sorted({self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()})
        return [entry.document for row in rows if (entry := self.model.entry_at(row)) is not None]

    def selected(self) -> Document | None:
        chosen = self.selected_documents()
        return chosen[0] if len(chosen) == 1 else None

    def _update_buttons(self) -> None:
        one = self.selected() is not None
        for key in ("replace", "edit", "open", "history", "delete"):
            self.buttons[key].setEnabled(one)
        has_rows = self.model.rowCount() > 0
        for key in ("export_folder", "export_zip", "verify"):
            self.buttons[key].setEnabled(has_rows)

    def show_item(self, payload: object) -> None:
        """Selects the document with id `payload` (e.g. from the start page's expiry list)."""
        if isinstance(payload, int):
            row = self.model.row_of(payload)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def contribute_menus(self, file_menu: Any) -> None:
        action = named(QAction(self.tr("Add a company document…"), self), "addDocumentAction")
        action.triggered.connect(self.choose_and_add)
        file_menu.addAction(action)

    # -- adding and replacing ------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.isEnabled() and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(url.toLocalFile()) for url in event.mimeData().urls()])
        event.acceptProposedAction()

    def add_files(self, paths: list[Path]) -> None:
        """Asks for type and dates of each file in turn."""
        self.pending_files.extend(paths)
        if self.dialog is None:
            self._next_file()

    def _next_file(self) -> None:
        if self.pending_files:
            self.start_add(source=self.pending_files.pop(0))

    def choose_and_add(self) -> None:
        self.start_add()

    def _add_missing(self, item: QListWidgetItem) -> None:
        type_id = item.data(TYPE_ROLE)
        if type_id:
            self.start_add(type_id=str(type_id))

    def _country(self) -> str:
        return self.overview.company.country if self.overview else ""

    def start_add(self, source: Path | None = None, type_id: str = "") -> None:
        dialog = DocumentDialog(self._country(), self, source=source, type_id=type_id)
        self._run_dialog(dialog, lambda path, fields: self._write_add(path, fields))

    def replace_selected(self) -> None:
        document = self.selected()
        if document is not None:
            dialog = DocumentDialog(self._country(), self, replacing=document)
            self._run_dialog(dialog, lambda path, fields: self._write_replace(document.id, path, fields))

    def edit_selected(self) -> None:
        document = self.selected()
        if document is not None:
            dialog = DocumentDialog(self._country(), self, editing=document)
            self._run_dialog(dialog, lambda _path, fields: self.service.update(document.id, fields))

    def _run_dialog(self, dialog: DocumentDialog, write: Any) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == DocumentDialog.DialogCode.Accepted:
                path, fields = dialog.values()
                self._write(lambda _control: write(path, fields))
            dialog.deleteLater()
            self._next_file()

        dialog.finished.connect(finished)
        dialog.open()

    def _write_add(self, path: Path | None, fields: DocumentFields) -> Document:
        company = self.overview.company if self.overview else None
        if company is None or company.id is None or path is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose a company and a file first."), field="file")
        return self.service.add_file(company.id, path, fields)

    def _write_replace(self, document_id: int, path: Path | None, fields: DocumentFields) -> Document:
        if path is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the file first."), field="file")
        return self.service.replace_file(document_id, path, fields)

    def _write(self, fn: Any) -> None:
        Op(fn, writer=True).on_success(self._written).on_failure(lambda error: show_error(self, error)).run()

    def _written(self, result: object) -> None:
        self.state.changed.emit(state_names.DOCUMENTS)
        if isinstance(result, Document):
            self.show_item(result.id)
            show_status(self, self.tr("Saved {title}.").format(title=result.title))

    def confirm_delete(self) -> None:
        document = self.selected()
        if document is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete document"),
            self.tr("Delete {title} with all its versions? This cannot be undone.").format(title=document.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda _control: self.service.delete(document.id))

    # -- files out -----------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.open_version(document.id)

    def open_version(self, document_id: int) -> None:
        """Copies the verified file out of the vault and hands it to the system's viewer."""
        target = Path(tempfile.mkdtemp(dir=self._open_dir.name))

        def copy(_control: OpControl) -> Path:
            return self.service.copy_out(document_id, target)

        Op(copy).on_success(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))).on_failure(
            lambda error: show_error(self, error)
        ).run()

    def show_history(self) -> None:
        document = self.selected()
        if document is not None:
            dialog = HistoryDialog(self.service.history(document.id), self.open_version, self)
            dialog.finished.connect(lambda _result: dialog.deleteLater())
            dialog.open()

    def _export_ids(self) -> list[int]:
        chosen = self.selected_documents()
        if chosen:
            return [doc.id for doc in chosen]
        return [entry.document.id for entry in self.overview.entries] if self.overview else []

    def export_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export documents to folder"))
        if folder:
            self.export(Path(folder), as_zip=False)

    def export_to_zip(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export documents as zip"), "documents.zip", self.tr("Zip files (*.zip)")
        )
        if name:
            self.export(Path(name), as_zip=True)

    def export(self, target: Path, *, as_zip: bool) -> None:
        """Exports the selected documents (all when none is selected) in the background."""
        ids = self._export_ids()

        def write(_control: OpControl) -> int:
            if as_zip:
                self.service.export_zip(ids, target)
            else:
                self.service.export_folder(ids, target)
            return len(ids)

        Op(write).on_success(
            lambda count: show_status(
                self, self.tr("Exported {count} documents to {path}.").format(count=count, path=target)
            )
        ).on_failure(lambda error: show_error(self, error)).run()

    def verify(self) -> None:
        company = self.overview.company if self.overview else None
        company_id = company.id if company else None
        Op(lambda _control: self.service.verify(company_id)).on_success(self._verified).on_failure(
            lambda error: show_error(self, error)
        ).run()

    def _verified(self, result: VerifyResult) -> None:
        if result.all_ok:
            text = self.tr("All {count} stored files are intact.").format(count=len(result.checked))
            QMessageBox.information(self, self.tr("Verify files"), text)
            return
        lines = [
            self.tr("Missing: {title} (version {version})").format(title=h.document.title, version=h.document.version)
            for h in result.missing
        ]
        lines += [
            self.tr("Changed on disk: {title} (version {version})").format(
                title=h.document.title, version=h.document.version
            )
            for h in result.changed
        ]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Verify files"),
            self.tr("Some stored files are damaged; restore them from a backup."),
            parent=self,
        )
        box.setInformativeText("\n".join(lines))
        box.open()


PAGE = PageSpec(
    order=50,
    key="documents",
    title=lambda: translate("Pages", "Documents"),
    icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
    factory=DocumentsPage,
)
