"""The detail pane of the Notices page: one cached notice in full, its lots and its change history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html import escape
from typing import Any

from tender_helper.core.code_lists import CONTRACT_NATURE, COUNTRY, PROCEDURE_TYPE, code_label
from tender_helper.core.cpv import CpvVocabulary
from tender_helper.core.notice import Lot, Moment, Money, moment_sort_key
from tender_helper.core.notice_changes import (
    CANCELLED,
    CORRECTED,
    CPV_CHANGED,
    DEADLINE_MOVED,
    LOT_ADDED,
    LOT_REMOVED,
    TITLE_CHANGED,
    VALUE_CHANGED,
)
from tender_helper.core.nuts import nuts_regions
from tender_helper.storage.notices_repo import StoredNotice, best_text
from tender_helper.ui.qt import (
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPushButton,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    named,
)
from tender_helper.ui.widgets.notice_table_model import days_left_text, kind_label, money_text

BANNER_STYLE = "padding: 6px 10px; border-radius: 4px; background: {background}; color: #202020;"


def language_name(code: str) -> str:
    """'FIN' -> 'suomi': the language's own name, or the code when Qt does not know it."""
    language = QLocale.codeToLanguage(code.lower(), QLocale.LanguageCodeType.ISO639Part2)
    if language == QLocale.Language.AnyLanguage:
        return code
    if language == QLocale.Language.English:
        return "English"  # Qt's native name is "American English"
    return QLocale(language).nativeLanguageName() or code


def moment_text(value: Moment | None) -> str:
    """A deadline as the notice gave it: '2023-11-15 12:00 (UTC+02:00)', or the day alone."""
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return value.isoformat()
    offset = value.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{value:%Y-%m-%d %H:%M}{zone}"


class NoticeDetail(QWidget):
    """Shows one StoredNotice; `show_notice(None)` empties it. `bid_requested` carries the notice's cache id."""

    bid_requested = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._cpv: CpvVocabulary | None = None  # labels appear once set_vocabulary() delivers it
        self._nuts = nuts_regions()
        self.stored: StoredNotice | None = None
        self.sample_banner = named(
            QLabel(
                self.tr("Sample data: a real past notice with its dates moved near today. It is not open for tenders.")
            ),
            "sample",
        )
        self.sample_banner.setStyleSheet(BANNER_STYLE.format(background="#fff3c4"))
        self.sample_banner.setWordWrap(True)
        self.cancelled_banner = named(QLabel(self.tr("This procedure was cancelled by the buyer.")), "cancelled")
        self.cancelled_banner.setStyleSheet(BANNER_STYLE.format(background="#f9d6d3"))
        self.browser = named(QTextBrowser(), "noticeText")
        self.browser.setOpenExternalLinks(True)
        self.ted_button = named(QPushButton(self.tr("Open on TED")), "openOnTed")
        self.documents_button = named(QPushButton(self.tr("Open documents")), "openDocuments")
        self.bid_button = named(QPushButton(self.tr("Prepare a bid…")), "prepareBid")
        self.bid_button.clicked.connect(lambda: self.bid_requested.emit(self.stored.id) if self.stored else None)
        self.ted_button.clicked.connect(lambda: self._open(self.stored.notice.url if self.stored else None))
        self.documents_button.clicked.connect(lambda: self._open(self.documents_url()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.ted_button)
        buttons.addWidget(self.documents_button)
        buttons.addStretch(1)
        buttons.addWidget(self.bid_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sample_banner)
        layout.addWidget(self.cancelled_banner)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_notice(None)

    def set_vocabulary(self, vocabulary: CpvVocabulary) -> None:
        """CPV labels, loaded on a worker at start (reading 9,454 codes in five languages takes a second)."""
        self._cpv = vocabulary
        if self.stored is not None:
            self.show_notice(self.stored)

    def documents_url(self) -> str | None:
        """The procurement documents' address, when the normalised notice carries one."""
        return getattr(self.stored.notice, "documents_url", None) if self.stored else None

    def show_notice(self, stored: StoredNotice | None) -> None:
        self.stored = stored
        self.sample_banner.setVisible(bool(stored and stored.is_sample))
        self.cancelled_banner.setVisible(bool(stored and stored.cancelled))
        self.ted_button.setVisible(bool(stored and stored.notice.url))
        self.documents_button.setVisible(bool(self.documents_url()))
        self.bid_button.setEnabled(stored is not None and not stored.cancelled)
        if stored is None:
            self.browser.setHtml("<p style='color:#6b6b6b'>{}</p>".format(escape(self.tr("Choose a notice."))))
            return
        self.browser.setHtml(self._html(stored))

    def _open(self, url: str | None) -> None:
        if url:
            QDesktopServices.openUrl(QUrl(url))

    # --- the text --------------------------------------------------------------------------------------
    def _html(self, stored: StoredNotice) -> str:
        notice = stored.notice
        title = best_text(dict(notice.title), self._language) or notice.source_id
        parts = [f"<h2>{escape(title)}</h2>"]
        facts = [
            (self.tr("Buyer"), notice.buyer.name if notice.buyer else ""),
            (self.tr("Country"), self._country(notice.buyer.country if notice.buyer else None)),
            (self.tr("Kind"), kind_label(notice.kind)),
            (self.tr("Procedure"), self._code(PROCEDURE_TYPE, notice.procedure_type)),
            (self.tr("Contract"), self._code(CONTRACT_NATURE, notice.contract_nature)),
            (self.tr("CPV"), self._cpv_text(notice.cpv)),
            (self.tr("Place"), self._nuts_text(notice.nuts)),
            (self.tr("Languages"), ", ".join(language_name(code) for code in notice.languages)),
            (self.tr("Published"), notice.publication_date.isoformat() if notice.publication_date else ""),
            (self.tr("Tender deadline"), self._deadline(notice.deadline)),
            (self.tr("Requests to participate by"), self._deadline(notice.participation_deadline)),
            (self.tr("Estimated value"), self._money(notice.estimated_value)),
            (self.tr("Notice"), f"{notice.source.upper()} {notice.source_id}"),
        ]
        parts.append(_table(facts))
        description = best_text(dict(notice.description), self._language)
        if description:
            heading = self.tr("Description")
            parts.append(f"<h3>{escape(heading)}</h3>{_paragraphs(description)}")
        if notice.lots:
            heading = self.tr("Lots ({count})").format(count=len(notice.lots))
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts.extend(self._lot_html(lot) for lot in notice.lots)
        if stored.changes:
            items = "".join(f"<li>{escape(self.change_text(change))}</li>" for change in stored.changes)
            heading = self.tr("Changes")
            parts.append(f"<h3>{escape(heading)}</h3><ul>{items}</ul>")
        return "".join(parts)

    def _lot_html(self, lot: Lot) -> str:
        title = best_text(dict(lot.title), self._language)
        heading = self.tr("Lot {id}").format(id=lot.id) + (f": {title}" if title and title != lot.id else "")
        facts = [
            (self.tr("CPV"), self._cpv_text(lot.cpv)),
            (self.tr("Place"), self._nuts_text(lot.nuts)),
            (self.tr("Estimated value"), self._money(lot.estimated_value)),
            (self.tr("Tender deadline"), self._deadline(lot.deadline)),
            (self.tr("Requests to participate by"), self._deadline(lot.participation_deadline)),
        ]
        return f"<h4>{escape(heading)}</h4>{_table(facts)}"

    def _country(self, code: str | None) -> str:
        return f"{code_label(COUNTRY, code, self._language)} ({code})" if code else ""

    def _code(self, list_name: str, code: str | None) -> str:
        return code_label(list_name, code, self._language) if code else ""

    def _cpv_text(self, codes: tuple[str, ...]) -> str:
        vocabulary = self._cpv
        return "; ".join(
            f"{code} {vocabulary.label(code, self._language) if vocabulary else ''}".strip() for code in codes
        )

    def _nuts_text(self, codes: tuple[str, ...]) -> str:
        return "; ".join(f"{code} {self._nuts.label(code)}".strip() for code in codes)

    def _money(self, value: Money | None) -> str:
        return money_text(value.amount, value.currency) if value else ""

    def _deadline(self, value: Moment | None) -> str:
        if value is None:
            return ""
        return f"{moment_text(value)} · {days_left_text(moment_sort_key(value), datetime.now(UTC))}"

    def change_text(self, change: dict[str, Any]) -> str:
        """One recorded change in plain words, prefixed with the day it was published."""
        sentence = self._change_sentence(change)
        published = change.get("published")
        return f"{published}: {sentence}" if published else sentence

    def _change_sentence(self, change: dict[str, Any]) -> str:
        kind, lot = change.get("kind"), change.get("lot")
        if kind == DEADLINE_MOVED:
            old, new = _moment_json(change.get("old")), _moment_json(change.get("new"))
            if lot:
                return self.tr("Deadline of lot {lot} moved from {old} to {new}.").format(lot=lot, old=old, new=new)
            return self.tr("Deadline moved from {old} to {new}.").format(old=old, new=new)
        if kind == LOT_ADDED:
            return self.tr("Lot {lot} was added.").format(lot=lot)
        if kind == LOT_REMOVED:
            return self.tr("Lot {lot} was removed.").format(lot=lot)
        if kind == VALUE_CHANGED:
            old, new = _money_json(change.get("old")), _money_json(change.get("new"))
            return self.tr("Estimated value changed from {old} to {new}.").format(old=old, new=new)
        if kind == TITLE_CHANGED:
            return self.tr("The title was changed.")
        if kind == CPV_CHANGED:
            old_codes, new_codes = ", ".join(change.get("old") or ()), ", ".join(change.get("new") or ())
            return self.tr("CPV codes changed from {old} to {new}.").format(old=old_codes, new=new_codes)
        if kind == CANCELLED:
            return self.tr("The buyer cancelled the procedure.") + _reasons(change)
        if kind == CORRECTED:
            return self.tr("The buyer published a correction.") + _reasons(change)
        return self.tr("The notice was changed.")


def _moment_json(text: str | None) -> str:
    if not text:
        return "–"
    return moment_text(datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text))


def _money_json(data: dict[str, str] | None) -> str:
    return money_text(Money.from_json_dict(data).amount, data.get("currency")) if data else "–"


def _reasons(change: dict[str, Any]) -> str:
    descriptions = [str(text) for text in change.get("descriptions") or () if text]
    return f" {' '.join(descriptions)}" if descriptions else ""


def _table(facts: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td style='color:#555; padding-right:12px'>{escape(name)}</td><td>{escape(value)}</td></tr>"
        for name, value in facts
        if value
    )
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())
