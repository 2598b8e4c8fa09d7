"""Choosing NUTS regions from a country -> region -> sub-region tree with check boxes."""

from __future__ import annotations

from tender_helper.core.nuts import NutsRegions
from tender_helper.ui.qt import (
    QLineEdit,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _is_extra_regio(code: str) -> bool:
    return len(code) > 2 and set(code[2:]) == {"Z"}


class NutsPicker(QWidget):
    """Emits `changed` when a box is ticked or cleared."""

    changed = Signal()

    def __init__(self, regions: NutsRegions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions = regions
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Region")])
        self._items: dict[str, QStandardItem] = {}
        self._fill(None, self.model.invisibleRootItem())
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Find a region, e.g. Uusimaa, Skåne, Vestland"))
        self.view = QTreeView()
        self.view.setObjectName("nutsTree")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.filter.textChanged.connect(self._apply_filter)
        self.model.itemChanged.connect(lambda _item: self.changed.emit())

    def _fill(self, code: str | None, parent: QStandardItem) -> None:
        for child in sorted(self._regions.children(code)):
            if _is_extra_regio(child):
                continue
            item = QStandardItem(f"{self._regions.label(child)} ({child})")
            item.setData(child, CODE_ROLE)
            item.setEditable(False)
            item.setCheckable(True)
            parent.appendRow(item)
            self._items[child] = item
            self._fill(child, item)

    def _apply_filter(self, text: str) -> None:
        wanted = {region.code for region in self._regions.search(text)} if text.strip() else None
        for code, item in self._items.items():
            index = item.index()
            visible = wanted is None or any(w.startswith(code) or code.startswith(w) for w in wanted)
            self.view.setRowHidden(index.row(), index.parent(), not visible)
        if wanted is not None:
            self.view.expandAll()

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, item in self._items.items() if item.checkState() == Qt.CheckState.Checked)

    def set_codes(self, codes: tuple[str, ...]) -> None:
        self.model.blockSignals(True)
        for code, item in self._items.items():
            item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        for code in codes:
            parent = self._regions.parent(code)
            while parent and parent in self._items:
                self.view.expand(self._items[parent].index())
                parent = self._regions.parent(parent)
        self.view.viewport().update()
