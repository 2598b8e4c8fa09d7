"""The Notices page driven as a user would: browse, type to filter, sort, read a notice, import, update, samples."""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.services.sync import SyncService
from tender_helper.sources.http import HttpSettings
from tender_helper.storage.notices_repo import NoticeFilter
from tender_helper.ui.main_window import MainWindow
from tender_helper.ui.notices_page import NoticesPage
from tender_helper.ui.ops import Op, wait_for_all
from tender_helper.ui.qt import QDropEvent, QMessageBox, QMimeData, QPointF, Qt, QUrl
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.notice_table_model import COLUMNS
from tests.support.fake_ted import FakeTed

SALO = "eforms/FIN_cn-standard_622690-2023_salo_4lots.xml"
SALO_TITLE = "Eteläisen Salon liikuntapaikkojen hoidon hankinta"


@pytest.fixture
def notices_dir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "notices"


@pytest.fixture
def imported(context: AppContext, notices_dir: Path) -> int:
    """The 14 real fixture notices in the cache."""
    result = NoticeService(context.database).import_paths([notices_dir])
    assert not result.failed
    return result.new


def open_page(qtbot: QtBot, context: AppContext, language: str = "en") -> NoticesPage:
    page = NoticesPage(AppState(context, language))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.is_ready and page.cache_total == page.model.total, timeout=5000)  # both known
    return page


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, imported: int) -> Iterator[NoticesPage]:
    yield open_page(qtbot, context)
    wait_for_all()


def column_texts(page: NoticesPage, column: str) -> list[str]:
    return [page.model.index(row, COLUMNS.index(column)).data() for row in range(page.model.rowCount())]


def select_title(qtbot: QtBot, page: NoticesPage, title: str) -> None:
    row = column_texts(page, "title").index(title)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail.stored is not None and page.detail.stored.notice.title.get("fin") == title)


def test_table_shows_the_cache_with_days_left_value_and_kind(page: NoticesPage, imported: int) -> None:
    assert imported == 14
    assert page.model.rowCount() == 14
    assert page.count_label.text() == "14 notices in the cache"
    row = column_texts(page, "title").index(SALO_TITLE)
    cell = {column: page.model.index(row, COLUMNS.index(column)).data() for column in COLUMNS}
    assert cell["buyer"] == "Salon kaupunki"
    assert cell["country"] == "FIN"
    assert cell["deadline"].startswith("2023-11-15") and cell["deadline"].endswith("closed")
    assert cell["kind"] == "Call for tender"
    defence = column_texts(page, "value").index("10\u00a0000\u00a0000\u00a0EUR")  # the restricted defence notice
    assert page.model.index(defence, COLUMNS.index("kind")).data() == "Call for tender"
    assert sorted(set(column_texts(page, "kind"))) == ["Award", "Call for tender", "Change", "Prior information"]


def test_title_in_the_users_language(qtbot: QtBot, context: AppContext, imported: int) -> None:
    norwegian = open_page(qtbot, context, "nb")
    english = open_page(qtbot, context, "en")
    finnish = open_page(qtbot, context, "fi")
    assert "Anskaffelse av tiltaket oppfølging for NAV Vest-Viken" in column_texts(norwegian, "title")
    assert "Procurement of follow-up measure for NAV Vest-Viken" in column_texts(english, "title")
    assert "Procurement of follow-up measure for NAV Vest-Viken" in column_texts(finnish, "title")  # no Finnish one
    wait_for_all()


def test_typing_filters_once_after_a_pause(qtbot: QtBot, page: NoticesPage) -> None:
    filters_applied = []
    page.filters.changed.connect(lambda: filters_applied.append(page.filters.search.text()))
    qtbot.keyClicks(page.filters.search, "salon")
    assert page.model.total == 14  # nothing queried while typing
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 1, timeout=5000)
    assert filters_applied == ["salon"]  # one query for five keystrokes
    assert column_texts(page, "title") == [SALO_TITLE]
    assert page.count_label.text() == "Showing 1 of 14 notices"
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 14, timeout=5000)


def test_prefix_and_buyer_words_filter(qtbot: QtBot, page: NoticesPage) -> None:
    qtbot.keyClicks(page.filters.search, "uppsala")  # a buyer's name
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 2, timeout=5000)
    assert set(column_texts(page, "buyer")) == {"Uppsala universitet", "Uppsala kommun"}
    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, "liikuntapaik")  # the start of a word
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 1, timeout=5000)


def test_country_kind_cpv_and_open_filters(qtbot: QtBot, page: NoticesPage) -> None:
    page.filters.country.setCurrentIndex(page.filters.country.findData("NOR"))
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 5, timeout=5000)
    assert set(column_texts(page, "country")) == {"NOR"}
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("planning"))
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 1, timeout=5000)
    assert column_texts(page, "kind") == ["Prior information"]
    page.filters.clear()
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 14, timeout=5000)
    qtbot.keyClicks(page.filters.cpv, "9261")  # sports facilities upkeep: Salo only
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 1, timeout=5000)
    assert column_texts(page, "title") == [SALO_TITLE]
    page.filters.clear()
    page.filters.open_only.setChecked(True)  # every dated fixture has closed; undated calls count as open
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total < 14, timeout=5000)
    assert all(text == "" for text in column_texts(page, "deadline"))


def test_sorting_by_clicking_headers(qtbot: QtBot, page: NoticesPage) -> None:
    column = COLUMNS.index("title")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.sort_key == "title", timeout=5000)
    titles = column_texts(page, "title")
    assert titles == sorted(titles)
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.descending, timeout=5000)
    assert column_texts(page, "title") == sorted(titles, reverse=True)
    page.table.sortByColumn(COLUMNS.index("deadline"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.sort_key == "deadline", timeout=5000)
    deadlines = [text[:10] for text in column_texts(page, "deadline") if text]
    assert deadlines == sorted(deadlines) and len(deadlines) == 7
    assert column_texts(page, "deadline")[-1] == ""  # notices without a deadline come last


def test_detail_shows_salo_and_its_four_lots_with_their_deadlines(qtbot: QtBot, page: NoticesPage) -> None:
    select_title(qtbot, page, SALO_TITLE)
    qtbot.waitUntil(lambda: "Sports facilities operation" in page.detail.browser.toPlainText(), timeout=10000)
    text = page.detail.browser.toPlainText()
    for expected in (
        "Salon kaupunki",
        "Finland (FIN)",
        "Procedure\nOpen",
        "Contract\nServices",
        "92610000 Sports facilities operation services",
        "FI1C1 Varsinais-Suomi",
        "suomi",
        "2023-10-13",
        "Lots (4)",
        "Lot LOT-0001: 1. Perniön kaupunginosa, kesähoito",
        "Lot LOT-0004",
        "Salon kaupungin liikuntapalvelut",
    ):
        assert expected in text, expected
    assert text.count("Tender deadline\n2023-11-15 12:00 (UTC+02:00) · closed") == 5  # the notice and each lot
    assert page.detail.ted_button.isVisible()
    assert not page.detail.documents_button.isVisible()  # the normalised notice carries no documents address
    assert not page.detail.sample_banner.isVisible()


def test_show_item_selects_the_notice(qtbot: QtBot, page: NoticesPage, context: AppContext) -> None:
    salo_id = NoticeService(context.database).find("622690-2023").id
    page.show_item(salo_id)
    assert page.detail.stored is not None and page.detail.stored.id == salo_id
    assert page.model.notice_id(page.table.currentIndex().row()) == salo_id


def test_a_moved_deadline_is_marked_and_told_in_words(
    qtbot: QtBot, context: AppContext, notices_dir: Path, tmp_path: Path
) -> None:
    service = NoticeService(context.database)
    service.import_paths([notices_dir / SALO])
    newer = (notices_dir / SALO).read_text(encoding="utf-8")
    newer = newer.replace("<cbc:VersionID>01</cbc:VersionID>", "<cbc:VersionID>02</cbc:VersionID>")
    newer = newer.replace("<cbc:EndDate>2023-11-15+02:00</cbc:EndDate>", "<cbc:EndDate>2023-11-22+02:00</cbc:EndDate>")
    (tmp_path / "salo-02.xml").write_text(newer, encoding="utf-8")
    assert service.import_paths([tmp_path / "salo-02.xml"]).updated == 1
    page = open_page(qtbot, context)
    assert column_texts(page, "status") == ["Deadline moved"]
    select_title(qtbot, page, SALO_TITLE)
    assert "Deadline moved from 2023-11-15 12:00 (UTC+02:00) to 2023-11-22 12:00 (UTC+02:00)." in (
        page.detail.browser.toPlainText()
    )
    wait_for_all()


def test_import_lists_the_broken_file_and_imports_the_rest(
    qtbot: QtBot, page: NoticesPage, notices_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "to-import"
    folder.mkdir()
    shutil.copy(notices_dir / "eforms/SWE_cn-desg-utilities_701354-2023.xml", folder / "umea.xml")
    (folder / "broken.xml").write_text("<ContractNotice><cbc:ID>half a notice", encoding="utf-8")
    page.import_paths([folder])
    qtbot.waitUntil(lambda: page.summary_dialog is not None, timeout=10000)
    dialog = page.summary_dialog
    assert dialog is not None
    failures = [dialog.failures.item(row).text() for row in range(dialog.failures.count())]
    assert len(failures) == 1 and failures[0].startswith(f"{folder / 'broken.xml'}: ")
    assert "is not well-formed XML" in failures[0]
    assert "Already in the cache: 1" in dialog.summary.text()  # umea.xml is one of the 14
    assert "Could not be imported: 1" in page.panel.label.text()
    assert page.update_button.isEnabled()


def test_import_into_an_empty_cache_by_dropping_files(
    qtbot: QtBot, context: AppContext, notices_dir: Path, tmp_path: Path
) -> None:
    page = open_page(qtbot, context)
    assert page.stack.currentWidget() is page.offer
    broken = tmp_path / "broken.xml"
    broken.write_text("not xml at all", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notices_dir / SALO)), QUrl.fromLocalFile(str(broken))])
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: page.summary_dialog is not None, timeout=10000)
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 1, timeout=5000)
    assert page.stack.currentWidget() is not page.offer
    assert column_texts(page, "title") == [SALO_TITLE]
    assert "New notices: 1." in page.summary_dialog.summary.text()  # type: ignore[union-attr]
    wait_for_all()


def test_cancelling_an_import(qtbot: QtBot, page: NoticesPage, notices_dir: Path) -> None:
    release = threading.Event()
    Op(lambda _control: release.wait(10), writer=True).run()  # holds the writer so the import waits its turn
    page.import_paths([notices_dir])
    assert page.panel.busy and not page.update_button.isEnabled()
    page.panel.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: page.summary_dialog is not None, timeout=10000)
    assert page.panel.label.text().startswith("The import was cancelled.")
    assert page.update_button.isEnabled()


def test_update_from_ted_tells_how_many_arrived(
    qtbot: QtBot, page: NoticesPage, context: AppContext, fake_ted: FakeTed
) -> None:
    context.settings.ted_base_url = fake_ted.base_url
    context.settings.requests_per_second = 0  # no politeness pause against the local fake
    changed = []
    page.state.changed.connect(changed.append)
    page.update_button.click()
    assert page.panel.isVisible() and page.panel.busy
    qtbot.waitUntil(lambda: not page.panel.busy, timeout=30000)
    service = NoticeService(context.database)
    new = service.count(NoticeFilter()) - 14
    assert new > 0
    assert page.panel.label.text().startswith(f"Tenders updated. New notices: {new}.")
    assert changed == ["notices"]
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 14 + new, timeout=5000)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_update_without_network_says_so_and_keeps_the_cache(
    qtbot: QtBot, page: NoticesPage, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.settings.ted_base_url = f"http://127.0.0.1:{closed_port()}"
    quick = HttpSettings(max_retries=0, max_requests_per_second=None)
    monkeypatch.setattr(
        page, "sync_service", lambda: SyncService(context.database, context.settings, http_settings=quick)
    )
    page.update_button.click()
    qtbot.waitUntil(lambda: not page.panel.busy, timeout=20000)
    assert "could not be reached" in page.panel.label.text()
    assert "your saved notices are still available" in page.panel.label.text()
    assert page.model.total == 14 and page.table.isEnabled()
    qtbot.keyClicks(page.filters.search, "salon")
    qtbot.waitUntil(lambda: page.model.is_ready and page.model.total == 1, timeout=5000)


def test_cancel_stops_an_update_that_is_retrying(qtbot: QtBot, page: NoticesPage, context: AppContext) -> None:
    context.settings.ted_base_url = f"http://127.0.0.1:{closed_port()}"  # retried with pauses, cancel is seen
    page.update_button.click()
    page.panel.cancel_button.click()
    qtbot.waitUntil(lambda: not page.panel.busy, timeout=20000)
    assert page.panel.label.text() == "Update cancelled. New notices: 0. Changed: 0."


def test_first_start_offers_samples_then_removes_them(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, context)
    assert page.stack.currentWidget() is page.offer
    assert not page.banner.isVisible()
    page.offer.try_button.click()
    qtbot.waitUntil(lambda: page.banner.isVisible() and page.model.is_ready and page.model.total > 0, timeout=20000)
    samples = NoticeService(context.database).sample_count()
    assert page.model.total == samples > 0
    assert page.stack.currentWidget() is not page.offer
    assert page.state.current_company is not None and page.state.current_company.is_sample
    assert set(column_texts(page, "status")) == {"Sample data"}
    assert page.detail.sample_banner.isVisible()  # the first row is shown, and it is a sample
    assert page.panel.label.text().startswith(f"Sample data loaded: {samples} notices")

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.banner.remove_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.offer, timeout=10000)
    assert not page.banner.isVisible()
    assert NoticeService(context.database).sample_count() == 0
    assert CompanyService(context.database).list_companies() == []
    assert page.state.current_company is None
    wait_for_all()


def test_removing_samples_asks_first(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from tender_helper.services.demo import load_demo

    load_demo(context.database)
    page = open_page(qtbot, context)
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    page.banner.remove_button.click()
    assert not page.panel.busy
    assert NoticeService(context.database).sample_count() == page.model.total > 0
    wait_for_all()


def test_file_menu_actions(qtbot: QtBot, page: NoticesPage) -> None:
    from tender_helper.ui.qt import QMenu

    menu = QMenu()
    page.contribute_menus(menu)
    names = [action.objectName() for action in menu.actions()]
    assert names == ["updateTendersAction", "importNoticesAction", "importFolderAction"]
    page.import_paths([Path("/nonexistent-folder-for-test")])
    assert all(not action.isEnabled() for action in menu.actions())  # one long operation at a time
    qtbot.waitUntil(lambda: not page.panel.busy, timeout=10000)
    assert all(action.isEnabled() for action in menu.actions())


def test_prepare_a_bid_opens_the_bids_page_for_the_notice(qtbot: QtBot, window: MainWindow, fixtures_dir: Path) -> None:
    NoticeService(window.state.context.database).import_paths([fixtures_dir / "notices"])
    salo = NoticeService(window.state.context.database).find("622690-2023")
    page = window.page_by_key["notices"]
    page.detail.show_notice(salo)
    with qtbot.waitSignal(window.state.navigate, timeout=2000) as signal:
        qtbot.mouseClick(page.detail.bid_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["bids", salo.id]
