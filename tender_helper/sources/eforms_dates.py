"""eForms dates and times (`2023-11-15+02:00`, `12:00:00+02:00`, `Z`, fractions) into Python values."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.core.notice import Moment
from tender_helper.sources.errors import InvalidNotice

_OFFSET = r"(?P<offset>Z|[+-]\d{2}:\d{2})?"
_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})" + _OFFSET)
_TIME = re.compile(r"(?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d+))?)?" + _OFFSET)


def _offset(text: str | None) -> tzinfo | None:
    if text is None:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    hours, minutes = int(text[1:3]), int(text[4:6])
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _bad(value: str, name: str) -> InvalidNotice:
    return InvalidNotice(
        QT_TRANSLATE_NOOP("Errors", "{name} has a date or time that cannot be read: '{value}'."),
        name=name,
        value=value,
    )


def parse_date(text: str, *, name: str) -> tuple[date, tzinfo | None]:
    """`2023-11-15+02:00` -> (date(2023, 11, 15), UTC+2); the offset is None when the notice gave none."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise _bad(text, name)
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
        return day, _offset(match["offset"])
    except ValueError:
        raise _bad(text, name) from None


def parse_time(text: str, *, name: str) -> tuple[time, tzinfo | None]:
    """`11:25:29.0000000+03:00` -> (time(11, 25, 29), UTC+3); fractions beyond microseconds are cut."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise _bad(text, name)
    micro = int((match["f"] or "0")[:6].ljust(6, "0"))
    try:
        return time(int(match["h"]), int(match["mi"]), int(match["s"] or 0), micro), _offset(match["offset"])
    except ValueError:
        raise _bad(text, name) from None


def combine(date_text: str | None, time_text: str | None, *, name: str) -> Moment | None:
    """A deadline from BT-131(d)/(t): an aware datetime with the offset given, or a date when no time is."""
    if not date_text:
        return None
    day, date_zone = parse_date(date_text, name=name)
    if not time_text:
        return day
    clock, time_zone = parse_time(time_text, name=name)
    # The time's offset is the one of the moment; the date's only stands in when the time has none.
    return datetime.combine(day, clock, tzinfo=time_zone or date_zone)
