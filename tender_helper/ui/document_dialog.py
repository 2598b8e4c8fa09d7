"""Dialogs of the Documents page: a document's file, type and dates (with the proposed end date), and its history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from tender_helper.core.document_types import DOCUMENT_TYPES
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import translate
from tender_helper.services.documents import Document, DocumentEntry, DocumentFields, DocumentService, check_fields
from tender_helper.ui.formatting import date_text
from tender_helper.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.widgets.document_table_model import DocumentTableModel, type_label
from tender_helper.vault.validity import parse_date


class DocumentDialog(QDialog):
    """Adds a document, replaces one with a new version (`replacing`), or edits its details (`editing`)."""

    def __init__(
        self,
        country: str,
        parent: QWidget | None = None,
        *,
        source: Path | None = None,
        replacing: Document | None = None,
        editing: Document | None = None,
        type_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.country = country
        self.source = source
        self.needs_file = editing is None
        base = replacing or editing
        self._auto_until = ""
        self.file_label = named(QLabel(), "documentFile")
        self.choose_button = named(QPushButton(self.tr("Choose file…")), "chooseFile")
        self.type_combo = named(QComboBox(), "documentType")
        for key in DOCUMENT_TYPES:
            self.type_combo.addItem(type_label(key), key)
        self.title_edit = named(QLineEdit(), "documentTitle")
        self.issued = named(QLineEdit(), "issued")
        self.valid_until = named(QLineEdit(), "validUntil")
        for edit in (self.issued, self.valid_until):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD or D.M.YYYY"))
        self.proposal = named(QLabel(), "proposal")
        self.proposal.setWordWrap(True)
        self.proposal.setStyleSheet("color: #555;")
        self.notes = named(QPlainTextEdit(), "documentNotes")
        self.notes.setFixedHeight(60)
        self.message = named(QLabel(), "formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self._prefill(base, type_id)
        self.setWindowTitle(self._window_title(replacing, editing))
        self.choose_button.clicked.connect(self.choose_file)
        self.type_combo.currentIndexChanged.connect(lambda _row: self.update_proposal())
        self.issued.textChanged.connect(lambda _text: self.update_proposal())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.update_proposal()

    def _window_title(self, replacing: Document | None, editing: Document | None) -> str:
        if replacing is not None:
            return self.tr("New version of {title}").format(title=replacing.title)
        if editing is not None:
            return self.tr("Details of {title}").format(title=editing.title)
        return self.tr("Add a document")

    def _layout(self) -> None:
        form = QFormLayout()
        if self.needs_file:
            row = QHBoxLayout()
            row.addWidget(self.file_label, 1)
            row.addWidget(self.choose_button)
            form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Issued on"), self.issued)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow("", self.proposal)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _prefill(self, base: Document | None, type_id: str) -> None:
        self._show_source()
        wanted = base.type_id if base else type_id
        if wanted:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(wanted)))
        if base is not None:
            self.title_edit.setText(base.title)
            self.notes.setPlainText(base.notes)
        if base is not None and not self.needs_file:  # editing: the dates belong to this very file
            self.issued.setText(base.issued.isoformat() if base.issued else "")
            self.valid_until.setText(base.valid_until.isoformat() if base.valid_until else "")
        elif self.source is not None and not self.title_edit.text():
            self.title_edit.setText(self.source.stem)

    def _show_source(self) -> None:
        self.file_label.setText(self.source.name if self.source else self.tr("No file chosen"))

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the document"))
        if name:
            self.source = Path(name)
            self._show_source()
            if not self.title_edit.text():
                self.title_edit.setText(self.source.stem)

    def type_id(self) -> str:
        return str(self.type_combo.currentData())

    def update_proposal(self) -> None:
        """Shows the end date the country's rule gives and fills it in unless the user typed another."""
        try:
            issued = parse_date(self.issued.text(), "issued") if self.issued.text().strip() else None
        except InvalidInput:
            issued = None
        proposal = DocumentService.proposal(self.type_id(), self.country, issued)
        if proposal is None:
            self.proposal.setText(
                self.tr("No fixed validity for this type in {country}: copy the date from the document.").format(
                    country=self.country
                )
                if issued
                else self.tr("Enter the issue date to get a proposed end date.")
            )
            return
        rule = translate("Validity", proposal.rule.note)
        shown = date_text(proposal.valid_until)
        self.proposal.setText(self.tr("Proposed: valid until {date}. {rule}").format(date=shown, rule=rule))
        if self.valid_until.text().strip() in ("", self._auto_until):
            self._auto_until = proposal.valid_until.isoformat()
            self.valid_until.setText(self._auto_until)

    def _date(self, edit: QLineEdit, label: str) -> date | None:
        text = edit.text().strip()
        return parse_date(text, label) if text else None

    def values(self) -> tuple[Path | None, DocumentFields]:
        """The file and the checked fields; raises InvalidInput (and shows it) when something is wrong."""
        try:
            if self.needs_file and self.source is None:
                raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the file first."), field="file")
            fields = DocumentFields(
                self.type_id(),
                self.title_edit.text(),
                issued=self._date(self.issued, self.tr("Issued on")),
                valid_until=self._date(self.valid_until, self.tr("Valid until")),
                notes=self.notes.toPlainText(),
            )
            checked = check_fields(fields, self.source.stem if self.source else "")
        except InvalidInput as error:
            self.message.setText(error.translated(translate))
            raise
        return self.source, checked

    def accept(self) -> None:
        try:
            self.values()
        except InvalidInput:
            return
        super().accept()


class HistoryDialog(QDialog):
    """Every version of a document, newest first; any version can be opened."""

    def __init__(
        self, entries: list[DocumentEntry], open_version: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = entries[0].document.title if entries else ""
        self.setWindowTitle(self.tr("History of {title}").format(title=title))
        self.model = DocumentTableModel()
        self.model.set_entries(entries)
        self.table = named(QTableView(), "historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectRow(0)
        open_button = named(QPushButton(self.tr("Open this version")), "openVersion")
        open_button.clicked.connect(self._open_selected)
        self._open_version = open_version
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(820, 300)

    def _open_selected(self) -> None:
        entry = self.model.entry_at(self.table.currentIndex().row())
        if entry is not None:
            self._open_version(entry.document.id)
