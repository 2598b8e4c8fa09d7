"""Merging a package record into local data by id: added, updated, unchanged, or a conflict the user decides.

Records are compared in their package form (JSON dicts). The package's copy replaces the local one without
asking only when it is newer (its `updated_at` is later); when the local copy is as new or newer and differs,
the `choose` callback decides, and the default keeps the local data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

IGNORED_FIELDS = frozenset({"updated_at"})


class Resolution(StrEnum):
    KEEP_LOCAL = "keep"
    TAKE_PACKAGE = "take"


class Action(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT_LOCAL = "kept_local"  # a conflict, decided for the local copy
    REPLACED = "replaced"  # a conflict, decided for the package's copy


@dataclass(frozen=True)
class Conflict:
    """Both sides differ and the local copy is not older: what the user is asked about."""

    section: str
    key: str
    label: str
    fields: tuple[str, ...]
    local_updated: datetime | None
    package_updated: datetime | None
    local: Mapping[str, Any]
    incoming: Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    section: str
    key: str
    label: str
    action: Action
    fields: tuple[str, ...] = ()
    conflict: Conflict | None = None

    @property
    def writes(self) -> bool:
        return self.action in (Action.ADDED, Action.UPDATED, Action.REPLACED)


Choose = Callable[[Conflict], Resolution]


def keep_local(_conflict: Conflict) -> Resolution:
    return Resolution.KEEP_LOCAL


def take_package(_conflict: Conflict) -> Resolution:
    return Resolution.TAKE_PACKAGE


@dataclass
class MergeReport:
    """What an import did (or, for a preview, would do)."""

    changes: list[Change] = field(default_factory=list)
    skipped_sections: list[str] = field(default_factory=list)  # sections this version does not know
    blobs_added: int = 0

    @property
    def conflicts(self) -> list[Conflict]:
        return [change.conflict for change in self.changes if change.conflict is not None]

    def counts(self) -> Counter[Action]:
        return Counter(change.action for change in self.changes)

    @property
    def changed_anything(self) -> bool:
        return self.blobs_added > 0 or any(change.writes for change in self.changes)


def parse_time(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def differing_fields(local: Mapping[str, Any], incoming: Mapping[str, Any]) -> tuple[str, ...]:
    names = (set(local) | set(incoming)) - IGNORED_FIELDS
    return tuple(sorted(name for name in names if local.get(name) != incoming.get(name)))


def decide(
    section: str, key: str, label: str, local: Mapping[str, Any] | None, incoming: Mapping[str, Any], choose: Choose
) -> Change:
    """What to do with one incoming record, asking `choose` only when the local copy is not older."""
    if local is None:
        return Change(section, key, label, Action.ADDED)
    fields = differing_fields(local, incoming)
    if not fields:
        return Change(section, key, label, Action.UNCHANGED)
    local_time, package_time = parse_time(local.get("updated_at")), parse_time(incoming.get("updated_at"))
    if local_time is not None and package_time is not None and package_time > local_time:
        return Change(section, key, label, Action.UPDATED, fields)
    conflict = Conflict(section, key, label, fields, local_time, package_time, local, incoming)
    action = Action.REPLACED if choose(conflict) is Resolution.TAKE_PACKAGE else Action.KEPT_LOCAL
    return Change(section, key, label, action, fields, conflict)
