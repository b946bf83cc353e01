"""The one error handler: a user-facing error's text as is, Cancelled silent, bugs with details.

Details of unexpected errors go to the log on stderr only: a log file at rest could hold the
office's data in clear.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QStyle, QVBoxLayout,
                               QWidget)

from milrep.errors import Cancelled, UserError
from ui.i18n import translate

log = logging.getLogger("milrep.ui")


def report(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` the way its kind deserves."""
    if isinstance(error, Cancelled):
        return
    if isinstance(error, UserError):
        show_user_error(parent, str(error))
        return
    log.error("unexpected error", exc_info=error)
    show_unexpected(parent, error)


def in_label(label: QLabel) -> Callable[[BaseException], bool]:
    """A failure handler for :meth:`ui.ops.Ops.mutate`: a refusal of the rules (UserError) is
    said in ``label`` beside the form; anything else goes on to :func:`report`."""

    def failed(error: BaseException) -> bool:
        if isinstance(error, UserError):
            label.setText(str(error))
            label.show()
            return True
        return False

    return failed


def show_user_error(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "milrep"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    ErrorDialog(error, parent).exec()


class ErrorDialog(QDialog):
    """An unexpected error: a plain sentence first, the technical details folded away."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Errors", "Unexpected error"))
        self.setMinimumWidth(520)
        icon = QLabel()
        style = QApplication.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(translate(
            "Errors", "<b>Something went wrong that milrep did not expect.</b><br><br>"
            "Nothing already stored has been lost: the action was undone. If it happens again, "
            "show the details below to your administrator."))
        text.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(text, 1)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText("".join(traceback.format_exception(error)))
        self.details.setVisible(False)
        self.details.setMinimumHeight(200)
        toggle = QPushButton(translate("Errors", "Show details"))
        toggle.setCheckable(True)
        toggle.toggled.connect(self._toggle)
        self.toggle = toggle
        copy = QPushButton(translate("Errors", "Copy details"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.details.toPlainText()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(toggle)
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.details, 1)
        lay.addLayout(row)

    def _toggle(self, on: bool) -> None:
        self.details.setVisible(on)
        self.toggle.setText(translate("Errors", "Hide details") if on
                            else translate("Errors", "Show details"))
        self.adjustSize()
