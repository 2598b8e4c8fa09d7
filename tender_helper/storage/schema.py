"""Imports every model module so that Base.metadata knows every table; names the tables Alembic must not touch."""

from __future__ import annotations

from typing import Any

from tender_helper.storage import models, notice_models  # noqa: F401  (each registers its tables)
from tender_helper.storage.base import Base

# SQLite FTS5 virtual tables (and their shadow tables) are made by raw SQL in migrations, not by models.
FTS_TABLES = ("notice_search",)

metadata = Base.metadata


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: leaves the full-text tables out of autogenerate and schema comparison."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))
