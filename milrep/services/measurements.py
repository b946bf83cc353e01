"""Results of an inspection: one per requirement and sample unit, with the instrument used.

A measured value needs an instrument calibrated on the day of the measurement (Article 27.4.7:
"a measurement with an instrument out of calibration is refused"); nothing is stored otherwise.
Entering the same requirement and sample again replaces the result (an update in the journal).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import InspectionRequirement, Measurement
from milrep.models.requirements import CharacteristicKind
from milrep.rules import verdict as rules
from milrep.services.auth import Actor, Permission
from milrep.services.inspection_rows import open_inspection_row, plan_facts, requirement_facts
from milrep.services.instruments import ensure_calibrated
from milrep.services.presentations import get_presentation_row, presented_serials


def record_measurement(uow: UnitOfWork, actor: Actor, *, inspection_id: uuid.UUID,
                       requirement_id: uuid.UUID, sample_no: int,
                       value: Decimal | str | None = None, answer: str = "", serial: str = "",
                       instrument_id: uuid.UUID | None = None,
                       measured_at: dt.datetime | None = None) -> Changes:
    """Record (or replace) the result of sample ``sample_no`` against a copied requirement.

    Variables take a decimal ``value`` (limits inclusive) and need a calibrated instrument;
    attributes take an ``answer`` (one of the allowed answers, or "pass"/"fail")."""
    s = uow.begin(actor, Permission.INSPECT, "inspection.measure")
    insp = open_inspection_row(s, inspection_id)
    req = s.get(InspectionRequirement, requirement_id)
    if req is None or req.inspection_id != insp.id:
        raise ValidationError(translate("milrep", "That characteristic is not part of this "
                                        "inspection."), field="requirement_id")
    n = plan_facts(json.loads(insp.plan)).n_for(req.severity)
    if isinstance(sample_no, bool) or not isinstance(sample_no, int) or not 1 <= sample_no <= n:
        raise ValidationError(translate("milrep", "{name}: the sample number must be from 1 to "
                                        "{n} (got {got}).").format(name=req.name, n=n,
                                                                   got=sample_no),
                              field="sample_no")
    when = measured_at or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        raise TypeError("measured_at must be timezone-aware")
    facts = requirement_facts(req)
    answer = (answer or "").strip()
    number: Decimal | None = None
    if req.kind is CharacteristicKind.VARIABLE:
        if answer:
            raise ValidationError(translate("milrep", "{name} is measured: enter a value, not an "
                                            "answer.").format(name=req.name), field="answer")
        number = _decimal(value, req.name)
        if instrument_id is None:
            raise ValidationError(translate("milrep", "{name}: choose the measuring instrument "
                                            "used.").format(name=req.name),
                                  field="instrument_id")
    else:
        if value is not None:
            raise ValidationError(translate("milrep", "{name} is checked by an answer, not a "
                                            "measured value.").format(name=req.name),
                                  field="value")
        if not answer:
            raise ValidationError(translate("milrep", "{name}: enter the answer.")
                                  .format(name=req.name), field="answer")
        if not facts.allowed_answers and answer.casefold() not in (rules.PASS, rules.FAIL):
            raise ValidationError(translate("milrep", "{name}: answer \"pass\" or \"fail\".")
                                  .format(name=req.name), field="answer")
    if instrument_id is not None:
        ensure_calibrated(s, instrument_id, when.date())  # Article 27.4.7
    serial = _serial(s, insp.id, insp.presentation_id, sample_no, (serial or "").strip(),
                     requirement_id)
    conforms = rules.conforms(facts, value=number, answer=answer)

    m = s.scalars(select(Measurement).where(Measurement.requirement_id == req.id,
                                            Measurement.sample_no == sample_no)).first()
    if m is None:
        m = Measurement(id=uuid.uuid4(), inspection_id=insp.id, requirement_id=req.id,
                        sample_no=sample_no)
        s.add(m)
    m.serial = serial
    m.value = number
    m.answer = answer if req.kind is CharacteristicKind.ATTRIBUTE else ""
    m.conforms = conforms
    m.instrument_id = instrument_id
    m.measured_at = when
    m.measured_by = actor.user_id
    return uow.commit(m.id)


# --- internals ----------------------------------------------------------------------------------

def _decimal(value: Decimal | str | None, name: str) -> Decimal:
    if isinstance(value, float):
        raise TypeError("value: pass a Decimal or text, not a float")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(translate("milrep", "{name}: enter the measured value.")
                              .format(name=name), field="value")
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(translate("milrep", "{name}: \"{value}\" is not a number.")
                              .format(name=name, value=value), field="value") from None
    if not d.is_finite():
        raise ValidationError(translate("milrep", "{name}: \"{value}\" is not a number.")
                              .format(name=name, value=value), field="value")
    return d


def _serial(s: Session, inspection_id: uuid.UUID, presentation_id: uuid.UUID, sample_no: int,
            serial: str, requirement_id: uuid.UUID) -> str:
    """The unit's serial: one of those presented, the same for every result of that sample, and
    the same sample for every result of that unit (taken from earlier results when not given)."""
    rows = s.execute(select(Measurement.requirement_id, Measurement.sample_no,
                            Measurement.serial).where(Measurement.inspection_id == inspection_id,
                                                      Measurement.serial != "")).all()
    this = next((sn for r, no, sn in rows if r == requirement_id and no == sample_no), "")
    others = [(no, sn) for r, no, sn in rows if not (r == requirement_id and no == sample_no)]
    known = next((sn for no, sn in others if no == sample_no), "")
    if not serial:
        return known or this
    p = get_presentation_row(s, presentation_id)
    units = presented_serials(s, p)
    if units and serial not in units:
        raise ValidationError(translate("milrep", "Unit {serial} is not among the units presented "
                                        "with notice {number}.").format(serial=serial,
                                                                        number=p.number),
                              field="serial")
    if known and known != serial:
        raise ValidationError(translate("milrep", "Sample {n} is unit {known}, not {serial}.")
                              .format(n=sample_no, known=known, serial=serial), field="serial")
    taken = next((no for no, sn in others if sn == serial and no != sample_no), None)
    if taken is not None:
        raise ValidationError(translate("milrep", "Unit {serial} is already sample {n}.")
                              .format(serial=serial, n=taken), field="serial")
    return serial
