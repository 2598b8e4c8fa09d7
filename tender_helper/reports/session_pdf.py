"""Builds the advice session summary PDF (date, duration, topics, notes, follow-ups, hours left) from plain data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from tender_helper.reports.labels import normalise_language
from tender_helper.reports.pdf_common import (
    BODY_W,
    DASH,
    FooterDrawer,
    grid_table,
    page_footer,
    paragraph,
    styles,
    write_pdf,
)
from tender_helper.reports.session_labels import session_labels, topic_label

FollowUpLine = tuple[str, str, date | None, bool]  # text, owner, due, done


@dataclass(frozen=True)
class SessionReportData:
    company_name: str
    business_id: str
    started: datetime  # in the reader's local time
    minutes: int
    topics: tuple[str, ...]
    notes: str
    follow_ups: tuple[FollowUpLine, ...]
    minutes_used: int
    allowance_minutes: int | None
    programme: str = ""
    generated: date = field(default_factory=date.today)


def duration_text(t: dict[str, str], minutes: int) -> str:
    return t["duration_value"].format(hours=minutes // 60, minutes=minutes % 60)


class _Builder:
    def __init__(self, data: SessionReportData, lang: str) -> None:
        self.data = data
        self.lang = lang
        self.t = session_labels(lang)
        self.s = styles()
        self.story: list[Any] = []

    def p(self, text: str, style: str = "cell") -> Paragraph:
        return paragraph(text, self.s[style], line_breaks=True)

    def heading(self, key: str) -> None:
        self.story.append(Paragraph(escape(self.t[key]), self.s["h2"]))

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], header: Sequence[str] = ()) -> Table:
        """Zebra rows under the header; without one, the first column holds bold labels."""
        head = [self.p(text, "head") for text in header] if header else None
        body = [
            [self.p(cell, "cell_bold" if i == 0 and not header else "cell") for i, cell in enumerate(r)] for r in rows
        ]
        return grid_table(head, body, widths)

    def header(self) -> None:
        d, t = self.data, self.t
        self.story += [Paragraph(escape(t["title"]), self.s["title"]), Spacer(1, 6 * mm)]
        rows = [
            (t["company"], d.company_name),
            (t["business_id"], d.business_id),
            (t["date"], d.started.strftime("%Y-%m-%d %H:%M")),
            (t["duration"], duration_text(t, d.minutes)),
        ]
        if d.programme:
            rows.append((t["programme"], d.programme))
        self.story.append(self.table(rows, (BODY_W * 0.3, BODY_W * 0.7)))

    def topics(self) -> None:
        self.heading("topics")
        names = [topic_label(self.lang, topic) for topic in self.data.topics]
        self.story.append(self.p(" · ".join(names) if names else self.t["none"], "body"))

    def notes(self) -> None:
        self.heading("notes")
        self.story.append(self.p(self.data.notes.strip() or self.t["none"], "body"))

    def follow_ups(self) -> None:
        t = self.t
        self.heading("follow_ups")
        if not self.data.follow_ups:
            self.story.append(self.p(t["none"], "body"))
            return
        rows = [
            (text, owner or DASH, due.isoformat() if due else DASH, t["done"] if done else t["open"])
            for text, owner, due, done in self.data.follow_ups
        ]
        widths = (BODY_W * 0.5, BODY_W * 0.2, BODY_W * 0.15, BODY_W * 0.15)
        self.story.append(self.table(rows, widths, (t["task"], t["owner"], t["due"], t["status"])))

    def hours(self) -> None:
        d, t = self.data, self.t
        rows = [(t["used"], duration_text(t, d.minutes_used))]
        if d.allowance_minutes is None:
            rows.append((t["allowance"], t["no_limit"]))
        else:
            left = d.allowance_minutes - d.minutes_used
            sign = "-" if left < 0 else ""
            rows += [
                (t["allowance"], duration_text(t, d.allowance_minutes)),
                (t["left"], sign + duration_text(t, abs(left))),
            ]
        title = Paragraph(escape(t["hours"]), self.s["h2"])
        self.story.append(KeepTogether([title, self.table(rows, (BODY_W * 0.3, BODY_W * 0.7))]))

    def build(self) -> list[Any]:
        self.header()
        self.topics()
        self.notes()
        self.follow_ups()
        self.hours()
        return self.story


def _footer(data: SessionReportData, lang: str) -> FooterDrawer:
    t = session_labels(lang)
    left = f"{data.company_name} · {t['title']}"
    return page_footer(left, f"{t['generated']} {data.generated.isoformat()}", t["page"])


def build_session_pdf(data: SessionReportData, path: Path, lang: str) -> Path:
    """Writes the summary as an A4 PDF to `path` (temporary file + rename) and returns the path."""
    code = normalise_language(lang)
    story = _Builder(data, code).build()
    title = f"{session_labels(code)['title']} – {data.company_name}"
    return write_pdf(story, path, prefix=".session-", title=title, author=data.company_name, footer=_footer(data, code))
