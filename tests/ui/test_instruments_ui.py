"""The measuring instruments register: SQL-paged list with calibration badges, the editor
(register, correct, new calibration, retire), the dashboard count, read-only for a viewer."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from milrep.services import instruments
from milrep.services.dashboard import calibration_summary
from milrep.services.instruments import InstrumentForm
from milrep.services.lists import INSTRUMENTS
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.paged import BADGE_ROLE, PagedListModel
from ui.ops import Worker
from ui.views import instrument_editor
from ui.views.dashboard import DashboardView
from ui.views.instrument_editor import InstrumentEditor
from ui.views.instruments import InstrumentsView

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def confirmations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Questions a test answers yes to."""
    monkeypatch.setattr(instrument_editor, "confirm_retire", lambda *_a: True)

def _register(o: OfficeFixture, name: str, serial: str, due_in: int) -> None:
    due = TODAY + dt.timedelta(days=due_in)
    with o.db.unit_of_work() as uow:
        instruments.register_instrument(uow, o.chief, form=InstrumentForm(
            name=name, serial=serial, calibrated_on=due - dt.timedelta(days=365),
            calibration_due=due, location="Climatic lab"))


def _three(o: OfficeFixture) -> None:
    _register(o, "Wattmeter M3-51", "WM-0101", -3)  # overdue
    _register(o, "Frequency counter Ch3-85", "FC-1120", 12)  # due soon
    _register(o, "Wattmeter M3-93", "WM-0457", 200)  # valid


def _rows(o: OfficeFixture) -> tuple[instruments.InstrumentRow, ...]:
    with o.db.unit_of_work() as uow:
        return instruments.list_instruments(uow, o.chief, today=TODAY, include_retired=True)


def test_paged_model_with_badges(qtbot, qtmodeltester, worker: Worker,
                                 records: OfficeFixture) -> None:
    _three(records)
    model = PagedListModel(make_ops(worker, records, records.chief), INSTRUMENTS,
                           badges={"calibration"})
    model.refresh(reset=True)
    drain(qtbot, worker)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    # the most urgent first: overdue red, due soon amber, valid green
    assert [model.index(r, 0).data(BADGE_ROLE) for r in range(3)] == [
        "calibration_overdue", "calibration_due_soon", "calibration_valid"]
    assert model.index(0, 6).data() == "−3" or model.index(0, 6).data().endswith("3")


def test_register_and_refused_bad_dates(qtbot, worker: Worker, records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.rep)
    view = InstrumentsView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert view.stack.currentWidget() is view.empty
    view.new_record()
    editor = next(w for w in view.findChildren(InstrumentEditor))
    editor.name.setText("Wattmeter M3-93")
    editor.serial.setText("WM-0457")
    editor.calibrated_on.set_date(dt.date(2026, 3, 1))
    editor.calibration_due.set_date(dt.date(2026, 2, 1))  # before the calibration
    before = dump_database(records.db)
    editor.submit()
    drain(qtbot, worker)
    assert "must be later than the calibration date" in editor.errors.message_for(
        "calibration_due")
    assert dump_database(records.db) == before
    editor.calibration_due.set_date(TODAY + dt.timedelta(days=20))
    editor.submit()
    drain(qtbot, worker)
    [row] = _rows(records)
    assert (row.name, row.serial, row.due_soon) == ("Wattmeter M3-93", "WM-0457", True)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "Due soon"
    assert view.count_label.text() == "1 in use"


def test_new_calibration_and_retire(qtbot, worker: Worker, records: OfficeFixture) -> None:
    _three(records)
    ops = make_ops(worker, records, records.chief)
    view = InstrumentsView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    view.select_row(0)
    view.open_current()
    editor = next(w for w in view.findChildren(InstrumentEditor))
    drain(qtbot, worker)
    assert editor.status.property("status") == "overdue"
    assert "refused" in editor.status.text()
    editor.recalibrate()
    assert editor.calibrated_on.value() == TODAY
    editor.certificate.setText("Cert. 77/2026")
    editor.submit()
    drain(qtbot, worker)
    row = next(r for r in _rows(records) if r.serial == "WM-0101")
    assert row.calibrated_on == TODAY and not row.overdue and row.certificate_ref == "Cert. 77/2026"
    assert view.model.index(0, 0).data() == "Due soon"  # the counter is now the most urgent
    view.select_row(0)
    view.open_current()
    editor = [w for w in view.findChildren(InstrumentEditor) if w.isVisible()][-1]
    drain(qtbot, worker)
    editor.retire()
    drain(qtbot, worker)
    assert not next(r for r in _rows(records) if r.serial == "FC-1120").active
    assert view.model.rowCount() == 2
    view.show_retired.setChecked(True)
    drain(qtbot, worker)
    assert view.model.rowCount() == 3


def test_dashboard_counts_instruments_due(qtbot, worker: Worker, records: OfficeFixture) -> None:
    _three(records)
    with records.db.read() as s:
        assert calibration_summary(s, TODAY) == (
            calibration_summary(s, TODAY).__class__(due=2, overdue=1))
    view = DashboardView(make_ops(worker, records, records.chief), today=TODAY)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert view.calibration_card.value.text() == "2"
    assert view.calibration_card.note.text() == "Overdue: 1"


def test_viewer_sees_the_register_read_only(qtbot, worker: Worker,
                                            records: OfficeFixture) -> None:
    _three(records)
    view = InstrumentsView(make_ops(worker, records, records.viewer))
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert not view.new_button.isEnabled()
    view.select_row(0)
    view.open_current()
    editor = next(w for w in view.findChildren(InstrumentEditor))
    drain(qtbot, worker)
    assert editor.name.isReadOnly() and editor.retire_button is None
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(editor)
