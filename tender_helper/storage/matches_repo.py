"""Reads and writes matching data: index documents, full-text candidates, stored matches, runs, demotions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Row, Table, and_, delete, func, insert, literal, or_, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from tender_helper.core.notice import Notice
from tender_helper.storage.match_models import (
    SLOTS,
    MatchDemotionRow,
    MatchDocRow,
    MatchRow,
    MatchRunRow,
    MatchTermsRow,
)
from tender_helper.storage.notice_models import NoticeCpvRow, NoticeRow

T = TypeVar("T")
CHUNK = 5000  # ids per IN (...) list, well under SQLite's parameter limit
# Core tables: an insert of plain rows into them is one executemany (the ORM's bulk insert splits its rows into
# groups by which values are None, hundreds of statements for a sync).
DOCS, TERMS = cast(Table, MatchDocRow.__table__), cast(Table, MatchTermsRow.__table__)
FORGETTABLE = ("new", "seen")  # states a match loses when it stops matching; starred and dismissed stay


def _starts(column: Any, prefix: str) -> Any:
    """`column` starts with the digits `prefix`, written as a range as well, so that an index on the column
    serves it (LIKE 'p%' cannot use one on SQLite, nor on PostgreSQL outside the C collation)."""
    condition = column.startswith(prefix)
    stem = prefix.rstrip("9")  # '9099' -> '90': every code from '9099' on is below '91'
    if prefix.isdigit() and stem:
        condition = and_(column >= prefix, column < stem[:-1] + str(int(stem[-1]) + 1), condition)
    return condition


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


class MatchRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    # --- index documents -----------------------------------------------------------------------------
    def replace_docs(self, notice_ids: Sequence[int], values: Sequence[dict[str, Any]]) -> None:
        """Replaces the index documents (column values with their `terms`) of the notices; their words and
        the full-text index follow by cascade and trigger. Core inserts: one executemany per table."""
        for part in chunks(notice_ids):
            self.session.execute(delete(MatchDocRow).where(MatchDocRow.notice_id.in_(part)))
        if values:
            docs = [{key: value for key, value in row.items() if key != "terms"} for row in values]
            self.session.execute(insert(DOCS), docs)
            terms = [{"id": row["id"], "terms": row["terms"]} for row in values]
            self.session.execute(insert(TERMS), terms)
        self.session.flush()

    def unindexed_notice_ids(self) -> list[int]:
        """Notices without index documents (stored before matching existed, or by an older program).

        Counting first: a notice's documents go when it goes, so equal counts mean every notice is indexed,
        and the two counts read small indexes where the search reads every notice."""
        heads = select(func.count()).select_from(MatchDocRow).where(MatchDocRow.position == 0)
        if self.session.execute(heads).scalar_one() == self.notice_count():
            return []
        head = MatchDocRow.id == NoticeRow.id * SLOTS
        query = select(NoticeRow.id).outerjoin(MatchDocRow, head).where(MatchDocRow.id.is_(None))
        return list(self.session.execute(query).scalars())

    def notices(self, ids: Sequence[int]) -> list[tuple[int, Notice]]:
        found: list[tuple[int, Notice]] = []
        for part in chunks(ids):
            rows = self.session.execute(select(NoticeRow.id, NoticeRow.data).where(NoticeRow.id.in_(part)))
            found.extend((row_id, Notice.from_json_dict(data)) for row_id, data in rows)
        return found

    # --- candidates ----------------------------------------------------------------------------------
    def cpv_candidates(self, prefixes: Sequence[str], exact: Sequence[str]) -> set[int]:
        """Notices with a code starting with one of `prefixes` or equal to one of `exact`."""
        if not prefixes and not exact:
            return set()
        condition = or_(NoticeCpvRow.code.in_(exact), *(_starts(NoticeCpvRow.code, p) for p in prefixes))
        return set(self.session.execute(select(NoticeCpvRow.notice_id).where(condition).distinct()).scalars())

    def text_hits(self, groups: Sequence[tuple[str, ...]]) -> list[set[int]]:
        """For each group of alternative keys, the documents whose words hold one of them anywhere (a superset
        of what the word rules accept: the caller checks each word exactly where it matters)."""
        found = []
        for keys in groups:
            statement: Executable
            if self.dialect == "sqlite":
                phrases = " OR ".join(f'"{key}"' for key in keys)  # keys are letters only: nothing to escape
                statement = text("SELECT rowid FROM match_text WHERE match_text MATCH :q").bindparams(q=phrases)
            else:
                # Keys hold letters only, so they need no LIKE escaping; pg_trgm's index serves '%key%'.
                statement = select(MatchTermsRow.id).where(or_(*(MatchTermsRow.terms.contains(key) for key in keys)))
            found.append(set(self.session.execute(statement).scalars()))
        return found

    def country_candidates(self, countries: Iterable[str]) -> set[int]:
        wanted = sorted(countries)
        if not wanted:
            return set()
        return set(self.session.execute(select(NoticeRow.id).where(NoticeRow.buyer_country.in_(wanted))).scalars())

    def notice_count(self) -> int:
        return int(self.session.execute(select(func.count(NoticeRow.id))).scalar_one())

    def facts(self, ids: Sequence[int], *, terms: bool = True) -> list[tuple[Row[Any], list[Row[Any]]]]:
        """For each notice with index documents: (id, kind, cancelled, buyer name and country, main CPV) and
        its documents' columns in position order (`terms` "" unless asked for); plain rows, one pass per chunk."""
        found: list[tuple[Row[Any], list[Row[Any]]]] = []
        head = (NoticeRow.id, NoticeRow.kind, NoticeRow.cancelled, NoticeRow.buyer_name, NoticeRow.buyer_country)
        words = MatchTermsRow.terms if terms else literal("")
        for part in chunks(sorted(ids)):
            wanted = select(*head, NoticeRow.main_cpv).where(NoticeRow.id.in_(part))
            notices: dict[int, Row[Any]] = {row.id: row for row in self.session.execute(wanted).all()}  # type: ignore[misc]
            docs: dict[int, list[Any]] = {}
            query = select(*DOCS.columns, words.label("terms")).where(MatchDocRow.notice_id.in_(part))
            if terms:
                query = query.join(MatchTermsRow, MatchTermsRow.id == MatchDocRow.id)
            for row in self.session.execute(query.order_by(MatchDocRow.id)):
                docs.setdefault(row.notice_id, []).append(row)
            found.extend((notices[key], rows) for key, rows in docs.items() if key in notices and rows[0].position == 0)
        return found

    # --- stored matches ------------------------------------------------------------------------------
    def states(self, company_id: int) -> dict[int, tuple[str, int | None]]:
        query = select(MatchRow.notice_id, MatchRow.state, MatchRow.found_run).where(MatchRow.company_id == company_id)
        return {notice_id: (state, run) for notice_id, state, run in self.session.execute(query)}

    def replace_matches(self, company_id: int, rows: Sequence[dict[str, Any]], dropped: Sequence[int]) -> None:
        """Writes `rows` (each with its state) in bulk, replacing those notices' rows, and forgets the `dropped`
        notices unless the user starred or dismissed them."""
        mine = MatchRow.company_id == company_id
        for part in chunks([row["notice_id"] for row in rows]):
            self.session.execute(delete(MatchRow).where(mine, MatchRow.notice_id.in_(part)))
        for part in chunks(dropped):
            forgettable = MatchRow.state.in_(FORGETTABLE)
            self.session.execute(delete(MatchRow).where(mine, MatchRow.notice_id.in_(part), forgettable))
        if rows:
            self.session.execute(insert(MatchRow), [{**row, "company_id": company_id} for row in rows])
        self.session.flush()

    def stored(
        self, company_id: int, *, open_after: datetime | None = None, limit: int | None = None
    ) -> list[StoredMatch]:
        """The best stored matches, not dismissed; with `open_after`, only those still open then."""
        columns = (MatchRow.notice_id, MatchRow.score, MatchRow.percent, MatchRow.state, MatchRow.found_run)
        query = (
            select(*columns, NoticeRow.deadline_utc, NoticeRow.kind, NoticeRow.cancelled)
            .join(NoticeRow, NoticeRow.id == MatchRow.notice_id)
            .where(MatchRow.company_id == company_id, MatchRow.state != "dismissed")
            .order_by(MatchRow.score.desc(), MatchRow.notice_id)
            .limit(limit)
        )
        if open_after is not None:
            undated = NoticeRow.deadline_utc.is_(None) & NoticeRow.kind.in_(("competition", "planning"))
            query = query.where(or_(NoticeRow.deadline_utc >= open_after, undated), ~NoticeRow.cancelled)
        rows = self.session.execute(query).all()
        wanted = MatchRow.notice_id.in_([row.notice_id for row in rows])
        found = self.session.execute(
            select(MatchRow.notice_id, MatchRow.parts).where(MatchRow.company_id == company_id, wanted)
        )
        parts = {notice_id: data for notice_id, data in found}
        return [StoredMatch(r[0], r[1], r[2], r[3], r[4], dict(parts[r[0]]), r[5], r[6], r[7]) for r in rows]

    def counts(self, company_id: int, new_run: int | None) -> tuple[int, int]:
        """Matches not dismissed, and those still new that the run `new_run` found."""
        mine = (MatchRow.company_id == company_id, MatchRow.state != "dismissed")
        total = self.session.execute(select(func.count()).select_from(MatchRow).where(*mine)).scalar_one()
        new = (MatchRow.state == "new", MatchRow.found_run == new_run)
        fresh = self.session.execute(select(func.count()).select_from(MatchRow).where(*mine, *new)).scalar_one()
        return int(total), int(fresh)

    def set_state(self, company_id: int, notice_id: int, state: str) -> bool:
        wanted = (MatchRow.company_id == company_id, MatchRow.notice_id == notice_id)
        result = self.session.execute(update(MatchRow).where(*wanted).values(state=state))
        return bool(getattr(result, "rowcount", 0))

    def mark_all_seen(self, company_id: int) -> None:
        self.session.execute(
            update(MatchRow).where(MatchRow.company_id == company_id, MatchRow.state == "new").values(state="seen")
        )

    # --- runs and demotions --------------------------------------------------------------------------
    def add_run(self, company_id: int, kind: str, profile_stamp: str, new_count: int = 0) -> int:
        row = MatchRunRow(company_id=company_id, kind=kind, profile_stamp=profile_stamp, new_count=new_count)
        self.session.add(row)
        self.session.flush()
        return row.id

    def set_run_count(self, run_id: int, new_count: int) -> None:
        self.session.execute(update(MatchRunRow).where(MatchRunRow.id == run_id).values(new_count=new_count))

    def latest_run(self, company_id: int, kind: str | None = None) -> MatchRunRow | None:
        query = select(MatchRunRow).where(MatchRunRow.company_id == company_id)
        if kind is not None:
            query = query.where(MatchRunRow.kind == kind)
        return self.session.execute(query.order_by(MatchRunRow.id.desc()).limit(1)).scalar_one_or_none()

    def add_demotion(self, company_id: int, main_cpv: str | None, buyer_name: str) -> None:
        self.session.add(MatchDemotionRow(company_id=company_id, main_cpv=main_cpv, buyer_name=buyer_name[:400]))
        self.session.flush()

    def demotions(self, company_id: int) -> list[tuple[str | None, str]]:
        query = select(MatchDemotionRow.main_cpv, MatchDemotionRow.buyer_name).where(
            MatchDemotionRow.company_id == company_id
        )
        return [(cpv, buyer) for cpv, buyer in self.session.execute(query)]

    def notice_identity(self, notice_id: int) -> tuple[str | None, str] | None:
        """The main CPV and buyer of a notice (what "don't show similar" remembers)."""
        row = self.session.execute(select(NoticeRow.main_cpv, NoticeRow.buyer_name).where(NoticeRow.id == notice_id))
        found = row.first()
        return None if found is None else (found[0], found[1])
