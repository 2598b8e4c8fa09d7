"""The company and profile commands as a user types them, with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender_helper.cli.main import main


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_add_list_show(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            data_dir,
            "company",
            "add",
            "--name",
            "Siivous Oy",
            "--business-id",
            "1234567-1",
            "--country",
            "FI",
            "--employees",
            "8",
            "--turnover",
            "450000",
            "--languages",
            "fin,swe",
        )
        == 0
    )
    assert "Added company Siivous Oy" in capsys.readouterr().out
    assert run(data_dir, "company", "list", "--json") == 0
    companies = json.loads(capsys.readouterr().out)
    assert companies == [
        {
            "id": 1,
            "name": "Siivous Oy",
            "business_id": "1234567-1",
            "country": "FI",
            "size_class": "micro",
            "turnover": "450000",
            "employees": 8,
            "languages": ["fin", "swe"],
            "description": "",
        }
    ]
    assert run(data_dir, "company", "show", "Siivous Oy") == 0
    assert "1234567-1" in capsys.readouterr().out


def test_bad_business_id_exits_3_and_stores_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "company", "add", "--name", "X", "--business-id", "1234567-2", "--country", "FI") == 3
    assert "wrong check digit" in capsys.readouterr().err
    assert run(data_dir, "company", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_profile_set_and_show(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(data_dir, "company", "add", "--name", "Siivous Oy", "--business-id", "1234567-1", "--country", "FI")
    assert (
        run(
            data_dir,
            "profile",
            "set",
            "--company",
            "Siivous Oy",
            "--cpv",
            "90910000,90919200",
            "--nuts",
            "FI1C1",
            "--countries",
            "FIN",
            "--keywords",
            "siivous, toimitilasiivous",
            "--exclude",
            "asbesti",
            "--min-value",
            "10000",
            "--max-value",
            "500000",
            "--min-days",
            "7",
        )
        == 0
    )
    capsys.readouterr()
    assert run(data_dir, "profile", "show", "--company", "1", "--json") == 0
    profile = json.loads(capsys.readouterr().out)
    assert profile["cpv"] == ["90910000", "90919200"]
    assert profile["keywords"] == ["siivous", "toimitilasiivous"]
    assert profile["excluded_words"] == ["asbesti"]
    assert (profile["min_value"], profile["max_value"], profile["min_days"]) == ("10000", "500000", 7)
    assert run(data_dir, "profile", "show", "--company", "1") == 0
    assert "Cleaning services" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cpv", "99999999"], "not in the official CPV list"),
        (["--nuts", "ZZ9"], "not a NUTS region"),
        (["--min-value", "500", "--max-value", "1"], "above the largest"),
        (["--min-days", "soon"], "not a number of days"),
        (["--kinds", "everything"], "Unknown notice kind"),
    ],
)
def test_bad_profile_values_exit_3(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(data_dir, "company", "add", "--name", "A", "--business-id", "1234567-1", "--country", "FI")
    assert run(data_dir, "profile", "set", "--company", "A", "--cpv", "90910000") == 0
    capsys.readouterr()
    assert run(data_dir, "profile", "set", "--company", "A", *args) == 3
    assert message in capsys.readouterr().err
    run(data_dir, "profile", "show", "--company", "A", "--json")
    assert json.loads(capsys.readouterr().out)["cpv"] == ["90910000"]


def test_unknown_company_exits_3(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "profile", "show", "--company", "Nobody") == 3
    assert "no company Nobody" in capsys.readouterr().err


def test_unwritable_data_dir_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert run(blocker / "data", "company", "list") == 3
    assert "cannot be written" in capsys.readouterr().err


def test_corrupt_database_exits_5(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "tender-helper.sqlite3").write_bytes(b"garbage" * 1000)
    assert run(data_dir, "company", "list") == 5
    assert "damaged" in capsys.readouterr().err


def test_usage_error_exits_2(data_dir: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        run(data_dir, "company", "add", "--name", "only a name")
    assert caught.value.code == 2
