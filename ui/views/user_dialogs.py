"""Dialogs for accounts: add a user, reset a password (head of office), change my own password."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import ValidationError
from milrep.models.users import Role
from milrep.services import users
from milrep.services.auth import Actor, role_label
from milrep.services.users import UserInfo
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import FieldErrors, UnsavedChanges
from ui.widgets.password import PasswordFeedback, password_field


class _AccountDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.feedback = PasswordFeedback()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(self.form)
        lay.addWidget(self.feedback)
        lay.addWidget(self.buttons)

    def row(self, field: str, text: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self.form, field, QLabel(text), widget)
        return widget

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def showEvent(self, event: QShowEvent) -> None:
        if self.unsaved.baseline is None:
            self.unsaved.mark_clean()  # the subclass has filled its fields by now
        super().showEvent(event)

    def reject(self) -> None:
        """Escape, Cancel, the close button: ask first when something typed would be lost."""
        self.unsaved.close_or_ask(super().reject)

    def submit(self) -> None:
        raise NotImplementedError


class AddUserDialog(_AccountDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(translate("UserDialogs", "Add user"))
        self.full_name = self.row("full_name", translate("UserDialogs", "Full name"), QLineEdit())
        self.rank = self.row("rank", translate("UserDialogs", "Rank"), QLineEdit())
        self.position = self.row("position", translate("UserDialogs", "Position"), QLineEdit())
        self.username = self.row("username", translate("UserDialogs", "User name"), QLineEdit())
        self.role = QComboBox()
        for role in (Role.REPRESENTATIVE, Role.VIEWER, Role.CHIEF):
            self.role.addItem(role_label(role), role.value)
        self.row("role", translate("UserDialogs", "Role"), self.role)
        self.password = self.row("password", translate("UserDialogs", "Password"),
                                 password_field())
        self.confirm = self.row("confirm", translate("UserDialogs", "Repeat password"),
                                password_field())
        for w in (self.username, self.password, self.confirm):
            w.textChanged.connect(self._check)  # type: ignore[attr-defined]
        self._check()

    def _check(self) -> None:
        ok = self.feedback.check(self.username.text().strip(), self.password.text(),
                                 self.confirm.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def submit(self) -> None:
        username, full_name = self.username.text().strip(), self.full_name.text()
        rank, position = self.rank.text(), self.position.text()
        role, password = Role(self.role.currentData()), self.password.text()
        self.ops.mutate(lambda uow, actor: users.add_user(
            uow, actor, username=username, full_name=full_name, role=role, password=password,
            rank=rank, position=position), parent=self, success=lambda _c: self.accept(),
            failure=self.failed)


class EditUserDialog(_AccountDialog):
    """The head of office corrects a person's name, rank, position and role."""

    def __init__(self, ops: Ops, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.user = user
        self.setWindowTitle(translate("UserDialogs", "Edit user {user}").format(
            user=user.username))
        self.feedback.hide()
        self.full_name = self.row("full_name", translate("UserDialogs", "Full name"),
                                  QLineEdit(user.full_name))
        self.rank = self.row("rank", translate("UserDialogs", "Rank"), QLineEdit(user.rank))
        self.position = self.row("position", translate("UserDialogs", "Position"),
                                 QLineEdit(user.position))
        self.role = QComboBox()
        for role in (Role.REPRESENTATIVE, Role.VIEWER, Role.CHIEF):
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role.value)))
        self.row("role", translate("UserDialogs", "Role"), self.role)
        self.full_name.setFocus()

    def submit(self) -> None:
        user_id, old_role = self.user.id, self.user.role
        full_name, rank, position = self.full_name.text(), self.rank.text(), self.position.text()
        role = Role(self.role.currentData())

        def save(uow: UnitOfWork, actor: Actor) -> Changes:
            if role != old_role:  # first: it may be refused (the last head of office)
                users.set_role(uow, actor, user_id=user_id, role=role)
            return users.update_user_details(uow, actor, user_id=user_id, full_name=full_name,
                                             rank=rank, position=position)

        self.ops.mutate(save, parent=self, success=lambda _c: self.accept(), failure=self.failed)

    def failed(self, error: BaseException) -> bool:
        from milrep.errors import RuleViolation  # noqa: PLC0415

        if isinstance(error, RuleViolation):
            self.errors.show(ValidationError(str(error), field="role"))
            return True
        return super().failed(error)


class ResetPasswordDialog(_AccountDialog):
    def __init__(self, ops: Ops, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.user = user
        self.setWindowTitle(translate("UserDialogs", "Reset password"))
        intro = QLabel(translate("UserDialogs", "New password for {name} ({user}). Tell it to them "
                                 "in person; they should change it at once.").format(
                                     name=user.full_name, user=user.username))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.password = self.row("password", translate("UserDialogs", "New password"),
                                 password_field())
        self.confirm = self.row("confirm", translate("UserDialogs", "Repeat password"),
                                password_field())
        for w in (self.password, self.confirm):
            w.textChanged.connect(self._check)  # type: ignore[attr-defined]
        self._check()

    def _check(self) -> None:
        ok = self.feedback.check(self.user.username, self.password.text(), self.confirm.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def submit(self) -> None:
        user_id, password = self.user.id, self.password.text()
        self.ops.mutate(lambda uow, actor: users.reset_password(
            uow, actor, user_id=user_id, new_password=password), parent=self,
            success=lambda _c: self.accept(), failure=self.failed)


class ChangePasswordDialog(_AccountDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(translate("UserDialogs", "Change my password"))
        self.old = self.row("old_password", translate("UserDialogs", "Current password"),
                            password_field())
        self.password = self.row("password", translate("UserDialogs", "New password"),
                                 password_field())
        self.confirm = self.row("confirm", translate("UserDialogs", "Repeat new password"),
                                password_field())
        for w in (self.password, self.confirm):
            w.textChanged.connect(self._check)  # type: ignore[attr-defined]
        self._check()

    def _check(self) -> None:
        ok = self.feedback.check(self.ops.actor.username, self.password.text(),
                                 self.confirm.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def failed(self, error: BaseException) -> bool:
        from milrep.errors import AuthenticationError  # noqa: PLC0415

        if isinstance(error, AuthenticationError):
            self.errors.show(ValidationError(str(error), field="old_password"))
            return True
        return super().failed(error)

    def submit(self) -> None:
        old, new = self.old.text(), self.password.text()
        self.ops.mutate(lambda uow, actor: users.change_own_password(
            uow, actor, old_password=old, new_password=new), parent=self,
            success=lambda _c: self.accept(), failure=self.failed)
