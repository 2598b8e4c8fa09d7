"""The notice table model: Qt's model rules, paging from SQL, sorting, newest filter wins, and its texts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService, parse_file
from tender_helper.storage.notices_repo import NoticeFilter, NoticeListRow, NoticeRepository
from tender_helper.ui.ops import wait_for_all
from tender_helper.ui.qt import QCoreApplication, Qt
from tender_helper.ui.widgets.notice_table_model import (
    COLUMNS,
    PAGE_SIZE,
    ROW_ID_ROLE,
    NoticeTableModel,
    days_left_text,
    money_text,
    status_words,
)

SALO = "eforms/FIN_cn-standard_622690-2023_salo_4lots.xml"


@pytest.fixture
def service(context: AppContext) -> Iterator[NoticeService]:
    yield NoticeService(context.database)
    wait_for_all()  # no worker may outlive the test's database


def ready_model(qtbot: QtBot, service: NoticeService, wanted: NoticeFilter | None = None) -> NoticeTableModel:
    model = NoticeTableModel(service, "eng")
    with qtbot.waitSignal(model.ready, timeout=5000):
        model.set_filter(wanted or NoticeFilter())
    return model


def clone_notices(service: NoticeService, fixtures_dir: Path, count: int) -> None:
    """`count` copies of the Salo notice with their own ids and titles, stored in one transaction."""
    salo = parse_file(fixtures_dir / "notices" / SALO)
    with service.database.session() as session:
        repo = NoticeRepository(session)
        for number in range(count):
            title = {"fin": f"Hankinta {number:04d}"}
            repo.save(dataclasses.replace(salo, source_id=f"{number}-2099", title=title), None)


def test_model_follows_qt_rules_with_real_notices(
    qtbot: QtBot, qtmodeltester: ModelTester, service: NoticeService, fixtures_dir: Path
) -> None:
    service.import_paths([fixtures_dir / "notices"])
    model = ready_model(qtbot, service)
    assert model.rowCount() == 14
    qtmodeltester.check(model)


def test_rows_are_read_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester: ModelTester, service: NoticeService, fixtures_dir: Path
) -> None:
    clone_notices(service, fixtures_dir, PAGE_SIZE * 2 + 50)
    model = ready_model(qtbot, service, NoticeFilter())
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    assert model.row_at(0) is not None
    far = PAGE_SIZE * 2 + 10
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        assert model.row_at(far) is None  # not read yet: asking starts reading its page
    row = model.row_at(far)
    assert row is not None
    assert model.row_of(row.id) == far
    assert model.index(far, 0).data(ROW_ID_ROLE) == row.id
    assert model.row_at(PAGE_SIZE + 1) is None  # the page in between was never asked for
    qtmodeltester.check(model)


def test_sort_is_done_in_sql_over_all_rows(qtbot: QtBot, service: NoticeService, fixtures_dir: Path) -> None:
    clone_notices(service, fixtures_dir, PAGE_SIZE + 20)
    model = ready_model(qtbot, service)
    with qtbot.waitSignal(model.ready, timeout=5000):
        model.sort(COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == f"Hankinta {PAGE_SIZE + 19:04d}"  # the last of all, not of a page
    assert model.index(1, 0).data() == f"Hankinta {PAGE_SIZE + 18:04d}"
    with qtbot.waitSignal(model.ready, timeout=5000):
        model.sort(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "Hankinta 0000"


def test_newest_filter_wins(qtbot: QtBot, service: NoticeService, fixtures_dir: Path) -> None:
    service.import_paths([fixtures_dir / "notices"])
    model = NoticeTableModel(service, "eng")
    model.set_filter(NoticeFilter(countries=("NOR",)))
    with qtbot.waitSignal(model.ready, timeout=5000):
        model.set_filter(NoticeFilter(text="salon"))
    wait_for_all()  # the Norwegian count has finished too: its late answer must not replace the newer one
    QCoreApplication.processEvents()
    assert model.total == 1
    assert model.index(0, 0).data() == "Eteläisen Salon liikuntapaikkojen hoidon hankinta"


def test_texts() -> None:
    now = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    assert days_left_text(now - timedelta(minutes=1), now) == "closed"
    assert days_left_text(now + timedelta(days=23), now) == "in 23 days"
    assert days_left_text(now + timedelta(days=1), now) == "tomorrow"
    assert money_text(Decimal("1250000.40"), "EUR") == "1\u00a0250\u00a0000\u00a0EUR"
    assert money_text(259380000.0, "NOK") == "259\u00a0380\u00a0000\u00a0NOK"
    row = NoticeListRow(
        id=1,
        source="ted",
        source_id="1-2024",
        kind="competition",
        titles={"fin": "Siivous"},
        buyer_name="Kunta",
        buyer_country="FIN",
        main_cpv=None,
        publication_date=None,
        deadline_utc=None,
        value_amount=None,
        value_currency=None,
        lot_count=0,
        is_sample=True,
        cancelled=False,
        change_kinds=("deadline_moved",),
    )
    assert status_words(row, ("deadline_moved",)) == ["Sample data", "Deadline moved"]
    assert status_words(row, ("title_changed",)) == ["Sample data", "Changed"]
    assert status_words(dataclasses.replace(row, cancelled=True, is_sample=False), ()) == ["Cancelled"]
