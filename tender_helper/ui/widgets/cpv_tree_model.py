"""A lazy tree model over the CPV hierarchy, labels in the UI's data language."""

from __future__ import annotations

from typing import Any

from tender_helper.core.cpv import CpvVocabulary
from tender_helper.ui.qt import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CpvTreeModel(QAbstractItemModel):
    """Two columns: code and label. Internal ids are row numbers into a flat code table."""

    def __init__(self, vocabulary: CpvVocabulary, language: str) -> None:
        super().__init__()
        self._vocabulary = vocabulary
        self._language = language
        self._codes: list[str] = [entry.code for entry in vocabulary]
        self._position = {code: number for number, code in enumerate(self._codes)}
        self._kids: dict[str | None, list[str]] = {}

    def _children_of(self, code: str | None) -> list[str]:
        if code not in self._kids:
            self._kids[code] = sorted(self._vocabulary.children(code))
        return self._kids[code]

    def code(self, index: Index) -> str | None:
        return self._codes[index.internalId()] if index.isValid() else None

    def index_of(self, code: str) -> QModelIndex:
        parent = self._vocabulary.parent(code)
        siblings = self._children_of(parent)
        if code not in siblings:
            return QModelIndex()
        parent_index = self.index_of(parent) if parent else QModelIndex()
        return self.index(siblings.index(code), 0, parent_index)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children_of(self.code(parent))
        if not (0 <= row < len(siblings) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, self._position[siblings[row]])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        code = self.code(index)
        parent = self._vocabulary.parent(code) if code else None
        if parent is None:
            return QModelIndex()
        grand = self._vocabulary.parent(parent)
        return self.createIndex(self._children_of(grand).index(parent), 0, self._position[parent])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children_of(self.code(parent)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        code = self.code(index)
        if code is None:
            return None
        if role == CODE_ROLE:
            return code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return code if index.column() == 0 else self._vocabulary.label(code, self._language)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("CpvTreeModel", "Code")
            return QCoreApplication.translate("CpvTreeModel", "Description")
        return None
