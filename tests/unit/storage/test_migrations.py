"""Alembic: one linear chain, upgrading an empty database yields the models' schema, bad files are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tender_helper.core.errors import DataIntegrityError
from tender_helper.services.context import open_context
from tender_helper.storage.database import Database, build_engine, sqlite_url
from tender_helper.storage.migrate import alembic_config, head_revisions, upgrade
from tender_helper.storage.schema import include_object, metadata


def test_revisions_form_one_linear_chain() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    for revision in revisions:
        assert not revision.is_merge_point
        assert revision.revision[:8].isdigit(), "revisions are date-prefixed"


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    database = Database(build_engine(sqlite_url(tmp_path / "db.sqlite3")))
    assert upgrade(database) is None
    with database.engine.connect() as connection:
        options = {"compare_type": True, "include_object": include_object}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, metadata) == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    database.dispose()


def test_upgrade_from_an_older_revision_backs_up_first(data_dir: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [rev.revision for rev in script.walk_revisions()]
    if len(revisions) < 2:
        pytest.skip("only one revision so far: nothing older to upgrade from")
    first = revisions[-1]
    data_dir.mkdir(parents=True)
    database = Database(build_engine(sqlite_url(data_dir / "tender-helper.sqlite3")))
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, first)
    database.dispose()
    context = open_context(data_dir)
    assert context.backup_made is not None and context.backup_made.exists()
    assert first in context.backup_made.name
    context.close()


def test_newer_schema_is_refused_and_left_alone(data_dir: Path) -> None:
    context = open_context(data_dir)
    context.close()
    db_file = data_dir / "tender-helper.sqlite3"
    connection = sqlite3.connect(db_file)
    connection.execute("UPDATE alembic_version SET version_num = '29991231_99'")
    connection.commit()
    connection.close()
    before = db_file.read_bytes()
    with pytest.raises(DataIntegrityError, match="newer version"):
        open_context(data_dir)
    assert db_file.read_bytes() == before


def test_corrupt_file_is_refused_and_left_alone(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db_file = data_dir / "tender-helper.sqlite3"
    db_file.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DataIntegrityError, match="damaged"):
        open_context(data_dir)
    assert db_file.read_bytes() == b"this is not a database at all" * 100


def test_head_is_stamped(context) -> None:  # type: ignore[no-untyped-def]
    with context.database.engine.connect() as connection:
        assert set(MigrationContext.configure(connection).get_current_heads()) == head_revisions()
