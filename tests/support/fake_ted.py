"""A local stand-in for the TED Search API v3 and its notice download, serving fixture notices, with faults."""

from __future__ import annotations

import json
import re
import threading
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ted_api"
VERBATIM_SEARCH_RESPONSE = FIXTURES / "v3_search_response_ND-PD-RN_67623-2022.json"
SEARCH_PATH = "/v3/notices/search"
_NOTICE_PATH = re.compile(r"^/en/notice/(?P<number>\d+-\d{4})/xml$")
_SINCE = re.compile(r"publication-date>=(\d{8})")
NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
    "efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
}
HTML_ERROR_PAGE = (
    b"<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head>"
    b"<body><h1>Service Temporarily Unavailable</h1><p>The server is down for maintenance.</p></body></html>"
)


class Fault(Enum):
    """What the next matching request gets instead of a normal answer."""

    RATE_LIMIT = "429 with Retry-After"
    SERVER_ERROR = "500 with the API's error body"
    READ_TIMEOUT = "no answer until the test ends"
    TRUNCATED_JSON = "200 with half of the JSON"
    HTML_ERROR_PAGE = "200 with an HTML maintenance page"
    MALFORMED_XML = "200 with a cut-off notice XML"
    EXPIRED_TOKEN = "400 EXPIRED_ITERATION_TOKEN"
    QUERY_ERROR = "400 QUERY_SYNTAX_ERROR"


@dataclass(frozen=True)
class FixtureNotice:
    """One real eForms notice and the search fields the fake derives from its XML."""

    publication_number: str
    notice_identifier: str
    version: str
    publication_date: str  # ISO date, e.g. 2023-09-08
    notice_type: str
    form_type: str
    buyer_country: str
    cpv: tuple[str, ...]
    xml: bytes

    @classmethod
    def from_xml(cls, xml: bytes) -> FixtureNotice:
        root = ET.fromstring(xml)
        publication = root.find(".//efac:Publication", NS)
        assert publication is not None, "fixture notices must be TED-published (efac:Publication)"
        number = publication.findtext("efbc:NoticePublicationID", "", NS)
        type_code = root.find("cbc:NoticeTypeCode", NS)
        assert type_code is not None
        buyer_ref = root.findtext("cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID", "", NS)
        country = ""
        for org in root.iterfind(".//efac:Organizations/efac:Organization/efac:Company", NS):
            if org.findtext("cac:PartyIdentification/cbc:ID", "", NS) == buyer_ref:
                country = org.findtext("cac:PostalAddress/cac:Country/cbc:IdentificationCode", "", NS)
        codes = [e.text or "" for e in root.iterfind(".//cbc:ItemClassificationCode[@listName='cpv']", NS)]
        head, _, year = number.partition("-")
        return cls(
            publication_number=f"{int(head)}-{year}",
            notice_identifier=root.findtext("cbc:ID[@schemeName='notice-id']", "", NS),
            version=root.findtext("cbc:VersionID", "", NS),
            publication_date=publication.findtext("efbc:PublicationDate", "", NS)[:10],
            notice_type=type_code.text or "",
            form_type=type_code.get("listName", ""),
            buyer_country=country,
            cpv=tuple(dict.fromkeys(codes)),
            xml=xml,
        )

    def api_object(self, fields: list[str], base_url: str) -> dict[str, Any]:
        """The notice as the search API returns it: the requested fields plus `links`, in the API's shapes."""
        month = int(self.publication_date[5:7])
        offset = "+02:00" if 4 <= month <= 10 else "+01:00"  # the API gives dates in Brussels time
        values: dict[str, Any] = {
            "publication-number": self.publication_number,
            "notice-identifier": self.notice_identifier,
            "notice-version": self.version,
            "publication-date": f"{self.publication_date}{offset}",
            "notice-type": self.notice_type,
            "form-type": self.form_type,
            "buyer-country": [self.buyer_country],
            "classification-cpv": list(self.cpv),
        }
        item = {key: values[key] for key in fields if key in values}
        item["links"] = notice_links(base_url, self.publication_number)
        return item


def notice_links(base_url: str, number: str) -> dict[str, dict[str, str]]:
    """`links` as in the verbatim response: xml keyed MUL, the others by upper-case language."""
    languages = {"ENG": "en", "FIN": "fi", "SWE": "sv"}
    return {
        "xml": {"MUL": f"{base_url}/en/notice/{number}/xml"},
        "pdf": {code: f"{base_url}/{lang}/notice/{number}/pdf" for code, lang in languages.items()},
        "html": {code: f"{base_url}/{lang}/notice/-/detail/{number}" for code, lang in languages.items()},
        "htmlDirect": {code: f"{base_url}/{lang}/notice/{number}/html" for code, lang in languages.items()},
    }


def load_fixture_notices(directory: Path = FIXTURES) -> list[FixtureNotice]:
    notices = [FixtureNotice.from_xml(path.read_bytes()) for path in sorted(directory.glob("*.xml"))]
    return sorted(notices, key=lambda n: (n.publication_date, n.publication_number))


@dataclass
class _Injected:
    fault: Fault
    retry_after: str | None = None


@dataclass
class FakeTed:
    """The fake API's state: notices, queued faults, issued tokens, and every request it received."""

    notices: list[FixtureNotice]
    requests: list[tuple[str, str, dict[str, Any] | None, dict[str, str]]] = field(default_factory=list)
    verbatim_search: bytes | None = None  # when set, every search answers these bytes
    release: threading.Event = field(default_factory=threading.Event)
    _faults: dict[str, deque[_Injected]] = field(default_factory=lambda: {"search": deque(), "xml": deque()})
    _tokens: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the fake first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def search_bodies(self) -> list[dict[str, Any]]:
        return [body or {} for method, path, body, _ in self.requests if path == SEARCH_PATH]

    def fail_next(self, route: str, fault: Fault, *, times: int = 1, retry_after: str | None = None) -> None:
        """Queues `fault` for the next `times` requests to `route` ('search' or 'xml')."""
        with self._lock:
            self._faults[route].extend(_Injected(fault, retry_after) for _ in range(times))

    def take_fault(self, route: str) -> _Injected | None:
        with self._lock:
            queue = self._faults[route]
            return queue.popleft() if queue else None

    def start(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-ted", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.release.set()  # frees handlers that simulate a read timeout
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def search(self, body: dict[str, Any]) -> dict[str, Any] | None:
        """Answers one ITERATION-mode search: pages in publication-date order, a token after each non-empty page.

        None means the token is unknown (the handler answers INVALID_ITERATION_TOKEN).
        """
        since = _SINCE.search(str(body.get("query", "")))
        matching = [n for n in self.notices if not since or n.publication_date.replace("-", "") >= since.group(1)]
        token = body.get("iterationNextToken")
        with self._lock:
            if token and token not in self._tokens:
                return None
            start = self._tokens[token] if token else 0
            page = matching[start : start + int(body.get("limit", 10))]
            next_token = None
            if page:  # like the real API: a token even after the last notice; the next page is empty
                next_token = f"token-{len(self._tokens) + 1}-{start + len(page)}"
                self._tokens[next_token] = start + len(page)
        fields = list(body.get("fields") or [])
        return {
            "notices": [n.api_object(fields, self.base_url) for n in page],
            "totalNoticeCount": len(matching),
            "iterationNextToken": next_token,
        }

    def notice_xml(self, number: str) -> bytes | None:
        return next((n.xml for n in self.notices if n.publication_number == number), None)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeTed

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that gave up (read timeout) leave broken pipes behind; that is expected here."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Keeps test output clean."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        body = json.loads(raw) if raw else None
        self._record(body)
        fake = self.server.fake
        if self.path != SEARCH_PATH:
            return self._send(404, b'{"message":"Not Found"}')
        if not isinstance(body, dict) or "query" not in body or "fields" not in body:
            return self._send(400, b'{"type":"UNSUPPORTED_VALUE","parameterName":"query","unsupportedValue":""}')
        injected = fake.take_fault("search")
        if fake.verbatim_search is not None and injected is None:
            return self._send(200, fake.verbatim_search)
        answer = fake.search(body)
        if answer is None:
            return self._send(400, b'{"type":"INVALID_ITERATION_TOKEN"}')
        payload = json.dumps(answer).encode()
        return self._send(200, payload) if injected is None else self._fault(injected, payload)

    def do_GET(self) -> None:
        self._record(None)
        fake = self.server.fake
        match = _NOTICE_PATH.match(self.path)
        xml = fake.notice_xml(match.group("number")) if match else None
        if xml is None:
            return self._send(404, b"<html><head><title>404 Not Found</title></head></html>", "text/html")
        injected = fake.take_fault("xml")
        if injected is not None:
            return self._fault(injected, xml)
        return self._send(200, xml, "application/xml")

    def _record(self, body: dict[str, Any] | None) -> None:
        with self.server.fake._lock:
            self.server.fake.requests.append((self.command, self.path, body, dict(self.headers.items())))

    def _fault(self, injected: _Injected, good_body: bytes) -> None:
        fault = injected.fault
        if fault is Fault.RATE_LIMIT:
            headers = {"Retry-After": injected.retry_after or "3"}
            return self._send(429, b'{"message":"Too Many Requests"}', extra=headers)
        if fault is Fault.SERVER_ERROR:
            return self._send(500, b'{"message":"Internal Server Error","error":{}}')
        if fault is Fault.READ_TIMEOUT:
            self.server.fake.release.wait(timeout=10)
            return None
        if fault is Fault.TRUNCATED_JSON:
            return self._send(200, good_body[: len(good_body) // 2])
        if fault is Fault.HTML_ERROR_PAGE:
            return self._send(200, HTML_ERROR_PAGE, "text/html; charset=utf-8")
        if fault is Fault.MALFORMED_XML:
            return self._send(200, good_body[: len(good_body) // 3], "application/xml")
        if fault is Fault.EXPIRED_TOKEN:
            return self._send(400, b'{"type":"EXPIRED_ITERATION_TOKEN"}')
        location = {"beginLine": 1, "beginColumn": 5, "endLine": 1, "endColumn": 9}
        return self._send(400, json.dumps({"type": "QUERY_SYNTAX_ERROR", "location": location}).encode())

    def _send(
        self, status: int, body: bytes, content_type: str = "application/json", extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def running_fake_ted(notices: list[FixtureNotice] | None = None) -> Iterator[FakeTed]:
    """Starts a fake TED on 127.0.0.1 with a free port and stops it afterwards."""
    fake = FakeTed(notices if notices is not None else load_fixture_notices())
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def fake_ted() -> Iterator[FakeTed]:
    """A running fake TED serving the fixture notices; register with `pytest_plugins` or import."""
    with running_fake_ted() as fake:
        yield fake
