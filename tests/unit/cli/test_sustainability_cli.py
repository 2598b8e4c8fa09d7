"""`tender-helper sustainability ...`: JSON in and out, PDF, and bad files refused with nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender_helper.cli.main import main
from tender_helper.sustainability.sample import sample_statement
from tender_helper.sustainability.serialise import statement_from_json, statement_to_json


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def company(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(data_dir, "company", "add", "--name", "Sähkö Oy", "--business-id", "1234567-1", "--country", "FI") == 0
    capsys.readouterr()
    return "Sähkö Oy"


def write_json(tmp_path: Path, data: dict[str, object], name: str = "vsme.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def sample_json() -> dict[str, object]:
    data: dict[str, object] = json.loads(statement_to_json(sample_statement(2024)))
    return data


def nothing_stored(data_dir: Path, company: str, tmp_path: Path) -> bool:
    return (
        run(
            data_dir,
            "sustainability",
            "export",
            "--company",
            company,
            "--year",
            "2024",
            "--json",
            str(tmp_path / "x.json"),
        )
        == 3
    )


def test_import_export_round_trip(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_json(tmp_path, sample_json())
    assert run(data_dir, "sustainability", "import", "--company", company, "--year", "2024", "--json", str(source)) == 0
    assert "Stored the 2024 statement of Sähkö Oy (100 % complete)." in capsys.readouterr().out
    out = tmp_path / "out.json"
    assert run(data_dir, "sustainability", "export", "--company", company, "--year", "2024", "--json", str(out)) == 0
    assert statement_from_json(out.read_text(encoding="utf-8")) == sample_statement(2024)
    assert "Wrote the 2024 statement of Sähkö Oy" in capsys.readouterr().out
    assert run(data_dir, "sustainability", "show", "--company", company, "--year", "2024", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["completeness_percent"] == 100
    assert shown["scope1_tco2e"] == pytest.approx(54.174, abs=0.001)
    assert shown["scope2_tco2e"] == pytest.approx(13.11, abs=0.001)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("format_version", 7), "written by a newer Tender Helper (format 7; this version reads up to 1)"),
        (("b3", "electricity_kwh", -100), "Electricity consumption cannot be negative (got -100)"),
        (("b10", "collective_agreement_pct", 140), "must be between 0 and 100 (got 140)"),
    ],
)
def test_bad_import_exits_3_and_stores_nothing(
    data_dir: Path,
    tmp_path: Path,
    company: str,
    capsys: pytest.CaptureFixture[str],
    change: tuple[object, ...],
    message: str,
) -> None:
    data = sample_json()
    if len(change) == 2:
        data[str(change[0])] = change[1]
    else:
        statement = data["statement"]
        assert isinstance(statement, dict)
        statement[str(change[0])][str(change[1])] = change[2]
    source = write_json(tmp_path, data)
    assert run(data_dir, "sustainability", "import", "--company", company, "--year", "2024", "--json", str(source)) == 3
    assert message in capsys.readouterr().err
    assert nothing_stored(data_dir, company, tmp_path)
    assert "has no sustainability statement for 2024" in capsys.readouterr().err


def test_import_does_not_overwrite_without_replace(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_json(tmp_path, sample_json())
    args = ["sustainability", "import", "--company", company, "--year", "2024", "--json", str(source)]
    assert run(data_dir, *args) == 0
    assert run(data_dir, *args) == 3
    assert "A statement for 2024 is already stored" in capsys.readouterr().err
    assert run(data_dir, *args, "--replace") == 0


def test_not_json_exits_3(data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "broken.json"
    source.write_text("{ not json", encoding="utf-8")
    assert run(data_dir, "sustainability", "import", "--company", company, "--year", "2024", "--json", str(source)) == 3
    assert "not valid JSON (line 1, column 3)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "snippets"), [("fin", ["Kestävyysraportti", "54,17"]), ("eng", ["Sustainability statement", "54.17"])]
)
def test_pdf_and_attach(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str], lang: str, snippets: list[str]
) -> None:
    source = write_json(tmp_path, sample_json())
    assert run(data_dir, "sustainability", "import", "--company", company, "--year", "2024", "--json", str(source)) == 0
    out = tmp_path / f"vsme-{lang}.pdf"
    args = ["sustainability", "pdf", "--company", company, "--year", "2024", "--lang", lang, "--out", str(out)]
    assert run(data_dir, *args, "--attach") == 0
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(out).pages).replace("\u00a0", " ").split())
    for snippet in [*snippets, "Sähkö Oy"]:
        assert snippet in text
    assert "Kept it among the documents of Sähkö Oy" in capsys.readouterr().out
    assert run(data_dir, "vault", "list", "--json") == 0
    (document,) = json.loads(capsys.readouterr().out)
    assert document["type"] == "sustainability_statement"


def test_pdf_of_a_missing_year_exits_3(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run(data_dir, "sustainability", "pdf", "--company", company, "--year", "2020", "--out", str(out)) == 3
    assert "Sähkö Oy has no sustainability statement for 2020." in capsys.readouterr().err
    assert not out.exists()
