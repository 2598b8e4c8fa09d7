"""Choosing CPV codes: type-to-search in five languages or browse the tree, then add to the chosen list."""

from __future__ import annotations

from tender_helper.core.cpv import CpvVocabulary
from tender_helper.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QModelIndex,
    QPushButton,
    QStackedWidget,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTimer,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from tender_helper.ui.widgets.cpv_tree_model import CODE_ROLE, CpvTreeModel


class CpvPicker(QWidget):
    """Emits `changed` whenever the chosen codes change."""

    changed = Signal()

    def __init__(self, vocabulary: CpvVocabulary, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._language = language
        self.search = QLineEdit()
        self.search.setObjectName("cpvSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by word or code, e.g. siivous, städning, cleaning, 9091"))
        self.tree_model = CpvTreeModel(vocabulary, language)
        self.tree = self._view(self.tree_model)
        self.results_model = QStandardItemModel(0, 2, self)
        self.results_model.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Description")])
        self.results = self._view(self.results_model)
        self.results.setRootIsDecorated(False)
        self.no_results = QLabel(self.tr("No CPV code matches these words."))
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.browser = QStackedWidget()
        for widget in (self.tree, self.results, self.no_results):
            self.browser.addWidget(widget)
        self.chosen = QListWidget()
        self.chosen.setObjectName("cpvChosen")
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add ↓"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._layout()
        self._connect()

    def _view(self, model: QStandardItemModel | CpvTreeModel) -> QTreeView:
        view = QTreeView()
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.header().setStretchLastSection(True)
        return view

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.browser, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Chosen codes (a code also covers everything under it):")))
        layout.addWidget(self.chosen, 2)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._debounce.timeout.connect(self.apply_search)
        self.search.returnPressed.connect(self.apply_search)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.doubleClicked.connect(self._add_index)
        self.results.doubleClicked.connect(self._add_index)

    def apply_search(self) -> None:
        """Shows the codes matching the search text (every word, any language) or the tree when empty."""
        text = self.search.text().strip()
        if not text:
            self.browser.setCurrentWidget(self.tree)
            return
        hits = self._vocabulary.search(text)
        self.results_model.removeRows(0, self.results_model.rowCount())
        for entry in hits:
            code_item = QStandardItem(entry.code)
            code_item.setData(entry.code, CODE_ROLE)
            label_item = QStandardItem(entry.label(self._language))
            label_item.setData(entry.code, CODE_ROLE)
            for item in (code_item, label_item):
                item.setEditable(False)
            self.results_model.appendRow([code_item, label_item])
        self.browser.setCurrentWidget(self.results if hits else self.no_results)

    def _current_view(self) -> QTreeView:
        return self.results if self.browser.currentWidget() is self.results else self.tree

    def add_selected(self) -> None:
        view = self._current_view()
        for index in view.selectionModel().selectedRows(0):
            self._add_index(index)

    def _add_index(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.add_code(str(code))

    def add_code(self, code: str) -> None:
        if code in self.codes() or code not in self._vocabulary:
            return
        item = QListWidgetItem(f"{code}  {self._vocabulary.label(code, self._language)}")
        item.setData(CODE_ROLE, code)
        self.chosen.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def codes(self) -> tuple[str, ...]:
        return tuple(str(self.chosen.item(row).data(CODE_ROLE)) for row in range(self.chosen.count()))

    def set_codes(self, codes: tuple[str, ...]) -> None:
        self.chosen.clear()
        for code in codes:
            item = QListWidgetItem(f"{code}  {self._vocabulary.label(code, self._language)}")
            item.setData(CODE_ROLE, code)
            self.chosen.addItem(item)
