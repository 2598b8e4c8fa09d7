"""Builds the bid report PDF from plain data: notice, lots, bid/no-bid, timeline, checklist, documents, open items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from tender_helper.reports.bid_labels import bid_labels
from tender_helper.reports.labels import normalise_language
from tender_helper.reports.pdf_common import (
    BODY_W,
    DASH,
    RULE,
    FooterDrawer,
    grid_table,
    page_footer,
    paragraph,
    styles,
    write_pdf,
)

OPEN_STATUSES = ("todo", "in_progress")


@dataclass(frozen=True)
class ReportStep:
    category: str
    title: str
    status: str  # todo, in_progress, done, not_applicable
    due: date | None
    due_estimated: bool = False
    notes: str = ""
    auto_done: bool = False  # ticked because every document it needs is valid
    problems: tuple[tuple[str, str], ...] = ()  # (document type id, check state) of documents that will not do


@dataclass(frozen=True)
class ReportDocument:
    type_id: str
    state: str  # valid, no_date, expires_before_deadline, expired, missing, deleted
    title: str = ""
    file_name: str = ""
    valid_until: date | None = None


@dataclass(frozen=True)
class ReportReason:
    effect: str  # ok, weak, condition, blocker
    question: str
    answer: str


@dataclass(frozen=True)
class BidReportData:
    company_name: str
    business_id: str
    notice_title: str
    notice_reference: str
    buyer: str
    status: str
    procedure: str = ""
    nature: str = ""
    cpv: tuple[str, ...] = ()
    estimated_value: str = ""
    url: str = ""
    lots: tuple[tuple[str, str], ...] = ()  # (lot id, title); empty: the whole contract
    no_bid_reason: str = ""
    recommendation: str = ""  # label in the report language; empty when there is none yet
    decision: str = ""  # the user's own decision when it overrules the recommendation
    decision_reason: str = ""
    score: float | None = None
    reasons: tuple[ReportReason, ...] = ()
    timeline: tuple[tuple[str, datetime | date | None, bool], ...] = ()  # (milestone key, when, estimated)
    steps: tuple[ReportStep, ...] = ()
    documents: tuple[ReportDocument, ...] = ()
    generated: date = field(default_factory=date.today)


def _when(value: datetime | date | None, t: dict[str, str]) -> str:
    if value is None:
        return t["not_known"]
    if isinstance(value, datetime):
        offset = value.strftime("%z")
        suffix = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
        return value.strftime("%Y-%m-%d %H:%M") + suffix
    return value.isoformat()


class _Builder:
    def __init__(self, data: BidReportData, lang: str) -> None:
        self.data = data
        self.t = bid_labels(lang)
        self.s = styles()
        self.story: list[Any] = []

    def p(self, text: str, style: str = "cell") -> Paragraph:
        return paragraph(text, self.s[style], line_breaks=True)

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
        body = [[self.p(cell) for cell in row] for row in rows]
        return grid_table([self.p(h, "head") for h in header], body, widths)

    def pairs(self, rows: Sequence[tuple[str, str]]) -> Table:
        table = Table(
            [[self.p(k, "cell_bold"), self.p(v or DASH)] for k, v in rows], colWidths=(BODY_W * 0.28, BODY_W * 0.72)
        )
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        return table

    def section(self, key: str, *flowables: Any) -> None:
        self.story += [CondPageBreak(40 * mm), Paragraph(escape(self.t[key]), self.s["h2"]), *flowables]

    def build(self) -> list[Any]:
        self.header()
        self.decision()
        self.timeline()
        self.checklist()
        self.documents()
        self.open_items()
        return self.story

    def header(self) -> None:
        d, t = self.data, self.t
        self.story += [
            Paragraph(escape(t["title"]), self.s["title"]),
            Spacer(1, 2 * mm),
            Paragraph(escape(d.notice_title), self.s["subtitle"]),
            Spacer(1, 5 * mm),
        ]
        rows = [
            (t["company"], f"{d.company_name} ({d.business_id})"),
            (t["status"], t.get(f"bid.{d.status}", d.status)),
            (t["notice"], d.notice_title),
            (t["reference"], d.notice_reference),
            (t["buyer"], d.buyer),
            (t["procedure"], d.procedure),
            (t["nature"], d.nature),
            (t["cpv"], ", ".join(d.cpv)),
            (t["value"], d.estimated_value),
            (t["link"], d.url),
        ]
        self.story.append(self.pairs(rows))
        lots = [f"{lot_id} – {title}" if title else lot_id for lot_id, title in d.lots] or [t["all_lots"]]
        self.section("lots", *[self.p(f"• {line}", "body") for line in lots])

    def decision(self) -> None:
        d, t = self.data, self.t
        rows = [(t["recommendation"], d.recommendation or t["not_assessed"])]
        if d.score is not None:
            rows.append((t["score"], f"{round(d.score * 100)} / 100"))
        if d.decision:
            rows += [(t["own_decision"], d.decision), (t["decision_reason"], d.decision_reason)]
        if d.status == "no_bid":
            rows.append((t["no_bid_reason"], d.no_bid_reason))
        flowables: list[Any] = [self.pairs(rows)]
        if d.reasons:
            header = [t["question"], t["answer"]]
            reasons = [[r.question, r.answer] for r in d.reasons]
            flowables += [Spacer(1, 3 * mm), self.grid(header, reasons, (BODY_W * 0.5, BODY_W * 0.5))]
        self.section("decision", *flowables)

    def timeline(self) -> None:
        t = self.t
        rows = [
            [t.get(f"ms.{key}", key), _when(when, t) + (f" ({t['estimated']})" if estimated and when else "")]
            for key, when, estimated in self.data.timeline
        ]
        self.section("timeline", self.grid([t["step"], t["when"]], rows, (BODY_W * 0.5, BODY_W * 0.5)))

    def step_rows(self, steps: Sequence[ReportStep]) -> list[list[str]]:
        t = self.t
        rows = []
        for step in steps:
            status = t.get(f"item.{step.status}", step.status) + (f" ({t['auto_done']})" if step.auto_done else "")
            due = DASH if step.due is None else step.due.isoformat() + (" *" if step.due_estimated else "")
            problems = [f"{t.get('type.' + k, k)}: {t.get('doc.' + s, s)}" for k, s in step.problems]
            detail = "\n".join(filter(None, [step.notes, *problems]))
            rows.append([step.title, due, status, detail])
        return rows

    def checklist(self) -> None:
        t = self.t
        widths = (BODY_W * 0.42, BODY_W * 0.13, BODY_W * 0.17, BODY_W * 0.28)
        flowables: list[Any] = []
        for category, steps in groupby(self.data.steps, key=lambda s: s.category):
            flowables.append(Paragraph(escape(t.get(f"cat.{category}", category)), self.s["cell_bold"]))
            header = [t["step"], t["due"], t["status"], t["notes"]]
            flowables += [self.grid(header, self.step_rows(list(steps)), widths), Spacer(1, 3 * mm)]
        self.section("checklist", *flowables)
        self.story.append(self.p(f"* {t['estimated']}", "small"))

    def documents(self) -> None:
        t = self.t
        if not self.data.documents:
            self.section("documents", self.p(t["no_documents"], "body"))
            return
        rows = [
            [
                t.get(f"type.{doc.type_id}", doc.type_id),
                doc.title or doc.file_name or DASH,
                DASH if doc.valid_until is None else doc.valid_until.isoformat(),
                t.get(f"doc.{doc.state}", doc.state),
            ]
            for doc in self.data.documents
        ]
        header = [t["document_type"], t["file"], t["valid_until"], t["status"]]
        widths = (BODY_W * 0.3, BODY_W * 0.3, BODY_W * 0.15, BODY_W * 0.25)
        self.section("documents", self.grid(header, rows, widths))

    def open_items(self) -> None:
        t = self.t
        steps = [s for s in self.data.steps if s.status in OPEN_STATUSES and not s.auto_done]
        if not steps:
            self.section("open_items", self.p(t["nothing_open"], "body"))
            return
        ordered = sorted(steps, key=lambda s: (s.due is None, s.due or date.max))
        widths = (BODY_W * 0.42, BODY_W * 0.13, BODY_W * 0.17, BODY_W * 0.28)
        header = [t["step"], t["due"], t["status"], t["notes"]]
        self.section("open_items", self.grid(header, self.step_rows(ordered), widths))


def _footer(data: BidReportData, lang: str) -> FooterDrawer:
    t = bid_labels(lang)
    left = f"{data.company_name} · {data.notice_reference}"
    return page_footer(left[:90], f"{t['generated']} {data.generated.isoformat()}", t["page"])


def build_bid_pdf(data: BidReportData, path: Path, lang: str) -> Path:
    """Writes the bid report as an A4 PDF to `path` (temporary file + rename) and returns the path."""
    code = normalise_language(lang)
    story = _Builder(data, code).build()
    title = f"{bid_labels(code)['title']} – {data.notice_title}"
    return write_pdf(story, path, prefix=".bid-", title=title, author=data.company_name, footer=_footer(data, code))
