"""The notices, sync and demo commands as a user types them: output shapes and exit codes 0, 3 and 4."""

from __future__ import annotations

import functools
import json
import socket
from pathlib import Path

import pytest

from tender_helper.cli import sync_cmds
from tender_helper.cli.main import main
from tender_helper.services.sync import SyncService
from tests.support.fake_ted import FakeTed
from tests.unit.services.test_notice_import import NOR, SALO, SWE
from tests.unit.services.test_sync import FAST

NOTICE_KEYS = {
    "source", "source_id", "version", "procedure_id", "notice_type", "form_type", "subtype", "title", "description",
    "buyer", "cpv", "nuts", "contract_nature", "procedure_type", "languages", "publication_date", "deadline",
    "estimated_value", "lots", "url",
}  # fmt: skip


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_parse_prints_the_normalised_json_without_a_data_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "notices", "parse", str(SALO), "--json") == 0
    notice = json.loads(capsys.readouterr().out)
    assert set(notice) == NOTICE_KEYS
    assert notice["source_id"] == "622690-2023" and notice["deadline"] == "2023-11-15T12:00:00+02:00"
    assert len(notice["lots"]) == 4 and notice["buyer"]["country"] == "FIN"
    assert not data_dir.exists()


def test_parse_summary_names_lots_with_labels(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "notices", "parse", str(SALO)) == 0
    out = capsys.readouterr().out
    assert "Eteläisen Salon liikuntapaikkojen hoidon hankinta" in out
    assert "92610000 Sports facilities operation services" in out and "FI1C1 Varsinais-Suomi" in out
    assert out.count("Lot LOT-000") == 4


def test_parse_bad_xml_exits_3_naming_the_file(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "half.xml"
    bad.write_bytes(SALO.read_bytes()[:500])
    assert run(data_dir, "notices", "parse", str(bad)) == 3
    assert "half.xml" in capsys.readouterr().err


def test_import_list_and_show(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "broken.xml").write_bytes(b"<notice")
    assert run(data_dir, "notices", "import", str(SALO), str(SWE), str(NOR), str(tmp_path / "broken.xml")) == 0
    out = capsys.readouterr().out
    assert "3 new, 0 updated, 0 unchanged, 1 failed" in out and "broken.xml" in out

    assert run(data_dir, "notices", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["source_id"] for row in rows][:2] == ["622690-2023", "701354-2023"]  # soonest deadline first
    assert set(rows[0]) >= {"id", "deadline_utc", "country", "title", "buyer", "kind", "sample"}

    assert run(data_dir, "notices", "list", "--country", "SWE,NOR", "--cpv", "31", "--json") == 0
    assert [row["source_id"] for row in json.loads(capsys.readouterr().out)] == ["701354-2023"]
    assert run(data_dir, "notices", "list", "--search", "liikuntapaikkojen", "--kind", "competition") == 0
    table = capsys.readouterr().out
    assert "Salon kaupunki" in table and "(closed)" in table and "Umeå" not in table
    assert run(data_dir, "notices", "list", "--open", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []

    assert run(data_dir, "notices", "show", "622690-2023", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["notice"]["source_id"] == "622690-2023" and shown["changes"] == [] and shown["sample"] is False
    assert run(data_dir, "notices", "show", str(shown["id"])) == 0
    out = capsys.readouterr().out
    assert "Tenders by 2023-11-15 12:00 +0200" in out and "Sports facilities operation services" in out


def test_show_reports_the_change_history(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer = tmp_path / "salo_v2.xml"
    newer.write_bytes(
        SALO.read_bytes()
        .replace(b"<cbc:VersionID>01<", b"<cbc:VersionID>02<", 1)
        .replace(b"<cbc:EndDate>2023-11-15+02:00</cbc:EndDate>", b"<cbc:EndDate>2023-11-22+02:00</cbc:EndDate>", 1)
    )
    assert run(data_dir, "notices", "import", str(SALO)) == 0
    assert run(data_dir, "notices", "import", str(newer), "--json") == 0
    imported = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert imported["updated"] == 1 and imported["new"] == 0
    assert run(data_dir, "notices", "show", "622690-2023") == 0
    assert "Deadline moved from 2023-11-15T12:00:00+02:00 to 2023-11-22T12:00:00+02:00 (lot LOT-0001)" in (
        capsys.readouterr().out
    )


def test_import_of_nothing_readable_exits_3(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "broken.xml").write_bytes(b"<notice")
    assert run(data_dir, "notices", "import", str(tmp_path)) == 3
    assert "No notice could be read" in capsys.readouterr().err
    assert run(data_dir, "notices", "import", str(tmp_path / "missing.xml")) == 3


def test_unknown_notice_exits_3(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "notices", "show", "999-2099") == 3
    assert "There is no notice 999-2099" in capsys.readouterr().err


def test_sync_against_the_fake_ted(data_dir: Path, fake_ted: FakeTed, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "sync", "--base-url", fake_ted.base_url, "--since", "2023-10-01", "--json") == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert (result["new"], result["complete"], result["failed"]) == (3, True, [])
    assert len(result["new_ids"]) == 3 and captured.err == ""  # no progress when stderr is not a terminal
    assert result["query"].startswith("publication-date>=20231001 ")
    assert run(data_dir, "sync", "--base-url", fake_ted.base_url) == 0
    assert "TED: 0 new, 0 changed, 1 unchanged, 0 failed."  # only since the last date in capsys.readouterr().out


def test_sync_with_the_source_unreachable_exits_4_and_says_the_cache_works(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_cmds, "SyncService", functools.partial(SyncService, http_settings=FAST))
    assert run(data_dir, "notices", "import", str(SALO)) == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert run(data_dir, "sync", "--base-url", f"http://127.0.0.1:{port}") == 4
    err = capsys.readouterr().err
    assert "TED could not be reached" in err and "The 1 notices already saved still work" in err


def test_sync_bad_date_exits_3(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "sync", "--since", "1.10.2023") == 3
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_demo_load_and_remove(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "demo", "--json") == 0
    loaded = json.loads(capsys.readouterr().out)
    assert loaded["new"] >= 30 and loaded["company"]["name"] == "Esimerkki Siivous Oy"
    assert run(data_dir, "demo") == 0
    assert f"Loaded {loaded['new']} sample notices" in capsys.readouterr().out
    assert run(data_dir, "notices", "list", "--open", "--country", "FIN", "--json") == 0
    assert all(row["sample"] for row in json.loads(capsys.readouterr().out))
    assert run(data_dir, "demo", "--remove", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"removed_notices": loaded["new"], "removed_companies": 1}
