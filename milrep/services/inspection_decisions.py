"""The decision on an inspection, signed with the password: accept (whole or part) → acceptance
record checked against the delivery deadline, or return → return notice listing the defects.

Acceptance passes the suspension gate and needs a verdict of the rules that allows it; a return
the rules do not call for needs a reason. A return at the item's threshold proposes a suspension.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import (AcceptanceRecord, InspectionStatus, Presentation,
                                      PresentationStatus, ReturnNotice, Verdict)
from milrep.models.contracts import ContractStage
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.rules import verdict as rules
from milrep.services import gates
from milrep.services.auth import Actor, Permission
from milrep.services.inspection_plans import advance_switching
from milrep.services.inspection_rows import (consecutive_returns, evaluate_inspection,
                                             open_inspection_row, return_threshold)
from milrep.services.item_rows import item_row
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.presentations import get_presentation_row, presented_serials
from milrep.services.signing import Meaning, sign_act


@dataclass(frozen=True)
class DecisionResult:
    """What :func:`decide` did: the document issued and whether a suspension is proposed."""

    changes: Changes
    document_number: str
    suspension_proposed: bool = False
    proposal_reason: str = ""


def decide(uow: UnitOfWork, actor: Actor, *, inspection_id: uuid.UUID, verdict: Verdict,
           password: str, accepted_quantity: int | None = None,
           rejected_quantity: int | None = None, accepted_serials: list[str] | None = None,
           rejected_serials: list[str] | None = None, reason: str = "",
           decided_on: dt.date | None = None) -> DecisionResult:
    """Accept (whole or part) or return, signed with the password.

    Acceptance passes the suspension gate and needs a verdict of the rules that allows it; a
    return needs a reason when the rules do not return the lot themselves."""
    s = uow.begin(actor, Permission.DECIDE, "inspection.decide")
    insp = open_inspection_row(s, inspection_id)
    p = get_presentation_row(s, insp.presentation_id)
    item = item_row(s, p.item_id)
    lot = s.get(Lot, p.lot_id)
    assert lot is not None
    on = decided_on or dt.datetime.now(dt.UTC).date()
    now = dt.datetime.now(dt.UTC)
    computed = evaluate_inspection(s, insp)
    reason = (reason or "").strip()

    if verdict in (Verdict.ACCEPT, Verdict.PARTIAL):
        gates.ensure_not_suspended(s, item_id=item.id, lot_id=lot.id,
                                   action=translate("milrep", "Acceptance"))
        if computed.verdict is None:
            raise RuleViolation(translate("milrep", "The lot cannot be accepted yet. {reason}")
                                .format(reason=computed.reason))
        if computed.verdict is Verdict.RETURN:
            raise RuleViolation(translate("milrep", "The rules return this lot: {reason} It "
                                          "cannot be accepted.").format(reason=computed.reason))
        acc_q, rej_q, acc_s, rej_s = _split(s, p, verdict, computed, accepted_quantity,
                                           rejected_quantity, accepted_serials, rejected_serials)
        deadline = _deadline(s, item, p.presented_on)
        record = AcceptanceRecord(
            id=uuid.uuid4(), number=next_number(uow, DocumentKind.ACCEPTANCE_RECORD, on=on),
            inspection_id=insp.id, presentation_id=p.id, item_id=item.id, lot_id=lot.id,
            accepted_quantity=acc_q, rejected_quantity=rej_q, accepted_serials="\n".join(acc_s),
            rejected_serials="\n".join(rej_s), accepted_on=on, deadline=deadline,
            late=deadline is not None and on > deadline)
        sig = sign_act(uow, actor, password=password, meaning=Meaning.ACCEPTED,
                       object_type="acceptance_records", object_id=record.id,
                       permission=Permission.DECIDE,
                       content={"number": record.number, "inspection_id": str(insp.id),
                                "item": item.name, "lot": lot.number, "accepted": acc_q,
                                "rejected": rej_q, "accepted_serials": acc_s,
                                "rejected_serials": rej_s, "accepted_on": on.isoformat()})
        s.flush()  # the signature row first: the document and the inspection refer to it
        record.signature_id = sig.id
        s.add(record)
        p.status = (PresentationStatus.ACCEPTED if rej_q == 0
                    else PresentationStatus.PARTIALLY_ACCEPTED)
        decided, number, doc_id = ((Verdict.ACCEPT if rej_q == 0 else Verdict.PARTIAL),
                                   record.number, record.id)
    elif verdict is Verdict.RETURN:
        if computed.verdict is not Verdict.RETURN and not reason:
            raise ValidationError(translate(
                "milrep", "The rules do not return this lot ({computed}). Give the reason for "
                          "returning it.").format(computed=computed.reason), field="reason")
        if any(x is not None for x in (accepted_quantity, rejected_quantity, accepted_serials,
                                       rejected_serials)):
            raise ValidationError(translate("milrep", "A return sends back the whole "
                                            "presentation: give no accepted or rejected units."),
                                  field="accepted_quantity")
        notice = ReturnNotice(
            id=uuid.uuid4(), number=next_number(uow, DocumentKind.RETURN_NOTICE, on=on),
            presentation_id=p.id, inspection_id=insp.id, issued_on=on,
            defects=json.dumps([d.as_json() for d in computed.defects], ensure_ascii=False),
            failed_requirements=json.dumps([str(c) for c in computed.failed_characteristics]))
        sig = sign_act(uow, actor, password=password, meaning=Meaning.RETURNED,
                       object_type="return_notices", object_id=notice.id,
                       permission=Permission.DECIDE,
                       content={"number": notice.number, "inspection_id": str(insp.id),
                                "item": item.name, "lot": lot.number, "attempt": p.attempt,
                                "defects": json.loads(notice.defects), "reason": reason,
                                "issued_on": on.isoformat()})
        s.flush()  # the signature row first: the document and the inspection refer to it
        notice.signature_id = sig.id
        s.add(notice)
        p.status = PresentationStatus.RETURNED
        decided, number, doc_id = Verdict.RETURN, notice.number, notice.id
    else:  # pragma: no cover - the enum has three members
        raise ValidationError(translate("milrep", "Choose accept, accept in part or return."),
                              field="verdict")

    insp.status = InspectionStatus.DECIDED
    insp.verdict = decided
    insp.verdict_reason = reason or computed.reason
    insp.decided_at = now
    insp.decided_by = actor.user_id
    insp.signature_id = sig.id
    if p.attempt == 1:
        advance_switching(s, item.id, insp, decided, computed)
    s.flush()
    proposal = suspension_proposal(s, item.id, lot_id=lot.id) if decided is Verdict.RETURN else ""
    changes = uow.commit(doc_id)
    return DecisionResult(changes=changes, document_number=number,
                          suspension_proposed=bool(proposal), proposal_reason=proposal)


def suspension_proposal(s: Session, item_id: uuid.UUID, *, lot_id: uuid.UUID | None = None
                        ) -> str:
    """The reason to propose a suspension after repeated returns, or "" (none proposed, or a
    suspension already covers the goods)."""
    threshold = return_threshold(s, item_id)
    returns = consecutive_returns(s, item_id)
    if threshold <= 0 or returns < threshold:
        return ""
    if gates.suspensions_covering(s, item_id=item_id, lot_id=lot_id):
        return ""
    item = item_row(s, item_id)
    return translate("milrep", "\"{item}\" has been returned {n} times in a row (threshold "
                               "{threshold}): a suspension of acceptance and shipment is "
                               "proposed.").format(item=item.name, n=returns, threshold=threshold)


# --- internals ----------------------------------------------------------------------------------

def _deadline(s: Session, item: ControlListItem, presented_on: dt.date) -> dt.date | None:
    """The item's delivery deadline; else the contract stage due when the lot was presented (the
    first whose deadline is not past then, or the last one)."""
    if item.delivery_deadline is not None:
        return item.delivery_deadline
    stages = list(s.scalars(select(ContractStage.deadline)
                            .where(ContractStage.contract_id == item.contract_id)
                            .order_by(ContractStage.deadline)))
    return next((d for d in stages if d >= presented_on), stages[-1] if stages else None)


def _split(s: Session, p: Presentation, verdict: Verdict, computed: rules.VerdictResult,
           accepted_quantity: int | None, rejected_quantity: int | None,
           accepted_serials: list[str] | None, rejected_serials: list[str] | None
           ) -> tuple[int, int, list[str], list[str]]:
    """Accepted and rejected quantities and serials, checked against the presentation."""
    for value, name in ((accepted_quantity, "accepted_quantity"),
                        (rejected_quantity, "rejected_quantity")):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or value < 0):
            raise ValidationError(translate("milrep", "Quantities must be whole numbers, zero or "
                                            "more."), field=name)
        if value is not None and value > p.quantity:
            raise ValidationError(translate(
                "milrep", "Only {quantity} units were presented with notice {number}: {value} is "
                          "more than that.").format(quantity=p.quantity, number=p.number,
                                                    value=value), field=name)
    units = presented_serials(s, p)
    acc_s = [x.strip() for x in (accepted_serials or []) if x.strip()]
    rej_s = [x.strip() for x in (rejected_serials or []) if x.strip()]
    if (acc_s or rej_s) and not units:
        raise ValidationError(translate("milrep", "The presentation has no serial numbers: "
                                        "give quantities."), field="accepted_serials")
    if units and verdict is Verdict.PARTIAL and not (acc_s or rej_s):
        raise ValidationError(translate("milrep", "The units presented have serial numbers: list "
                                        "the serials accepted or rejected."),
                              field="accepted_serials")
    if acc_s or rej_s:
        unknown = [x for x in acc_s + rej_s if x not in set(units)]
        if unknown:
            raise ValidationError(translate("milrep", "Not presented with notice {number}: "
                                            "{serials}.").format(number=p.number,
                                                                 serials=", ".join(unknown)),
                                  field="accepted_serials")
        both = sorted(set(acc_s) & set(rej_s))
        if both or len(set(acc_s)) != len(acc_s) or len(set(rej_s)) != len(rej_s):
            raise ValidationError(translate("milrep", "Each serial number is either accepted or "
                                            "rejected, once."), field="accepted_serials")
        if accepted_serials is None:
            acc_s = [x for x in units if x not in set(rej_s)]
        if rejected_serials is None:
            rej_s = [x for x in units if x not in set(acc_s)]
        for given, derived, name in ((accepted_quantity, len(acc_s), "accepted_quantity"),
                                     (rejected_quantity, len(rej_s), "rejected_quantity")):
            if given is not None and given != derived:
                raise ValidationError(translate("milrep", "The quantity ({given}) differs from the "
                                                "number of serials ({n}).").format(given=given,
                                                                                   n=derived),
                                      field=name)
        acc_q, rej_q = len(acc_s), len(rej_s)
    else:
        if verdict is Verdict.ACCEPT:
            acc_q = p.quantity if accepted_quantity is None else accepted_quantity
            rej_q = 0 if rejected_quantity is None else rejected_quantity
        else:
            if accepted_quantity is None and rejected_quantity is None:
                raise ValidationError(translate("milrep", "Give the accepted and rejected "
                                                "quantities or serial numbers."),
                                      field="accepted_quantity")
            acc_q = (accepted_quantity if accepted_quantity is not None
                     else p.quantity - (rejected_quantity or 0))
            rej_q = p.quantity - acc_q if rejected_quantity is None else rejected_quantity
        acc_s = units if rej_q == 0 and acc_q == p.quantity else []
    if acc_q + rej_q != p.quantity:
        raise ValidationError(translate(
            "milrep", "Accepted ({accepted}) and rejected ({rejected}) must add up to the "
                      "presented quantity ({quantity}).").format(accepted=acc_q, rejected=rej_q,
                                                                 quantity=p.quantity),
            field="accepted_quantity")
    if verdict is Verdict.ACCEPT and rej_q:
        raise ValidationError(translate("milrep", "Accepting the whole presentation rejects "
                                        "nothing: choose to accept in part."),
                              field="rejected_quantity")
    if verdict is Verdict.PARTIAL and (acc_q == 0 or rej_q == 0):
        raise ValidationError(translate("milrep", "A partial acceptance accepts some units and "
                                        "rejects some."), field="accepted_quantity")
    if computed.verdict is Verdict.PARTIAL:
        kept = [x for x in computed.rejected_serials if x in set(acc_s)]
        if kept or rej_q < len(computed.nonconforming_samples):
            raise RuleViolation(translate(
                "milrep", "Units with nonconformities cannot be accepted: {reason}")
                .format(reason=computed.reason))
    return acc_q, rej_q, acc_s, rej_s
