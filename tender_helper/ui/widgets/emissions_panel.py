"""Owns the Sustainability page's emissions panel: scope 1 and 2 lines with editable emission factors."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.i18n import translate
from tender_helper.sustainability.emissions import EmissionsResult
from tender_helper.sustainability.factors import FUELS, EmissionFactor, factor_table
from tender_helper.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    QTableView,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.widgets.statement_fields import label_of, parse_number, tr_s


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
