"""Roles × actions of suspensions, product tests, nonconformities and quality decisions (issue 3).

Collected by ``tests/core/test_roles.py`` (see ``_area_actions``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from milrep.services import control_list
from milrep.services.auth import Permission
from tests.core.test_roles import PASSWORDS, Kwargs, _accepted_unit, _item_form, _made
from tests.helpers import OfficeFixture


def actions() -> dict[str, tuple[Permission, Kwargs]]:
    return _quality_actions()


# Records are made by the chief the first time an allowed actor asks (test_roles._made); each
# suspension made here has its own scope so none stops another action of the matrix.

def _quality_actions() -> dict[str, tuple[Permission, Kwargs]]:
    import uuid

    from milrep.models import quality as q
    from milrep.models.requirements import CharacteristicKind, Severity
    from milrep.services import nonconformities as nc
    from milrep.services import product_tests as pt
    from milrep.services import suspensions as sp

    R, N, E = Permission.READ, Permission.INSPECT, Permission.EDIT_DECISIONS
    SU, RE = Permission.SUSPEND, Permission.RESUME

    def suspension(scope: q.SuspensionScope, item: str | None, lot: str | None,
                   ground: q.SuspensionGround) -> Callable[[OfficeFixture], Any]:
        def make(o: OfficeFixture) -> Any:
            with o.db.unit_of_work() as uow:
                return sp.suspend(uow, o.chief, password=PASSWORDS["chief"], form=sp.SuspensionForm(
                    ground=ground, scope=scope, reason="Roles matrix",
                    contract_id=o.ids["contract"], item_id=o.ids[item] if item else None,
                    lot_id=o.ids[lot] if lot else None)).id
        return make

    def test(result: q.TestResult | None) -> Callable[[OfficeFixture], Any]:
        def make(o: OfficeFixture) -> Any:
            with o.db.unit_of_work() as uow:
                tid = pt.register_test(uow, o.chief, kind=q.TestKind.PERIODIC,
                                       item_id=o.ids["radio"], started_on=dt.date(2026, 11, 2)).id
            if result is not None:
                with o.db.unit_of_work() as uow:
                    pt.record_result(uow, o.chief, test_id=tid, result=result,
                                     protocol_number=uuid.uuid4().hex[:8],
                                     results_summary="Vibration", completed_on=dt.date(2026, 11, 5))
            return tid
        return make

    def nonconformity(*steps: str) -> Callable[[OfficeFixture], Any]:
        def make(o: OfficeFixture) -> Any:
            with o.db.unit_of_work() as uow:
                nid = nc.raise_nonconformity(uow, o.chief, item_id=o.ids["radio"],
                                             severity=Severity.MINOR, description="Scratch").id
            calls = {"disposition": (nc.set_disposition, {"disposition": q.Disposition.REWORK}),
                     "action": (nc.set_corrective_action, {"corrective_action": "Repainted"}),
                     "verified": (nc.verify_effect, {"verification": "Looked at"}),
                     "closed": (nc.close_nonconformity, {})}
            for step in steps:
                fn, kw = calls[step]
                with o.db.unit_of_work() as uow:
                    fn(uow, o.chief, nonconformity_id=nid, **kw)  # type: ignore[operator]
            return nid
        return make

    def decision(o: OfficeFixture) -> Any:
        from milrep.services import decisions as dc

        with o.db.unit_of_work() as uow:
            return dc.create_decision(uow, o.chief, title="Change the solder paste",
                                      owner="Chief technologist", due_on=dt.date(2026, 12, 1),
                                      item_id=o.ids["radio"]).id

    def accepted_lot(o: OfficeFixture) -> Any:
        from milrep.services import characteristics

        with o.db.unit_of_work() as uow:
            item = control_list.create_item(uow, o.chief, form=_item_form(o, "STORE-1")).id
        with o.db.unit_of_work() as uow:
            characteristics.add_characteristic(uow, o.chief, item_id=item,
                                               form=characteristics.CharacteristicForm(
                                                   name="Packing",
                                                   kind=CharacteristicKind.ATTRIBUTE))
        return _accepted_unit(o, item, "S-1", dt.date(2026, 11, 2),
                              decided_on=dt.date(2026, 11, 3))[0]

    S, G = q.SuspensionScope, q.SuspensionGround
    return {
        "suspensions.suspend": (SU, lambda o, a: {
            "password": PASSWORDS[a.username], "form": sp.SuspensionForm(
                ground=G.QUALITY_DECISIONS, scope=S.ITEM, item_id=o.ids["kit"],
                reason=f"Decision 3 not implemented ({a.username})")}),
        "suspensions.resume": (RE, lambda o, a: {
            "suspension_id": _made(o, a, RE, "sp_res", suspension(
                S.WORK, "repair", None, G.CONTRACT_TERMS)),
            "corrective_actions": "Done", "password": PASSWORDS[a.username]}),
        "suspensions.get_suspension": (R, lambda o, a: {
            "suspension_id": _made(o, a, R, "sp_get", suspension(
                S.LOT, None, "lot", G.IN_SERVICE_DEFECTS))}),
        "suspensions.list_suspensions": (R, lambda o, a: {"active_only": True}),
        "suspension_proposals.propose_suspension_after_failed_test": (R, lambda o, a: {
            "test_id": _made(o, a, R, "pt_neg", test(q.TestResult.NEGATIVE))}),
        "suspension_proposals.propose_suspension_after_returns": (R, lambda o, a: {
            "item_id": o.ids["radio"]}),
        "product_tests.register_test": (N, lambda o, a: {
            "kind": q.TestKind.TYPE, "item_id": o.ids["radio"],
            "started_on": dt.date(2026, 11, 20), "programme_ref": f"TT {a.username}"}),
        "product_tests.record_result": (N, lambda o, a: {
            "test_id": _made(o, a, N, "pt_rec", test(None)), "result": q.TestResult.POSITIVE,
            "protocol_number": f"P-{a.username}", "results_summary": "All passed",
            "completed_on": dt.date(2026, 11, 20)}),
        "product_tests.issue_opinion": (N, lambda o, a: {
            "test_id": _made(o, a, N, "pt_op", test(q.TestResult.POSITIVE)),
            "conclusion": "Production may continue", "password": PASSWORDS[a.username]}),
        "product_tests.get_test": (R, lambda o, a: {
            "test_id": _made(o, a, R, "pt_get", test(None))}),
        "product_tests.list_tests": (R, lambda o, a: {}),
        "product_tests.tests_due": (R, lambda o, a: {"today": dt.date(2026, 11, 25)}),
        "nonconformities.raise_nonconformity": (N, lambda o, a: {
            "item_id": o.ids["radio"], "lot_id": o.ids["lot"], "severity": Severity.MAJOR,
            "description": f"Dent ({a.username})"}),
        "nonconformities.set_disposition": (N, lambda o, a: {
            "nonconformity_id": _made(o, a, N, "nc_disp", nonconformity()),
            "disposition": q.Disposition.USE_AS_IS, "concession_ref": "C-1/2026",
            "concession_expires": dt.date.today() + dt.timedelta(days=30)}),
        "nonconformities.set_corrective_action": (N, lambda o, a: {
            "nonconformity_id": _made(o, a, N, "nc_act", nonconformity()),
            "corrective_action": "Operator retrained"}),
        "nonconformities.verify_effect": (N, lambda o, a: {
            "nonconformity_id": _made(o, a, N, "nc_ver", nonconformity("action")),
            "verification": "Next lot checked"}),
        "nonconformities.close_nonconformity": (N, lambda o, a: {
            "nonconformity_id": _made(o, a, N, "nc_close", nonconformity(
                "disposition", "action", "verified"))}),
        "nonconformities.reopen_nonconformity": (N, lambda o, a: {
            "nonconformity_id": _made(o, a, N, "nc_reopen", nonconformity(
                "disposition", "action", "verified", "closed"))}),
        "nonconformities.open_nonconformities": (R, lambda o, a: {"item_id": o.ids["radio"]}),
        "nonconformities.get_nonconformity": (R, lambda o, a: {
            "nonconformity_id": _made(o, a, R, "nc_get", nonconformity())}),
        "decisions.create_decision": (E, lambda o, a: {
            "title": f"Revise the soldering procedure ({a.username})", "owner": "OTK",
            "due_on": dt.date(2026, 12, 15), "contract_id": o.ids["contract"]}),
        "decisions.mark_implemented": (E, lambda o, a: {
            "decision_id": _made(o, a, E, "dc_impl", decision),
            "implemented_on": dt.date(2026, 11, 20), "verification": "Checked on site"}),
        "decisions.cancel_decision": (E, lambda o, a: {
            "decision_id": _made(o, a, E, "dc_cancel", decision), "reason": "Superseded"}),
        "decisions.overdue_decisions": (R, lambda o, a: {"today": dt.date(2026, 11, 25)}),
        "decisions.list_decisions": (R, lambda o, a: {"today": dt.date(2026, 11, 25)}),
        "decisions.record_storage_check": (E, lambda o, a: {
            "lot_id": _made(o, a, E, "sc_lot", accepted_lot),
            "checked_on": dt.date(2026, 11, 20), "conditions_ok": True}),
        "decisions.list_storage_checks": (R, lambda o, a: {}),
    }
