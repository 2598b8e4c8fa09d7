"""`handoff export` and `handoff import` between two data folders, with the exit codes of bad packages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender_helper.cli.main import main


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    adviser = tmp_path / "adviser"
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("kahvi ja pulla 2026\n", encoding="utf-8")
    assert run(adviser, "company", "add", "--name", "Siivous Oy", "--business-id", "1234567-1", "--country", "FI") == 0
    assert run(adviser, "session", "add", "--company", "1", "--minutes", "60", "--notes", "First") == 0
    out = tmp_path / "siivous.thpkg"
    assert (
        run(
            adviser,
            "handoff",
            "export",
            "--company",
            "Siivous Oy",
            "--out",
            str(out),
            "--passphrase-file",
            str(passphrase),
        )
        == 0
    )
    capsys.readouterr()
    return out, passphrase


def test_import_then_import_again(
    tmp_path: Path, package: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out, passphrase = package
    target = tmp_path / "entrepreneur"
    assert run(target, "handoff", "import", str(out), "--passphrase-file", str(passphrase), "--json") == 0
    first = json.loads(capsys.readouterr().out)
    assert [c["action"] for c in first["changes"]] == ["added"] * 3  # company, profile, session
    assert run(target, "handoff", "import", str(out), "--passphrase-file", str(passphrase)) == 0
    assert "Added 0, updated 0, kept 0 local, 3 unchanged." in capsys.readouterr().out
    assert run(target, "session", "list", "--company", "1234567-1", "--json") == 0
    assert json.loads(capsys.readouterr().out)["sessions"][0]["notes"] == "First"


def test_local_newer_edit_is_kept_and_reported(
    tmp_path: Path, package: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out, passphrase = package
    target = tmp_path / "entrepreneur"
    assert run(target, "handoff", "import", str(out), "--passphrase-file", str(passphrase)) == 0
    assert run(target, "company", "edit", "1", "--description", "Oma kuvaus") == 0
    capsys.readouterr()
    assert run(target, "handoff", "import", str(out), "--passphrase-file", str(passphrase), "--json") == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["section"], c["action"], c["fields"]) for c in changes if c["conflict"]] == [
        ("company", "kept_local", ["description"])
    ]
    assert (
        run(target, "handoff", "import", str(out), "--passphrase-file", str(passphrase), "--on-conflict", "take") == 0
    )
    assert "updated 1" in capsys.readouterr().out
    assert run(target, "company", "show", "1", "--json") == 0
    assert json.loads(capsys.readouterr().out)["description"] == ""


def test_tampered_package_exits_5_and_imports_nothing(
    tmp_path: Path, package: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out, passphrase = package
    data = bytearray(out.read_bytes())
    data[-20] ^= 0xFF
    out.write_bytes(bytes(data))
    target = tmp_path / "entrepreneur"
    assert run(target, "handoff", "import", str(out), "--passphrase-file", str(passphrase)) == 5
    assert "authenticity check" in capsys.readouterr().err
    assert run(target, "company", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_wrong_or_missing_passphrase_exits_3(
    tmp_path: Path, package: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = package
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the one\n", encoding="utf-8")
    assert run(tmp_path / "e", "handoff", "import", str(out), "--passphrase-file", str(wrong)) == 3
    assert "passphrase does not open" in capsys.readouterr().err
    assert run(tmp_path / "e", "handoff", "import", str(out), "--passphrase-file", str(tmp_path / "none.txt")) == 3
    assert "cannot be read" in capsys.readouterr().err
