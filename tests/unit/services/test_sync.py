"""The TED sync service against the local fake TED: full, incremental, faults, resumption, nothing half-stored."""

from __future__ import annotations

import socket
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from tender_helper.core.company import Company, NoticeKind, SearchProfile
from tender_helper.core.errors import InvalidInput
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.services.sync import NORDIC_COUNTRIES, SyncService, query_for_profiles
from tender_helper.sources.http import HttpSettings
from tender_helper.sources.http_errors import NetworkUnavailable
from tender_helper.storage import notices_repo
from tender_helper.storage.notice_models import NoticeCpvRow
from tender_helper.storage.notices_repo import NoticeFilter, NoticeRepository
from tests.support.fake_ted import FakeTed, Fault

ALL_NUMBERS = ["544961-2023", "574413-2023", "660556-2023", "701354-2023", "787442-2023"]
FAST = HttpSettings(max_requests_per_second=None, backoff_base=0.01, read_timeout=2.0, max_retries=2)


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def service(context: AppContext, sleeps: Sleeps) -> SyncService:
    return SyncService(context.database, context.settings, http_settings=FAST, page_size=2, sleep=sleeps)


def stored_ids(context: AppContext) -> list[str]:
    rows = NoticeService(context.database).list(NoticeFilter(), sort="published")
    return [row.source_id for row in rows]


def sync_state(context: AppContext) -> dict[str, Any]:
    with context.database.session() as session:
        return NoticeRepository(session).sync_state("ted")


def test_full_sync_stores_every_notice_and_the_state(
    context: AppContext, service: SyncService, fake_ted: FakeTed
) -> None:
    result = service.sync(base_url=fake_ted.base_url)
    assert (result.new, result.changed, result.failed, result.complete) == (5, 0, [], True)
    assert len(result.new_ids) == 5 and result.total == 5
    assert stored_ids(context) == ALL_NUMBERS
    state = sync_state(context)
    assert state["complete"] is True and state["iteration_token"] is None and state["retry"] == []
    assert state["last_publication_date"] == "2023-12-26"
    query = fake_ted.search_bodies[0]["query"]
    assert query.startswith("buyer-country IN (DNK FIN NOR SWE) AND form-type IN (competition planning change)")


def test_second_run_asks_only_since_the_last_date(context: AppContext, service: SyncService, fake_ted: FakeTed) -> None:
    service.sync(base_url=fake_ted.base_url)
    first_run_requests = len(fake_ted.search_bodies)
    again = service.sync(base_url=fake_ted.base_url)
    later = fake_ted.search_bodies[first_run_requests:]
    assert later and all(body["query"].startswith("publication-date>=20231225 ") for body in later)
    assert (again.new, again.changed, again.unchanged, again.complete) == (0, 0, 1, True)
    assert stored_ids(context) == ALL_NUMBERS


def test_explicit_since_starts_over_from_that_date(service: SyncService, fake_ted: FakeTed) -> None:
    service.sync(base_url=fake_ted.base_url)
    again = service.sync(base_url=fake_ted.base_url, since=date(2023, 10, 1))
    assert fake_ted.search_bodies[-1]["query"].startswith("publication-date>=20231001 ")
    assert again.unchanged == 3


def test_rate_limit_waits_as_long_as_retry_after_says(
    context: AppContext, service: SyncService, fake_ted: FakeTed, sleeps: Sleeps
) -> None:
    fake_ted.fail_next("search", Fault.RATE_LIMIT, retry_after="7")
    result = service.sync(base_url=fake_ted.base_url)
    assert 7.0 in sleeps.calls
    assert result.complete and result.new == 5


def test_server_error_then_success_is_retried(context: AppContext, service: SyncService, fake_ted: FakeTed) -> None:
    fake_ted.fail_next("xml", Fault.SERVER_ERROR)
    fake_ted.fail_next("search", Fault.SERVER_ERROR)
    result = service.sync(base_url=fake_ted.base_url)
    assert (result.new, result.failed, result.complete) == (5, [], True)


def test_malformed_download_is_reported_the_rest_land_and_it_is_retried_next_time(
    context: AppContext, service: SyncService, fake_ted: FakeTed
) -> None:
    fake_ted.fail_next("xml", Fault.MALFORMED_XML)
    result = service.sync(base_url=fake_ted.base_url)
    assert [name for name, _ in result.failed] == ["544961-2023"]
    assert "malformed XML" in result.failed[0][1]
    assert result.new == 4 and stored_ids(context) == ALL_NUMBERS[1:]
    assert [entry["number"] for entry in sync_state(context)["retry"]] == ["544961-2023"]

    again = service.sync(base_url=fake_ted.base_url)
    assert again.new == 1 and again.failed == []
    assert stored_ids(context) == ALL_NUMBERS
    assert sync_state(context)["retry"] == []


def test_expired_token_restarts_once_from_the_last_date(
    context: AppContext, service: SyncService, fake_ted: FakeTed
) -> None:
    def expire_soon(done: int, total: int, name: str) -> None:
        if done == 2:  # page 1 is stored once page 2 has come: the request for page 3 fails
            fake_ted.fail_next("search", Fault.EXPIRED_TOKEN)

    result = service.sync(base_url=fake_ted.base_url, progress=expire_soon)
    assert result.complete and result.new == 5 and result.failed == []
    assert [("iterationNextToken" in body) for body in fake_ted.search_bodies[:4]] == [False, True, True, False]
    assert fake_ted.search_bodies[3]["query"].startswith("publication-date>=20231116 ")  # last date seen minus a day
    assert stored_ids(context) == ALL_NUMBERS


def test_network_down_is_a_typed_error_and_stores_nothing(context: AppContext, service: SyncService) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkUnavailable) as info:
        service.sync(base_url=f"http://127.0.0.1:{port}")
    assert "saved notices are still available" in str(info.value)
    assert stored_ids(context) == [] and sync_state(context) == {}


def test_network_lost_after_the_first_page_keeps_what_landed(
    context: AppContext, service: SyncService, fake_ted: FakeTed
) -> None:
    def server_goes_down(done: int, total: int, name: str) -> None:
        if done == 2:
            fake_ted.fail_next("xml", Fault.SERVER_ERROR, times=10)

    result = service.sync(base_url=fake_ted.base_url, progress=server_goes_down)
    assert result.new == 2 and not result.complete and result.stopped_by
    assert "technical problems" in result.stopped_by
    retry = sync_state(context)["retry"]
    assert [entry["number"] for entry in retry] == ALL_NUMBERS[2:4]


def test_cancel_keeps_what_was_stored(context: AppContext, service: SyncService, fake_ted: FakeTed) -> None:
    downloads: list[str] = []
    result = service.sync(
        base_url=fake_ted.base_url,
        progress=lambda done, total, name: downloads.append(name),
        cancelled=lambda: len(downloads) >= 3,
    )
    assert result.cancelled and not result.complete
    assert stored_ids(context) == ALL_NUMBERS[:3]


def test_a_notice_that_fails_half_way_is_not_stored_at_all(
    context: AppContext, service: SyncService, fake_ted: FakeTed, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_body = notices_repo.search_body

    def failing_body(notice: object) -> str:
        if getattr(notice, "source_id", "") == "660556-2023":  # after the row and its CPV codes were written
            raise InvalidInput("cannot index {value}", value="660556-2023")
        return real_body(notice)  # type: ignore[arg-type]

    monkeypatch.setattr(notices_repo, "search_body", failing_body)
    result = service.sync(base_url=fake_ted.base_url)
    assert result.failed == [("660556-2023", "cannot index 660556-2023")]
    assert "660556-2023" not in stored_ids(context) and len(stored_ids(context)) == 4
    with context.database.session() as session:
        owners = session.execute(select(func.count(func.distinct(NoticeCpvRow.notice_id)))).scalar_one()
    assert owners == 4


def test_query_covers_every_profile() -> None:
    finnish_it = SearchProfile(company_id=1, cpv=("72000000",), nuts=("FI1C",), countries=("FIN",))
    swedish_cleaning = SearchProfile(
        company_id=2, cpv=("90910000",), nuts=("SE11",), notice_kinds=frozenset({NoticeKind.AWARD})
    )
    query = query_for_profiles([finnish_it, swedish_cleaning, SearchProfile(company_id=3)])
    assert query.buyer_countries == ("FIN",)
    assert query.performance_countries == ("SWE",)
    assert query.cpv_codes == ("72000000", "90910000")
    assert query.notice_kinds == frozenset({NoticeKind.CALL_FOR_TENDER, NoticeKind.PRIOR_INFORMATION, NoticeKind.AWARD})


def test_a_profile_without_cpv_drops_the_cpv_clause_and_empty_profiles_ask_for_the_nordics() -> None:
    words_only = SearchProfile(company_id=1, keywords=("siivous",))
    with_cpv = SearchProfile(company_id=2, cpv=("72000000",), countries=("EST",))
    query = query_for_profiles([words_only, with_cpv])
    assert query.cpv_codes == ()
    assert query.buyer_countries == tuple(sorted({*NORDIC_COUNTRIES, "EST"}))
    assert query_for_profiles([]).buyer_countries == NORDIC_COUNTRIES


def test_the_query_comes_from_the_stored_profiles(context: AppContext) -> None:
    companies = CompanyService(context.database)
    company = companies.create(Company(name="Koodi Oy", business_id="1234567-1", country="FI"))
    assert company.id is not None
    companies.save_profile(
        SearchProfile(company_id=company.id, cpv=("72000000",), countries=("FIN",), min_value=Decimal(1))
    )
    query = SyncService(context.database, context.settings).build_query()
    assert (query.buyer_countries, query.cpv_codes) == (("FIN",), ("72000000",))
