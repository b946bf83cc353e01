"""Roles × actions of presentations, inspections, measurements and decisions (issue 3).

Collected by ``tests/core/test_roles.py`` (see ``_area_actions``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from milrep.services import control_list
from milrep.services.auth import ROLE_PERMISSIONS, Actor, Permission
from tests.core.test_roles import PASSWORDS, Kwargs, _item_form, _made
from tests.helpers import OfficeFixture


def actions() -> dict[str, tuple[Permission, Kwargs]]:
    return _acceptance_actions()


# Built by the chief on an item of their own (code ACC-ROLE, one pass/fail characteristic, 100 %),
# so the requirement actions above keep the radio and the kit to themselves.

def _acc_item(o: OfficeFixture) -> Any:
    from milrep.models.requirements import CharacteristicKind
    from milrep.services import characteristics

    if "acc_item" not in o.ids:
        with o.db.unit_of_work() as uow:
            o.ids["acc_item"] = control_list.create_item(uow, o.chief, form=_item_form(
                o, "ACC-ROLE")).id  # type: ignore[assignment]
        with o.db.unit_of_work() as uow:
            characteristics.add_characteristic(
                uow, o.chief, item_id=o.ids["acc_item"], form=characteristics.CharacteristicForm(
                    name="Packing", kind=CharacteristicKind.ATTRIBUTE))
    return o.ids["acc_item"]


def _acc_presentation(o: OfficeFixture) -> Any:
    import uuid

    from milrep.services import lots, presentations

    item = _acc_item(o)
    with o.db.unit_of_work() as uow:
        lot = lots.register_lot(uow, o.chief, item_id=item, number=uuid.uuid4().hex[:8],
                                quantity=2).id
    with o.db.unit_of_work() as uow:
        return presentations.register_presentation(uow, o.chief, number=uuid.uuid4().hex[:8],
                                                   presented_on=dt.date(2026, 11, 25),
                                                   item_id=item, lot_id=lot).id


def _acc_inspection(o: OfficeFixture) -> Any:
    from milrep.models.acceptance import InspectionKind
    from milrep.services import inspections

    with o.db.unit_of_work() as uow:
        return inspections.open_inspection(uow, o.chief, presentation_id=_acc_presentation(o),
                                           kind=InspectionKind.INSPECTION).id


def _acc_requirement(o: OfficeFixture, inspection_id: Any) -> Any:
    from sqlalchemy import select

    from milrep.models.acceptance import InspectionRequirement

    with o.db.read() as s:
        return s.scalars(select(InspectionRequirement.id).where(
            InspectionRequirement.inspection_id == inspection_id)).one()


def _acceptance_actions() -> dict[str, tuple[Permission, Kwargs]]:
    import uuid

    from milrep.models.acceptance import InspectionKind, Verdict

    N, D, R = Permission.INSPECT, Permission.DECIDE, Permission.READ

    def new_lot(o: OfficeFixture) -> Any:
        from milrep.services import lots

        with o.db.unit_of_work() as uow:
            return lots.register_lot(uow, o.chief, item_id=_acc_item(o), number="ACC-NEW",
                                     quantity=3).id

    def measurement(o: OfficeFixture, a: Actor) -> dict[str, Any]:
        iid = _made(o, a, N, "acc_insp_m", _acc_inspection)
        rid = _acc_requirement(o, iid) if N in ROLE_PERMISSIONS[a.role] else uuid.uuid4()
        return {"inspection_id": iid, "requirement_id": rid, "sample_no": 1, "answer": "pass"}

    return {
        "presentations.register_presentation": (N, lambda o, a: {
            "number": f"N-{a.username}", "presented_on": dt.date(2026, 11, 25),
            "item_id": _made(o, a, N, "acc_item_p", _acc_item),
            "lot_id": _made(o, a, N, "acc_lot_new", new_lot)}),
        "presentations.withdraw_presentation": (N, lambda o, a: {
            "presentation_id": _made(o, a, N, "acc_wd", _acc_presentation), "reason": "OTK"}),
        "presentations.get_presentation": (R, lambda o, a: {
            "presentation_id": _made(o, a, R, "acc_get", _acc_presentation)}),
        "presentations.presentations_awaiting": (R, lambda o, a: {}),
        "inspections.open_inspection": (N, lambda o, a: {
            "presentation_id": _made(o, a, N, "acc_open", _acc_presentation),
            "kind": InspectionKind.INSPECTION}),
        "inspections.record_completeness": (N, lambda o, a: {
            "inspection_id": _made(o, a, N, "acc_insp_c", _acc_inspection), "found": {}}),
        "inspections.add_attachment": (N, lambda o, a: {
            "inspection_id": _made(o, a, N, "acc_insp_a", _acc_inspection),
            "filename": "scan.pdf", "media_type": "application/pdf", "content": b"%PDF-1.7"}),
        "inspection_decisions.decide": (D, lambda o, a: {
            "inspection_id": _made(o, a, D, "acc_insp_d", _acc_inspection),
            "verdict": Verdict.RETURN, "reason": "Packing damaged",
            "password": PASSWORDS[a.username]}),
        "inspection_grid.inspection_grid": (R, lambda o, a: {
            "inspection_id": _made(o, a, R, "acc_insp_g", _acc_inspection)}),
        "measurements.record_measurement": (N, measurement),
    }
