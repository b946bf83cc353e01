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

# --- helpers of the area modules (tests/core/roles_<area>.py) ---------------------------------
# Records an action needs are made by the chief the first time an *allowed* actor asks for
# them; a refused actor gets a random id (the permission check comes first, nothing is written).

def _made(o: OfficeFixture, a: Actor, perm: Permission, key: str,
          make: Callable[[OfficeFixture], Any]) -> Any:
    import uuid

    if perm not in ROLE_PERMISSIONS[a.role]:
        return uuid.uuid4()
    if key not in o.ids:
        o.ids[key] = make(o)
    return o.ids[key]


def _accepted_unit(o: OfficeFixture, item_id: Any, number: str, presented_on: dt.date,
                   decided_on: dt.date | None = None) -> tuple[Any, Any]:
    """One unit of ``item_id`` (whose first characteristic is a pass/fail one) presented as lot
    ``number``, inspected and accepted by the chief: (lot id, acceptance record id)."""
    from milrep.models.acceptance import InspectionKind, Verdict
    from milrep.services import (inspection_decisions, inspection_grid, inspections, lots,
                                 measurements, presentations)

    with o.db.unit_of_work() as uow:
        lot = lots.register_lot(uow, o.chief, item_id=item_id, number=number, quantity=1).id
    with o.db.unit_of_work() as uow:
        p = presentations.register_presentation(uow, o.chief, number=number,
                                                presented_on=presented_on, item_id=item_id,
                                                lot_id=lot).id
    with o.db.unit_of_work() as uow:
        i = inspections.open_inspection(uow, o.chief, presentation_id=p,
                                        kind=InspectionKind.INSPECTION).id
    with o.db.unit_of_work() as uow:
        grid = inspection_grid.inspection_grid(uow, o.chief, inspection_id=i)
    with o.db.unit_of_work() as uow:
        measurements.record_measurement(uow, o.chief, inspection_id=i,
                                        requirement_id=grid.requirements[0].id, sample_no=1,
                                        answer="pass")
    when = {"decided_on": decided_on} if decided_on is not None else {}
    with o.db.unit_of_work() as uow:
        record = inspection_decisions.decide(uow, o.chief, inspection_id=i, verdict=Verdict.ACCEPT,
                                             password=PASSWORDS["chief"], **when).changes.id
    return lot, record




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
