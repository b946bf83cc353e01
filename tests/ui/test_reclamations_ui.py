"""Reclamations through the screens: register a notification, form the commission, tick the
findings and see the outcome Article 29 gives them live, sign, record the remedy, close; the
suspension the findings propose (27.4.8) is signed from the record and linked to it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from milrep.models.reclamations import ReclamationStatus, Remedy
from milrep.services import reclamation_views as rv
from tests.conftest import REP_PASSWORD
from tests.core.reclamation_helpers import at_findings, commission, notify, remedy
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.ops import Worker
from ui.views.reclamation_forms import NotificationDialog, ReclamationSuspendDialog
from ui.views.reclamation_window import ReclamationWindow
from ui.views.reclamations import ReclamationsView
from ui.widgets.sign_dialog import SignDialog


def info(o: OfficeFixture, rid: object) -> rv.ReclamationInfo:
    with o.db.unit_of_work() as uow:
        return rv.get_reclamation(uow, o.viewer, reclamation_id=rid)  # type: ignore[arg-type]


def sign_with(qtbot: object, worker: Worker, dialog: object, password: str) -> None:
    assert isinstance(dialog, SignDialog)
    dialog.password.setText(password)
    dialog.submit()
    drain(qtbot, worker)


def test_list_shows_status_and_overdue(qtbot: object, qtmodeltester: object, worker: Worker,
                                       records: OfficeFixture) -> None:
    o = records
    rid = at_findings(o)
    remedy(o, rid, completed_on=None, term_days=5)
    notify(o, serials=("0405",), defect_description="Display dark")
    view = ReclamationsView(make_ops(worker, o, o.rep))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    drain(qtbot, worker)
    assert view.model.total == 2
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    col = [c.key for c in view.spec.columns].index("overdue")
    overdue = [view.model.index(r, col).data() for r in range(2)]
    assert "Overdue" in overdue and "" in overdue
    view.open_only.setChecked(True)
    view.status_filter.setCurrentIndex(view.status_filter.findData("notified"))
    drain(qtbot, worker)
    assert view.model.total == 1
    assert view.new_button.isEnabled()


def test_viewer_cannot_register(qtbot: object, worker: Worker, records: OfficeFixture) -> None:
    view = ReclamationsView(make_ops(worker, records, records.viewer))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    drain(qtbot, worker)
    assert not view.new_button.isEnabled()


def _fill_notification(qtbot: object, worker: Worker, o: OfficeFixture,
                       dialog: NotificationDialog, start: dt.date) -> None:
    drain(qtbot, worker)
    dialog.recipient.set_value(o.ids["unit"])
    dialog.contract.set_value(o.ids["contract"])
    drain(qtbot, worker)
    dialog.item.set_value(o.ids["radio"])
    drain(qtbot, worker)
    dialog.lot.set_value(o.ids["lot"])
    drain(qtbot, worker)
    dialog.serials.setText("0412")
    dialog.description.setPlainText("No transmission on channel 3")
    dialog.found.set_date(dt.date(2026, 11, 10))
    dialog.notified.set_date(dt.date(2026, 11, 12))
    dialog.start.set_date(start)


def test_register_notification_refuses_outside_warranty_then_registers(
        qtbot: object, worker: Worker, records: OfficeFixture) -> None:
    o = records
    ops = make_ops(worker, o, o.rep)
    dialog = NotificationDialog(ops)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    _fill_notification(qtbot, worker, o, dialog, dt.date(2024, 1, 1))
    assert dialog.start.isEnabled()  # no certificate or acceptance of the lot: entered
    before = dump_database(o.db)
    dialog.submit()
    drain(qtbot, worker)
    assert "Article 29.1 covers defects found within the warranty period" in \
        dialog.general.text()
    assert dump_database(o.db) == before
    dialog.start.set_date(dt.date(2026, 11, 5))
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.submit()
    drain(qtbot, worker)
    assert saved and info(o, saved[0].id).serials == ("0412",)  # type: ignore[attr-defined]


def test_record_window_walks_the_steps(qtbot: object, worker: Worker,
                                       records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    ops = make_ops(worker, o, o.rep)
    win = ReclamationWindow(ops, rid)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    drain(qtbot, worker)
    assert "Notified" in win.heading.text()
    assert not win.suspend_button.isVisible() and not win.sign_findings.isEnabled()
    # the commission: three parties pre-filled; names typed
    assert win.members.rowCount() == 3
    win.members.item(0, 1).setText("Maj. B. Nurlanov")
    win.members.item(1, 1).setText("E. Sadykov")
    win.formed_on.set_date(dt.date(2026, 11, 14))
    win._save_commission()
    drain(qtbot, worker)
    assert info(o, rid).status == ReclamationStatus.COMMISSION and win.sign_findings.isEnabled()
    # the outcome follows the ticks
    win.checks["contractor_at_fault"].setChecked(True)
    assert "Article 29.6" in win.outcome.text()
    win.checks["improper_operation"].setChecked(True)
    assert "Article 29.7: the contractor is not at fault when" in win.outcome.text()
    win.checks["improper_operation"].setChecked(False)
    for key in ("irreparable", "hidden_defect", "whole_lot_affected", "in_work_in_progress"):
        win.checks[key].setChecked(True)
    assert "the whole lot shall be returned" in win.outcome.text()
    win.cause.setPlainText("Cracked BGA joints")
    win.findings_on.set_date(dt.date(2026, 11, 18))
    win._sign_findings()
    sign_with(qtbot, worker, win.sign_dialog, REP_PASSWORD)
    drain(qtbot, worker)
    r = info(o, rid)
    assert r.status == ReclamationStatus.FINDINGS and r.outcome.whole_lot_return  # type: ignore[union-attr]
    assert win.suspend_button.isVisibleTo(win)
    assert [win.remedy.itemData(i) for i in range(win.remedy.count())] == [
        Remedy.WHOLE_LOT_RETURN]
    # closing before the remedy is refused with the law's reason, nothing changed
    before = dump_database(o.db)
    win._close_reclamation()
    drain(qtbot, worker)
    assert "cannot be closed until the contractor's remedy is complete" in win.message.text()
    assert dump_database(o.db) == before
    win.started_on.set_date(dt.date(2026, 11, 19))
    win.completed_on.set_date(dt.date(2026, 11, 24))
    win.term.setValue(30)
    win._save_remedy()
    drain(qtbot, worker)
    assert info(o, rid).remedy_completed_on == dt.date(2026, 11, 24)
    # the suspension the findings propose, signed from the record, linked to it
    win.suspend_button.click()
    drain(qtbot, worker)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ReclamationSuspendDialog) and w.isVisible())
    assert "Reclamation" in dialog.reason.toPlainText()
    dialog.submit()
    sign_with(qtbot, worker, dialog.sign_dialog, REP_PASSWORD)
    drain(qtbot, worker)
    assert info(o, rid).suspension_number
    assert not win.suspend_button.isVisibleTo(win)
    win.closed_on.set_date(dt.date.today())
    win._close_reclamation()
    drain(qtbot, worker)
    assert info(o, rid).status == ReclamationStatus.CLOSED
    assert "Closed" in win.heading.text() and not win.close_button.isEnabled()


def test_viewer_sees_the_record_read_only(qtbot: object, worker: Worker,
                                          records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    commission(o, rid)
    win = ReclamationWindow(make_ops(worker, o, o.viewer), rid)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    drain(qtbot, worker)
    assert not win.sign_findings.isEnabled() and not win.save_commission.isEnabled()
    assert not win.checks["contractor_at_fault"].isEnabled()
    assert win.print_button.kinds() == ["reclamation_act"]


def test_propose_links_a_suspension_already_in_force(
        qtbot: object, worker: Worker, records: OfficeFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from milrep.services import reclamation_suspension as rs
    from ui.views.reclamation_forms import propose_suspension

    o = records
    first = at_findings(o, in_work_in_progress=True)
    with o.db.unit_of_work() as uow:
        p = rs.propose_suspension(uow, o.rep, reclamation_id=first)
    with o.db.unit_of_work() as uow:
        rs.suspend_for_reclamation(uow, o.rep, reclamation_id=first, form=p.form,
                                   password=REP_PASSWORD)
    second = at_findings(o, in_work_in_progress=True)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    view = ReclamationsView(make_ops(worker, o, o.rep))
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    propose_suspension(view.ops, view, second)
    drain(qtbot, worker)
    drain(qtbot, worker)
    assert asked and "SP-0001" in asked[0]
    assert info(o, second).suspension_number == info(o, first).suspension_number
