"""Reads and writes matching data: index documents, full-text candidates, stored matches, runs, demotions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

import orjson
from sqlalchemy import Table, and_, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from tender_helper.core.notice import Notice
from tender_helper.matching.bound import summarise
from tender_helper.matching.index import IndexDoc
from tender_helper.matching.scoring import NoticeFacts
from tender_helper.storage.match_models import (
    SLOTS,
    MatchDemotionRow,
    MatchDocRow,
    MatchNoticeRow,
    MatchRow,
    MatchRunRow,
    MatchTermsRow,
)
from tender_helper.storage.match_rows import (
    HEADS,
    StoredMatch,
    chunks,
    doc_values,
    facts_from_rows,
    moment,
    summary_values,
)
from tender_helper.storage.notice_models import NoticeCpvRow, NoticeRow

# Core tables: an insert of plain rows into them is one executemany (the ORM's bulk insert splits its rows into
# groups by which values are None, hundreds of statements for a sync).
DOCS, TERMS = cast(Table, MatchDocRow.__table__), cast(Table, MatchTermsRow.__table__)
SUMMARIES, MATCHES = cast(Table, MatchNoticeRow.__table__), cast(Table, MatchRow.__table__)
FORGETTABLE = ("new", "seen")  # states a match loses when it stops matching; starred and dismissed stay
_COMPARED = ("score", "percent", "state", "found_run", "parts")  # a stored match with these unchanged is kept


_DOC_COLUMNS = (
    "d.notice_id, d.position, d.lot_id, d.cpv, d.nuts, d.value_eur, d.value_amount, d.value_currency, "
    "d.deadline_utc, d.compounding, d.unanalysed"
)
_HEAD_COLUMNS = ", ".join(f"m.{column}" for column in HEADS)  # of match_notices AS m


def _starts(column: Any, prefix: str) -> Any:
    """`column` starts with the digits `prefix`, written as a range as well, so that an index on the column
    serves it (LIKE 'p%' cannot use one on SQLite, nor on PostgreSQL outside the C collation)."""
    condition = column.startswith(prefix)
    stem = prefix.rstrip("9")  # '9099' -> '90': every code from '9099' on is below '91'
    if prefix.isdigit() and stem:
        condition = and_(column >= prefix, column < stem[:-1] + str(int(stem[-1]) + 1), condition)
    return condition


class MatchRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    # --- index documents -----------------------------------------------------------------------------
    def replace_docs(
        self, notice_ids: Sequence[int], docs: Sequence[dict[str, Any]], summaries: Sequence[dict[str, Any]]
    ) -> None:
        """Replaces the index documents (column values with their `terms`) and summaries of the notices; their
        words and the full-text index follow by cascade and trigger. Core inserts: one executemany a table."""
        for part in chunks(notice_ids):
            self.session.execute(delete(MatchDocRow).where(MatchDocRow.notice_id.in_(part)))
            self.session.execute(delete(MatchNoticeRow).where(MatchNoticeRow.notice_id.in_(part)))
        if docs:
            self.session.execute(
                insert(DOCS), [{key: value for key, value in row.items() if key != "terms"} for row in docs]
            )
            self.session.execute(insert(TERMS), [{"id": row["id"], "terms": row["terms"]} for row in docs])
        if summaries:
            self.session.execute(insert(SUMMARIES), list(summaries))
        self.session.flush()

    def unindexed_notice_ids(self, notice_count: int) -> list[int]:
        """Notices without index documents (stored before matching existed, or by an older program), given how
        many notices there are.

        Counting first: a notice's summary goes when it goes, so equal counts mean every notice is indexed,
        and counting reads a narrow table where the search looks up every notice."""
        indexed = select(func.count()).select_from(MatchNoticeRow)
        if self.session.execute(indexed).scalar_one() == notice_count:
            return []
        query = (
            select(NoticeRow.id)
            .outerjoin(MatchNoticeRow, MatchNoticeRow.notice_id == NoticeRow.id)
            .where(MatchNoticeRow.notice_id.is_(None))
        )
        return list(self.session.execute(query).scalars())

    def replace_index(self, analysed: Mapping[int, Sequence[IndexDoc]]) -> None:
        """Replaces the index documents of the notices (notice id -> its documents, its own first)."""
        docs = [doc_values(notice_id, doc) for notice_id, notice_docs in analysed.items() for doc in notice_docs]
        heads = self._heads(list(analysed))
        summaries = [
            summary_values(notice_id, summarise(notice_docs), heads[notice_id])
            for notice_id, notice_docs in analysed.items()
        ]
        self.replace_docs(list(analysed), docs, summaries)

    def _heads(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """The notices' own columns a summary keeps (HEADS), by notice id."""
        columns = [getattr(NoticeRow, column) for column in HEADS]
        found: dict[int, dict[str, Any]] = {}
        for part in chunks(ids):
            rows = self.session.execute(select(NoticeRow.id, *columns).where(NoticeRow.id.in_(part)))
            found.update((row[0], dict(zip(HEADS, row[1:], strict=True))) for row in rows)
        return found

    def notice_facts(self, ids: Collection[int]) -> list[NoticeFacts]:
        """The notices' facts for scoring, with their words, in one query."""
        return facts_from_rows(self.doc_facts(ids, terms=True))

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

    def cpv_used(self, prefix: str) -> bool:
        """Whether any notice has a code starting with `prefix`."""
        query = select(NoticeCpvRow.notice_id).where(_starts(NoticeCpvRow.code, prefix)).limit(1)
        return self.session.execute(query).first() is not None

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

    def notices_holding(self, keys: Sequence[str], ids: Collection[int]) -> set[int]:
        """The notices among `ids` with a document whose words hold one of `keys` anywhere (a superset of
        what the word rules accept), read in one query."""
        if not keys or not ids:
            return set()
        source, wanted = self._ids(ids)
        # Keys hold letters only: nothing in them is special to LIKE.
        holds = " OR ".join(f"t.terms LIKE :key{number}" for number in range(len(keys)))
        query = (
            f"SELECT DISTINCT j.value FROM {source} JOIN match_terms AS t "
            f"ON t.id BETWEEN j.value * {SLOTS} AND j.value * {SLOTS} + {SLOTS - 1} WHERE {holds}"
        )
        params = {"ids": wanted, **{f"key{number}": f"%{key}%" for number, key in enumerate(keys)}}
        return {int(notice_id) for notice_id in self.session.execute(text(query), params).scalars()}

    def country_candidates(self, countries: Iterable[str]) -> set[int]:
        wanted = sorted(countries)
        if not wanted:
            return set()
        return set(self.session.execute(select(NoticeRow.id).where(NoticeRow.buyer_country.in_(wanted))).scalars())

    def notice_count(self) -> int:
        return int(self.session.execute(select(func.count(NoticeRow.id))).scalar_one())

    def _ids(self, ids: Collection[int]) -> tuple[str, Any]:
        """A table of the ids as `j(value)` and its parameter: one JSON or array parameter for any number of
        notices, where an IN list of thousands costs more to build than the query to run."""
        if self.dialect == "sqlite":
            return "json_each(:ids) AS j", orjson.dumps(sorted(ids)).decode()
        return "unnest(CAST(:ids AS bigint[])) AS j(value)", sorted(ids)

    def summaries(self, ids: Collection[int]) -> list[tuple[Any, ...]]:
        """One plain tuple per indexed notice: id, kind, cancelled, buyer name, buyer country, main CPV, and its
        summary's CPV codes, NUTS codes, last deadline, undated, compounding."""
        if not ids:
            return []
        source, wanted = self._ids(ids)
        query = (
            f"SELECT m.notice_id, {_HEAD_COLUMNS}, m.cpv, m.nuts, m.last_deadline, m.undated, m.compounding "
            f"FROM {source} JOIN match_notices AS m ON m.notice_id = j.value"
        )
        rows = self.session.execute(text(query), {"ids": wanted}).all()  # one fetch, not one call a row
        return [(*row[:8], moment(row[8]), *row[9:]) for row in rows]

    def doc_facts(self, ids: Collection[int], *, terms: bool = False) -> list[tuple[Any, ...]]:
        """One plain tuple per index document of the notices, in document order (a notice's own first):
        notice id, position, lot id, CPV codes, NUTS codes, value in EUR, value amount and currency, deadline,
        compounding, unanalysed languages; then the notice's kind, cancelled, buyer name and country, main
        CPV; then, if asked for, the document's words. Each notice's documents are read as one range of ids."""
        if not ids:
            return []
        source, wanted = self._ids(ids)
        words = ", t.terms FROM " if terms else " FROM "
        join = " JOIN match_terms AS t ON t.id = d.id" if terms else ""
        query = (
            f"SELECT {_DOC_COLUMNS}, {_HEAD_COLUMNS}{words}{source} JOIN match_notices AS m ON m.notice_id = j.value "
            f"JOIN match_docs AS d ON d.id BETWEEN j.value * {SLOTS} AND j.value * {SLOTS} + {SLOTS - 1}{join} "
            "ORDER BY d.id"
        )
        rows = self.session.execute(text(query), {"ids": wanted}).all()
        return [(*row[:8], moment(row[8]), *row[9:]) for row in rows]

    # --- stored matches ------------------------------------------------------------------------------
    def states(self, company_id: int, notice_ids: Collection[int] | None = None) -> dict[int, tuple[str, int | None]]:
        """The state and finding run of the company's stored matches (of `notice_ids` only, if given)."""
        if notice_ids is None:
            query = select(MatchRow.notice_id, MatchRow.state, MatchRow.found_run).where(
                MatchRow.company_id == company_id
            )
            return {notice_id: (state, run) for notice_id, state, run in self.session.execute(query)}
        if not notice_ids:
            return {}
        source, wanted = self._ids(notice_ids)
        statement = text(
            f"SELECT m.notice_id, m.state, m.found_run FROM {source} "
            "CROSS JOIN matches AS m WHERE m.company_id = :company AND m.notice_id = j.value"
        )
        rows = self.session.execute(statement, {"ids": wanted, "company": company_id})
        return {notice_id: (state, run) for notice_id, state, run in rows}

    def replace_matches(
        self, company_id: int, rows: Sequence[dict[str, Any]], dropped: Sequence[int], stored: Collection[int]
    ) -> None:
        """Writes `rows` (each with its state) in bulk, replacing those notices' rows unless stored as they are,
        and forgets the `dropped` notices unless the user starred or dismissed them. `stored` are the notices
        the company has a stored match for (states()).

        A ranking run again on the same notices mostly finds what it stored: comparing costs a read, where
        rewriting hundreds of explained matches costs their deletes, inserts and the pages they fill."""
        mine = MatchRow.company_id == company_id
        before = self._stored_values(company_id, [row["notice_id"] for row in rows if row["notice_id"] in stored])
        changed = [row for row in rows if before.get(row["notice_id"]) != tuple(row[key] for key in _COMPARED)]
        for part in chunks([row["notice_id"] for row in changed if row["notice_id"] in stored]):
            self.session.execute(delete(MatchRow).where(mine, MatchRow.notice_id.in_(part)))
        for part in chunks(dropped):
            forgettable = MatchRow.state.in_(FORGETTABLE)
            self.session.execute(delete(MatchRow).where(mine, MatchRow.notice_id.in_(part), forgettable))
        if changed:
            self.session.execute(insert(MATCHES), [{**row, "company_id": company_id} for row in changed])
        self.session.flush()

    def _stored_values(self, company_id: int, notice_ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """The compared columns (_COMPARED) of the company's stored matches of the notices."""
        columns = [getattr(MatchRow, key) for key in _COMPARED]
        found: dict[int, tuple[Any, ...]] = {}
        for part in chunks(notice_ids):
            query = select(MatchRow.notice_id, *columns).where(
                MatchRow.company_id == company_id, MatchRow.notice_id.in_(part)
            )
            found.update((row[0], tuple(row[1:])) for row in self.session.execute(query))
        return found

    def stored(
        self,
        company_id: int,
        *,
        open_after: datetime | None = None,
        limit: int | None = None,
        parts_known: Collection[int] = (),
    ) -> list[StoredMatch]:
        """The best stored matches, not dismissed; with `open_after`, only those still open then. The parts of
        the notices in `parts_known` (the caller holds them) are not read: theirs are left empty."""
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
        wanted = MatchRow.notice_id.in_([row.notice_id for row in rows if row.notice_id not in parts_known])
        found = self.session.execute(
            select(MatchRow.notice_id, MatchRow.parts).where(MatchRow.company_id == company_id, wanted)
        )
        parts = {notice_id: data for notice_id, data in found}
        return [StoredMatch(r[0], r[1], r[2], r[3], r[4], dict(parts.get(r[0], {})), r[5], r[6], r[7]) for r in rows]

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
