"""The For-you page: ranked cards with score bars and reasons, lots unfolded, star, dismiss, notification."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tender_helper.services.context import AppContext
from tender_helper.services.matching import MatchingService
from tender_helper.ui import for_you_page
from tender_helper.ui import state as state_names
from tender_helper.ui.for_you_page import ForYouPage
from tender_helper.ui.main_window import MainWindow
from tender_helper.ui.qt import Qt
from tests.unit.matching.relevance_data import load_relevance_set

SOCIAL = "Omsorgspartner AS"


def open_page(qtbot: QtBot, context: AppContext, company: str) -> tuple[MainWindow, ForYouPage]:
    data = load_relevance_set(context)
    context.settings.current_company_id = data.companies[company]
    window = MainWindow(context, "en")
    qtbot.addWidget(window)
    page = window.page_by_key["for_you"]
    assert isinstance(page, ForYouPage)
    page.open_only.setChecked(False)  # the fixture notices are old
    qtbot.waitUntil(lambda: page.ranking is not None and len(page.cards) > 3 and page.refresh_button.isEnabled())
    return window, page


def test_cards_show_score_and_reasons(qtbot: QtBot, context: AppContext) -> None:
    window, page = open_page(qtbot, context, SOCIAL)
    assert "for_you" in window.page_keys
    card = page.cards[0]
    assert "NAV Vest-Viken" in card.title.text()
    assert "is under your 85300000" in card.reasons.text()
    bar = card.findChild(for_you_page.QWidget, "scoreBar")
    assert bar is not None and 0 < bar.value() <= 100  # type: ignore[attr-defined]


def test_open_bid_goes_to_the_bids_page_when_there_is_one(qtbot: QtBot, context: AppContext) -> None:
    window, page = open_page(qtbot, context, SOCIAL)
    card = page.cards[0]
    assert card.bid_button.isEnabled() == for_you_page.bids_page_exists()
    if not card.bid_button.isEnabled():
        assert "no Bids page" in card.bid_button.toolTip()
        return
    window.state.navigate.disconnect(window._navigate)  # only the request is tested, not the Bids page itself
    with qtbot.waitSignal(window.state.navigate) as navigated:
        qtbot.mouseClick(card.bid_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["bids", card.result.notice_id]


def test_lots_unfold(qtbot: QtBot, context: AppContext) -> None:
    _window, page = open_page(qtbot, context, SOCIAL)
    card = page.cards[0]
    assert card.lots_button.text() == "Lots: 8 of 8 fit"
    qtbot.mouseClick(card.lots_button, Qt.MouseButton.LeftButton)
    assert card.lots_panel.isVisibleTo(card)
    layout = card.lots_panel.layout()
    assert layout is not None and layout.count() == 8


def test_star_and_dismiss(qtbot: QtBot, context: AppContext) -> None:
    _window, page = open_page(qtbot, context, SOCIAL)
    first, second = page.cards[0].result.notice_id, page.cards[1].result.notice_id
    qtbot.mouseClick(page.cards[0].star_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.cards[0].star_button.text() == "Unstar")
    qtbot.mouseClick(page.cards[1].dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second not in [card.result.notice_id for card in page.cards])
    assert page.cards[0].result.notice_id == first


def test_new_matches_after_a_sync_are_marked_and_announced(qtbot: QtBot, context: AppContext) -> None:
    window, page = open_page(qtbot, context, SOCIAL)
    ids = [card.result.notice_id for card in page.cards]
    company_id = page.company_id
    assert company_id is not None
    assert MatchingService(context.database).index_notices(ids[:2])[company_id] == 0  # known: not new
    MatchingService(context.database).set_state(company_id, ids[0], "dismissed")
    with context.database.session() as session:  # the notice leaves the matches and comes back as new
        from sqlalchemy import delete

        from tender_helper.storage.match_models import MatchRow

        session.execute(delete(MatchRow).where(MatchRow.notice_id == ids[1]))
    MatchingService(context.database).index_notices([ids[1]])
    window.state.changed.emit(state_names.NOTICES)
    qtbot.waitUntil(lambda: page.last_notification != "")
    assert page.last_notification == f"1 new matching notices for {SOCIAL}"
    marked = [card for card in page.cards if card.new_badge.isVisibleTo(page)]
    assert [card.result.notice_id for card in marked] == [ids[1]]


def test_empty_profile_explains(qtbot: QtBot, context: AppContext) -> None:
    from tender_helper.core.company import Company
    from tender_helper.services.companies import CompanyService

    company = CompanyService(context.database).create(Company(name="Tyhjä Oy", business_id="1234567-1", country="FI"))
    context.settings.current_company_id = company.id
    window = MainWindow(context, "en")
    qtbot.addWidget(window)
    page = window.page_by_key["for_you"]
    assert isinstance(page, ForYouPage)
    qtbot.waitUntil(lambda: "search profile is empty" in page.empty.text())
