"""Unlock the office database: file, user name, password; every refusal said in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from milrep.db.keyslots import KdfParams
from milrep.db.store import check_database_files
from milrep.errors import UserError
from ui import session
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Worker, Workspace, run_foreground
from ui.views.recover_password import RecoverPasswordDialog
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.password import password_field


class LoginDialog(QDialog):
    unlocked = Signal(object)
    """sig: the database is open; the argument is the Workspace."""

    def __init__(self, worker: Worker, path: Path, *, username: str = "", locked: bool = False,
                 hint: str = "", kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.locked, self.hint_text, self.kdf = worker, locked, hint, kdf
        self.setMinimumWidth(560)
        self.file_problem = ""
        self.setWindowIcon(icon("shield", "#1f3a5f"))
        self.emblem = QLabel()
        self.emblem.setPixmap(icon("shield", "#1f3a5f", 128).pixmap(56, 56))
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.path = QLineEdit(str(path))
        self.path.setReadOnly(locked)
        self.path.editingFinished.connect(self.check_files)
        self.browse = QPushButton(icon("folder"), "")
        self.browse.setVisible(not locked)
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.username = QLineEdit(username)
        self.password = password_field()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The message takes the height it needs and the dialog grows for it (fit()); the fields
        # keep theirs.
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.error.hide()
        self.hint = QLabel(hint)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.forgot = QLabel()
        self.forgot.setObjectName("link")
        self.forgot.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.forgot.linkActivated.connect(lambda _link: self.recover())
        self.unlock_button = QPushButton(icon("lock", "#ffffff"), "")
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.labels[0], path_row)
        form.addRow(self.labels[1], self.username)
        form.addRow(self.labels[2], self.password)
        form.addRow("", self.forgot)
        head = QHBoxLayout()
        head.addWidget(self.emblem, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(14)
        lay.addLayout(head)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.retranslate()
        (self.password if username else self.username).setFocus()
        self.checked_path = ""
        self.check_files()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("LoginDialog", "milrep — unlock"))
        self.title.setText(translate("LoginDialog", "Workstation locked") if self.locked
                           else translate("LoginDialog", "Open the office database"))
        self.subtitle.setText(translate("LoginDialog", "The database is encrypted. Enter your "
                                        "password to continue where you left off.") if self.locked
                              else translate("LoginDialog", "The database and its key file are "
                                             "encrypted: open them with your user name and "
                                             "password, or with the office's recovery code."))
        for label, text in zip(self.labels, (translate("LoginDialog", "Database"),
                                             translate("LoginDialog", "User name"),
                                             translate("LoginDialog", "Password")), strict=True):
            label.setText(text)
        for edit in (self.path, self.username, self.password):
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.browse.setText(translate("LoginDialog", "Browse…"))
        self.forgot.setText('<a href="recover">{}</a>'.format(translate(
            "LoginDialog", "Forgot the password? Use the recovery code")))
        self.unlock_button.setText(translate("LoginDialog", "Unlock"))
        self.quit_button.setText(translate("LoginDialog", "Quit") if self.locked
                                 else translate("LoginDialog", "Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.fit()

    def hide_error(self) -> None:
        self.error.hide()
        self.fit()

    def fit(self) -> None:
        """Grow (never squeeze) to the height the layout needs at the current width: a long
        message gets its own lines instead of taking height from the fields above it."""
        lay = self.layout()
        lay.activate()
        width = self.width()
        need = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else -1
        need = max(need, lay.totalMinimumSize().height())
        if need > self.height():
            self.resize(width, need)

    def current_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def check_files(self) -> None:
        """Before any password is typed: is there a database and an intact key file here?"""
        path = self.current_path()
        if str(path) == self.checked_path:
            return
        self.checked_path = str(path)

        def done(_result: object, error: BaseException | None) -> None:
            try:
                if str(self.current_path()) != str(path):
                    return  # the path changed again meanwhile; its own check follows
                if isinstance(error, UserError):
                    self.file_problem = str(error)
                    self.show_error(self.file_problem)
                elif self.file_problem:
                    self.file_problem = ""
                    self.hide_error()
            except RuntimeError:  # the dialog was closed before the answer came
                pass

        self.worker.submit(lambda: check_database_files(path), done)

    def submit(self) -> None:
        path = self.current_path()
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_error(translate("LoginDialog", "Enter your user name and password."))
            return
        self.hide_error()
        self.unlock_button.setEnabled(False)

        def failed(error: BaseException) -> bool:
            self.unlock_button.setEnabled(True)
            if isinstance(error, UserError):
                self.show_error(str(error))
                self.password.selectAll()
                self.password.setFocus()
                return True
            return False

        run_foreground(self.worker, lambda: session.unlock(path, username, password),
                       parent=self, success=self._opened, failure=failed,
                       title=translate("LoginDialog", "Unlocking the database…"))

    def _opened(self, workspace: Workspace) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.unlocked.emit(workspace)
        self.accept()

    def recover(self) -> RecoverPasswordDialog:
        """Open the recovery dialog; once the new password is set, come back here to sign in."""
        path = Path(self.path.text().strip()).expanduser()
        dialog = RecoverPasswordDialog(self.worker, path, username=self.username.text().strip(),
                                       kdf=self.kdf, parent=self)
        dialog.recovered.connect(self._recovered)
        dialog.open()
        return dialog

    def _recovered(self, username: str) -> None:
        self.username.setText(username)
        self.password.clear()
        self.hide_error()
        self.hint.setText(translate("LoginDialog", "The new password of {user} is set. Sign in "
                                    "with it now.").format(user=username))
        self.hint.show()
        self.fit()
        self.password.setFocus()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("LoginDialog", "Open office database"), self.path.text(),
            translate("LoginDialog", "milrep databases (*.milrep);;All files (*)"))
        if name:
            self.path.setText(name)
            self.check_files()
