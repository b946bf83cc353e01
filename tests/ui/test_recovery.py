"""Login → "Forgot the password?" → recovery dialog → back to login with the new password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain
from ui.ops import Worker, Workspace
from ui.views.login import LoginDialog

NEW_PASSWORD = "Sealed-envelope-2026"


def _login(qtbot, worker: Worker, office: OfficeFixture) -> LoginDialog:
    login = LoginDialog(worker, office.path, username="chief", kdf=FAST_KDF_FOR_TESTS)
    qtbot.addWidget(login)
    login.show()
    assert "recovery code" in login.forgot.text()
    return login


def test_recovery_from_the_login_dialog(qtbot, worker: Worker, office: OfficeFixture,
                                       no_message_boxes: list[str]) -> None:
    login = _login(qtbot, worker, office)
    dialog = login.recover()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.username.text() == "chief"
    dialog.code.setText(office.recovery_code)
    dialog.password.setText("chief-2026-new")
    dialog.confirm.setText("chief-2026-new")
    assert not ok.isEnabled() and "user name" in dialog.feedback.text()  # live rule feedback
    dialog.password.setText(NEW_PASSWORD)
    assert not ok.isEnabled()  # entries differ
    dialog.confirm.setText(NEW_PASSWORD)
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.recovered, timeout=5000) as recovered:
        dialog.submit()
    assert recovered.args == ["chief"]
    assert no_message_boxes == []
    assert login.isVisible() and login.username.text() == "chief"
    assert "new password of chief is set" in login.hint.text()
    login.password.setText(NEW_PASSWORD)
    with qtbot.waitSignal(login.unlocked, timeout=5000) as unlocked:
        login.submit()
    ws = unlocked.args[0]
    assert isinstance(ws, Workspace) and ws.actor.username == "chief"
    ws.db.close()


def test_wrong_code_is_shown_by_the_code_field(qtbot, worker: Worker, office: OfficeFixture,
                                              no_message_boxes: list[str]) -> None:
    before, key_bytes = dump_database(office.db), office.db.keyfile_path.read_bytes()
    dialog = _login(qtbot, worker, office).recover()
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.password.setText(NEW_PASSWORD)
    dialog.confirm.setText(NEW_PASSWORD)
    dialog.submit()
    drain(qtbot, worker)
    assert dialog.errors.message_for("code") == "The recovery code is wrong."
    assert dialog.isVisible() and no_message_boxes == []
    dialog.code.setText(office.recovery_code)
    dialog.username.setText("nobody")
    dialog.submit()
    drain(qtbot, worker)
    assert "There is no user nobody" in dialog.errors.message_for("username")
    assert dump_database(office.db) == before
    assert office.db.keyfile_path.read_bytes() == key_bytes


def test_recovery_sheet_goes_to_documents_and_names_the_key_file(
        qtbot, worker, tmp_path: Path, monkeypatch) -> None:
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from ui import paths
    from ui.views import recovery
    from ui.views.wizard import FirstRunWizard

    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(paths, "documents_folder", lambda: docs)
    monkeypatch.setattr("ui.views.wizard.documents_folder", lambda: docs)
    suggested: list[Path] = []
    monkeypatch.setattr(recovery, "save_pdf",
                        lambda _p, _doc, path: suggested.append(path) or None)
    wizard = FirstRunWizard(worker, tmp_path / "db" / "office.milrep", kdf=FAST_KDF_FOR_TESTS)
    qtbot.addWidget(wizard)
    wizard.recovery_code = "ABCD-EFGH"
    wizard.recovery_page._pdf()
    assert suggested == [docs / "recovery-code.pdf"]
    text = wizard.recovery_page._sheet().toPlainText()  # type: ignore[attr-defined]
    assert "key file" in text and "ABCD-EFGH" in text
