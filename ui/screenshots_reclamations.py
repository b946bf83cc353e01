"""Screenshots of the reclamations area (called by :mod:`ui.screenshots`): scenario 7 on the demo
office — the list, the open reclamation of lot L-2026-002 step by step, the notification form,
the findings being ticked with the outcome of Article 29 shown live (and a contradiction), and the
suspension the findings propose (shown, not signed: later screenshots accept the radio)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from milrep.models.reclamations import CommissionParty
from milrep.services import reclamation_views as rv
from milrep.services import reclamations as rc
from ui.ops import Ops


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from ui.views.reclamation_forms import NotificationDialog  # noqa: PLC0415
    from ui.views.reclamation_window import ReclamationWindow  # noqa: PLC0415

    db, chief = ops.workspace.db, ops.actor
    with db.unit_of_work() as uow:
        rows = rv.list_reclamations(uow, chief)
    open_ = next(r for r in rows if r.status.value == "remedy")
    window.show_area("reclamations")
    window.screens["reclamations"].refresh()
    snap(window, "130-main-reclamations")

    win = ReclamationWindow(ops, open_.id, window)
    win.resize(1040, 720)
    for i, name in enumerate(("131-reclamation-notification", "132-reclamation-commission",
                              "133-reclamation-findings", "134-reclamation-remedy")):
        win.tabs.setCurrentIndex(i)
        snap(win, name)
    win.close()

    def settle() -> None:
        for _ in range(3):
            while ops.worker.pending:
                QApplication.processEvents()
            QApplication.processEvents()

    form = NotificationDialog(ops, window)
    snap(form, "135-reclamation-register-empty")
    form.recipient.set_value(open_.recipient_id)
    form.contract.set_value(open_.contract_id)
    settle()
    form.item.set_value(open_.item_id)
    settle()
    form.lot.set_value(_lot_of(db, open_.item_id, "L-2026-003"))
    settle()
    form.serials.setText("0395, 0398")
    form.description.setPlainText("Frequency drifts by 3 kHz after 2 hours of transmission")
    form.reference.setText("12345/1203")
    form.storage.setText("Unit's signal depot")
    snap(form, "136-reclamation-register")
    form.unsaved.enabled = False
    form.close()

    # a reclamation of lot L-2026-003 at the commission, its findings being ticked
    third = _lot_of(db, open_.item_id, "L-2026-003")
    today = dt.date.today()
    with db.unit_of_work() as uow:
        rid = rc.register_notification(uow, chief, form=rc.NotificationForm(
            recipient_id=open_.recipient_id, item_id=open_.item_id, lot_id=third,
            serials=("0401",), quantity=1, warranty_months=24,
            defect_description="Handset cord connector cracked after a fall",
            defect_found_on=today - dt.timedelta(days=6),
            notified_on=today - dt.timedelta(days=4))).id
    with db.unit_of_work() as uow:
        rc.set_commission(uow, chief, reclamation_id=rid, formed_on=today, members=(
            rc.MemberForm(CommissionParty.RECIPIENT, "Maj. D. Nurpeisov", open_.recipient_name,
                          "Chair"),
            rc.MemberForm(CommissionParty.CONTRACTOR, "S. Omarov", open_.contractor_name,
                          "Deputy chief engineer"),
            rc.MemberForm(CommissionParty.MILITARY_REPRESENTATIVE, chief.full_name, "",
                          "Member")))
    win = ReclamationWindow(ops, rid, window)
    win.resize(1040, 720)
    win.show()
    QApplication.processEvents()
    snap(win, "137-reclamation-commission-formed")
    win.tabs.setCurrentIndex(2)
    snap(win, "138-reclamation-findings-empty")
    win.checks["improper_operation"].setChecked(True)
    win.cause.setPlainText("The cord was pulled out under load; the connector is intact inside")
    snap(win, "139-reclamation-findings-improper-operation")
    win.checks["contractor_at_fault"].setChecked(True)
    snap(win, "140-reclamation-findings-contradiction")
    win.close()

    from ui.views.reclamation_forms import ReclamationSuspendDialog  # noqa: PLC0415
    from milrep.services import reclamation_suspension as rs  # noqa: PLC0415

    with db.unit_of_work() as uow:
        proposal = rs.propose_suspension(uow, chief, reclamation_id=open_.id)
    dialog = ReclamationSuspendDialog(ops, open_.id, proposal, window)
    snap(dialog, "141-reclamation-suspension-proposed")
    dialog.unsaved.enabled = False
    dialog.close()


def _lot_of(db: Any, item_id: Any, number: str) -> Any:
    from sqlalchemy import select  # noqa: PLC0415

    from milrep.models.products import Lot  # noqa: PLC0415

    with db.read() as s:
        return s.scalars(select(Lot.id).where(Lot.item_id == item_id,
                                              Lot.number == number)).one()
