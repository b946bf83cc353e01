"""The measurement grid of an inspection: requirements × samples with what was recorded, the plan
and the verdict as the rules give it now (for the screen, and the protocol)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from milrep.db.store import UnitOfWork
from milrep.models.acceptance import (Attachment, CompletenessCheck, InspectionKind,
                                      InspectionStatus, Measurement, Verdict)
from milrep.models.products import Lot
from milrep.models.requirements import MeasuringInstrument, Severity
from milrep.rules import verdict as rules
from milrep.services.auth import Actor, Permission
from milrep.services.inspection_rows import (evaluate_inspection, inspection_row, plan_facts,
                                             requirements_of)
from milrep.services.item_rows import item_row
from milrep.services.presentations import get_presentation_row


@dataclass(frozen=True)
class GridRequirement:
    id: uuid.UUID
    characteristic_id: uuid.UUID | None
    name: str
    kind: str
    severity: Severity
    nominal: Decimal | None
    lower_limit: Decimal | None
    upper_limit: Decimal | None
    unit: str
    allowed_answers: tuple[str, ...]
    method: str
    reference: str
    samples: int  # this requirement is checked on samples 1 … samples


@dataclass(frozen=True)
class GridCell:
    requirement_id: uuid.UUID
    sample_no: int
    serial: str
    value: Decimal | None
    answer: str
    conforms: bool
    instrument_id: uuid.UUID | None
    instrument: str  # "name (serial)"


@dataclass(frozen=True)
class GridCompleteness:
    id: uuid.UUID
    name: str
    expected: int
    found: int | None
    unit: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime


@dataclass(frozen=True)
class InspectionGrid:
    """Requirements × samples with what was recorded, the plan and the verdict as it stands."""

    inspection_id: uuid.UUID
    presentation_id: uuid.UUID
    presentation_number: str
    item_name: str
    lot_number: str
    attempt: int
    kind: InspectionKind
    status: InspectionStatus
    retest_only: bool
    plan: Mapping[str, Any]
    sample_size: int
    requirements: tuple[GridRequirement, ...]
    samples: tuple[tuple[int, str], ...]  # (sample number, serial as recorded so far)
    cells: tuple[GridCell, ...]
    completeness: tuple[GridCompleteness, ...]
    attachments: tuple[AttachmentInfo, ...]
    verdict: rules.VerdictResult  # computed from the rules now
    decided: Verdict | None  # what the representative decided, once signed
    decided_reason: str

    def cell(self, requirement_id: uuid.UUID, sample_no: int) -> GridCell | None:
        for c in self.cells:
            if c.requirement_id == requirement_id and c.sample_no == sample_no:
                return c
        return None


def inspection_grid(uow: UnitOfWork, actor: Actor, *, inspection_id: uuid.UUID) -> InspectionGrid:
    """The measurement grid of an inspection for the screen (and the protocol later)."""
    s = uow.begin(actor, Permission.READ, "inspection.grid")
    insp = inspection_row(s, inspection_id)
    p = get_presentation_row(s, insp.presentation_id)
    item = item_row(s, p.item_id)
    lot = s.get(Lot, p.lot_id)
    plan = json.loads(insp.plan)
    facts = plan_facts(plan)
    reqs = requirements_of(s, insp.id)
    instruments = {i.id: f"{i.name} ({i.serial})" for i in s.scalars(
        select(MeasuringInstrument).where(MeasuringInstrument.id.in_(
            select(Measurement.instrument_id).where(Measurement.inspection_id == insp.id))))}
    ms = list(s.scalars(select(Measurement).where(Measurement.inspection_id == insp.id)
                        .order_by(Measurement.sample_no)))
    serial_of: dict[int, str] = {}
    for m in ms:
        if m.serial:
            serial_of.setdefault(m.sample_no, m.serial)
    checks = list(s.scalars(select(CompletenessCheck).where(
        CompletenessCheck.inspection_id == insp.id).order_by(CompletenessCheck.position)))
    attachments = tuple(AttachmentInfo(a.id, a.filename, a.media_type, a.size, a.sha256,
                                       a.added_at) for a in s.scalars(
        select(Attachment).where(Attachment.owner_type == "inspections",
                                 Attachment.owner_id == insp.id).order_by(Attachment.added_at)))
    return InspectionGrid(
        inspection_id=insp.id, presentation_id=p.id, presentation_number=p.number,
        item_name=item.name, lot_number=lot.number if lot else "", attempt=p.attempt,
        kind=insp.kind, status=insp.status, retest_only=insp.retest_only, plan=plan,
        sample_size=insp.sample_size,
        requirements=tuple(GridRequirement(
            id=r.id, characteristic_id=r.characteristic_id, name=r.name, kind=r.kind.value,
            severity=r.severity, nominal=r.nominal, lower_limit=r.lower_limit,
            upper_limit=r.upper_limit, unit=r.unit,
            allowed_answers=rules.parse_answers(r.allowed_answers), method=r.method,
            reference=r.reference, samples=facts.n_for(r.severity)) for r in reqs),
        samples=tuple((n, serial_of.get(n, "")) for n in range(1, insp.sample_size + 1)),
        cells=tuple(GridCell(m.requirement_id, m.sample_no, m.serial, m.value, m.answer,
                             m.conforms, m.instrument_id,
                             instruments.get(m.instrument_id, "") if m.instrument_id else "")
                    for m in ms),
        completeness=tuple(GridCompleteness(c.id, c.name, c.expected_quantity, c.found_quantity,
                                            c.unit) for c in checks),
        attachments=attachments, verdict=evaluate_inspection(s, insp), decided=insp.verdict,
        decided_reason=insp.verdict_reason if insp.status is InspectionStatus.DECIDED else "")
