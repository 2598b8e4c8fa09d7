"""Rows of the matching tables as plain values: index documents and summaries to write, facts to read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import Any, TypeVar

from tender_helper.matching.bound import NoticeSummary
from tender_helper.matching.index import IndexDoc
from tender_helper.matching.scoring import NoticeFacts
from tender_helper.storage.match_models import SLOTS

T = TypeVar("T")
CHUNK = 5000  # ids per IN (...) list, well under SQLite's parameter limit
HEADS = ("kind", "cancelled", "buyer_name", "buyer_country", "main_cpv")  # notice columns copied to the summary


@lru_cache(maxsize=16_384)
def _parse_moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


def moment(value: datetime | str | None) -> datetime | None:
    """A deadline as SQLite returns it to a text query (ISO text) or PostgreSQL (a datetime); the few distinct
    deadlines of thousands of documents are parsed once each."""
    return _parse_moment(value) if isinstance(value, str) else value


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True, slots=True)
class StoredMatch:
    """A stored match row with the notice facts a list shows; never a live ORM object."""

    notice_id: int
    score: float
    percent: int
    state: str
    found_run: int | None
    parts: dict[str, Any]
    deadline_utc: datetime | None
    kind: str
    cancelled: bool


def doc_values(notice_id: int, doc: IndexDoc) -> dict[str, Any]:
    """The columns of a match_docs row for `doc`."""
    return {
        "id": notice_id * SLOTS + doc.position,
        "notice_id": notice_id,
        "position": doc.position,
        "lot_id": doc.lot_id[:80],
        "cpv": " ".join(doc.cpv),
        "nuts": " ".join(doc.nuts),
        "value_eur": doc.value_eur,
        "value_amount": doc.value_amount,
        "value_currency": doc.value_currency,
        "deadline_utc": doc.deadline_utc,
        "terms": doc.terms,
        "compounding": doc.compounding,
        "unanalysed": ", ".join(doc.unanalysed)[:200],
    }


def summary_values(notice_id: int, summary: NoticeSummary, head: Mapping[str, Any]) -> dict[str, Any]:
    """The columns of a match_notices row; `head` holds the notice's own columns named in HEADS."""
    return {
        **{column: head[column] for column in HEADS},
        "notice_id": notice_id,
        "cpv": " ".join(summary.cpv),
        "nuts": " ".join(summary.nuts),
        "last_deadline": summary.last_deadline,
        "undated": summary.undated,
        "compounding": summary.compounding,
    }


def doc_from_row(row: Sequence[Any]) -> IndexDoc:
    """An index document from a row in MatchRepository.doc_facts' layout (with its words)."""
    _, position, lot_id, cpv, nuts, value_eur, amount, currency, deadline, compounding, unanalysed = row[:11]
    return IndexDoc(
        position=position,
        lot_id=lot_id,
        cpv=tuple(cpv.split()),
        nuts=tuple(nuts.split()),
        value_eur=value_eur,
        value_amount=amount,
        value_currency=currency,
        deadline_utc=deadline,
        terms=row[16],
        compounding=bool(compounding),
        unanalysed=tuple(lang for lang in unanalysed.split(", ") if lang),
    )


def facts_from_rows(rows: Iterable[Sequence[Any]]) -> list[NoticeFacts]:
    """Notices' facts for scoring from doc_facts rows with words; a notice without its own document (not
    indexed) is left out."""
    found = []
    for notice_id, group in groupby(rows, key=itemgetter(0)):
        rows = list(group)
        head = rows[0]
        if head[1] == 0:
            docs = tuple(doc_from_row(row) for row in rows)
            found.append(NoticeFacts(notice_id, head[11], bool(head[12]), head[13], head[14], head[15], docs))
    return found
