"""The start page: what needs attention today for the chosen company, and where to go next."""

from __future__ import annotations

from tender_helper.i18n import translate
from tender_helper.services.overview import Overview, load_overview
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import show_error
from tender_helper.ui.formatting import local_datetime_text
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec
from tender_helper.ui.qt import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.active_bids import ActiveBidsWidget
from tender_helper.ui.widgets.expiry_summary import ExpirySummary


class HomePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.title = named(QLabel(), "pageTitle")
        self.profile_text = named(QLabel(), "profileSummary")
        self.cache_text = named(QLabel(), "cacheSummary")
        self.profile_button = QPushButton()
        self.notices_button = QPushButton(self.tr("See tenders"))
        self.sections = QVBoxLayout()
        self._layout()
        self.profile_button.clicked.connect(lambda: state.navigate.emit(state_names.PROFILE, None))
        self.notices_button.clicked.connect(lambda: state.navigate.emit(state_names.NOTICES, None))
        state.company_selected.connect(lambda _company: self.refresh())
        state.changed.connect(lambda _what: self.refresh())
        self.refresh()

    def _card(self, title: str, text: QLabel, button: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        text.setWordWrap(True)
        row = QHBoxLayout(box)
        row.addWidget(text, 1)
        row.addWidget(button)
        return box

    def _layout(self) -> None:
        self.sections.addWidget(self._card(self.tr("Search profile"), self.profile_text, self.profile_button))
        self.sections.addWidget(self._card(self.tr("Tenders"), self.cache_text, self.notices_button))
        self.active_bids = ActiveBidsWidget(self.state)
        self.add_section(self.tr("Active bids by next deadline"), self.active_bids)
        self.expiring = ExpirySummary(self.state)
        self.add_section(self.tr("Documents expired or expiring soon"), self.expiring)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.title)
        inner.addLayout(self.sections)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def add_section(self, title: str, widget: QWidget) -> None:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        self.sections.addWidget(box)

    def refresh(self) -> None:
        company = self.state.current_company
        database = self.state.context.database

        def read(_control: OpControl) -> Overview:
            return load_overview(database, company)

        Op(read).on_success(self._show).on_failure(lambda error: show_error(self, error)).run()

    def _show(self, overview: Overview) -> None:
        company = overview.company
        heading = self.tr("Overview — {name}").format(name=company.name) if company else self.tr("Welcome")
        self.title.setText(f"<h1>{heading}</h1>")
        self._show_profile(overview)
        self._show_cache(overview)

    def _show_profile(self, overview: Overview) -> None:
        profile = overview.profile
        if overview.company is None:
            self.profile_text.setText(self.tr("Start by adding your company on the Companies page."))
            self.profile_button.setText(self.tr("Add a company"))
            self.profile_button.clicked.disconnect()
            self.profile_button.clicked.connect(lambda: self.state.navigate.emit(state_names.COMPANIES, None))
            return
        self.profile_button.clicked.disconnect()
        self.profile_button.clicked.connect(lambda: self.state.navigate.emit(state_names.PROFILE, None))
        if profile is None or profile.is_empty():
            self.profile_text.setText(
                self.tr(
                    "The search profile is empty. Choose what you sell (CPV codes), where you work and a few "
                    "keywords, and Tender Helper ranks the tenders for you."
                )
            )
            self.profile_button.setText(self.tr("Fill in the profile"))
            return
        self.profile_text.setText(
            self.tr("CPV codes: {cpv} · Regions: {regions} · Keywords: {words}").format(
                cpv=len(profile.cpv), regions=len(profile.nuts), words=len(profile.keywords)
            )
        )
        self.profile_button.setText(self.tr("Edit the profile"))

    def _show_cache(self, overview: Overview) -> None:
        cache = overview.cache
        if cache.notices == 0:
            self.cache_text.setText(
                self.tr("No tenders saved yet. Update from TED, import notice files, or try the sample data.")
            )
            return
        when = local_datetime_text(cache.last_sync) if cache.last_sync else self.tr("never")
        text = self.tr("{total} notices saved on this computer, {open} still open. Last update from TED: {when}.")
        self.cache_text.setText(text.format(total=cache.notices, open=cache.open_notices, when=when))


PAGE = PageSpec(
    order=10,
    key="home",
    title=lambda: translate("Pages", "Start"),
    icon=QStyle.StandardPixmap.SP_DesktopIcon,
    factory=HomePage,
)
