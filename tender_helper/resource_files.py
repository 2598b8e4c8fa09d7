"""Finds the bundled read-only resources (code lists, translations, sample data, templates)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import IO


@cache
def _root() -> Traversable:
    # An installed wheel carries resources/ as the package tender_helper.resources (see pyproject.toml);
    # a source checkout or editable install reads the top-level folder beside the package.
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return resources.files("tender_helper.resources")


def resource(*parts: str) -> Traversable:
    """The bundled resource at resources/<parts...> (a file or folder)."""
    node = _root()
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """The same as a filesystem path, for APIs that need one (Qt translators, alembic)."""
    return Path(str(resource(*parts)))


def open_resource(*parts: str) -> IO[str]:
    return resource(*parts).open("r", encoding="utf-8")
