"""Tests of the TED Search API v3 client against the local fake: query text, paging, faults, resumable sync."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from tender_helper.core.company import NoticeKind
from tender_helper.core.errors import InvalidInput
from tender_helper.sources.http import HttpClient, HttpSettings
from tender_helper.sources.http_errors import (
    IterationTokenExpired,
    SourceBadResponse,
    SourceCancelled,
    SourceQueryError,
    SourceRequestRejected,
)
from tender_helper.sources.ted import (
    DEFAULT_FIELDS,
    Scope,
    TedQuery,
    TedSearchClient,
    TedSyncState,
    _rejection_error,
    normalise_publication_number,
)
from tests.support.fake_ted import VERBATIM_SEARCH_RESPONSE, FakeTed, Fault, running_fake_ted

NORDIC = ("FIN", "SWE", "NOR", "DNK", "ISL")
ALL_NUMBERS = ["544961-2023", "574413-2023", "660556-2023", "701354-2023", "787442-2023"]


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def fake() -> Iterator[FakeTed]:
    with running_fake_ted() as server:
        yield server


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def make_client(fake: FakeTed, sleeps: Sleeps, cancel: Any = None, page_size: int = 2) -> TedSearchClient:
    settings = HttpSettings(max_requests_per_second=None, read_timeout=0.3)
    http = HttpClient(
        fake.base_url + "/", source_name="TED", settings=settings, sleep=sleeps, cancel_check=cancel, rng=lambda: 0.5
    )
    return TedSearchClient(http, page_size=page_size)


@pytest.fixture
def client(fake: FakeTed, sleeps: Sleeps) -> Iterator[TedSearchClient]:
    with make_client(fake, sleeps) as ted:
        yield ted


SINCE_2023 = TedQuery(since=date(2023, 1, 1))


# --- the expert query -------------------------------------------------------------------------


def test_expert_query_for_a_nordic_profile() -> None:
    query = TedQuery(
        buyer_countries=NORDIC,
        performance_countries=NORDIC,
        cpv_codes=("72000000-5", "48000000", "72212000", "90910000"),
        notice_kinds=frozenset({NoticeKind.CALL_FOR_TENDER, NoticeKind.PRIOR_INFORMATION}),
        since=date(2024, 1, 5),
    )
    assert query.expert_query() == (
        "publication-date>=20240105"
        " AND (buyer-country IN (DNK FIN ISL NOR SWE) OR place-of-performance IN (DNK FIN ISL NOR SWE))"
        " AND (classification-cpv=48* OR classification-cpv=72* OR classification-cpv=9091*)"
        " AND form-type IN (competition planning change)"
        " SORT BY publication-date ASC"
    )


def test_expert_query_variants() -> None:
    query = TedQuery(
        buyer_countries=("fin",),
        cpv_codes=("92610000", "72212311"),
        notice_kinds=frozenset({NoticeKind.AWARD, NoticeKind.MARKET_CONSULTATION}),
        include_corrigenda=False,
    )
    assert query.expert_query() == (
        "buyer-country IN (FIN) AND (classification-cpv=72212311 OR classification-cpv=9261*)"
        " AND form-type IN (consultation result) SORT BY publication-date ASC"
    )
    assert (
        TedQuery(notice_kinds=frozenset(), since=date(2024, 2, 1))
        .expert_query()
        .startswith("publication-date>=20240201 SORT BY")
    )


@pytest.mark.parametrize(
    "kwargs",
    [{"buyer_countries": ("FI",)}, {"performance_countries": ("Suomi",)}, {"cpv_codes": ("7200",)}],
)
def test_bad_criteria_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        TedQuery(**kwargs)


def test_a_query_without_any_criterion_is_refused() -> None:
    with pytest.raises(InvalidInput):
        TedQuery(notice_kinds=frozenset()).expert_query()


def test_request_body_follows_the_api() -> None:
    http = HttpClient("https://api.ted.europa.eu/", source_name="TED")
    with TedSearchClient(http, page_size=250) as ted:
        first = ted.search_request("buyer-country IN (FIN)", Scope.ACTIVE)
        later = ted.search_request("buyer-country IN (FIN)", Scope.ALL, "abc")
    assert first == {
        "query": "buyer-country IN (FIN)",
        "fields": list(DEFAULT_FIELDS),
        "limit": 250,
        "scope": "ACTIVE",
        "paginationMode": "ITERATION",
        "onlyLatestVersions": True,
        "checkQuerySyntax": False,
    }
    assert later["iterationNextToken"] == "abc"
    assert later["scope"] == "ALL"
    with pytest.raises(ValueError, match="limits"):
        TedSearchClient(http, page_size=251)


# --- paging and downloads ---------------------------------------------------------------------


def test_pages_through_to_the_empty_page(fake: FakeTed, client: TedSearchClient) -> None:
    state = TedSyncState()
    hits = list(client.search(SINCE_2023, state))
    assert [hit.publication_number for hit in hits] == ALL_NUMBERS
    bodies = fake.search_bodies
    assert len(bodies) == 4  # pages of 2, 2, 1, then an empty page (the fake still sent a token)
    assert "iterationNextToken" not in bodies[0]
    assert [b.get("iterationNextToken") for b in bodies[1:]] == ["token-1-2", "token-2-4", "token-3-5"]
    assert all(b["paginationMode"] == "ITERATION" and b["limit"] == 2 for b in bodies)
    assert state.complete and state.iteration_token is None
    assert (state.pages, state.notices, state.total) == (4, 5, 5)
    assert state.last_publication_date == date(2023, 12, 26)


def test_hits_carry_number_version_date_and_links(fake: FakeTed, client: TedSearchClient) -> None:
    hit = next(iter(client.search(SINCE_2023)))
    assert hit.publication_number == "544961-2023"
    assert hit.version == "01"
    assert hit.publication_date == date(2023, 9, 8)
    assert (hit.notice_type, hit.form_type) == ("cn-social", "competition")
    assert hit.xml_url == f"{fake.base_url}/en/notice/544961-2023/xml"
    assert hit.html_url == f"{fake.base_url}/en/notice/-/detail/544961-2023"
    assert hit.fields["buyer-country"] == ["FIN"]


def test_downloads_each_notice_xml(fake: FakeTed, client: TedSearchClient) -> None:
    for hit in client.search(SINCE_2023):
        assert client.fetch_notice_xml(hit) == fake.notice_xml(hit.publication_number)
    assert len([r for r in fake.requests if r[0] == "GET"]) == 5


def test_reads_the_verbatim_api_response(fake: FakeTed, client: TedSearchClient) -> None:
    fake.verbatim_search = VERBATIM_SEARCH_RESPONSE.read_bytes()
    state = TedSyncState()
    hits = list(client.search(SINCE_2023, state))
    assert [hit.publication_number for hit in hits] == ["67623-2022"]  # stored twice in the capture
    assert hits[0].xml_url == "https://ted.europa.eu/en/notice/67623-2022/xml"
    assert hits[0].html_url == "https://ted.europa.eu/en/notice/-/detail/67623-2022"
    assert hits[0].publication_date is None  # only the legacy PD came back, which is a day off
    assert state.complete and len(fake.search_bodies) == 1 and state.total == 2


# --- faults -----------------------------------------------------------------------------------


def test_rate_limit_and_server_error_during_a_sync_are_retried(
    fake: FakeTed, client: TedSearchClient, sleeps: Sleeps
) -> None:
    fake.fail_next("search", Fault.RATE_LIMIT, retry_after="4")
    hits = client.search(SINCE_2023)
    assert next(hits).publication_number == "544961-2023"
    fake.fail_next("search", Fault.SERVER_ERROR)
    assert [hit.publication_number for hit in hits] == ALL_NUMBERS[1:]
    assert sleeps.calls == [4.0, 0.75]
    assert len(fake.search_bodies) == 6


def test_read_timeout_during_a_sync_is_retried(fake: FakeTed, client: TedSearchClient) -> None:
    fake.fail_next("search", Fault.READ_TIMEOUT)
    assert [hit.publication_number for hit in client.search(SINCE_2023)] == ALL_NUMBERS


def test_truncated_json_is_a_bad_response(fake: FakeTed, client: TedSearchClient) -> None:
    fake.fail_next("search", Fault.TRUNCATED_JSON)
    with pytest.raises(SourceBadResponse) as info:
        list(client.search(SINCE_2023))
    assert info.value.what.startswith("incomplete or invalid JSON")
    assert "TED sent a reply Tender Helper could not read" in str(info.value)


def test_html_page_instead_of_results_is_named(fake: FakeTed, client: TedSearchClient) -> None:
    fake.fail_next("search", Fault.HTML_ERROR_PAGE)
    with pytest.raises(SourceBadResponse) as info:
        list(client.search(SINCE_2023))
    assert info.value.what == 'an HTML page "503 Service Temporarily Unavailable"'


def test_json_without_notices_is_a_bad_response(fake: FakeTed, client: TedSearchClient) -> None:
    fake.verbatim_search = b'{"message": "maintenance", "error": {}}'
    with pytest.raises(SourceBadResponse, match=r"JSON without a notice list \(error, message\)"):
        list(client.search(SINCE_2023))


def test_malformed_notice_xml_is_a_bad_response(fake: FakeTed, client: TedSearchClient) -> None:
    hit = next(iter(client.search(SINCE_2023)))
    fake.fail_next("xml", Fault.MALFORMED_XML)
    with pytest.raises(SourceBadResponse) as info:
        client.fetch_notice_xml(hit)
    assert info.value.what.startswith("malformed XML for notice 544961-2023")
    fake.fail_next("xml", Fault.HTML_ERROR_PAGE)
    with pytest.raises(SourceBadResponse, match="HTML page"):
        client.fetch_notice_xml(hit)
    assert client.fetch_notice_xml(hit) == fake.notice_xml("544961-2023")


def test_query_error_is_typed_with_its_location(fake: FakeTed, client: TedSearchClient) -> None:
    fake.fail_next("search", Fault.QUERY_ERROR)
    with pytest.raises(SourceQueryError) as info:
        list(client.search(SINCE_2023))
    assert info.value.error_type == "QUERY_SYNTAX_ERROR"
    assert "(QUERY_SYNTAX_ERROR: line 1, column 5)" in str(info.value)
    assert len(fake.search_bodies) == 1  # a 400 is not retried


def test_unsupported_value_nested_in_an_exception_body_is_a_query_error() -> None:
    body = {"message": "x", "error": {"type": "UNSUPPORTED_VALUE", "parameterName": "scope", "unsupportedValue": "X"}}
    error = _rejection_error(SourceRequestRejected(source="TED", status=400, body=json.dumps(body).encode()))
    assert isinstance(error, SourceQueryError)
    assert "parameterName scope, unsupportedValue X" in str(error)
    other = SourceRequestRejected(source="TED", status=400, body=b"<html/>")
    assert _rejection_error(other) is other


# --- resuming and incremental sync ------------------------------------------------------------


def test_expired_token_restarts_from_the_last_publication_date(fake: FakeTed, client: TedSearchClient) -> None:
    state = TedSyncState()
    hits = client.search(SINCE_2023, state)
    assert [next(hits).publication_number, next(hits).publication_number] == ALL_NUMBERS[:2]
    fake.fail_next("search", Fault.EXPIRED_TOKEN)
    with pytest.raises(IterationTokenExpired) as info:
        next(hits)
    assert info.value.error_type == "EXPIRED_ITERATION_TOKEN"
    assert state.iteration_token is None and not state.complete
    assert state.last_publication_date == date(2023, 9, 22)

    again = [hit.publication_number for hit in client.search(SINCE_2023, state)]
    restart = fake.search_bodies[2]
    assert restart["query"].startswith("publication-date>=20230921 ")  # one day of overlap
    assert "iterationNextToken" not in restart
    assert again == ALL_NUMBERS[1:]
    assert state.complete


def test_unknown_token_is_treated_like_an_expired_one(client: TedSearchClient) -> None:
    with pytest.raises(IterationTokenExpired) as info:
        client.search_page("publication-date>=20230101", Scope.ACTIVE, "no-such-token")
    assert info.value.error_type == "INVALID_ITERATION_TOKEN"


def test_interrupted_sync_resumes_with_its_stored_token(fake: FakeTed, sleeps: Sleeps) -> None:
    state = TedSyncState()
    with make_client(fake, sleeps) as first_run:
        hits = first_run.search(SINCE_2023, state)
        seen = [next(hits).publication_number, next(hits).publication_number, next(hits).publication_number]
        hits.close()  # the app quits while the second page is being processed
    stored = json.loads(json.dumps(state.to_dict()))
    assert stored["iteration_token"] == "token-1-2" and stored["last_publication_date"] == "2023-10-30"

    with make_client(fake, sleeps) as second_run:
        resumed = TedSyncState.from_dict(stored)
        rest = [hit.publication_number for hit in second_run.search(SINCE_2023, resumed)]
    assert fake.search_bodies[2]["iterationNextToken"] == "token-1-2"
    assert fake.search_bodies[2]["query"] == fake.search_bodies[0]["query"]
    assert seen + rest[1:] == ALL_NUMBERS  # the interrupted page comes again
    assert resumed.complete


def test_next_run_asks_only_since_the_last_date_with_overlap(fake: FakeTed, client: TedSearchClient) -> None:
    state = TedSyncState()
    list(client.search(SINCE_2023, state))
    state = TedSyncState.from_dict(state.to_dict())
    newer = [hit.publication_number for hit in client.search(SINCE_2023, state)]
    assert fake.search_bodies[-2]["query"].startswith("publication-date>=20231225 ")
    assert newer == ["787442-2023"]
    assert state.complete and state.notices == 1 and state.last_publication_date == date(2023, 12, 26)


def test_changed_criteria_forget_the_dates_of_the_old_ones(fake: FakeTed, client: TedSearchClient) -> None:
    state = TedSyncState(criteria_key="something else", last_publication_date=date(2023, 12, 1))
    list(client.search(SINCE_2023, state))
    assert fake.search_bodies[0]["query"].startswith("publication-date>=20230101 ")
    assert state.criteria_key == SINCE_2023.criteria_key()


def test_cancel_stops_between_requests(fake: FakeTed, sleeps: Sleeps) -> None:
    cancelled = False
    with make_client(fake, sleeps, cancel=lambda: cancelled) as ted:
        hits = ted.search(SINCE_2023)
        next(hits)
        next(hits)
        cancelled = True
        with pytest.raises(SourceCancelled):
            next(hits)
    assert len(fake.search_bodies) == 1


def test_sync_state_round_trip_ignores_unknown_keys() -> None:
    state = TedSyncState(criteria_key="k", last_publication_date=date(2024, 5, 6), iteration_token="t", pages=3)
    data = state.to_dict()
    assert data["last_publication_date"] == "2024-05-06"
    assert TedSyncState.from_dict({**data, "from_a_newer_version": 1}) == state
    assert TedSyncState.from_dict({}) == TedSyncState()
    assert state.next_since(date(2024, 1, 1)) == date(2024, 5, 5)
    assert state.next_since(date(2024, 5, 6)) == date(2024, 5, 6)
    assert TedSyncState().next_since(None) is None


def test_publication_numbers_are_normalised() -> None:
    assert normalise_publication_number("00622690-2023") == "622690-2023"
    assert normalise_publication_number("067623-2022") == "67623-2022"
    assert normalise_publication_number("2024-102327") == "2024-102327"
