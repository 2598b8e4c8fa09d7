"""A table model over plain Company rows (name, business id, country, size)."""

from __future__ import annotations

from typing import Any

from tender_helper.core.company import Company
from tender_helper.ui.qt import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class CompanyTableModel(QAbstractTableModel):
    COLUMNS = ("name", "business_id", "country", "size")

    def __init__(self) -> None:
        super().__init__()
        self._companies: list[Company] = []

    def set_companies(self, companies: list[Company]) -> None:
        self.beginResetModel()
        self._companies = list(companies)
        self.endResetModel()

    def company_at(self, row: int) -> Company | None:
        return self._companies[row] if 0 <= row < len(self._companies) else None

    def row_of(self, company_id: int | None) -> int:
        return next((row for row, c in enumerate(self._companies) if c.id == company_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._companies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        company = self._companies[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "name":
            return company.name
        if column == "business_id":
            return company.business_id
        if column == "country":
            return company.country
        return size_label(company.size_class.value) if company.size_class else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": QCoreApplication.translate("CompanyTableModel", "Name"),
            "business_id": QCoreApplication.translate("CompanyTableModel", "Business id"),
            "country": QCoreApplication.translate("CompanyTableModel", "Country"),
            "size": QCoreApplication.translate("CompanyTableModel", "Size"),
        }
        return titles[self.COLUMNS[section]]


def size_label(size: str) -> str:
    labels = {
        "micro": QCoreApplication.translate("SizeClass", "Micro (under 10 staff)"),
        "small": QCoreApplication.translate("SizeClass", "Small (under 50 staff)"),
        "medium": QCoreApplication.translate("SizeClass", "Medium (under 250 staff)"),
        "large": QCoreApplication.translate("SizeClass", "Large"),
    }
    return labels.get(size, size)
