"""What the QA pass found in the forms and lists: one red row, Close for readers, sizes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from milrep.services.contracts import StageForm
from tests.helpers import OfficeFixture
from tests.ui.conftest import drain, make_ops
from ui.ops import Worker
from ui.views.contract_editor import ContractEditor
from ui.views.item_editor import ItemEditor
from ui.widgets.empty import EmptyState
from ui.widgets.forms import DateEdit


def test_only_the_offending_stage_is_framed(qtbot, worker: Worker,
                                            records: OfficeFixture) -> None:
    editor = ContractEditor(make_ops(worker, records, records.chief), records.ids["contract"])
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    assert editor.stages.rowCount() >= 1
    editor._add_stage(StageForm("Late stage", editor.valid_until.value() + dt.timedelta(days=30)))
    editor.submit()
    drain(qtbot, worker)
    assert "outside" in editor.errors.message_for("stages")
    dates = [editor.stages.cellWidget(r, 1) for r in range(editor.stages.rowCount())]
    assert all(isinstance(d, DateEdit) for d in dates)
    assert [bool(d.property("invalid")) for d in dates] == [False] * (len(dates) - 1) + [True]
    assert not editor.stages.property("invalid")
    dates[-1].set_date(editor.valid_until.value())  # corrected: the frame and message go
    assert not dates[-1].property("invalid") and editor.errors.message_for("stages") == ""


def test_read_only_item_says_close(qtbot, worker: Worker, records: OfficeFixture) -> None:
    editor = ItemEditor(make_ops(worker, records, records.viewer), records.ids["radio"], None)
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    buttons = editor.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    assert not buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(editor)


def test_empty_state_hint_gets_its_whole_height(qtbot) -> None:
    empty = EmptyState("building")
    qtbot.addWidget(empty)
    empty.set_texts("No organizations yet", "Add the contractor (the plant, with its BIN), the "
                    "authorized body and the recipients: every contract names them. " * 2, "Add")
    empty.resize(900, 500)
    empty.show()
    QApplication.processEvents()
    assert empty.hint.height() >= empty.hint.heightForWidth(empty.hint.width())


def test_viewer_open_button_is_not_a_pencil(qtbot, worker: Worker,
                                            records: OfficeFixture) -> None:
    from ui.views.organizations import OrganizationsView

    view = OrganizationsView(make_ops(worker, records, records.viewer))
    qtbot.addWidget(view)
    drain(qtbot, worker)
    from ui.icons import icon

    assert view.edit_button.text() == "Open"
    got = view.edit_button.icon().pixmap(16, 16).toImage()
    assert got == icon("eye").pixmap(16, 16).toImage()
    assert got != icon("edit").pixmap(16, 16).toImage()


def test_control_list_of_one_contract_hides_the_contract_column(
        qtbot, worker: Worker, records: OfficeFixture) -> None:
    from ui.views.control_list import ControlListView

    view = ControlListView(make_ops(worker, records, records.chief))
    qtbot.addWidget(view)
    drain(qtbot, worker)
    col = next(i for i, c in enumerate(view.spec.columns) if c.key == "contract")
    assert not view.table.isColumnHidden(col)
    view.set_contract((records.ids["contract"], "12-ГОЗ/2026"))
    drain(qtbot, worker)
    assert view.table.isColumnHidden(col)
    view.set_contract(None)
    assert not view.table.isColumnHidden(col)


def test_users_edit_on_double_click_saves_details_and_role(
        qtbot, worker: Worker, office: OfficeFixture) -> None:
    from milrep.models.users import Role
    from milrep.services import users
    from ui.views.user_dialogs import EditUserDialog
    from ui.views.users import UsersView

    view = UsersView(make_ops(worker, office, office.chief))
    qtbot.addWidget(view)
    view.show()
    drain(qtbot, worker)
    row = next(r for r in range(view.model.rowCount()) if view.model.user(r).username == "rep1")
    index = view.model.index(row, 0)
    view.table.selectRow(row)
    view.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EditUserDialog) and dialog.full_name.text() == "G. Akhmetova"
    dialog.rank.setText("Lt. Col.")
    dialog.position.setText("Senior representative")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.VIEWER.value))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    drain(qtbot, worker)
    with office.db.unit_of_work() as uow:
        u = {x.username: x for x in users.list_users(uow, office.chief)}["rep1"]
    assert (u.rank, u.position, u.role) == ("Lt. Col.", "Senior representative", Role.VIEWER)
    assert view.table.columnWidth(1) >= 150 and view.table.columnWidth(4) <= 160


def test_edit_user_refuses_to_demote_the_last_chief(qtbot, worker: Worker,
                                                    office: OfficeFixture) -> None:
    from milrep.models.users import Role
    from milrep.services import users
    from ui.views.user_dialogs import EditUserDialog

    with office.db.unit_of_work() as uow:
        chief = {x.username: x for x in users.list_users(uow, office.chief)}["chief"]
    dialog = EditUserDialog(make_ops(worker, office, office.chief), chief)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.VIEWER.value))
    dialog.submit()
    drain(qtbot, worker)
    assert "at least one active head of office" in dialog.errors.message_for("role")


def test_crowded_toolbar_moves_actions_into_more(qtbot, worker: Worker,
                                                 records: OfficeFixture) -> None:
    """At 1000 px the Tests toolbar cannot show every action: the rightmost ones go into "More"
    (which offers them, enabled as their buttons are), the search keeps its width; widened
    again, every button is back and "More" disappears."""
    from ui.views.product_tests import ProductTestsView  # noqa: PLC0415

    view = ProductTestsView(make_ops(worker, records, records.chief))
    qtbot.addWidget(view)
    view.resize(1700, 700)
    view.show()
    drain(qtbot, worker)
    actions = [view.due_button, view.result_button, view.repeat_button, view.opinion_button,
               view.propose_button, view.print_button]
    assert all(b.isVisible() for b in actions) and not view.more_button.isVisible()
    view.resize(760, 700)
    drain(qtbot, worker)
    hidden = [b for b in actions if not b.isVisible()]
    assert hidden and hidden == actions[len(actions) - len(hidden):]  # from the right
    assert view.more_button.isVisible()
    assert view.search.width() >= 220
    assert view.toolbar.geometry().width() >= view._needed_width()  # nothing clipped
    view.more_menu.aboutToShow.emit()
    offered = view.more_menu.actions()
    assert len(offered) == len(hidden)
    assert [a.isEnabled() for a in offered] == [b.isEnabled() for b in hidden]
    plain = [(a, b) for a, b in zip(offered, hidden) if a.menu() is None]
    assert [a.text() for a, _ in plain] == [b.text() for _, b in plain]
    view.resize(1700, 700)
    drain(qtbot, worker)
    assert all(b.isVisible() for b in actions) and not view.more_button.isVisible()
