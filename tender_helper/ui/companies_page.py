"""The Companies page: the installation's companies (an adviser's clients) and the details of each."""

from __future__ import annotations

from tender_helper.core.company import Company
from tender_helper.core.errors import InvalidInput
from tender_helper.i18n import translate
from tender_helper.ui import state as state_names
from tender_helper.ui.company_form import CompanyForm
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.company_table_model import CompanyTableModel


class CompaniesPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = CompanyTableModel()
        self.table = named(QTableView(), "companyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.hideColumn(CompanyTableModel.COLUMNS.index("size"))
        self.form = CompanyForm()
        self.new_button = named(QPushButton(self.tr("New company")), "newCompany")
        self.save_button = named(QPushButton(self.tr("Save")), "saveCompany")
        self.save_button.setDefault(True)
        self.delete_button = named(QPushButton(self.tr("Delete…")), "deleteCompany")
        self.title = named(QLabel(), "pageTitle")
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_row(current.row()))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.confirm_delete)
        state.changed.connect(self._on_changed)
        self.reload()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _on_changed(self, what: str) -> None:
        if what == state_names.COMPANIES:
            self.reload()

    def reload(self) -> None:
        companies = self.state.companies.list_companies()
        self.model.set_companies(companies)
        current = self.state.current_company
        row = self.model.row_of(current.id if current else None)
        if row >= 0:
            self.table.selectRow(row)
        elif companies:
            self.table.selectRow(0)
        else:
            self.start_new()

    def _show_row(self, row: int) -> None:
        company = self.model.company_at(row)
        if company is None:
            return
        self.form.set_company(company)
        self.title.setText(f"<h2>{company.name}</h2>")
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.form.set_company(None)
        self.title.setText("<h2>{}</h2>".format(self.tr("New company")))
        self.delete_button.setEnabled(False)
        self.form.name.setFocus()

    def save(self) -> None:
        try:
            company = self.form.company()
        except InvalidInput:
            return
        service = self.state.companies

        def write(_control: OpControl) -> Company:
            return service.update(company) if company.id else service.create(company)

        self.save_button.setEnabled(False)
        Op(write, writer=True).on_success(self._saved).on_failure(self._save_failed).on_finished(
            lambda: self.save_button.setEnabled(True)
        ).run()

    def _saved(self, company: Company) -> None:
        self.state.select_company(company)
        self.state.changed.emit(state_names.COMPANIES)
        show_status(self, self.tr("Saved {name}.").format(name=company.name), 5000)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.form.show_error(error)
        else:
            show_error(self, error)

    def confirm_delete(self) -> None:
        company = self.model.company_at(self.table.currentIndex().row())
        if company is None or company.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete company"),
            self.tr("Delete {name} and everything stored for it? This cannot be undone.").format(name=company.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        company_id = company.id
        Op(lambda _c: self.state.companies.delete(company_id), writer=True).on_success(
            lambda _r: self._deleted()
        ).on_failure(lambda error: show_error(self, error)).run()

    def _deleted(self) -> None:
        self.state.select_company(None)
        self.state.changed.emit(state_names.COMPANIES)


PAGE = PageSpec(
    order=80,
    key="companies",
    title=lambda: translate("Pages", "Companies"),
    icon=QStyle.StandardPixmap.SP_DirHomeIcon,
    factory=CompaniesPage,
)
