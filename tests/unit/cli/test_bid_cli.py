"""The bid commands as a user types them: open, list, checklist, set-item, report, ics, package; exit codes."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from tender_helper.cli.main import main

SALO = "notices/eforms/FIN_cn-standard_622690-2023_salo_4lots.xml"
NAV = "notices/eforms/NOR-doffin_cn-social_2024-102327_8lots.xml"


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def prepared(data_dir: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(data_dir, "notices", "import", str(fixtures_dir / SALO), str(fixtures_dir / NAV)) == 0
    assert run(data_dir, "company", "add", "--name", "Siivous Oy", "--business-id", "1234567-1", "--country", "FI") == 0
    capsys.readouterr()
    return data_dir


def test_open_list_checklist_and_set_item(prepared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(prepared, "bid", "open", "622690-2023", "--company", "Siivous Oy", "--lots", "LOT-0001,LOT-0002") == 0
    assert "Opened bid 1 for 622690-2023." in capsys.readouterr().out
    assert run(prepared, "bid", "open", "622690-2023", "--company", "Siivous Oy") == 0
    assert "already open" in capsys.readouterr().out
    assert run(prepared, "bid", "list", "--json") == 0
    bids = json.loads(capsys.readouterr().out)
    assert [(b["id"], b["notice"], b["lots"], b["status"]) for b in bids] == [
        (1, "622690-2023", ["LOT-0001", "LOT-0002"], "considering")
    ]
    assert run(prepared, "bid", "set-item", "1", "general.read-documents", "--status", "done", "--notes", "ok") == 0
    assert "general.read-documents: done" in capsys.readouterr().out
    assert run(prepared, "bid", "checklist", "1", "--json") == 0
    items = {item["id"]: item for item in json.loads(capsys.readouterr().out)}
    assert (items["general.read-documents"]["status"], items["general.read-documents"]["notes"]) == ("done", "ok")
    assert items["general.read-documents"]["due"] == "2023-11-01"
    assert items["general.questions"]["due_estimated"] is True
    assert items["general.exclusion"]["documents"][0] == {
        "type_id": "tax_debt_certificate",
        "state": "missing",
        "document_id": None,
        "valid_until": None,
    }
    assert items["fi.tilaajavastuu"]["template"] == "country-fi@1"


def test_bad_input_exits_3_with_a_reason(prepared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(prepared, "bid", "open", "622690-2023", "--company", "Siivous Oy", "--lots", "LOT-0009") == 3
    assert "The notice has no lot LOT-0009" in capsys.readouterr().err
    assert run(prepared, "bid", "open", "aa382761-89ef-4162-9dc5-74f12a6f2a21", "--company", "Siivous Oy") == 3
    assert "gives no deadline" in capsys.readouterr().err
    assert (
        run(prepared, "bid", "open", "aa382761-89ef-4162-9dc5-74f12a6f2a21", "--company", "1", "--deadline", "soon")
        == 3
    )
    assert "is not a date and time" in capsys.readouterr().err
    args = (
        "bid",
        "open",
        "aa382761-89ef-4162-9dc5-74f12a6f2a21",
        "--company",
        "1",
        "--deadline",
        "2030-02-01T12:00+01:00",
    )
    assert run(prepared, *args) == 0
    assert run(prepared, "bid", "set-item", "1", "general.nothing", "--status", "done") == 3
    assert "has no checklist item general.nothing" in capsys.readouterr().err
    assert run(prepared, "bid", "status", "1", "no_bid") == 3
    assert "Say why" in capsys.readouterr().err
    assert run(prepared, "bid", "checklist", "99") == 3


def test_report_ics_and_package(prepared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(prepared, "--lang", "fi", "bid", "open", "622690-2023", "--company", "Siivous Oy") == 0
    report, ics, package = tmp_path / "bid.pdf", tmp_path / "bid.ics", tmp_path / "bid.zip"
    assert run(prepared, "bid", "report", "1", "--out", str(report)) == 0
    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Tarjousraportti" in text and "Lue kaikki hankinta-asiakirjat" in text
    assert run(prepared, "bid", "ics", "1", "--out", str(ics)) == 0
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert sorted(str(e["uid"]).split("@")[0] for e in events) == ["bid-1-question_cutoff", "bid-1-tender_deadline"]
    assert run(prepared, "bid", "package", "1", "--out", str(package)) == 0
    assert "Not in the package: tax_debt_certificate (missing)" in capsys.readouterr().err
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert [entry["path"] for entry in manifest["files"]] == ["report.pdf"]
        entry = manifest["files"][0]
        assert hashlib.sha256(archive.read("report.pdf")).hexdigest() == entry["sha256"]


def test_template_problem_is_named_on_stderr(prepared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    own = prepared / "checklists"
    own.mkdir()
    (own / "mine.toml").write_text("this is = not [ toml", encoding="utf-8")
    assert run(prepared, "bid", "open", "622690-2023", "--company", "Siivous Oy") == 0
    captured = capsys.readouterr()
    assert "Checklist template" in captured.err and "mine.toml" in captured.err and "TOML" in captured.err
    assert "Opened bid 1" in captured.out
