"""What changed between two versions of a notice, as plain records the front ends phrase for the user."""

from __future__ import annotations

from typing import Any

from tender_helper.core.notice import Notice, moment_to_json

# Change kinds; the GUI and CLI turn each into a translated sentence.
DEADLINE_MOVED = "deadline_moved"
LOT_ADDED = "lot_added"
LOT_REMOVED = "lot_removed"
VALUE_CHANGED = "value_changed"
TITLE_CHANGED = "title_changed"
CPV_CHANGED = "cpv_changed"
CANCELLED = "cancelled"
CORRECTED = "corrected"


def diff_notices(old: Notice, new: Notice) -> list[dict[str, Any]]:
    """The user-relevant differences from `old` to `new` (deadline, lots, value, title, CPV)."""
    changes: list[dict[str, Any]] = []
    if old.deadline != new.deadline:
        changes.append(
            {"kind": DEADLINE_MOVED, "old": moment_to_json(old.deadline), "new": moment_to_json(new.deadline)}
        )
    old_lots = {lot.id for lot in old.lots}
    new_lots = {lot.id for lot in new.lots}
    changes.extend({"kind": LOT_ADDED, "lot": lot_id} for lot_id in sorted(new_lots - old_lots))
    changes.extend({"kind": LOT_REMOVED, "lot": lot_id} for lot_id in sorted(old_lots - new_lots))
    for lot in new.lots:
        before = next((o for o in old.lots if o.id == lot.id), None)
        if before is not None and before.deadline != lot.deadline:
            changes.append(
                {
                    "kind": DEADLINE_MOVED,
                    "lot": lot.id,
                    "old": moment_to_json(before.deadline),
                    "new": moment_to_json(lot.deadline),
                }
            )
    if old.estimated_value != new.estimated_value:
        changes.append(
            {
                "kind": VALUE_CHANGED,
                "old": None if old.estimated_value is None else old.estimated_value.to_json_dict(),
                "new": None if new.estimated_value is None else new.estimated_value.to_json_dict(),
            }
        )
    if dict(old.title) != dict(new.title):
        changes.append({"kind": TITLE_CHANGED})
    if old.cpv != new.cpv:
        changes.append({"kind": CPV_CHANGED, "old": list(old.cpv), "new": list(new.cpv)})
    return changes


def version_number(version: str | None) -> int:
    """eForms versions are "01", "02"...; anything unreadable counts as the first."""
    try:
        return int(version or "1")
    except ValueError:
        return 1
