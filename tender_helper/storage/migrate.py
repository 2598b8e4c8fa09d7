"""Brings a database to the newest schema with Alembic, backing up a SQLite file before any upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DatabaseError, OperationalError

from tender_helper.core.errors import QT_TRANSLATE_NOOP, DataIntegrityError
from tender_helper.storage.database import Database, is_sqlite_file, sqlite_quick_check

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revisions() -> set[str]:
    """The newest revisions (one when the chain is linear; a test keeps it so on main)."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def check_sqlite_file(path: Path) -> None:
    """Raises DataIntegrityError when an existing file is not a sound SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        sound = is_sqlite_file(path) and sqlite_quick_check(path) == "ok"
    except (OSError, sqlite3.DatabaseError):
        sound = False
    if not sound:
        raise DataIntegrityError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} is damaged or not a Tender Helper database. "
                "Nothing was changed; restore a backup or move the file away.",
            ),
            path=str(path),
        )


def backup_sqlite(path: Path, backups_dir: Path, revision: str | None) -> Path:
    """Copies the file (with the SQLite online-backup API, safe under WAL) to backups/ and returns the copy."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{path.stem}-{stamp}-before-{revision or 'empty'}.sqlite3"
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    shutil.copymode(path, target)
    return target


def upgrade(database: Database, sqlite_path: Path | None = None, backups_dir: Path | None = None) -> Path | None:
    """Upgrades to head. Refuses a schema newer than this program. Returns the backup made, if any."""
    script = ScriptDirectory.from_config(alembic_config())
    try:
        current = current_revisions(database)
    except (OperationalError, DatabaseError) as error:
        raise DataIntegrityError(
            QT_TRANSLATE_NOOP("Errors", "The database cannot be opened: {reason}"), reason=str(error.orig)
        ) from error
    if current == head_revisions():
        return None
    unknown = current - {rev.revision for rev in script.walk_revisions()}
    if unknown:
        raise DataIntegrityError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database was written by a newer version of Tender Helper (schema {revision}). "
                "Update the program; nothing was changed.",
            ),
            revision=", ".join(sorted(unknown)),
        )
    backup = None
    if current and sqlite_path is not None and backups_dir is not None:
        backup = backup_sqlite(sqlite_path, backups_dir, "+".join(sorted(current)))
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return backup
