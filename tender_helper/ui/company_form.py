"""The form that edits one company's details, with inline messages for bad values."""

from __future__ import annotations

from dataclasses import replace

from tender_helper.core.business_id import COUNTRIES, ID_NAMES
from tender_helper.core.company import Company, SizeClass, parse_amount
from tender_helper.core.errors import InvalidInput
from tender_helper.i18n import translate
from tender_helper.ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
    named,
)
from tender_helper.ui.widgets.company_table_model import size_label

LANGUAGE_NAMES = {
    "fin": "suomi",
    "swe": "svenska",
    "nor": "norsk",
    "dan": "dansk",
    "eng": "English",
    "est": "eesti",
    "lav": "latviešu",
    "lit": "lietuvių",
}


class CompanyForm(QWidget):
    """Reads and writes a Company; `company()` raises InvalidInput and marks the field at fault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: Company | None = None
        self.name = named(QLineEdit(), "companyName")
        self.country = named(QComboBox(), "companyCountry")
        for code in COUNTRIES:
            self.country.addItem(f"{code} – {ID_NAMES[code]}", code)
        self.business_id = named(QLineEdit(), "businessId")
        self.business_id.setPlaceholderText("1234567-1")
        self.size_class = named(QComboBox(), "companySize")
        self.size_class.addItem(self.tr("From staff and turnover"), None)
        for size in SizeClass:
            self.size_class.addItem(size_label(size.value), size.value)
        self.turnover = named(QLineEdit(), "turnover")
        self.turnover.setPlaceholderText(self.tr("e.g. 450 000"))
        self.employees = named(QSpinBox(), "employees")
        self.employees.setRange(-1, 1_000_000)
        self.employees.setSpecialValueText(self.tr("not given"))
        self.employees.setValue(-1)
        self.languages = {code: QCheckBox(name) for code, name in LANGUAGE_NAMES.items()}
        self.description = named(QPlainTextEdit(), "description")
        self.description.setPlaceholderText(self.tr("What the company does, its strengths and references."))
        self.message = named(QLabel(), "formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self._layout()
        self.country.currentIndexChanged.connect(self._update_id_hint)
        self._update_id_hint()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Country"), self.country)
        self.id_label = QLabel()
        form.addRow(self.id_label, self.business_id)
        form.addRow(self.tr("Size class"), self.size_class)
        form.addRow(self.tr("Turnover (EUR a year)"), self.turnover)
        form.addRow(self.tr("Staff"), self.employees)
        grid = QGridLayout()
        for number, box in enumerate(self.languages.values()):
            grid.addWidget(box, number // 4, number % 4)
        languages = QWidget()
        languages.setLayout(grid)
        form.addRow(self.tr("Working languages"), languages)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.message)

    def _update_id_hint(self) -> None:
        code = self.country.currentData()
        self.id_label.setText(self.tr("Business id ({kind})").format(kind=ID_NAMES.get(code, "")))

    def set_company(self, company: Company | None) -> None:
        """Shows `company`, or an empty form for a new one."""
        self._editing = company
        self.message.clear()
        self.name.setText(company.name if company else "")
        self.country.setCurrentIndex(max(0, self.country.findData(company.country if company else "FI")))
        self.business_id.setText(company.business_id if company else "")
        self.size_class.setCurrentIndex(0)
        self.turnover.setText(
            "" if not company or company.turnover is None else f"{company.turnover:,}".replace(",", " ")
        )
        self.employees.setValue(-1 if not company or company.employees is None else company.employees)
        for code, box in self.languages.items():
            box.setChecked(bool(company) and code in company.languages)  # type: ignore[union-attr]
        self.description.setPlainText(company.description if company else "")
        if company and company.size_class:
            self.size_class.setCurrentIndex(max(0, self.size_class.findData(company.size_class.value)))

    def company(self) -> Company:
        """The company as entered, validated; raises InvalidInput and shows its message."""
        try:
            size = self.size_class.currentData()
            values = Company(
                id=self._editing.id if self._editing else None,
                name=self.name.text(),
                business_id=self.business_id.text(),
                country=str(self.country.currentData()),
                size_class=SizeClass(size) if size else None,
                turnover=parse_amount(self.turnover.text(), "turnover"),
                employees=None if self.employees.value() < 0 else self.employees.value(),
                languages=tuple(code for code, box in self.languages.items() if box.isChecked()),
                description=self.description.toPlainText().strip(),
            )
            valid = values.validated()
        except InvalidInput as error:
            self.show_error(error)
            raise
        self.message.clear()
        return replace(valid, created_at=self._editing.created_at if self._editing else None)

    def show_error(self, error: InvalidInput) -> None:
        self.message.setText(error.translated(translate))
        widget = {
            "name": self.name,
            "business_id": self.business_id,
            "turnover": self.turnover,
            "employees": self.employees,
            "country": self.country,
        }.get(error.field or "")
        if widget is not None:
            widget.setFocus()
