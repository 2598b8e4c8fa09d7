"""The `session` commands as an adviser types them, with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender_helper.cli.main import main


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def company(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(data_dir, "company", "add", "--name", "Siivous Oy", "--business-id", "1234567-1", "--country", "FI") == 0
    capsys.readouterr()
    return "Siivous Oy"


def test_add_list_and_pdf(data_dir: Path, company: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(data_dir, "session", "allowance", "--company", company, "--hours", "5", "--programme", "Kasvu") == 0
    args = ["session", "add", "--company", company, "--minutes", "90", "--date", "2026-11-20"]
    args += [
        "--topics",
        "espd,pricing",
        "--notes",
        "ESPD walkthrough",
        "--follow-up",
        "Order certificate|Anna|2026-12-01",
    ]
    assert run(data_dir, *args) == 0
    assert "Added session 1 for Siivous Oy (90 min)." in capsys.readouterr().out
    assert run(data_dir, "session", "list", "--company", company, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert (listed["minutes_used"], listed["allowance_minutes"], listed["programme"]) == (90, 300, "Kasvu")
    [session] = listed["sessions"]
    assert session["topics"] == ["espd", "pricing"] and session["notes"] == "ESPD walkthrough"
    assert session["follow_ups"] == [
        {"id": 1, "text": "Order certificate", "owner": "Anna", "due": "2026-12-01", "done": False}
    ]
    assert run(data_dir, "session", "list", "--company", company) == 0
    assert "Used 90 of 300 min; 210 min left." in capsys.readouterr().out
    out = tmp_path / "s.pdf"
    assert run(data_dir, "session", "pdf", "1", "--out", str(out)) == 0
    text = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    assert "Neuvontatapaamisen yhteenveto" in text and "Order certificate" in text  # the company's language: Finnish


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--minutes", "90", "--topics", "bidding"], "Unknown topic bidding"),
        (["--minutes", "-1"], "between 0 and 1440"),
        (["--minutes", "30", "--date", "20.11.2026"], "is not a date"),
        (["--minutes", "30", "--follow-up", "|Anna"], "needs a text"),
    ],
)
def test_bad_input_exits_3_and_stores_nothing(
    data_dir: Path, company: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert run(data_dir, "session", "add", "--company", company, *args) == 3
    assert message in capsys.readouterr().err
    assert run(data_dir, "session", "list", "--company", company, "--json") == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == []


def test_unknown_session_and_company(data_dir: Path, company: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "session", "pdf", "7", "--out", str(data_dir / "x.pdf")) == 3
    assert "no advice session 7" in capsys.readouterr().err
    assert run(data_dir, "session", "list", "--company", "Nobody") == 3
