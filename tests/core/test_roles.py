"""Roles × actions: every service function found in milrep/services, called by every role.

Allowed per ROLE_PERMISSIONS → it runs; not allowed → PermissionDenied and nothing stored changed.
A new service taking (uow, actor) must be added to ACTIONS, or this test fails and says so.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import milrep.services
from milrep.errors import PermissionDenied
from milrep.models.contracts import AmendmentGround, ContractStatus
from milrep.models.control_list import ItemKind
from milrep.models.organizations import OrgKind
from milrep.models.users import Role
from milrep.services import contracts, control_list, organizations, signing
from milrep.services.auth import ROLE_PERMISSIONS, Actor, Permission
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD, VIEWER_PASSWORD
from tests.helpers import OfficeFixture, dump_database

PASSWORDS = {"chief": CHIEF_PASSWORD, "rep1": REP_PASSWORD, "clerk": VIEWER_PASSWORD}
Kwargs = Callable[[OfficeFixture, Actor], dict[str, Any]]


def _contract_form(o: OfficeFixture, number: str) -> contracts.ContractForm:
    return contracts.ContractForm(
        number=number, signed_on=dt.date(2026, 2, 1), customer_id=o.ids["mod"],
        contractor_id=o.ids["plant"], subject="Spare parts", valid_from=dt.date(2026, 2, 1),
        valid_until=dt.date(2026, 12, 31), value=Decimal("1000.00"))


def _item_form(o: OfficeFixture, code: str) -> control_list.ItemForm:
    return control_list.ItemForm(contract_id=o.ids["contract"], kind=ItemKind.DUAL_USE_GOODS,
                                 name="Antenna", nomenclature_code=code, quantity=5, unit="pcs")


# service function -> (permission, keyword arguments for a call that is otherwise valid)
ACTIONS: dict[str, tuple[Permission, Kwargs]] = {
    "contracts.create_contract": (Permission.EDIT_CONTRACTS,
                                  lambda o, a: {"form": _contract_form(o, f"X-{a.username}")}),
    "contracts.update_contract": (Permission.EDIT_CONTRACTS, lambda o, a: {
        "contract_id": o.ids["contract"], "form": contracts.ContractForm(
            **{**contracts_form_fields(o), "subject": f"Edited by {a.username}"})}),
    "contracts.set_status": (Permission.EDIT_CONTRACTS, lambda o, a: {
        "contract_id": o.ids["contract"], "status": ContractStatus.ACTIVE}),
    "contracts.add_amendment": (Permission.EDIT_CONTRACTS, lambda o, a: {
        "contract_id": o.ids["contract"], "number": f"2-{a.username}",
        "signed_on": dt.date(2026, 4, 1), "ground": AmendmentGround.PRICE_REDUCED,
        "description": "Price reduced"}),
    "contracts.get_contract": (Permission.READ, lambda o, a: {"contract_id": o.ids["contract"]}),
    "control_list.create_item": (Permission.EDIT_CONTROL_LIST,
                                 lambda o, a: {"form": _item_form(o, f"ANT-{a.username}")}),
    "control_list.update_item": (Permission.EDIT_CONTROL_LIST, lambda o, a: {
        "item_id": o.ids["kit"], "form": control_list.ItemForm(
            **{**_item(o, o.ids["kit"]).__dict__, "name": f"Kit {a.username}"})}),
    "control_list.get_item": (Permission.READ, lambda o, a: {"item_id": o.ids["kit"]}),
    "lots.register_lot": (Permission.EDIT_LOTS, lambda o, a: {
        "item_id": o.ids["kit"], "number": f"K-{a.username}", "quantity": 2}),
    "organizations.create_organization": (Permission.EDIT_ORGANIZATIONS, lambda o, a: {
        "form": organizations.OrganizationForm(kind=OrgKind.RECIPIENT, name=f"Unit {a.username}")}),
    "organizations.update_organization": (Permission.EDIT_ORGANIZATIONS, lambda o, a: {
        "org_id": o.ids["unit"], "form": organizations.OrganizationForm(
            kind=OrgKind.RECIPIENT, name=f"Military unit 12345 ({a.username})")}),
    "organizations.list_organizations": (Permission.READ, lambda o, a: {}),
    "signing.sign_act": (Permission.SIGN_ACTS, lambda o, a: {
        "password": PASSWORDS[a.username], "meaning": signing.Meaning.APPROVED,
        "object_type": "contracts", "object_id": o.ids["contract"], "content": {"n": 1}}),
    "users.list_users": (Permission.READ, lambda o, a: {}),
    "users.add_user": (Permission.MANAGE_USERS, lambda o, a: {
        "username": f"new{a.username}", "full_name": "N. New", "role": Role.VIEWER,
        "password": "Zailiysky-Alatau-9"}),
    "users.set_role": (Permission.MANAGE_USERS, lambda o, a: {
        "user_id": o.viewer.user_id, "role": Role.VIEWER}),
    "users.disable_user": (Permission.MANAGE_USERS, lambda o, a: {"user_id": o.viewer.user_id}),
    "users.update_user_details": (Permission.MANAGE_USERS, lambda o, a: {
        "user_id": o.viewer.user_id, "full_name": "D. Omarova", "rank": "Sgt."}),
    "users.reset_password": (Permission.MANAGE_USERS, lambda o, a: {
        "user_id": o.viewer.user_id, "new_password": "Zailiysky-Alatau-8"}),
    "users.change_own_password": (Permission.CHANGE_OWN_PASSWORD, lambda o, a: {
        "old_password": PASSWORDS[a.username], "new_password": "Zailiysky-Alatau-7"}),
}
# Modules owned by other parts of the app that have no (uow, actor) services yet are listed
# here only if they do; read-only helpers taking a Session are outside the matrix.


def contracts_form_fields(o: OfficeFixture) -> dict[str, Any]:
    with o.db.unit_of_work() as uow:
        return dict(contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"]).form.__dict__)


def _item(o: OfficeFixture, item_id: Any) -> control_list.ItemForm:
    with o.db.unit_of_work() as uow:
        return control_list.get_item(uow, o.chief, item_id=item_id)

# --- requirements of items and the instruments register (issue 3) ---------------------------
# Records these actions need are made by the chief the first time an *allowed* actor asks for
# them; a refused actor gets a random id (the permission check comes first, nothing is written).

def _made(o: OfficeFixture, a: Actor, perm: Permission, key: str,
          make: Callable[[OfficeFixture], Any]) -> Any:
    import uuid

    if perm not in ROLE_PERMISSIONS[a.role]:
        return uuid.uuid4()
    if key not in o.ids:
        o.ids[key] = make(o)
    return o.ids[key]


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


ACTIONS.update(_requirements_actions())

# --- presentations, inspections, measurements, decisions (issue 3) ------------------------------
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


ACTIONS.update(_acceptance_actions())



def service_functions() -> dict[str, Callable[..., Any]]:
    found = {}
    for mod in pkgutil.iter_modules(milrep.services.__path__):
        module = importlib.import_module(f"milrep.services.{mod.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:2] == ["uow", "actor"]:
                found[f"{mod.name}.{name}"] = fn
    return found


def test_every_service_is_in_the_matrix() -> None:
    assert sorted(service_functions()) == sorted(ACTIONS), \
        "a service taking (uow, actor) is missing from ACTIONS (or one was removed)"


def _call(o: OfficeFixture, actor: Actor, name: str) -> None:
    fn = service_functions()[name]
    kwargs = ACTIONS[name][1](o, actor)
    with o.db.unit_of_work() as uow:
        if name == "signing.sign_act":  # signs inside the caller's unit of work
            uow.begin(actor, Permission.READ, "test.sign")
            fn(uow, actor, **kwargs)
            uow.commit()
        else:
            fn(uow, actor, **kwargs)


@pytest.mark.parametrize("role", list(Role))
def test_roles_times_actions(records: OfficeFixture, role: Role) -> None:
    o = records
    actor = {Role.CHIEF: o.chief, Role.REPRESENTATIVE: o.rep, Role.VIEWER: o.viewer}[role]
    allowed = ROLE_PERMISSIONS[role]
    refused = [n for n in sorted(ACTIONS) if ACTIONS[n][0] not in allowed]
    before = dump_database(o.db)
    keys = o.db.keyfile_path.read_bytes()
    for name in refused:
        with pytest.raises(PermissionDenied, match="is not allowed to do this"):
            _call(o, actor, name)
    assert dump_database(o.db) == before, "a refused action stored something"
    assert o.db.keyfile_path.read_bytes() == keys
    for name in sorted(n for n in ACTIONS if n not in refused):
        _call(o, actor, name)  # must not raise


def test_viewer_cannot_do_anything_but_read_and_change_own_password() -> None:
    assert ROLE_PERMISSIONS[Role.VIEWER] == {Permission.READ, Permission.CHANGE_OWN_PASSWORD}
    assert Permission.MANAGE_USERS not in ROLE_PERMISSIONS[Role.REPRESENTATIVE]


# --- suspensions, product tests, nonconformities, quality decisions (issue 3) -----------------
# Records are made by the chief the first time an allowed actor asks (see _made above); each
# suspension made here has its own scope so none stops another action of the matrix.

def _quality_actions() -> dict[str, tuple[Permission, Kwargs]]:
    import uuid

    from milrep.models import quality as q
    from milrep.models.acceptance import InspectionKind, Verdict
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
        from milrep.services import (characteristics, inspection_decisions, inspection_grid,
                                     inspections, lots, measurements, presentations)

        with o.db.unit_of_work() as uow:
            item = control_list.create_item(uow, o.chief, form=_item_form(o, "STORE-1")).id
        with o.db.unit_of_work() as uow:
            characteristics.add_characteristic(uow, o.chief, item_id=item,
                                               form=characteristics.CharacteristicForm(
                                                   name="Packing",
                                                   kind=CharacteristicKind.ATTRIBUTE))
        with o.db.unit_of_work() as uow:
            lot = lots.register_lot(uow, o.chief, item_id=item, number="S-1", quantity=1).id
        with o.db.unit_of_work() as uow:
            p = presentations.register_presentation(uow, o.chief, number="S-1",
                                                    presented_on=dt.date(2026, 11, 2),
                                                    item_id=item, lot_id=lot).id
        with o.db.unit_of_work() as uow:
            i = inspections.open_inspection(uow, o.chief, presentation_id=p,
                                            kind=InspectionKind.INSPECTION).id
        with o.db.unit_of_work() as uow:
            grid = inspection_grid.inspection_grid(uow, o.chief, inspection_id=i)
        with o.db.unit_of_work() as uow:
            measurements.record_measurement(uow, o.chief, inspection_id=i,
                                            requirement_id=grid.requirements[0].id, sample_no=1,
                                            answer="pass")
        with o.db.unit_of_work() as uow:
            inspection_decisions.decide(uow, o.chief, inspection_id=i, verdict=Verdict.ACCEPT,
                                        password=PASSWORDS["chief"],
                                        decided_on=dt.date(2026, 11, 3))
        return lot

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


ACTIONS.update(_quality_actions())


# --- keys and the trust list (issue 4) --------------------------------------------------------

ACTIONS.update({
    "site_keys.export_trust_list": (Permission.MANAGE_KEYS, lambda o, a: {
        "password": PASSWORDS[a.username], "revoked_certificates": ()}),
})


def test_only_the_head_of_office_manages_keys() -> None:
    assert {r for r in Role if Permission.MANAGE_KEYS in ROLE_PERMISSIONS[r]} == {Role.CHIEF}


def _area_actions() -> dict[str, tuple[Permission, Kwargs]]:
    """Actions of later areas live in tests/core/roles_<area>.py, each with ``actions()``.

    Such a module may import the helpers above (``_made``, ``PASSWORDS`` ...): it is imported
    only here, after they are defined.
    """
    import tests.core
    found: dict[str, tuple[Permission, Kwargs]] = {}
    for mod in pkgutil.iter_modules(tests.core.__path__):
        if mod.name.startswith("roles_"):
            found.update(importlib.import_module(f"tests.core.{mod.name}").actions())
    return found


ACTIONS.update(_area_actions())
