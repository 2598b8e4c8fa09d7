"""The Sessions page: clients and hours, editing a session, the timer left running, presentation mode, hand-off."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tender_helper.core.company import Company
from tender_helper.handoff.crypto import KdfParams
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext, open_context
from tender_helper.services.handoff import HandoffService
from tender_helper.services.sessions import SessionService
from tender_helper.storage.sessions_repo import AdviceSession, Topic
from tender_helper.ui.main_window import MainWindow
from tender_helper.ui.qt import QLabel, QPushButton, Qt
from tender_helper.ui.sessions_page import SessionsPage

FAST = KdfParams(log2_n=10)


def page_of(window: MainWindow) -> SessionsPage:
    window.show_page("sessions")
    page = window.page_by_key["sessions"]
    assert isinstance(page, SessionsPage)
    return page


@pytest.fixture
def seeded(context: AppContext, company: Company) -> Company:
    """The company with an allowance and a session, and a second client; made before the window opens."""
    assert company.id is not None
    service = SessionService(context.database)
    service.set_allowance(company.id, 300, "Kasvu")
    service.save(AdviceSession(company_id=company.id, started_at=datetime(2026, 11, 20, 8), minutes=90))
    CompanyService(context.database).create(Company(name="Bygg AB", business_id="5560360793", country="SE"))
    return company


def test_client_list_shows_hours_and_follow_ups(qtbot: QtBot, seeded: Company, window: MainWindow) -> None:
    window.state.select_company(seeded)
    page = page_of(window)
    page.grab().save("/tmp/sessions_page.png")
    rows = {page.client_model.item(r, 0).text(): page.client_model.item(r, 1).text() for r in range(2)}
    assert rows == {"Siivous Oy": "1.5 h / 5 h", "Bygg AB": "0 h / –"}
    assert page.hours_label.text() == "Used 1.5 h of 5 h; 3.5 h left."
    assert page.session_list.count() == 1


def test_edit_session_topics_notes_and_follow_up(qtbot: QtBot, window: MainWindow, company: Company) -> None:
    window.state.select_company(company)
    page = page_of(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.session_list.count() == 1 and page.current is not None)
    page.minutes.setValue(75)
    page.topic_boxes[Topic.ESPD].setChecked(True)
    qtbot.keyClicks(page.notes, "Went through the ESPD form")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    service = page.service
    assert company.id is not None
    qtbot.waitUntil(lambda: service.sessions(company.id or 0)[0].minutes == 75)
    saved = service.sessions(company.id)[0]
    assert saved.topics == (Topic.ESPD,) and saved.notes == "Went through the ESPD form"
    qtbot.keyClicks(page.follow_text, "Order tax certificate")
    qtbot.keyClicks(page.follow_due, "2026-12-01")
    qtbot.mouseClick(page.add_follow, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.follow_model.rowCount() == 1)
    assert page.follow_model.item(0, 1).text() == "Order tax certificate"
    page.follow_model.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: service.follow_ups(company.id or 0)[0].done)
    page.follow_due.setText("1.12.2026")
    page.follow_text.setText("x")
    qtbot.mouseClick(page.add_follow, Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in page.message.text()


def test_timer_start_stop(qtbot: QtBot, window: MainWindow, company: Company) -> None:
    window.state.select_company(company)
    page = page_of(window)
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current is not None and page.current.running_since is not None)
    assert page.timer_button.text() == "Stop timer" and page.timer_label.text().startswith("Running 0:00:0")
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current is not None and page.current.running_since is None)
    assert page.current is not None and page.current.minutes == 1  # a started minute counts
    assert page.timer_button.text() == "Start timer"


@pytest.fixture
def left_running(context: AppContext, company: Company) -> AdviceSession:
    """A session whose timer ran when the app was last closed."""
    assert company.id is not None
    return SessionService(context.database).start(company.id)


def test_timer_left_running_is_asked_about_on_start(
    qtbot: QtBot, context: AppContext, left_running: AdviceSession, window: MainWindow
) -> None:
    advice = left_running
    page = page_of(window)
    qtbot.waitUntil(lambda: page.timer_dialog is not None and page.timer_dialog.isVisible())
    assert page.timer_dialog is not None
    assert any("Siivous Oy" in label.text() for label in page.timer_dialog.findChildren(QLabel))
    qtbot.mouseClick(page.timer_dialog.findChild(QPushButton, "discardTimer"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SessionService(context.database).running_timers() == [])
    assert SessionService(context.database).get(advice.id or 0).minutes == 0
    qtbot.waitUntil(lambda: page.session_list.count() == 1 and "⏱" not in page.session_list.item(0).text())


def test_presentation_mode_hides_other_clients_and_enlarges_text(
    qtbot: QtBot, window: MainWindow, company: Company
) -> None:
    window.state.select_company(company)
    page = page_of(window)
    normal = page.editor.font().pointSizeF()
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    assert not page.client_panel.isVisible()
    assert not window.navigation.isVisible() and not window.company_switcher.isVisible()
    assert page.editor.font().pointSizeF() > normal * 1.5
    page.grab().save("/tmp/sessions_presentation.png")
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    assert page.client_panel.isVisible() and window.navigation.isVisible()
    assert page.editor.font().pointSizeF() == normal


def test_pdf_export_in_background(qtbot: QtBot, window: MainWindow, company: Company, tmp_path: Path) -> None:
    assert company.id is not None
    page = page_of(window)
    page.service.save(AdviceSession(company_id=company.id, started_at=datetime(2026, 11, 20, 8), minutes=30))
    window.state.select_company(company)
    target = tmp_path / "s.pdf"
    page.export_pdf(target)
    qtbot.waitUntil(target.exists)


def test_handoff_import_with_conflict_dialog(
    qtbot: QtBot, window: MainWindow, context: AppContext, company: Company, tmp_path: Path
) -> None:
    assert company.id is not None
    other = open_context(tmp_path / "adviser")
    try:
        adviser_company = CompanyService(other.database).create(
            Company(
                name="Siivous Oy", business_id="1234567-1", country="FI", employees=8, description="From the adviser"
            )
        )
        assert adviser_company.id is not None
        SessionService(other.database).save(
            AdviceSession(company_id=adviser_company.id, started_at=datetime(2026, 11, 20, 8), minutes=45)
        )
        package = tmp_path / "p.thpkg"
        HandoffService(other.database, other.paths.vault, FAST).export(adviser_company.id, package, "passphrase1")
    finally:
        other.close()
    CompanyService(context.database).update(company.__class__(**{**company.__dict__, "description": "Mine"}))
    page = page_of(window)
    page.handoff.import_package(package, "passphrase1")
    qtbot.waitUntil(lambda: page.handoff.conflict_dialog is not None and page.handoff.conflict_dialog.isVisible())
    dialog = page.handoff.conflict_dialog
    assert dialog is not None and dialog.model.item(0, 2).text() == "description"
    dialog.grab().save("/tmp/sessions_conflict.png")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_import_text != "")
    assert "kept yours (description)" in page.last_import_text and "added" in page.last_import_text
    assert CompanyService(context.database).get(company.id).description == "Mine"
    assert len(page.service.sessions(company.id)) == 1


def test_wrong_passphrase_shows_an_error(qtbot: QtBot, window: MainWindow, company: Company, tmp_path: Path) -> None:
    page = page_of(window)
    bad = tmp_path / "bad.thpkg"
    bad.write_bytes(b"not a package")
    page.handoff.import_package(bad, "whatever1")
    qtbot.waitUntil(lambda: "not a Tender Helper hand-off package" in page.message.text())
