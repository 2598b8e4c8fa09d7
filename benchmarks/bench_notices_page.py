"""Opens the Notices page over 100,000 cached notices and times opening, typing, sorting and scrolling."""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select

from tender_helper.core.notice import Buyer, Money, Notice
from tender_helper.resource_files import resource
from tender_helper.services.context import AppContext, open_context
from tender_helper.services.notices import parse_file
from tender_helper.storage.notice_models import NoticeRow
from tender_helper.storage.notices_repo import NoticeRepository
from tender_helper.ui.notices_page import NoticesPage
from tender_helper.ui.ops import wait_for_all
from tender_helper.ui.qt import QApplication, QCoreApplication, Qt
from tender_helper.ui.state import AppState
from tender_helper.ui.widgets.notice_table_model import COLUMNS, PAGE_SIZE

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "notices"
WORDS = [
    "siivous",
    "kiinteistönhoito",
    "ylläpito",
    "ateriapalvelu",
    "ruokapalvelut",
    "kunnossapito",
    "rakennus",
    "saneeraus",
    "urakka",
    "liikuntapaikka",
    "katu",
    "puisto",
    "lumityö",
    "kuljetus",
    "koulukuljetus",
    "tietojärjestelmä",
    "ohjelmisto",
    "pilvipalvelu",
    "konsultointi",
    "koulutus",
    "terveydenhuolto",
    "lääkkeet",
    "laboratorio",
    "kalusteet",
    "ajoneuvot",
    "polttoaine",
    "energia",
    "städning",
    "fastighetsskötsel",
    "underhåll",
    "måltider",
    "byggentreprenad",
    "vägunderhåll",
    "snöröjning",
    "skolskjuts",
    "programvara",
    "molntjänster",
    "utbildning",
    "möbler",
    "fordon",
    "renhold",
    "vedlikehold",
    "kantine",
    "bygg",
    "anlegg",
    "veivedlikehold",
    "brøyting",
    "skoleskyss",
    "programvare",
    "skytjenester",
    "opplæring",
    "møbler",
    "kjøretøy",
    "cleaning",
    "maintenance",
    "catering",
    "construction",
    "transport",
    "software",
    "consulting",
    "training",
    "furniture",
    "vehicles",
    "energy",
]
TOWNS = [
    "Turku",
    "Tampere",
    "Oulu",
    "Salo",
    "Espoo",
    "Vantaa",
    "Umeå",
    "Uppsala",
    "Malmö",
    "Bergen",
    "Trondheim",
    "Tromsø",
    "Aarhus",
    "Odense",
    "Tallinn",
]
COUNTRIES = ("FIN", "SWE", "NOR", "DNK", "EST")
TYPED = ("siivous turku", "byggentreprenad", "renhold bergen")
NOW = datetime.now(UTC)


def seed_notices() -> list[Notice]:
    """Every real notice the project ships: the test fixtures and the bundled samples."""
    paths = sorted(FIXTURES.rglob("*.xml"))
    folder = resource("demo", "notices")
    paths.extend(Path(str(item)) for item in folder.iterdir() if item.name.endswith(".xml"))
    return [parse_file(path) for path in paths]


def varied(seed: Notice, number: int, rng: random.Random) -> Notice:
    """A clone of `seed` with its own id, title, buyer country, dates and value."""
    words = " ".join(rng.sample(WORDS, 3)).capitalize()
    title = {"fin": f"{words}, {rng.choice(TOWNS)} {number}", "eng": f"Procurement {number}: {words}"}
    published = (NOW - timedelta(days=rng.randint(0, 400))).date()
    deadline = NOW + timedelta(days=rng.randint(-300, 120), hours=rng.randint(0, 23))
    buyer = seed.buyer or Buyer(name="Buyer")
    value = Money(Decimal(rng.randrange(10_000, 5_000_000, 1000)), "EUR") if rng.random() < 0.6 else None
    return dataclasses.replace(
        seed,
        source_id=f"{number}-2099",
        title=title,
        buyer=dataclasses.replace(buyer, name=f"{buyer.name} {number % 997}", country=rng.choice(COUNTRIES)),
        publication_date=published,
        deadline=deadline,
        estimated_value=value,
    )


def fill(context: AppContext, count: int, batch: int = 5000) -> float:
    """Stores `count` generated notices through NoticeRepository.save, `batch` per transaction."""
    rng = random.Random(20261126)
    seeds = seed_notices()
    start = time.perf_counter()
    number = 0
    while number < count:
        size = min(batch, count - number)
        with context.database.session() as session:
            repo = NoticeRepository(session)
            for offset in range(size):
                repo.save(varied(seeds[(number + offset) % len(seeds)], number + offset, rng), None)
        number += size
        print(f"  stored {number:,} notices", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return time.perf_counter() - start


def stored_count(context: AppContext) -> int:
    with context.database.session() as session:
        return int(session.execute(select(func.count(NoticeRow.id))).scalar_one())


def spin_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not become ready in time")
        time.sleep(0.0005)  # a benchmark may poll; tests never sleep


def timed(action: Callable[[], Any], done: Callable[[], bool]) -> float:
    start = time.perf_counter()
    action()
    spin_until(done)
    return (time.perf_counter() - start) * 1000


def measure(context: AppContext) -> None:
    state = AppState(context, "fi")
    opened: list[NoticesPage] = []

    def open_page() -> None:
        page = NoticesPage(state)
        page.resize(1280, 800)
        page.show()
        opened.append(page)

    def first_rows_visible() -> bool:
        return bool(opened) and opened[0].model.is_ready and opened[0].model.row_at(0) is not None

    open_ms = timed(open_page, first_rows_visible)
    page = opened[0]
    QCoreApplication.processEvents()
    print(f"open page, first rows visible: {open_ms:7.1f} ms  ({page.model.total:,} notices)  target < 1000 ms")
    labels_ms = timed(lambda: None, lambda: page.detail._cpv is not None)
    print(f"CPV labels loaded on a worker after that: {labels_ms:7.1f} ms later")
    for words in TYPED:
        figures = []
        for end in range(1, len(words) + 1):
            typed = words[:end]
            page.filters.search.blockSignals(True)  # time the query, not the 150 ms debounce
            page.filters.search.setText(typed)
            page.filters.search.blockSignals(False)
            figures.append(timed(page._filter_changed, lambda: page.model.is_ready))
        worst = max(figures)
        print(
            f"typing {words!r:18}: median {statistics.median(figures):6.1f} ms, worst {worst:6.1f} ms per keystroke, "
            f"{page.model.total:,} shown  target < 100 ms"
        )
    page.filters.clear()
    spin_until(lambda: page.model.is_ready)
    column = COLUMNS.index("title")
    sort_ms = timed(lambda: page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder), lambda: page.model.is_ready)
    print(f"sort by title over all notices: {sort_ms:7.1f} ms")
    middle = page.model.total // 2
    scroll_ms = timed(lambda: page.model.row_at(middle), lambda: page.model.row_at(middle) is not None)
    print(f"scroll to row {middle:,} (page of {PAGE_SIZE} read): {scroll_ms:7.1f} ms")
    page.close()
    wait_for_all()
    page.deleteLater()
    QCoreApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notices", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, help="reuse this folder when it already holds the notices")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="tender-helper-bench-"))
    context = open_context(folder)
    try:
        have = stored_count(context)
        if have == 0:
            seconds = fill(context, args.notices)
            print(f"filled {folder} with {args.notices:,} notices in {seconds:.1f} s")
        else:
            print(f"reusing {folder} with {have:,} notices")
        measure(context)
    finally:
        context.close()
    app.processEvents()


if __name__ == "__main__":
    main()
