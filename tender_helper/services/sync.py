"""Notice sync from TED: one search built from every company's profile, stored page by page, resumable."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tender_helper.core.company import DEFAULT_NOTICE_KINDS, NoticeKind, SearchProfile
from tender_helper.core.errors import SourceError
from tender_helper.core.nuts import NUTS_COUNTRY
from tender_helper.i18n import translate
from tender_helper.services.matching import MatchingService
from tender_helper.services.notices import CancelCheck, ImportResult, Progress, store_batch
from tender_helper.settings import Settings
from tender_helper.sources.http import HttpClient, HttpSettings
from tender_helper.sources.http_errors import (
    IterationTokenExpired,
    NetworkUnavailable,
    SourceBadResponse,
    SourceCancelled,
    SourceRateLimited,
    SourceServerError,
)
from tender_helper.sources.ted import SOURCE_NAME, TedQuery, TedSearchClient, TedSearchHit, TedSyncState
from tender_helper.storage.companies_repo import CompanyRepository, ProfileRepository
from tender_helper.storage.database import Database
from tender_helper.storage.notices_repo import NoticeRepository

SOURCE = "ted"  # the notices' `source` and the sync-state key
NORDIC_COUNTRIES = ("DNK", "FIN", "NOR", "SWE")  # asked for when no profile names a country or region
MAX_RETRIES = 3  # runs in which a notice whose download failed is tried again before it is given up
# Errors after which further requests in this run are pointless: the network or the service is down.
_STOPPING = (NetworkUnavailable, SourceRateLimited, SourceServerError, SourceCancelled)
_ALPHA3 = {alpha2: alpha3 for alpha3, alpha2 in NUTS_COUNTRY.items()}


@dataclass
class SyncResult:
    """What one sync run did: counts, stored ids (for re-ranking), failures, and how it ended."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    fetched: int = 0  # notice XMLs downloaded
    total: int | None = None  # hits the search reported
    failed: list[tuple[str, str]] = field(default_factory=list)  # (publication number, translated reason)
    new_ids: list[int] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)
    complete: bool = False
    cancelled: bool = False
    stopped_by: str | None = None  # translated reason when the run ended early
    query: str = ""
    new_matches: dict[int, int] = field(default_factory=dict)  # company id -> matches that arrived

    def add(self, batch: ImportResult) -> None:
        self.new += batch.new
        self.changed += batch.updated
        self.unchanged += batch.unchanged
        self.failed.extend(batch.failed)
        self.new_ids.extend(batch.new_ids)
        self.changed_ids.extend(batch.updated_ids)

    def summary(self) -> str:
        """English one-liner kept with the sync state, for diagnosis."""
        ending = "complete" if self.complete else "cancelled" if self.cancelled else "stopped"
        counts = f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged, {len(self.failed)} failed"
        return f"{ending}: {counts}"


def query_for_profiles(profiles: Iterable[SearchProfile]) -> TedQuery:
    """One TED query covering every profile: never narrower than any of them.

    Countries are the union of the profiles' buyer countries and their regions' countries (each profile
    without either counts as the Nordic countries). CPV branches are asked only if every profile has
    some; otherwise a profile without CPV codes would miss notices.
    """
    used = [profile for profile in profiles if not profile.is_empty()]
    countries: set[str] = set()
    regions: set[str] = set()
    cpv: set[str] = set()
    kinds: set[NoticeKind] = set()
    every_profile_has_cpv = bool(used)
    for profile in used:
        from_nuts = {_ALPHA3[code[:2]] for code in profile.nuts if code[:2] in _ALPHA3}
        countries.update(profile.countries)
        regions.update(from_nuts - set(profile.countries))
        if not profile.countries and not from_nuts:
            countries.update(NORDIC_COUNTRIES)
        cpv.update(profile.cpv)
        every_profile_has_cpv = every_profile_has_cpv and bool(profile.cpv)
        kinds.update(profile.notice_kinds)
    if not countries and not regions:
        countries.update(NORDIC_COUNTRIES)
    return TedQuery(
        buyer_countries=tuple(countries),
        performance_countries=tuple(regions - countries),
        cpv_codes=tuple(cpv) if every_profile_has_cpv else (),
        notice_kinds=frozenset(kinds) or DEFAULT_NOTICE_KINDS,
    )


class SyncService:
    """Downloads new and changed notices from TED into the cache."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        *,
        http_settings: HttpSettings | None = None,
        page_size: int = 100,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.database = database
        self.settings = settings
        self.http_settings = http_settings or HttpSettings(max_requests_per_second=settings.requests_per_second)
        self.page_size = page_size
        self.sleep = sleep

    def build_query(self) -> TedQuery:
        with self.database.session() as session:
            companies = CompanyRepository(session).list()
            profiles = ProfileRepository(session)
            return query_for_profiles(profiles.get(company.id) for company in companies if company.id is not None)

    def sync(
        self,
        *,
        base_url: str | None = None,
        since: date | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> SyncResult:
        """One run; `since` starts over from that date instead of where the last run stopped.

        Raises a SourceError when the source could not be used at all (nothing was fetched); when it
        fails half-way, the result says why and the next run resumes where this one stopped.
        """
        query = self.build_query()
        with self.database.session() as session:
            stored = NoticeRepository(session).sync_state(SOURCE)
        state = TedSyncState.from_dict(stored)
        if since is not None:
            state = TedSyncState(criteria_key=state.criteria_key)
            query = query.with_since(since)
        http = HttpClient(
            base_url or self.settings.ted_base_url,
            source_name=SOURCE_NAME,
            settings=self.http_settings,
            cancel_check=cancelled,
            sleep=self.sleep,
        )
        with TedSearchClient(http, page_size=self.page_size) as client:
            run = _SyncRun(self.database, client, query, state, _retry_list(stored), progress)
            result = run.execute()
        # What arrived is analysed into the matching index and scored for every company ("new since last sync").
        result.new_matches = MatchingService(self.database).index_notices([*result.new_ids, *result.changed_ids])
        return result


def _retry_list(stored: dict[str, Any]) -> dict[str, dict[str, Any]]:
    entries = stored.get("retry")
    if not isinstance(entries, list):
        return {}
    return {str(e["number"]): dict(e) for e in entries if isinstance(e, dict) and e.get("number")}


class _SyncRun:
    """The state of one run: downloads a page's notices, stores them with the sync state in one commit."""

    def __init__(
        self,
        database: Database,
        client: TedSearchClient,
        query: TedQuery,
        state: TedSyncState,
        retry: dict[str, dict[str, Any]],
        progress: Progress | None,
    ) -> None:
        self.database = database
        self.client = client
        self.query = query
        self.state = state
        self.retry = retry
        self.progress = progress
        self.result = SyncResult()
        self.read_a_page = False

    def execute(self) -> SyncResult:
        restarted = False
        try:
            self._flush([_retry_hit(number, entry) for number, entry in self.retry.items()])
            while True:
                try:
                    self._search()
                    break
                except IterationTokenExpired:
                    if restarted:
                        raise
                    restarted = True  # the state forgot the token: the next search restarts from the last date
        except SourceError as error:
            self._stopped(error)
        self.result.complete = self.state.complete and self.result.stopped_by is None
        self.result.total = self.state.total
        self.result.query = self.state.query_text or ""
        self._save()
        return self.result

    def _stopped(self, error: SourceError) -> None:
        if isinstance(error, SourceCancelled):
            self.result.cancelled = True
            return
        if self.result.fetched == 0:
            if self.read_a_page:
                self._save()  # keeps the notices to retry and the paging position
            raise error
        self.result.stopped_by = error.translated(translate)

    def _search(self) -> None:
        hits = self.client.search(self.query, self.state)
        pending: list[TedSearchHit] = []
        page = self.state.pages
        try:
            for hit in hits:
                self.read_a_page = True
                if self.state.pages != page:  # the first hit of the next page: the previous one is complete
                    page = self.state.pages
                    batch, pending = pending, []
                    self._flush(batch)
                pending.append(hit)
        except SourceError:
            batch, pending = pending, []
            self._flush(batch)
            raise
        finally:
            hits.close()
        self._flush(pending)

    def _flush(self, hits: Sequence[TedSearchHit]) -> None:
        """Downloads, parses and stores `hits`, then saves the sync state; stopping errors propagate after."""
        items: list[tuple[str, bytes]] = []
        try:
            for index, hit in enumerate(hits):
                number = hit.publication_number
                try:
                    xml = self.client.fetch_notice_xml(hit)
                except _STOPPING:
                    for rest in hits[index:]:
                        self._remember(rest, count=False)
                    raise
                except SourceError as error:
                    self.result.failed.append((number, error.translated(translate)))
                    if isinstance(error, SourceBadResponse):
                        self._remember(hit, count=True)
                    continue
                self.retry.pop(number, None)
                self.result.fetched += 1
                items.append((number, xml))
                if self.progress:
                    self.progress(self.result.fetched, self.state.total or 0, number)
        finally:
            self._store(items)

    def _remember(self, hit: TedSearchHit, *, count: bool) -> None:
        entry = self.retry.setdefault(hit.publication_number, {"xml_url": hit.xml_url, "attempts": 0})
        entry["attempts"] = int(entry.get("attempts", 0)) + (1 if count else 0)
        if entry["attempts"] >= MAX_RETRIES:
            del self.retry[hit.publication_number]

    def _store(self, items: list[tuple[str, bytes]]) -> None:
        if not items:
            return
        batch = ImportResult()
        with self.database.session() as session:
            repo = NoticeRepository(session)
            store_batch(repo, items, batch)
            repo.save_sync_state(SOURCE, self._state_dict(), self.result.summary())
        self.result.add(batch)

    def _save(self) -> None:
        with self.database.session() as session:
            NoticeRepository(session).save_sync_state(SOURCE, self._state_dict(), self.result.summary())

    def _state_dict(self) -> dict[str, Any]:
        retry = [{"number": number, **entry} for number, entry in sorted(self.retry.items())]
        return {**self.state.to_dict(), "retry": retry}


def _retry_hit(number: str, entry: dict[str, Any]) -> TedSearchHit:
    url = entry.get("xml_url")
    return TedSearchHit(
        publication_number=number,
        version=None,
        publication_date=None,
        notice_type=None,
        form_type=None,
        xml_url=url if isinstance(url, str) else None,
        html_url=None,
    )
