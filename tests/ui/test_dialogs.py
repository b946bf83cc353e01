"""Login, first-run wizard, editors and the viewer's read-only screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import open_database
from milrep.services import contracts
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.ops import Worker, Workspace
from ui.views.contract_editor import ContractEditor
from ui.views.contracts import ContractsView
from ui.views.login import LoginDialog
from ui.views.wizard import FirstRunWizard


def test_login_wrong_password_says_so(qtbot, worker: Worker, office: OfficeFixture) -> None:
    office.db.close()
    dialog = LoginDialog(worker, office.path, username="chief")
    qtbot.addWidget(dialog)
    dialog.password.setText("not-the-password-1")
    dialog.submit()
    drain(qtbot, worker)
    assert dialog.error.isVisibleTo(dialog)
    assert "wrong user name or password" in dialog.error.text().lower()


def test_login_opens_the_workspace(qtbot, worker: Worker, office: OfficeFixture) -> None:
    dialog = LoginDialog(worker, office.path, username="chief")
    qtbot.addWidget(dialog)
    dialog.password.setText(CHIEF_PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=5000) as blocker:
        dialog.submit()
    ws = blocker.args[0]
    assert isinstance(ws, Workspace) and ws.office.code == "17" and ws.actor.username == "chief"
    ws.db.close()


def test_wizard_creates_the_database(qtbot, worker: Worker, tmp_path: Path) -> None:
    path = tmp_path / "new" / "office.milrep"
    wizard = FirstRunWizard(worker, path, kdf=FAST_KDF_FOR_TESTS)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_code.setText("17")
    wizard.office_name.setText("Office No. 17")
    wizard.plant.setText("Zhetysu Instrument Plant JSC")
    wizard.next()
    wizard.site_name.setText("Laptop")
    wizard.next()
    page = wizard.chief_page
    page.full_name.setText("A. Serikbayev")
    page.password.setText("short1")
    page.confirm.setText("short1")
    assert not page.isComplete() and "10" in page.feedback.text()
    page.password.setText("Serikbayev2026")
    page.confirm.setText("Serikbayev2026")
    assert page.isComplete()
    wizard.next()
    drain(qtbot, worker)
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.recovery_page.code.text() == wizard.recovery_code != ""
    assert not wizard.recovery_page.isComplete()
    wizard.recovery_page.stored.setChecked(True)
    assert wizard.recovery_page.isComplete()
    created: list[object] = []
    wizard.created.connect(created.append)
    wizard.accept()
    assert created == [wizard.workspace]
    assert wizard.workspace is not None
    wizard.workspace.db.close()
    db, actor = open_database(path, "chief", "Serikbayev2026")
    assert actor.full_name == "A. Serikbayev"
    db.close()


def test_editing_a_contract_through_the_dialog(qtbot, worker: Worker,
                                               records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.chief)
    cid = records.ids["contract"]
    editor = ContractEditor(ops, cid)
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    assert editor.number.text() == "12-ГОЗ/2026"
    assert editor.stages.rowCount() == 2 and editor.amendments.rowCount() == 1
    editor.subject.setPlainText("40 radio stations R-168-5UN (amended)")
    with qtbot.waitSignal(ops.changes_applied, timeout=5000):
        editor.submit()
    drain(qtbot, worker)
    with records.db.unit_of_work() as uow:
        detail = contracts.get_contract(uow, records.chief, contract_id=cid)
    assert detail.form.subject == "40 radio stations R-168-5UN (amended)"
    assert str(detail.form.value) == "1840000000.00"
    assert len(detail.form.stages) == 2


def test_server_validation_error_is_shown_next_to_its_field(qtbot, worker: Worker,
                                                            records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.chief)
    editor = ContractEditor(ops, records.ids["contract"])
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    before = dump_database(records.db)
    editor.advance.setText("9999999999999")
    editor.submit()
    drain(qtbot, worker)
    assert "advance" in editor.errors.message_for("advance").lower()
    assert editor.tabs.currentIndex() == 0
    assert dump_database(records.db) == before


def test_viewer_cannot_edit(qtbot, worker: Worker, records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.viewer)
    view = ContractsView(ops)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    view.select_row(0)
    assert not view.new_button.isEnabled()
    assert not view.status_button.isEnabled()
    assert view.edit_button.isEnabled() and view.edit_button.text() == "Open"
    editor = ContractEditor(ops, records.ids["contract"])
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    assert editor.number.isReadOnly()
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(editor)


def test_a_fulfilled_contract_is_read_only_with_the_reason(qtbot, worker: Worker,
                                                           records: OfficeFixture) -> None:
    from milrep.models.contracts import ContractStatus

    cid = records.ids["contract"]
    for status in (ContractStatus.ACTIVE, ContractStatus.COMPLETED):
        with records.db.unit_of_work() as uow:
            contracts.set_status(uow, records.chief, contract_id=cid, status=status)
    editor = ContractEditor(make_ops(worker, records, records.chief), cid)
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    assert "Fulfilled contracts cannot be edited" in editor.banner.text()
    assert editor.banner.isVisibleTo(editor)
    assert editor.number.isReadOnly() and editor.subject.isReadOnly()
    assert editor.value.property("lockedField") and editor.number.property("lockedField")
    assert not editor.contractor.combo.isEnabled()
    assert not editor.contractor.new_button.isVisibleTo(editor)
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(editor)


def test_wizard_prefilled_workstation_code_lets_you_go_on(qtbot, worker: Worker,
                                                         tmp_path: Path) -> None:
    """QA: the pre-filled WS1 kept Next disabled (Qt's mandatory fields compare against the
    initial value); typing WS1 again disabled it too. Any rule that blocks Next says why."""
    wizard = FirstRunWizard(worker, tmp_path / "office.milrep", kdf=FAST_KDF_FOR_TESTS)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.office_page
    assert not office.isComplete()
    assert office.reason.isVisibleTo(wizard) and "Office code" in office.reason.text()
    wizard.office_code.setText("17")
    wizard.office_name.setText("Office No. 17")
    wizard.plant.setText("Plant JSC")
    assert office.isComplete() and not office.reason.isVisibleTo(wizard)
    wizard.next()
    site = wizard.site_page
    assert wizard.currentPage() is site
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "Workstation name" in site.reason.text() and site.reason.isVisibleTo(wizard)
    wizard.site_name.setText("Laptop")
    assert site.isComplete() and next_button.isEnabled()
    wizard.site_code.clear()
    assert not next_button.isEnabled() and "Workstation code" in site.reason.text()
    wizard.site_code.setText("WS1")
    assert next_button.isEnabled() and site.reason.text() == ""
    wizard.next()
    chief = wizard.chief_page
    assert "Full name" in chief.reason.text()


def test_field_error_goes_away_when_the_field_is_edited(qtbot, worker: Worker,
                                                        office: OfficeFixture) -> None:
    """QA: "user name already taken" stayed after the name was changed (FieldErrors does it
    for every form)."""
    from ui.views.user_dialogs import AddUserDialog

    dialog = AddUserDialog(make_ops(worker, office, office.chief))
    qtbot.addWidget(dialog)
    dialog.full_name.setText("B. Nurlanov")
    dialog.username.setText("rep1")
    dialog.password.setText("Nurlanov2026x")
    dialog.confirm.setText("Nurlanov2026x")
    dialog.submit()
    drain(qtbot, worker)
    assert "already taken" in dialog.errors.message_for("username")
    assert dialog.username.property("invalid") is True
    qtbot.keyClicks(dialog.username, "x")
    assert dialog.errors.message_for("username") == ""
    assert dialog.username.property("invalid") is False


def test_escape_with_unsaved_changes_asks_first(qtbot, worker: Worker, records: OfficeFixture,
                                               monkeypatch) -> None:
    from PySide6.QtCore import Qt

    from ui.widgets import forms

    asked: list[bool] = []
    answer = [False]
    monkeypatch.setattr(forms, "ask_discard",
                        lambda _p, discard: asked.append(True) or (answer[0] and discard()))
    editor = ContractEditor(make_ops(worker, records, records.chief), records.ids["contract"])
    qtbot.addWidget(editor)
    editor.show()
    drain(qtbot, worker)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not asked and not editor.isVisible()
    editor = ContractEditor(make_ops(worker, records, records.chief), records.ids["contract"])
    qtbot.addWidget(editor)
    editor.show()
    drain(qtbot, worker)
    editor.classification.setText("Secret")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [True] and editor.isVisible()  # "No": stays open, text kept
    answer[0] = True
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert asked == [True, True] and not editor.isVisible()


def test_new_contract_focuses_its_first_field(qtbot, worker: Worker,
                                              records: OfficeFixture) -> None:
    editor = ContractEditor(make_ops(worker, records, records.chief), None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    drain(qtbot, worker)
    assert editor.focusWidget() is editor.number


def test_focus_returns_to_the_screen_after_a_dialog(qtbot, records: OfficeFixture) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import show_main_window

    window = show_main_window(records.db, records.chief)
    qtbot.addWidget(window)
    window.show_area("organizations")  # type: ignore[attr-defined]
    screen = window.current()  # type: ignore[attr-defined]
    screen.new_record()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.focusWidget() is screen.table)
    assert QApplication.activeWindow() is window


def test_discard_question_does_not_block_and_discard_closes(qtbot, worker: Worker,
                                                            records: OfficeFixture) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.views.organization_editor import OrganizationEditor

    editor = OrganizationEditor(make_ops(worker, records, records.chief), None)
    qtbot.addWidget(editor)
    editor.show()
    editor.name.setText("Almaty Optics JSC")
    editor.reject()  # returns at once: the question is window-modal, no nested event loop
    boxes = [b for b in editor.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "Discard the changes?" in boxes[0].text()
    assert editor.isVisible()
    boxes[0].button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible()


def test_a_form_says_a_refusal_of_the_rules_above_its_buttons_and_leaves_bugs_alone(
        qtbot) -> None:
    """FieldErrors.failed, every form's failure handler: a field's message under the field,
    a refusal (a rule, a permission) in the general message; a storage failure or a bug goes on
    to the one error handler."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

    from milrep.errors import PermissionDenied, RuleViolation, StorageError, ValidationError
    from ui.widgets.forms import FieldErrors

    host = QWidget()
    qtbot.addWidget(host)
    general, name = QLabel(), QLineEdit()
    errors = FieldErrors(general)
    errors.add_row(QFormLayout(host), "name", QLabel("Name"), name)
    assert errors.failed(ValidationError("Name is required.", field="name"))
    assert errors.message_for("name") == "Name is required." and general.isHidden()
    assert errors.failed(RuleViolation("The lot already has an open presentation."))
    assert general.text() == "The lot already has an open presentation."
    assert not general.isHidden() and errors.message_for("name") == ""  # the old one cleared
    assert errors.failed(PermissionDenied("Only the head of office may do this."))
    assert general.text() == "Only the head of office may do this."
    assert errors.failed(RuntimeError("a bug")) is False
    assert errors.failed(StorageError("The disk is full.")) is False  # the one error handler's
    assert general.text() == "Only the head of office may do this."  # untouched
