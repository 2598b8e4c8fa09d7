"""Matching use cases: index notices, rank them for a company, keep match states, refresh after a sync."""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from tender_helper.core.company import Company, SearchProfile
from tender_helper.core.cpv import significant_prefix
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.matching.bound import (
    Bound,
    Bounds,
    Hits,
    is_match,
    keyword_groups,
    word_groups,
)
from tender_helper.matching.explain import Note
from tender_helper.matching.index import index_docs
from tender_helper.matching.query import cpv_candidate_codes, is_candidate, match_from_json, match_to_json, shared_query
from tender_helper.matching.scoring import NoticeFacts, NoticeMatch, ProfileQuery, score_notice
from tender_helper.matching.top import select_top
from tender_helper.storage.companies_repo import CompanyRepository, ProfileRepository
from tender_helper.storage.database import Database
from tender_helper.storage.match_models import SLOTS
from tender_helper.storage.match_rows import StoredMatch, chunks
from tender_helper.storage.matches_repo import MatchRepository
from tender_helper.storage.notices_repo import best_text

NEW, SEEN, STARRED, DISMISSED = "new", "seen", "starred", "dismissed"
STATES = (NEW, SEEN, STARRED, DISMISSED)
STORE_LIMIT = 300  # a full ranking stores at least this many best matches (and every starred or dismissed one)
INDEX_BATCH = 500


@dataclass(frozen=True)
class RankedNotice:
    """One line of the ranking: the notice as a list shows it, its match and what the user did with it."""

    notice_id: int
    source_id: str
    url: str | None
    titles: dict[str, str]
    buyer_name: str
    buyer_country: str | None
    deadline_utc: datetime | None
    kind: str
    state: str
    new_since_sync: bool
    match: NoticeMatch
    lot_titles: dict[str, dict[str, str]] = field(default_factory=dict)

    def title(self, language: str) -> str:
        return best_text(self.titles, language)

    def lot_title(self, lot_id: str, language: str) -> str:
        return best_text(self.lot_titles.get(lot_id, {}), language) or lot_id


@dataclass(frozen=True)
class Ranking:
    """The ranking of one company: the best notices, remarks on the profile, and counts."""

    company_id: int
    results: list[RankedNotice]
    notes: list[Note]
    matched: int  # matches in all (before the limit and the open-only filter)
    new_since_sync: int
    latest_sync_run: int | None = None  # tells a view whether it already announced these new matches


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pauses the cyclic garbage collector for an allocation-heavy pass. A ranking creates some 100,000
    short-lived rows, bounds and parts, enough to set off several full collections of the whole heap (a
    quarter of its time); reference counting still frees them at once. The collector resumes after, if it
    ran before."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def profile_stamp(profile: SearchProfile, demotions: Sequence[tuple[str | None, str]]) -> str:
    stamp = profile.updated_at.isoformat() if profile.updated_at else "-"
    return f"{stamp}/{len(demotions)}"[:40]


class MatchingService:
    """Ranks stored notices for a company's search profile, with reasons, per notice and per lot."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # --- indexing ------------------------------------------------------------------------------------
    def index_notices(self, notice_ids: Collection[int], *, now: datetime | None = None) -> dict[int, int]:
        """Analyses new or changed notices into the index and scores them for every company.

        The import and sync services call this with the ids they stored; returns new matches per company.
        """
        ids = sorted(set(notice_ids))
        if not ids:
            return {}
        self.index(ids)
        return self.refresh(ids, now=now)

    def index(self, notice_ids: Sequence[int]) -> None:
        """Analyses the notices into the index (their text per language, codes, values, deadlines)."""
        with self.database.session() as session:
            self._index(session, notice_ids)

    def _index(self, session: Session, ids: Sequence[int]) -> None:
        repo = MatchRepository(session)
        for part in chunks(ids, INDEX_BATCH):
            pairs = repo.notices(part)
            repo.replace_index({notice_id: index_docs(notice) for notice_id, notice in pairs})

    def refresh(self, ids: Sequence[int], *, now: datetime | None = None) -> dict[int, int]:
        """Scores indexed notices for every company and updates its stored matches; new ones per company."""
        now = now or utc_now()
        arrived: dict[int, int] = {}
        with self.database.session() as session, collector_paused():
            repo = MatchRepository(session)
            summaries = repo.summaries(ids)
            facts: dict[int, NoticeFacts] = {}  # read once, for the notices some company may match
            for company in CompanyRepository(session).list():
                assert company.id is not None
                profile = ProfileRepository(session).get(company.id)
                if profile.is_empty():
                    continue
                demotions = repo.demotions(company.id)
                query, _ = shared_query(profile, company, demotions)
                sure, maybe = self._maybe(repo, query, summaries, ids, now)
                facts.update((f.notice_id, f) for f in repo.notice_facts(maybe - facts.keys()))
                wanted = [
                    facts[key]
                    for key in sorted(maybe)
                    if key in facts and (key in sure or is_match(query, facts[key], now))
                ]
                matches = [m for m in (score_notice(query, f, now) for f in wanted) if is_candidate(query, m)]
                known = repo.states(company.id, ids)
                fresh = sum(1 for m in matches if m.notice_id not in known)
                run = repo.add_run(company.id, "sync", profile_stamp(profile, demotions), fresh)
                kept = {m.notice_id for m in matches}
                dropped = [notice_id for notice_id in ids if notice_id in known and notice_id not in kept]
                repo.replace_matches(company.id, self._rows(matches, known, run), dropped, known)
                arrived[company.id] = fresh
        return arrived

    @staticmethod
    def _maybe(
        repo: MatchRepository,
        query: ProfileQuery,
        summaries: Sequence[Sequence[Any]],
        ids: Sequence[int],
        now: datetime,
    ) -> tuple[set[int], set[int]]:
        """The notices among `ids` that match for sure (a code or place makes them), and those that may (these,
        and those a word may make: their text is read only for these)."""
        bounds = Bounds(query, now)
        sure = {row[0] for row in summaries if bounds.sure(row)}
        keys = list(dict.fromkeys(key for keyword in query.keywords for keys in keyword.keys for key in keys))
        return sure, sure | repo.notices_holding(keys, ids)

    @staticmethod
    def _rows(
        matches: Sequence[NoticeMatch], known: dict[int, tuple[str, int | None]], run: int
    ) -> list[dict[str, Any]]:
        """Rows to store; a known match keeps its state and the run that first found it."""
        rows = []
        for m in matches:
            state, found_run = known.get(m.notice_id, (NEW, run))
            rows.append(
                {
                    "notice_id": m.notice_id,
                    "score": m.score,
                    "percent": m.percent,
                    "state": state,
                    "found_run": found_run,
                    "parts": match_to_json(m),
                }
            )
        return rows

    # --- ranking -------------------------------------------------------------------------------------
    def rank(
        self, company_id: int, *, open_only: bool = False, limit: int | None = 50, now: datetime | None = None
    ) -> Ranking:
        """Ranks every notice that shares something with the profile, stores the best, returns the top.

        Each candidate gets an upper bound of its score from facts read without its text (matching.bound);
        only those whose bound can still reach the best `limit` (at least STORE_LIMIT) are scored in full."""
        now = now or utc_now()
        with self.database.session() as session, collector_paused():
            repo = MatchRepository(session)
            company = CompanyRepository(session).get(company_id)
            profile = ProfileRepository(session).get(company_id)
            if profile.is_empty():
                return Ranking(company_id, [], [Note("empty_profile")], 0, 0)
            total = repo.notice_count()
            self._index(session, repo.unindexed_notice_ids(total))
            demotions = repo.demotions(company_id)
            query, ignored = shared_query(profile, company, demotions)
            notes = [Note("keyword_ignored", {"word": word}) for word in ignored]
            notes.extend(self._diagnose(repo, query, total))
            hits = self._text_hits(repo, query)
            bounds = Bounds(query, now)
            summaries = repo.summaries(self._candidates(repo, query, hits))
            coarse = [bound for row in summaries if (bound := bounds.summary(row, hits.get(row[0], {}))).possible]
            keep = len(coarse) if limit is None else max(STORE_LIMIT, limit)
            matches, matched = self._score_best(repo, query, (bounds, coarse, hits), keep, company_id, now)
            if not matches and not any(note.reason == "no_notices" for note in notes):
                notes.append(Note("no_candidates"))
            self._store_full(repo, company_id, matches, profile_stamp(profile, demotions), keep)
        scored = {match.notice_id: match for match in matches}
        ranking = self.stored(company_id, open_only=open_only, limit=limit, now=now, scored=scored)
        return Ranking(company_id, ranking.results, notes, matched, ranking.new_since_sync, ranking.latest_sync_run)

    @staticmethod
    def _text_hits(repo: MatchRepository, query: ProfileQuery) -> dict[int, dict[int, int]]:
        """notice id -> document position -> the keyword words the full-text index found there (as bits)."""
        found: dict[int, dict[int, int]] = {}
        for number, rows in enumerate(repo.text_hits(word_groups(query))):
            bit = 1 << number
            for row_id in rows:
                notice_id, position = divmod(row_id, SLOTS)
                docs = found.setdefault(notice_id, {})
                docs[position] = docs.get(position, 0) | bit
        return found

    @staticmethod
    def _candidates(repo: MatchRepository, query: ProfileQuery, hits: Mapping[int, Hits]) -> set[int]:
        """Notices that share a code branch or a keyword with the profile (for a profile of places only, a
        country): the coarse bound is computed for each, the full score for few."""
        prefixes, broader = cpv_candidate_codes(query.cpv)
        candidates = repo.cpv_candidates(prefixes, broader) if query.cpv else set()
        needs = keyword_groups(query)
        # As the index's query for the keywords would: a document that holds every word of a keyword.
        candidates.update(key for key, docs in hits.items() if any(n & g == n for g in docs.values() for n in needs))
        if not (query.cpv or query.keywords):
            candidates |= repo.country_candidates(query.countries)
        return candidates

    def _score_best(
        self,
        repo: MatchRepository,
        query: ProfileQuery,
        bounding: tuple[Bounds, list[Bound], Mapping[int, Hits]],
        keep: int,
        company_id: int,
        now: datetime,
    ) -> tuple[list[NoticeMatch], int]:
        """The best `keep` matches (and more), plus the starred and dismissed ones, scored in full; and how many
        matches there are in all (those not scored counted from their bounds, checked on their text if unsure)."""
        bounds, coarse, hits = bounding

        def score(ids: Collection[int]) -> list[NoticeMatch]:
            scored = (score_notice(query, facts, now) for facts in repo.notice_facts(ids))
            return [match for match in scored if is_candidate(query, match)]

        found = select_top(coarse, keep, lambda ids: bounds.all(repo.doc_facts(ids), hits), score)
        marked = {key for key, (state, _) in repo.states(company_id).items() if state in (STARRED, DISMISSED)}
        finest = {bound.notice_id: bound for bound in coarse} | found.refined
        rest = [b for key, b in finest.items() if key not in found.scored and b.possible]
        matches = found.matches + score([b.notice_id for b in rest if b.notice_id in marked])
        unsure = [b.notice_id for b in rest if not b.certain and b.notice_id not in marked]
        checked = sum(1 for facts in repo.notice_facts(unsure) if is_match(query, facts, now))
        certain = sum(1 for b in rest if b.certain and b.notice_id not in marked)
        matches.sort(key=lambda match: (-match.score, match.notice_id))
        return matches, len(matches) + certain + checked

    def _diagnose(self, repo: MatchRepository, query: ProfileQuery, total: int) -> list[Note]:
        if total == 0:
            return [Note("no_notices")]
        unused = [code for code in query.cpv if not repo.cpv_used(significant_prefix(code))]
        return [Note("cpv_unused", {"codes": unused})] if unused else []

    def _store_full(
        self, repo: MatchRepository, company_id: int, matches: list[NoticeMatch], stamp: str, count: int
    ) -> None:
        run = repo.add_run(company_id, "full", stamp)
        known = repo.states(company_id)
        marked = {notice_id for notice_id, (state, _) in known.items() if state in (STARRED, DISMISSED)}
        keep = [m for number, m in enumerate(matches) if number < count or m.notice_id in marked]
        kept = {m.notice_id for m in keep}
        repo.replace_matches(company_id, self._rows(keep, known, run), [i for i in known if i not in kept], known)

    def stored(
        self,
        company_id: int,
        *,
        open_only: bool = False,
        limit: int | None = 50,
        now: datetime | None = None,
        scored: Mapping[int, NoticeMatch] | None = None,
    ) -> Ranking:
        """The stored ranking as it was last computed: instant, for the list to show at once. A ranking that
        has just stored its matches passes them as `scored`, so that they are not read back."""
        now = now or utc_now()
        scored = scored or {}
        with self.database.session() as session:
            repo = MatchRepository(session)
            latest = repo.latest_run(company_id, "sync")
            new_run = latest.id if latest is not None else None
            rows = repo.stored(company_id, open_after=now if open_only else None, limit=limit, parts_known=scored)
            matched, new_count = repo.counts(company_id, new_run)
            results = self._describe(session, rows, new_run, scored)
        return Ranking(company_id, results, [], matched, new_count, new_run)

    @staticmethod
    def _describe(
        session: Session, rows: Sequence[StoredMatch], new_run: int | None, scored: Mapping[int, NoticeMatch]
    ) -> list[RankedNotice]:
        # One query for all of them, reading the notices' data without their XML.
        notices = dict(MatchRepository(session).notices([row.notice_id for row in rows]))
        results = []
        for row in rows:
            notice = notices[row.notice_id]
            results.append(
                RankedNotice(
                    notice_id=row.notice_id,
                    source_id=notice.source_id,
                    url=notice.url,
                    titles=dict(notice.title),
                    buyer_name=notice.buyer.name if notice.buyer else "",
                    buyer_country=notice.buyer.country if notice.buyer else None,
                    deadline_utc=row.deadline_utc,
                    kind=row.kind,
                    state=row.state,
                    new_since_sync=row.state == NEW and new_run is not None and row.found_run == new_run,
                    match=scored[row.notice_id] if row.notice_id in scored else match_from_json(row.parts),
                    lot_titles={lot.id: dict(lot.title) for lot in notice.lots},
                )
            )
        return results

    # --- what the user does with a match --------------------------------------------------------------
    def set_state(self, company_id: int, notice_id: int, state: str, *, similar: bool = False) -> None:
        """Marks a match new, seen, starred or dismissed; `similar` also demotes its buyer and main CPV."""
        if state not in STATES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a match state; use new, seen, starred or dismissed."),
                value=state,
            )
        with self.database.session() as session:
            repo = MatchRepository(session)
            if not repo.set_state(company_id, notice_id, state):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Notice {value} is not among this company's matches."),
                    value=notice_id,
                )
            identity = repo.notice_identity(notice_id) if similar and state == DISMISSED else None
            if identity is not None:
                repo.add_demotion(company_id, *identity)

    def mark_all_seen(self, company_id: int) -> None:
        with self.database.session() as session:
            MatchRepository(session).mark_all_seen(company_id)

    def company(self, company_id: int) -> Company:
        with self.database.session() as session:
            return CompanyRepository(session).get(company_id)
