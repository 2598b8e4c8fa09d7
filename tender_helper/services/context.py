"""Opens an installation: resolves the data dir, reads settings, opens and upgrades the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tender_helper.paths import DataPaths, ensure_writable, resolve_data_dir
from tender_helper.settings import Settings, load_settings, save_settings
from tender_helper.storage.database import Database, build_engine, sqlite_url
from tender_helper.storage.migrate import check_sqlite_file, upgrade


@dataclass
class AppContext:
    """Everything a use case needs: where data lives, the settings, the database."""

    paths: DataPaths
    settings: Settings
    database: Database
    backup_made: Path | None = None

    def save_settings(self) -> None:
        save_settings(self.paths.settings, self.settings)

    def close(self) -> None:
        self.database.dispose()


def open_context(data_dir: str | Path | None = None) -> AppContext:
    """Opens (creating if needed) the installation at `data_dir`; raises typed errors, changes nothing on failure."""
    paths = DataPaths(ensure_writable(resolve_data_dir(data_dir)))
    settings = load_settings(paths.settings)
    url = settings.effective_database_url()
    sqlite_path = None if url else paths.database
    if sqlite_path is not None:
        check_sqlite_file(sqlite_path)
    database = Database(build_engine(url or sqlite_url(paths.database)))
    try:
        backup = upgrade(database, sqlite_path, paths.backups)
    except BaseException:
        database.dispose()
        raise
    return AppContext(paths=paths, settings=settings, database=database, backup_made=backup)
