"""Data folder resolution and the settings file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tender_helper.core.errors import DataDirError, DataIntegrityError
from tender_helper.paths import default_data_dir, ensure_writable, resolve_data_dir
from tender_helper.settings import Settings, load_settings, save_settings


def test_explicit_dir_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENDER_HELPER_HOME", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "explicit") == (tmp_path / "explicit").resolve()
    assert resolve_data_dir() == (tmp_path / "env").resolve()


def test_default_is_never_the_real_home_in_tests() -> None:
    assert str(default_data_dir()).startswith(os.environ["HOME"])
    assert "tender-helper-test-home" in os.environ["HOME"]


def test_unwritable_dir_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError, match="cannot be written"):
        ensure_writable(blocker / "data")


def test_settings_round_trip_and_renamed_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path) == Settings()
    save_settings(path, Settings(language="fi", current_company_id=3))
    assert load_settings(path).language == "fi"
    path.write_text(json.dumps({"lang": "sv", "db_url": "sqlite:///x", "unknown": 1}))
    loaded = load_settings(path)
    assert (loaded.language, loaded.database_url) == ("sv", "sqlite:///x")


def test_corrupt_settings_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(DataIntegrityError, match="settings file"):
        load_settings(path)


def test_environment_database_url_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENDER_HELPER_DB_URL", "postgresql+psycopg://x@y/z")
    assert Settings(database_url="sqlite:///a").effective_database_url() == "postgresql+psycopg://x@y/z"
