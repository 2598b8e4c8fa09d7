"""Parse + store rate of generated notices, and the import time of a generated 3,000-notice daily TED package."""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import re
import resource
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tender_helper.core.cpv import cpv_vocabulary
from tender_helper.core.nuts import nuts_regions
from tender_helper.services.context import open_context
from tender_helper.services.matching import MatchingService
from tender_helper.services.notices import BATCH, ImportResult, NoticeService, store_batch
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.storage.notices_repo import NoticeRepository

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
WORDS = [
    "siivous",
    "kiinteistönhoito",
    "ylläpito",
    "ateriapalvelu",
    "kunnossapito",
    "saneeraus",
    "urakka",
    "liikuntapaikka",
    "lumityö",
    "koulukuljetus",
    "ohjelmisto",
    "pilvipalvelu",
    "städning",
    "fastighetsskötsel",
    "måltider",
    "snöröjning",
    "renhold",
    "vedlikehold",
    "kantine",
    "brøyting",
    "cleaning",
    "maintenance",
    "catering",
    "construction",
    "transport",
    "software",
    "consulting",
    "training",
]
TOWNS = [
    "Turku",
    "Tampere",
    "Oulu",
    "Salo",
    "Espoo",
    "Umeå",
    "Uppsala",
    "Malmö",
    "Bergen",
    "Trondheim",
    "Tromsø",
    "Aarhus",
    "Odense",
]
_NOTICE_ID = re.compile(rb'(<cbc:ID schemeName="notice-id">)[^<]+(<)')
_FOLDER_ID = re.compile(rb"(<cbc:ContractFolderID>)[^<]+(<)")
_PUBLICATION_ID = re.compile(rb'(<efbc:NoticePublicationID schemeName="ojs-notice-id">)[^<]+(<)')
_TEXT = re.compile(rb'(<cbc:(?:Name|Description) languageID="[A-Z]{3}">)')
_CPV = re.compile(rb'(listName="cpv">)\d{8}(<)')
_NUTS = re.compile(rb'(<cbc:CountrySubentityCode listName="nuts">)[A-Z0-9]+(<)')
_DATE = re.compile(rb"(<(?:cbc:EndDate|efbc:PublicationDate|cbc:IssueDate)>)(\d{4})-(\d{2})-(\d{2})")


def templates() -> list[bytes]:
    """The real eForms fixture notices, minus the corrigendum (a change notice would look for its original)."""
    paths = sorted((FIXTURES / "notices" / "eforms").glob("*.xml")) + sorted((FIXTURES / "ted_api").glob("*.xml"))
    return [path.read_bytes() for path in paths if "corrigendum" not in path.name]


def generator(seed: int = 7) -> Callable[[int], bytes]:
    """A function making the n-th notice: new ids, varied texts, CPV, NUTS and dates, by editing real XML."""
    rng = random.Random(seed)
    sources = templates()
    cpv = [entry.code for entry in cpv_vocabulary()]
    nuts = [region.code for region in nuts_regions() if len(region.code) == 5]

    def make(number: int) -> bytes:
        data = sources[number % len(sources)]
        data = _NOTICE_ID.sub(lambda m: m[1] + str(uuid.UUID(int=rng.getrandbits(128))).encode() + m[2], data)
        data = _FOLDER_ID.sub(lambda m: m[1] + str(uuid.UUID(int=rng.getrandbits(128))).encode() + m[2], data)
        data = _PUBLICATION_ID.sub(lambda m: m[1] + f"{number + 1:08d}-2030".encode() + m[2], data)
        data = _TEXT.sub(lambda m: m[1] + f"{rng.choice(WORDS)} {rng.choice(TOWNS)} {number}: ".encode(), data)
        data = _CPV.sub(lambda m: m[1] + rng.choice(cpv).encode() + m[2], data)
        data = _NUTS.sub(lambda m: m[1] + rng.choice(nuts).encode() + m[2], data)
        day = f"{rng.randint(1, 28):02d}".encode()
        return _DATE.sub(lambda m: m[1] + b"2030-" + m[3] + b"-" + day, data)

    return make


def bench_parse_store(count: int) -> None:
    make = generator()
    items = [(f"{n}.xml", make(n)) for n in range(count)]
    started, cpu = time.perf_counter(), time.process_time()
    for name, data in items:
        parse_notice_xml(data, name=name)
    parse_seconds, parse_cpu = time.perf_counter() - started, time.process_time() - cpu
    with tempfile.TemporaryDirectory() as home:
        context = open_context(home)
        result = ImportResult()
        started, cpu = time.perf_counter(), time.process_time()
        for start in range(0, count, BATCH):
            with context.database.session() as session:
                store_batch(NoticeRepository(session), items[start : start + BATCH], result)
        seconds, store_cpu = time.perf_counter() - started, time.process_time() - cpu
        context.close()
    assert result.new == count, (result.new, result.failed[:3])
    print(
        f"parse only:    {count} notices in {parse_seconds:6.2f} s = {count / parse_seconds:5.0f}/s; "
        f"CPU {parse_cpu:6.2f} s"
    )
    print(
        f"parse + store: {count} notices in {seconds:6.2f} s = {count / seconds:5.0f}/s; CPU {store_cpu:6.2f} s "
        f"= {count / store_cpu:5.0f}/s of CPU (target >= 300/s)"
    )


def bench_package(count: int) -> None:
    make = generator(seed=11)
    with tempfile.TemporaryDirectory() as home:
        package = Path(home) / "20300102_001.tar.gz"
        with tarfile.open(package, "w:gz") as archive:
            for number in range(count):
                data = make(number)
                info = tarfile.TarInfo(f"20300102_001/{number + 1:08d}_2030.xml")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        size = package.stat().st_size / 1024 / 1024
        context = open_context(Path(home) / "data")
        matching: list[float] = []
        started, cpu, workers = time.perf_counter(), time.process_time(), _children_cpu()
        with _timed(MatchingService, "index_notices", matching):
            result = NoticeService(context.database).import_paths([package])
        seconds, import_cpu = time.perf_counter() - started, time.process_time() - cpu
        worker_cpu = _children_cpu() - workers
        context.close()
    assert result.new == count, (result.new, result.failed[:3])
    print(
        f"daily package: {count} notices ({size:.1f} MB .tar.gz) imported in {seconds:6.2f} s (target < 15 s), "
        f"CPU {import_cpu:6.2f} s here + {worker_cpu:6.2f} s in parse workers; "
        f"of that the matching index {sum(matching[::2]):6.2f} s, CPU {sum(matching[1::2]):6.2f} s"
    )


@contextlib.contextmanager
def _timed(owner: type, name: str, spent: list[float]) -> Iterator[None]:
    """Wraps owner.name (the import's matching hook) to show its share: appends wall then CPU seconds per call."""
    original = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent.extend((time.perf_counter() - started, time.process_time() - cpu))

    setattr(owner, name, timed)
    try:
        yield
    finally:
        setattr(owner, name, original)


def _children_cpu() -> float:
    """CPU seconds of ended child processes (the parse workers, once their pool has shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    """The machine's load average: other processes on a 2-core machine stretch wall-clock figures."""
    try:
        return Path("/proc/loadavg").read_text(encoding="utf-8").split(" ", 3)[0]
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000, help="notices for the parse + store rate")
    parser.add_argument("--package", type=int, default=3000, help="notices in the daily package")
    args = parser.parse_args()
    print(f"load average before: {load()}")
    bench_parse_store(args.count)
    bench_package(args.package)
    return 0


if __name__ == "__main__":
    sys.exit(main())
