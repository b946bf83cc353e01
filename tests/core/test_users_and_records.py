"""Users and passwords, signing acts, and the validation of the office's records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from milrep.errors import (AuthenticationError, RuleViolation, UserError, ValidationError)
from milrep.models.contracts import AmendmentGround, ContractStatus
from milrep.models.control_list import ItemKind
from milrep.models.organizations import OrgKind
from milrep.models.users import Role, SignatureRecord
from milrep.services import contracts, control_list, lots, organizations, signing, users
from milrep.services.auth import Permission
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database


def _refused(o: OfficeFixture, exc: type[Exception], message: str, fn: Any, **kw: Any) -> None:
    """``fn(uow, **kw)`` is refused with ``message`` and nothing stored changed."""
    before, keys = dump_database(o.db), o.db.keyfile_path.read_bytes()
    with pytest.raises(exc) as info, o.db.unit_of_work() as uow:
        fn(uow, **kw)
    assert message in str(info.value)
    assert dump_database(o.db) == before
    assert o.db.keyfile_path.read_bytes() == keys


def _slots(o: OfficeFixture) -> dict[str, Any]:
    return {s["user"] or s["kind"]: s for s in json.loads(o.db.keyfile_path.read_text())["slots"]}


# --- users ----------------------------------------------------------------------------------

@pytest.mark.parametrize("password,message", [
    ("Short1abc", "at least 10 characters"),
    ("onlyletterspassword", "both letters and digits"),
    ("12345678901", "both letters and digits"),
    ("newuser2026x", "must not contain the user name"),
    ("ab12ab12ab12", "at least five different characters"),
])
def test_password_rules(office: OfficeFixture, password: str, message: str) -> None:
    _refused(office, ValidationError, message, lambda uow, **k: users.add_user(uow, office.chief, **k),
             username="newuser", full_name="N. New", role=Role.VIEWER, password=password)


@pytest.mark.parametrize("username", ["A", "Ivan", "1abc", "a b", "x" * 40])
def test_username_rules(office: OfficeFixture, username: str) -> None:
    _refused(office, ValidationError, "A user name is 2 to 32 characters",
             lambda uow, **k: users.add_user(uow, office.chief, **k), username=username,
             full_name="N. New", role=Role.VIEWER, password="Zailiysky-Alatau-9")


def test_duplicate_username_and_empty_name(office: OfficeFixture) -> None:
    add = lambda uow, **k: users.add_user(uow, office.chief, role=Role.VIEWER,  # noqa: E731
                                          password="Zailiysky-Alatau-9", **k)
    _refused(office, ValidationError, "The user name rep1 is already taken", add,
             username="rep1", full_name="X")
    _refused(office, ValidationError, "Enter the person's full name", add,
             username="newone", full_name="  ")


def test_add_user_writes_only_a_new_slot(office: OfficeFixture) -> None:
    before = _slots(office)
    with office.db.unit_of_work() as uow:
        users.add_user(uow, office.chief, username="rep2", full_name="B. Nurlanov",
                       role=Role.REPRESENTATIVE, password="Balkhash-2031")
    after = _slots(office)
    assert set(after) == set(before) | {"rep2"}
    assert all(after[k] == before[k] for k in before)
    office.db.verify_password("rep2", "Balkhash-2031")


def test_change_own_password(office: OfficeFixture) -> None:
    change = lambda uow, **k: users.change_own_password(uow, office.rep, **k)  # noqa: E731
    _refused(office, AuthenticationError, "The current password is wrong", change,
             old_password="Nope-2026-xx", new_password="Kapshagai-2027")
    _refused(office, ValidationError, "must differ from the old one", change,
             old_password=REP_PASSWORD, new_password=REP_PASSWORD)
    _refused(office, ValidationError, "at least 10 characters", change,
             old_password=REP_PASSWORD, new_password="short")
    before = _slots(office)
    with office.db.unit_of_work() as uow:
        users.change_own_password(uow, office.rep, old_password=REP_PASSWORD,
                                  new_password="Kapshagai-2027")
    after = _slots(office)
    assert after["rep1"] != before["rep1"]
    assert {k: v for k, v in after.items() if k != "rep1"} == \
        {k: v for k, v in before.items() if k != "rep1"}, "another slot changed"
    office.db.verify_password("rep1", "Kapshagai-2027")
    with pytest.raises(AuthenticationError):
        office.db.verify_password("rep1", REP_PASSWORD)


def test_disable_reset_and_keep_one_chief(office: OfficeFixture) -> None:
    _refused(office, RuleViolation, "cannot disable your own account",
             lambda uow: users.disable_user(uow, office.chief, user_id=office.chief.user_id))
    _refused(office, RuleViolation, "at least one active head of office",
             lambda uow: users.set_role(uow, office.chief, user_id=office.chief.user_id,
                                        role=Role.VIEWER))
    with office.db.unit_of_work() as uow:
        users.disable_user(uow, office.chief, user_id=office.rep.user_id)
    assert "rep1" not in _slots(office)
    with pytest.raises(AuthenticationError):
        office.db.verify_password("rep1", REP_PASSWORD)
    with office.db.unit_of_work() as uow:
        users.reset_password(uow, office.chief, user_id=office.rep.user_id,
                             new_password="Kapshagai-2027")
    office.db.verify_password("rep1", "Kapshagai-2027")
    assert office.db.actor_for("rep1").role == Role.REPRESENTATIVE
    # a second chief makes demoting the first possible
    with office.db.unit_of_work() as uow:
        users.set_role(uow, office.chief, user_id=office.rep.user_id, role=Role.CHIEF)
    with office.db.unit_of_work() as uow:
        users.set_role(uow, office.chief, user_id=office.chief.user_id, role=Role.REPRESENTATIVE)


# --- signing acts ---------------------------------------------------------------------------

def _sign(o: OfficeFixture, password: str) -> SignatureRecord:
    with o.db.unit_of_work() as uow:
        uow.begin(o.rep, Permission.READ, "test.sign")
        rec = signing.sign_act(uow, o.rep, password=password, meaning=signing.Meaning.ACCEPTED,
                               object_type="lots", object_id=o.ids["lot"],
                               content={"lot": "L-2026-004", "qty": 10})
        uow.commit()
    return rec


def test_signing_needs_the_password_again(records: OfficeFixture) -> None:
    before = dump_database(records.db)
    with pytest.raises(AuthenticationError, match="Wrong user name or password"):
        _sign(records, "Wrong-pass-2026")
    assert dump_database(records.db) == before
    rec = _sign(records, REP_PASSWORD)
    assert rec.meaning == "accepted" and rec.user_id == records.rep.user_id
    assert rec.content_sha256 == signing.content_digest({"qty": 10, "lot": "L-2026-004"})
    with records.db.read() as s:
        assert s.scalars(select(SignatureRecord)).one().content_sha256 == rec.content_sha256
    assert signing.meaning_label(signing.Meaning.ACCEPTED) == "Accepted on behalf of the state"


def test_only_the_signed_in_person_signs(records: OfficeFixture) -> None:
    with pytest.raises(RuleViolation, match="Only the signed-in person"), \
            records.db.unit_of_work() as uow:
        uow.begin(records.chief, Permission.READ, "test.sign")
        signing.sign_act(uow, records.rep, password=REP_PASSWORD, meaning=signing.Meaning.ACCEPTED,
                         object_type="lots", object_id=records.ids["lot"], content={})


# --- organizations --------------------------------------------------------------------------

def test_organization_rules(records: OfficeFixture) -> None:
    o = records
    create = lambda uow, **k: organizations.create_organization(uow, o.chief, **k)  # noqa: E731
    Form = organizations.OrganizationForm
    _refused(o, ValidationError, "Name is required", create, form=Form(OrgKind.RECIPIENT, " "))
    _refused(o, ValidationError, "A BIN is exactly 12 digits", create,
             form=Form(OrgKind.CONTRACTOR, "Plant 2", bin="12345"))
    _refused(o, ValidationError, "BIN 990340001234 already exists", create,
             form=Form(OrgKind.CONTRACTOR, "Plant 2", bin="990340001234"))
    with o.db.unit_of_work() as uow:
        other = create(uow, form=Form(OrgKind.CONTRACTOR, "Plant 2", bin="990340009999")).id
    _refused(o, ValidationError, "BIN 990340001234 already exists",
             lambda uow: organizations.update_organization(
                 uow, o.chief, org_id=other, form=Form(OrgKind.CONTRACTOR, "Plant 2",
                                                       bin="990340001234")))


# --- contracts ------------------------------------------------------------------------------

def _form(o: OfficeFixture, **changes: Any) -> contracts.ContractForm:
    base = contracts.ContractForm(
        number="13-ГОЗ/2026", signed_on=dt.date(2026, 2, 1), customer_id=o.ids["mod"],
        contractor_id=o.ids["plant"], recipient_id=o.ids["unit"], subject="Antennas",
        valid_from=dt.date(2026, 2, 1), valid_until=dt.date(2026, 12, 31),
        value=Decimal("500000.00"), advance=Decimal("100000.00"),
        stages=(contracts.StageForm("Stage 1", dt.date(2026, 6, 1)),))
    return dataclasses.replace(base, **changes)


CONTRACT_RULES = [
    ({"number": " "}, "Contract number is required"),
    ({"number": "12-ГОЗ/2026"}, "Contract 12-ГОЗ/2026 already exists"),
    ({"subject": ""}, "Subject of the contract is required"),
    ({"customer_id": None}, "Choose the customer"),
    ({"customer_id": "plant"}, "Choose the customer"),
    ({"contractor_id": "mod"}, "Choose the contractor"),
    ({"recipient_id": "plant"}, "Choose the recipient"),
    ({"valid_until": dt.date(2026, 1, 1)}, "Valid until cannot be earlier than Valid from"),
    ({"value": "0"}, "Contract value must be a positive amount"),
    ({"value": "abc"}, "is not an amount"),
    ({"value": "10.001"}, "more than two decimal places"),
    ({"advance": "-1"}, "Advance payment must be a positive amount"),
    ({"advance": Decimal("500000.01")}, "The advance cannot exceed the contract value"),
    ({"stages": (contracts.StageForm("Late", dt.date(2027, 1, 1)),)},
     "The deadline of stage \"Late\" is outside the contract's validity"),
    ({"stages": (contracts.StageForm(" ", dt.date(2026, 5, 1)),)}, "Stage name is required"),
]


@pytest.mark.parametrize("changes,message", CONTRACT_RULES, ids=[m for _, m in CONTRACT_RULES])
def test_contract_rules(records: OfficeFixture, changes: dict[str, Any], message: str) -> None:
    o = records
    changes = {k: (o.ids[v] if k.endswith("_id") and isinstance(v, str) else v)
               for k, v in changes.items()}
    _refused(o, ValidationError, message,
             lambda uow: contracts.create_contract(uow, o.chief, form=_form(o, **changes)))
    if changes.get("number") != "12-ГОЗ/2026":  # the same rules hold when editing
        _refused(o, ValidationError, message, lambda uow: contracts.update_contract(
            uow, o.chief, contract_id=o.ids["contract"],
            form=_form(o, **{"number": "12-ГОЗ/2026", **changes})))


def test_money_is_decimal_and_times_are_aware(records: OfficeFixture) -> None:
    o = records
    with pytest.raises(TypeError), o.db.unit_of_work() as uow:
        contracts.create_contract(uow, o.chief, form=_form(o, value=1000.5))
    from milrep.db.base import Money, UtcDateTime
    with pytest.raises(TypeError):
        Money().process_bind_param(1.5, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="naive"):
        UtcDateTime().process_bind_param(dt.datetime(2026, 1, 1), None)  # type: ignore[arg-type]
    with o.db.unit_of_work() as uow:
        detail = contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"])
    assert detail.form.value == Decimal("1840000000.00") and isinstance(detail.form.value, Decimal)


def test_amendments(records: OfficeFixture) -> None:
    o = records
    amend = lambda uow, **k: contracts.add_amendment(  # noqa: E731
        uow, o.chief, contract_id=o.ids["contract"], ground=AmendmentGround.PRICE_REDUCED, **k)
    _refused(o, ValidationError, "An amendment cannot predate the contract", amend,
             number="2", signed_on=dt.date(2025, 1, 1), description="x")
    _refused(o, ValidationError, "Description is required", amend,
             number="2", signed_on=dt.date(2026, 5, 1), description=" ")
    with o.db.unit_of_work() as uow:
        amend(uow, number="2", signed_on=dt.date(2026, 5, 1), description="Price cut")
    with o.db.unit_of_work() as uow:
        detail = contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"])
    assert [a.number for a in detail.amendments] == ["1", "2"]
    assert contracts.ground_label(AmendmentGround.PRICE_REDUCED).endswith("(23.2.1)")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.lists(st.sampled_from(list(ContractStatus)), max_size=6))
def test_status_transitions(records: OfficeFixture, path: list[ContractStatus]) -> None:
    """Any sequence of requested statuses: legal steps happen, illegal ones change nothing."""
    o = records
    with o.db.unit_of_work() as uow:  # one database for every example: start a new contract
        cid = contracts.create_contract(uow, o.chief, form=_form(
            o, number=f"SM-{dt.datetime.now().timestamp()}")).id
    current = ContractStatus.DRAFT
    for target in path:
        before = dump_database(o.db) if target not in contracts.TRANSITIONS[current] else None
        try:
            with o.db.unit_of_work() as uow:
                contracts.set_status(uow, o.chief, contract_id=cid, status=target)
        except RuleViolation as e:
            assert target not in contracts.TRANSITIONS[current]
            assert "A contract cannot go from" in str(e)
            assert dump_database(o.db) == before
        else:
            assert target in contracts.TRANSITIONS[current]
            current = target
        if current in (ContractStatus.COMPLETED, ContractStatus.TERMINATED):
            with pytest.raises(RuleViolation, match="is closed and cannot be edited"), \
                    o.db.unit_of_work() as uow:
                contracts.update_contract(uow, o.chief, contract_id=cid,
                                          form=_form(o, number="whatever"))


# --- control list and lots ------------------------------------------------------------------

def _item(o: OfficeFixture, **changes: Any) -> control_list.ItemForm:
    base = control_list.ItemForm(contract_id=o.ids["contract"], kind=ItemKind.MILITARY_SERVICE,
                                 name="Field training", nomenclature_code="SRV-1", quantity="2",
                                 unit="course")
    return dataclasses.replace(base, **changes)


ITEM_RULES = [
    ({"name": ""}, "Name is required"),
    ({"nomenclature_code": " "}, "Nomenclature code is required"),
    ({"nomenclature_code": "5820-168-05"}, "Nomenclature code 5820-168-05 is already on this"),
    ({"quantity": "0"}, "Quantity must be greater than zero"),
    ({"quantity": "many"}, "is not a number"),
    ({"unit": ""}, "Unit is required"),
    ({"delivery_deadline": dt.date(2030, 1, 1)}, "The delivery deadline is outside"),
    ({"approved_by_id": "plant"}, "approved by the authorized body or the recipient"),
    ({"approved_on": dt.date(2026, 2, 1)}, "Enter the approval document"),
    ({"contract_id": "plant"}, "Choose the contract"),
]


@pytest.mark.parametrize("changes,message", ITEM_RULES, ids=[m for _, m in ITEM_RULES])
def test_control_list_rules(records: OfficeFixture, changes: dict[str, Any], message: str) -> None:
    o = records
    changes = {k: (o.ids[v] if k.endswith("_id") and isinstance(v, str) else v)
               for k, v in changes.items()}
    _refused(o, ValidationError, message,
             lambda uow: control_list.create_item(uow, o.chief, form=_item(o, **changes)))


def test_control_list_item_stays_on_its_contract_and_closed_contracts_freeze(
        records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        other = contracts.create_contract(uow, o.chief, form=_form(o)).id
    _refused(o, RuleViolation, "cannot move to another contract", lambda uow: control_list.update_item(
        uow, o.chief, item_id=o.ids["kit"], form=_item(o, contract_id=other)))
    for status in (ContractStatus.ACTIVE, ContractStatus.COMPLETED):
        with o.db.unit_of_work() as uow:
            contracts.set_status(uow, o.chief, contract_id=o.ids["contract"], status=status)
    _refused(o, RuleViolation, "is closed; its control list cannot change",
             lambda uow: control_list.create_item(uow, o.chief, form=_item(o)))


LOT_RULES = [
    ({"number": ""}, "Lot number is required"),
    ({"number": "L-2026-004", "quantity": 1}, "Lot L-2026-004 is already registered"),
    ({"serials": ["A1", "A2", "A1"]}, "Serial numbers repeated: A1"),
    ({"serials": ["0405", "X9"]}, "already registered for this item in another lot: 0405"),
    ({"serials": ["A1", "A2"], "quantity": 3}, "The lot quantity (3) differs from the number"),
    ({"serials": [], "quantity": 0}, "Enter the serial numbers or the quantity"),
    ({"quantity": 2.5}, "must be a whole number"),
    ({"item_id": "plant", "quantity": 1}, "Choose the control-list item"),
]


@pytest.mark.parametrize("changes,message", LOT_RULES, ids=[m for _, m in LOT_RULES])
def test_lot_rules(records: OfficeFixture, changes: dict[str, Any], message: str) -> None:
    o = records
    kw: dict[str, Any] = {"item_id": o.ids["radio"], "number": "L-2026-005", **changes}
    if isinstance(kw["item_id"], str):
        kw["item_id"] = o.ids[kw["item_id"]]
    _refused(o, ValidationError, message, lambda uow: lots.register_lot(uow, o.rep, **kw))


def test_every_refusal_is_a_user_error() -> None:
    for exc in (ValidationError, RuleViolation, AuthenticationError):
        assert issubclass(exc, UserError)


def test_update_user_details(office) -> None:
    import pytest as _pytest
    from sqlalchemy import select as _select

    from milrep.errors import PermissionDenied, ValidationError
    from milrep.models.journal import AuditEntry
    from milrep.services import users as _users

    with office.db.unit_of_work() as uow:
        changes = _users.update_user_details(uow, office.chief, user_id=office.rep.user_id,
                                             full_name=" G. Akhmetova-Nurlanova ", rank="Lt. Col.",
                                             position="Senior representative")
    assert changes.touches("users") and changes.id == office.rep.user_id
    with office.db.unit_of_work() as uow:
        info = {u.username: u for u in _users.list_users(uow, office.chief)}["rep1"]
    assert (info.full_name, info.rank, info.position) == (
        "G. Akhmetova-Nurlanova", "Lt. Col.", "Senior representative")
    with office.db.read() as s:
        assert s.scalar(_select(AuditEntry.action).order_by(AuditEntry.seq.desc())) == "user.update"
    with office.db.unit_of_work() as uow, _pytest.raises(ValidationError) as e:
        _users.update_user_details(uow, office.chief, user_id=office.rep.user_id, full_name=" ")
    assert e.value.field == "full_name"
    with office.db.unit_of_work() as uow, _pytest.raises(PermissionDenied):
        _users.update_user_details(uow, office.rep, user_id=office.rep.user_id, full_name="X")
