"""One ranked notice on the For-you page: score bar, title, reasons, actions, and its lots folded away."""

from __future__ import annotations

import html
from collections.abc import Callable

from tender_helper.i18n import translate
from tender_helper.matching.explain import explain_part, sign
from tender_helper.matching.scoring import LotMatch, Part
from tender_helper.services.matching import STARRED, RankedNotice
from tender_helper.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
    named,
)

GOOD, BAD, QUIET = "#1b7f3b", "#b3261e", "#5f6368"


def reasons_html(parts: tuple[Part, ...], language: str) -> str:
    """The reasons as lines: what speaks for the notice in green, against it in red, notes in grey."""
    lines = []
    for part in parts:
        mark = sign(part)
        colour = GOOD if mark == "+" else BAD if mark == "-" else QUIET
        text = html.escape(explain_part(part, language, translate))
        lines.append(f'<span style="color:{colour}">{mark or "·"} {text}</span>')
    return "<br>".join(lines)


def score_bar(percent: int) -> QProgressBar:
    bar = named(QProgressBar(), "scoreBar")
    bar.setRange(0, 100)
    bar.setValue(percent)
    bar.setFormat("%p %")
    bar.setFixedWidth(90)
    return bar


class LotRow(QWidget):
    """A lot: fits or not, its title, its score and its reasons."""

    def __init__(self, lot: LotMatch, title: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark = QLabel("✓" if lot.fits else "✗")
        mark.setStyleSheet(f"color: {GOOD if lot.fits else BAD}; font-weight: bold;")
        mark.setToolTip(self.tr("Fits the company") if lot.fits else self.tr("Does not fit the company"))
        heading = QLabel(f"<b>{html.escape(title)}</b>")
        heading.setWordWrap(True)
        reasons = QLabel(reasons_html(lot.parts, language))
        reasons.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(reasons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 2, 4, 2)
        layout.addWidget(mark)
        layout.addWidget(score_bar(lot.percent))
        layout.addLayout(text, 1)


class MatchCard(QFrame):
    """A ranked notice. Emits what the user asks for with its notice id."""

    star_clicked = Signal(int)
    dismiss_clicked = Signal(int, bool)  # notice id, "don't show similar"
    open_bid_clicked = Signal(int)
    opened = Signal(int)

    def __init__(
        self, result: RankedNotice, language: str, bids_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.result = result
        self.setFrameShape(QFrame.Shape.StyledPanel)
        notice_id = result.notice_id
        self.title = named(QLabel(self._title_html(language)), "matchTitle")
        self.title.setWordWrap(True)
        self.new_badge = named(QLabel(self.tr("New since last sync")), "newBadge")
        self.new_badge.setStyleSheet("background: #fde68a; padding: 1px 6px; border-radius: 6px;")
        self.new_badge.setVisible(result.new_since_sync)
        self.reasons = named(QLabel(reasons_html(result.match.parts, language)), "matchReasons")
        self.reasons.setWordWrap(True)
        self.star_button = self._button("starButton", self._star_text(), lambda: self.star_clicked.emit(notice_id))
        self.dismiss_button = self._button(
            "dismissButton", self.tr("Dismiss"), lambda: self.dismiss_clicked.emit(notice_id, False)
        )
        self.similar_button = self._button(
            "dismissSimilarButton", self.tr("Don't show similar"), lambda: self.dismiss_clicked.emit(notice_id, True)
        )
        self.similar_button.setToolTip(self.tr("Dismiss, and rank lower the notices of this buyer or main CPV"))
        self.bid_button = self._button(
            "openBidButton", self.tr("Open bid"), lambda: self.open_bid_clicked.emit(notice_id)
        )
        self.bid_button.setEnabled(bids_available)
        if not bids_available:
            self.bid_button.setToolTip(self.tr("Bids come with a later version: there is no Bids page yet."))
        self.lots_button = self._button("lotsButton", self._lots_text(), self.toggle_lots)
        self.lots_panel = self._lots_panel(language)
        self.lots_panel.setVisible(False)
        self.lots_button.setVisible(len(result.match.lots) > 1)
        self._layout()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), name)
        button.clicked.connect(slot)
        return button

    def _title_html(self, language: str) -> str:
        result = self.result
        deadline = result.deadline_utc.strftime("%Y-%m-%d") if result.deadline_utc else "–"
        details = self.tr("{buyer} ({country}) · deadline {deadline} · {source_id}").format(
            buyer=result.buyer_name, country=result.buyer_country or "–", deadline=deadline, source_id=result.source_id
        )
        title = html.escape(result.title(language) or result.source_id)
        return f"<b>{title}</b><br><span style='color:{QUIET}'>{html.escape(details)}</span>"

    def _star_text(self) -> str:
        return self.tr("Unstar") if self.result.state == STARRED else self.tr("Star")

    def _lots_text(self) -> str:
        lots = self.result.match.lots
        fitting = sum(1 for lot in lots if lot.fits)
        return self.tr("Lots: {fit} of {count} fit").format(fit=fitting, count=len(lots))

    def _lots_panel(self, language: str) -> QWidget:
        panel = named(QWidget(), "lotsPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        if len(self.result.match.lots) > 1:
            for lot in self.result.match.lots:
                layout.addWidget(LotRow(lot, self.result.lot_title(lot.lot_id, language), language))
        return panel

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(score_bar(self.result.match.percent))
        header.addWidget(self.title, 1)
        header.addWidget(self.new_badge)
        actions = QHBoxLayout()
        actions.addWidget(self.lots_button)
        actions.addStretch(1)
        for button in (self.star_button, self.dismiss_button, self.similar_button, self.bid_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.reasons)
        layout.addLayout(actions)
        layout.addWidget(self.lots_panel)

    def toggle_lots(self) -> None:
        self.lots_panel.setVisible(not self.lots_panel.isVisible())
        self.opened.emit(self.result.notice_id)


def no_results_text(notes: list[str]) -> str:
    """What the list says when it is empty: the notes, or a plain sentence."""
    return "<br>".join(html.escape(note) for note in notes) or translate(
        "ForYouPage", "No notices match this profile yet."
    )
