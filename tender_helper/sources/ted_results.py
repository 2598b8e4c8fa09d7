"""Owns reading TED search responses: hits, pages, publication numbers, and the API's documented error bodies."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tender_helper.sources.http import HttpResponse, decode_json
from tender_helper.sources.http_errors import (
    IterationTokenExpired,
    SourceBadResponse,
    SourceQueryError,
    SourceRequestRejected,
)

SOURCE_NAME = "TED"
_TOKEN_ERRORS = frozenset({"EXPIRED_ITERATION_TOKEN", "INVALID_ITERATION_TOKEN"})


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


def rejection_error(exc: SourceRequestRejected) -> Exception:
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


def parse_page(response: HttpResponse) -> TedPage:
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
