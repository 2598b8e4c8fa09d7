"""`tender-helper match`: the ranking with reasons per notice and lot, as text and JSON; star and dismiss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender_helper.cli.main import main
from tender_helper.services.context import open_context
from tests.unit.matching.relevance_data import load_relevance_set

SOCIAL = "Omsorgspartner AS"


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def loaded(data_dir: Path) -> Path:
    context = open_context(data_dir)
    load_relevance_set(context)
    context.close()
    return data_dir


def test_json_ranking_with_reasons_per_lot(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(loaded, "match", "--company", SOCIAL, "--limit", "3", "--json") == 0
    ranking = json.loads(capsys.readouterr().out)
    assert len(ranking["results"]) == 3
    top = ranking["results"][0]
    assert top["title"] == "Procurement of follow-up measure for NAV Vest-Viken"  # the English title, for --lang en
    assert "CPV 85312300 (Guidance and counselling services) is under your 85300000" in [
        reason["text"] for reason in top["reasons"]
    ]
    assert len(top["lots"]) == 8 and all(lot["reasons"] for lot in top["lots"])
    assert [r["percent"] for r in ranking["results"]] == sorted(
        (r["percent"] for r in ranking["results"]), reverse=True
    )


def test_text_ranking(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(loaded, "match", "--company", SOCIAL, "--limit", "2") == 0
    out = capsys.readouterr().out
    assert "Notices for Omsorgspartner AS" in out
    assert "  1. " in out and "  2. " in out and "  3. " not in out
    assert "+ Words: oppfølging, arbeidsrettet" in out
    assert "Lots: " in out and " fit" in out


def test_star_and_dismiss(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(loaded, "match", "--company", SOCIAL, "--json")
    first = json.loads(capsys.readouterr().out)["results"][0]
    assert run(loaded, "match", "star", "--company", SOCIAL, first["source_id"]) == 0
    assert "is now starred" in capsys.readouterr().out
    run(loaded, "match", "--company", SOCIAL, "--json")
    assert json.loads(capsys.readouterr().out)["results"][0]["state"] == "starred"
    assert run(loaded, "match", "dismiss", "--similar", "--company", SOCIAL, first["source_id"]) == 0
    capsys.readouterr()
    run(loaded, "match", "--company", SOCIAL, "--json")
    assert first["notice_id"] not in [r["notice_id"] for r in json.loads(capsys.readouterr().out)["results"]]


def test_empty_profile_says_what_to_fill(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "company", "add", "--name", "Tyhjä Oy", "--business-id", "1234567-1", "--country", "FI") == 0
    capsys.readouterr()
    assert run(data_dir, "match", "--company", "Tyhjä Oy") == 0
    assert "the search profile is empty" in capsys.readouterr().out


def test_bad_input_exits_3(loaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(loaded, "match", "--company", SOCIAL, "--limit", "0") == 3
    assert run(loaded, "match") == 3
    assert run(loaded, "match", "star", "--company", SOCIAL, "no-such-notice") == 3
    assert "Name the company" in capsys.readouterr().err
