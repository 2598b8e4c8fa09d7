"""What storing a notice needs besides the notice, computed without a database (so a parse worker can too)."""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tender_helper.core.notice import Notice

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """The same text as `core.cpv.fold` (typed words are folded by that), at a fraction of its cost.

    Notice texts are mostly ASCII: NFKD leaves ASCII alone and combining marks are never ASCII, so only
    the non-ASCII runs need the per-character look at `unicodedata.combining`.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.replace("ø", "o").replace("æ", "ae"))
    return _NON_ASCII.sub(_without_marks, decomposed)


def _without_marks(match: re.Match[str]) -> str:
    return _strip_marks(match[0])


@lru_cache(maxsize=4096)  # the runs repeat (ä -> a + U+0308 leaves the run U+0308), so most are looked up once
def _strip_marks(run: str) -> str:
    return "".join(ch for ch in run if not unicodedata.combining(ch))


def search_body(notice: Notice) -> str:
    """The folded words the notice list's full-text filter searches: titles, descriptions, buyer, lot titles."""
    parts = [*notice.title.values(), *notice.description.values()]
    parts.append(notice.buyer.name if notice.buyer else "")
    for lot in notice.lots:
        parts.extend(lot.title.values())
    return fold(" ".join(parts))


def pack_xml(xml: bytes | None) -> bytes | None:
    # Level 1: most of level 6's saving on notice XML at a fraction of the time.
    return zlib.compress(xml, 1) if xml is not None else None


@dataclass(frozen=True, slots=True)
class PreparedNotice:
    """A parsed notice, its original XML, and the stored forms of both when they were made ahead.

    None in `data`, `body` or `packed_xml` means "not made yet": the repository makes it when storing.
    """

    notice: Notice
    xml: bytes | None
    data: dict[str, Any] | None = None  # notice.to_json_dict()
    body: str | None = None  # search_body(notice)
    packed_xml: bytes | None = None  # pack_xml(xml)
