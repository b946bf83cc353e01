"""The office's accounts (a few dozen at most: loaded whole)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from milrep.services.auth import role_label
from milrep.services.users import UserInfo
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE
from ui.models.records import RecordsModel

ROLE, ACCOUNT = 3, 4


class UsersModel(RecordsModel[UserInfo]):
    headers = (lambda: translate("UsersModel", "Full name"),
               lambda: translate("UsersModel", "Rank"),
               lambda: translate("UsersModel", "User name"),
               lambda: translate("UsersModel", "Role"),
               lambda: translate("UsersModel", "Account"))

    def set_users(self, users: Sequence[UserInfo]) -> None:
        self.set_rows(users)

    def user(self, row: int) -> UserInfo | None:
        return self.record(row)

    def text(self, row: UserInfo, column: int) -> str:
        account = (translate("UsersModel", "Active") if row.active
                   else translate("UsersModel", "Disabled"))
        return (row.full_name, row.rank, row.username, role_label(row.role), account)[column]

    def extra(self, row: UserInfo, column: int, role: int) -> Any:
        if role == BADGE_ROLE and column == ROLE:
            return row.role.value
        if role == BADGE_ROLE and column == ACCOUNT:
            return "active" if row.active else "disabled"
        return None
