"""Owns the reportlab house style shared by every report: page geometry, colours, styles, grids, footer and writing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from tender_helper.atomic_files import replacing

# Helvetica (WinAnsi) covers å ä ö ø æ and š ž, which is all Finnish, Swedish and Norwegian need.
FONT, FONT_BOLD = "Helvetica", "Helvetica-Bold"
NAVY = colors.HexColor("#1B3A57")
PALE = colors.HexColor("#EAF0F6")
ZEBRA = colors.HexColor("#F6F8FA")
RULE = colors.HexColor("#C5D0DB")
GREY = colors.HexColor("#5A6570")
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
DASH = "–"

FooterDrawer = Callable[[Any, int, int], None]  # (canvas, page number, page count)


class NumberFormat:
    """Number formatting in a report language: as-is in English, space and decimal comma in the Nordic ones."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def num(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return DASH
        text = f"{value:,.{decimals}f}"
        if self.lang == "eng":
            return text
        return text.replace(",", "\u00a0").replace(".", ",")

    def auto(self, value: float | None) -> str:
        """Whole numbers without decimals, anything else with two."""
        if value is None:
            return DASH
        return self.num(value, 0 if float(value).is_integer() else 2)

    def factor(self, value: float) -> str:
        """Emission factors keep up to five significant decimals and drop trailing zeros."""
        text = f"{value:.5f}".rstrip("0")
        text = text + "0" if text.endswith(".") else text
        return text if self.lang == "eng" else text.replace(".", ",")


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles by name: title, subtitle, h2, body, small, cell (plain/bold/right), head, figure."""
    base = getSampleStyleSheet()["Normal"]
    body = ParagraphStyle("body", parent=base, fontName=FONT, fontSize=9, leading=12)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=22, leading=26, textColor=NAVY),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=11, leading=15, textColor=GREY),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "cell_right_bold": ParagraphStyle(
            "cell_right_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=colors.white),
        "figure": ParagraphStyle("figure", parent=body, fontName=FONT_BOLD, fontSize=15, leading=18, textColor=NAVY),
    }


def paragraph(text: str, style: ParagraphStyle, line_breaks: bool = False) -> Paragraph:
    """Plain text as a Paragraph (markup escaped); with `line_breaks`, newlines in the text stay line breaks."""
    markup = escape(text)
    return Paragraph(markup.replace("\n", "<br/>") if line_breaks else markup, style)


def grid_table(
    header: Sequence[Paragraph] | None,
    body: Sequence[Sequence[Paragraph]],
    widths: Sequence[float],
    bold_last: int = 0,
) -> Table:
    """Zebra rows under a navy header, or under a navy rule when there is no header; `bold_last` rows get a rule."""
    head = [list(header)] if header else []
    offset = len(head)
    table = Table([*head, *body], colWidths=widths, repeatRows=offset)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, offset), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style.append(("BACKGROUND", (0, 0), (-1, 0), NAVY) if head else ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY))
    style += [("BACKGROUND", (0, r + offset), (-1, r + offset), ZEBRA) for r in range(1, len(body), 2)]
    if bold_last:
        first_total = offset + len(body) - bold_last
        style.append(("LINEABOVE", (0, first_total), (-1, first_total), 1, NAVY))
    table.setStyle(TableStyle(style))
    return table


def numbered_canvas(draw_footer: FooterDrawer) -> type:
    """A canvas class that holds pages back until the end, so every footer can say 'page n of N'."""

    class NumberedCanvas(Canvas):
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

    return NumberedCanvas


def page_footer(left: str, centre: str, page_text: str) -> FooterDrawer:
    """A rule with `left` and `centre` texts under it and `page_text` ('{page}', '{pages}' filled in) on the right."""

    def draw(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, 13 * mm, PAGE_W - MARGIN, 13 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 9 * mm, left)
        canvas.drawCentredString(PAGE_W / 2, 9 * mm, centre)
        canvas.drawRightString(PAGE_W - MARGIN, 9 * mm, page_text.format(page=page, pages=pages))
        canvas.restoreState()

    return draw


def write_pdf(story: list[Any], path: Path, *, prefix: str, title: str, author: str, footer: FooterDrawer) -> Path:
    """Lays `story` out on A4 into a temporary file beside `path`, then renames it over `path`, which it returns."""
    path = Path(path)
    with replacing(path, prefix=prefix, suffix=".pdf") as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=20 * mm,
            title=title,
            author=author,
        )
        doc.build(story, canvasmaker=numbered_canvas(footer))
    return path
