"""The Sustainability page: edit fields, watch completeness and emissions, save, reopen; bad values are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from tender_helper.core.company import Company
from tender_helper.services.context import AppContext
from tender_helper.services.documents import DocumentService
from tender_helper.services.sustainability import SustainabilityService
from tender_helper.sustainability.sample import sample_statement
from tender_helper.ui.qt import QComboBox, QLineEdit, Qt
from tender_helper.ui.state import AppState
from tender_helper.ui.sustainability_page import Cell, RecordList, SustainabilityPage


@pytest.fixture
def state(context: AppContext, company: Company) -> AppState:
    app_state = AppState(context, "en")
    app_state.current_company = company
    return app_state


def open_page(qtbot: QtBot, state: AppState, year: int = 2024) -> SustainabilityPage:
    page = SustainabilityPage(state)
    qtbot.addWidget(page)
    page.year.setValue(year)
    page.show()
    return page


def line(page: SustainabilityPage, path: str) -> QLineEdit:
    cell = page.fields[path]
    assert isinstance(cell, Cell) and isinstance(cell.widget, QLineEdit)
    return cell.widget


def service(state: AppState) -> SustainabilityService:
    return SustainabilityService.for_context(state.context)


def company_id(state: AppState) -> int:
    assert state.current_company is not None and state.current_company.id is not None
    return state.current_company.id


def test_edit_see_completeness_rise_save_and_reopen(qtbot: QtBot, state: AppState) -> None:
    page = open_page(qtbot, state)
    assert "(not saved yet)" in page.stored_label.text()
    assert line(page, "b1.country").text() == "FI"  # prefilled from the company
    before = page.progress.value()
    qtbot.keyClicks(line(page, "b1.legal_form"), "Oy")
    qtbot.keyClicks(line(page, "b3.electricity_kwh"), "42 000")
    qtbot.waitUntil(lambda: page.progress.value() > before, timeout=3000)
    assert page.modules.item(2).text().endswith("1/3")
    qtbot.waitUntil(lambda: page.emissions.model.rowCount() == 1, timeout=3000)
    assert page.emissions.model.item(0, 2).text() == "0.08"  # the Finnish grid factor, shown
    assert (
        "UK DESNZ" not in page.emissions.model.item(0, 4).text()
        and "Statistics Finland" in page.emissions.model.item(0, 4).text()
    )
    assert "Scope 2 (location-based): 3.36 t CO2e" in page.emissions.totals.text()
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service(state).get(company_id(state), 2024) is not None, timeout=5000)
    stored = service(state).get(company_id(state), 2024)
    assert stored is not None and stored.b1.legal_form == "Oy" and stored.b3.electricity_kwh == 42_000
    qtbot.waitUntil(lambda: "Saved years: 2024" in page.stored_label.text(), timeout=3000)
    reopened = open_page(qtbot, state)
    assert line(reopened, "b1.legal_form").text() == "Oy"
    assert line(reopened, "b3.electricity_kwh").text() == "42000"
    assert reopened.progress.value() == page.progress.value()


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        ("b3.electricity_kwh", "-5", "Electricity consumption cannot be negative (got -5)."),
        ("b10.collective_agreement_pct", "120", "must be between 0 and 100 (got 120)"),
        ("b3.district_heat_kwh", "lots", "District heat: lots is not a number."),
    ],
)
def test_bad_values_are_shown_and_nothing_saved(
    qtbot: QtBot, state: AppState, path: str, text: str, message: str
) -> None:
    service(state).save(company_id(state), sample_statement(2024))
    page = open_page(qtbot, state)
    edit = line(page, path)
    edit.setText(text)
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message in page.message.text(), timeout=5000)
    assert page.stack.currentIndex() == int(path.split(".")[0][1:]) - 1  # the module with the problem is shown
    assert service(state).get(company_id(state), 2024) == sample_statement(2024)


def test_fuel_rows_and_an_edited_factor_are_saved(qtbot: QtBot, state: AppState) -> None:
    page = open_page(qtbot, state)
    fuels = page.fields["b3.fuels"]
    assert isinstance(fuels, RecordList)
    qtbot.mouseClick(fuels.add_button, Qt.MouseButton.LeftButton)
    fuel = fuels.rows[0]["fuel"].widget
    assert isinstance(fuel, QComboBox) and fuel.currentText() == "Diesel"
    fuels.rows[0]["quantity"].widget.setText("1000")
    qtbot.waitUntil(lambda: page.emissions.model.rowCount() == 1, timeout=3000)
    assert page.emissions.model.item(0, 5).text() == "2.66"
    page.emissions.model.item(0, 2).setText("2,5")  # the user's own figure, decimal comma
    qtbot.waitUntil(lambda: page.emissions.model.item(0, 5).text() == "2.50", timeout=3000)
    assert "(your value)" in page.emissions.model.item(0, 4).text()
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service(state).get(company_id(state), 2024) is not None, timeout=5000)
    stored = service(state).get(company_id(state), 2024)
    assert stored is not None and stored.b3.fuels is not None and stored.b3.fuels[0].quantity == 1000
    assert stored.b3.factor_overrides["fuel:diesel:l"].value == 2.5


def test_pdf_and_attach_from_the_page(qtbot: QtBot, state: AppState, context: AppContext, tmp_path: Path) -> None:
    service(state).save(company_id(state), sample_statement(2024))
    page = open_page(qtbot, state)
    page.language.setCurrentIndex(page.language.findData("fin"))
    statement = page.collect()
    target = tmp_path / "vsme.pdf"
    page.write_pdf(target, "fin", statement)
    qtbot.waitUntil(target.exists, timeout=10000)
    text = " ".join(p.extract_text() or "" for p in PdfReader(target).pages).replace("\u00a0", " ")
    assert "Kestävyysraportti" in text and "54,17" in text
    qtbot.mouseClick(page.buttons["attach"], Qt.MouseButton.LeftButton)
    documents = DocumentService.for_context(context)
    qtbot.waitUntil(lambda: len(documents.overview(company_id(state)).entries) == 1, timeout=10000)
    (entry,) = documents.overview(company_id(state)).entries
    assert (
        entry.document.type_id == "sustainability_statement" and entry.document.title == "Kestävyysraportti 2024 (VSME)"
    )
