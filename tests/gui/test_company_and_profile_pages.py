"""Driving the company and profile editors as a user would: type, pick, save, reopen, see it kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tender_helper.core.company import Company
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext, open_context
from tender_helper.ui.main_window import MainWindow
from tender_helper.ui.qt import Qt
from tender_helper.ui.widgets.cpv_tree_model import CODE_ROLE


def test_first_start_shows_an_empty_company_form(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.companies_page
    assert window.companies_page.form.name.text() == ""
    assert not window.profile_page.isEnabled()


def test_add_company_by_typing(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    page = window.companies_page
    qtbot.keyClicks(page.form.name, "Puhdas Koti Oy")
    qtbot.keyClicks(page.form.business_id, "1234567-1")
    page.form.employees.setValue(12)
    page.form.languages["fin"].setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    stored = CompanyService(context.database).list_companies()
    assert [(c.name, c.business_id, c.employees, c.languages) for c in stored] == [
        ("Puhdas Koti Oy", "1234567-1", 12, ("fin",))
    ]
    assert window.company_switcher.currentText().startswith("Puhdas Koti Oy")
    assert window.profile_page.isEnabled()


def test_wrong_check_digit_is_shown_and_nothing_saved(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    page = window.companies_page
    page.form.name.setText("Väärä Oy")  # QTest.keyClicks aborts on non-ASCII text
    qtbot.keyClicks(page.form.business_id, "1234567-2")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "wrong check digit" in page.form.message.text()
    assert CompanyService(context.database).list_companies() == []


def test_switching_companies(qtbot: QtBot, context: AppContext, company: Company) -> None:
    other = CompanyService(context.database).create(Company(name="Bygg AB", business_id="5560360793", country="SE"))
    window = MainWindow(context, "en")
    qtbot.addWidget(window)
    assert window.company_switcher.count() == 2
    assert window.state.current_company == other  # the first by name when nothing was chosen before
    row = window.company_switcher.findText("Siivous Oy (1234567-1)")
    window.company_switcher.setCurrentIndex(row)
    window.company_switcher.activated.emit(row)
    assert window.state.current_company == company
    assert "Siivous Oy" in window.profile_page.title.text()
    assert context.settings.current_company_id == company.id


def test_pick_cpv_by_typing_finnish_save_and_reopen(qtbot: QtBot, context: AppContext, company: Company) -> None:
    window = MainWindow(context, "fi")
    qtbot.addWidget(window)
    page = window.profile_page
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: page.cpv is not None, timeout=10000)  # the CPV list is read on a worker
    qtbot.keyClicks(page.cpv.search, "toimistotilojen siivous")
    qtbot.waitUntil(lambda: page.cpv.browser.currentWidget() is page.cpv.results, timeout=3000)
    codes = [page.cpv.results_model.item(row, 0).data(CODE_ROLE) for row in range(page.cpv.results_model.rowCount())]
    assert "90919200" in codes
    page.cpv.results.setCurrentIndex(page.cpv.results_model.index(codes.index("90919200"), 0))
    qtbot.mouseClick(page.cpv.add_button, Qt.MouseButton.LeftButton)
    assert page.cpv.codes() == ("90919200",)
    assert "Toimistotilojen siivous" in page.cpv.chosen.item(0).text()
    page.nuts.set_codes(("FI1C1",))
    page.countries["FIN"].setChecked(True)
    qtbot.keyClicks(page.keywords, "siivous, toimitilat")
    qtbot.keyClicks(page.excluded, "asbesti")
    qtbot.keyClicks(page.min_value, "10 000")
    qtbot.keyClicks(page.max_value, "250000")
    page.min_days.setValue(5)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert company.id is not None
    qtbot.waitUntil(lambda: CompanyService(context.database).profile(company.id).cpv == ("90919200",), timeout=5000)

    reopened_context = open_context(context.paths.root)
    reopened = MainWindow(reopened_context, "en")
    qtbot.addWidget(reopened)
    again = reopened.profile_page
    qtbot.waitUntil(lambda: again.cpv is not None, timeout=10000)
    assert again.cpv.codes() == ("90919200",)
    assert again.nuts.codes() == ("FI1C1",)
    assert again.keywords.text() == "siivous, toimitilat"
    assert again.excluded.text() == "asbesti"
    assert (again.min_value.text(), again.max_value.text(), again.min_days.value()) == ("10000", "250000", 5)
    assert again.countries["FIN"].isChecked()
    reopened_context.close()


def test_bad_value_range_is_shown_and_not_saved(qtbot: QtBot, context: AppContext, company: Company) -> None:
    window = MainWindow(context, "en")
    qtbot.addWidget(window)
    page = window.profile_page
    qtbot.keyClicks(page.min_value, "500")
    qtbot.keyClicks(page.max_value, "100")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "above the largest value" in page.message.text()
    assert company.id is not None
    assert CompanyService(context.database).profile(company.id).min_value is None
