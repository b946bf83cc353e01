"""The optional date field: typed dd.mm.yyyy, calendar at today, cleared; saved by the editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from milrep.services import control_list
from tests.helpers import OfficeFixture
from tests.ui.conftest import drain, make_ops
from ui.ops import Worker
from ui.views.item_editor import ItemEditor
from ui.widgets.dates import OptionalDateEdit, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("31.12.2026", dt.date(2026, 12, 31)), ("1.2.2026", dt.date(2026, 2, 1)),
    ("01/02/26", dt.date(2026, 2, 1)), ("01022026", dt.date(2026, 2, 1)),
    ("31.02.2026", None), ("—", None), ("12.2026", None), ("", None)])
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_typing_a_date_over_the_empty_field(qtbot) -> None:
    edit = OptionalDateEdit(field="approved_on")
    qtbot.addWidget(edit)
    assert edit.value() is None and edit.text() == ""
    qtbot.keyClicks(edit.edit, "1.3.2026")
    qtbot.keyClick(edit.edit, Qt.Key.Key_Return)
    assert edit.value() == dt.date(2026, 3, 1)
    assert edit.text() == "01.03.2026"  # tidied once typing is done


def test_calendar_opens_at_today_or_the_reference(qtbot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    today = dt.date.today()
    cal = edit.open_calendar()
    assert (cal.yearShown(), cal.monthShown()) == (today.year, today.month)
    cal.hide()
    edit.set_reference_date(dt.date(2027, 5, 10))
    cal = edit.open_calendar()
    assert (cal.yearShown(), cal.monthShown()) == (2027, 5)
    cal.clicked.emit(cal.selectedDate().addDays(3))
    assert edit.value() == dt.date(2027, 5, 13) and cal.isHidden()


def test_clear_button_and_delete_empty_the_date(qtbot) -> None:
    edit = OptionalDateEdit(dt.date(2026, 1, 5))
    qtbot.addWidget(edit)
    edit.show()
    assert edit.clear_button.isVisible()
    edit.clear_button.click()
    assert edit.value() is None and not edit.clear_button.isVisible()
    edit.set_date(dt.date(2026, 1, 5))
    edit.edit.setCursorPosition(0)
    qtbot.keyClick(edit.edit, Qt.Key.Key_Delete)
    assert edit.value() is None


def test_garbage_is_an_error_not_a_silent_empty_date(qtbot) -> None:
    edit = OptionalDateEdit(field="approved_on")
    qtbot.addWidget(edit)
    edit.edit.setText("5.x.2026")
    with pytest.raises(Exception, match="dd.mm.yyyy") as info:
        edit.value()
    assert getattr(info.value, "field", None) == "approved_on"


def test_item_editor_saves_typed_dates(qtbot, worker: Worker, records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.chief)
    item_id = records.ids["radio"]
    editor = ItemEditor(ops, item_id, None)
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    editor.deadline.clear()
    qtbot.keyClicks(editor.deadline.edit, "15.11.2026")
    editor.approved_on.clear()
    qtbot.keyClicks(editor.approved_on.edit, "02.03.2026")
    with qtbot.waitSignal(editor.accepted, timeout=5000):
        editor.submit()
    drain(qtbot, worker)
    with records.db.unit_of_work() as uow:
        form = control_list.get_item(uow, records.chief, item_id=item_id)
    assert form.delivery_deadline == dt.date(2026, 11, 15)
    assert form.approved_on == dt.date(2026, 3, 2)


def test_item_editor_refuses_a_date_it_cannot_read(qtbot, worker: Worker,
                                                   records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.chief)
    editor = ItemEditor(ops, records.ids["radio"], None)
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    editor.approved_on.edit.setText("2026")
    editor.submit()
    drain(qtbot, worker)
    assert "dd.mm.yyyy" in editor.errors.message_for("approved_on")
    assert not editor.result()
    qtbot.keyClicks(editor.approved_on.edit, "x")  # editing the field clears its message
    assert editor.errors.message_for("approved_on") == ""
