"""Owns the Sustainability form's field widgets: typed cells, record grids, their labels, help and number parsing."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import translate
from tender_helper.sustainability import statement as model
from tender_helper.sustainability.factors import FUELS
from tender_helper.sustainability.fields import B2_TOPIC_LABELS, field_info
from tender_helper.ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    named,
)

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


def base_type(tp: Any) -> tuple[Any, bool]:
    """The type without Optional, and whether None was allowed."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, type(int | None)) and type(None) in args:
        return next(a for a in args if a is not type(None)), True
    return tp, False


class Cell:
    """Reads and writes one value of a given type in a text or yes/no/choice widget."""

    def __init__(self, path: str, tp: Any, changed: Callable[[], None], long: bool = False) -> None:
        self.path = path
        self.tp, self.optional = base_type(tp)
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
        list_type, self.nullable = base_type(tp)
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
            elif base_type(tp)[0] in (int, float):
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


def field_editor(path: str, tp: Any, changed: Callable[[], None]) -> Cell | RecordList:
    """A record grid for lists of records and for dicts, a single cell for everything else."""
    base, _optional = base_type(tp)
    nested = typing.get_origin(base) is dict or (
        typing.get_origin(base) is list and dataclasses.is_dataclass(typing.get_args(base)[0])
    )
    return RecordList(path, tp, changed) if nested else Cell(path, tp, changed, path in LONG_TEXT)


def field_label(path: str) -> QLabel:
    """The field's name, with its unit in brackets, wrapped to fit beside the editor."""
    info = field_info(path)
    text = label_of(path) + (f" ({info.unit})" if info.unit else "")
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(170)
    label.setMaximumWidth(220)
    return label


def with_help(path: str, editor: QWidget) -> QWidget:
    """The editor with the field's help text under it (and as its tooltip)."""
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
