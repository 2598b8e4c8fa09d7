"""A lazily paged table model over the notice cache: count and pages come from SQL, read off the GUI thread."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from tender_helper.core.notice import KIND_CHANGE, KIND_COMPETITION, KIND_OTHER, KIND_PLANNING, KIND_RESULT
from tender_helper.core.notice_changes import DEADLINE_MOVED
from tender_helper.i18n import translate
from tender_helper.services.notices import NoticeService
from tender_helper.storage.notices_repo import NoticeFilter, NoticeListRow
from tender_helper.ui.ops import Op
from tender_helper.ui.qt import (
    QAbstractTableModel,
    QColor,
    QFont,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_CACHED_PAGES = 40  # 8,000 rows at most in memory, whatever the cache holds
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("title", "buyer", "country", "deadline", "value", "kind", "published", "status")
SORT_KEYS = {name: name for name in ("title", "buyer", "country", "deadline", "value", "kind", "published")}
_MUTED = QColor("#6b6b6b")


def kind_label(kind: str) -> str:
    """What a user calls each notice kind."""
    labels = {
        KIND_COMPETITION: translate("NoticeTableModel", "Call for tender"),
        KIND_PLANNING: translate("NoticeTableModel", "Prior information"),
        KIND_RESULT: translate("NoticeTableModel", "Award"),
        KIND_CHANGE: translate("NoticeTableModel", "Change"),
        KIND_OTHER: translate("NoticeTableModel", "Other"),
    }
    return labels.get(kind, kind)


def money_text(amount: Decimal | float, currency: str | None) -> str:
    """'1 250 000 EUR': whole units with Nordic thousands spacing (no-break spaces)."""
    whole = f"{round(amount):,}".replace(",", "\u00a0")
    return f"{whole}\u00a0{currency}" if currency else whole


def days_left_text(deadline: datetime, now: datetime) -> str:
    """'closed', 'today', 'tomorrow' or 'in 23 days', counted in local calendar days; both arguments aware."""
    if deadline <= now:
        return translate("NoticeTableModel", "closed")
    days = (deadline.astimezone().date() - now.astimezone().date()).days
    if days <= 0:
        return translate("NoticeTableModel", "today")
    if days == 1:
        return translate("NoticeTableModel", "tomorrow")
    return translate("NoticeTableModel", "in {days} days").format(days=days)


def status_words(row: NoticeListRow, change_kinds: tuple[str, ...]) -> list[str]:
    """The markers a row carries: sample data, cancelled, and what changed."""
    words = []
    if row.is_sample:
        words.append(translate("NoticeTableModel", "Sample data"))
    if row.cancelled:
        words.append(translate("NoticeTableModel", "Cancelled"))
    elif row.changed:
        words.append(
            translate("NoticeTableModel", "Deadline moved")
            if DEADLINE_MOVED in change_kinds
            else translate("NoticeTableModel", "Changed")
        )
    return words


@dataclass(frozen=True)
class NoticePage:
    """One page of rows, with the change kinds of the rows that changed (for the 'deadline moved' marker)."""

    rows: list[NoticeListRow]
    change_kinds: dict[int, tuple[str, ...]]


@dataclass(frozen=True)
class _Counted:
    generation: int
    total: int


@dataclass(frozen=True)
class _Loaded:
    generation: int
    number: int
    page: NoticePage


def load_page(service: NoticeService, wanted: NoticeFilter, page: int, sort: str, descending: bool) -> NoticePage:
    """Reads one page; runs on a worker."""
    rows = service.list(wanted, offset=page * PAGE_SIZE, limit=PAGE_SIZE, sort=sort, descending=descending)
    return NoticePage(rows, {row.id: row.change_kinds for row in rows if row.changed})


class NoticeTableModel(QAbstractTableModel):
    """Rows are read in pages of PAGE_SIZE when the view first asks for them; `ready` follows each refresh."""

    ready = Signal()
    failed = Signal(object)  # the error of a refresh

    def __init__(self, service: NoticeService, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._language = language
        self.wanted = NoticeFilter()
        self.sort_key = "published"  # newest first
        self.descending = True
        self._total = 0
        self._pages: dict[int, NoticePage] = {}
        self._change_kinds: dict[int, tuple[str, ...]] = {}
        self._loading: set[int] = set()
        self._generation = 0
        self._in_flight = False
        self._flight = 0  # the generation the running refresh reads
        self._parts: list[object] = []  # what has arrived of it: a count, a first page, or errors
        self._now = datetime.now(UTC)
        self.is_ready = False

    # --- what is shown -------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many notices the current filter matches (all of them, not only those read so far)."""
        return self._total

    def set_filter(self, wanted: NoticeFilter) -> None:
        """Shows what `wanted` matches; a filter equal to the current one (a space typed) reads nothing again."""
        if self.is_ready and dataclasses.replace(wanted, now=self.wanted.now) == self.wanted:
            return
        self.wanted = wanted
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(COLUMNS[column]) if 0 <= column < len(COLUMNS) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.refresh()

    def refresh(self) -> None:
        """Counts and reads the first page on two workers at once; the model resets when both are in.

        One refresh runs at a time: filters typed meanwhile are coalesced into one more refresh when it ends,
        so fast typing never piles up queries.
        """
        self._generation += 1
        self.is_ready = False
        if not self._in_flight:
            self._start_refresh()

    def _start_refresh(self) -> None:
        # Results come back to bound methods, which Qt disconnects if the model is gone before they arrive.
        self._in_flight = True
        self._flight = generation = self._generation
        self._parts.clear()
        service, wanted, sort, descending = self._service, self.wanted, self.sort_key, self.descending
        Op(lambda _control: _Counted(generation, service.count(wanted))).on_success(self._part_arrived).on_failure(
            self._part_arrived
        ).run()
        Op(lambda _control: _Loaded(generation, 0, load_page(service, wanted, 0, sort, descending))).on_success(
            self._part_arrived
        ).on_failure(self._part_arrived).run()

    def _part_arrived(self, part: object) -> None:
        self._parts.append(part)
        if len(self._parts) < 2:
            return
        parts, self._parts = self._parts, []
        self._in_flight = False
        if self._flight != self._generation:
            self._start_refresh()  # a newer filter or sort came in meanwhile
            return
        errors = [part for part in parts if isinstance(part, BaseException)]
        if errors:
            self.failed.emit(errors[0])
            return
        total = next(part.total for part in parts if isinstance(part, _Counted))
        first = next(part.page for part in parts if isinstance(part, _Loaded))
        self.beginResetModel()
        self._total = total
        self._pages = {0: first}
        self._change_kinds = dict(first.change_kinds)
        self._loading.clear()
        self._now = datetime.now(UTC)
        self.endResetModel()
        self.is_ready = True
        self.ready.emit()

    # --- reading rows --------------------------------------------------------------------------------
    def row_at(self, row: int) -> NoticeListRow | None:
        """The row if its page was read; otherwise asks for the page and returns None for now."""
        if not 0 <= row < self._total:
            return None
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._request(row // PAGE_SIZE)
            return None
        offset = row % PAGE_SIZE
        return page.rows[offset] if offset < len(page.rows) else None

    def notice_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of(self, notice_id: int) -> int:
        """The row of a notice among the pages read so far, or -1."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page.rows):
                if row.id == notice_id:
                    return number * PAGE_SIZE + offset
        return -1

    def _request(self, page: int) -> None:
        if page in self._loading:
            return
        self._loading.add(page)
        generation = self._generation
        service, wanted, sort, descending = self._service, self.wanted, self.sort_key, self.descending
        Op(lambda _control: _Loaded(generation, page, load_page(service, wanted, page, sort, descending))).on_success(
            self._page_loaded
        ).on_failure(self._page_failed).run()

    def _page_failed(self, _error: BaseException) -> None:
        self._loading.clear()  # asked again when the view next needs those rows

    def _page_loaded(self, loaded: _Loaded) -> None:
        if loaded.generation != self._generation:
            return
        number = loaded.number
        self._loading.discard(number)
        self._pages[number] = loaded.page
        self._change_kinds.update(loaded.page.change_kinds)
        while len(self._pages) > MAX_CACHED_PAGES:  # forget the page farthest from where the user is
            del self._pages[max(self._pages, key=lambda kept: abs(kept - number))]
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # --- Qt model interface --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            loading = role == Qt.ItemDataRole.DisplayRole and index.column() == 0
            return translate("NoticeTableModel", "Loading…") if loading else None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and (row.cancelled or self._closed(row)):
            return _MUTED
        if role == Qt.ItemDataRole.FontRole and row.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _closed(self, row: NoticeListRow) -> bool:
        return row.deadline_utc is not None and row.deadline_utc.replace(tzinfo=UTC) <= self._now

    def _text(self, row: NoticeListRow, column: str, *, tooltip: bool) -> str:
        if column == "title":
            return row.title(self._language)
        if column == "buyer":
            return row.buyer_name
        if column == "country":
            return row.buyer_country or ""
        if column == "deadline":
            return self._deadline_text(row.deadline_utc, tooltip=tooltip)
        if column == "value":
            return money_text(row.value_amount, row.value_currency) if row.value_amount is not None else ""
        if column == "kind":
            return kind_label(row.kind)
        if column == "published":
            return _date_text(row.publication_date)
        return " · ".join(status_words(row, self._change_kinds.get(row.id, ())))

    def _deadline_text(self, deadline: datetime | None, *, tooltip: bool) -> str:
        if deadline is None:
            return ""
        moment = deadline.replace(tzinfo=UTC)
        local = moment.astimezone()
        if tooltip:
            return local.strftime("%Y-%m-%d %H:%M %Z")
        return f"{local:%Y-%m-%d} · {days_left_text(moment, self._now)}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "title": translate("NoticeTableModel", "Title"),
            "buyer": translate("NoticeTableModel", "Buyer"),
            "country": translate("NoticeTableModel", "Country"),
            "deadline": translate("NoticeTableModel", "Deadline"),
            "value": translate("NoticeTableModel", "Value"),
            "kind": translate("NoticeTableModel", "Kind"),
            "published": translate("NoticeTableModel", "Published"),
            "status": translate("NoticeTableModel", "Status"),
        }
        return titles[COLUMNS[section]]


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else ""
