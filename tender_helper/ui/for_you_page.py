"""The For-you page: notices ranked for the chosen company, with score bars, reasons and per-lot fit."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from PySide6.QtWidgets import QSystemTrayIcon  # not yet exported by ui/qt.py (see the matching report)

from tender_helper.i18n import translate
from tender_helper.matching.explain import Note, explain_note
from tender_helper.services.matching import DISMISSED, NEW, SEEN, STARRED, MatchingService, Ranking
from tender_helper.ui import state as state_names
from tender_helper.ui.feedback import show_error, show_status
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.pages import PageSpec, discover_pages
from tender_helper.ui.qt import (
    QApplication,
    QCheckBox,
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
from tender_helper.ui.widgets.match_card import MatchCard, no_results_text

SHOWN = 100  # cards on the page; the CLI can list more


@cache
def bids_page_exists() -> bool:
    return any(spec.key == "bids" for spec in discover_pages())


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ForYouPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = MatchingService(state.context.database)
        self.ranking: Ranking | None = None
        self.cards: list[MatchCard] = []
        self.last_notification = ""
        self._announced: dict[int, int | None] = {}  # company id -> sync run already announced
        self._tray: QSystemTrayIcon | None = None
        self._announce_next = False
        self._notes: list[Note] = []
        self.title = named(QLabel(), "pageTitle")
        self.summary = named(QLabel(), "matchSummary")
        self.summary.setWordWrap(True)
        self.open_only = named(QCheckBox(self.tr("Only notices still open")), "openOnly")
        self.open_only.setChecked(True)
        self.refresh_button = named(QPushButton(self.tr("Rank again")), "rankAgain")
        self.seen_button = named(QPushButton(self.tr("Mark all seen")), "markAllSeen")
        self.empty = named(QLabel(), "emptyMessage")
        self.empty.setWordWrap(True)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.list_widget)
        self._layout()
        self.open_only.toggled.connect(lambda _on: self.show_stored())
        self.refresh_button.clicked.connect(lambda: self.rank())
        self.seen_button.clicked.connect(self.mark_all_seen)
        state.changed.connect(self._on_changed)
        state.company_selected.connect(lambda _company: self.load())
        self.load()

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.open_only)
        tools.addStretch(1)
        tools.addWidget(self.seen_button)
        tools.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll_area, 1)

    @property
    def company_id(self) -> int | None:
        company = self.state.current_company
        return company.id if company is not None else None

    def load(self) -> None:
        """Shows the stored ranking at once, then ranks again in the background."""
        company = self.state.current_company
        self.setEnabled(company is not None)
        if company is None or company.id is None:
            self.title.setText("<h2>{}</h2>".format(self.tr("For you")))
            self._show(None)
            self.empty.setText(self.tr("Add a company first on the Companies page."))
            return
        self.title.setText("<h2>{}</h2>".format(self.tr("For you: {name}").format(name=company.name)))
        self._notes = []
        self.show_stored()
        self.rank()

    def show_stored(self) -> None:
        """The stored ranking (a quick read), with the notes of the last ranking pass."""
        if self.company_id is not None:
            stored = self.service.stored(self.company_id, open_only=self.open_only.isChecked(), limit=SHOWN)
            self._show(replace(stored, notes=self._notes))

    def rank(self, announce: bool = False) -> None:
        company_id = self.company_id
        if company_id is None:
            return
        service, open_only = self.service, self.open_only.isChecked()

        def work(_control: OpControl) -> Ranking:
            return service.rank(company_id, open_only=open_only, limit=SHOWN)

        self.refresh_button.setEnabled(False)
        self._announce_next = self._announce_next or announce
        # Bound methods, not lambdas: Qt drops the connection if the page is gone before the work ends.
        Op(work, writer=True).on_success(self._ranked).on_failure(self._failed).on_finished(self._rank_done).run()

    def _ranked(self, ranking: Ranking) -> None:
        announce, self._announce_next = self._announce_next, False
        if ranking.company_id != self.company_id:
            return  # the user chose another company meanwhile
        self._notes = ranking.notes
        self.show_stored()  # with the open-only choice as it is now, which may have changed meanwhile
        if announce:
            self.announce(ranking)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _rank_done(self) -> None:
        self.refresh_button.setEnabled(True)

    def _show(self, ranking: Ranking | None) -> None:
        self.ranking = ranking
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        while self.list_layout.count():
            self.list_layout.takeAt(0)
        if ranking is None:
            self.summary.clear()
            return
        language = self.state.data_language
        for result in ranking.results:
            card = MatchCard(result, language, bids_page_exists())
            card.star_clicked.connect(self.toggle_star)
            card.dismiss_clicked.connect(self.dismiss)
            card.open_bid_clicked.connect(lambda notice_id: self.state.navigate.emit("bids", notice_id))
            card.opened.connect(self._mark_seen)
            self.list_layout.addWidget(card)
            self.cards.append(card)
        self.list_layout.addStretch(1)
        notes = [explain_note(note, language, translate) for note in ranking.notes]
        self.empty.setText("" if ranking.results else no_results_text(notes))
        self.empty.setVisible(not ranking.results)
        summary = self.tr("{count} matching notices, {new} new since the last sync.").format(
            count=ranking.matched, new=ranking.new_since_sync
        )
        self.summary.setText(" ".join([summary, *notes]) if ranking.results else summary)

    def announce(self, ranking: Ranking) -> None:
        """A desktop notification of the matches a sync brought, once per sync (when a tray exists)."""
        company = self.state.current_company
        already = self._announced.get(ranking.company_id) == ranking.latest_sync_run
        if company is None or not ranking.new_since_sync or already:
            return
        self._announced[ranking.company_id] = ranking.latest_sync_run
        self.last_notification = self.tr("{count} new matching notices for {name}").format(
            count=ranking.new_since_sync, name=company.name
        )
        if tray_available():
            self._tray_icon().showMessage(self.tr("Tender Helper"), self.last_notification)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.show()
        return self._tray

    def _change_state(self, notice_id: int, state: str, similar: bool = False) -> None:
        company_id = self.company_id
        if company_id is None:
            return
        service = self.service

        def work(_control: OpControl) -> None:
            service.set_state(company_id, notice_id, state, similar=similar)

        after = self._after_similar if similar else self._after_state
        Op(work, writer=True).on_success(after).on_failure(self._failed).run()

    def _after_state(self, _result: object) -> None:
        self.show_stored()

    def _after_similar(self, _result: object) -> None:
        self.rank()

    def toggle_star(self, notice_id: int) -> None:
        card = next((card for card in self.cards if card.result.notice_id == notice_id), None)
        starred = card is not None and card.result.state == STARRED
        self._change_state(notice_id, SEEN if starred else STARRED)

    def dismiss(self, notice_id: int, similar: bool) -> None:
        self._change_state(notice_id, DISMISSED, similar)
        show_status(self, self.tr("Dismissed; it stays away after the next sync."), 5000)

    def _mark_seen(self, notice_id: int) -> None:
        card = next((card for card in self.cards if card.result.notice_id == notice_id), None)
        company_id = self.company_id
        if card is None or company_id is None or card.result.state != NEW:
            return
        service = self.service
        Op(lambda _c: service.set_state(company_id, notice_id, SEEN), writer=True).run()

    def mark_all_seen(self) -> None:
        company_id = self.company_id
        if company_id is None:
            return
        service = self.service
        Op(lambda _c: service.mark_all_seen(company_id), writer=True).on_success(lambda _none: self.show_stored()).run()

    def _on_changed(self, what: str) -> None:
        if what == state_names.NOTICES:
            self.rank(announce=True)
        elif what == state_names.PROFILE:
            self.rank()


PAGE = PageSpec(
    order=20,
    key="for_you",
    title=lambda: translate("Pages", "For you"),
    icon=QStyle.StandardPixmap.SP_DialogYesButton,
    factory=ForYouPage,
)
