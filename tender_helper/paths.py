"""Where Tender Helper keeps its data: platformdirs by default, `--data-dir` or TENDER_HELPER_HOME override."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

from tender_helper import APP_ID
from tender_helper.core.errors import QT_TRANSLATE_NOOP, DataDirError

HOME_ENV = "TENDER_HELPER_HOME"
DB_FILE_NAME = "tender-helper.sqlite3"


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/tender-helper on Linux)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` if given, else TENDER_HELPER_HOME, else the platform default; made absolute."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_writable(data_dir: Path) -> Path:
    """Creates `data_dir` if needed and proves it is writable; raises DataDirError with the path otherwise."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except OSError as error:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Errors", "The data folder {path} cannot be written: {reason}."),
            path=str(data_dir),
            reason=error.strerror or str(error),
        ) from error
    return data_dir


class DataPaths:
    """Every location under one data directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def vault(self) -> Path:
        return self.root / "vault"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def exports(self) -> Path:
        return self.root / "exports"
