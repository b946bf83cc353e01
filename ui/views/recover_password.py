"""Set a new password with the recovery code printed when the database was created.

Reached from the unlock dialog ("Forgot the password?"). The rules and the work are in
:mod:`milrep.services.recovery`; this dialog only collects the code, the account and the new
password, with live feedback on the office's password rules.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from milrep.db.keyslots import KdfParams
from milrep.errors import AuthenticationError, KeyFileError, ValidationError
from milrep.services.recovery import recover_password
from ui.i18n import translate
from ui.ops import Worker, run_foreground
from ui.widgets.forms import FieldErrors
from ui.widgets.password import PasswordFeedback, password_field


class RecoverPasswordDialog(QDialog):
    recovered = Signal(str)
    """sig: the account's new password is set; the argument is its user name."""

    def __init__(self, worker: Worker, path: Path, *, username: str = "",
                 kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.path, self.kdf = worker, path, kdf
        self.setMinimumWidth(560)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.errors = FieldErrors(QLabel())
        self.code = QLineEdit()
        self.code.setObjectName("mono")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit(username)
        self.password = password_field()
        self.confirm = password_field()
        self.feedback = PasswordFeedback()
        self.labels = {f: QLabel() for f in ("code", "username", "password", "confirm")}
        form = QFormLayout()
        form.setVerticalSpacing(8)
        for field, widget in (("code", self.code), ("username", self.username),
                              ("password", self.password), ("confirm", self.confirm)):
            self.errors.add_row(form, field, self.labels[field], widget)
        form.addRow("", self.feedback)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 16)
        lay.setSpacing(12)
        lay.addWidget(self.intro)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        for w in (self.code, self.username, self.password, self.confirm):
            w.textChanged.connect(self._check)
        self.retranslate()
        self.code.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("RecoverPassword", "Recover an account"))
        self.intro.setText(translate(
            "RecoverPassword", "Take the sealed envelope with the recovery code printed when the "
            "office database was created. The code sets a new password for one account and "
            "enables it again; the audit journal records that the recovery code was used."))
        for field, text in (("code", translate("RecoverPassword", "Recovery code")),
                            ("username", translate("RecoverPassword", "User name")),
                            ("password", translate("RecoverPassword", "New password")),
                            ("confirm", translate("RecoverPassword", "Repeat new password"))):
            self.labels[field].setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("RecoverPassword", "Set the new password"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _check(self) -> None:
        ok = self.feedback.check(self.username.text().strip(), self.password.text(),
                                 self.confirm.text())
        ready = ok and bool(self.code.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def submit(self) -> None:
        path, kdf = self.path, self.kdf
        code, username = self.code.text(), self.username.text().strip()
        password = self.password.text()
        self.errors.clear()
        self.buttons.setEnabled(False)
        run_foreground(self.worker, lambda: recover_password(
            path, code=code, username=username, new_password=password, kdf=kdf),
            parent=self, success=lambda _c: self._done(username), failure=self._failed,
            title=translate("RecoverPassword", "Setting the new password…"))

    def _failed(self, error: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(error, AuthenticationError):
            self.errors.show(ValidationError(str(error), field="code"))
            self.code.selectAll()
            return True
        if isinstance(error, (ValidationError, KeyFileError)):
            self.errors.show(error if isinstance(error, ValidationError)
                             else ValidationError(str(error)))
            return True
        return False

    def _done(self, username: str) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.confirm.clear()
        self.code.clear()
        self.recovered.emit(username)
        self.accept()
