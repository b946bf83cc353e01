"""Live feedback on a new password against the office's rules (the rules live in the core)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from milrep.errors import ValidationError
from milrep.services.users import check_password_rules
from ui.i18n import translate


def password_field(parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordFeedback(QLabel):
    """Says which rule the password breaks, or that it is good and both entries match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.ok = False

    def check(self, username: str, password: str, confirm: str) -> bool:
        if not password:
            self._show(translate("PasswordFeedback", "At least 10 characters, letters and digits, "
                                 "not containing the user name."), None)
            self.ok = False
            return False
        try:
            check_password_rules(username, password)
        except ValidationError as e:
            self._show("✗ " + str(e), False)
            self.ok = False
            return False
        if password != confirm:
            self._show("✗ " + translate("PasswordFeedback", "The two entries differ."), False)
            self.ok = False
            return False
        self._show("✓ " + translate("PasswordFeedback", "The password meets the office's rules."),
                   True)
        self.ok = True
        return True

    def _show(self, text: str, good: bool | None) -> None:
        color = "#5f6b73" if good is None else ("#1b5e20" if good else "#b3261e")
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
