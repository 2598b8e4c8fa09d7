"""Builds the advice session summary PDF (date, duration, topics, notes, follow-ups, hours left) from plain data."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tender_helper.reports.labels import normalise_language
from tender_helper.reports.session_labels import session_labels, topic_label
from tender_helper.reports.sustainability_pdf import (
    BODY_W,
    DASH,
    FONT,
    GREY,
    MARGIN,
    NAVY,
    PAGE_W,
    RULE,
    ZEBRA,
    _styles,
)

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
        self.s = _styles()
        self.story: list[Any] = []

    def p(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), self.s[style])

    def heading(self, key: str) -> None:
        self.story.append(Paragraph(escape(self.t[key]), self.s["h2"]))

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], header: Sequence[str] = ()) -> Table:
        head = [[self.p(text, "head") for text in header]] if header else []
        body = [
            [self.p(cell, "cell_bold" if i == 0 and not header else "cell") for i, cell in enumerate(r)] for r in rows
        ]
        table = Table([*head, *body], colWidths=widths, repeatRows=len(head))
        offset = len(head)
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, offset), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style.append(("BACKGROUND", (0, 0), (-1, 0), NAVY) if head else ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY))
        style += [("BACKGROUND", (0, r + offset), (-1, r + offset), ZEBRA) for r in range(1, len(rows), 2)]
        table.setStyle(TableStyle(style))
        return table

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


def _canvas_with_footer(draw_footer: Callable[[Any, int, int], None]) -> type:
    class FooterCanvas(Canvas):
        """Defers page output so every footer can say 'page n of N'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's method name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                draw_footer(self, self._pageNumber, len(self._pages))
                super().showPage()
            super().save()

    return FooterCanvas


def _footer(data: SessionReportData, lang: str) -> Callable[[Any, int, int], None]:
    t = session_labels(lang)
    left = f"{data.company_name} · {t['title']}"
    generated = f"{t['generated']} {data.generated.isoformat()}"

    def draw(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, 13 * mm, PAGE_W - MARGIN, 13 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 9 * mm, left)
        canvas.drawCentredString(PAGE_W / 2, 9 * mm, generated)
        canvas.drawRightString(PAGE_W - MARGIN, 9 * mm, t["page"].format(page=page, pages=pages))
        canvas.restoreState()

    return draw


def build_session_pdf(data: SessionReportData, path: Path, lang: str) -> Path:
    """Writes the summary as an A4 PDF to `path` (temporary file + rename) and returns the path."""
    code = normalise_language(lang)
    path = Path(path)
    story = _Builder(data, code).build()
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".session-", suffix=".pdf")
    os.close(fd)
    try:
        doc = SimpleDocTemplate(
            tmp_name,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=20 * mm,
            title=f"{session_labels(code)['title']} – {data.company_name}",
            author=data.company_name,
        )
        doc.build(story, canvasmaker=_canvas_with_footer(_footer(data, code)))
        os.replace(tmp_name, path)
        tmp_name = ""
    finally:
        if tmp_name:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
    return path
