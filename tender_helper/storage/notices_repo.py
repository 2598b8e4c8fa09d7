"""Reads and writes the notice cache: upserts with their XML, paged list queries, full-text filter."""

from __future__ import annotations

import zlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, delete, func, insert, literal_column, or_, select, text, update
from sqlalchemy.orm import Session

from tender_helper.core.cpv import fold
from tender_helper.core.errors import QT_TRANSLATE_NOOP, NotFound
from tender_helper.core.notice import Notice, moment_sort_key
from tender_helper.storage.match_models import MatchNoticeRow
from tender_helper.storage.notice_models import NoticeCpvRow, NoticeRow, SyncStateRow
from tender_helper.storage.notice_values import PreparedNotice, pack_xml
from tender_helper.storage.notice_values import search_body as search_body  # looked up here when storing

TITLE_ORDER = ("eng", "fin", "swe", "nor", "nob", "dan")
SORT_COLUMNS = {
    "deadline": NoticeRow.deadline_utc,
    "published": NoticeRow.publication_date,
    "title": NoticeRow.title_sort,
    "buyer": NoticeRow.buyer_name,
    "country": NoticeRow.buyer_country,
    "value": NoticeRow.value_amount,
    "kind": NoticeRow.kind,
}


@dataclass(frozen=True, slots=True)
class NoticeListRow:
    """What one line of the notice list shows; never a live ORM object."""

    id: int
    source: str
    source_id: str
    kind: str
    titles: dict[str, str]
    buyer_name: str
    buyer_country: str | None
    main_cpv: str | None
    publication_date: date | None
    deadline_utc: datetime | None
    value_amount: float | None
    value_currency: str | None
    lot_count: int
    is_sample: bool
    cancelled: bool
    change_kinds: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.change_kinds)

    def title(self, language: str) -> str:
        return best_text(self.titles, language)


@dataclass(frozen=True, slots=True)
class StoredNotice:
    """A cached notice with what the cache knows about it."""

    id: int
    notice: Notice
    is_sample: bool
    cancelled: bool
    changes: list[dict[str, Any]]
    first_seen: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class NoticeFilter:
    """What the list shows: words typed, buyer countries, CPV branches, kinds, only still open."""

    text: str = ""
    countries: tuple[str, ...] = ()
    cpv_prefixes: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    open_only: bool = False
    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(tzinfo=None))


def best_text(texts: dict[str, str], language: str) -> str:
    """The text in `language`, else English, else the first language the notice has."""
    for key in (language, "nor" if language == "nob" else language, *TITLE_ORDER):
        if texts.get(key):
            return texts[key]
    return next(iter(texts.values()), "")


def deadline_utc(notice: Notice) -> datetime | None:
    if notice.deadline is None:
        return None
    return moment_sort_key(notice.deadline).astimezone(UTC).replace(tzinfo=None)


def fts_query(typed: str) -> str:
    """Each typed word as a quoted prefix term, all required: 'siivo turku' -> '"siivo"* "turku"*'."""
    words = [word.replace('"', "") for word in fold(typed).split()]
    return " ".join(f'"{word}"*' for word in words if word)


# Core statements with bound parameters: compiled once, executed for every notice of an import.
_NOTICES = NoticeRow.metadata.tables["notices"]
# Many rows in one statement; the ids come back with their keys, so no row order has to be relied on.
_INSERT_NOTICES = insert(_NOTICES).returning(_NOTICES.c.id, _NOTICES.c.source, _NOTICES.c.source_id)
_INSERT_CPV = insert(NoticeRow.metadata.tables["notice_cpv"])
_INSERT_SEARCH = text("INSERT INTO notice_search(rowid, body) VALUES (:id, :body)")
_KEYS_PER_QUERY = 500  # well under every database's limit of bound parameters


def _values(item: PreparedNotice) -> dict[str, Any]:
    """The notice's column values: what the list filters and sorts on, the normalised JSON, the compressed XML."""
    notice = item.notice
    value = notice.estimated_value
    return {
        "source": notice.source,
        "source_id": notice.source_id,
        "version": notice.version,
        "procedure_id": notice.procedure_id,
        "kind": notice.kind,
        "form_type": notice.form_type,
        "notice_type": notice.notice_type,
        "subtype": notice.subtype,
        "titles": dict(notice.title),
        "title_sort": best_text(dict(notice.title), "eng")[:400],
        "buyer_name": (notice.buyer.name if notice.buyer else "")[:400],
        "buyer_country": notice.buyer.country if notice.buyer else None,
        "main_cpv": notice.cpv[0] if notice.cpv else None,
        "contract_nature": notice.contract_nature,
        "procedure_type": notice.procedure_type,
        "publication_date": notice.publication_date,
        "deadline_utc": deadline_utc(notice),
        "value_amount": float(value.amount) if value else None,
        "value_currency": value.currency if value else None,
        "lot_count": len(notice.lots),
        "data": item.data if item.data is not None else notice.to_json_dict(),
        "xml": item.packed_xml if item.packed_xml is not None else pack_xml(item.xml),
    }


def _cpv_codes(item: PreparedNotice) -> list[str]:
    notice = item.notice
    return sorted({*notice.cpv, *(code for lot in notice.lots for code in lot.cpv)})


def _body(item: PreparedNotice) -> str:
    return item.body if item.body is not None else search_body(item.notice)


class NoticeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._fts = session.get_bind().dialect.name == "sqlite"

    # --- writing -------------------------------------------------------------------------------------
    def find_id(self, source: str, source_id: str) -> int | None:
        query = select(NoticeRow.id).where(NoticeRow.source == source, NoticeRow.source_id == source_id)
        return self.session.execute(query).scalar_one_or_none()

    def find_competition_for_procedure(self, source: str, procedure_id: str) -> int | None:
        query = (
            select(NoticeRow.id)
            .where(NoticeRow.source == source, NoticeRow.procedure_id == procedure_id)
            .where(NoticeRow.kind.in_(("competition", "planning")))
            .order_by(NoticeRow.publication_date.desc())
            .limit(1)
        )
        return self.session.execute(query).scalar_one_or_none()

    def existing_ids(self, keys: Collection[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """The cache ids of those (source, source_id) already stored: one query per 500 keys, not one per notice."""
        wanted = set(keys)
        ids = sorted({source_id for _source, source_id in wanted})
        found: dict[tuple[str, str], int] = {}
        for start in range(0, len(ids), _KEYS_PER_QUERY):
            query = select(NoticeRow.id, NoticeRow.source, NoticeRow.source_id).where(
                NoticeRow.source_id.in_(ids[start : start + _KEYS_PER_QUERY])
            )
            for row_id, source, source_id in self.session.execute(query):
                if (source, source_id) in wanted:
                    found[(source, source_id)] = row_id
        return found

    def save(self, notice: Notice, xml: bytes | None, *, row_id: int | None = None, is_sample: bool = False) -> int:
        """Inserts a notice, or replaces the stored one `row_id` keeping its id (bids and matches refer to it)."""
        item = PreparedNotice(notice, xml)
        if row_id is None:
            return self.insert_many([item], is_sample=is_sample)[0]
        row = self._row(row_id)
        for name, value in _values(item).items():
            setattr(row, name, value)
        self.session.flush()
        self.session.execute(delete(NoticeCpvRow).where(NoticeCpvRow.notice_id == row.id))
        if self._fts:
            self.session.execute(text("DELETE FROM notice_search WHERE rowid = :id"), {"id": row.id})
        self._insert_index([row.id], [item])
        return row.id

    def insert_many(self, items: Sequence[PreparedNotice], *, is_sample: bool = False) -> list[int]:
        """Inserts notices not stored yet (no two with the same source and id): one statement per table.

        Returns their new ids in the order of `items`. Core statements, not the unit of work: imports store
        thousands of notices at a time.
        """
        if not items:
            return []
        now = datetime.now(UTC).replace(tzinfo=None)
        fixed = {"is_sample": is_sample, "cancelled": False, "change_kinds": "", "first_seen": now, "updated_at": now}
        rows = [{**_values(item), **fixed, "changes": []} for item in items]
        result = self.session.connection().execute(_INSERT_NOTICES, rows)
        inserted = {(source, source_id): row_id for row_id, source, source_id in result}
        ids = [inserted[(item.notice.source, item.notice.source_id)] for item in items]
        self._insert_index(ids, items)
        return ids

    def _insert_index(self, ids: Sequence[int], items: Sequence[PreparedNotice]) -> None:
        """The CPV rows and the full-text row of notices just written."""
        connection = self.session.connection()
        pairs = list(zip(ids, items, strict=True))
        codes = [{"notice_id": i, "code": code} for i, item in pairs for code in _cpv_codes(item)]
        if codes:
            connection.execute(_INSERT_CPV, codes)
        if self._fts:
            connection.execute(_INSERT_SEARCH, [{"id": i, "body": _body(item)} for i, item in pairs])

    def record_change(self, row_id: int, changes: list[dict[str, Any]], *, cancelled: bool = False) -> None:
        row = self._row(row_id)
        row.changes = [*row.changes, *changes]
        kinds = dict.fromkeys([*filter(None, row.change_kinds.split(",")), *(str(c.get("kind")) for c in changes)])
        row.change_kinds = ",".join(kinds)[:200]
        row.cancelled = row.cancelled or cancelled
        if cancelled:  # matching keeps the flag beside the notice's summary: scoring reads it from there
            summary = update(MatchNoticeRow).where(MatchNoticeRow.notice_id == row_id).values(cancelled=True)
            self.session.execute(summary)
        self.session.flush()

    def delete_samples(self) -> int:
        ids = list(self.session.execute(select(NoticeRow.id).where(NoticeRow.is_sample)).scalars())
        self._delete(ids)
        return len(ids)

    def _delete(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        if self._fts:
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                self.session.execute(text(f"DELETE FROM notice_search WHERE rowid IN ({','.join(map(str, part))})"))
        self.session.execute(delete(NoticeRow).where(NoticeRow.id.in_(ids)))
        self.session.flush()

    # --- reading -------------------------------------------------------------------------------------
    def _row(self, row_id: int) -> NoticeRow:
        row = self.session.get(NoticeRow, row_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no notice {value} in the cache."), value=row_id)
        return row

    def get(self, row_id: int) -> StoredNotice:
        row = self._row(row_id)
        return StoredNotice(
            id=row.id,
            notice=Notice.from_json_dict(row.data),
            is_sample=row.is_sample,
            cancelled=row.cancelled,
            changes=list(row.changes),
            first_seen=row.first_seen,
            updated_at=row.updated_at,
        )

    def find(self, reference: str) -> StoredNotice:
        """A notice by cache id, or by its source id (e.g. 622690-2023)."""
        ref = reference.strip()
        row_id = self.session.execute(select(NoticeRow.id).where(NoticeRow.source_id == ref)).scalars().first()
        if row_id is None and ref.isdigit():
            row_id = int(ref)
        if row_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no notice {value} in the cache."), value=ref)
        return self.get(row_id)

    def original_xml(self, row_id: int) -> bytes | None:
        blob = self.session.execute(select(NoticeRow.xml).where(NoticeRow.id == row_id)).scalar_one_or_none()
        return zlib.decompress(blob) if blob else None

    def _filtered(self, query: Select[Any], wanted: NoticeFilter, *, walk_order_index: bool = False) -> Select[Any]:
        if wanted.countries:
            query = query.where(NoticeRow.buyer_country.in_(wanted.countries))
        if wanted.kinds:
            query = query.where(NoticeRow.kind.in_(wanted.kinds))
        if wanted.open_only:
            still_open = NoticeRow.deadline_utc >= wanted.now
            undated = NoticeRow.deadline_utc.is_(None) & (NoticeRow.kind.in_(("competition", "planning")))
            query = query.where(or_(still_open, undated) & ~NoticeRow.cancelled)
        if wanted.cpv_prefixes:
            branch = or_(*(NoticeCpvRow.code.startswith(prefix) for prefix in wanted.cpv_prefixes))
            query = query.where(NoticeRow.id.in_(select(NoticeCpvRow.notice_id).where(branch)))
        typed = fts_query(wanted.text)
        if typed and self._fts:
            matches = text("SELECT rowid FROM notice_search WHERE notice_search MATCH :q").bindparams(q=typed)
            # "+id" keeps SQLite from driving the query by id lookups when the caller wants the order index walked.
            key = literal_column("+notices.id") if walk_order_index else NoticeRow.id
            query = query.where(key.in_(matches.columns(rowid=NoticeRow.id.type)))
        elif typed:
            for word in fold(wanted.text).split():
                query = query.where(
                    or_(NoticeRow.title_sort.ilike(f"%{word}%"), NoticeRow.buyer_name.ilike(f"%{word}%"))
                )
        return query

    def count(self, wanted: NoticeFilter) -> int:
        typed = fts_query(wanted.text)
        only_text = not (wanted.countries or wanted.kinds or wanted.open_only or wanted.cpv_prefixes)
        if typed and only_text and self._fts:
            # The search table holds one row per notice: counting there skips a lookup per matching notice.
            found = text("SELECT count(*) FROM notice_search WHERE notice_search MATCH :q").bindparams(q=typed)
            return int(self.session.execute(found).scalar_one())
        return int(self.session.execute(self._filtered(select(func.count(NoticeRow.id)), wanted)).scalar_one())

    def list_rows(
        self,
        wanted: NoticeFilter,
        *,
        offset: int = 0,
        limit: int = 200,
        sort: str = "deadline",
        descending: bool = False,
    ) -> list[NoticeListRow]:
        column = SORT_COLUMNS.get(sort, NoticeRow.deadline_utc)
        order: Any = column.desc().nulls_last() if descending else column.asc().nulls_last()
        tiebreak = NoticeRow.id.desc() if descending else NoticeRow.id
        newest_first = self._fts and bool(fts_query(wanted.text)) and sort == "published" and descending
        if newest_first:
            # Typed words can match thousands of notices. Walking the date index newest first and keeping
            # the matches stops after one page; looking up every match to sort them does not. (SQLite puts
            # NULLs last in a descending order by itself, so the index order is the wanted order.)
            order = NoticeRow.publication_date.desc()
        # Two steps: the page's ids from a narrow query (cheap even deep into the list), then those rows.
        query = select(NoticeRow.id).order_by(order, tiebreak).offset(offset).limit(limit)
        page = self._filtered(query, wanted, walk_order_index=newest_first)
        ids = list(self.session.execute(page).scalars())
        if not ids:
            return []
        rows = {row[0]: row for row in self.session.execute(select(*_LIST_COLUMNS).where(NoticeRow.id.in_(ids)))}
        return [_list_row(rows[i]) for i in ids if i in rows]

    def counts_by_kind(self) -> dict[str, int]:
        rows = self.session.execute(select(NoticeRow.kind, func.count()).group_by(NoticeRow.kind)).all()
        return {kind: int(number) for kind, number in rows}

    def sample_count(self) -> int:
        return int(self.session.execute(select(func.count()).where(NoticeRow.is_sample)).scalar_one())

    # --- sync state ----------------------------------------------------------------------------------
    def sync_state(self, source: str) -> dict[str, Any]:
        row = self.session.get(SyncStateRow, source)
        return dict(row.state) if row else {}

    def save_sync_state(self, source: str, state: dict[str, Any], result: str = "") -> None:
        row = self.session.get(SyncStateRow, source) or SyncStateRow(source=source)
        row.state = state
        row.last_run = datetime.now(UTC).replace(tzinfo=None)
        row.last_result = result
        self.session.add(row)
        self.session.flush()


_LIST_COLUMNS = (
    NoticeRow.id,
    NoticeRow.source,
    NoticeRow.source_id,
    NoticeRow.kind,
    NoticeRow.titles,
    NoticeRow.buyer_name,
    NoticeRow.buyer_country,
    NoticeRow.main_cpv,
    NoticeRow.publication_date,
    NoticeRow.deadline_utc,
    NoticeRow.value_amount,
    NoticeRow.value_currency,
    NoticeRow.lot_count,
    NoticeRow.is_sample,
    NoticeRow.cancelled,
    NoticeRow.change_kinds,
)


def _list_row(row: Any) -> NoticeListRow:
    return NoticeListRow(
        id=row.id,
        source=row.source,
        source_id=row.source_id,
        kind=row.kind,
        titles=dict(row.titles or {}),
        buyer_name=row.buyer_name,
        buyer_country=row.buyer_country,
        main_cpv=row.main_cpv,
        publication_date=row.publication_date,
        deadline_utc=row.deadline_utc,
        value_amount=row.value_amount,
        value_currency=row.value_currency,
        lot_count=row.lot_count,
        is_sample=row.is_sample,
        cancelled=row.cancelled,
        change_kinds=tuple(kind for kind in (row.change_kinds or "").split(",") if kind),
    )
