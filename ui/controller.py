"""The application's flow: welcome or unlock, then the main window; lock and unlock again."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from milrep.db.keyslots import DEFAULT_KDF, KdfParams
from ui import theme
from ui.i18n import LanguageManager, stored_language, translate
from ui.ops import Ops, Worker, Workspace, run_foreground
from ui.paths import default_database_path
from ui.views.login import LoginDialog
from ui.views.main_window import MainWindow
from ui.views.welcome import Choice, WelcomeDialog
from ui.views.wizard import FirstRunWizard

DEMO_PASSWORD = "demo2026office"


class AppController(QObject):
    def __init__(self, app: QApplication, db_path: Path | None = None, *,
                 settings: QSettings | None = None, kdf: KdfParams = DEFAULT_KDF) -> None:
        super().__init__()
        app.setOrganizationName("milrep")
        app.setApplicationName("milrep")
        theme.apply(app)
        self.app, self.kdf = app, kdf
        self.settings = settings or QSettings()
        self.languages = LanguageManager(app, self.settings)
        self.languages.apply(stored_language(self.settings), remember=False)
        self.worker = Worker(self)
        self.explicit_path = db_path
        self.ops: Ops | None = None
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None

    # --- start -------------------------------------------------------------------------------

    def initial_path(self) -> Path:
        if self.explicit_path is not None:
            return Path(self.explicit_path)
        last = str(self.settings.value("db/last", "") or "")
        if last and Path(last).exists():
            return Path(last)
        return default_database_path()

    def start(self) -> bool:
        """Show the first screen; False when the user left before anything opened."""
        path = self.initial_path()
        if path.exists():
            return self.show_login(path)
        return self.show_welcome(path)

    def show_welcome(self, path: Path) -> bool:
        demo = importlib.util.find_spec("milrep.demo") is not None
        welcome = WelcomeDialog(path, self.languages, demo_available=demo)
        if not welcome.exec() or welcome.choice is None:
            return False
        # Cancel on whatever follows the welcome screen comes back to it, not out of the app.
        if welcome.choice == Choice.CREATE:
            wizard = FirstRunWizard(self.worker, path, kdf=self.kdf)
            wizard.created.connect(self.open_workspace)
            return bool(wizard.exec()) or self.show_welcome(path)
        if welcome.choice == Choice.DEMO:
            return self.open_demo(path.with_name("demo.milrep")) or self.show_welcome(path)
        name, _ = QFileDialog.getOpenFileName(
            None, translate("Controller", "Open office database"), str(path.parent),
            translate("Controller", "milrep databases (*.milrep);;All files (*)"))
        return (bool(name) and self.show_login(Path(name))) or self.show_welcome(path)

    def open_demo(self, path: Path) -> bool:
        hint = translate("Controller", "Demo office: users chief, rep1, rep2 and clerk; the "
                         "password of each is {password}").format(password=DEMO_PASSWORD)
        if path.exists():
            return self.show_login(path, username="chief", hint=hint)
        from milrep.demo import build_demo  # noqa: PLC0415 - written by the CLI's owner

        built: list[bool] = []
        run_foreground(self.worker, lambda: build_demo(path, password=DEMO_PASSWORD, kdf=self.kdf),
                       parent=None, success=lambda _r: built.append(True),
                       failure=lambda _e: bool(built.append(False)),
                       title=translate("Controller", "Building the demo office…"))
        while not built:
            self.app.processEvents()
        return self.show_login(path, username="chief", hint=hint) if built[0] else False

    def show_login(self, path: Path, *, username: str = "", hint: str = "",
                   locked: bool = False) -> bool:
        if not username:
            username = str(self.settings.value("db/last_user", "") or "")
        self.login = LoginDialog(self.worker, path, username=username, locked=locked, hint=hint,
                                 kdf=self.kdf)
        self.login.unlocked.connect(self.open_workspace)
        ok = bool(self.login.exec())
        self.login = None
        return ok

    # --- session -----------------------------------------------------------------------------

    def open_workspace(self, workspace: Workspace) -> None:
        self.settings.setValue("db/last", str(workspace.db.path))
        self.settings.setValue("db/last_user", workspace.actor.username)
        if self.window is not None and self.ops is not None:
            if self.ops.actor == workspace.actor and self.ops.workspace.db.path == workspace.db.path:
                self.ops.workspace = workspace  # unlocked again: keep the window as it was
                self.window.show()
                for screen in self.window.screens.values():
                    screen.refresh()
                self._tell_failed_attempts(workspace)
                return
            self.window.save_state()
            self.window.close()
            self.window.deleteLater()
        self.ops = Ops(self.worker, workspace, self)
        self.window = MainWindow(self.ops, self.languages, self.settings)
        self.window.lock_requested.connect(self.lock)
        self.window.show()
        self._tell_failed_attempts(workspace)

    def _tell_failed_attempts(self, workspace: Workspace) -> None:
        failed, workspace.db.failed_attempts = workspace.db.failed_attempts, None  # said once
        if self.window is not None:
            self.window.tell_failed_attempts(failed)

    def lock(self) -> None:
        """Hide the window (its state intact), close the database, ask for the password again."""
        if self.window is None or self.ops is None:
            return
        self.window.save_state()
        self.window.hide()
        db = self.ops.workspace.db
        self.worker.submit(db.close, lambda _r, _e: None)  # after every queued operation
        path, username = db.path, self.ops.actor.username
        if not self.show_login(path, username=username, locked=True):
            self.app.quit()

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.save_state()
        if self.ops is not None:
            ops = self.ops
            self.worker.submit(ops.workspace.db.close, lambda _r, _e: None)
        self.worker.shutdown()
