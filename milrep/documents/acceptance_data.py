"""What the inspection protocol and the return notice print about one inspection, read once from
the records (the requirements as copied at opening, the results, the instruments, completeness,
nonconformities and the decision). Read-only."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.layout import fmt_decimal, fmt_limits
from milrep.documents.sources import ItemContext, item_context
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.acceptance import (AcceptanceRecord, Attachment, CompletenessCheck, Inspection,
                                      InspectionRequirement, Measurement, Presentation,
                                      ReturnNotice)
from milrep.models.products import Lot
from milrep.models.quality import Nonconformity
from milrep.models.requirements import CharacteristicKind, MeasuringInstrument, Severity
from milrep.rules import verdict as rules
from milrep.services.inspection_rows import evaluate_inspection, plan_facts, requirements_of


@dataclass(frozen=True)
class InspectionFacts:
    inspection: Inspection
    presentation: Presentation
    lot: Lot
    ctx: ItemContext
    plan: Mapping[str, Any]
    requirements: tuple[InspectionRequirement, ...]
    samples_for: Mapping[uuid.UUID, int]  # requirement id -> checked on samples 1 … n
    measurements: tuple[Measurement, ...]
    instruments: tuple[MeasuringInstrument, ...]
    completeness: tuple[CompletenessCheck, ...]
    nonconformities: tuple[Nonconformity, ...]
    attachments: tuple[Attachment, ...]
    computed: rules.VerdictResult
    acceptance: AcceptanceRecord | None
    return_notice: ReturnNotice | None
    cells: Mapping[tuple[uuid.UUID, int], Measurement]  # (requirement id, sample number)

    def cell(self, requirement_id: uuid.UUID, sample_no: int) -> Measurement | None:
        return self.cells.get((requirement_id, sample_no))


def load_inspection(s: Session, inspection_id: uuid.UUID) -> InspectionFacts:
    insp = s.get(Inspection, inspection_id)
    if insp is None:
        raise NotFound(translate("milrep", "The inspection no longer exists."))
    p = s.get(Presentation, insp.presentation_id)
    if p is None:
        raise NotFound(translate("milrep", "The notice of presentation no longer exists."))
    lot = s.get(Lot, p.lot_id)
    if lot is None:
        raise NotFound(translate("milrep", "The lot no longer exists."))
    plan = json.loads(insp.plan)
    facts = plan_facts(plan)
    reqs = tuple(requirements_of(s, insp.id))
    ms = tuple(s.scalars(select(Measurement).where(Measurement.inspection_id == insp.id)
                         .order_by(Measurement.sample_no)))
    used = {m.instrument_id for m in ms if m.instrument_id is not None}
    instruments = tuple(s.scalars(select(MeasuringInstrument)
                                  .where(MeasuringInstrument.id.in_(used))
                                  .order_by(MeasuringInstrument.name))) if used else ()
    return InspectionFacts(
        inspection=insp, presentation=p, lot=lot, ctx=item_context(s, p.item_id), plan=plan,
        requirements=reqs, samples_for={r.id: facts.n_for(r.severity) for r in reqs},
        measurements=ms, instruments=instruments,
        completeness=tuple(s.scalars(select(CompletenessCheck)
                                     .where(CompletenessCheck.inspection_id == insp.id)
                                     .order_by(CompletenessCheck.position))),
        nonconformities=tuple(s.scalars(select(Nonconformity)
                                        .where(Nonconformity.inspection_id == insp.id)
                                        .order_by(Nonconformity.raised_at))),
        attachments=tuple(s.scalars(select(Attachment)
                                    .where(Attachment.owner_type == "inspections",
                                           Attachment.owner_id == insp.id)
                                    .order_by(Attachment.added_at))),
        computed=evaluate_inspection(s, insp),
        acceptance=s.scalars(select(AcceptanceRecord)
                             .where(AcceptanceRecord.inspection_id == insp.id)).first(),
        return_notice=s.scalars(select(ReturnNotice)
                                .where(ReturnNotice.inspection_id == insp.id)).first(),
        cells={(m.requirement_id, m.sample_no): m for m in ms})


# --- how values and requirements are written -------------------------------------------------

def answer_text(answer: str) -> str:
    """A recorded answer; the pass/fail answers of a plain attribute in the document's language."""
    if answer.strip().casefold() == rules.PASS:
        return translate("milrep", "pass")
    if answer.strip().casefold() == rules.FAIL:
        return translate("milrep", "fail")
    return answer


def result_text(value: Decimal | None, answer: str) -> str:
    return fmt_decimal(value) if value is not None else answer_text(answer)


def requirement_text(kind: CharacteristicKind | str, lower: Decimal | None,
                     upper: Decimal | None, unit: str, allowed: str | tuple[str, ...]) -> str:
    """What was required: the limits of a measured value, or the allowed answers."""
    if str(kind) == CharacteristicKind.VARIABLE.value:
        return fmt_limits(lower, upper, unit) or translate("milrep", "no limits")
    answers = allowed if isinstance(allowed, tuple) else rules.parse_answers(allowed)
    if not answers:
        return translate("milrep", "pass")
    return " / ".join(answers)


def severity_text(severity: Severity | str) -> str:
    return rules.severity_label(Severity(severity))


def serial_range(serials: list[str]) -> str:
    """"0405 … 0414 (10)" for a run of serials; the list itself when short."""
    if not serials:
        return ""
    if len(serials) <= 6:
        return ", ".join(serials)
    return translate("milrep", "{first} … {last} ({count} units)").format(
        first=serials[0], last=serials[-1], count=len(serials))
