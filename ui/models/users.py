"""The office's accounts (a few dozen at most: loaded whole)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from milrep.services.auth import role_label
from milrep.services.users import UserInfo
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE, ID_ROLE

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 5


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo | None:
        return self.users[row] if 0 <= row < len(self.users) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._header(section, orientation, role)

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (translate("UsersModel", "Full name"), translate("UsersModel", "Rank"),
                   translate("UsersModel", "User name"), translate("UsersModel", "Role"),
                   translate("UsersModel", "Account"))
        return headers[section] if 0 <= section < COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        u = self.user(index.row()) if index.isValid() else None
        if u is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return u.full_name
            if col == 1:
                return u.rank
            if col == 2:
                return u.username
            if col == 3:
                return role_label(u.role)
            return (translate("UsersModel", "Active") if u.active
                    else translate("UsersModel", "Disabled"))
        if role == BADGE_ROLE:
            if col == 3:
                return u.role.value
            if col == 4:
                return "active" if u.active else "disabled"
        if role == ID_ROLE:
            return u.id
        return None
