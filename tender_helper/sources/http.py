"""One polite HTTP client for every notice source: timeouts, rate limit, retries, size limit, cancel."""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urljoin

import requests
from lxml import etree
from requests.exceptions import InvalidSchema
from requests.structures import CaseInsensitiveDict
from urllib3.exceptions import ReadTimeoutError

from tender_helper import __version__
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput, SourceError
from tender_helper.sources.http_errors import (
    NetworkUnavailable,
    SourceBadResponse,
    SourceCancelled,
    SourceRateLimited,
    SourceRequestRejected,
    SourceServerError,
    SourceTimeout,
)

log = logging.getLogger(__name__)

# Placeholder until the project has a public home page; sources ask for a way to reach the client's maker.
DEFAULT_CONTACT = "+https://github.com/tender-helper/tender-helper"
MEBIBYTE = 1024 * 1024

CancelCheck = Callable[[], bool]


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """The User-Agent every request carries, e.g. 'TenderHelper/0.1.0 (+https://...)'."""
    return f"TenderHelper/{__version__} ({contact})"


@dataclass(frozen=True)
class HttpSettings:
    """How patient and how polite the client is; the defaults suit TED's public API."""

    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    max_requests_per_second: float | None = 2.0  # None or 0: no throttling
    max_retries: int = 4
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    retry_after_cap: float = 120.0  # a longer Retry-After gives up at once instead of waiting
    max_response_bytes: int = 32 * MEBIBYTE
    cancel_poll_interval: float = 0.5
    contact: str = DEFAULT_CONTACT


@dataclass(frozen=True)
class HttpResponse:
    """A completely read response; the connection is already closed when the caller sees it."""

    status: int
    url: str
    content: bytes
    headers: Mapping[str, str] = field(default_factory=CaseInsensitiveDict)

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()

    def describe(self) -> str:
        """A short English description of the body for error messages ('an HTML page "Bad Gateway"')."""
        return describe_body(self.content, self.content_type)


def describe_body(content: bytes, content_type: str = "") -> str:
    """Names what a reply contained so that an unexpected one can be recognised in a bug report."""
    if not content.strip():
        return "an empty reply"
    head = content[:2048].lstrip().lower()
    if content_type == "text/html" or head.startswith((b"<!doctype html", b"<html")):
        match = re.search(rb"<title[^>]*>(.*?)</title>", content[:4096], re.IGNORECASE | re.DOTALL)
        title = match.group(1).decode("utf-8", "replace").strip()[:60] if match else ""
        return f'an HTML page "{title}"' if title else "an HTML page"
    kind = content_type or "data of unknown type"
    return f"{kind}, {len(content)} bytes"


def decode_json(response: HttpResponse, source: str) -> Any:
    """The JSON body, or SourceBadResponse naming what came instead (an HTML page, cut-off JSON...)."""
    content = response.content
    if not content.lstrip().startswith((b"{", b"[")):
        raise SourceBadResponse(source=source, what=response.describe())
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SourceBadResponse(source=source, what=f"incomplete or invalid JSON, {len(content)} bytes") from exc


def check_xml(response: HttpResponse, source: str, roots: Collection[str], subject: str) -> bytes:
    """The body if it is well-formed XML with one of the expected root elements (local names), else SourceBadResponse.

    Parsed without DTDs, entities or network access, so a hostile document cannot reach out or blow up.
    """
    content = response.content
    head = content.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if not head.startswith(b"<") or head.startswith((b"<!doctype html", b"<html")):
        raise SourceBadResponse(source=source, what=f"{response.describe()} instead of {subject}")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceBadResponse(source=source, what=f"malformed XML for {subject}: {exc}") from exc
    name = etree.QName(root).localname
    if name not in roots:
        raise SourceBadResponse(source=source, what=f"XML <{name}> instead of {subject}")
    return content


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _is_retryable_status(status: int) -> bool:
    return status == 429 or 500 <= status <= 599


class HttpClient:
    """Sends requests to one source with a base URL, politeness, retries and cancel between requests.

    Not thread-safe: give each worker its own client. Close it (or use `with`) to release connections.
    """

    def __init__(
        self,
        base_url: str,
        *,
        source_name: str,
        settings: HttpSettings | None = None,
        session: requests.Session | None = None,
        cancel_check: CancelCheck | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.source_name = source_name
        self.settings = settings or HttpSettings()
        self.cancel_check = cancel_check
        self._own_session = session is None
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = user_agent(self.settings.contact)
        self._sleep = sleep
        self._clock = clock
        self._now = now
        self._rng = rng
        self._last_start: float | None = None

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._own_session:
            self._session.close()

    def resolve(self, url: str) -> str:
        """An absolute URL: relative paths are taken from the base URL, absolute ones are kept."""
        return urljoin(self.base_url, url)

    def get(self, url: str, *, headers: Mapping[str, str] | None = None) -> HttpResponse:
        return self.request("GET", url, headers=headers)

    def post_json(self, url: str, body: Mapping[str, Any], *, headers: Mapping[str, str] | None = None) -> HttpResponse:
        return self.request("POST", url, json_body=body, headers=headers)

    def request(
        self,
        method: str,
        url: str,
        *,
        json_body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Sends one logical request, retrying 429, 5xx, timeouts and connection errors with backoff.

        Returns a 1xx-3xx response; raises SourceRequestRejected for other 4xx, and the typed
        network, rate-limit or server error once retries are used up. Only call idempotent requests.
        """
        target = self.resolve(url)
        attempt = 0
        while True:
            self.check_cancel()
            self._throttle()
            retry_after: float | None = None
            try:
                response = self._send_once(method, target, json_body, headers)
            except requests.RequestException as exc:
                failure = self._failure_for_exception(exc)
            else:
                if response.status < 400:
                    return response
                if not _is_retryable_status(response.status):
                    raise SourceRequestRejected(source=self.source_name, status=response.status, body=response.content)
                retry_after = parse_retry_after(response.headers.get("Retry-After"), self._now())
                failure = self._failure_for_status(response.status, retry_after)
            attempt += 1
            delay = self._retry_delay(attempt, retry_after)
            if delay is None:
                raise failure.error from failure.cause
            log.info("%s %s failed (%s); retry %d in %.1f s", method, target, failure.what_happened, attempt, delay)
            self.wait(delay)

    def check_cancel(self) -> None:
        """Raises SourceCancelled when the user asked to stop."""
        if self.cancel_check is not None and self.cancel_check():
            raise SourceCancelled(source=self.source_name)

    def wait(self, seconds: float) -> None:
        """Sleeps, in short slices when a cancel check is set so that cancel is noticed quickly."""
        remaining = seconds
        while remaining > 0:
            self.check_cancel()
            step = min(remaining, self.settings.cancel_poll_interval) if self.cancel_check else remaining
            self._sleep(step)
            remaining -= step

    def _throttle(self) -> None:
        rate = self.settings.max_requests_per_second
        if rate and self._last_start is not None:
            pause = self._last_start + 1.0 / rate - self._clock()
            if pause > 0:
                self.wait(pause)
        self._last_start = self._clock()

    def _retry_delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds before retry `attempt` (1-based), or None when the client should give up."""
        settings = self.settings
        if attempt > settings.max_retries:
            return None
        if retry_after is not None:
            return retry_after if retry_after <= settings.retry_after_cap else None
        ceiling = min(settings.backoff_max, settings.backoff_base * 2 ** (attempt - 1))
        return ceiling / 2 + self._rng() * ceiling / 2  # "equal jitter": never zero, never in lock-step

    def _send_once(
        self, method: str, url: str, json_body: Mapping[str, Any] | None, headers: Mapping[str, str] | None
    ) -> HttpResponse:
        timeout = (self.settings.connect_timeout, self.settings.read_timeout)
        with self._session.request(
            method, url, json=json_body, headers=dict(headers or {}), timeout=timeout, stream=True
        ) as raw:
            content = self._read_limited(raw)
            return HttpResponse(status=raw.status_code, url=raw.url, content=content, headers=raw.headers)

    def _read_limited(self, raw: requests.Response) -> bytes:
        limit = self.settings.max_response_bytes
        too_big = SourceBadResponse(source=self.source_name, what=f"a reply larger than {limit / MEBIBYTE:g} MB")
        declared = raw.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        for chunk in raw.iter_content(chunk_size=64 * 1024):
            size += len(chunk)
            if size > limit:
                raise too_big
            chunks.append(chunk)
        return b"".join(chunks)

    def _failure_for_exception(self, exc: requests.RequestException) -> _Failure:
        source = self.source_name
        # requests reports a read timeout while streaming the body as a ConnectionError wrapping urllib3's.
        if isinstance(exc, requests.ReadTimeout) or (exc.args and isinstance(exc.args[0], ReadTimeoutError)):
            return _Failure(SourceTimeout(source=source, detail=str(exc)), "timed out", exc)
        if isinstance(exc, requests.ConnectionError | requests.exceptions.ChunkedEncodingError):
            return _Failure(NetworkUnavailable(source=source, detail=str(exc)), "connection failed", exc)
        if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema | InvalidSchema):
            message = QT_TRANSLATE_NOOP("Errors", "'{value}' is not a web address Tender Helper can use.")
            raise InvalidInput(message, field="base_url", value=self.base_url) from exc
        raise SourceBadResponse(source=source, what=f"{type(exc).__name__}: {exc}") from exc

    def _failure_for_status(self, status: int, retry_after: float | None) -> _Failure:
        if status == 429:
            return _Failure(SourceRateLimited(source=self.source_name, retry_after=retry_after), "HTTP 429")
        return _Failure(SourceServerError(source=self.source_name, status=status), f"HTTP {status}")


@dataclass(frozen=True)
class _Failure:
    """A retryable failure: the typed error to raise if retries run out, and words for the log."""

    error: SourceError
    what_happened: str
    cause: BaseException | None = None
