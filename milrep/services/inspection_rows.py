"""Session-level helpers the inspection services share (and measurements, suspensions): rows
fetched or refused with a clear message, the inspection's copied requirements and plan turned into
the facts :mod:`milrep.rules.verdict` judges, and the item's run of returns."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.errors import NotFound, RuleViolation
from milrep.i18n import translate
from milrep.models.acceptance import (CompletenessCheck, Inspection, InspectionRequirement,
                                      InspectionStatus, Measurement, Presentation, ReturnNotice,
                                      Verdict)
from milrep.models.products import Lot
from milrep.models.quality import Resumption, Suspension
from milrep.models.requirements import ItemRequirements, Severity
from milrep.rules import verdict as rules

DEFAULT_RETURN_THRESHOLD = 2


def inspection_row(s: Session, inspection_id: uuid.UUID) -> Inspection:
    insp = s.get(Inspection, inspection_id)
    if insp is None:
        raise NotFound(translate("milrep", "The inspection no longer exists."))
    return insp


def open_inspection_row(s: Session, inspection_id: uuid.UUID) -> Inspection:
    """The inspection, refused once decided (its results and decision are then final)."""
    insp = inspection_row(s, inspection_id)
    if insp.status is InspectionStatus.DECIDED:
        p = s.get(Presentation, insp.presentation_id)
        raise RuleViolation(translate(
            "milrep", "The inspection of notice {number} is already decided: its results and "
                      "decision can no longer change.").format(number=p.number if p else "?"))
    return insp


def requirements_of(s: Session, inspection_id: uuid.UUID) -> list[InspectionRequirement]:
    return list(s.scalars(select(InspectionRequirement)
                          .where(InspectionRequirement.inspection_id == inspection_id)
                          .order_by(InspectionRequirement.position)))


def requirement_facts(r: InspectionRequirement) -> rules.RequirementFacts:
    return rules.RequirementFacts(
        id=r.id, name=r.name, kind=r.kind, severity=r.severity, lower_limit=r.lower_limit,
        upper_limit=r.upper_limit, allowed_answers=rules.parse_answers(r.allowed_answers),
        unit=r.unit, characteristic_id=r.characteristic_id)


def plan_facts(plan: Mapping[str, Any]) -> rules.PlanFacts:
    return rules.PlanFacts(quantity=int(plan["quantity"]), classes={
        Severity(k): rules.ClassPlan(n=int(v["n"]), ac=v["ac"], re=v["re"])
        for k, v in plan["classes"].items()})


def evaluate_inspection(s: Session, insp: Inspection) -> rules.VerdictResult:
    """The verdict the rules give now, from the inspection's copied requirements and results."""
    reqs = [requirement_facts(r) for r in requirements_of(s, insp.id)]
    results = [rules.ResultFacts(requirement_id=m.requirement_id, sample_no=m.sample_no,
                                 conforms=m.conforms, serial=m.serial, value=m.value,
                                 answer=m.answer)
               for m in s.scalars(select(Measurement).where(Measurement.inspection_id == insp.id))]
    checks = [rules.CompletenessFacts(c.name, c.expected_quantity, c.found_quantity, c.unit)
              for c in s.scalars(select(CompletenessCheck)
                                 .where(CompletenessCheck.inspection_id == insp.id)
                                 .order_by(CompletenessCheck.position))]
    return rules.evaluate(reqs, results, plan_facts(json.loads(insp.plan)), checks)


def last_return_notice(s: Session, lot_id: uuid.UUID) -> ReturnNotice | None:
    return s.scalars(select(ReturnNotice).join(Presentation,
                                               Presentation.id == ReturnNotice.presentation_id)
                     .where(Presentation.lot_id == lot_id)
                     .order_by(Presentation.attempt.desc())).first()


def return_threshold(s: Session, item_id: uuid.UUID) -> int:
    """Returns in a row before a suspension is proposed (the item's setting, else 2; 0 or less:
    never)."""
    threshold = s.scalar(select(ItemRequirements.return_threshold)
                         .where(ItemRequirements.item_id == item_id))
    return DEFAULT_RETURN_THRESHOLD if threshold is None else threshold


def returns_in_a_row(s: Session, item_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """The item's latest decisions that were returns, most recent first, across lots, as
    (inspection id, lot number) — until one that was not a return.

    Returns decided before the latest resumption of a suspension of the item are not counted
    again: the run starts afresh after a resumption."""
    resumed_at = s.scalar(select(Resumption.decided_at)
                          .join(Suspension, Suspension.id == Resumption.suspension_id)
                          .where(Suspension.item_id == item_id)
                          .order_by(Resumption.decided_at.desc()).limit(1))
    run: list[tuple[uuid.UUID, str]] = []
    for inspection_id, verdict, decided_at, lot_number in s.execute(
            select(Inspection.id, Inspection.verdict, Inspection.decided_at, Lot.number)
            .join(Presentation, Presentation.id == Inspection.presentation_id)
            .join(Lot, Lot.id == Presentation.lot_id)
            .where(Presentation.item_id == item_id, Inspection.status == InspectionStatus.DECIDED)
            .order_by(Inspection.decided_at.desc(), Inspection.id)):
        if verdict is not Verdict.RETURN or (resumed_at is not None and decided_at is not None
                                             and decided_at <= resumed_at):
            break
        run.append((inspection_id, lot_number))
    return run


def consecutive_returns(s: Session, item_id: uuid.UUID) -> int:
    """How many of the item's latest decisions were returns (see :func:`returns_in_a_row`)."""
    return len(returns_in_a_row(s, item_id))
