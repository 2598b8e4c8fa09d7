"""Finnish, Swedish and Norwegian translations are complete, current with the code, and load in Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv", "nb")
BIN = Path(sys.executable).parent


def _check(*paths: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "tools" / "ts_tool.py"), "check", *map(str, paths)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    result = _check(TRANSLATIONS / f"tender_helper_{language}.ts")
    assert result.returncode == 0, result.stdout


def test_translation_files_know_every_string_in_the_code(tmp_path: Path) -> None:
    sources = [str(path) for path in sorted((ROOT / "tender_helper").rglob("*.py"))]
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"tender_helper_{language}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        copies.append(copy)
    for copy in copies:
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(copy)], capture_output=True, check=True)
    result = _check(*copies)
    assert result.returncode == 0, (
        "strings missing from the .ts files (run make lupdate and translate):\n" + result.stdout
    )


@pytest.mark.parametrize(("language", "expected"), [("fi", "Yritykset"), ("sv", "Företag"), ("nb", "Foretak")])
def test_compiled_translation_loads(tmp_path: Path, language: str, expected: str) -> None:
    qm = tmp_path / f"tender_helper_{language}.qm"
    ts = TRANSLATIONS / f"tender_helper_{language}.ts"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Pages", "Companies") == expected
