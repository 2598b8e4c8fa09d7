"""Batch storing and the parse workers: the same cache as storing one by one, bad notices named, the rest kept."""

from __future__ import annotations

import io
import random
import sys
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tender_helper.core.cpv import fold as reference_fold
from tender_helper.core.errors import InvalidInput
from tender_helper.core.notice import Notice
from tender_helper.services import notices as notices_service
from tender_helper.services.context import AppContext, open_context
from tender_helper.services.notices import NoticeService
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.storage import notices_repo
from tender_helper.storage.notice_models import NoticeCpvRow, NoticeRow
from tender_helper.storage.notice_values import fold
from tender_helper.storage.notices_repo import NoticeFilter

NOTICES = Path(__file__).parents[2] / "fixtures" / "notices"
SALO = NOTICES / "eforms" / "FIN_cn-standard_622690-2023_salo_4lots.xml"
CHANGES = (
    b"<efext:EformsExtension><efac:Changes><efbc:ChangedNoticeIdentifier>00700010-2023</efbc:ChangedNoticeIdentifier>"
    b'<efac:ChangeReason><cbc:ReasonCode listName="change-corrig-justification">cancel</cbc:ReasonCode>'
    b"</efac:ChangeReason></efac:Changes>"
)
COUNT = 230  # more than POOL_FROM: the import parses in worker processes


def variant(number: int, *, version: bytes = b"01", title: str = "") -> bytes:
    """The Salo notice as TED publication 7000nn-2023, optionally another version or title."""
    data = SALO.read_bytes().replace(b">00622690-2023<", f">{700000 + number:08d}-2023<".encode(), 1)
    data = data.replace(b"<cbc:VersionID>01<", b"<cbc:VersionID>" + version + b"<", 1)
    return data.replace(b">Etel\xc3\xa4isen Salon", f">{title}Etel\u00e4isen Salon".encode(), 1)


def cancellation(number: int) -> bytes:
    return (
        variant(number, version=b"03", title="Kohde 10 peruttu ")
        .replace(b'listName="competition">cn-standard<', b'listName="change">corr<', 1)
        .replace(b"<efext:EformsExtension>", CHANGES, 1)
    )


def package(path: Path) -> Path:
    """COUNT new notices, among them a newer version of #10, a broken member, a copy of #11; then #10 cancelled."""
    members = [(f"{n}.xml", variant(n, title=f"Kohde {n} ")) for n in range(COUNT)]
    members.insert(150, ("v2.xml", variant(10, version=b"02", title="Kohde 10 uusi ")))
    members.insert(160, ("broken.xml", variant(12)[:4000]))
    members.insert(170, ("copy.xml", variant(11, title=f"Kohde {11} ")))
    members.append(("cancel.xml", cancellation(900)))
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members:
            info = tarfile.TarInfo(f"20230102_001/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def snapshot(context: AppContext) -> list[tuple[object, ...]]:
    with context.database.session() as session:
        rows = session.execute(
            select(
                NoticeRow.source_id, NoticeRow.version, NoticeRow.title_sort, NoticeRow.cancelled, NoticeRow.data
            ).order_by(NoticeRow.source_id)
        ).all()
        codes = session.execute(select(func.count()).select_from(NoticeCpvRow)).scalar_one()
        bodies = session.execute(text("SELECT body FROM notice_search ORDER BY rowid")).scalars().all()
    return [tuple(row) for row in rows] + [("cpv rows", codes), ("search", *bodies)]


@pytest.mark.parametrize("in_workers", [True, False])
def test_a_package_lands_the_same_with_or_without_workers(
    tmp_path: Path, context: AppContext, monkeypatch: pytest.MonkeyPatch, in_workers: bool
) -> None:
    if not in_workers:
        monkeypatch.setattr(notices_service, "POOL_FROM", 10_000)
    service = NoticeService(context.database)
    result = service.import_paths([package(tmp_path / "20230102_001.tar.gz")])

    assert (result.new, result.updated, result.unchanged, result.read) == (COUNT, 2, 1, COUNT + 4)
    assert [name for name, _reason in result.failed] == [f"{tmp_path / '20230102_001.tar.gz'}:20230102_001/broken.xml"]
    assert "not well-formed XML" in result.failed[0][1]
    stored = service.find("700010-2023")
    assert stored.notice.version == "03" and stored.cancelled  # version 02, then the cancellation applied
    assert [change["by"] for change in stored.changes][-1] == "700900-2023"
    assert service.count(NoticeFilter(text="kohde")) == COUNT
    assert service.count(NoticeFilter(text="peruttu")) == 1 and service.count(NoticeFilter(text="uusi")) == 0
    again = service.import_paths([tmp_path / "20230102_001.tar.gz"])
    assert (again.new, again.updated) == (0, 0)


def test_workers_and_this_process_store_identical_rows(tmp_path: Path, context: AppContext) -> None:
    path = package(tmp_path / "20230102_001.tar.gz")
    NoticeService(context.database).import_paths([path])
    other = open_context(tmp_path / "other")
    try:
        with tarfile.open(path) as archive:
            batch = [(m.name, archive.extractfile(m).read()) for m in archive.getmembers()]  # type: ignore[union-attr]
        with other.database.session() as session:
            notices_service.store_batch(notices_repo.NoticeRepository(session), batch, notices_service.ImportResult())
        assert snapshot(other) == snapshot(context)
    finally:
        other.close()


def test_a_notice_that_fails_in_a_group_insert_is_named_and_the_group_still_lands(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_body = notices_repo.search_body

    def failing_body(notice: Notice) -> str:
        if notice.source_id == "700003-2023":
            raise InvalidInput("cannot index {value}", value=notice.source_id)
        return real_body(notice)

    monkeypatch.setattr(notices_repo, "search_body", failing_body)
    result = notices_service.ImportResult()
    with context.database.session() as session:
        notices_service.store_batch(
            notices_repo.NoticeRepository(session), [(f"{n}.xml", variant(n)) for n in range(6)], result
        )
    assert result.failed == [("700003-2023", "cannot index 700003-2023")]
    assert result.new == 5 and result.new_ids == sorted(result.new_ids)
    with context.database.session() as session:
        assert session.execute(select(func.count(func.distinct(NoticeCpvRow.notice_id)))).scalar_one() == 5


def test_a_notice_survives_the_trip_through_its_json() -> None:
    for path in sorted(NOTICES.rglob("*.xml")):
        notice = parse_notice_xml(path.read_bytes(), name=path.name)
        assert Notice.from_json_dict(notice.to_json_dict()) == notice, path.name


def test_search_folding_matches_the_folding_of_typed_words() -> None:
    rng = random.Random(5)
    samples = ["Äänentoisto ØRESUND Straße ﬁnancement Œuvre İstanbul ǅ ẞ", "plain ascii", ""]
    for _ in range(3000):
        length = rng.randint(0, 12)
        samples.append(
            "".join(chr(rng.choice([rng.randint(0, 0x24F), rng.randint(0, sys.maxunicode)])) for _ in range(length))
        )
    for sample in samples:
        assert fold(sample) == reference_fold(sample), repr(sample)


def test_cancelling_a_large_import_stops_reading_and_keeps_what_was_read(tmp_path: Path, context: AppContext) -> None:
    seen: list[str] = []
    result = NoticeService(context.database).import_paths(
        [package(tmp_path / "20230102_001.tar.gz")],
        progress=lambda _done, _total, name: seen.append(name),
        cancelled=lambda: len(seen) >= 210,
    )
    assert result.cancelled and result.read == 210 == len(seen)
    assert result.new + result.updated + result.unchanged + len(result.failed) == 210
