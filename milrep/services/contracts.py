"""State defense order contracts: the Article 22.4 terms, stages, status and Article 23 amendments."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.contracts import (AmendmentGround, Contract, ContractAmendment, ContractStage,
                                     ContractStatus)
from milrep.models.organizations import Organization, OrgKind
from milrep.services import validate
from milrep.services.auth import Actor, Permission


@dataclass(frozen=True)
class StageForm:
    name: str
    deadline: dt.date


@dataclass(frozen=True)
class ContractForm:
    number: str
    signed_on: dt.date
    customer_id: uuid.UUID
    contractor_id: uuid.UUID
    subject: str
    valid_from: dt.date
    valid_until: dt.date
    value: Decimal | str
    advance: Decimal | str = Decimal(0)
    recipient_id: uuid.UUID | None = None
    quality_control_terms: str = ""
    acceptance_terms: str = ""
    delivery_place: str = ""
    delivery_terms: str = ""
    penalty_terms: str = ""
    termination_grounds: str = ""
    liability_terms: str = ""
    classification: str = ""
    stages: tuple[StageForm, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class AmendmentInfo:
    id: uuid.UUID
    number: str
    signed_on: dt.date
    ground: AmendmentGround
    description: str


@dataclass(frozen=True)
class ContractDetail:
    id: uuid.UUID
    form: ContractForm
    status: ContractStatus
    amendments: tuple[AmendmentInfo, ...]


# Legal status transitions: a contract is drafted, comes into force, then ends one way or another.
TRANSITIONS: dict[ContractStatus, frozenset[ContractStatus]] = {
    ContractStatus.DRAFT: frozenset({ContractStatus.ACTIVE, ContractStatus.TERMINATED}),
    ContractStatus.ACTIVE: frozenset({ContractStatus.COMPLETED, ContractStatus.TERMINATED}),
    ContractStatus.COMPLETED: frozenset(),
    ContractStatus.TERMINATED: frozenset(),
}


def status_label(status: ContractStatus) -> str:
    return {
        ContractStatus.DRAFT: translate("milrep", "Draft"),
        ContractStatus.ACTIVE: translate("milrep", "In force"),
        ContractStatus.COMPLETED: translate("milrep", "Fulfilled"),
        ContractStatus.TERMINATED: translate("milrep", "Terminated"),
    }[status]


def ground_label(ground: AmendmentGround) -> str:
    return {
        AmendmentGround.SDO_CHANGED: translate("milrep", "Changes to the approved state defense order (23.1.2)"),
        AmendmentGround.SUBJECT_UNCHANGED: translate("milrep", "Modification not changing the subject (23.1.3)"),
        AmendmentGround.PRICE_REDUCED: translate("milrep", "Price and value reduced by agreement (23.2.1)"),
        AmendmentGround.REQUIREMENTS_CHANGED: translate("milrep", "Operational requirements changed, deadlines unchanged (23.2.2)"),
        AmendmentGround.QUANTITY_CHANGED: translate("milrep", "Quantity needed changed, unit price unchanged (23.2.3)"),
        AmendmentGround.ESTIMATE_CHANGED: translate("milrep", "Design and estimate documentation changed (23.2.4)"),
        AmendmentGround.LEGISLATION_CHANGED: translate("milrep", "Tax, customs or other legislation changed (23.2.5)"),
        AmendmentGround.ANNUAL_AMOUNT_CHANGED: translate("milrep", "Amount for the current year changed, total unchanged (23.2.6)"),
        AmendmentGround.IMPROVEMENT_OFFERED: translate("milrep", "Improvement offered by the contractor (23.2.7)"),
        AmendmentGround.FORCE_MAJEURE_DEADLINE: translate("milrep", "Deadline changed for force majeure (23.2.8)"),
    }[ground]


def create_contract(uow: UnitOfWork, actor: Actor, *, form: ContractForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_CONTRACTS, "contract.create")
    contract = Contract(id=uuid.uuid4(), status=ContractStatus.DRAFT)
    _apply(uow, contract, form)
    s.add(contract)
    _replace_stages(uow, contract.id, form.stages)
    return uow.commit(contract.id)


def update_contract(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID,
                    form: ContractForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_CONTRACTS, "contract.update")
    contract = _get(uow, contract_id)
    if contract.status in (ContractStatus.COMPLETED, ContractStatus.TERMINATED):
        raise RuleViolation(translate("milrep", "Contract {number} is closed and cannot be edited.")
                            .format(number=contract.number))
    _apply(uow, contract, form)
    s.flush()
    _replace_stages(uow, contract.id, form.stages)
    return uow.commit(contract.id)


def set_status(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID,
               status: ContractStatus) -> Changes:
    uow.begin(actor, Permission.EDIT_CONTRACTS, "contract.set_status")
    contract = _get(uow, contract_id)
    if status not in TRANSITIONS[contract.status]:
        raise RuleViolation(translate("milrep", "A contract cannot go from \"{old}\" to \"{new}\".")
                            .format(old=status_label(contract.status), new=status_label(status)))
    contract.status = status
    return uow.commit(contract.id)


def add_amendment(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID, number: str,
                  signed_on: dt.date, ground: AmendmentGround, description: str) -> Changes:
    s = uow.begin(actor, Permission.EDIT_CONTRACTS, "contract.amend")
    contract = _get(uow, contract_id)
    if signed_on < contract.signed_on:
        raise ValidationError(translate("milrep", "An amendment cannot predate the contract."),
                              field="signed_on")
    amendment = ContractAmendment(
        id=uuid.uuid4(), contract_id=contract.id,
        number=validate.required(number, "number", translate("milrep", "Amendment number")),
        signed_on=signed_on, ground=ground,
        description=validate.required(description, "description",
                                      translate("milrep", "Description")))
    s.add(amendment)
    return uow.commit(amendment.id)


def get_contract(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID) -> ContractDetail:
    s = uow.begin(actor, Permission.READ, "contract.get")
    c = _get(uow, contract_id)
    stages = tuple(StageForm(st.name, st.deadline) for st in s.scalars(
        select(ContractStage).where(ContractStage.contract_id == c.id)
        .order_by(ContractStage.deadline, ContractStage.name)))
    amendments = tuple(AmendmentInfo(a.id, a.number, a.signed_on, a.ground, a.description)
                       for a in s.scalars(select(ContractAmendment)
                                          .where(ContractAmendment.contract_id == c.id)
                                          .order_by(ContractAmendment.signed_on)))
    form = ContractForm(
        number=c.number, signed_on=c.signed_on, customer_id=c.customer_id,
        contractor_id=c.contractor_id, recipient_id=c.recipient_id, subject=c.subject,
        valid_from=c.valid_from, valid_until=c.valid_until, value=c.value, advance=c.advance,
        quality_control_terms=c.quality_control_terms, acceptance_terms=c.acceptance_terms,
        delivery_place=c.delivery_place, delivery_terms=c.delivery_terms,
        penalty_terms=c.penalty_terms, termination_grounds=c.termination_grounds,
        liability_terms=c.liability_terms, classification=c.classification, stages=stages)
    return ContractDetail(id=c.id, form=form, status=c.status, amendments=amendments)


# --- internals ------------------------------------------------------------------------------

def _get(uow: UnitOfWork, contract_id: uuid.UUID) -> Contract:
    c = uow.session.get(Contract, contract_id)
    if c is None:
        raise NotFound(translate("milrep", "The contract no longer exists."))
    return c


def _org(uow: UnitOfWork, org_id: uuid.UUID | None, kinds: set[OrgKind], field: str,
         label: str) -> Organization:
    org = uow.session.get(Organization, org_id) if org_id else None
    if org is None or org.kind not in kinds:
        raise ValidationError(translate("milrep", "Choose the {role}.").format(role=label),
                              field=field)
    return org


def _apply(uow: UnitOfWork, c: Contract, f: ContractForm) -> None:
    s = uow.session
    number = validate.required(f.number, "number", translate("milrep", "Contract number"))
    clash = s.scalars(select(Contract.id).where(Contract.number == number, Contract.id != c.id)
                      ).first()
    if clash:
        raise ValidationError(translate("milrep", "Contract {number} already exists.")
                              .format(number=number), field="number")
    customer = _org(uow, f.customer_id, {OrgKind.AUTHORIZED_BODY, OrgKind.RECIPIENT},
                    "customer_id", translate("milrep", "customer (authorized body or recipient)"))
    contractor = _org(uow, f.contractor_id, {OrgKind.CONTRACTOR}, "contractor_id",
                      translate("milrep", "contractor"))
    if f.recipient_id is not None:
        _org(uow, f.recipient_id, {OrgKind.RECIPIENT}, "recipient_id",
             translate("milrep", "recipient"))
    subject = validate.required(f.subject, "subject", translate("milrep", "Subject of the contract"))
    validate.date_order(f.valid_from, f.valid_until, "valid_until",
                        translate("milrep", "Valid from"), translate("milrep", "Valid until"))
    value = validate.amount(f.value, "value", translate("milrep", "Contract value"),
                            allow_zero=False)
    advance = validate.amount(f.advance, "advance", translate("milrep", "Advance payment"))
    if advance > value:
        raise ValidationError(translate("milrep", "The advance cannot exceed the contract value."),
                              field="advance")
    for st in f.stages:
        validate.required(st.name, "stages", translate("milrep", "Stage name"))
        if not f.valid_from <= st.deadline <= f.valid_until:
            raise ValidationError(translate(
                "milrep", "The deadline of stage \"{stage}\" is outside the contract's validity.")
                .format(stage=st.name), field="stages")
    c.number, c.signed_on, c.subject = number, f.signed_on, subject
    c.customer_id, c.contractor_id, c.recipient_id = customer.id, contractor.id, f.recipient_id
    c.valid_from, c.valid_until, c.value, c.advance = f.valid_from, f.valid_until, value, advance
    c.quality_control_terms = f.quality_control_terms.strip()
    c.acceptance_terms = f.acceptance_terms.strip()
    c.delivery_place = f.delivery_place.strip()
    c.delivery_terms = f.delivery_terms.strip()
    c.penalty_terms = f.penalty_terms.strip()
    c.termination_grounds = f.termination_grounds.strip()
    c.liability_terms = f.liability_terms.strip()
    c.classification = f.classification.strip()
    c.search_text = validate.search_text(number, subject, contractor.name, customer.name)


def _replace_stages(uow: UnitOfWork, contract_id: uuid.UUID, stages: tuple[StageForm, ...]) -> None:
    """Make the stored stages equal ``stages``, touching only the rows that differ."""
    s = uow.session
    wanted = [(st.name.strip(), st.deadline) for st in stages]
    for old in s.scalars(select(ContractStage).where(ContractStage.contract_id == contract_id)):
        if (old.name, old.deadline) in wanted:
            wanted.remove((old.name, old.deadline))
        else:
            s.delete(old)
    for name, deadline in wanted:
        s.add(ContractStage(id=uuid.uuid4(), contract_id=contract_id, name=name, deadline=deadline))
