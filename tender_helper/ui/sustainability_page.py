"""The Sustainability page: the VSME Basic Module B1-B11 per reporting year, with help, completeness and emissions."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tender_helper.core.errors import InvalidInput
from tender_helper.i18n import translate
from tender_helper.reports.labels import LANGUAGES
from tender_helper.services.sustainability import SustainabilityService
from tender_helper.sustainability import statement as model
from tender_helper.sustainability.completeness import completeness
from tender_helper.sustainability.emissions import compute_emissions
from tender_helper.sustainability.factors import EmissionFactor
from tender_helper.sustainability.fields import MODULE_TITLES
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTimer,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.emissions_panel import EmissionsPanel
from tender_helper.ui.widgets.statement_fields import Cell, RecordList, field_editor, field_label, tr_s, with_help

PDF_LANGUAGES = {"fin": "Suomi", "swe": "Svenska", "nob": "Norsk bokmål", "eng": "English"}


class SustainabilityPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = SustainabilityService.for_context(state.context)
        self.fields: dict[str, Cell | RecordList] = {}
        self.stored = False
        self._loading = False
        self.title = named(QLabel(), "pageTitle")
        self.year = named(QSpinBox(), "year")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year - 1)
        self.stored_label = named(QLabel(), "storedYears")
        self.progress = named(QProgressBar(), "completeness")
        self.modules = named(QListWidget(), "moduleList")
        self.modules.setFixedWidth(340)
        self.modules.setWordWrap(True)
        self.stack = QStackedWidget()
        self.emissions = EmissionsPanel(self._set_overrides)
        self.message = named(QLabel(), "formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.language = named(QComboBox(), "pdfLanguage")
        for code in LANGUAGES:
            self.language.addItem(PDF_LANGUAGES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(state.data_language)))
        self.buttons = {key: named(QPushButton(text), f"{key}Statement") for key, text in self._button_texts().items()}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh_indicators)
        for module in model.MODULE_IDS:
            self.stack.addWidget(self._module_page(module))
            self.modules.addItem(tr_s(MODULE_TITLES[module]))
        self._layout()
        self._connect()
        self.load()

    def _button_texts(self) -> dict[str, str]:
        return {
            "save": self.tr("Save"),
            "import": self.tr("Import JSON…"),
            "export": self.tr("Export JSON…"),
            "pdf": self.tr("Export PDF…"),
            "attach": self.tr("Attach PDF to documents"),
        }

    def _connect(self) -> None:
        self.modules.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.modules.setCurrentRow(0)
        self.year.valueChanged.connect(lambda _year: self.load())
        slots = {"save": self.save, "import": self.import_json, "export": self.export_json, "pdf": self.export_pdf}
        for key, slot in {**slots, "attach": self.attach_pdf}.items():
            self.buttons[key].clicked.connect(slot)
        self.state.company_selected.connect(lambda _company: self.load())
        self.state.changed.connect(lambda what: self.load() if what == state_names.COMPANIES else None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Reporting year")))
        top.addWidget(self.year)
        top.addWidget(self.stored_label)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Completeness")))
        bar.addWidget(self.progress, 1)
        splitter = QSplitter()
        splitter.addWidget(self.modules)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        for key in ("import", "export"):
            bottom.addWidget(self.buttons[key])
        bottom.addWidget(QLabel(self.tr("PDF language")))
        bottom.addWidget(self.language)
        for key in ("pdf", "attach", "save"):
            bottom.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _module_page(self, module: str) -> QScrollArea:
        content = QWidget()
        form = QFormLayout(content)
        cls = type(getattr(model.SustainabilityStatement(year=2000), module))
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            path = f"{module}.{f.name}"
            if path == "b3.factor_overrides":
                continue
            editor = field_editor(path, hints[f.name], self._edited)
            self.fields[path] = editor
            shown = with_help(path, editor if isinstance(editor, QWidget) else editor.widget)
            if path == "b2.entries":  # the topic table needs the full width
                form.addRow(shown)
            else:
                form.addRow(field_label(path), shown)
        if module == "b3":
            heading = self.tr("Emissions")
            form.addRow(QLabel(f"<b>{heading}</b>"), self.emissions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    # -- loading and collecting ----------------------------------------------------------------------------------

    def company_id(self) -> int | None:
        company = self.state.current_company
        return company.id if company else None

    def load(self) -> None:
        company_id = self.company_id()
        self.setEnabled(company_id is not None)
        self.message.clear()
        if company_id is None:
            self.title.setText("<h2>{}</h2>".format(self.tr("Sustainability statement")))
            self.message.setText(self.tr("Add a company first on the Companies page."))
            return
        try:
            statement, self.stored = self.service.load_or_new(company_id, self.year.value())
        except InvalidInput as error:
            self.message.setText(error.translated(translate))
            return
        name = self.state.current_company.name if self.state.current_company else ""
        self.title.setText("<h2>{}</h2>".format(self.tr("Sustainability statement of {name}").format(name=name)))
        years = self.service.years(company_id)
        stored = ", ".join(str(y) for y in years) if years else self.tr("none")
        marker = "" if self.stored else self.tr("(not saved yet)")
        self.stored_label.setText(self.tr("{marker} Saved years: {years}").format(marker=marker, years=stored).strip())
        self.show_statement(statement)

    def show_statement(self, statement: model.SustainabilityStatement) -> None:
        self._loading = True
        for path, editor in self.fields.items():
            module, name = path.split(".", 1)
            editor.set(getattr(getattr(statement, module), name))
        self.emissions.overrides = dict(statement.b3.factor_overrides)
        self._loading = False
        self.refresh_indicators()

    def collect(self, strict: bool = True) -> model.SustainabilityStatement:
        """The statement as the form shows it; with `strict`, a value that is not a number raises InvalidInput."""
        parts: dict[str, Any] = {}
        for module in model.MODULE_IDS:
            cls = type(getattr(model.SustainabilityStatement(year=2000), module))
            values = {
                f.name: self.fields[f"{module}.{f.name}"].get(strict)
                for f in dataclasses.fields(cls)
                if f"{module}.{f.name}" in self.fields
            }
            parts[module] = cls(**values)
        parts["b3"].factor_overrides = dict(self.emissions.overrides)
        return model.SustainabilityStatement(year=self.year.value(), **parts)

    def _edited(self) -> None:
        if not self._loading:
            self.timer.start()

    def _set_overrides(self, overrides: dict[str, EmissionFactor]) -> None:
        self.emissions.overrides = overrides
        self.refresh_indicators()

    def refresh_indicators(self) -> None:
        """Completeness per module and overall, and the emissions, from what the form shows now."""
        statement = self.collect(strict=False)
        done = completeness(statement)
        self.progress.setValue(done.percent)
        self.progress.setFormat(self.tr("{percent} % of the applicable items answered").format(percent=done.percent))
        for row, module in enumerate(model.MODULE_IDS):
            answered, applicable = done.by_module[module]
            suffix = f"  {answered}/{applicable}" if applicable else ""
            self.modules.item(row).setText(tr_s(MODULE_TITLES[module]) + suffix)
        try:
            self.emissions.show_result(compute_emissions(statement))
        except (InvalidInput, TypeError) as error:
            text = error.translated(translate) if isinstance(error, InvalidInput) else str(error)
            self.emissions.show_result(None, text)

    # -- actions -------------------------------------------------------------------------------------------------

    def _valid_statement(self) -> model.SustainabilityStatement | None:
        try:
            return self.collect(strict=True)
        except InvalidInput as error:
            self._show_problem(error)
            return None

    def _show_problem(self, error: BaseException) -> None:
        if not isinstance(error, InvalidInput):
            show_error(self, error)
            return
        self.message.setText(error.translated(translate))
        module = (error.field or "").split(".", 1)[0]
        if module in model.MODULE_IDS:
            self.modules.setCurrentRow(model.MODULE_IDS.index(module))

    def _run(self, fn: Callable[[OpControl], Any], done: Callable[[Any], None], writer: bool = True) -> None:
        self.message.clear()
        Op(fn, writer=writer).on_success(done).on_failure(self._show_problem).run()

    def save(self) -> None:
        statement, company_id = self._valid_statement(), self.company_id()
        if statement is None or company_id is None:
            return
        self._run(lambda _c: self.service.save(company_id, statement), lambda _r: self._saved())

    def _saved(self) -> None:
        self.state.changed.emit(state_names.SUSTAINABILITY)
        self.load()
        show_status(self, self.tr("Statement for {year} saved.").format(year=self.year.value()))

    def import_json(self) -> None:
        company_id = self.company_id()
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import statement"), "", self.tr("JSON files (*.json)")
        )
        if not name or company_id is None:
            return
        year = self.year.value()
        replace = (
            self.stored
            and QMessageBox.question(
                self, self.tr("Import statement"), self.tr("Replace the saved statement for {year}?").format(year=year)
            )
            == QMessageBox.StandardButton.Yes
        )
        if self.stored and not replace:
            return
        self._run(
            lambda _c: self.service.import_file(company_id, Path(name), year=year, replace=replace),
            lambda _r: self._saved(),
        )

    def export_json(self) -> None:
        statement, company_id = self._valid_statement(), self.company_id()
        if statement is None or company_id is None:
            return
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export statement"), f"vsme-{statement.year}.json", self.tr("JSON files (*.json)")
        )
        if name:
            from tender_helper.sustainability.serialise import save_statement

            self._run(
                lambda _c: save_statement(statement, Path(name)),
                lambda path: show_status(self, str(path)),
                writer=False,
            )

    def export_pdf(self) -> None:
        statement, company_id = self._valid_statement(), self.company_id()
        if statement is None or company_id is None:
            return
        lang = str(self.language.currentData())
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), f"vsme-{statement.year}-{lang}.pdf", self.tr("PDF files (*.pdf)")
        )
        if name:
            self.write_pdf(Path(name), lang, statement)

    def write_pdf(self, path: Path, lang: str, statement: model.SustainabilityStatement) -> None:
        company_id = self.company_id()
        assert company_id is not None
        self._run(
            lambda _c: self.service.build_pdf(company_id, statement.year, path, lang, statement),
            lambda written: show_status(self, self.tr("Wrote {path}.").format(path=written)),
            writer=False,
        )

    def attach_pdf(self) -> None:
        statement, company_id = self._valid_statement(), self.company_id()
        if statement is None or company_id is None:
            return
        lang = str(self.language.currentData())

        def attach(_control: OpControl) -> Any:
            return self.service.attach_pdf(company_id, statement.year, lang, statement)

        self._run(attach, self._attached)

    def _attached(self, document: Any) -> None:
        self.state.changed.emit(state_names.DOCUMENTS)
        show_status(self, self.tr("Attached {title} to the documents.").format(title=document.title))


PAGE = PageSpec(
    order=60,
    key="sustainability",
    title=lambda: translate("Pages", "Sustainability"),
    icon=QStyle.StandardPixmap.SP_DialogApplyButton,
    factory=SustainabilityPage,
)
