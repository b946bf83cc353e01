"""Material assets in the roles × actions matrix (collected by tests/core/test_roles.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from milrep.models.assets import MovementKind
from milrep.services.auth import ROLE_PERMISSIONS, Permission
from tests.core.asset_helpers import asset_form, movement
from tests.helpers import OfficeFixture

Kwargs = Callable[[OfficeFixture, Any], dict[str, Any]]
COUNT_DAY = dt.date(2026, 1, 20)


def _asset(number: str, location: str) -> Callable[[OfficeFixture], Any]:
    def make(o: OfficeFixture) -> Any:
        from milrep.services import assets

        with o.db.unit_of_work() as uow:
            return assets.register_asset(uow, o.chief, form=asset_form(
                o, number, location=location)).id
    return make


def _count(location: str, counted: bool) -> Callable[[OfficeFixture], Any]:
    def make(o: OfficeFixture) -> Any:
        from milrep.services import assets, inventory_counts as ic

        with o.db.unit_of_work() as uow:
            assets.register_asset(uow, o.chief, form=asset_form(o, "RC-" + location,
                                                                location=location))
        with o.db.unit_of_work() as uow:
            cid = ic.start_count(uow, o.chief, location=location, count_date=COUNT_DAY).id
        if counted:
            with o.db.unit_of_work() as uow:
                line = ic.get_count(uow, o.chief, count_id=cid).lines[0]
                ic.enter_counts(uow, o.chief, count_id=cid,
                                entries=[ic.CountEntry(line.id, "5")])
        return cid
    return make


def actions() -> dict[str, tuple[Permission, Kwargs]]:
    from milrep.services import inventory_counts as ic
    from tests.core.test_roles import PASSWORDS, _made

    R, E = Permission.READ, Permission.EDIT_ASSETS

    def asset(key: str, perm: Permission) -> Callable[[OfficeFixture, Any], Any]:
        return lambda o, a: _made(o, a, perm, key, _asset(key, "Roles " + key))

    def line_of(o: OfficeFixture, a: Any, cid: Any) -> Any:
        import uuid

        if E not in ROLE_PERMISSIONS[a.role]:
            return uuid.uuid4()
        with o.db.unit_of_work() as uow:
            return ic.get_count(uow, o.chief, count_id=cid).lines[0].id

    def enter(o: OfficeFixture, a: Any) -> dict[str, Any]:
        cid = _made(o, a, E, "ra_count_enter", _count("Roles enter", False))
        return {"count_id": cid, "entries": [ic.CountEntry(line_of(o, a, cid), "4")]}

    def start(o: OfficeFixture, a: Any) -> dict[str, Any]:
        place = "Roles start " + a.username
        _made(o, a, E, "ra_start_" + a.username, _asset("ra_start_" + a.username, place))
        return {"location": place, "count_date": COUNT_DAY}

    return {
        **export_actions(),
        "assets.register_asset": (E, lambda o, a: {"form": asset_form(o, f"R-{a.username}")}),
        "assets.update_asset": (E, lambda o, a: {
            "asset_id": asset("ra_update", E)(o, a),
            "form": asset_form(o, "ra_update", location="Roles ra_update", name="Renamed")}),
        "assets.get_asset": (R, lambda o, a: {"asset_id": asset("ra_get", R)(o, a)}),
        "assets.find_asset": (R, lambda o, a: {
            "inventory_number": (asset("ra_find", R)(o, a), "ra_find")[1]}),
        "assets.list_assets": (R, lambda o, a: {}),
        "asset_movements.record_movement": (E, lambda o, a: {"form": movement(
            asset("ra_move", E)(o, a), MovementKind.RECEIPT, 1, dt.date(2026, 2, 1))}),
        "asset_movements.list_movements": (R, lambda o, a: {}),
        "inventory_counts.start_count": (E, start),
        "inventory_counts.enter_counts": (E, enter),
        "inventory_counts.reconcile_count": (E, lambda o, a: {
            "count_id": _made(o, a, E, "ra_count_rec", _count("Roles reconcile", True)),
            "password": PASSWORDS[a.username]}),
        "inventory_counts.discard_count": (E, lambda o, a: {
            "count_id": _made(o, a, E, "ra_count_discard", _count("Roles discard", False))}),
        "inventory_counts.get_count": (R, lambda o, a: {
            "count_id": _made(o, a, R, "ra_count_get", _count("Roles get", False))}),
        "inventory_counts.list_counts": (R, lambda o, a: {}),
    }


def export_actions() -> dict[str, tuple[Permission, Kwargs]]:
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="roles_assets_"))
    R = Permission.READ
    return {
        "asset_exports.export_register": (R, lambda o, a: {
            "path": folder / f"reg_{a.username}.xlsx", "fmt": "xlsx"}),
        "asset_exports.export_movements": (R, lambda o, a: {
            "path": folder / f"mov_{a.username}.csv", "fmt": "csv",
            "date_from": dt.date(2026, 1, 1), "date_to": dt.date(2026, 12, 31)}),
    }
