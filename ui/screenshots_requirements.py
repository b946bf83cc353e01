"""Screenshots of an item's requirements, the instruments register and the lots area (called by
:mod:`ui.screenshots`): scenario 2's characteristics and sampling plan on the demo office."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from milrep.models.requirements import CharacteristicKind, SamplingMode, Severity
from milrep.services import characteristics, completeness_list, instruments
from milrep.services.lists import CONTROL_LIST, ListQuery, count_rows, fetch_page
from ui.ops import Ops

RADIO = "Radio station R-168-5UN"


def _setup(ops: Ops) -> Any:
    db, chief = ops.workspace.db, ops.actor
    with db.read() as s:
        q = ListQuery(text="R-168-5UN", sort="name")
        radio = next(r[0] for r in fetch_page(s, CONTROL_LIST, q, offset=0, limit=50,
                                               total=count_rows(s, CONTROL_LIST, q))
                     if r[1] == RADIO)
    with db.unit_of_work() as uow:
        have = characteristics.list_characteristics(uow, chief, item_id=radio)
    if not have:
        for form in (
                characteristics.CharacteristicForm(
                    "Output power", nominal="40", lower_limit="36", upper_limit="44", unit="W",
                    method="TU 6574-012-2026 p. 4.1", reference="TU 6574-012-2026"),
                characteristics.CharacteristicForm(
                    "Frequency stability", nominal="0", lower_limit="-1.5", upper_limit="1.5",
                    unit="ppm", method="TU 6574-012-2026 p. 4.2"),
                characteristics.CharacteristicForm(
                    "Seals intact", kind=CharacteristicKind.ATTRIBUTE,
                    allowed_answers="intact\nrestored by OTK", severity=Severity.CRITICAL)):
            with db.unit_of_work() as uow:
                characteristics.add_characteristic(uow, chief, item_id=radio, form=form)
        for name, qty in (("Headset", 1), ("Whip antenna", 1), ("Battery", 2)):
            with db.unit_of_work() as uow:
                completeness_list.add_completeness_entry(
                    uow, chief, item_id=radio,
                    form=completeness_list.CompletenessForm(name=name, quantity=qty))
    today = dt.date.today()
    with db.unit_of_work() as uow:
        serials = {r.serial for r in instruments.list_instruments(
            uow, chief, today=today, include_retired=True)}
    for name, serial, rng, due_in, place in (
            ("Oscilloscope S1-117", "OS-2210", "0–50 MHz", -6, "Assembly shop, post 3"),
            ("Frequency counter Ch3-64", "FC-0815", "0.1 Hz–1.5 GHz", 18, "Climatic-test lab"),
            ("Wattmeter M3-93", "WM-0457", "0.1–100 W", 160, "Acceptance bench 1"),
            ("Frequency counter Ch3-85", "FC-1120", "0.1 Hz–3 GHz", 160, "Acceptance bench 1")):
        if serial in serials:
            continue
        due = today + dt.timedelta(days=due_in)
        with db.unit_of_work() as uow:
            instruments.register_instrument(uow, chief, form=instruments.InstrumentForm(
                name=name, serial=serial, calibrated_on=due - dt.timedelta(days=365),
                calibration_due=due, measuring_range=rng, location=place,
                certificate_ref=f"KZ-CAL {serial[-4:]}/{due.year - 1}"))
    return radio


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from ui.views.characteristic_form import CharacteristicDialog  # noqa: PLC0415
    from ui.views.instrument_editor import InstrumentEditor  # noqa: PLC0415
    from ui.views.lot_dialog import RegisterLotDialog  # noqa: PLC0415
    from ui.views.lot_units import LotUnitsDialog  # noqa: PLC0415
    from ui.views.requirements import RequirementsDialog  # noqa: PLC0415

    radio = _setup(ops)
    # the setup wrote without the UI's operations: read the lists and the dashboard again
    for area in ("instruments", "lots", "dashboard"):
        window.screens[area].refresh()
    dialog = RequirementsDialog(ops, radio, window, item_name=RADIO)
    dialog.resize(1040, 620)
    snap(dialog, "50-requirements-characteristics")
    form = CharacteristicDialog(ops, radio, None, dialog)
    form.name.setText("Receiver sensitivity")
    form.lower.setText("1,2")
    form.upper.setText("0,5")
    form.unit.setText("µV")
    snap(form, "51-requirements-limits-reversed")
    form.unsaved.enabled = False
    form.close()
    dialog.tabs.setCurrentIndex(1)
    snap(dialog, "52-requirements-completeness")
    dialog.tabs.setCurrentIndex(2)
    page = dialog.plan
    page.mode.setCurrentIndex(page.mode.findData(SamplingMode.ISO2859.value))
    page.level.setCurrentIndex(page.level.findData("II"))
    page.aql_major.setCurrentIndex(page.aql_major.findData("1.0"))
    page.example.setValue(10)
    page.months.setValue(6)
    page.periodic_ref.setText("PI programme 6574-012 PM")
    snap(dialog, "53-requirements-sampling")
    page.loaded = page.form()  # nothing to ask about on close
    dialog.close()

    window.show_area("instruments")
    snap(window, "54-main-instruments")
    window.instruments.select_row(0)
    editor = InstrumentEditor(ops, window.instruments.current_id(), window)
    snap(editor, "55-instrument-editor-overdue")
    editor.close()
    window.show_area("dashboard")
    snap(window, "56-main-dashboard-instruments-due")

    window.show_area("lots")
    snap(window, "57-main-lots")
    register = RegisterLotDialog(ops, window, item_id=radio)
    snap(register, "58-lot-register")
    register.number.setText("L-2026-006")
    register.serials.setPlainText("\n".join(f"05{n:02d}" for n in range(1, 11)))
    register.manufactured.edit.setText(dt.date.today().strftime("%d.%m.%Y"))
    register.marking.setText("VP 17")
    snap(register, "59-lot-register-filled")
    register.unsaved.enabled = False
    register.close()
    window.lots.select_row(1)  # a lot with serial numbers (the first is a kit by quantity)
    units = LotUnitsDialog(ops, window.lots.current_id(), str(window.lots.current_value("number")),
                           str(window.lots.current_value("item")), window)
    snap(units, "60-lot-units")
    units.close()
