"""The register of measuring instruments and their calibration (Article 27.4.7, metrological
support), and the rule every measurement goes through: :func:`ensure_calibrated`.

A calibration is valid **through its due date inclusive**: an instrument due on 30 June may be
used on 30 June and is refused from 1 July. "Due soon" means due within ``within_days`` days
(the due date itself counts as due soon, not overdue).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import format_date, translate
from milrep.models.requirements import MeasuringInstrument
from milrep.services import validate
from milrep.services.auth import Actor, Permission

DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class InstrumentForm:
    name: str
    serial: str
    calibrated_on: dt.date
    calibration_due: dt.date
    instrument_type: str = ""
    measuring_range: str = ""
    accuracy: str = ""
    certificate_ref: str = ""  # calibration (verification) certificate
    location: str = ""


@dataclass(frozen=True)
class InstrumentRow:
    """An instrument of the register with its calibration status on ``today``.

    ``days_left`` is negative when overdue, 0 on the due date (still valid that day).
    """

    id: uuid.UUID
    name: str
    instrument_type: str
    serial: str
    measuring_range: str
    accuracy: str
    calibrated_on: dt.date
    calibration_due: dt.date
    certificate_ref: str
    location: str
    active: bool
    days_left: int
    overdue: bool
    due_soon: bool


def register_instrument(uow: UnitOfWork, actor: Actor, *, form: InstrumentForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_INSTRUMENTS, "instrument.register")
    inst = MeasuringInstrument(id=uuid.uuid4(), active=True)
    _apply(s, inst, form)
    s.add(inst)
    return uow.commit(inst.id)


def update_instrument(uow: UnitOfWork, actor: Actor, *, instrument_id: uuid.UUID,
                      form: InstrumentForm) -> Changes:
    """Correct an instrument's data, or enter its new calibration (dates and certificate)."""
    s = uow.begin(actor, Permission.EDIT_INSTRUMENTS, "instrument.update")
    inst = _get(s, instrument_id)
    if not inst.active:
        raise RuleViolation(translate("milrep", "Instrument {name} No. {serial} is retired from "
                                      "the register and cannot be edited.")
                            .format(name=inst.name, serial=inst.serial))
    _apply(s, inst, form)
    return uow.commit(inst.id)


def retire_instrument(uow: UnitOfWork, actor: Actor, *, instrument_id: uuid.UUID) -> Changes:
    """Take an instrument out of use. It stays in the register: measurements name it."""
    s = uow.begin(actor, Permission.EDIT_INSTRUMENTS, "instrument.retire")
    inst = _get(s, instrument_id)
    if not inst.active:
        raise RuleViolation(translate("milrep", "Instrument {name} No. {serial} is already "
                                      "retired.").format(name=inst.name, serial=inst.serial))
    inst.active = False
    return uow.commit(inst.id)


def list_instruments(uow: UnitOfWork, actor: Actor, *, today: dt.date,
                     include_retired: bool = False, within_days: int = DUE_SOON_DAYS
                     ) -> tuple[InstrumentRow, ...]:
    """The register by calibration due date (the most urgent first), with status flags."""
    s = uow.begin(actor, Permission.READ, "instrument.list")
    q = select(MeasuringInstrument)
    if not include_retired:
        q = q.where(MeasuringInstrument.active.is_(True))
    q = q.order_by(MeasuringInstrument.calibration_due, MeasuringInstrument.name,
                   MeasuringInstrument.serial)
    return tuple(_row(i, today, within_days) for i in s.scalars(q))


def instruments_due(session: Session, today: dt.date, within_days: int = DUE_SOON_DAYS
                    ) -> tuple[InstrumentRow, ...]:
    """For the dashboard: instruments in use that are overdue or due within ``within_days``."""
    limit = today + dt.timedelta(days=within_days)
    q = (select(MeasuringInstrument)
         .where(MeasuringInstrument.active.is_(True), MeasuringInstrument.calibration_due <= limit)
         .order_by(MeasuringInstrument.calibration_due, MeasuringInstrument.name,
                   MeasuringInstrument.serial))
    return tuple(_row(i, today, within_days) for i in session.scalars(q))


def ensure_calibrated(session: Session, instrument_id: uuid.UUID, on: dt.date
                      ) -> MeasuringInstrument:
    """The instrument, if a measurement with it on ``on`` may be recorded; else RuleViolation.

    Valid from ``calibrated_on`` through ``calibration_due`` inclusive. Refused: an expired
    calibration (``on`` after the due date), a measurement dated before the calibration on record
    (the register cannot show the instrument was in calibration then), a retired instrument.
    Call it inside the measurement's unit of work, with the measurement's date.
    """
    inst = session.get(MeasuringInstrument, instrument_id)
    if inst is None:
        raise NotFound(translate("milrep", "The measuring instrument no longer exists."))
    if not inst.active:
        raise RuleViolation(translate(
            "milrep", "Instrument {name} No. {serial} is retired from the register; a measurement "
            "with it is refused. Choose another instrument.")
            .format(name=inst.name, serial=inst.serial))
    if on > inst.calibration_due:
        raise RuleViolation(translate(
            "milrep", "Instrument {name} No. {serial}: calibration expired on {date}; a "
            "measurement with it is refused. Recalibrate it or choose another instrument.")
            .format(name=inst.name, serial=inst.serial, date=format_date(inst.calibration_due)))
    if on < inst.calibrated_on:
        raise RuleViolation(translate(
            "milrep", "Instrument {name} No. {serial} was calibrated on {calibrated}, after the "
            "measurement date {date}; a measurement with it on that date is refused. Choose "
            "another instrument or check the date.")
            .format(name=inst.name, serial=inst.serial,
                    calibrated=format_date(inst.calibrated_on), date=format_date(on)))
    return inst


# --- internals ------------------------------------------------------------------------------

def _get(s: Session, instrument_id: uuid.UUID) -> MeasuringInstrument:
    inst = s.get(MeasuringInstrument, instrument_id)
    if inst is None:
        raise NotFound(translate("milrep", "The measuring instrument no longer exists."))
    return inst


def _row(i: MeasuringInstrument, today: dt.date, within_days: int) -> InstrumentRow:
    days_left = (i.calibration_due - today).days
    return InstrumentRow(
        id=i.id, name=i.name, instrument_type=i.instrument_type, serial=i.serial,
        measuring_range=i.measuring_range, accuracy=i.accuracy, calibrated_on=i.calibrated_on,
        calibration_due=i.calibration_due, certificate_ref=i.certificate_ref, location=i.location,
        active=i.active, days_left=days_left, overdue=days_left < 0,
        due_soon=0 <= days_left <= within_days)


def _apply(s: Session, inst: MeasuringInstrument, f: InstrumentForm) -> None:
    name = validate.required(f.name, "name", translate("milrep", "Instrument name"))
    serial = validate.required(f.serial, "serial", translate("milrep", "Serial number"))
    if len(serial) > 64:
        raise ValidationError(translate("milrep", "The serial number is longer than 64 "
                                        "characters."), field="serial")
    if not isinstance(f.calibrated_on, dt.date) or not isinstance(f.calibration_due, dt.date):
        raise ValidationError(translate("milrep", "Enter the calibration date and the date the "
                                        "next calibration is due."), field="calibration_due")
    if f.calibration_due <= f.calibrated_on:
        raise ValidationError(translate(
            "milrep", "Instrument {name} No. {serial}: the calibration due date {due} must be "
            "later than the calibration date {calibrated}.")
            .format(name=name, serial=serial, due=format_date(f.calibration_due),
                    calibrated=format_date(f.calibrated_on)), field="calibration_due")
    clash = s.scalars(select(MeasuringInstrument).where(MeasuringInstrument.serial == serial,
                                                        MeasuringInstrument.id != inst.id)).first()
    if clash is not None:
        raise ValidationError(translate("milrep", "Serial No. {serial} is already in the register: "
                                        "{name}.").format(serial=serial, name=clash.name),
                              field="serial")
    values = dict(name=name, serial=serial, instrument_type=f.instrument_type.strip(),
                  measuring_range=f.measuring_range.strip(), accuracy=f.accuracy.strip(),
                  calibrated_on=f.calibrated_on, calibration_due=f.calibration_due,
                  certificate_ref=f.certificate_ref.strip(), location=f.location.strip())
    for key, value in values.items():
        if getattr(inst, key, None) != value:
            setattr(inst, key, value)
