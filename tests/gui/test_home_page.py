"""The start page tells what to do next: add a company, fill the profile, get tenders."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tender_helper.core.company import Company, SearchProfile
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.ui.home_page import HomePage
from tender_helper.ui.qt import Qt
from tender_helper.ui.state import AppState


def test_without_a_company_it_points_to_the_companies_page(qtbot: QtBot, context: AppContext) -> None:
    page = HomePage(AppState(context, "en"))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "Welcome" in page.title.text(), timeout=5000)
    assert "adding your company" in page.profile_text.text()
    assert "No tenders saved yet" in page.cache_text.text()
    with qtbot.waitSignal(page.state.navigate, timeout=2000) as signal:
        qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["companies", None]


def test_summarises_profile_and_cache(qtbot: QtBot, context: AppContext, company: Company, fixtures_dir: Path) -> None:
    assert company.id is not None
    CompanyService(context.database).save_profile(
        SearchProfile(company_id=company.id, cpv=("90910000", "90919200"), nuts=("FI1C",), keywords=("siivous",))
    )
    NoticeService(context.database).import_paths([fixtures_dir / "notices"])
    state = AppState(context, "en")
    state.current_company = company
    page = HomePage(state)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "Siivous Oy" in page.title.text(), timeout=5000)
    assert page.profile_text.text() == "CPV codes: 2 · Regions: 1 · Keywords: 1"
    qtbot.waitUntil(lambda: "notices saved on this computer" in page.cache_text.text(), timeout=5000)
    assert "Last update from TED: never" in page.cache_text.text()
