"""The Notices page's filter bar: words (debounced), buyer country, CPV branches, notice kind, still open."""

from __future__ import annotations

import re

from tender_helper.core.code_lists import COUNTRY, code_label
from tender_helper.core.cpv import CpvVocabulary, cpv_vocabulary, significant_prefix
from tender_helper.core.notice import KIND_CHANGE, KIND_COMPETITION, KIND_PLANNING, KIND_RESULT
from tender_helper.core.nuts import NUTS_COUNTRY
from tender_helper.storage.notices_repo import NoticeFilter
from tender_helper.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    named,
)
from tender_helper.ui.widgets.cpv_picker import CpvPicker
from tender_helper.ui.widgets.notice_table_model import kind_label

DEBOUNCE_MS = 150
MIN_TYPED_PREFIX = 3  # a word still being typed counts from 3 letters: 1-2 letter prefixes match most of the cache


def search_text(text: str, *, complete: bool) -> str:
    """The words to search for; while typing, a last word shorter than MIN_TYPED_PREFIX waits for more letters."""
    words = text.split()
    if words and not complete and not text[-1:].isspace() and len(words[-1]) < MIN_TYPED_PREFIX:
        words.pop()
    return " ".join(words)


def parse_cpv_prefixes(text: str) -> tuple[str, ...]:
    """'9091, 72212000' -> ('9091', '72212'): digit groups, full codes cut to their significant prefix."""
    prefixes = []
    for group in re.findall(r"\d+", text):
        prefix = significant_prefix(group[:8]) if len(group) >= 8 else group
        if prefix not in prefixes:
            prefixes.append(prefix)
    return tuple(prefixes)


class CpvBranchDialog(QDialog):
    """Pick CPV branches from the tree or by words; each chosen code also covers everything under it."""

    def __init__(self, vocabulary: CpvVocabulary, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filter by CPV branch"))
        self.picker = CpvPicker(vocabulary, language)
        self._vocabulary = vocabulary
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def set_prefixes(self, prefixes: tuple[str, ...]) -> None:
        codes = tuple(code for code in (prefix.ljust(8, "0") for prefix in prefixes) if code in self._vocabulary)
        self.picker.set_codes(codes)

    def prefixes(self) -> tuple[str, ...]:
        return tuple(significant_prefix(code) for code in self.picker.codes())


class NoticeFilters(QWidget):
    """Emits `changed` when the filter changes; typing is debounced so each keystroke does not query."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.search = named(QLineEdit(), "noticeSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search titles, descriptions and buyers…"))
        self.country = named(QComboBox(), "countryFilter")
        self.country.addItem(self.tr("All countries"), "")
        for code in NUTS_COUNTRY:
            self.country.addItem(code_label(COUNTRY, code, language), code)
        self.kind = named(QComboBox(), "kindFilter")
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in (KIND_COMPETITION, KIND_PLANNING, KIND_RESULT, KIND_CHANGE):
            self.kind.addItem(kind_label(kind), kind)
        self.cpv = named(QLineEdit(), "cpvFilter")
        self.cpv.setClearButtonEnabled(True)
        self.cpv.setPlaceholderText(self.tr("CPV, e.g. 9091"))
        self.cpv.setToolTip(self.tr("Type the start of a CPV code, or several separated by commas"))
        self.cpv_button = named(QPushButton(self.tr("CPV tree…")), "cpvTreeButton")
        self.open_only = named(QCheckBox(self.tr("Still open")), "openOnly")
        self.clear_button = named(QPushButton(self.tr("Clear filters")), "clearFilters")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._complete = False  # Enter searches for the text as it is, short last word included
        self._layout()
        self._connect()

    def _layout(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.country)
        layout.addWidget(self.kind)
        layout.addWidget(self.cpv, 1)
        layout.addWidget(self.cpv_button)
        layout.addWidget(self.open_only)
        layout.addWidget(self.clear_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._typed)
        self.cpv.textChanged.connect(lambda _text: self._debounce.start())
        self._debounce.timeout.connect(self.changed)
        self.search.returnPressed.connect(self._search_now)
        self.country.currentIndexChanged.connect(lambda _row: self.changed.emit())
        self.kind.currentIndexChanged.connect(lambda _row: self.changed.emit())
        self.open_only.toggled.connect(lambda _on: self.changed.emit())
        self.cpv_button.clicked.connect(self.choose_cpv)
        self.clear_button.clicked.connect(self.clear)

    def _typed(self, _text: str) -> None:
        self._complete = False
        self._debounce.start()

    def _search_now(self) -> None:
        self._complete = True
        self._apply_now()

    def _apply_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def current(self) -> NoticeFilter:
        country = str(self.country.currentData() or "")
        kind = str(self.kind.currentData() or "")
        return NoticeFilter(
            text=search_text(self.search.text(), complete=self._complete),
            countries=(country,) if country else (),
            cpv_prefixes=parse_cpv_prefixes(self.cpv.text()),
            kinds=(kind,) if kind else (),
            open_only=self.open_only.isChecked(),
        )

    def is_default(self) -> bool:
        wanted = self.current()
        return not (wanted.text or wanted.countries or wanted.cpv_prefixes or wanted.kinds or wanted.open_only)

    def clear(self) -> None:
        """Back to everything in the cache, with one `changed` at the end rather than one per field."""
        widgets = (self.search, self.cpv, self.country, self.kind, self.open_only)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.cpv.clear()
        self.country.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.open_only.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_now()

    def choose_cpv(self) -> None:
        dialog = CpvBranchDialog(cpv_vocabulary(), self._language, self)  # loaded once, usually warm by now
        dialog.set_prefixes(parse_cpv_prefixes(self.cpv.text()))
        if dialog.exec():
            self.cpv.setText(", ".join(dialog.prefixes()))
            self._apply_now()
