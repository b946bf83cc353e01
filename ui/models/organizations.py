"""The office's organizations (a few dozen: loaded whole on the worker) and their filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from milrep.models.organizations import OrgKind
from milrep.services.organizations import OrganizationInfo
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE
from ui.models.records import RecordsModel

Index = QModelIndex | QPersistentModelIndex
NAME, KIND, BIN, ADDRESS = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole + 10


def kind_label(kind: OrgKind) -> str:
    return {
        OrgKind.CONTRACTOR: translate("Organizations", "Contractor"),
        OrgKind.RECIPIENT: translate("Organizations", "Recipient"),
        OrgKind.AUTHORIZED_BODY: translate("Organizations", "Authorized body"),
    }[kind]


class OrganizationsModel(RecordsModel[OrganizationInfo]):
    headers = (lambda: translate("Organizations", "Name"),
               lambda: translate("Organizations", "Kind"),
               lambda: translate("Organizations", "BIN"),
               lambda: translate("Organizations", "Address"))

    def set_organizations(self, orgs: Sequence[OrganizationInfo]) -> None:
        self.set_rows(orgs)

    def organization(self, row: int) -> OrganizationInfo | None:
        return self.record(row)

    def text(self, row: OrganizationInfo, column: int) -> str:
        return (row.name, kind_label(row.kind), row.bin, row.address)[column]

    def extra(self, row: OrganizationInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, ADDRESS):
            return self.text(row, column)
        if role == BADGE_ROLE and column == KIND:
            return row.kind.value
        if role == KIND_ROLE:
            return row.kind.value
        return None


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
