"""Screenshots of the Acceptance area (called by :mod:`ui.screenshots`): scenario 3 on the demo
office — lot L-2026-004 presented, inspected on every unit, frequency stability out of limits on
0412, returned with a signed return notice, presented again, re-tested, accepted."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from milrep.models.requirements import CharacteristicKind, SamplingMode, Severity
from milrep.services import (characteristics, completeness_list, instruments,
                             presentation_choices, requirements)
from ui.models.acceptance import FIXED_COLUMNS
from ui.ops import Ops, Worker

RADIO = "Radio station R-168-5UN"
LOT = "L-2026-004"


def _setup(ops: Ops) -> tuple[Any, Any]:
    """Requirements of the radio station and two calibrated instruments, unless there already."""
    db, chief = ops.workspace.db, ops.actor
    with db.read() as s:
        item = next(i for i in presentation_choices.items_with_lots(s) if i.name == RADIO)
        lot = next(x for x in presentation_choices.lots_for(s, item.id) if x.number == LOT)
    with db.unit_of_work() as uow:
        have = characteristics.list_characteristics(uow, chief, item_id=item.id)
    if not have:
        for form in (
                characteristics.CharacteristicForm(
                    "Output power", nominal="40", lower_limit="36", upper_limit="44", unit="W",
                    method="TU 6574-012-2026 p. 4.1", reference="TU 6574-012-2026"),
                characteristics.CharacteristicForm(
                    "Frequency stability", nominal="0", lower_limit="-1.5", upper_limit="1.5",
                    unit="ppm", method="TU 6574-012-2026 p. 4.2"),
                characteristics.CharacteristicForm(
                    "Marking and appearance", kind=CharacteristicKind.ATTRIBUTE,
                    severity=Severity.MINOR),
                characteristics.CharacteristicForm(
                    "Seals intact", kind=CharacteristicKind.ATTRIBUTE,
                    allowed_answers="intact\nrestored by OTK", severity=Severity.CRITICAL)):
            with db.unit_of_work() as uow:
                characteristics.add_characteristic(uow, chief, item_id=item.id, form=form)
        for name, qty in (("Headset", 1), ("Whip antenna", 1), ("Battery", 2),
                          ("Operating manual", 1)):
            with db.unit_of_work() as uow:
                completeness_list.add_completeness_entry(
                    uow, chief, item_id=item.id,
                    form=completeness_list.CompletenessForm(name=name, quantity=qty))
        with db.unit_of_work() as uow:
            requirements.set_item_requirements(uow, chief, item_id=item.id,
                                               form=requirements.RequirementsForm(
                                                   sampling_mode=SamplingMode.ALL))
    today = dt.date.today()
    with db.unit_of_work() as uow:
        have_instruments = instruments.list_instruments(uow, chief, today=today)
    if not have_instruments:
        for name, serial in (("Wattmeter M3-93", "WM-0457"),
                             ("Frequency counter Ch3-85", "FC-1120")):
            with db.unit_of_work() as uow:
                instruments.register_instrument(uow, chief, form=instruments.InstrumentForm(
                    name=name, serial=serial, calibrated_on=today - dt.timedelta(days=200),
                    calibration_due=today + dt.timedelta(days=160)))
    return item, lot


def _wait(worker: Worker) -> None:
    app = QApplication.instance()
    for _ in range(3):
        while worker.pending:
            app.processEvents()  # type: ignore[union-attr]
        app.processEvents()  # type: ignore[union-attr]


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from ui.views.decision_dialog import DecisionDialog  # noqa: PLC0415
    from ui.views.inspection_window import OpenInspectionDialog  # noqa: PLC0415
    from ui.views.presentation_dialog import RegisterPresentationDialog  # noqa: PLC0415
    from ui.widgets.sign_dialog import SignDialog  # noqa: PLC0415

    worker = ops.worker
    item, lot = _setup(ops)
    view = window.acceptance
    window.show_area("acceptance")

    def register(number: str, otk: str, name: str) -> Any:
        view.new_record()
        dialog = view.findChildren(RegisterPresentationDialog)[-1]
        _wait(worker)
        dialog.select(item.id, lot.id)
        _wait(worker)
        dialog.number.setText(number)
        dialog.otk_reference.setText(otk)
        snap(dialog, name)
        ids: list[Any] = []
        dialog.saved.connect(ids.append)
        dialog.submit()
        _wait(worker)
        return ids[0]

    pid = register("OTK-311/2026", "OTK certificate 311", "60-register-presentation")
    view.refresh()
    snap(window, "61-main-acceptance-queue")
    window.show_area("dashboard")
    window.screens["dashboard"].refresh()
    snap(window, "62-main-dashboard-queue")
    window.show_area("acceptance")

    def open_inspection(pid: Any, name: str) -> Any:
        view.inspect(pid)
        _wait(worker)
        dialog = view.findChildren(OpenInspectionDialog)[-1]
        snap(dialog, name)
        dialog.submit()
        _wait(worker)
        return dialog.window_opened

    win = open_inspection(pid, "63-open-inspection")
    model = win.model
    # the first value typed before choosing an instrument: refused, kept, amber
    model.setData(model.index(1, FIXED_COLUMNS), "40.2")
    _wait(worker)
    snap(win, "64-inspection-refused")
    by_name = {win.all_instruments.itemText(i): win.all_instruments.itemData(i)
               for i in range(1, win.all_instruments.count())}
    for row, prefix in ((0, "Wattmeter M3-93"), (1, "Frequency counter"),
                        (2, "Measuring receiver")):
        name = next(n for n in by_name if n.startswith(prefix))
        model.set_instrument(model.requirements[row].id, uuid.UUID(by_name[name]), name)
    model.setData(model.index(1, FIXED_COLUMNS), "40.2")
    values = {1: ["40.2", "40.1", "39.8", "41.0", "40.6", "39.9", "40.3", "40.0", "40.4", "40.2"],
              2: ["0.4", "0.3", "-0.2", "0.6", "0.1", "0.5", "-0.4", "2.1", "0.2", "0.3"],
              3: ["0.35", "0.31", "0.42", "0.38", "0.29", "0.33", "0.40", "0.36", "0.34", "0.37"]}
    for row, vals in values.items():
        for n, v in enumerate(vals):
            model.setData(model.index(row, FIXED_COLUMNS + n), v)
            _wait(worker)
    for n in range(model.sample_count):
        model.setData(model.index(4, FIXED_COLUMNS + n), "pass")
        _wait(worker)
    for n in range(6):
        model.setData(model.index(5, FIXED_COLUMNS + n), "intact")
        _wait(worker)
    win.view.setCurrentIndex(model.index(5, FIXED_COLUMNS + 6))
    snap(win, "65-inspection-grid")
    for n in range(6, model.sample_count):
        model.setData(model.index(5, FIXED_COLUMNS + n), "intact")
        _wait(worker)
    for row in range(win.completeness.rowCount()):
        win.completeness.item(row, 2).setText(win.completeness.item(row, 1).text().split()[0])
        _wait(worker)
    _wait(worker)
    snap(win, "66-inspection-verdict")

    def decide(name: str, *, reason: str = "") -> tuple[DecisionDialog, SignDialog]:
        win.decide()
        decision = win.findChildren(DecisionDialog)[-1]
        if reason:
            decision.return_lot.setChecked(True)
            decision.reason.setPlainText(reason)
        snap(decision, name)
        decision.submit()
        sign = decision.findChildren(SignDialog)[-1]
        return decision, sign

    decision, sign = decide("67-decision-return", reason=(
        "Frequency stability out of limits on 0412 (2.1 ppm); the plant re-checks the "
        "reference oscillators of the whole lot."))
    sign.password.setText("wrong-password")
    sign.submit()
    _wait(worker)
    snap(sign, "68-sign-wrong-password")
    sign.password.setText(password)
    sign.submit()
    _wait(worker)
    snap(decision, "69-decision-return-notice")
    from ui.screenshots_printing import preview_from  # noqa: PLC0415

    preview = preview_from(decision.print_button, "return_notice", worker)
    snap(preview, "69a-print-preview-return-notice")
    preview.close()
    decision.accept()
    win.close()

    pid2 = register("OTK-318/2026", "OTK certificate 318", "70-register-second-attempt")
    win = open_inspection(pid2, "71-open-retest")
    counter = next(i for i in range(1, win.all_instruments.count())
                   if win.all_instruments.itemText(i).startswith("Frequency counter"))
    win.all_instruments.setCurrentIndex(counter)
    win._instrument_for_all()
    for n, v in enumerate(["0.4", "0.3", "-0.2", "0.6", "0.1", "0.5", "-0.4", "0.7", "0.2",
                           "0.3"]):
        win.model.setData(win.model.index(1, FIXED_COLUMNS + n), v)
        _wait(worker)
    for row in range(win.completeness.rowCount()):
        win.completeness.item(row, 2).setText(win.completeness.item(row, 1).text().split()[0])
        _wait(worker)
    snap(win, "72-inspection-retest")
    decision, sign = decide("73-decision-accept")
    snap(sign, "74-sign-accept")
    sign.password.setText(password)
    sign.submit()
    _wait(worker)
    snap(decision, "75-decision-acceptance-record")
    preview = preview_from(decision.print_button, "inspection_protocol", worker, zoom="page")
    snap(preview, "75a-print-preview-protocol-whole-page")
    preview.close()
    decision.accept()
    win.close()
    view.refresh()
    snap(window, "76-main-acceptance-after")


__all__ = ["render"]
