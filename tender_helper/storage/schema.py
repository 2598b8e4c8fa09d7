"""Imports every model module so that Base.metadata knows every table; names the tables Alembic must not touch."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import tender_helper.storage as storage_package
from tender_helper.storage.base import Base

# Every module named models.py or *_models.py registers its tables on Base.metadata when imported.
for _module in pkgutil.iter_modules(storage_package.__path__):
    if _module.name == "models" or _module.name.endswith("_models"):
        importlib.import_module(f"tender_helper.storage.{_module.name}")

# SQLite FTS5 virtual tables (and their shadow tables) are made by raw SQL in migrations, not by models.
FTS_TABLES = ("notice_search", "match_text")

metadata = Base.metadata


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: leaves the full-text tables out of autogenerate and schema comparison."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))
