"""Roles × actions for reclamations (milrep.services.reclamations, reclamation_views,
reclamation_suspension).

Reclamations an allowed actor needs are made by the chief (see ``_made``); one that leads to a
suspension is on an item of its own, so the suspension stops no other action of the matrix.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from typing import Any

from milrep.models.control_list import ItemKind
from milrep.models.quality import SuspensionGround, SuspensionScope
from milrep.models.reclamations import Remedy
from milrep.services import control_list, suspensions
from milrep.services import reclamation_suspension as rs
from milrep.services.auth import ROLE_PERMISSIONS, Actor, Permission
from milrep.services.suspensions import SuspensionForm
from tests.core.reclamation_helpers import (FINDINGS_ON, FORMED, MEMBERS, TODAY, commission,
                                            findings, notify, remedy)
from tests.core.test_roles import PASSWORDS, _made
from tests.helpers import OfficeFixture


def _own_item(o: OfficeFixture, name: str) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        iid = control_list.create_item(uow, o.chief, form=control_list.ItemForm(
            contract_id=o.ids["contract"], kind=ItemKind.MILITARY_GOODS, name=name,
            nomenclature_code=name[:12], quantity=5, unit="pcs")).id
    assert iid is not None
    return iid


def _reclamation(stage: str, *, item: str | None = None, **flags: bool
                 ) -> Callable[[OfficeFixture], Any]:
    def make(o: OfficeFixture) -> Any:
        kw: dict[str, Any] = {}
        if item is not None:
            kw = {"item_id": _own_item(o, item), "lot_id": None, "serials": ()}
        rid = notify(o, o.chief, **kw)
        if stage in ("commission", "findings", "remedy"):
            commission(o, rid, o.chief)
        if stage in ("findings", "remedy"):
            findings(o, rid, o.chief, **flags)
        if stage == "remedy":
            remedy(o, rid, Remedy.REPAIR, actor=o.chief)
        return rid
    return make


def _linkable(o: OfficeFixture) -> Any:
    rid = _reclamation("findings", item="Antenna AS-4", in_work_in_progress=True)(o)
    with o.db.unit_of_work() as uow:
        p = rs.propose_suspension(uow, o.chief, reclamation_id=rid)
    with o.db.unit_of_work() as uow:
        sid = suspensions.suspend(uow, o.chief, form=p.form, password=PASSWORDS["chief"]).id
    return rid, sid


def _proposal_form(o: OfficeFixture, a: Actor, rid: Any) -> SuspensionForm:
    if Permission.SUSPEND not in ROLE_PERMISSIONS[a.role]:
        return SuspensionForm(ground=SuspensionGround.IN_SERVICE_DEFECTS,
                              scope=SuspensionScope.ITEM, reason="x")
    with o.db.unit_of_work() as uow:
        return rs.propose_suspension(uow, o.chief, reclamation_id=rid).form


def actions() -> dict[str, tuple[Permission, Any]]:
    I, R, SU = Permission.INSPECT, Permission.READ, Permission.SUSPEND

    def suspend_kwargs(o: OfficeFixture, a: Actor) -> dict[str, Any]:
        rid = _made(o, a, SU, "rc_suspend", _reclamation("findings", item="Battery BP-9",
                                                         in_work_in_progress=True))
        return {"reclamation_id": rid, "form": _proposal_form(o, a, rid),
                "password": PASSWORDS[a.username]}

    def link_kwargs(o: OfficeFixture, a: Actor) -> dict[str, Any]:
        made = _made(o, a, SU, "rc_link", _linkable)
        rid, sid = made if isinstance(made, tuple) else (made, uuid.uuid4())
        return {"reclamation_id": rid, "suspension_id": sid}

    return {
        "reclamations.register_notification": (I, lambda o, a: {
            "form": dataclasses.replace(_notification(o), notification_ref=a.username),
            "today": TODAY}),
        "reclamations.set_commission": (I, lambda o, a: {
            "reclamation_id": _made(o, a, I, "rc_notified", _reclamation("notified")),
            "formed_on": FORMED, "members": MEMBERS, "today": TODAY}),
        "reclamations.record_findings": (I, lambda o, a: {
            "reclamation_id": _made(o, a, I, "rc_commission", _reclamation("commission")),
            "form": _findings_form(), "password": PASSWORDS[a.username], "today": TODAY}),
        "reclamations.record_remedy": (I, lambda o, a: {
            "reclamation_id": _made(o, a, I, "rc_findings", _reclamation("findings")),
            "remedy": Remedy.REPAIR, "started_on": FINDINGS_ON, "today": TODAY}),
        "reclamations.close": (I, lambda o, a: {
            "reclamation_id": _made(o, a, I, "rc_remedy", _reclamation("remedy")),
            "closed_on": TODAY, "today": TODAY}),
        "reclamation_views.get_reclamation": (R, lambda o, a: {
            "reclamation_id": _made(o, a, R, "rc_view", _reclamation("notified"))}),
        "reclamation_views.find_reclamation": (R, lambda o, a: {
            "number": _number(o, _made(o, a, R, "rc_view", _reclamation("notified")))}),
        "reclamation_views.list_reclamations": (R, lambda o, a: {}),
        "reclamation_suspension.propose_suspension": (R, lambda o, a: {
            "reclamation_id": _made(o, a, R, "rc_propose", _reclamation(
                "findings", item="Headset GT-3", in_work_in_progress=True))}),
        "reclamation_suspension.suspend_for_reclamation": (SU, suspend_kwargs),
        "reclamation_suspension.suspension_to_link": (R, lambda o, a: {
            "reclamation_id": _made(o, a, R, "rc_view", _reclamation("notified"))}),
        "reclamation_suspension.link_suspension": (SU, link_kwargs),
    }


def _notification(o: OfficeFixture) -> Any:
    from tests.core.reclamation_helpers import notification

    return notification(o)


def _findings_form() -> Any:
    from milrep.rules.reclamation import Findings
    from milrep.services.reclamations import FindingsForm

    return FindingsForm(Findings(contractor_at_fault=True), "Cold solder joint", FINDINGS_ON)


def _number(o: OfficeFixture, rid: Any) -> str:
    from milrep.models.reclamations import Reclamation

    with o.db.read() as s:
        rec = s.get(Reclamation, rid)
        return rec.number if rec is not None else "none"

