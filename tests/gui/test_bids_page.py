"""The Bids page driven as a user would: open a bid from a notice, answer, tick, export; the active-bids widget."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tender_helper.core.company import Company
from tender_helper.services.bids import bid_service
from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.ui.bids_page import BidsPage
from tender_helper.ui.ops import wait_for_all
from tender_helper.ui.qt import Qt
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.active_bids import ActiveBidsWidget

SALO = "notices/eforms/FIN_cn-standard_622690-2023_salo_4lots.xml"
NAV = "notices/eforms/NOR-doffin_cn-social_2024-102327_8lots.xml"


def _import(context: AppContext, fixtures_dir: Path, name: str) -> int:
    result = NoticeService(context.database).import_paths([fixtures_dir / name])
    return (result.new_ids or result.updated_ids)[0]


@pytest.fixture
def state(context: AppContext, company: Company) -> AppState:
    app_state = AppState(context, "en")
    app_state.current_company = company
    return app_state


@pytest.fixture
def page(qtbot: QtBot, state: AppState) -> Iterator[BidsPage]:
    widget = BidsPage(state)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_all()


def _open(qtbot: QtBot, page: BidsPage, notice_id: int) -> None:
    page.show_item(notice_id)  # what the main window calls on state.navigate.emit("bids", notice_id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.bid.notice_id == notice_id, timeout=10000)


def test_open_bid_from_notice_shows_workspace(
    qtbot: QtBot, qtmodeltester: ModelTester, page: BidsPage, context: AppContext, fixtures_dir: Path
) -> None:
    assert page.empty.isVisible() and not page.banner.isVisible()
    notice_id = _import(context, fixtures_dir, SALO)
    _open(qtbot, page, notice_id)
    assert page.list_model.rowCount() == 1
    assert "Eteläisen Salon liikuntapaikkojen hoidon hankinta" in page.title.text()
    qtmodeltester.check(page.list_model)
    qtmodeltester.check(page.checklist_model)
    categories = [page.checklist_model.item(row, 0).text() for row in range(page.checklist_model.rowCount())]
    assert categories[:3] == ["Decide", "Documents and questions", "Qualification"]
    timeline = page.timeline.model()
    points = {timeline.index(r, 0).data(): timeline.index(r, 1).data() for r in range(timeline.rowCount())}
    assert points["Tender deadline"] == "2023-11-15 12:00"
    assert points["Question cut-off"].endswith("(estimate)")
    documents = page.documents.model()
    states = {documents.index(r, 0).data(): documents.index(r, 3).data() for r in range(documents.rowCount())}
    assert states["Tax debt certificate"] == "missing from the vault"
    page.show_item(notice_id)  # a second time opens the same bid
    wait_for_all()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)


def test_tick_a_step_and_save_the_assessment(
    qtbot: QtBot, page: BidsPage, context: AppContext, fixtures_dir: Path
) -> None:
    _open(qtbot, page, _import(context, fixtures_dir, SALO))
    assert page.current is not None
    bid_id = page.current.bid.id
    page.tabs.setCurrentIndex(1)
    page.checklist.setCurrentIndex(page.checklist_model.index_of("general.register"))
    assert "Register in the buyer's e-tendering system" in page.help.toPlainText()
    page.item_status.setCurrentIndex(page.item_status.findData("done"))
    qtbot.keyClicks(page.item_notes, "Registered on Tarjouspalvelu")
    qtbot.mouseClick(page.save_item_button, Qt.MouseButton.LeftButton)
    service = bid_service(context)

    def stored_item() -> tuple[str, str]:
        item = next(v.item for v in service.workspace(bid_id).items if v.item.item_id == "general.register")
        return item.status, item.notes

    qtbot.waitUntil(lambda: stored_item() == ("done", "Registered on Tarjouspalvelu"), timeout=5000)

    assessment = page.assessment
    assert assessment is not None
    for question in service.assessment_template().questions:
        combo = assessment.answers[question.id]
        combo.setCurrentIndex(combo.count() - 1)  # the weakest answer of each question
    assert "Do not bid" in assessment.result.text()
    assessment.decision.setCurrentIndex(assessment.decision.findData("bid"))
    assert assessment.reason.isEnabled()
    qtbot.keyClicks(assessment.reason, "Strategic customer")
    qtbot.mouseClick(assessment.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.workspace(bid_id).bid.decision == "bid", timeout=5000)
    saved = service.workspace(bid_id).assessment
    assert (saved.recommendation, saved.final, saved.decision_reason) == ("no_bid", "bid", "Strategic customer")


def test_missing_deadline_is_asked_for(
    qtbot: QtBot, page: BidsPage, context: AppContext, fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    deadline = datetime(2030, 5, 2, 12, 0, tzinfo=UTC)

    def answer(reference: str) -> datetime:
        asked.append(reference)
        return deadline

    monkeypatch.setattr(page, "ask_deadline", answer)
    _open(qtbot, page, _import(context, fixtures_dir, NAV))
    assert asked == ["aa382761-89ef-4162-9dc5-74f12a6f2a21"]
    assert page.current is not None and page.current.bid.tender_deadline == deadline
    assert page.tender_deadline.text() == "2030-05-02T12:00:00+00:00"


def test_exports_write_report_and_calendar(
    qtbot: QtBot, page: BidsPage, context: AppContext, fixtures_dir: Path, tmp_path: Path
) -> None:
    _open(qtbot, page, _import(context, fixtures_dir, SALO))
    page.export_report(tmp_path / "bid.pdf")
    page.export_ics(tmp_path / "bid.ics")
    qtbot.waitUntil(lambda: (tmp_path / "bid.pdf").exists() and (tmp_path / "bid.ics").exists(), timeout=10000)
    wait_for_all()
    events = icalendar.Calendar.from_ical((tmp_path / "bid.ics").read_bytes()).walk("VEVENT")
    assert any(str(e["summary"]).startswith("Tender deadline") for e in events)
    assert (tmp_path / "bid.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "bid.ics" in page.export_message.text() or "bid.pdf" in page.export_message.text())


def test_broken_template_shows_a_banner(qtbot: QtBot, state: AppState) -> None:
    own = state.context.paths.root / "checklists"
    own.mkdir(parents=True)
    (own / "ours.toml").write_text('id = "ours"\nversion = 1\nscope = "everywhere"\n', encoding="utf-8")
    widget = BidsPage(state)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.banner.isVisible()
    assert "ours.toml" in widget.banner.text() and "scope must be one of" in widget.banner.text()


def test_active_bids_widget_opens_a_bid(
    qtbot: QtBot, qtmodeltester: ModelTester, state: AppState, context: AppContext, fixtures_dir: Path
) -> None:
    assert state.current_company is not None and state.current_company.id is not None
    service = bid_service(context)
    salo = _import(context, fixtures_dir, SALO)
    service.open_bid(state.current_company.id, salo)
    widget = ActiveBidsWidget(state)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    assert widget.model.rowCount() == 1
    assert widget.model.index(0, 2).data() == "Siivous Oy"
    with qtbot.waitSignal(state.navigate) as signal:
        widget.open_row(0)
    assert signal.args == ["bids", salo]
