"""TED Search API v3 client: ITERATION paging, resumable sync state, notice XML (criteria: ted_query)."""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from types import TracebackType
from typing import Any

from tender_helper.sources.http import CancelCheck, HttpClient, HttpSettings, check_xml
from tender_helper.sources.http_errors import IterationTokenExpired, SourceRequestRejected
from tender_helper.sources.ted_query import Scope, TedQuery
from tender_helper.sources.ted_results import (
    SOURCE_NAME,
    TedPage,
    TedSearchHit,
    parse_page,
    rejection_error,
)
from tender_helper.sources.ted_results import normalise_publication_number as normalise_publication_number

API_BASE_URL = "https://api.ted.europa.eu/"
SEARCH_PATH = "v3/notices/search"
# Documented direct link; the API's own links.xml.MUL is preferred when a hit carries it.
NOTICE_XML_URL = "https://ted.europa.eu/en/notice/{publication_number}/xml"
MAX_PAGE_SIZE = 250  # per the API's "Definition of limits"
MAX_FIELDS_PER_PAGE = 10_000
SYNC_OVERLAP = timedelta(days=1)
DEFAULT_FIELDS = (
    "publication-number",
    "notice-identifier",
    "notice-version",
    "publication-date",
    "notice-type",
    "form-type",
    "buyer-country",
    "classification-cpv",
    "links",
)
# eForms roots, and TED_EXPORT for notices published before eForms.
NOTICE_ROOTS = frozenset(
    {
        "PriorInformationNotice",
        "ContractNotice",
        "ContractAwardNotice",
        "BusinessRegistrationInformationNotice",
        "TED_EXPORT",
    }
)
_rejection_error = rejection_error  # its old private name, which the tests use


@dataclass
class TedSyncState:
    """Where a sync stands, stored by the services layer between runs (see to_dict/from_dict).

    `query_text` and `iteration_token` belong to the run in progress; `last_publication_date` is the
    newest date seen, from which the next run starts again with one day of overlap.
    """

    criteria_key: str | None = None
    last_publication_date: date | None = None
    query_text: str | None = None
    iteration_token: str | None = None
    pages: int = 0
    notices: int = 0
    total: int | None = None
    complete: bool = False

    def next_since(self, default: date | None) -> date | None:
        """The start date of a new run: the last date seen minus the overlap, never before `default`."""
        if self.last_publication_date is None:
            return default
        since = self.last_publication_date - SYNC_OVERLAP
        return max(since, default) if default else since

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_publication_date"] = self.last_publication_date.isoformat() if self.last_publication_date else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TedSyncState:
        known = {key: data[key] for key in cls.__dataclass_fields__ if key in data}
        if known.get("last_publication_date"):
            known["last_publication_date"] = date.fromisoformat(known["last_publication_date"])
        return cls(**known)

    def _begin(self, query_text: str) -> None:
        self.query_text, self.iteration_token = query_text, None
        self.pages = self.notices = 0
        self.total, self.complete = None, False

    def _saw(self, hit: TedSearchHit) -> None:
        self.notices += 1
        dates = [d for d in (self.last_publication_date, hit.publication_date) if d]
        self.last_publication_date = max(dates) if dates else None


class TedSearchClient:
    """Searches TED and downloads notice XML through one HttpClient (close it, or use `with`)."""

    def __init__(self, http: HttpClient, *, page_size: int = 100, fields: Sequence[str] = DEFAULT_FIELDS) -> None:
        if not 1 <= page_size <= MAX_PAGE_SIZE or page_size * len(fields) > MAX_FIELDS_PER_PAGE:
            raise ValueError(f"page_size {page_size} with {len(fields)} fields is outside the API's limits")
        self.http = http
        self.page_size = page_size
        self.fields = tuple(fields)

    @classmethod
    def create(
        cls,
        base_url: str = API_BASE_URL,
        *,
        cancel_check: CancelCheck | None = None,
        settings: HttpSettings | None = None,
        page_size: int = 100,
    ) -> TedSearchClient:
        http = HttpClient(base_url, source_name=SOURCE_NAME, settings=settings, cancel_check=cancel_check)
        return cls(http, page_size=page_size)

    def __enter__(self) -> TedSearchClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    def search(self, query: TedQuery, state: TedSyncState | None = None) -> Generator[TedSearchHit, None, None]:
        """Yields every hit, page by page, updating `state` as it goes.

        With a state from an earlier run the search continues its iteration token, or else asks only
        for notices since the last publication date seen (minus one day). IterationTokenExpired leaves
        the state ready for a fresh call that restarts from that date.
        """
        state = state if state is not None else TedSyncState()
        query_text, token = self._plan(query, state)
        seen: set[str] = set()
        while True:
            try:
                page = self.search_page(query_text, query.scope, token)
            except IterationTokenExpired:
                state.query_text = state.iteration_token = None
                raise
            state.pages += 1
            state.total = page.total
            for hit in page.hits:
                if hit.publication_number not in seen:
                    seen.add(hit.publication_number)
                    state._saw(hit)
                    yield hit
            token = page.next_token if page.hits else None
            state.iteration_token = token
            if token is None:
                state.complete = True
                return

    def _plan(self, query: TedQuery, state: TedSyncState) -> tuple[str, str | None]:
        key = query.criteria_key()
        if state.criteria_key != key:  # other criteria: the dates seen for the old ones do not apply
            state.criteria_key, state.last_publication_date, state.iteration_token = key, None, None
        if state.iteration_token and state.query_text:
            return state.query_text, state.iteration_token
        query_text = query.with_since(state.next_since(query.since)).expert_query()
        state._begin(query_text)
        return query_text, None

    def search_request(self, query_text: str, scope: Scope, token: str | None = None) -> dict[str, Any]:
        """The JSON body of one ITERATION-mode search request."""
        body: dict[str, Any] = {
            "query": query_text,
            "fields": list(self.fields),
            "limit": self.page_size,
            "scope": str(scope),
            "paginationMode": "ITERATION",
            "onlyLatestVersions": True,
            "checkQuerySyntax": False,
        }
        if token:
            body["iterationNextToken"] = token
        return body

    def search_page(self, query_text: str, scope: Scope = Scope.ACTIVE, token: str | None = None) -> TedPage:
        """One page of results; raises the typed query, token, network or bad-response errors."""
        body = self.search_request(query_text, scope, token)
        try:
            response = self.http.post_json(SEARCH_PATH, body, headers={"Accept": "application/json"})
        except SourceRequestRejected as exc:
            raise rejection_error(exc) from exc
        return parse_page(response)

    def fetch_notice_xml(self, hit: TedSearchHit) -> bytes:
        """The notice's original XML (eForms, or TED_EXPORT for old notices), checked to be well-formed."""
        url = hit.xml_url or NOTICE_XML_URL.format(publication_number=hit.publication_number)
        response = self.http.get(url, headers={"Accept": "application/xml"})
        return check_xml(response, SOURCE_NAME, NOTICE_ROOTS, f"notice {hit.publication_number}")
