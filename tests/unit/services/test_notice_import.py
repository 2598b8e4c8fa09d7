"""Importing notice files, folders and TED packages: failures named, versions replaced, corrigenda applied."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from tender_helper.core.notice_changes import CORRECTED, DEADLINE_MOVED
from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.storage.notices_repo import NoticeFilter

NOTICES = Path(__file__).parents[2] / "fixtures" / "notices"
SALO = NOTICES / "eforms" / "FIN_cn-standard_622690-2023_salo_4lots.xml"
SWE = NOTICES / "eforms" / "SWE_cn-desg-utilities_701354-2023.xml"
NOR = NOTICES / "eforms" / "NOR-doffin_national-N16_2024-107345.xml"
EST = NOTICES / "eforms" / "EST_cn-standard_291858-2023_sdk1.3.xml"
SE_R209 = NOTICES / "ted-r209" / "SE_F02-contract-notice_21-364236.xml"
SALO_DEADLINE = b"<cbc:EndDate>2023-11-15+02:00</cbc:EndDate>"
CHANGES = (
    b"<efext:EformsExtension><efac:Changes><efbc:ChangedNoticeIdentifier>00622690-2023</efbc:ChangedNoticeIdentifier>"
    b'<efac:Change><efbc:ChangeDescription languageID="FIN">Tarjousten m\xc3\xa4\xc3\xa4r\xc3\xa4aikaa jatketaan.'
    b"</efbc:ChangeDescription></efac:Change><efac:ChangeReason>"
    b'<cbc:ReasonCode listName="change-corrig-justification">update-add</cbc:ReasonCode></efac:ChangeReason>'
    b"</efac:Changes>"
)


def add_member(archive: tarfile.TarFile, name: str, data: bytes, kind: bytes = tarfile.REGTYPE) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    info.type = kind
    if kind == tarfile.SYMTYPE:
        info.linkname = "/etc/passwd"
    archive.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)


@pytest.fixture
def service(context: AppContext) -> NoticeService:
    return NoticeService(context.database)


def test_folder_and_package_import_the_good_and_name_the_bad(tmp_path: Path, service: NoticeService) -> None:
    folder = tmp_path / "notices"
    folder.mkdir()
    (folder / SALO.name).write_bytes(SALO.read_bytes())
    (folder / SE_R209.name).write_bytes(SE_R209.read_bytes())
    (folder / "broken.xml").write_bytes(SWE.read_bytes()[:3000])
    package = tmp_path / "20240102_001.tar.gz"
    with tarfile.open(package, "w:gz") as archive:
        add_member(archive, "20240102_001/107345_2024.xml", NOR.read_bytes())
        add_member(archive, "20240102_001/291858_2023.xml", EST.read_bytes())
        add_member(archive, "../../escape.xml", SWE.read_bytes())
        add_member(archive, "20240102_001/link.xml", b"", tarfile.SYMTYPE)
    truncated = tmp_path / "cut.tar.gz"
    truncated.write_bytes(package.read_bytes()[:200])

    result = service.import_paths([folder, package, truncated])

    assert (result.new, result.updated, result.unchanged) == (4, 0, 0)
    failed = dict(result.failed)
    broken = str(folder / "broken.xml")
    assert set(failed) == {broken, str(truncated)}
    assert (
        "broken.xml is not well-formed XML" in failed[broken] and "not a readable TED package" in failed[str(truncated)]
    )
    skipped = dict(result.skipped)
    assert skipped[f"{package}:../../escape.xml"] == "a path that leaves the package (..)"
    assert skipped[f"{package}:20240102_001/link.xml"] == "a link"
    assert service.count(NoticeFilter()) == 4


def test_country_filter_keeps_only_those_buyers(service: NoticeService) -> None:
    result = service.import_paths([SALO, SWE, NOR], countries=["FIN", "NOR"])
    assert result.new == 2
    assert sorted(row.buyer_country or "" for row in service.list(NoticeFilter())) == ["FIN", "NOR"]


def test_a_newer_version_replaces_the_older_and_the_change_is_recorded(tmp_path: Path, service: NoticeService) -> None:
    newer = tmp_path / "salo_v2.xml"
    edited = SALO.read_bytes().replace(b"<cbc:VersionID>01<", b"<cbc:VersionID>02<", 1)
    newer.write_bytes(edited.replace(SALO_DEADLINE, b"<cbc:EndDate>2023-11-22+02:00</cbc:EndDate>", 1))
    first = service.import_paths([SALO])
    second = service.import_paths([newer])
    assert second.updated_ids == first.new_ids and second.new == 0

    stored = service.find("622690-2023")
    assert stored.notice.version == "02"
    assert str(stored.notice.lots[0].deadline) == "2023-11-22 12:00:00+02:00"
    moved = [change for change in stored.changes if change["kind"] == DEADLINE_MOVED]
    assert {"lot": "LOT-0001", "old": "2023-11-15T12:00:00+02:00", "new": "2023-11-22T12:00:00+02:00"}.items() <= (
        moved[-1].items()
    )
    assert service.import_paths([SALO]).unchanged == 1  # the older version does not come back
    assert service.find("622690-2023").notice.version == "02"


def test_a_corrigendum_is_applied_to_its_notice(tmp_path: Path, service: NoticeService) -> None:
    corrigendum = (
        SALO.read_bytes()
        .replace(b'listName="competition">cn-standard<', b'listName="change">corr<', 1)
        .replace(b">00622690-2023<", b">00700001-2023<", 1)
        .replace(b"<efext:EformsExtension>", CHANGES, 1)
        .replace(SALO_DEADLINE, b"<cbc:EndDate>2023-11-29+02:00</cbc:EndDate>")
    )
    path = tmp_path / "corrigendum_700001-2023.xml"
    path.write_bytes(corrigendum)
    original = service.import_paths([SALO])
    applied = service.import_paths([path])
    assert applied.updated_ids == original.new_ids and applied.new == 0
    assert service.count(NoticeFilter()) == 1

    stored = service.find("622690-2023")
    assert stored.notice.form_type == "competition" and stored.notice.source_id == "622690-2023"
    assert str(stored.notice.deadline) == "2023-11-29 12:00:00+02:00"
    kinds = [change["kind"] for change in stored.changes]
    assert DEADLINE_MOVED in kinds and CORRECTED in kinds
    corrected = next(change for change in stored.changes if change["kind"] == CORRECTED)
    assert corrected["by"] == "700001-2023" and corrected["descriptions"] == ["Tarjousten määräaikaa jatketaan."]
    assert service.import_paths([path]).unchanged == 1  # the same corrigendum is not applied twice
