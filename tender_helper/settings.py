"""The user's settings: a typed wrapper over settings.json in the data directory, with defaults and renames."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from tender_helper.atomic_files import replacing
from tender_helper.core.errors import QT_TRANSLATE_NOOP, DataIntegrityError

DB_URL_ENV = "TENDER_HELPER_DB_URL"
# Old key -> new key, applied when a settings file from an earlier version is read.
RENAMED_KEYS: dict[str, str] = {"db_url": "database_url", "lang": "language"}


@dataclass
class Settings:
    """Every setting with its default. `language` "" follows the system locale."""

    language: str = ""
    database_url: str = ""
    current_company_id: int | None = None
    ted_base_url: str = "https://api.ted.europa.eu"
    requests_per_second: float = 2.0
    expiry_warning_days: int = 30
    window_geometry: str = ""

    def effective_database_url(self) -> str:
        """TENDER_HELPER_DB_URL wins over the stored setting; "" means the SQLite file in the data dir."""
        return os.environ.get(DB_URL_ENV, "") or self.database_url


def load_settings(path: Path) -> Settings:
    """Reads settings.json, renaming old keys and ignoring unknown ones; a missing file gives the defaults."""
    if not path.exists():
        return Settings()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DataIntegrityError(
            QT_TRANSLATE_NOOP("Errors", "The settings file {path} cannot be read: {reason}."),
            path=str(path),
            reason=str(error),
        ) from error
    if not isinstance(raw, dict):
        raw = {}
    known = {f.name for f in fields(Settings)}
    values = {RENAMED_KEYS.get(key, key): value for key, value in raw.items()}
    return Settings(**{key: value for key, value in values.items() if key in known})


def save_settings(path: Path, settings: Settings) -> None:
    """Writes settings.json atomically (temp file + rename) so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path, prefix=".settings-", suffix=".tmp") as temp:
        temp.write_text(json.dumps(asdict(settings), indent=2, sort_keys=True), encoding="utf-8")
