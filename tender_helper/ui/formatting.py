"""Dates and amounts written the way the user's locale writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tender_helper.ui.qt import QDate, QDateTime, QLocale


def local_datetime_text(moment: datetime) -> str:
    """A stored UTC time (naive) in the user's time zone and short locale format, e.g. 26.11.2026 12.05."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return QLocale().toString(QDateTime(aware.astimezone()), QLocale.FormatType.ShortFormat)


def date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
