"""The GUI's shared state: the open installation, the chosen company, and one "changed" signal for views."""

from __future__ import annotations

from tender_helper.core.company import Company
from tender_helper.i18n import data_language
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.ui.qt import QObject, Signal

# What a "changed" signal can name; each view decides whether to refresh (Anki's operation_did_execute).
COMPANIES = "companies"
PROFILE = "profile"
SETTINGS = "settings"
NOTICES = "notices"
MATCHES = "matches"
DOCUMENTS = "documents"
SUSTAINABILITY = "sustainability"
BIDS = "bids"
SESSIONS = "sessions"


class AppState(QObject):
    """Owned by the main window; pages read from it and announce their writes through `changed`."""

    changed = Signal(str)
    company_selected = Signal(object)  # Company | None
    navigate = Signal(str, object)  # page key, what to show there (e.g. a notice id)

    def __init__(self, context: AppContext, ui_language: str) -> None:
        super().__init__()
        self.context = context
        self.ui_language = ui_language
        self.companies = CompanyService(context.database)
        self.current_company: Company | None = None

    @property
    def data_language(self) -> str:
        """ISO 639-3 key for data labels (CPV, notice texts) in the UI language."""
        return data_language(self.ui_language)

    def select_company(self, company: Company | None) -> None:
        self.current_company = company
        self.context.settings.current_company_id = company.id if company else None
        self.context.save_settings()
        self.company_selected.emit(company)
