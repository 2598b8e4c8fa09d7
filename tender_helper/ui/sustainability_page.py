"""The Sustainability page: the VSME Basic Module B1-B11 per reporting year, with help, completeness and emissions."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import translate
from tender_helper.reports.labels import LANGUAGES
from tender_helper.services.sustainability import SustainabilityService
from tender_helper.sustainability import statement as model
from tender_helper.sustainability.completeness import completeness
from tender_helper.sustainability.emissions import EmissionsResult, compute_emissions
from tender_helper.sustainability.factors import FUELS, EmissionFactor, factor_table
from tender_helper.sustainability.fields import B2_TOPIC_LABELS, MODULE_TITLES, field_info
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStandardItem,
    QStandardItemModel,
    QStyle,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.state import AppState

CHOICES: dict[str, tuple[str, ...]] = {
    "b1.module_option": model.MODULE_OPTIONS,
    "b1.reporting_basis": model.REPORTING_BASES,
    "b1.employees_unit": model.EMPLOYEE_UNITS,
    "b3.fuels.fuel": tuple(FUELS),
    "b3.fuels.unit": tuple(sorted({unit for fuel in FUELS.values() for unit in fuel.units})),
    "b4.emissions.medium": model.MEDIA,
}
LONG_TEXT = {"b1.omitted_information", "b4.notes", "b7.circular_principles", "b7.material_flows"}
EXTRA_LABELS = {  # sub-fields fields.py does not name
    "b1.sites.name": QT_TRANSLATE_NOOP("Sustainability", "Name"),
    "b1.sites.address": QT_TRANSLATE_NOOP("Sustainability", "Address"),
    "b1.sites.country": QT_TRANSLATE_NOOP("Sustainability", "Country"),
    "b1.sites.latitude": QT_TRANSLATE_NOOP("Sustainability", "Latitude"),
    "b1.sites.longitude": QT_TRANSLATE_NOOP("Sustainability", "Longitude"),
    "b8.by_country.key": QT_TRANSLATE_NOOP("Sustainability", "Country"),
    "b8.by_country.value": QT_TRANSLATE_NOOP("Sustainability", "Employees"),
    "b2.entries.topic": QT_TRANSLATE_NOOP("Sustainability", "Topic"),
    "b2.entries": QT_TRANSLATE_NOOP("Sustainability", "Per topic"),
}
CHOICE_LABELS = {
    "basic": QT_TRANSLATE_NOOP("Sustainability", "Basic Module"),
    "basic_and_comprehensive": QT_TRANSLATE_NOOP("Sustainability", "Basic and Comprehensive Module"),
    "individual": QT_TRANSLATE_NOOP("Sustainability", "Individual (this company)"),
    "consolidated": QT_TRANSLATE_NOOP("Sustainability", "Consolidated (with subsidiaries)"),
    "headcount": QT_TRANSLATE_NOOP("Sustainability", "Headcount"),
    "fte": QT_TRANSLATE_NOOP("Sustainability", "Full-time equivalents (FTE)"),
    "air": QT_TRANSLATE_NOOP("Sustainability", "Air"),
    "water": QT_TRANSLATE_NOOP("Sustainability", "Water"),
    "soil": QT_TRANSLATE_NOOP("Sustainability", "Soil"),
    **{fuel.id: fuel.label for fuel in FUELS.values()},
}
PDF_LANGUAGES = {"fin": "Suomi", "swe": "Svenska", "nob": "Norsk bokmål", "eng": "English"}


def tr_s(text: str) -> str:
    return QCoreApplication.translate("Sustainability", text)


def label_of(path: str) -> str:
    return tr_s(EXTRA_LABELS.get(path) or field_info(path).label)


def parse_number(text: str, path: str, integer: bool, strict: bool) -> float | int | None:
    """A number typed with a decimal comma or point and spaces between thousands; '' is 'not answered'."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
        if integer and not value.is_integer():
            raise ValueError(cleaned)
        return int(value) if integer else value
    except ValueError:
        if not strict:
            return None
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not a number."), field=path, name=label_of(path), value=text
        ) from None


def number_text(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.6f}".rstrip("0")
    return str(int(value))


def _base(tp: Any) -> tuple[Any, bool]:
    """The type without Optional, and whether None was allowed."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, type(int | None)) and type(None) in args:
        return next(a for a in args if a is not type(None)), True
    return tp, False


class Cell:
    """Reads and writes one value of a given type in a text or yes/no/choice widget."""

    def __init__(self, path: str, tp: Any, changed: Callable[[], None], long: bool = False) -> None:
        self.path = path
        self.tp, self.optional = _base(tp)
        self.widget: QWidget
        if self.tp is bool or path in CHOICES:
            combo = QComboBox()
            if self.tp is bool:
                choices = [(translate("Sustainability", "Yes"), True), (translate("Sustainability", "No"), False)]
                for text, value in [("–", None), *choices] if self.optional else choices:
                    combo.addItem(text, value)
            else:
                for choice in CHOICES[path]:
                    combo.addItem(tr_s(CHOICE_LABELS.get(choice, choice)), choice)
            combo.currentIndexChanged.connect(lambda _i: changed())
            self.widget = combo
        elif long:
            edit = QPlainTextEdit()
            edit.setFixedHeight(64)
            edit.textChanged.connect(changed)
            self.widget = edit
        else:
            line = QLineEdit()
            line.textChanged.connect(lambda _t: changed())
            self.widget = line
        self.widget.setObjectName(path)

    def get(self, strict: bool) -> Any:
        w = self.widget
        if isinstance(w, QComboBox):
            return w.currentData()
        text = w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()  # type: ignore[attr-defined]
        if self.tp in (int, float):
            value = parse_number(text, self.path, self.tp is int, strict)
            if value is None and not self.optional and strict:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "{name}: enter a number."), field=self.path, name=label_of(self.path)
                )
            return value
        if typing.get_origin(self.tp) is list:
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    def set(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QLineEdit):
            shown = (
                ", ".join(value)
                if isinstance(value, list)
                else number_text(value)
                if self.tp in (int, float)
                else value
            )
            w.setText(shown or "")
            w.setCursorPosition(0)


class RecordList(QWidget):
    """Rows of records (sites, fuels, waste, employees by country) as a grid of cells; B2's topics are fixed rows."""

    def __init__(self, path: str, tp: Any, changed: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName(path)
        self.path = path
        self.changed = changed
        list_type, self.nullable = _base(tp)
        self.item_type: Any = None
        if typing.get_origin(list_type) is dict:
            self.columns: list[tuple[str, Any]] = [("key", str), ("value", typing.get_args(list_type)[1])]
        else:
            self.item_type = typing.get_args(list_type)[0]
            hints = typing.get_type_hints(self.item_type)
            self.columns = [(f.name, hints[f.name]) for f in dataclasses.fields(self.item_type)]
        self.fixed = path == "b2.entries"
        self.rows: list[dict[str, Any]] = []
        self.grid = QGridLayout()
        self.none_box = QCheckBox(translate("Sustainability", "None this year"))
        self.none_box.toggled.connect(lambda _on: changed())
        self.add_button = named(QPushButton(translate("Sustainability", "Add a row")), f"{path}.add")
        self.add_button.clicked.connect(self._add_empty_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.none_box)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.setVisible(not self.fixed)
        self.none_box.setVisible(self.nullable)
        for column, (name, tp) in enumerate(self.columns):
            if tp is str and f"{path}.{name}" not in CHOICES and name != "topic":
                self.grid.setColumnStretch(column, 3)
            elif _base(tp)[0] in (int, float):
                self.grid.setColumnStretch(column, 1)
            header = QLabel(f"<b>{label_of(f'{path}.{name}')}</b>")
            header.setToolTip(tr_s(field_info(f"{path}.{name}").help))
            self.grid.addWidget(header, 0, column)

    def _add_empty_row(self) -> None:
        self.add_row({})
        self.changed()

    def add_row(self, values: dict[str, Any]) -> None:
        row_number = len(self.rows) + 1
        row: dict[str, Any] = {}
        for column, (name, tp) in enumerate(self.columns):
            if self.fixed and name == "topic":
                topic = values.get("topic", "")
                row[name] = topic
                self.grid.addWidget(QLabel(tr_s(B2_TOPIC_LABELS.get(topic, topic))), row_number, column)
                continue
            cell = Cell(f"{self.path}.{name}", tp, self.changed)
            cell.widget.setObjectName(f"{self.path}[{row_number - 1}].{name}")
            cell.set(values.get(name))
            if isinstance(cell.widget, QComboBox):
                cell.widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            elif cell.tp is str:
                cell.widget.setMinimumWidth(180)
            row[name] = cell
            self.grid.addWidget(cell.widget, row_number, column)
        if not self.fixed:
            remove = QPushButton("×")
            remove.setToolTip(translate("Sustainability", "Remove this row"))
            remove.setFixedWidth(28)
            remove.clicked.connect(lambda: self._remove(row))
            row["_remove"] = remove
            self.grid.addWidget(remove, row_number, len(self.columns))
        if self.path == "b3.fuels":
            self._link_units(row["fuel"].widget, row["unit"].widget)
        self.rows.append(row)

    def _link_units(self, fuel: QComboBox, unit: QComboBox) -> None:
        """Offers only the units the chosen fuel is measured in."""

        def refill() -> None:
            current = unit.currentData()
            unit.blockSignals(True)
            unit.clear()
            for name in FUELS[str(fuel.currentData())].units:
                unit.addItem(name, name)
            unit.setCurrentIndex(max(0, unit.findData(current)))
            unit.blockSignals(False)

        def fuel_changed(_row: int) -> None:
            refill()
            self.changed()

        refill()
        fuel.currentIndexChanged.connect(fuel_changed)

    def _remove(self, row: dict[str, Any]) -> None:
        values = [self._values(r, strict=False) for r in self.rows if r is not row]
        self.set_rows(values)
        self.changed()

    def _values(self, row: dict[str, Any], strict: bool) -> dict[str, Any]:
        return {
            name: (row[name] if isinstance(row[name], str) else row[name].get(strict)) for name, _tp in self.columns
        }

    def set_rows(self, values: list[dict[str, Any]]) -> None:
        while self.grid.count() > len(self.columns):  # everything below the header row
            taken = self.grid.takeAt(len(self.columns))
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for value in values:
            self.add_row(value)

    def get(self, strict: bool) -> Any:
        values = [self._values(row, strict) for row in self.rows]
        if self.item_type is None:
            return {str(v["key"]).strip().upper(): v["value"] for v in values if str(v["key"]).strip()}
        required = [name for name, tp in self.columns if tp in (int, float)]  # non-optional numbers
        records = [self.item_type(**v) for v in values if self.fixed or all(v[name] is not None for name in required)]
        if not records and self.nullable:
            return [] if self.none_box.isChecked() else None
        return records

    def set(self, value: Any) -> None:
        self.none_box.setChecked(value == [] and self.nullable)
        if isinstance(value, dict):
            self.set_rows([{"key": k, "value": v} for k, v in value.items()])
        else:
            self.set_rows([dataclasses.asdict(item) for item in value or []])


class EmissionsPanel(QWidget):
    """Scope 1 and 2 lines with the factor, its unit and source; value and source are editable per line."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Sustainability", "Source"),
        QT_TRANSLATE_NOOP("Sustainability", "Quantity"),
        QT_TRANSLATE_NOOP("Sustainability", "Emission factor"),
        QT_TRANSLATE_NOOP("Sustainability", "Unit"),
        QT_TRANSLATE_NOOP("Sustainability", "Factor source"),
        QT_TRANSLATE_NOOP("Sustainability", "t CO2e"),
    )

    def __init__(self, overrides_changed: Callable[[dict[str, EmissionFactor]], None]) -> None:
        super().__init__()
        self.overrides: dict[str, EmissionFactor] = {}
        self.keys: list[str] = []
        self._filling = False
        self._overrides_changed = overrides_changed
        self.model = QStandardItemModel(0, len(self.HEADERS))
        self.model.setHorizontalHeaderLabels([tr_s(h) for h in self.HEADERS])
        self.model.itemChanged.connect(self._edited)
        self.table = named(QTableView(), "emissionsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.totals = named(QLabel(), "emissionTotals")
        self.totals.setWordWrap(True)
        reset = named(QPushButton(translate("Sustainability", "Use the default factors")), "resetFactors")
        reset.clicked.connect(lambda: self._overrides_changed({}))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            translate("Sustainability", "Double-click a factor or its source to enter your supplier's figure.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.totals, 1)
        row.addWidget(reset)
        layout.addLayout(row)

    def show_result(self, result: EmissionsResult | None, problem: str = "") -> None:
        self._filling = True
        self.model.setRowCount(0)
        self.keys = []
        for line in result.lines if result else ():
            source = tr_s(FUELS[line.source].label) if line.source in FUELS else label_of(f"b3.{line.source}_kwh")
            mine = line.factor_key in self.overrides
            cells = [source, f"{line.quantity:g} {line.unit}", f"{line.factor.value:g}", line.factor.unit]
            cells += [
                line.factor.source + (f" ({translate('Sustainability', 'your value')})" if mine else ""),
                f"{line.tco2e:.2f}",
            ]
            items = [QStandardItem(text) for text in cells]
            for column, item in enumerate(items):
                item.setEditable(column in (2, 4))
                item.setToolTip(line.factor.source if column == 4 else "")
            self.model.appendRow(items)
            self.keys.append(line.factor_key)
        self._filling = False
        if result is None:
            self.totals.setText(problem)
            return
        text = translate(
            "Sustainability", "Scope 1: {s1} t CO2e · Scope 2 (location-based): {s2} t CO2e · Energy: {mwh} MWh"
        )
        self.totals.setText(
            text.format(
                s1=f"{result.scope1_tco2e:.2f}", s2=f"{result.scope2_tco2e:.2f}", mwh=f"{result.energy_mwh:.1f}"
            )
        )

    def _edited(self, item: QStandardItem) -> None:
        if self._filling or item.row() >= len(self.keys):
            return
        key = self.keys[item.row()]
        current = factor_table(self.overrides)[key]
        if item.column() == 2:
            value = parse_number(item.text(), "b3.factor_overrides", False, strict=False)
            if value is None or value < 0:
                self.show_result(
                    None, translate("Sustainability", "An emission factor must be a number of zero or more.")
                )
                return
            new = dataclasses.replace(current, value=float(value))
        else:
            new = dataclasses.replace(current, source=item.text().strip() or current.source)
        self._overrides_changed({**self.overrides, key: dataclasses.replace(new, year=date.today().year)})


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
            base, _optional = _base(hints[f.name])
            nested = typing.get_origin(base) is dict or (
                typing.get_origin(base) is list and dataclasses.is_dataclass(typing.get_args(base)[0])
            )
            editor = (
                RecordList(path, hints[f.name], self._edited)
                if nested
                else Cell(path, hints[f.name], self._edited, path in LONG_TEXT)
            )
            self.fields[path] = editor
            shown = self._with_help(path, editor if isinstance(editor, QWidget) else editor.widget)
            if path == "b2.entries":  # the topic table needs the full width
                form.addRow(shown)
            else:
                form.addRow(self._label(path), shown)
        if module == "b3":
            form.addRow(QLabel(f"<b>{self.tr('Emissions')}</b>"), self.emissions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def _label(self, path: str) -> QLabel:
        info = field_info(path)
        text = label_of(path) + (f" ({info.unit})" if info.unit else "")
        label = QLabel(text)
        label.setWordWrap(True)
        label.setMinimumWidth(170)
        label.setMaximumWidth(220)
        return label

    def _with_help(self, path: str, editor: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(editor)
        help_text = tr_s(field_info(path).help)
        if help_text:
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #5a6570; font-size: 11px;")
            layout.addWidget(hint)
        editor.setToolTip(help_text)
        return box

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
