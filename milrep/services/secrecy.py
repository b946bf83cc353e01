"""State secrets (Article 27.3.7): the protection measures the office evaluates with the contractor
for a classified contract: the measure, when it was evaluated, the result, remarks, the next
check. (The contract's classification marking is printed on every document generated for it by
milrep.documents.page_frame.)"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.office_duties import MeasureResult, SecrecyMeasure
from milrep.services import validate
from milrep.services.auth import Actor, Permission


def result_label(r: MeasureResult) -> str:
    return {
        MeasureResult.ADEQUATE: translate("milrep", "Adequate"),
        MeasureResult.PARTLY_ADEQUATE: translate("milrep", "Partly adequate"),
        MeasureResult.INADEQUATE: translate("milrep", "Inadequate"),
    }[r]


@dataclass(frozen=True)
class MeasureForm:
    measure: str
    evaluated_on: dt.date
    result: MeasureResult
    remarks: str = ""
    next_check: dt.date | None = None


@dataclass(frozen=True)
class MeasureInfo:
    id: uuid.UUID
    contract_id: uuid.UUID
    contract_number: str
    classification: str
    form: MeasureForm


def record_measure(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID, form: MeasureForm
                   ) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "secrecy.record")
    contract = s.get(Contract, contract_id)
    if contract is None:
        raise NotFound(translate("milrep", "The contract no longer exists."))
    if not (contract.classification or "").strip():
        raise RuleViolation(translate(
            "milrep", "Contract {number} has no classification marking: there are no state "
            "secrets to protect under it. Enter its marking on the contract first.")
            .format(number=contract.number))
    m = SecrecyMeasure(id=uuid.uuid4(), contract_id=contract.id)
    _apply(m, form)
    s.add(m)
    return uow.commit(m.id)


def update_measure(uow: UnitOfWork, actor: Actor, *, measure_id: uuid.UUID, form: MeasureForm
                   ) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "secrecy.update")
    m = s.get(SecrecyMeasure, measure_id)
    if m is None:
        raise NotFound(translate("milrep", "The protection measure no longer exists."))
    _apply(m, form)
    return uow.commit(m.id)


def list_measures(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID | None = None
                  ) -> tuple[MeasureInfo, ...]:
    s = uow.begin(actor, Permission.READ, "secrecy.list")
    q = select(SecrecyMeasure).order_by(SecrecyMeasure.evaluated_on.desc(), SecrecyMeasure.id)
    if contract_id is not None:
        q = q.where(SecrecyMeasure.contract_id == contract_id)
    return tuple(_info(s, m) for m in s.scalars(q))


def checks_due(uow: UnitOfWork, actor: Actor, *, today: dt.date) -> tuple[MeasureInfo, ...]:
    """Measures whose next check is due on or before ``today``, the most overdue first."""
    s = uow.begin(actor, Permission.READ, "secrecy.due")
    return tuple(_info(s, m) for m in s.scalars(
        select(SecrecyMeasure).where(SecrecyMeasure.next_check.is_not(None),
                                     SecrecyMeasure.next_check <= today)
        .order_by(SecrecyMeasure.next_check, SecrecyMeasure.id)))


def _info(s: Session, m: SecrecyMeasure) -> MeasureInfo:
    c = s.get(Contract, m.contract_id)
    return MeasureInfo(m.id, m.contract_id, c.number if c else "",
                       (c.classification or "").strip() if c else "",
                       MeasureForm(m.measure, m.evaluated_on, m.result, m.remarks, m.next_check))


def _apply(m: SecrecyMeasure, f: MeasureForm) -> None:
    measure = validate.required(f.measure, "measure", translate("milrep", "Protection measure"))
    if f.next_check is not None and f.next_check <= f.evaluated_on:
        raise ValidationError(translate("milrep", "The next check must come after the "
                                                  "evaluation."), field="next_check")
    result = MeasureResult(f.result)
    if result is not MeasureResult.ADEQUATE and not f.remarks.strip():
        raise ValidationError(translate("milrep", "Say what is lacking in the measure."),
                              field="remarks")
    if result is not MeasureResult.ADEQUATE and f.next_check is None:
        raise ValidationError(translate("milrep", "Set the date of the next check of a measure "
                                                  "found lacking."), field="next_check")
    m.measure, m.evaluated_on, m.result = measure, f.evaluated_on, result
    m.remarks, m.next_check = f.remarks.strip(), f.next_check
