"""Tests of the shared HTTP client: retries, Retry-After, politeness, timeouts, size limit and cancel."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from requests.structures import CaseInsensitiveDict

from tender_helper import __version__
from tender_helper.core.errors import InvalidInput
from tender_helper.sources.http import HttpClient, HttpSettings, describe_body, parse_retry_after, user_agent
from tender_helper.sources.http_errors import (
    NetworkUnavailable,
    SourceBadResponse,
    SourceCancelled,
    SourceRateLimited,
    SourceRequestRejected,
    SourceServerError,
    SourceTimeout,
)
from tests.support.fake_ted import SEARCH_PATH, FakeTed, Fault, running_fake_ted

SEARCH_BODY = {"query": "publication-date>=20230101", "fields": ["publication-number"], "limit": 2}
NOTICE_XML = "/en/notice/544961-2023/xml"


class FakeTime:
    """Stands in for time.sleep and time.monotonic: sleeping only advances the clock and is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


class StubSession(requests.Session):
    """Answers every request with `body` without a network, recording the keyword arguments."""

    def __init__(self, body: bytes = b"{}", headers: dict[str, str] | None = None) -> None:
        super().__init__()
        self.body = body
        self.reply_headers = headers or {}
        self.calls: list[dict[str, Any]] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        self.calls.append({"method": method, "url": url, **kwargs})
        response = requests.Response()
        response.status_code = 200
        response.url = str(url)
        response.raw = io.BytesIO(self.body)
        response.headers = CaseInsensitiveDict(self.reply_headers)
        return response


@pytest.fixture
def fake() -> Iterator[FakeTed]:
    with running_fake_ted() as server:
        yield server


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def make_client(base_url: str, fake_time: FakeTime, **settings: Any) -> HttpClient:
    settings.setdefault("read_timeout", 0.5)
    return HttpClient(
        base_url,
        source_name="TED",
        settings=HttpSettings(**settings),
        sleep=fake_time.sleep,
        clock=fake_time.clock,
        rng=lambda: 0.5,
    )


def test_sends_user_agent_and_returns_the_body(fake: FakeTed, fake_time: FakeTime) -> None:
    with make_client(fake.base_url, fake_time) as client:
        response = client.get(NOTICE_XML)
    assert response.status == 200
    assert response.content == fake.notice_xml("544961-2023")
    assert response.content_type == "application/xml"
    assert (
        fake.requests[0][3]["User-Agent"]
        == f"TenderHelper/{__version__} (+https://github.com/tender-helper/tender-helper)"
    )
    assert user_agent("+mailto:x@example.org") == f"TenderHelper/{__version__} (+mailto:x@example.org)"


def test_every_call_has_connect_and_read_timeouts_and_relative_urls_use_the_base(fake_time: FakeTime) -> None:
    session = StubSession()
    settings = HttpSettings(connect_timeout=3.0, read_timeout=7.0)
    client = HttpClient(
        "https://api.example.org/api", source_name="X", settings=settings, session=session, sleep=fake_time.sleep
    )
    client.post_json("v3/notices/search", {"a": 1})
    client.get("https://other.example.org/file.xml")
    assert [call["timeout"] for call in session.calls] == [(3.0, 7.0), (3.0, 7.0)]
    assert [call["url"] for call in session.calls] == [
        "https://api.example.org/api/v3/notices/search",
        "https://other.example.org/file.xml",
    ]
    assert session.calls[0]["json"] == {"a": 1}
    session.close()


def test_rate_limit_waits_the_retry_after_seconds_then_succeeds(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.RATE_LIMIT, retry_after="7")
    with make_client(fake.base_url, fake_time, max_requests_per_second=None) as client:
        response = client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert response.status == 200
    assert len(fake.requests) == 2
    assert fake_time.sleeps == [7.0]


def test_retry_after_as_http_date_is_honoured(fake: FakeTed, fake_time: FakeTime) -> None:
    when = datetime(2024, 3, 5, 10, 0, 30, tzinfo=UTC)
    fake.fail_next("search", Fault.RATE_LIMIT, retry_after="Tue, 05 Mar 2024 10:00:42 GMT")
    settings = HttpSettings(max_requests_per_second=None)
    with HttpClient(
        fake.base_url, source_name="TED", settings=settings, sleep=fake_time.sleep, now=lambda: when
    ) as client:
        client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert fake_time.sleeps == [12.0]


def test_retry_after_beyond_the_cap_gives_up_at_once(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.RATE_LIMIT, retry_after="3600")
    with (
        make_client(fake.base_url, fake_time, retry_after_cap=120.0) as client,
        pytest.raises(SourceRateLimited) as info,
    ):
        client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert info.value.retry_after == 3600.0
    assert info.value.params["minutes"] == 60
    assert len(fake.requests) == 1
    assert fake_time.sleeps == []


def test_persistent_rate_limit_raises_after_the_retries(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.RATE_LIMIT, times=5, retry_after="2")
    with make_client(fake.base_url, fake_time, max_retries=2) as client, pytest.raises(SourceRateLimited):
        client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert len(fake.requests) == 3
    assert [s for s in fake_time.sleeps if s == 2.0] == [2.0, 2.0]


def test_server_error_then_success_backs_off_with_jitter(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.SERVER_ERROR)
    with make_client(fake.base_url, fake_time, max_requests_per_second=None, backoff_base=2.0) as client:
        response = client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert response.status == 200
    assert len(fake.requests) == 2
    assert fake_time.sleeps == [1.5]  # half the 2 s ceiling plus rng 0.5 of the other half


def test_server_errors_back_off_exponentially_then_raise(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.SERVER_ERROR, times=10)
    client = make_client(fake.base_url, fake_time, max_requests_per_second=None, max_retries=4, backoff_max=5.0)
    with client, pytest.raises(SourceServerError) as info:
        client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert info.value.status == 500
    assert "error 500" in str(info.value)
    assert len(fake.requests) == 5
    assert fake_time.sleeps == [0.75, 1.5, 3.0, 3.75]  # 1, 2, 4, then capped at 5 s


def test_read_timeout_is_retried(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.READ_TIMEOUT)
    with make_client(fake.base_url, fake_time, read_timeout=0.2) as client:
        response = client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert response.status == 200
    assert len(fake.requests) == 2


def test_read_timeouts_until_retries_run_out_raise_source_timeout(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.READ_TIMEOUT, times=2)
    client = make_client(fake.base_url, fake_time, read_timeout=0.2, max_retries=1)
    with client, pytest.raises(SourceTimeout) as info:
        client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert isinstance(info.value, NetworkUnavailable)
    assert "did not answer in time" in str(info.value)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_raises_network_unavailable_after_retries(fake_time: FakeTime) -> None:
    client = make_client(f"http://127.0.0.1:{free_port()}", fake_time, max_retries=2)
    with client, pytest.raises(NetworkUnavailable) as info:
        client.get("/anything")
    assert not isinstance(info.value, SourceTimeout)
    assert str(info.value) == (
        "TED could not be reached. Check your internet connection; your saved notices are still available."
    )
    assert info.value.exit_code == 4
    finnish = info.value.translated(lambda context, text: text.replace("{source} could not", "{source} ei"))
    assert finnish.startswith("TED ei")
    assert len([s for s in fake_time.sleeps if s >= 0.5]) == 2


@pytest.mark.parametrize("base_url", ["api.ted.europa.eu", "ftp://api.ted.europa.eu/", "http://"])
def test_unusable_base_url_is_invalid_input(base_url: str, fake_time: FakeTime) -> None:
    with make_client(base_url, fake_time) as client, pytest.raises(InvalidInput) as info:
        client.get("v3/notices/search")
    assert info.value.field == "base_url"


def test_other_client_errors_are_not_retried(fake: FakeTed, fake_time: FakeTime) -> None:
    with make_client(fake.base_url, fake_time) as client, pytest.raises(SourceRequestRejected) as info:
        client.get("/en/notice/1-2000/xml")
    assert info.value.status == 404
    assert b"404 Not Found" in info.value.body
    assert len(fake.requests) == 1


def test_cancel_before_the_first_request_sends_nothing(fake: FakeTed, fake_time: FakeTime) -> None:
    client = HttpClient(fake.base_url, source_name="TED", cancel_check=lambda: True, sleep=fake_time.sleep)
    with client, pytest.raises(SourceCancelled):
        client.get(NOTICE_XML)
    assert fake.requests == []


def test_cancel_during_a_retry_wait_stops_between_slices(fake: FakeTed, fake_time: FakeTime) -> None:
    fake.fail_next("search", Fault.RATE_LIMIT, retry_after="60")
    settings = HttpSettings(max_requests_per_second=None, cancel_poll_interval=0.5)
    client = HttpClient(
        fake.base_url,
        source_name="TED",
        settings=settings,
        cancel_check=lambda: len(fake_time.sleeps) >= 3,
        sleep=fake_time.sleep,
        clock=fake_time.clock,
    )
    with client, pytest.raises(SourceCancelled):
        client.post_json(SEARCH_PATH, SEARCH_BODY)
    assert fake_time.sleeps == [0.5, 0.5, 0.5]
    assert len(fake.requests) == 1


def test_politeness_spaces_requests(fake_time: FakeTime) -> None:
    session = StubSession()
    client = HttpClient(
        "https://api.example.org/",
        source_name="X",
        settings=HttpSettings(max_requests_per_second=2.0),
        session=session,
        sleep=fake_time.sleep,
        clock=fake_time.clock,
    )
    for _ in range(3):
        client.get("x")
    fake_time.now += 5.0  # a long pause needs no extra wait
    client.get("x")
    assert fake_time.sleeps == [0.5, 0.5]
    session.close()


def test_response_over_the_declared_size_limit_is_refused(fake: FakeTed, fake_time: FakeTime) -> None:
    client = make_client(fake.base_url, fake_time, max_response_bytes=1000)
    with client, pytest.raises(SourceBadResponse) as info:
        client.get(NOTICE_XML)
    assert "larger than" in info.value.what


def test_streamed_response_without_length_is_cut_at_the_limit(fake_time: FakeTime) -> None:
    session = StubSession(body=b"x" * 5000)
    settings = HttpSettings(max_response_bytes=4096)
    client = HttpClient(
        "https://api.example.org/", source_name="X", settings=settings, session=session, sleep=fake_time.sleep
    )
    with pytest.raises(SourceBadResponse):
        client.get("big")
    session.body = b"x" * 4096
    assert len(client.get("ok").content) == 4096
    session.close()


def test_parse_retry_after() -> None:
    now = datetime(2024, 3, 5, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after(" 5 ", now) == 5.0
    assert parse_retry_after(None, now) is None
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("Tue, 05 Mar 2024 10:01:00 GMT", now) == 60.0
    assert parse_retry_after("Tue, 05 Mar 2024 09:00:00 GMT", now) == 0.0
    assert parse_retry_after((now + timedelta(seconds=9)).strftime("%a, %d %b %Y %H:%M:%S GMT"), now) == 9.0


def test_describe_body_names_what_came_back() -> None:
    assert describe_body(b"") == "an empty reply"
    page = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>"
    assert describe_body(page) == 'an HTML page "502 Bad Gateway"'
    assert describe_body(b"<p>oops</p>", "text/html") == "an HTML page"
    assert describe_body(b"%PDF-1.4", "application/pdf") == "application/pdf, 8 bytes"
