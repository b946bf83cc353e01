"""Decisions on quality and reliability whose implementation the office monitors, and checks of
the storage conditions of accepted goods awaiting shipment (Article 27.4.6).

An unimplemented decision is one of the law's grounds for a suspension (27.4.8, 27.4.9); the
overdue ones go on the dashboard. Storage checks are immutable records.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import AcceptanceRecord
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.models.quality import DecisionStatus, QualityDecision, StorageCheck
from milrep.services import validate
from milrep.services.auth import Actor, Permission


@dataclass(frozen=True)
class DecisionInfo:
    id: uuid.UUID
    title: str
    description: str
    owner: str
    due_on: dt.date
    status: DecisionStatus
    item_id: uuid.UUID | None
    contract_id: uuid.UUID | None
    implemented_on: dt.date | None
    verification: str  # how implementation was verified, or why it was cancelled
    overdue: bool


@dataclass(frozen=True)
class StorageCheckInfo:
    id: uuid.UUID
    lot_id: uuid.UUID
    lot_number: str
    checked_on: dt.date
    conditions_ok: bool
    findings: str
    checked_by: uuid.UUID


def status_label(status: DecisionStatus) -> str:
    return {
        DecisionStatus.OPEN: translate("milrep", "Being implemented"),
        DecisionStatus.IMPLEMENTED: translate("milrep", "Implemented"),
        DecisionStatus.CANCELLED: translate("milrep", "Cancelled"),
    }[status]


def is_overdue(status: DecisionStatus, due_on: dt.date, today: dt.date) -> bool:
    """Still open after its due date (the due date itself is not overdue)."""
    return status == DecisionStatus.OPEN and today > due_on


# --- decisions ------------------------------------------------------------------------------

def create_decision(uow: UnitOfWork, actor: Actor, *, title: str, owner: str, due_on: dt.date,
                    description: str = "", item_id: uuid.UUID | None = None,
                    contract_id: uuid.UUID | None = None) -> Changes:
    """A decision to monitor: what, who at the plant implements it, by when; for an item or a
    contract (the contract is taken from the item when only the item is given)."""
    s = uow.begin(actor, Permission.EDIT_DECISIONS, "decision.create")
    text = validate.required(title, "title", translate("milrep", "Decision"))
    who = validate.required(owner, "owner", translate("milrep", "Responsible"))
    if item_id is not None:
        item = s.get(ControlListItem, item_id)
        if item is None:
            raise ValidationError(translate("milrep", "Choose the control-list item."),
                                  field="item_id")
        if contract_id is not None and contract_id != item.contract_id:
            raise ValidationError(translate(
                "milrep", "\"{item}\" does not belong to the chosen contract.")
                .format(item=item.name), field="item_id")
        contract_id = item.contract_id
    elif contract_id is not None and s.get(Contract, contract_id) is None:
        raise ValidationError(translate("milrep", "Choose the contract."), field="contract_id")
    d = QualityDecision(id=uuid.uuid4(), title=text, owner=who, due_on=due_on,
                        description=(description or "").strip(), item_id=item_id,
                        contract_id=contract_id)
    s.add(d)
    return uow.commit(d.id)


def mark_implemented(uow: UnitOfWork, actor: Actor, *, decision_id: uuid.UUID,
                     implemented_on: dt.date, verification: str) -> Changes:
    s = uow.begin(actor, Permission.EDIT_DECISIONS, "decision.implemented")
    d = _open(s, decision_id)
    how = validate.required(verification, "verification",
                            translate("milrep", "How the implementation was verified"))
    if implemented_on > dt.date.today():
        raise ValidationError(translate("milrep", "A decision cannot be implemented in the "
                                        "future."), field="implemented_on")
    d.status, d.implemented_on, d.verification = DecisionStatus.IMPLEMENTED, implemented_on, how
    return uow.commit(d.id)


def cancel_decision(uow: UnitOfWork, actor: Actor, *, decision_id: uuid.UUID, reason: str
                    ) -> Changes:
    s = uow.begin(actor, Permission.EDIT_DECISIONS, "decision.cancel")
    d = _open(s, decision_id)
    d.verification = validate.required(reason, "reason",
                                       translate("milrep", "Reason for cancelling"))
    d.status = DecisionStatus.CANCELLED
    return uow.commit(d.id)


def overdue_decisions(uow: UnitOfWork, actor: Actor, *, today: dt.date
                      ) -> tuple[DecisionInfo, ...]:
    """Open decisions past their due date, the most overdue first."""
    s = uow.begin(actor, Permission.READ, "decision.overdue")
    rows = s.scalars(select(QualityDecision).where(QualityDecision.status == DecisionStatus.OPEN,
                                                   QualityDecision.due_on < today)
                     .order_by(QualityDecision.due_on, QualityDecision.title))
    return tuple(_info(d, today) for d in rows)


def list_decisions(uow: UnitOfWork, actor: Actor, *, today: dt.date,
                   status: DecisionStatus | None = None) -> tuple[DecisionInfo, ...]:
    s = uow.begin(actor, Permission.READ, "decision.list")
    q = select(QualityDecision).order_by(QualityDecision.due_on, QualityDecision.title)
    if status is not None:
        q = q.where(QualityDecision.status == status)
    return tuple(_info(d, today) for d in s.scalars(q))


# --- storage checks -------------------------------------------------------------------------

def record_storage_check(uow: UnitOfWork, actor: Actor, *, lot_id: uuid.UUID,
                         checked_on: dt.date, conditions_ok: bool, findings: str = ""
                         ) -> Changes:
    """A check of how an accepted lot awaiting shipment is stored; findings when not ok."""
    s = uow.begin(actor, Permission.EDIT_DECISIONS, "storage_check.record")
    lot = s.get(Lot, lot_id)
    if lot is None:
        raise ValidationError(translate("milrep", "Choose the lot."), field="lot_id")
    first_accepted = s.scalar(select(func.min(AcceptanceRecord.accepted_on)).where(
        AcceptanceRecord.lot_id == lot.id, AcceptanceRecord.accepted_quantity > 0))
    if first_accepted is None:
        raise RuleViolation(translate(
            "milrep", "Lot {lot} has not been accepted: storage checks are for accepted goods "
            "awaiting shipment.").format(lot=lot.number))
    if checked_on > dt.date.today():
        raise ValidationError(translate("milrep", "A check cannot be dated in the future."),
                              field="checked_on")
    validate.date_order(first_accepted, checked_on, "checked_on",
                        translate("milrep", "Accepted on"), translate("milrep", "Checked on"))
    text = (findings or "").strip()
    if not conditions_ok and not text:
        raise ValidationError(translate(
            "milrep", "Describe the findings: the storage conditions are not met."),
            field="findings")
    check = StorageCheck(id=uuid.uuid4(), lot_id=lot.id, checked_on=checked_on,
                         conditions_ok=bool(conditions_ok), findings=text,
                         checked_by=actor.user_id)
    s.add(check)
    return uow.commit(check.id)


def list_storage_checks(uow: UnitOfWork, actor: Actor, *, lot_id: uuid.UUID | None = None
                        ) -> tuple[StorageCheckInfo, ...]:
    s = uow.begin(actor, Permission.READ, "storage_check.list")
    q = (select(StorageCheck, Lot.number).join(Lot, Lot.id == StorageCheck.lot_id)
         .order_by(StorageCheck.checked_on.desc(), Lot.number))
    if lot_id is not None:
        q = q.where(StorageCheck.lot_id == lot_id)
    return tuple(StorageCheckInfo(id=c.id, lot_id=c.lot_id, lot_number=number,
                                  checked_on=c.checked_on, conditions_ok=c.conditions_ok,
                                  findings=c.findings, checked_by=c.checked_by)
                 for c, number in s.execute(q))


# --- internals ------------------------------------------------------------------------------

def _open(s: Session, decision_id: uuid.UUID) -> QualityDecision:
    d = s.get(QualityDecision, decision_id)
    if d is None:
        raise NotFound(translate("milrep", "The decision no longer exists."))
    if d.status != DecisionStatus.OPEN:
        raise RuleViolation(translate("milrep", "Decision \"{title}\" is already {status}.")
                            .format(title=d.title, status=status_label(d.status).lower()))
    return d


def _info(d: QualityDecision, today: dt.date) -> DecisionInfo:
    return DecisionInfo(id=d.id, title=d.title, description=d.description, owner=d.owner,
                        due_on=d.due_on, status=d.status, item_id=d.item_id,
                        contract_id=d.contract_id, implemented_on=d.implemented_on,
                        verification=d.verification,
                        overdue=is_overdue(d.status, d.due_on, today))
