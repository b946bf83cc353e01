"""Nonconformities: raised from a failed characteristic of an inspection or by hand; their
disposition, corrective action and the verification of its effect; closed with who and when.

"Use as is" is allowed only under a concession: its reference and an expiry date in the future.
:func:`blocking_nonconformities` is the pure rule the certificate gate (Article 27.5: no
certificate for goods "with other non-conformities") will apply.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import format_date, translate
from milrep.models.acceptance import Inspection, InspectionRequirement, Presentation
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.models.quality import Disposition, Nonconformity, NonconformityStatus
from milrep.models.requirements import Severity
from milrep.services import validate
from milrep.services.auth import Actor, Permission


@dataclass(frozen=True)
class NonconformityFacts:
    """What the certificate gate needs to know about one nonconformity."""

    item_id: uuid.UUID
    lot_id: uuid.UUID | None  # None: the item as a whole (every lot)
    status: NonconformityStatus
    disposition: Disposition | None
    concession_ref: str
    concession_expires: dt.date | None


@dataclass(frozen=True)
class NonconformityInfo:
    id: uuid.UUID
    item_id: uuid.UUID
    item_name: str
    lot_id: uuid.UUID | None
    lot_number: str
    inspection_id: uuid.UUID | None
    requirement_id: uuid.UUID | None
    severity: Severity
    description: str
    disposition: Disposition | None
    concession_ref: str
    concession_expires: dt.date | None
    corrective_action: str
    verification: str
    status: NonconformityStatus
    raised_at: dt.datetime
    raised_by: uuid.UUID
    closed_at: dt.datetime | None
    closed_by: uuid.UUID | None


def disposition_label(d: Disposition) -> str:
    return {
        Disposition.REWORK: translate("milrep", "Rework"),
        Disposition.REPAIR: translate("milrep", "Repair"),
        Disposition.SCRAP: translate("milrep", "Scrap"),
        Disposition.RETURN: translate("milrep", "Return to the supplier"),
        Disposition.USE_AS_IS: translate("milrep", "Use as is (under a concession)"),
    }[d]


# --- the rule (pure) -----------------------------------------------------------------------

def concession_valid(f: NonconformityFacts, on: dt.date) -> bool:
    """A "use as is" disposition under a concession that has not expired on ``on`` (inclusive)."""
    return (f.disposition == Disposition.USE_AS_IS and bool(f.concession_ref.strip())
            and f.concession_expires is not None and on <= f.concession_expires)


def blocking_nonconformities(facts: Iterable[NonconformityFacts], *, item_id: uuid.UUID,
                             lot_id: uuid.UUID | None, on: dt.date) -> list[NonconformityFacts]:
    """Open nonconformities of the item (whole item, or this lot) without a valid concession."""
    return [f for f in facts
            if f.item_id == item_id and f.status == NonconformityStatus.OPEN
            and (f.lot_id is None or f.lot_id == lot_id) and not concession_valid(f, on)]


def has_open_nonconformity_without_concession(session: Session, *, item_id: uuid.UUID,
                                              lot_id: uuid.UUID | None, on: dt.date) -> bool:
    """The stored side of :func:`blocking_nonconformities`, for the gates."""
    rows = session.scalars(select(Nonconformity).where(
        Nonconformity.item_id == item_id, Nonconformity.status == NonconformityStatus.OPEN))
    return bool(blocking_nonconformities((_facts(n) for n in rows), item_id=item_id,
                                         lot_id=lot_id, on=on))


# --- services -------------------------------------------------------------------------------

def raise_nonconformity(uow: UnitOfWork, actor: Actor, *, severity: Severity, description: str,
                        item_id: uuid.UUID | None = None, lot_id: uuid.UUID | None = None,
                        requirement_id: uuid.UUID | None = None) -> Changes:
    """Raise a nonconformity by hand (item, optionally lot) or from an inspection requirement
    (the inspection, item and lot are then taken from it)."""
    s = uow.begin(actor, Permission.INSPECT, "nonconformity.raise")
    inspection_id = None
    if requirement_id is not None:
        req = s.get(InspectionRequirement, requirement_id)
        if req is None:
            raise ValidationError(translate("milrep", "The inspection requirement no longer "
                                            "exists."), field="requirement_id")
        inspection = s.get(Inspection, req.inspection_id)
        presentation = s.get(Presentation, inspection.presentation_id) if inspection else None
        assert inspection is not None and presentation is not None
        if item_id is not None and item_id != presentation.item_id:
            raise ValidationError(translate(
                "milrep", "The requirement \"{name}\" belongs to an inspection of another item.")
                .format(name=req.name), field="item_id")
        if lot_id is not None and lot_id != presentation.lot_id:
            raise ValidationError(translate(
                "milrep", "The requirement \"{name}\" belongs to an inspection of another lot.")
                .format(name=req.name), field="lot_id")
        inspection_id, item_id, lot_id = inspection.id, presentation.item_id, presentation.lot_id
    item = s.get(ControlListItem, item_id) if item_id is not None else None
    if item is None:
        raise ValidationError(translate("milrep", "Choose the control-list item."),
                              field="item_id")
    if lot_id is not None:
        lot = s.get(Lot, lot_id)
        if lot is None or lot.item_id != item.id:
            raise ValidationError(translate("milrep", "The lot does not belong to \"{item}\".")
                                  .format(item=item.name), field="lot_id")
    if not isinstance(severity, Severity):
        raise ValidationError(translate("milrep", "Choose the severity."), field="severity")
    text = validate.required(description, "description", translate("milrep", "Description"))
    nc = Nonconformity(id=uuid.uuid4(), item_id=item.id, lot_id=lot_id,
                       inspection_id=inspection_id, requirement_id=requirement_id,
                       severity=severity, description=text, raised_at=dt.datetime.now(dt.UTC),
                       raised_by=actor.user_id)
    s.add(nc)
    return uow.commit(nc.id)


def set_disposition(uow: UnitOfWork, actor: Actor, *, nonconformity_id: uuid.UUID,
                    disposition: Disposition, concession_ref: str = "",
                    concession_expires: dt.date | None = None) -> Changes:
    s = uow.begin(actor, Permission.INSPECT, "nonconformity.disposition")
    nc = _open(s, nonconformity_id)
    ref = (concession_ref or "").strip()
    if disposition == Disposition.USE_AS_IS:
        if not ref:
            raise ValidationError(translate(
                "milrep", "\"Use as is\" is allowed only under a concession: enter the "
                "concession reference."), field="concession_ref")
        if concession_expires is None:
            raise ValidationError(translate(
                "milrep", "\"Use as is\" is allowed only under a concession with an expiry date: "
                "enter the date the concession expires."), field="concession_expires")
        if concession_expires <= dt.date.today():
            raise ValidationError(translate(
                "milrep", "Concession {ref} expires on {date}: the expiry date must be in the "
                "future.").format(ref=ref, date=format_date(concession_expires)),
                field="concession_expires")
    elif ref or concession_expires is not None:
        raise ValidationError(translate(
            "milrep", "A concession applies only to the disposition \"Use as is\"."),
            field="concession_ref")
    nc.disposition, nc.concession_ref, nc.concession_expires = disposition, ref, \
        concession_expires
    return uow.commit(nc.id)


def set_corrective_action(uow: UnitOfWork, actor: Actor, *, nonconformity_id: uuid.UUID,
                          corrective_action: str) -> Changes:
    s = uow.begin(actor, Permission.INSPECT, "nonconformity.corrective_action")
    nc = _open(s, nonconformity_id)
    nc.corrective_action = validate.required(corrective_action, "corrective_action",
                                             translate("milrep", "Corrective action"))
    return uow.commit(nc.id)


def verify_effect(uow: UnitOfWork, actor: Actor, *, nonconformity_id: uuid.UUID,
                  verification: str) -> Changes:
    """Record how the effect of the corrective action was verified."""
    s = uow.begin(actor, Permission.INSPECT, "nonconformity.verify")
    nc = _open(s, nonconformity_id)
    if not nc.corrective_action.strip():
        raise RuleViolation(translate(
            "milrep", "Record the corrective action before verifying its effect."))
    nc.verification = validate.required(verification, "verification",
                                        translate("milrep", "Verification of effect"))
    return uow.commit(nc.id)


def close_nonconformity(uow: UnitOfWork, actor: Actor, *, nonconformity_id: uuid.UUID
                        ) -> Changes:
    s = uow.begin(actor, Permission.INSPECT, "nonconformity.close")
    nc = _open(s, nonconformity_id)
    missing = []
    if nc.disposition is None:
        missing.append(translate("milrep", "the disposition"))
    if not nc.corrective_action.strip():
        missing.append(translate("milrep", "the corrective action"))
    if not nc.verification.strip():
        missing.append(translate("milrep", "the verification of its effect"))
    if missing:
        raise RuleViolation(translate(
            "milrep", "Nonconformity {label} cannot be closed without {missing}.")
            .format(label=label(nc), missing=", ".join(missing)))
    nc.status = NonconformityStatus.CLOSED
    nc.closed_at, nc.closed_by = dt.datetime.now(dt.UTC), actor.user_id
    return uow.commit(nc.id)


def reopen_nonconformity(uow: UnitOfWork, actor: Actor, *, nonconformity_id: uuid.UUID
                         ) -> Changes:
    """Reopen a closed nonconformity whose corrective action proved ineffective: the verification
    is cleared (a new one is needed to close it again); the journal keeps the old one."""
    s = uow.begin(actor, Permission.INSPECT, "nonconformity.reopen")
    nc = _get(s, nonconformity_id)
    if nc.status != NonconformityStatus.CLOSED:
        raise RuleViolation(translate("milrep", "Nonconformity {label} is already open.")
                            .format(label=label(nc)))
    nc.status, nc.closed_at, nc.closed_by, nc.verification = \
        NonconformityStatus.OPEN, None, None, ""
    return uow.commit(nc.id)


def open_nonconformities(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID | None = None
                         ) -> tuple[NonconformityInfo, ...]:
    s = uow.begin(actor, Permission.READ, "nonconformity.list_open")
    q = select(Nonconformity).where(Nonconformity.status == NonconformityStatus.OPEN)
    if item_id is not None:
        q = q.where(Nonconformity.item_id == item_id)
    return tuple(_info(s, n) for n in s.scalars(q.order_by(Nonconformity.raised_at)))


def get_nonconformity(uow: UnitOfWork, actor: Actor, *, nonconformity_id: uuid.UUID
                      ) -> NonconformityInfo:
    s = uow.begin(actor, Permission.READ, "nonconformity.get")
    return _info(s, _get(s, nonconformity_id))


# --- internals ------------------------------------------------------------------------------

def label(nc: Nonconformity) -> str:
    """How a nonconformity is named in messages: its description, shortened, and date."""
    text = " ".join(nc.description.split())
    if len(text) > 60:
        text = text[:57] + "…"
    return translate("milrep", "\"{description}\" raised on {date}").format(
        description=text, date=format_date(nc.raised_at.date()))


def _facts(n: Nonconformity) -> NonconformityFacts:
    return NonconformityFacts(item_id=n.item_id, lot_id=n.lot_id, status=n.status,
                              disposition=n.disposition, concession_ref=n.concession_ref,
                              concession_expires=n.concession_expires)


def _get(s: Session, nonconformity_id: uuid.UUID) -> Nonconformity:
    nc = s.get(Nonconformity, nonconformity_id)
    if nc is None:
        raise NotFound(translate("milrep", "The nonconformity no longer exists."))
    return nc


def _open(s: Session, nonconformity_id: uuid.UUID) -> Nonconformity:
    nc = _get(s, nonconformity_id)
    if nc.status == NonconformityStatus.CLOSED:
        raise RuleViolation(translate(
            "milrep", "Nonconformity {label} is closed: reopen it to change it.")
            .format(label=label(nc)))
    return nc


def _info(s: Session, n: Nonconformity) -> NonconformityInfo:
    item = s.get(ControlListItem, n.item_id)
    lot = s.get(Lot, n.lot_id) if n.lot_id else None
    return NonconformityInfo(
        id=n.id, item_id=n.item_id, item_name=item.name if item else "", lot_id=n.lot_id,
        lot_number=lot.number if lot else "", inspection_id=n.inspection_id,
        requirement_id=n.requirement_id, severity=n.severity, description=n.description,
        disposition=n.disposition, concession_ref=n.concession_ref,
        concession_expires=n.concession_expires, corrective_action=n.corrective_action,
        verification=n.verification, status=n.status, raised_at=n.raised_at,
        raised_by=n.raised_by, closed_at=n.closed_at, closed_by=n.closed_by)
