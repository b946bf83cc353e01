"""The one dialog every signing act goes through: what is signed, what the signature means, the
signer's password.

The dialog does not sign anything itself. It emits :attr:`SignDialog.sign_requested` with the
password; the caller runs the signing service on the worker and then calls :meth:`finish` (signed)
or :meth:`show_error` (e.g. the service's AuthenticationError for a wrong password). On an error
everything typed stays, the password is selected for retyping.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from milrep.services.signing import Meaning, meaning_label
from ui.i18n import translate
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.password import password_field


class SignDialog(QDialog):
    sign_requested = Signal(str)
    """sig: the person pressed Sign; the argument is the password typed (not yet checked)."""

    def __init__(self, *, signer: str, meaning: Meaning, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meaning, self.signer = meaning, signer
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QPlainTextEdit(summary)
        self.summary.setReadOnly(True)
        self.summary.setFixedHeight(120)
        self.meaning_label = QLabel()
        self.meaning_label.setWordWrap(True)
        self.meaning_label.setObjectName("section")
        self.password = password_field()
        self.password.textChanged.connect(lambda _t: self.error.hide())
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.labels = {k: QLabel() for k in ("meaning", "signer", "password")}
        self.signer_label = QLabel(signer)
        form = QFormLayout()
        form.addRow(self.labels["meaning"], self.meaning_label)
        form.addRow(self.labels["signer"], self.signer_label)
        form.addRow(self.labels["password"], self.password)
        self.labels["password"].setBuddy(self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.summary)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.busy = False
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SignDialog", "Sign with your password"))
        self.intro.setText(translate("SignDialog", "You are signing this document. The signature "
                                     "is stored with it and cannot be undone:"))
        self.meaning_label.setText(meaning_label(self.meaning))
        self.labels["meaning"].setText(translate("SignDialog", "Meaning"))
        self.labels["signer"].setText(translate("SignDialog", "Signed by"))
        self.labels["password"].setText(translate("SignDialog", "Your password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SignDialog", "Sign"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        if self.busy:
            return
        if not self.password.text():
            self.show_error(translate("SignDialog", "Type your password to sign."))
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.sign_requested.emit(self.password.text())

    def show_error(self, text: str) -> None:
        """The signing failed: say why; keep what was typed, select the password."""
        self.busy = False
        self.buttons.setEnabled(True)
        self.error.setText(text)
        self.error.show()
        self.password.setFocus()
        self.password.selectAll()

    def finish(self) -> None:
        """Signed: close."""
        self.busy = False
        self.password.clear()
        self.accept()
