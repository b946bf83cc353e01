"""The office's organizations (a few dozen: loaded whole on the worker) and their filter proxy."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)

from milrep.models.organizations import OrgKind
from milrep.services.organizations import OrganizationInfo
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE, ID_ROLE

Index = QModelIndex | QPersistentModelIndex
NAME, KIND, BIN, ADDRESS = range(4)
COLUMNS = 4
KIND_ROLE = Qt.ItemDataRole.UserRole + 10


def kind_label(kind: OrgKind) -> str:
    return {
        OrgKind.CONTRACTOR: translate("Organizations", "Contractor"),
        OrgKind.RECIPIENT: translate("Organizations", "Recipient"),
        OrgKind.AUTHORIZED_BODY: translate("Organizations", "Authorized body"),
    }[kind]


class OrganizationsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.orgs: list[OrganizationInfo] = []

    def set_organizations(self, orgs: list[OrganizationInfo]) -> None:
        self.beginResetModel()
        self.orgs = list(orgs)
        self.endResetModel()

    def organization(self, row: int) -> OrganizationInfo | None:
        return self.orgs[row] if 0 <= row < len(self.orgs) else None

    def row_of(self, org_id: uuid.UUID) -> int:
        return next((r for r, o in enumerate(self.orgs) if o.id == org_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.orgs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._header(section, orientation, role)

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (translate("Organizations", "Name"), translate("Organizations", "Kind"),
                   translate("Organizations", "BIN"), translate("Organizations", "Address"))
        return headers[section] if 0 <= section < COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        o = self.organization(index.row()) if index.isValid() else None
        if o is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and col not in (NAME, ADDRESS):
                return None
            return (o.name, kind_label(o.kind), o.bin, o.address)[col]
        if role == BADGE_ROLE and col == KIND:
            return o.kind.value
        if role == ID_ROLE:
            return o.id
        if role == KIND_ROLE:
            return o.kind.value
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.orgs:
            self.dataChanged.emit(self.index(0, KIND), self.index(len(self.orgs) - 1, KIND))


class OrganizationsFilter(QSortFilterProxyModel):
    """Every word of the search must occur in the name, BIN or address; optionally one kind."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.kind: str | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange()

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self.kind = kind or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, OrganizationsModel):
            return True
        o = model.organization(source_row)
        if o is None:
            return False
        if self.kind is not None and o.kind.value != self.kind:
            return False
        haystack = f"{o.name} {o.bin} {o.address}".casefold()
        return all(w in haystack for w in self.words)
