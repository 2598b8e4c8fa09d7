"""What an eForms change notice (corrigendum or cancellation) says it changes: BT-758, BT-140, BT-762."""

from __future__ import annotations

from dataclasses import dataclass

from tender_helper.sources.eforms_xml import EXT, nodes, strings, text
from tender_helper.sources.safe_xml import parse_xml


@dataclass(frozen=True, slots=True)
class ChangeInfo:
    """The notice a change notice changes (as a TED publication number) and its reasons."""

    changed_notice: str | None
    reason_codes: tuple[str, ...]
    descriptions: tuple[str, ...]

    @property
    def cancels(self) -> bool:
        """True when the buyer cancelled the procedure ("cancel" in the change-corrig-justification list)."""
        return "cancel" in self.reason_codes or "cancel-intent" in self.reason_codes


def change_info(data: bytes, *, name: str = "notice") -> ChangeInfo | None:
    """Reads efac:Changes of an eForms notice; None when the notice changes nothing."""
    root = parse_xml(data, name=name)
    changes = nodes(root, f"{EXT}/efac:Changes")
    if not changes:
        return None
    block = changes[0]
    changed = text(block, "efbc:ChangedNoticeIdentifier")
    if changed:
        head, _, year = changed.partition("-")
        changed = f"{int(head)}-{year}" if head.isdigit() and year else changed
    return ChangeInfo(
        changed_notice=changed,
        reason_codes=tuple(strings(block, "efac:ChangeReason/cbc:ReasonCode")),
        descriptions=tuple(strings(block, "efac:Change/efbc:ChangeDescription")),
    )
