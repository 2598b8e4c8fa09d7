"""TED Search API v3 client: expert query from search criteria, ITERATION paging, resumable sync, notice XML."""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from types import TracebackType
from typing import Any

from tender_helper.core.company import DEFAULT_NOTICE_KINDS, NoticeKind
from tender_helper.core.cpv import cpv_covers, normalise_cpv, significant_prefix
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.sources.http import CancelCheck, HttpClient, HttpResponse, HttpSettings, check_xml, decode_json
from tender_helper.sources.http_errors import (
    IterationTokenExpired,
    SourceBadResponse,
    SourceQueryError,
    SourceRequestRejected,
)

SOURCE_NAME = "TED"
API_BASE_URL = "https://api.ted.europa.eu/"
SEARCH_PATH = "v3/notices/search"
# Documented direct link; the API's own links.xml.MUL is preferred when a hit carries it.
NOTICE_XML_URL = "https://ted.europa.eu/en/notice/{publication_number}/xml"
MAX_PAGE_SIZE = 250  # per the API's "Definition of limits"
MAX_FIELDS_PER_PAGE = 10_000
# Ascending dates make "last publication date seen" a safe restart point after an interruption.
SORT_CLAUSE = "SORT BY publication-date ASC"
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
_COUNTRY = re.compile(r"[A-Z]{3}")
_TOKEN_ERRORS = frozenset({"EXPIRED_ITERATION_TOKEN", "INVALID_ITERATION_TOKEN"})


class Scope(StrEnum):
    """The API's search scope: current OJ S issue only, active notices, or everything ever published."""

    LATEST = "LATEST"
    ACTIVE = "ACTIVE"
    ALL = "ALL"


@dataclass(frozen=True)
class TedQuery:
    """What to ask TED for. Countries are ISO alpha-3; a notice matches a buyer OR a performance country.

    CPV codes are branches: 72000000 asks for everything under division 72. Notice kinds are the eForms
    form types behind `NoticeKind`; corrigenda ("change" notices) come along unless switched off.
    """

    buyer_countries: tuple[str, ...] = ()
    performance_countries: tuple[str, ...] = ()
    cpv_codes: tuple[str, ...] = ()
    notice_kinds: frozenset[NoticeKind] = DEFAULT_NOTICE_KINDS
    since: date | None = None
    include_corrigenda: bool = True
    scope: Scope = Scope.ACTIVE

    def __post_init__(self) -> None:
        object.__setattr__(self, "buyer_countries", _countries(self.buyer_countries))
        object.__setattr__(self, "performance_countries", _countries(self.performance_countries))
        object.__setattr__(self, "cpv_codes", _cpv_branches(self.cpv_codes))
        object.__setattr__(self, "notice_kinds", frozenset(NoticeKind(k) for k in self.notice_kinds))

    def with_since(self, since: date | None) -> TedQuery:
        return replace(self, since=since)

    def criteria_key(self) -> str:
        """Everything but the date: a sync state belongs to one set of criteria."""
        kinds = ",".join(sorted(self.notice_kinds))
        return (
            f"b={','.join(self.buyer_countries)};p={','.join(self.performance_countries)};"
            f"c={','.join(self.cpv_codes)};k={kinds};corr={self.include_corrigenda};s={self.scope}"
        )

    def expert_query(self) -> str:
        """The expert-search text, e.g. 'publication-date>=20240101 AND buyer-country IN (FIN SWE) ...'."""
        parts = [f"publication-date>={self.since:%Y%m%d}"] if self.since else []
        parts += [clause for clause in (self._country_clause(), self._cpv_clause(), self._kind_clause()) if clause]
        if not parts:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The TED search needs at least a date, a country, a CPV code or a notice kind."
                )
            )
        return " AND ".join(parts) + " " + SORT_CLAUSE

    def _country_clause(self) -> str:
        clauses = []
        if self.buyer_countries:
            clauses.append(f"buyer-country IN ({' '.join(self.buyer_countries)})")
        if self.performance_countries:
            # place-of-performance holds both NUTS codes and alpha-3 country codes.
            clauses.append(f"place-of-performance IN ({' '.join(self.performance_countries)})")
        return _any_of(clauses)

    def _cpv_clause(self) -> str:
        terms = []
        for code in self.cpv_codes:
            prefix = significant_prefix(code)
            terms.append(f"classification-cpv={code}" if len(prefix) == len(code) else f"classification-cpv={prefix}*")
        return _any_of(terms)

    def _kind_clause(self) -> str:
        if not self.notice_kinds:
            return ""
        form_types = sorted(str(kind.value) for kind in self.notice_kinds)
        if self.include_corrigenda:
            form_types.append("change")
        return f"form-type IN ({' '.join(form_types)})"


def _countries(codes: Iterable[str]) -> tuple[str, ...]:
    result = sorted({code.strip().upper() for code in codes})
    for code in result:
        if not _COUNTRY.fullmatch(code):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a three-letter country code such as FIN or SWE."),
                field="countries",
                value=code,
            )
    return tuple(result)


def _cpv_branches(codes: Iterable[str]) -> tuple[str, ...]:
    """Normalised, sorted codes without those another code already covers (72000000 covers 72212000)."""
    unique = {normalise_cpv(code) for code in codes}
    return tuple(sorted(c for c in unique if not any(p != c and cpv_covers(p, c) for p in unique)))


def _any_of(clauses: Sequence[str]) -> str:
    if len(clauses) > 1:
        return "(" + " OR ".join(clauses) + ")"
    return clauses[0] if clauses else ""


@dataclass(frozen=True)
class TedSearchHit:
    """One notice from a search page; `fields` keeps the API's object as it came, for the services layer."""

    publication_number: str
    version: str | None
    publication_date: date | None
    notice_type: str | None
    form_type: str | None
    xml_url: str | None
    html_url: str | None
    links: Mapping[str, Any] = field(default_factory=dict)
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TedPage:
    """One page of search results."""

    hits: tuple[TedSearchHit, ...]
    total: int | None
    next_token: str | None


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
            raise _rejection_error(exc) from exc
        return _parse_page(response)

    def fetch_notice_xml(self, hit: TedSearchHit) -> bytes:
        """The notice's original XML (eForms, or TED_EXPORT for old notices), checked to be well-formed."""
        url = hit.xml_url or NOTICE_XML_URL.format(publication_number=hit.publication_number)
        response = self.http.get(url, headers={"Accept": "application/xml"})
        return check_xml(response, SOURCE_NAME, NOTICE_ROOTS, f"notice {hit.publication_number}")


def _rejection_error(exc: SourceRequestRejected) -> Exception:
    """Maps the API's documented 400 bodies to typed errors; anything else stays a rejection."""
    payload = _json_object(exc.body)
    nested = payload.get("error")
    error_type = payload.get("type") or (nested.get("type") if isinstance(nested, dict) else None)
    if exc.status != 400 or not isinstance(error_type, str):
        return exc
    if error_type in _TOKEN_ERRORS:
        return IterationTokenExpired(source=SOURCE_NAME, error_type=error_type)
    if error_type.startswith("QUERY_") or error_type == "UNSUPPORTED_VALUE":
        details = payload if "type" in payload else nested if isinstance(nested, dict) else {}
        return SourceQueryError(source=SOURCE_NAME, error_type=error_type, detail=_query_error_detail(details))
    return exc


def _query_error_detail(payload: Mapping[str, Any]) -> str:
    keys = ("fieldName", "fieldValue", "parameterName", "unsupportedValue", "operation")
    bits = [f"{key} {payload[key]}" for key in keys if payload.get(key)]
    location = payload.get("location")
    if isinstance(location, dict) and location.get("beginColumn") is not None:
        bits.append(f"line {location.get('beginLine')}, column {location.get('beginColumn')}")
    return ", ".join(bits)


def _json_object(content: bytes) -> dict[str, Any]:
    try:
        value = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return {}
    return value if isinstance(value, dict) else {}


def _parse_page(response: HttpResponse) -> TedPage:
    data = decode_json(response, SOURCE_NAME)
    if not isinstance(data, dict) or not isinstance(data.get("notices"), list):
        keys = ", ".join(sorted(data)) if isinstance(data, dict) else type(data).__name__
        raise SourceBadResponse(source=SOURCE_NAME, what=f"JSON without a notice list ({keys})")
    hits = tuple(_parse_hit(item) for item in data["notices"] if isinstance(item, dict))
    token = data.get("iterationNextToken")
    return TedPage(hits=hits, total=_to_int(data.get("totalNoticeCount")), next_token=str(token) if token else None)


def _parse_hit(item: Mapping[str, Any]) -> TedSearchHit:
    number = _first(item.get("publication-number")) or _first(item.get("ND"))
    if not number:
        raise SourceBadResponse(source=SOURCE_NAME, what="a notice without a publication number")
    raw_links = item.get("links")
    links: dict[str, Any] = raw_links if isinstance(raw_links, dict) else {}
    version = _first(item.get("notice-version"))
    return TedSearchHit(
        publication_number=normalise_publication_number(str(number)),
        version=f"{version:02d}" if isinstance(version, int) else (str(version) if version else None),
        publication_date=_api_date(_first(item.get("publication-date"))),
        notice_type=_str_or_none(_first(item.get("notice-type"))),
        form_type=_str_or_none(_first(item.get("form-type"))),
        xml_url=_link(links, "xml", "MUL"),
        html_url=_link(links, "html", "ENG") or _link(links, "html", None),
        links=links,
        fields=dict(item),
    )


def normalise_publication_number(number: str) -> str:
    """'00622690-2023' and '622690-2023' both become '622690-2023'."""
    head, sep, year = number.strip().partition("-")
    return f"{head.lstrip('0') or '0'}{sep}{year}" if head.isdigit() else number.strip()


def _first(value: Any) -> Any:
    """The API returns some fields as a scalar in one notice and as a list in another."""
    return (value[0] if value else None) if isinstance(value, list) else value


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _to_int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _api_date(value: Any) -> date | None:
    """'2023-10-13+02:00' (the API's date with offset) or '2023-10-13' -> date; None when unreadable."""
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def _link(links: Mapping[str, Any], kind: str, language: str | None) -> str | None:
    by_language = links.get(kind)
    if not isinstance(by_language, dict) or not by_language:
        return None
    url = by_language.get(language) if language else next(iter(by_language.values()))
    return url if isinstance(url, str) else None
