"""The quality area: nonconformities (open first; disposition under a concession, corrective
action, verification, close, reopen) and decisions on quality and reliability (overdue in red)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt

from milrep.models.quality import Disposition, NonconformityStatus
from milrep.models.requirements import Severity
from milrep.services import decisions, nonconformities
from milrep.services.lists import NONCONFORMITIES
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.decisions import OVERDUE, DecisionsModel, StorageChecksModel
from ui.models.paged import PagedListModel
from ui.ops import Worker
from ui.views.decisions import CloseDecisionDialog, DecisionDialog
from ui.views.nonconformities import DispositionDialog, RaiseDialog, TextStepDialog
from ui.views.quality import QualityView


def _raise(o: OfficeFixture, text: str) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        nc_id = nonconformities.raise_nonconformity(uow, o.rep, item_id=o.ids["radio"],
                                                    severity=Severity.MAJOR,
                                                    description=text).id
    assert nc_id
    return nc_id


def _decisions(o: OfficeFixture, today: dt.date) -> tuple[decisions.DecisionInfo, ...]:
    with o.db.unit_of_work() as uow:
        return decisions.list_decisions(uow, o.viewer, today=today)


def test_quality_models(qtbot, qtmodeltester, worker: Worker, records: OfficeFixture) -> None:
    o = records
    first = _raise(o, "Scratched housing")
    _raise(o, "Missing seal")
    with o.db.unit_of_work() as uow:
        for fn, kw in ((nonconformities.set_disposition, {"disposition": Disposition.REWORK}),
                       (nonconformities.set_corrective_action, {"corrective_action": "Painted"}),
                       (nonconformities.verify_effect, {"verification": "Inspected"}),
                       (nonconformities.close_nonconformity, {})):
            fn(uow, o.rep, nonconformity_id=first, **kw)  # type: ignore[operator]
            uow.commit()
    ops = make_ops(worker, o, o.viewer)
    model = PagedListModel(ops, NONCONFORMITIES)
    model.refresh(reset=True)
    drain(qtbot, worker)
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)

    with o.db.unit_of_work() as uow:
        decisions.create_decision(uow, o.chief, title="Replace the vibration mounts",
                                  owner="Chief engineer", due_on=dt.date(2026, 1, 10),
                                  item_id=o.ids["radio"])
    today = dt.date(2026, 2, 1)
    dm = DecisionsModel()
    dm.set_rows(_decisions(o, today))
    qtmodeltester.check(dm, force_py=True)
    assert dm.index(0, 3).data() == "Being implemented, overdue"
    assert dm.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    checks = StorageChecksModel()
    checks.set_rows([decisions.StorageCheckInfo(
        id=uuid.uuid4(), lot_id=o.ids["lot"], lot_number="L-2026-004",
        checked_on=dt.date(2026, 2, 1), conditions_ok=False, findings="Damp warehouse",
        checked_by=o.chief.user_id)])
    qtmodeltester.check(checks, force_py=True)
    assert checks.index(0, 2).data() == "Not met"


def test_nonconformity_worked_through_the_screen(qtbot, worker: Worker, records: OfficeFixture,
                                                 no_message_boxes: list[str]) -> None:
    o = records
    _raise(o, "Older one, still open")
    ops = make_ops(worker, o, o.rep)
    view = QualityView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    ncs = view.nonconformities

    # raised by hand
    view.new_record()
    raise_dialog = ncs.findChildren(RaiseDialog)[-1]
    drain(qtbot, worker)
    raise_dialog.item.set_value(o.ids["radio"])
    raise_dialog.submit()  # no description: the service's message by the field
    drain(qtbot, worker)
    assert raise_dialog.errors.message_for("description")
    raise_dialog.description.setPlainText("Front panel loose after vibration")
    raise_dialog.submit()
    drain(qtbot, worker)
    assert not raise_dialog.isVisible()
    assert ncs.model.rowCount() == 2
    ncs.select_row(0)
    assert ncs.current_value("status") == NonconformityStatus.OPEN.value

    # "use as is" without a concession: refused by the field, nothing stored
    nc_id = next(n.id for n in _open(o) if n.description.startswith("Front panel"))
    _select_id(ncs, nc_id)
    ncs.set_disposition()
    dialog = ncs.findChildren(DispositionDialog)[-1]
    drain(qtbot, worker)
    dialog.disposition.setCurrentIndex(dialog.disposition.findData(Disposition.USE_AS_IS))
    before = dump_database(o.db)
    dialog.submit()
    drain(qtbot, worker)
    assert "concession reference" in dialog.errors.message_for("concession_ref")
    assert dump_database(o.db) == before
    dialog.disposition.setCurrentIndex(dialog.disposition.findData(Disposition.REWORK))
    dialog.submit()
    drain(qtbot, worker)
    assert not dialog.isVisible()

    # closing too early says what is missing
    _select_id(ncs, nc_id)
    ncs.close_current()
    drain(qtbot, worker)
    assert no_message_boxes and "cannot be closed without" in no_message_boxes.pop()
    for field, text in (("corrective_action", "M4 screws with thread locker"),
                        ("verification", "Vibration re-test of 3 stations passed")):
        _select_id(ncs, nc_id)
        ncs.text_step(field)
        step = ncs.findChildren(TextStepDialog)[-1]
        drain(qtbot, worker)
        step.text.setPlainText(text)
        step.submit()
        drain(qtbot, worker)
        assert not step.isVisible()
    _select_id(ncs, nc_id)
    ncs.close_current()
    drain(qtbot, worker)
    assert no_message_boxes == []
    assert [n.id for n in _open(o)] != [] and nc_id not in [n.id for n in _open(o)]
    # open first: the closed one sorts last
    ncs.select_row(ncs.model.rowCount() - 1)
    assert ncs.current_id() == nc_id
    ncs.reopen_current()
    drain(qtbot, worker)
    assert nc_id in [n.id for n in _open(o)]


def _open(o: OfficeFixture) -> tuple[nonconformities.NonconformityInfo, ...]:
    with o.db.unit_of_work() as uow:
        return nonconformities.open_nonconformities(uow, o.viewer)


def _select_id(view: object, record_id: uuid.UUID) -> None:
    for row in range(view.model.rowCount()):  # type: ignore[attr-defined]
        view.select_row(row)  # type: ignore[attr-defined]
        if view.current_id() == record_id:  # type: ignore[attr-defined]
            return
    raise AssertionError("row not found")


def test_decisions_created_and_implemented(qtbot, worker: Worker, records: OfficeFixture,
                                           no_message_boxes: list[str]) -> None:
    o = records
    ops = make_ops(worker, o, o.chief)
    view = QualityView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    view.tabs.setCurrentIndex(1)
    panel = view.decisions
    drain(qtbot, worker)
    view.new_record()
    dialog = panel.findChildren(DecisionDialog)[-1]
    drain(qtbot, worker)
    dialog.owner.setText("Chief engineer")
    dialog.submit()  # no title
    drain(qtbot, worker)
    assert dialog.errors.message_for("title")
    dialog.title.setText("Replace the vibration mounts")
    dialog.submit()
    drain(qtbot, worker)
    assert not dialog.isVisible()
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    assert panel.implemented_button.isEnabled()
    panel.mark_implemented()
    close = panel.findChildren(CloseDecisionDialog)[-1]
    close.text.setPlainText("Mounts replaced on the line; checked on 5 stations")
    close.submit()
    drain(qtbot, worker)
    assert not close.isVisible()
    assert panel.model.rows[0].status.value == "implemented"
    assert no_message_boxes == []


def test_viewer_cannot_work_on_quality_records(qtbot, worker: Worker,
                                               records: OfficeFixture) -> None:
    o = records
    _raise(o, "Scratched housing")
    view = QualityView(make_ops(worker, o, o.viewer))
    qtbot.addWidget(view)
    drain(qtbot, worker)
    view.nonconformities.select_row(0)
    assert not view.nonconformities.new_button.isEnabled()
    assert not view.nonconformities.work_button.isEnabled()
    assert not view.decisions.new_button.isEnabled()
