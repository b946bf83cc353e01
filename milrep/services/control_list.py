"""The control list per contract (Article 27.2): what the office controls and accepts."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.contracts import Contract, ContractStatus
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.organizations import Organization, OrgKind
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.item_rows import item_row


@dataclass(frozen=True)
class ItemForm:
    contract_id: uuid.UUID
    kind: ItemKind
    name: str
    nomenclature_code: str
    quantity: Decimal | str | int
    unit: str
    delivery_deadline: dt.date | None = None
    tech_doc_ref: str = ""
    tech_doc_revision: str = ""
    op_requirement_ref: str = ""
    op_requirement_revision: str = ""
    standards: str = ""
    required_tests: str = ""
    approval_ref: str = ""
    approved_on: dt.date | None = None
    approved_by_id: uuid.UUID | None = None


def kind_label(kind: ItemKind) -> str:
    return {
        ItemKind.MILITARY_GOODS: translate("milrep", "Military goods"),
        ItemKind.DUAL_USE_GOODS: translate("milrep", "Dual-use goods"),
        ItemKind.MILITARY_WORK: translate("milrep", "Military work"),
        ItemKind.MILITARY_SERVICE: translate("milrep", "Military service"),
    }[kind]


def create_item(uow: UnitOfWork, actor: Actor, *, form: ItemForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_CONTROL_LIST, "control_list.create")
    item = ControlListItem(id=uuid.uuid4())
    _apply(uow, item, form)
    s.add(item)
    return uow.commit(item.id)


def update_item(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID, form: ItemForm) -> Changes:
    uow.begin(actor, Permission.EDIT_CONTROL_LIST, "control_list.update")
    item = _get(uow, item_id)
    if form.contract_id != item.contract_id:
        raise RuleViolation(translate("milrep", "An item cannot move to another contract."))
    _apply(uow, item, form)
    return uow.commit(item.id)


def get_item(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID) -> ItemForm:
    uow.begin(actor, Permission.READ, "control_list.get")
    i = _get(uow, item_id)
    return ItemForm(
        contract_id=i.contract_id, kind=i.kind, name=i.name,
        nomenclature_code=i.nomenclature_code, quantity=i.quantity, unit=i.unit,
        delivery_deadline=i.delivery_deadline, tech_doc_ref=i.tech_doc_ref,
        tech_doc_revision=i.tech_doc_revision, op_requirement_ref=i.op_requirement_ref,
        op_requirement_revision=i.op_requirement_revision, standards=i.standards,
        required_tests=i.required_tests, approval_ref=i.approval_ref, approved_on=i.approved_on,
        approved_by_id=i.approved_by_id)


def _get(uow: UnitOfWork, item_id: uuid.UUID) -> ControlListItem:
    return item_row(uow.session, item_id)


def _apply(uow: UnitOfWork, item: ControlListItem, f: ItemForm) -> None:
    s = uow.session
    contract = s.get(Contract, f.contract_id)
    if contract is None:
        raise ValidationError(translate("milrep", "Choose the contract."), field="contract_id")
    if contract.status in (ContractStatus.COMPLETED, ContractStatus.TERMINATED):
        raise RuleViolation(translate("milrep", "Contract {number} is closed; its control list "
                                      "cannot change.").format(number=contract.number))
    name = validate.required(f.name, "name", translate("milrep", "Name"))
    code = validate.required(f.nomenclature_code, "nomenclature_code",
                             translate("milrep", "Nomenclature code"))
    clash = s.scalars(select(ControlListItem.id).where(
        ControlListItem.contract_id == contract.id, ControlListItem.nomenclature_code == code,
        ControlListItem.id != item.id)).first()
    if clash:
        raise ValidationError(translate("milrep", "Nomenclature code {code} is already on this "
                                        "contract's control list.").format(code=code),
                              field="nomenclature_code")
    qty = validate.quantity(f.quantity, "quantity", translate("milrep", "Quantity"))
    unit = validate.required(f.unit, "unit", translate("milrep", "Unit"))
    if f.delivery_deadline is not None and not (
            contract.valid_from <= f.delivery_deadline <= contract.valid_until):
        raise ValidationError(translate("milrep", "The delivery deadline is outside the "
                                        "contract's validity ({start} – {end}).")
                              .format(start=contract.valid_from, end=contract.valid_until),
                              field="delivery_deadline")
    if f.approved_by_id is not None:
        body = s.get(Organization, f.approved_by_id)
        if body is None or body.kind not in (OrgKind.AUTHORIZED_BODY, OrgKind.RECIPIENT):
            raise ValidationError(translate("milrep", "The control list is approved by the "
                                            "authorized body or the recipient (Article 27.2)."),
                                  field="approved_by_id")
    if f.approved_on is not None and not f.approval_ref.strip():
        raise ValidationError(translate("milrep", "Enter the approval document for the approval "
                                        "date."), field="approval_ref")
    item.contract_id, item.kind, item.name, item.nomenclature_code = contract.id, f.kind, name, code
    item.quantity, item.unit, item.delivery_deadline = qty, unit, f.delivery_deadline
    item.tech_doc_ref, item.tech_doc_revision = f.tech_doc_ref.strip(), f.tech_doc_revision.strip()
    item.op_requirement_ref = f.op_requirement_ref.strip()
    item.op_requirement_revision = f.op_requirement_revision.strip()
    item.standards, item.required_tests = f.standards.strip(), f.required_tests.strip()
    item.approval_ref, item.approved_on = f.approval_ref.strip(), f.approved_on
    item.approved_by_id = f.approved_by_id
    item.search_text = validate.search_text(name, code, contract.number, f.tech_doc_ref)
