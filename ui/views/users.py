"""Users (head of office): the accounts, their roles; add, disable, reset a password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.services import users
from milrep.services.users import UserInfo
from ui.i18n import translate
from ui.icons import icon
from ui.models.users import UsersModel
from ui.ops import Ops
from ui.views.base import Screen, heading
from ui.widgets.badge import BadgeDelegate


class UsersView(Screen):
    area = "users"
    icon_name = "users"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.heading = heading()
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("list")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The full name takes the spare width; the rest are as wide as what they hold (a rank
        # like "Lieutenant colonel", a role badge, "Active"/"Disabled").
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 170), (2, 140), (3, 170), (4, 120)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        for col in (3, 4):
            self.table.setItemDelegateForColumn(col, BadgeDelegate(self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.add_button = QPushButton(icon("plus", "#ffffff"), "")
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(icon("edit"), "")
        self.edit_button.clicked.connect(self.edit_current)
        self.reset_button = QPushButton(icon("key"), "")
        self.reset_button.clicked.connect(self._reset_password)
        self.disable_button = QPushButton()
        self.disable_button.clicked.connect(self._disable)
        self.own_button = QPushButton()
        self.own_button.clicked.connect(self._change_own)
        bar = QHBoxLayout()
        bar.addWidget(self.own_button)
        bar.addStretch(1)
        for b in (self.disable_button, self.reset_button, self.edit_button, self.add_button):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addWidget(self.heading)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return translate("UsersView", "Users")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.add_button.setText(translate("UsersView", "Add user"))
        self.edit_button.setText(translate("UsersView", "Edit"))
        self.reset_button.setText(translate("UsersView", "Reset password"))
        self.disable_button.setText(translate("UsersView", "Disable"))
        self.own_button.setText(translate("UsersView", "Change my password…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._update_actions()

    def refresh(self) -> None:
        self.ops.query(users.list_users, parent=self, success=self.model.set_users)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("users"):
            self.refresh()

    def current(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        u = self.current()
        self.reset_button.setEnabled(u is not None)
        self.edit_button.setEnabled(u is not None)
        self.disable_button.setEnabled(u is not None and u.active
                                       and u.id != self.ops.actor.user_id)

    def new_record(self) -> None:
        from ui.views.user_dialogs import AddUserDialog  # noqa: PLC0415

        AddUserDialog(self.ops, self).open()

    def edit_current(self) -> None:
        from ui.views.user_dialogs import EditUserDialog  # noqa: PLC0415

        u = self.current()
        if u is not None:
            EditUserDialog(self.ops, u, self).open()

    def _reset_password(self) -> None:
        from ui.views.user_dialogs import ResetPasswordDialog  # noqa: PLC0415

        u = self.current()
        if u is not None:
            ResetPasswordDialog(self.ops, u, self).open()

    def _change_own(self) -> None:
        from ui.views.user_dialogs import ChangePasswordDialog  # noqa: PLC0415

        ChangePasswordDialog(self.ops, self).open()

    def _disable(self) -> None:
        u = self.current()
        if u is None:
            return
        answer = QMessageBox.question(self, translate("UsersView", "Disable account"), translate(
            "UsersView", "Disable the account of {name} ({user})? The password will no longer open "
            "the database. You can enable it again by resetting the password.").format(
                name=u.full_name, user=u.username))
        if answer == QMessageBox.StandardButton.Yes:
            self.ops.mutate(lambda uow, actor: users.disable_user(uow, actor, user_id=u.id),
                            parent=self)
