"""Reading TED packages, folders and files: nested tar.gz, country pre-check, hostile members skipped."""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

import pytest

from tender_helper.sources.errors import InvalidPackage
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.sources.packages import NoticeSource, mentions_country

NOTICES = Path(__file__).parents[2] / "fixtures" / "notices"
SALO = NOTICES / "eforms" / "FIN_cn-standard_622690-2023_salo_4lots.xml"
SWE = NOTICES / "eforms" / "SWE_cn-desg-utilities_701354-2023.xml"
NOR = NOTICES / "eforms" / "NOR-doffin_national-N16_2024-107345.xml"
SE_R209 = NOTICES / "ted-r209" / "SE_F02-contract-notice_21-364236.xml"


def add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    archive.addfile(info, io.BytesIO(data))


def daily_package(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            add_bytes(archive, name, data)
    return buffer.getvalue()


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A daily package like TED's (`<yyyymmdd>_<issue>/<no>_<year>.xml`) plus hostile members."""
    path = tmp_path / "202300198.tar.gz"
    with tarfile.open(path, mode="w:gz") as archive:
        add_bytes(archive, "20231013_198/00622690_2023.xml", SALO.read_bytes())
        add_bytes(archive, "20231013_198/00701354_2023.xml", SWE.read_bytes())
        add_bytes(archive, "../evil.xml", b"<x/>")
        add_bytes(archive, "/etc/evil.xml", b"<x/>")
        link = tarfile.TarInfo("20231013_198/link.xml")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
        add_bytes(archive, "20231013_198/readme.txt", b"not a notice")
    return path


def test_package_yields_xml_members_and_skips_hostile_ones(package: Path) -> None:
    source = NoticeSource()
    items = list(source.iter_path(package))
    names = [name.split(":", 1)[1] for name, _ in items]
    assert names == ["20231013_198/00622690_2023.xml", "20231013_198/00701354_2023.xml"]
    assert items[0][1] == SALO.read_bytes()
    reasons = {skipped.name.split(":", 1)[1]: skipped.reason for skipped in source.skipped}
    assert reasons == {
        "../evil.xml": "a path that leaves the package (..)",
        "/etc/evil.xml": "an absolute path",
        "20231013_198/link.xml": "a link",
    }
    notice = parse_notice_xml(items[0][1], name=items[0][0])
    assert notice.source_id == "622690-2023"


def test_oversize_member_is_skipped_and_reading_goes_on(package: Path) -> None:
    source = NoticeSource(max_bytes=len(SWE.read_bytes()))
    names = [name for name, _ in source.iter_path(package)]
    assert names == [f"{package}:20231013_198/00701354_2023.xml"]
    assert any(skipped.reason.startswith("larger than") for skipped in source.skipped)


def test_nested_monthly_package(tmp_path: Path) -> None:
    daily = daily_package({"20231013_198/00622690_2023.xml": SALO.read_bytes()})
    monthly = tmp_path / "2023-10.tar.gz"
    with tarfile.open(monthly, mode="w:gz") as archive:
        add_bytes(archive, "202300198.tar.gz", daily)
        add_bytes(archive, "20231013_199/00701354_2023.xml", SWE.read_bytes())
    names = [name for name, _ in NoticeSource().iter_path(monthly)]
    assert names == [
        f"{monthly}:202300198.tar.gz:20231013_198/00622690_2023.xml",
        f"{monthly}:20231013_199/00701354_2023.xml",
    ]


def test_country_pre_check(package: Path) -> None:
    names = [name for name, _ in NoticeSource(countries={"SWE"}).iter_path(package)]
    assert names == [f"{package}:20231013_198/00701354_2023.xml"]
    assert mentions_country(SE_R209.read_bytes(), {"SWE"})  # R2.0.9 ISO_COUNTRY, alpha-2
    assert not mentions_country(SE_R209.read_bytes(), {"FIN"})
    assert mentions_country(NOR.read_bytes(), {"NOR"})


def test_folder_and_single_files(tmp_path: Path, package: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "se.xml").write_bytes(SE_R209.read_bytes())
    (folder / "notes.txt").write_text("ignored")
    (folder / "link.xml").symlink_to(SALO)
    source = NoticeSource()
    names = [name for name, _ in source.iter_paths([folder, NOR])]
    assert names == [str(folder / "sub" / "se.xml"), str(NOR)]
    assert [skipped.reason for skipped in source.skipped] == ["a symbolic link"]


def test_corrupt_package_is_a_typed_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(gzip.compress(b"this is no tar archive" * 40)[:-20])
    with pytest.raises(InvalidPackage, match=r"broken\.tar\.gz"):
        list(NoticeSource().iter_path(broken))


def test_missing_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidPackage, match=r"gone\.xml"):
        list(NoticeSource().iter_path(tmp_path / "gone.xml"))
