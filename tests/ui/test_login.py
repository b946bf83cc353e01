"""The unlock dialog: errors that grow it, key-file problems seen before a password is typed,
failed sign-ins told once, and Cancel that goes back to the welcome screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from milrep.db.keyslots import KeySlotFile
from milrep.db.store import open_database
from milrep.errors import AuthenticationError
from milrep.services.login_attempts import FailedAttempts
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import OfficeFixture
from tests.ui.conftest import drain
from ui import controller as controller_module
from ui.ops import Worker
from ui.views.login import LoginDialog
from ui.views.welcome import Choice


def test_an_error_grows_the_dialog_and_leaves_the_fields_alone(
        qtbot, worker: Worker, office: OfficeFixture) -> None:
    long_path = office.path.parent / ("a-rather-long-folder-name-" * 3) / "office.milrep"
    dialog = LoginDialog(worker, long_path, username="chief")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hide_error()
    QApplication.processEvents()
    fields = (dialog.path, dialog.username, dialog.password)
    heights = [f.height() for f in fields]
    before = dialog.height()
    dialog.show_error("There is no database at " + str(long_path) + ". " * 3 + "x " * 80)
    QApplication.processEvents()
    assert [f.height() for f in fields] == heights
    assert all(h >= f.sizeHint().height() for f, h in zip(fields, heights, strict=True))
    assert dialog.height() > before
    assert dialog.error.wordWrap()
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())


def test_missing_key_file_is_said_when_the_dialog_opens(qtbot, worker: Worker,
                                                        office: OfficeFixture) -> None:
    office.db.close()
    KeySlotFile.path_for(office.path).unlink()
    dialog = LoginDialog(worker, office.path, username="chief")
    qtbot.addWidget(dialog)
    drain(qtbot, worker)
    assert dialog.error.isVisibleTo(dialog)
    assert "key file" in dialog.error.text().lower() and "missing" in dialog.error.text()


def test_damaged_key_file_is_said_when_the_path_changes(qtbot, worker: Worker,
                                                        office: OfficeFixture,
                                                        tmp_path: Path) -> None:
    office.db.close()
    other = tmp_path / "elsewhere"
    other.mkdir()
    copy = other / "office.milrep"
    copy.write_bytes(office.path.read_bytes())
    KeySlotFile.path_for(copy).write_bytes(b"{damaged")
    dialog = LoginDialog(worker, office.path, username="chief")
    qtbot.addWidget(dialog)
    drain(qtbot, worker)
    assert not dialog.error.isVisibleTo(dialog)
    dialog.path.setText(str(copy))
    dialog.path.editingFinished.emit()
    drain(qtbot, worker)
    assert dialog.error.isVisibleTo(dialog) and "key file" in dialog.error.text().lower()
    dialog.path.setText(str(office.path))  # back to the good one: the message goes
    dialog.path.editingFinished.emit()
    drain(qtbot, worker)
    assert not dialog.error.isVisibleTo(dialog)


def test_third_wrong_password_then_the_wait_is_shown(qtbot, worker: Worker,
                                                     office: OfficeFixture) -> None:
    office.db.close()
    dialog = LoginDialog(worker, office.path, username="chief")
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.password.setText("not-the-password-1")
        dialog.submit()
        drain(qtbot, worker)
    dialog.password.setText(CHIEF_PASSWORD)
    dialog.submit()
    drain(qtbot, worker)
    assert dialog.error.text().startswith("Wrong password 3 times: wait ")


def test_failed_attempts_are_told_once_after_sign_in(qtbot, office: OfficeFixture) -> None:
    from ui.app import show_main_window

    office.db.close()
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            open_database(office.path, "chief", "not-the-password-1")
    db, actor = open_database(office.path, "chief", CHIEF_PASSWORD)
    failed = db.failed_attempts
    assert isinstance(failed, FailedAttempts) and failed.count == 2
    window = show_main_window(db, actor)
    qtbot.addWidget(window)
    box = window.tell_failed_attempts(failed)  # type: ignore[attr-defined]
    assert isinstance(box, QMessageBox)
    assert "2 failed sign-in attempts since your last sign-in" in box.text()
    assert window.tell_failed_attempts(FailedAttempts()) is None  # type: ignore[attr-defined]
    box.close()
    window.close()
    db.close()


def test_cancel_on_the_demo_login_goes_back_to_welcome(qtbot, monkeypatch, tmp_path: Path,
                                                       qapp) -> None:
    choices = [Choice.DEMO, None]
    shown: list[str] = []

    class FakeWelcome:
        def __init__(self, *_a: object, **_k: object) -> None:
            self.choice = choices.pop(0)
            shown.append("welcome")

        def exec(self) -> bool:
            return self.choice is not None

    monkeypatch.setattr(controller_module, "WelcomeDialog", FakeWelcome)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctl = controller_module.AppController(qapp, tmp_path / "office.milrep", settings=settings)
    monkeypatch.setattr(ctl, "open_demo", lambda _p: shown.append("login") or False)
    assert ctl.show_welcome(tmp_path / "office.milrep") is False
    assert shown == ["welcome", "login", "welcome"]
    ctl.worker.shutdown()


def test_subtitle_names_the_key_file_and_the_recovery_code(qtbot, worker: Worker,
                                                           tmp_path: Path) -> None:
    dialog = LoginDialog(worker, tmp_path / "office.milrep")
    qtbot.addWidget(dialog)
    text = dialog.subtitle.text()
    assert "key file" in text and "recovery code" in text and "this computer" not in text
    drain(qtbot, worker)
