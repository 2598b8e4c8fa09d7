"""The main window: side navigation over the pages, the company switcher, menus and the status bar."""

from __future__ import annotations

from tender_helper import APP_NAME
from tender_helper.core.company import Company
from tender_helper.services.context import AppContext
from tender_helper.ui import state as state_names
from tender_helper.ui.about_dialog import AboutDialog
from tender_helper.ui.pages import PageSpec, discover_pages
from tender_helper.ui.qt import (
    QAction,
    QCloseEvent,
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSize,
    QStackedWidget,
    QToolBar,
    QWidget,
    named,
)
from tender_helper.ui.settings_dialog import SettingsDialog
from tender_helper.ui.state import AppState


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, ui_language: str) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.state = AppState(context, ui_language)
        self.navigation = named(QListWidget(), "navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(210)
        self.pages = QStackedWidget()
        self.company_switcher = named(QComboBox(), "companySwitcher")
        self.company_switcher.setMinimumWidth(260)
        self._restore_company()
        self.page_keys: list[str] = []
        self.page_by_key: dict[str, QWidget] = {}
        for spec in discover_pages():
            self._add_page(spec)
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.show_page("companies" if self.state.current_company is None else self.page_keys[0])
        self.state.changed.connect(self._on_changed)
        self.state.navigate.connect(self._navigate)
        self.state.company_selected.connect(self._show_company_in_switcher)
        self.company_switcher.activated.connect(self._switch_company)
        self._fill_switcher()
        self.resize(1180, 760)

    def _restore_company(self) -> None:
        wanted = self.state.context.settings.current_company_id
        companies = self.state.companies.list_companies()
        chosen = next((c for c in companies if c.id == wanted), companies[0] if companies else None)
        self.state.current_company = chosen

    def _add_page(self, spec: PageSpec) -> None:
        page = spec.factory(self.state)
        page.setObjectName(f"{spec.key}Page")
        item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title())
        item.setSizeHint(QSize(200, 40))
        self.navigation.addItem(item)
        self.pages.addWidget(page)
        self.page_keys.append(spec.key)
        self.page_by_key[spec.key] = page

    @property
    def companies_page(self) -> QWidget:
        return self.page_by_key["companies"]

    @property
    def profile_page(self) -> QWidget:
        return self.page_by_key["profile"]

    def show_page(self, key: str) -> None:
        if key in self.page_keys:
            self.navigation.setCurrentRow(self.page_keys.index(key))

    def _navigate(self, key: str, payload: object) -> None:
        self.show_page(key)
        show_item = getattr(self.page_by_key.get(key), "show_item", None)
        if show_item is not None and payload is not None:
            show_item(payload)

    def _build_toolbar(self) -> None:
        toolbar = named(QToolBar(self.tr("Company")), "companyToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Company:") + " "))
        toolbar.addWidget(self.company_switcher)
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for key in self.page_keys:
            contribute = getattr(self.page_by_key[key], "contribute_menus", None)
            if contribute is not None:
                contribute(file_menu)
        if not file_menu.isEmpty():
            file_menu.addSeparator()
        settings = named(QAction(self.tr("&Settings…"), self), "settingsAction")
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = named(QAction(self.tr("&About Tender Helper"), self), "aboutAction")
        about.triggered.connect(self.open_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        database = self.state.context.database
        where = self.tr("Database: {kind}").format(
            kind="SQLite" if database.is_sqlite else database.engine.dialect.name
        )
        self.status_label = QLabel(f"{where} · {self.state.context.paths.root}")
        self.statusBar().addPermanentWidget(self.status_label)
        if self.state.context.backup_made:
            message = self.tr("The database was updated; a copy of the old one is in {path}.")
            self.statusBar().showMessage(message.format(path=self.state.context.backup_made), 15000)

    def _fill_switcher(self) -> None:
        self.company_switcher.clear()
        companies = self.state.companies.list_companies()
        if not companies:
            self.company_switcher.addItem(self.tr("No companies yet"), None)
        for company in companies:
            self.company_switcher.addItem(f"{company.name} ({company.business_id})", company)
        self._show_company_in_switcher(self.state.current_company)

    def _show_company_in_switcher(self, company: Company | None) -> None:
        for row in range(self.company_switcher.count()):
            item = self.company_switcher.itemData(row)
            if item is not None and company is not None and item.id == company.id:
                self.company_switcher.setCurrentIndex(row)
                return

    def _switch_company(self, row: int) -> None:
        company = self.company_switcher.itemData(row)
        if company is not None and company != self.state.current_company:
            self.state.select_company(company)
            self.statusBar().showMessage(self.tr("Working on {name}.").format(name=company.name), 4000)

    def _on_changed(self, what: str) -> None:
        if what == state_names.COMPANIES:
            self._fill_switcher()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.state.context.settings, self.state.context.paths.root, self)
        if dialog.exec():
            self.state.context.save_settings()
            self.statusBar().showMessage(self.tr("Settings saved. Some changes apply after a restart."), 6000)

    def open_about(self) -> None:
        AboutDialog(str(self.state.context.paths.root), self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.context.settings.window_geometry = bytes(self.saveGeometry().toHex().data()).decode()
        self.state.context.save_settings()
        super().closeEvent(event)
