"""The Documents page as a user drives it: add through the dialog or by dropping, status, new version, history."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tender_helper.core.company import Company
from tender_helper.services.context import AppContext
from tender_helper.services.documents import DocumentFields, DocumentService, DocumentStatus
from tender_helper.ui import documents_page as documents_module
from tender_helper.ui.document_dialog import DocumentDialog, HistoryDialog
from tender_helper.ui.documents_page import DocumentsPage
from tender_helper.ui.qt import QDialogButtonBox, QDropEvent, QMimeData, QPointF, Qt, QUrl
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.document_table_model import STATUS_COLOURS, DocumentTableModel
from tender_helper.ui.widgets.expiry_summary import ExpirySummary
from tender_helper.vault.validity import add_months


@pytest.fixture
def state(context: AppContext, company: Company) -> AppState:
    app_state = AppState(context, "en")
    app_state.current_company = company
    return app_state


@pytest.fixture
def page(qtbot: QtBot, state: AppState) -> DocumentsPage:
    widget = DocumentsPage(state)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def make_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def press_ok(dialog: DocumentDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def add_through_dialog(qtbot: QtBot, page: DocumentsPage, source: Path, issued: date) -> DocumentDialog:
    page.add_files([source])
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("tax_debt_certificate"))
    dialog.issued.setText(issued.isoformat())
    return dialog


def test_add_through_the_dialog_shows_status_and_missing(qtbot: QtBot, page: DocumentsPage, tmp_path: Path) -> None:
    assert "Tax debt certificate" in [page.missing.item(i).text() for i in range(page.missing.count())]
    issued = date.today() - timedelta(days=80)
    dialog = add_through_dialog(qtbot, page, make_file(tmp_path, "Verovelkatodistus.pdf", b"%PDF tax"), issued)
    assert dialog.title_edit.text() == "Verovelkatodistus"
    assert dialog.valid_until.text() == add_months(issued, 3).isoformat()  # proposed by the Finnish rule
    assert "Proposed: valid until" in dialog.proposal.text() and "1233/2006" in dialog.proposal.text()
    press_ok(dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    entry = page.model.entry_at(0)
    assert entry is not None and entry.status is DocumentStatus.EXPIRING
    status = page.model.index(0, DocumentTableModel.COLUMNS.index("status"))
    assert status.data().startswith("Expires in ")
    assert status.data(Qt.ItemDataRole.BackgroundRole) == STATUS_COLOURS[DocumentStatus.EXPIRING]
    assert "Tax debt certificate" not in [page.missing.item(i).text() for i in range(page.missing.count())]


def test_wrong_date_format_is_shown_and_nothing_stored(
    qtbot: QtBot, page: DocumentsPage, state: AppState, tmp_path: Path
) -> None:
    page.add_files([make_file(tmp_path, "a.pdf", b"a")])
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.valid_until, "31/12/2025")
    press_ok(dialog)
    assert dialog.isVisible()
    assert "Valid until: 31/12/2025 is not a date; write it as YYYY-MM-DD" in dialog.message.text()
    dialog.reject()
    assert page.model.rowCount() == 0
    assert list(page.service.vault.iter_hashes()) == []


def test_vanished_file_is_reported_and_nothing_stored(
    qtbot: QtBot, page: DocumentsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(documents_module, "show_error", lambda _parent, error, title="": shown.append(str(error)))
    source = make_file(tmp_path, "gone.pdf", b"x")
    dialog = add_through_dialog(qtbot, page, source, date.today())
    source.unlink()
    press_ok(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "gone.pdf was not found" in shown[0]
    assert page.model.rowCount() == 0 and list(page.service.vault.iter_hashes()) == []


def test_replace_and_see_history(qtbot: QtBot, page: DocumentsPage, tmp_path: Path) -> None:
    dialog = add_through_dialog(qtbot, page, make_file(tmp_path, "v1.pdf", b"one"), date.today() - timedelta(days=120))
    press_ok(dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    entry = page.model.entry_at(0)
    assert entry is not None and entry.status is DocumentStatus.EXPIRED
    page.table.selectRow(0)
    page.replace_selected()
    dialog = page.dialog
    assert dialog is not None and dialog.title_edit.text() == "v1"
    dialog.source = make_file(tmp_path, "v2.pdf", b"two")
    dialog.issued.setText(date.today().isoformat())
    assert dialog.valid_until.text() == add_months(date.today(), 3).isoformat()
    press_ok(dialog)
    qtbot.waitUntil(lambda: (e := page.model.entry_at(0)) is not None and e.document.version == 2, timeout=5000)
    entry = page.model.entry_at(0)
    assert entry is not None and entry.status is DocumentStatus.VALID and entry.document.original_name == "v2.pdf"
    page.table.selectRow(0)
    page.show_history()
    history = page.findChild(HistoryDialog)
    assert history is not None and history.isVisible()
    versions = [history.model.entry_at(row) for row in range(history.model.rowCount())]
    assert [(v.document.version, v.document.original_name) for v in versions if v] == [(2, "v2.pdf"), (1, "v1.pdf")]
    history.reject()


def test_drop_files_opens_the_dialog_for_each(qtbot: QtBot, page: DocumentsPage, tmp_path: Path) -> None:
    first, second = make_file(tmp_path, "a.pdf", b"a"), make_file(tmp_path, "b.pdf", b"b")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(event)
    assert page.dialog is not None and page.dialog.source == first
    page.dialog.type_combo.setCurrentIndex(page.dialog.type_combo.findData("cv"))
    press_ok(page.dialog)
    assert page.dialog is not None and page.dialog.source == second
    press_ok(page.dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)


def test_open_copies_out_of_the_vault(
    qtbot: QtBot, page: DocumentsPage, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    company_id = state.current_company.id if state.current_company else None
    assert company_id is not None
    page.service.add_file(company_id, make_file(tmp_path, "Todistus.pdf", b"%PDF"), DocumentFields("cv", ""))
    page.reload()
    opened: list[QUrl] = []
    monkeypatch.setattr(documents_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.table.selectRow(0)
    page.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    path = Path(opened[0].toLocalFile())
    assert path.name == "Todistus.pdf" and path.read_bytes() == b"%PDF"
    assert not path.is_relative_to(state.context.paths.vault)


def test_expiry_summary_lists_across_companies(
    qtbot: QtBot, state: AppState, context: AppContext, tmp_path: Path
) -> None:
    company = state.current_company
    assert company is not None and company.id is not None
    service = DocumentService.for_context(context)
    soon = date.today() + timedelta(days=3)
    service.add_file(company.id, make_file(tmp_path, "a.pdf", b"a"), DocumentFields("cv", "Soon", valid_until=soon))
    summary = ExpirySummary(state)
    qtbot.addWidget(summary)
    qtbot.waitUntil(lambda: summary.list.count() == 1, timeout=5000)
    assert "Siivous Oy" in summary.list.item(0).text() and "Soon" in summary.list.item(0).text()
    assert summary.summary.text() == "0 expired, 1 expiring within 30 days."
    with qtbot.waitSignal(state.navigate, timeout=2000) as signal:
        summary.list.itemActivated.emit(summary.list.item(0))
    assert signal.args is not None and signal.args[0] == "documents"


def test_document_table_model(
    qtmodeltester: ModelTester, context: AppContext, company: Company, tmp_path: Path
) -> None:
    assert company.id is not None
    service = DocumentService.for_context(context)
    service.add_file(
        company.id, make_file(tmp_path, "a.pdf", b"a"), DocumentFields("cv", "", valid_until=date(2020, 1, 1))
    )
    service.add_file(company.id, make_file(tmp_path, "b.pdf", b"b"), DocumentFields("iso_9001", ""))
    model = DocumentTableModel()
    model.set_entries(service.overview(company.id).entries)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == len(DocumentTableModel.COLUMNS)
