"""`tender-helper vault ...` as a user types it: exit codes, messages, nothing stored on bad input."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from tender_helper.cli.main import main
from tender_helper.vault.store import DEFAULT_MAX_BYTES, Vault


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def company(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(data_dir, "company", "add", "--name", "Siivous Oy", "--business-id", "1234567-1", "--country", "FI") == 0
    capsys.readouterr()
    return "Siivous Oy"


def make_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def listed(data_dir: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(data_dir, "vault", "list", "--json", *extra) == 0
    result: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return result


def assert_nothing_stored(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert listed(data_dir, capsys) == []
    assert list(Vault(data_dir / "vault").iter_hashes()) == []


def test_add_proposes_valid_until_and_lists(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    issued = date.today() - timedelta(days=10)
    source = make_file(tmp_path, "Verovelkatodistus.pdf", b"%PDF tax")
    code = run(
        data_dir, "vault", "add", str(source), "--company", company, "--type", "tax_debt_certificate",
        "--issued", f"{issued.day}.{issued.month}.{issued.year}",
    )  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "Stored Verovelkatodistus for Siivous Oy (document 1)." in out
    assert "as the rule says: Finland: at most 3 months old" in out
    (row,) = listed(data_dir, capsys)
    assert row["type"] == "tax_debt_certificate" and row["issued"] == issued.isoformat()
    assert row["valid_until"] is not None and row["status"] in {"valid", "expiring"}
    assert run(data_dir, "vault", "list") == 0
    assert "Tax debt certificate" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--issued", "31/12/2024", "--issued: 31/12/2024 is not a date; write it as YYYY-MM-DD"),
        ("--valid-until", "2025-02-30", "--valid-until: 2025-02-30 is not a date in the calendar"),
    ],
)
def test_date_in_the_wrong_format_exits_3_and_stores_nothing(
    data_dir: Path,
    tmp_path: Path,
    company: str,
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    message: str,
) -> None:
    source = make_file(tmp_path, "a.pdf", b"a")
    assert run(data_dir, "vault", "add", str(source), "--company", company, "--type", "cv", option, value) == 3
    assert message in capsys.readouterr().err
    assert_nothing_stored(data_dir, capsys)


def test_vanished_file_exits_3(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "vault", "add", str(tmp_path / "gone.pdf"), "--company", company, "--type", "cv") == 3
    assert "gone.pdf was not found; it may have been moved or deleted." in capsys.readouterr().err
    assert_nothing_stored(data_dir, capsys)


def test_file_over_the_size_limit_exits_3(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: costs no disk
    assert run(data_dir, "vault", "add", str(big), "--company", company, "--type", "cv") == 3
    assert "scan.pdf is 50.0 MB; the document vault accepts files up to 50 MB." in capsys.readouterr().err
    assert_nothing_stored(data_dir, capsys)


def test_unknown_type_and_backwards_dates_exit_3(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_file(tmp_path, "a.pdf", b"a")
    assert run(data_dir, "vault", "add", str(source), "--company", company, "--type", "passport") == 3
    assert "Unknown document type passport." in capsys.readouterr().err
    args = ["--issued", "2025-02-01", "--valid-until", "2025-01-01"]
    assert run(data_dir, "vault", "add", str(source), "--company", company, "--type", "cv", *args) == 3
    assert "cannot be valid until 2025-01-01, before it was issued (2025-02-01)" in capsys.readouterr().err
    assert_nothing_stored(data_dir, capsys)


def test_verify_names_vanished_and_changed_files_and_exits_5(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Kept.pdf", "Vanished.pdf", "Tampered.pdf"):
        path = make_file(tmp_path, name, name.encode())
        assert run(data_dir, "vault", "add", str(path), "--company", company, "--type", "reference") == 0
    assert run(data_dir, "vault", "verify") == 0
    assert "All 3 stored files are intact." in capsys.readouterr().out
    rows = {row["title"]: row for row in listed(data_dir, capsys)}
    vault = Vault(data_dir / "vault")
    vault.blob_path(str(rows["Vanished"]["sha256"])).unlink()
    vault.blob_path(str(rows["Tampered"]["sha256"])).write_bytes(b"edited")
    assert run(data_dir, "vault", "verify") == 5
    captured = capsys.readouterr()
    assert "Missing from the vault: Siivous Oy: Vanished (Vanished.pdf, version 1)" in captured.out
    assert "Changed on disk: Siivous Oy: Tampered (Tampered.pdf, version 1)" in captured.out
    assert "Kept" not in captured.out
    assert "2 of 3 stored files are missing or damaged" in captured.err
    assert run(data_dir, "vault", "verify", "--json") == 5
    report = json.loads(capsys.readouterr().out)
    assert report["checked"] == 3
    assert [r["title"] for r in report["missing"]] == ["Vanished"]
    assert [r["title"] for r in report["changed"]] == ["Tampered"]


def test_list_expiring(data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]) -> None:
    soon = (date.today() + timedelta(days=5)).isoformat()
    later = (date.today() + timedelta(days=90)).isoformat()
    for name, until in (("Soon.pdf", soon), ("Later.pdf", later)):
        path = make_file(tmp_path, name, name.encode())
        assert (
            run(data_dir, "vault", "add", str(path), "--company", company, "--type", "cv", "--valid-until", until) == 0
        )
    assert [r["title"] for r in listed(data_dir, capsys, "--expiring", "30")] == ["Soon"]
    assert [r["days_left"] for r in listed(data_dir, capsys, "--expiring", "100")] == [5, 90]


def test_export_to_folder_and_zip(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, type_id in (("a.pdf", "cv"), ("b.pdf", "reference")):
        path = make_file(tmp_path, name, name.encode())
        assert run(data_dir, "vault", "add", str(path), "--company", company, "--type", type_id) == 0
    out = tmp_path / "out"
    assert run(data_dir, "vault", "export", "--to", str(out)) == 0
    assert "Exported 2 documents of Siivous Oy" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "b.pdf"]
    zip_path = tmp_path / "set.zip"
    assert run(data_dir, "vault", "export", "--to", str(zip_path), "--type", "reference") == 0
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.namelist() == ["b.pdf"]
        assert archive.read("b.pdf") == b"b.pdf"


def test_export_needs_a_company_when_there_are_several(
    data_dir: Path, tmp_path: Path, company: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "company", "add", "--name", "Bygg AB", "--business-id", "5560360793", "--country", "SE") == 0
    assert run(data_dir, "vault", "export", "--to", str(tmp_path / "out")) == 3
    assert "There are 2 companies; say which one with --company." in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
