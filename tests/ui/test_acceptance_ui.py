"""The Acceptance area (scenario 3) on real encrypted databases: the queue and grid models, then
the representative's day through the screens — register a presentation, open the inspection,
type the values with the keyboard (a failing one turns red as typed), return with a signature,
re-present, re-test only what failed, accept."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from milrep.models.acceptance import PresentationStatus, Verdict
from milrep.models.quality import Nonconformity
from milrep.models.requirements import SamplingMode, Severity
from milrep.services import presentations
from milrep.services.lists import PRESENTATIONS
from tests.conftest import REP_PASSWORD
from tests.core.acceptance_helpers import fill, grid_of, open_insp, present, setup_radio
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.acceptance import (FIXED_COLUMNS, RED_BG, CellState, InspectionGridModel,
                                  QueueModel)
from ui.models.paged import PagedListModel
from ui.ops import Worker
from ui.views.acceptance import AcceptanceView
from ui.views.decision_dialog import DecisionDialog
from ui.views.inspection_window import InspectionWindow, OpenInspectionDialog
from ui.views.nonconformities import RaiseDialog
from ui.views.presentation_dialog import RegisterPresentationDialog
from ui.widgets.sign_dialog import SignDialog


def _queue(o: OfficeFixture) -> tuple[presentations.QueueEntry, ...]:
    with o.db.unit_of_work() as uow:
        return presentations.presentations_awaiting(uow, o.viewer)


def test_queue_grid_and_list_models(qtmodeltester, qtbot, worker: Worker,
                                    records: OfficeFixture) -> None:
    setup_radio(records, mode=SamplingMode.FIXED, fixed=3)
    pid = present(records, "OTK-311")
    iid = open_insp(records, pid)
    fill(records, iid, bad={("freq", 3): __import__("decimal").Decimal("2.1")})
    queue = QueueModel()
    queue.set_entries(_queue(records))
    qtmodeltester.check(queue, force_py=True)
    assert queue.rowCount() == 1
    assert queue.index(0, 5).data() == "1st attempt"
    assert queue.index(0, 6).data() == "In inspection"

    grid = InspectionGridModel()
    grid.set_grid(grid_of(records, iid), [f"04{n:02d}" for n in range(5, 15)])
    qtmodeltester.check(grid, force_py=True)
    assert grid.rowCount() == 5 and grid.columnCount() == FIXED_COLUMNS + 3
    freq_row = next(i for i in range(1, 5) if grid.index(i, 0).data() == "Frequency stability")
    bad = grid.index(freq_row, FIXED_COLUMNS + 2)
    assert bad.data() == "2.1" and bad.data(Qt.ItemDataRole.BackgroundRole) == RED_BG
    assert grid.index(0, FIXED_COLUMNS).data() == "0405"
    power_row = next(i for i in range(1, 5) if grid.index(i, 0).data() == "Output power")
    grid.instrument_names[records.ids["counter"]] = "Frequency counter Ch3-85 (FC-1120)"
    assert grid.setData(grid.index(power_row, 3), str(records.ids["counter"]))  # per row
    assert grid.instrument_of[grid.requirement_at(power_row).id] == records.ids["counter"]
    assert grid.index(power_row, 3).data().startswith("Frequency counter")
    visual_row = next(i for i in range(1, 5) if grid.index(i, 0).data() == "Marking and appearance")
    assert not grid.flags(grid.index(visual_row, 3)) & Qt.ItemFlag.ItemIsEditable  # no instrument

    ops = make_ops(worker, records, records.viewer)
    paged = PagedListModel(ops, PRESENTATIONS)
    paged.refresh(reset=True)
    drain(qtbot, worker)
    qtmodeltester.check(paged, force_py=True)
    assert paged.rowCount() == 1 and paged.index(0, 0).data() == "OTK-311"


def _focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def _keys(qtbot, text: str) -> None:
    """Each key to the widget with the focus, as a person types (the first key opens the
    cell's editor, which takes the focus)."""
    for ch in text:
        qtbot.keyClick(_focused(), ch)


def _type(qtbot, worker: Worker, text: str) -> None:
    """Type into the cell being edited (or start editing the current one) and press Enter."""
    _keys(qtbot, text)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    drain(qtbot, worker)


def _register(qtbot, worker: Worker, view: AcceptanceView, o: OfficeFixture,
              number: str) -> uuid.UUID:
    view.new_record()
    dialog = view.findChildren(RegisterPresentationDialog)[-1]
    drain(qtbot, worker)
    dialog.select(o.ids["radio"], o.ids["lot"])
    drain(qtbot, worker)
    assert dialog.lot_id() == o.ids["lot"]
    dialog.number.setText(number)
    dialog.otk_reference.setText("OTK certificate 311/2026")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.submit()
    drain(qtbot, worker)
    return saved.args[0]


def _open(qtbot, worker: Worker, view: AcceptanceView, pid: uuid.UUID,
          retest_expected: bool) -> InspectionWindow:
    view.inspect(pid)
    drain(qtbot, worker)
    dialog = view.findChildren(OpenInspectionDialog)[-1]
    assert dialog.retest.isChecked() is retest_expected
    dialog.submit()
    drain(qtbot, worker)
    assert dialog.window_opened is not None
    window = dialog.window_opened
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    drain(qtbot, worker)
    return window


def _sign(qtbot, worker: Worker, decision: DecisionDialog) -> None:
    decision.submit()
    sign = decision.findChildren(SignDialog)[-1]
    sign.password.setText("not-my-password-1")
    sign.submit()
    drain(qtbot, worker)
    assert sign.error.isVisibleTo(sign) and sign.error.text()  # wrong password: said here
    assert sign.password.text() == "not-my-password-1"  # input kept
    sign.password.setText(REP_PASSWORD)
    sign.submit()
    drain(qtbot, worker)


def test_scenario_3_through_the_screens(qtbot, worker: Worker, records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.FIXED, fixed=3)
    ops = make_ops(worker, o, o.rep)
    view = AcceptanceView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    view.show()
    drain(qtbot, worker)
    assert view.queue_empty.isVisibleTo(view)

    # a bad notice: the core's message by its field, nothing stored
    view.new_record()
    dialog = view.findChildren(RegisterPresentationDialog)[-1]
    drain(qtbot, worker)
    dialog.select(o.ids["radio"], o.ids["lot"])
    drain(qtbot, worker)
    before = dump_database(o.db)
    dialog.quantity.setText("25")
    dialog.number.setText("OTK-311")
    dialog.submit()
    drain(qtbot, worker)
    assert "25" in dialog.errors.message_for("quantity")
    assert dump_database(o.db) == before
    dialog.unsaved.enabled = False
    dialog.reject()

    pid = _register(qtbot, worker, view, o, "OTK-311")
    assert [e.presentation_id for e in view.queue_model.entries] == [pid]
    assert view.model.rowCount() == 1

    # attempt 1: the whole grid by keyboard
    window = _open(qtbot, worker, view, pid, retest_expected=False)
    model = window.model
    assert model.rowCount() == 5 and model.sample_count == 3
    assert model.index(0, FIXED_COLUMNS).data() == "0405"  # proposed from the units presented
    view_ = window.view
    assert view_.currentIndex() == model.index(0, FIXED_COLUMNS)
    power = model.requirements[0]
    assert power.name == "Output power"
    qtbot.keyClick(view_, Qt.Key.Key_Tab)
    qtbot.keyClick(view_, Qt.Key.Key_Tab)
    assert view_.currentIndex() == model.index(0, FIXED_COLUMNS + 2)
    _type(qtbot, worker, "0412")  # the third sample is unit 0412
    assert model.serial_for(3) == "0412"
    assert view_.currentIndex() == model.index(1, FIXED_COLUMNS)

    # no instrument chosen yet: the service refuses, the text stays, marked not saved
    _type(qtbot, worker, "40.2")
    assert model.states[(power.id, 1)] is CellState.REFUSED
    assert model.index(1, FIXED_COLUMNS).data() == "40.2"
    assert "instrument" in window.message.text()
    window.all_instruments.setCurrentIndex(window.all_instruments.findData(
        str(o.ids["wattmeter"])))
    window._instrument_for_all()
    assert model.setData(model.index(1, FIXED_COLUMNS), "40.2")
    drain(qtbot, worker)
    assert model.states[(power.id, 1)] is CellState.STORED
    assert not window.message.isVisible()

    view_.setCurrentIndex(model.index(1, FIXED_COLUMNS + 1))
    for text in ("40.1", "39.8", "0.4", "0.3"):
        _type(qtbot, worker, text)
    freq = model.requirements[1]
    _keys(qtbot, "2.1")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    bad = model.index(2, FIXED_COLUMNS + 2)
    assert bad.data() == "2.1"
    assert bad.data(Qt.ItemDataRole.BackgroundRole) == RED_BG  # red as typed
    drain(qtbot, worker)
    for text in ("pass", "pass", "pass", "intact", "intact", "intact"):
        _type(qtbot, worker, text)
    assert model.refused_count() == 0
    for row in range(window.completeness.rowCount()):
        window.completeness.item(row, 2).setText(
            window.completeness.item(row, 1).text().split()[0])
        drain(qtbot, worker)
    drain(qtbot, worker)
    g = window.grid
    assert g is not None and g.verdict.verdict is Verdict.RETURN
    assert g.cell(freq.id, 3) is not None and g.cell(freq.id, 3).serial == "0412"
    assert "1 nonconforming of 3" in window.counts.text()
    assert window.verdict.text() == "Return"

    # a nonconformity from the failed characteristic: what failed is proposed
    view_.setCurrentIndex(bad)
    assert window.raise_button.isEnabled()
    window.raise_nonconformity()
    raising = window.findChildren(RaiseDialog)[-1]
    text = raising.description.toPlainText()
    assert text == "Frequency stability: 2.1 ppm on 0412 (required -1.5 … 1.5 ppm)"
    assert raising.severity.currentData() == Severity.MAJOR
    before = dump_database(o.db)
    raising.description.setPlainText("  ")
    raising.submit()
    drain(qtbot, worker)
    assert "Description" in raising.errors.message_for("description")
    assert dump_database(o.db) == before
    raising.description.setPlainText(text)
    raising.submit()
    drain(qtbot, worker)
    with o.db.read() as s:
        nc = s.scalars(select(Nonconformity).where(Nonconformity.requirement_id == freq.id)).one()
        assert (nc.lot_id, nc.item_id, nc.inspection_id, nc.description) == (
            o.ids["lot"], o.ids["radio"], window.inspection_id, text)

    # return with a signature
    window.decide()
    decision = window.findChildren(DecisionDialog)[-1]
    assert decision.return_lot.isChecked()
    assert any("0412" in decision.defects.item(i).text() for i in range(decision.defects.count()))
    _sign(qtbot, worker, decision)
    assert "RN-" in decision.document_number()
    assert decision.document_number() in decision.done_text.text()
    assert not decision.proposal.isVisibleTo(decision)
    decision.accept()
    window.close()
    drain(qtbot, worker)
    assert view.queue_model.entries == ()

    # a week later: attempt 2, only frequency stability re-tested
    pid2 = _register(qtbot, worker, view, o, "OTK-318")
    assert view.queue_model.index(0, 5).data() == "2nd attempt"
    window = _open(qtbot, worker, view, pid2, retest_expected=True)
    model = window.model
    assert [r.name for r in model.requirements] == ["Frequency stability"]
    window.all_instruments.setCurrentIndex(window.all_instruments.findData(
        str(o.ids["counter"])))
    window._instrument_for_all()
    window.view.setCurrentIndex(model.index(1, FIXED_COLUMNS))
    for text in ("0.4", "0.2", "0.5"):
        _type(qtbot, worker, text)
    for row in range(window.completeness.rowCount()):
        window.completeness.item(row, 2).setText(
            window.completeness.item(row, 1).text().split()[0])
        drain(qtbot, worker)
    assert window.grid is not None and window.grid.verdict.verdict is Verdict.ACCEPT
    window.decide()
    decision = window.findChildren(DecisionDialog)[-1]
    assert decision.accept_all.isChecked()
    _sign(qtbot, worker, decision)
    assert "AR-" in decision.document_number()
    with o.db.unit_of_work() as uow:
        info = presentations.get_presentation(uow, o.viewer, presentation_id=pid2)
    assert info.status is PresentationStatus.ACCEPTED and info.quantity == 10
    window.close()


def test_withdraw_from_the_area(qtbot, worker: Worker, records: OfficeFixture) -> None:
    setup_radio(records)
    pid = present(records, "OTK-320")
    ops = make_ops(worker, records, records.rep)
    view = AcceptanceView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    view.queue.selectRow(0)
    view.queue.setFocus()
    assert view.selected_id() == pid
    assert view.withdraw_button.isEnabled()
    view.withdraw_presentation(pid, "Paperwork incomplete")
    drain(qtbot, worker)
    assert view.queue_model.entries == ()
    with records.db.unit_of_work() as uow:
        info = presentations.get_presentation(uow, records.viewer, presentation_id=pid)
    assert info.status is PresentationStatus.WITHDRAWN


def test_attachment_partial_acceptance_and_viewer(qtbot, worker: Worker, records: OfficeFixture,
                                                  tmp_path) -> None:
    """Every unit inspected, one fails: accept in part by serials (the failing one unticked);
    a photo is kept with the inspection; a viewer sees the grid read-only."""
    from decimal import Decimal

    o = records
    setup_radio(o, mode=SamplingMode.ALL)
    pid = present(o, "OTK-330")
    iid = open_insp(o, pid)
    fill(o, iid, bad={("freq", 8): Decimal("2.1")})
    ops = make_ops(worker, o, o.rep)
    window = InspectionWindow(ops, iid)
    qtbot.addWidget(window)
    drain(qtbot, worker)
    photo = tmp_path / "seal-0412.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    window.add_attachment_file(photo)
    drain(qtbot, worker)
    assert window.attachments.count() == 1
    assert window.attachments.item(0).text().startswith("seal-0412.png")
    assert window.grid is not None and window.grid.verdict.verdict is Verdict.PARTIAL
    window.decide()
    decision = window.findChildren(DecisionDialog)[-1]
    assert decision.accept_part.isChecked()
    unticked = [decision.serials.item(i).text() for i in range(decision.serials.count())
                if decision.serials.item(i).checkState() != Qt.CheckState.Checked]
    assert unticked == ["0412"]
    decision.submit()
    sign = decision.findChildren(SignDialog)[-1]
    sign.password.setText(REP_PASSWORD)
    sign.submit()
    drain(qtbot, worker)
    assert "AR-" in decision.document_number()
    with o.db.unit_of_work() as uow:
        info = presentations.get_presentation(uow, o.viewer, presentation_id=pid)
    assert info.status is PresentationStatus.PARTIALLY_ACCEPTED

    viewer = InspectionWindow(make_ops(worker, o, o.viewer), iid)
    qtbot.addWidget(viewer)
    drain(qtbot, worker)
    assert not viewer.decide_button.isVisibleTo(viewer)
    assert not viewer.model.flags(viewer.model.index(1, FIXED_COLUMNS)) & Qt.ItemFlag.ItemIsEditable
    assert viewer.verdict.text() == "Accept in part"


def test_return_proposes_a_suspension_and_the_dashboard_queue(qtbot, worker: Worker,
                                                              records: OfficeFixture) -> None:
    """A return that reaches the item's threshold shows the proposal and who can sign it; the
    dashboard counts the queue and opens an entry."""
    from decimal import Decimal

    from ui.views.acceptance_dashboard import AcceptanceBlock

    o = records
    setup_radio(o, mode=SamplingMode.FIXED, fixed=3, threshold=1)
    pid = present(o, "OTK-340")
    ops = make_ops(worker, o, o.rep)
    block = AcceptanceBlock(ops)
    qtbot.addWidget(block)
    block.refresh()
    drain(qtbot, worker)
    assert block.value.text() == "1" and block.list.count() == 1
    assert "OTK-340" in block.list.item(0).text()
    with qtbot.waitSignal(block.open_presentation, timeout=2000) as opened:
        block.list.itemActivated.emit(block.list.item(0))
    assert opened.args[0] == pid

    iid = open_insp(o, pid)
    fill(o, iid, bad={("freq", 2): Decimal("2.5")})
    window = InspectionWindow(ops, iid)
    qtbot.addWidget(window)
    drain(qtbot, worker)
    window.decide()
    decision = window.findChildren(DecisionDialog)[-1]
    decision.submit()
    sign = decision.findChildren(SignDialog)[-1]
    sign.password.setText(REP_PASSWORD)
    sign.submit()
    drain(qtbot, worker)
    assert "RN-" in decision.document_number()
    assert decision.proposal.isVisibleTo(decision) and "suspension" in decision.proposal.text()
    assert decision.proposal_hint.isVisibleTo(decision)
    block.refresh()
    drain(qtbot, worker)
    assert block.value.text() == "0" and not block.list.isVisibleTo(block)
