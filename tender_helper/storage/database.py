"""The engine factory and session scope: SQLite in WAL mode with foreign keys, or a PostgreSQL URL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # 32 MiB of pages per connection (the default is 2 MiB): a ranking reads some 10,000 notices' rows.
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def json_text(value: Any) -> str:
    """JSON columns are written by orjson, several times faster than the standard module: a ranking stores
    hundreds of explained matches at once. Keys that are not strings are written as strings, as json does."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def build_engine(url: str) -> Engine:
    """An engine for `url`; SQLite connections get WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a database address."), field="database_url", value=url
        ) from error
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, json_serializer=json_text, json_deserializer=orjson.loads
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True, json_serializer=json_text, json_deserializer=orjson.loads)


class Database:
    """One engine and its session factory; every unit of work runs in `session()`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def is_sqlite_file(path: Path) -> bool:
    """True when `path` starts with the SQLite header (a cheap check before opening)."""
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def sqlite_quick_check(path: Path) -> str:
    """PRAGMA quick_check on a file, without SQLAlchemy; "ok" when the file is sound."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("PRAGMA quick_check").fetchone()
        return str(row[0]) if row else "no answer"
    finally:
        connection.close()
