"""Roles × actions of the requirements of items and the instruments register (issue 3).

Records these actions need are made by the chief the first time an *allowed* actor asks for
them; a refused actor gets a random id (the permission check comes first, nothing is written).

Collected by ``tests/core/test_roles.py`` (see ``_area_actions``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from milrep.services.auth import Permission
from tests.core.test_roles import Kwargs, _made
from tests.helpers import OfficeFixture


def actions() -> dict[str, tuple[Permission, Kwargs]]:
    return _requirements_actions()


def _req_characteristic(name: str) -> Callable[[OfficeFixture], Any]:
    from milrep.services import characteristics

    def make(o: OfficeFixture) -> Any:
        with o.db.unit_of_work() as uow:
            return characteristics.add_characteristic(
                uow, o.chief, item_id=o.ids["radio"],
                form=characteristics.CharacteristicForm(name=name, upper_limit="1"))
    return make


def _req_entry(name: str) -> Callable[[OfficeFixture], Any]:
    from milrep.services import completeness_list

    def make(o: OfficeFixture) -> Any:
        with o.db.unit_of_work() as uow:
            return completeness_list.add_completeness_entry(
                uow, o.chief, item_id=o.ids["radio"],
                form=completeness_list.CompletenessForm(name)).id
    return make


def _instrument_form(serial: str) -> Any:
    from milrep.services import instruments as ins

    return ins.InstrumentForm(name="Wattmeter M3-54", serial=serial,
                              calibrated_on=dt.date(2026, 1, 15),
                              calibration_due=dt.date(2027, 1, 14))


def _instrument(serial: str) -> Callable[[OfficeFixture], Any]:
    from milrep.services import instruments as ins

    def make(o: OfficeFixture) -> Any:
        with o.db.unit_of_work() as uow:
            return ins.register_instrument(uow, o.chief, form=_instrument_form(serial)).id
    return make


def _requirements_actions() -> dict[str, tuple[Permission, Kwargs]]:
    from milrep.services import characteristics, completeness_list
    from milrep.services import requirements as rq

    E, R = Permission.EDIT_REQUIREMENTS, Permission.READ
    I = Permission.EDIT_INSTRUMENTS  # noqa: E741
    return {
        "characteristics.add_characteristic": (E, lambda o, a: {
            "item_id": o.ids["radio"], "form": characteristics.CharacteristicForm(
                name=f"Power {a.username}", lower_limit="36")}),
        "characteristics.update_characteristic": (E, lambda o, a: {
            "characteristic_id": _made(o, a, E, "ch_upd", lambda o: _req_characteristic(
                "Stability")(o).id),
            "form": characteristics.CharacteristicForm(name="Stability", upper_limit="2")}),
        "characteristics.deactivate_characteristic": (E, lambda o, a: {
            "characteristic_id": _made(o, a, E, "ch_off", lambda o: _req_characteristic(
                "Old power")(o).id)}),
        "characteristics.reorder_characteristics": (E, lambda o, a: {
            "item_id": o.ids["kit"], "order": []}),
        "characteristics.list_characteristics": (R, lambda o, a: {"item_id": o.ids["radio"]}),
        "completeness_list.add_completeness_entry": (E, lambda o, a: {
            "item_id": o.ids["radio"],
            "form": completeness_list.CompletenessForm(f"Antenna {a.username}")}),
        "completeness_list.update_completeness_entry": (E, lambda o, a: {
            "entry_id": _made(o, a, E, "ce_upd", _req_entry("Battery")),
            "form": completeness_list.CompletenessForm("Battery", 2)}),
        "completeness_list.remove_completeness_entry": (E, lambda o, a: {
            "entry_id": _made(o, a, E, "ce_del", _req_entry("Headset"))}),
        "completeness_list.list_completeness": (R, lambda o, a: {"item_id": o.ids["radio"]}),
        "requirements.set_item_requirements": (E, lambda o, a: {
            "item_id": o.ids["radio"], "form": rq.RequirementsForm(periodic_interval_months=6)}),
        "requirements.requirements_for": (R, lambda o, a: {"item_id": o.ids["radio"]}),
        "requirements.periodic_test_due": (R, lambda o, a: {
            "item_id": o.ids["radio"], "today": dt.date(2026, 11, 25)}),
        "instruments.register_instrument": (I, lambda o, a: {
            "form": _instrument_form(f"R-{a.username}")}),
        "instruments.update_instrument": (I, lambda o, a: {
            "instrument_id": _made(o, a, I, "in_upd", _instrument("U-1")),
            "form": _instrument_form("U-1")}),
        "instruments.retire_instrument": (I, lambda o, a: {
            "instrument_id": _made(o, a, I, "in_ret", _instrument("T-1"))}),
        "instruments.list_instruments": (R, lambda o, a: {"today": dt.date(2026, 11, 25)}),
    }
