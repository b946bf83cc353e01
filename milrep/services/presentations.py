"""Notices of presentation from the plant's quality department (OTK) and the day's queue.

A lot is presented, inspected, then accepted (whole or part) or returned; a returned lot comes back
as the next attempt. The attempt number is never typed: it is 1 for a lot's first presentation and
the previous presentation's + 1 after it (``uq_presentations_lot_attempt`` keeps it unique, so the
numbers of a lot always run 1, 2, 3 …). A lot cannot have two open presentations, and a fully
accepted lot cannot be presented again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import format_date, translate
from milrep.models.acceptance import (AcceptanceRecord, Inspection, Presentation,
                                      PresentationStatus)
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot, ProductUnit
from milrep.services import validate
from milrep.services.auth import Actor, Permission

OPEN_STATUSES = frozenset({PresentationStatus.PRESENTED, PresentationStatus.IN_INSPECTION})


def status_label(status: PresentationStatus) -> str:
    return {
        PresentationStatus.PRESENTED: translate("milrep", "Awaiting inspection"),
        PresentationStatus.IN_INSPECTION: translate("milrep", "In inspection"),
        PresentationStatus.ACCEPTED: translate("milrep", "Accepted"),
        PresentationStatus.PARTIALLY_ACCEPTED: translate("milrep", "Partly accepted"),
        PresentationStatus.RETURNED: translate("milrep", "Returned"),
        PresentationStatus.WITHDRAWN: translate("milrep", "Withdrawn"),
    }[status]


@dataclass(frozen=True)
class QueueEntry:
    """A presentation awaiting the office (the day's queue)."""

    presentation_id: uuid.UUID
    number: str
    presented_on: dt.date
    item_id: uuid.UUID
    item_name: str
    lot_id: uuid.UUID
    lot_number: str
    quantity: int
    attempt: int
    status: PresentationStatus
    inspection_id: uuid.UUID | None


@dataclass(frozen=True)
class PresentationInfo:
    id: uuid.UUID
    number: str
    presented_on: dt.date
    item_id: uuid.UUID
    lot_id: uuid.UUID
    quantity: int
    serials: tuple[str, ...]  # the units presented (the lot's when the whole lot is presented)
    attempt: int
    previous_id: uuid.UUID | None
    status: PresentationStatus
    otk_reference: str
    notes: str


def register_presentation(uow: UnitOfWork, actor: Actor, *, number: str, presented_on: dt.date,
                          item_id: uuid.UUID, lot_id: uuid.UUID, quantity: int | None = None,
                          serials: list[str] | tuple[str, ...] | None = None,
                          otk_reference: str = "", notes: str = "") -> Changes:
    """Register a notice of presentation: the whole lot (what is not yet accepted), a quantity, or
    a subset of the lot's serial numbers. The attempt number is computed."""
    s = uow.begin(actor, Permission.INSPECT, "presentation.register")
    number = validate.required(number, "number", translate("milrep", "Notice number"))
    item = s.get(ControlListItem, item_id)
    if item is None:
        raise ValidationError(translate("milrep", "Choose the control-list item."), field="item_id")
    lot = s.get(Lot, lot_id)
    if lot is None:
        raise ValidationError(translate("milrep", "Choose the lot."), field="lot_id")
    if lot.item_id != item.id:
        raise ValidationError(translate("milrep", "Lot {lot} is not a lot of \"{item}\".")
                              .format(lot=lot.number, item=item.name), field="lot_id")
    if s.scalar(select(func.count()).where(Presentation.item_id == item.id,
                                           Presentation.number == number)):
        raise ValidationError(translate("milrep", "Notice {number} is already registered for "
                                        "\"{item}\".").format(number=number, item=item.name),
                              field="number")
    if lot.manufactured_on is not None and presented_on < lot.manufactured_on:
        raise ValidationError(translate("milrep", "Lot {lot} was made on {made}: it cannot be "
                                        "presented earlier.").format(
                                            lot=lot.number, made=format_date(lot.manufactured_on)),
                              field="presented_on")

    last = s.scalars(select(Presentation).where(Presentation.lot_id == lot.id)
                     .order_by(Presentation.attempt.desc())).first()
    if last is not None and last.status in OPEN_STATUSES:
        raise RuleViolation(translate(
            "milrep", "Lot {lot} already has an open presentation (notice {number}, attempt "
                      "{attempt}): it must be decided or withdrawn first.")
            .format(lot=lot.number, number=last.number, attempt=last.attempt))
    accepted_qty, accepted_serials = accepted_so_far(s, lot.id)
    remaining = lot.quantity - accepted_qty
    if remaining <= 0:
        raise RuleViolation(translate("milrep", "Lot {lot} is already accepted in full.")
                            .format(lot=lot.number))

    lot_serials = unit_serials(s, lot.id)
    clean = [x.strip() for x in (serials or []) if x and x.strip()]
    if clean:
        dupes = sorted({x for x in clean if clean.count(x) > 1})
        if dupes:
            raise ValidationError(translate("milrep", "Serial numbers repeated: {serials}.")
                                  .format(serials=", ".join(dupes)), field="serials")
        foreign = [x for x in clean if x not in set(lot_serials)]
        if foreign:
            raise ValidationError(translate("milrep", "Not units of lot {lot}: {serials}.")
                                  .format(lot=lot.number, serials=", ".join(foreign)),
                                  field="serials")
        done = [x for x in clean if x in accepted_serials]
        if done:
            raise ValidationError(translate("milrep", "Already accepted: {serials}.")
                                  .format(serials=", ".join(done)), field="serials")
    if quantity is not None and (isinstance(quantity, bool) or not isinstance(quantity, int)):
        raise ValidationError(translate("milrep", "The presented quantity must be a whole number."),
                              field="quantity")
    if clean and quantity is not None and quantity != len(clean):
        raise ValidationError(translate("milrep", "The presented quantity ({qty}) differs from the "
                                        "number of serials ({n}).").format(qty=quantity,
                                                                           n=len(clean)),
                              field="quantity")
    qty = len(clean) if clean else (quantity if quantity is not None else remaining)
    if qty <= 0:
        raise ValidationError(translate("milrep", "The presented quantity must be greater than "
                                        "zero."), field="quantity")
    if qty > lot.quantity:
        raise ValidationError(translate("milrep", "The presented quantity ({qty}) is more than lot "
                                        "{lot} holds ({n}).").format(qty=qty, lot=lot.number,
                                                                     n=lot.quantity),
                              field="quantity")
    if qty > remaining:
        raise ValidationError(translate("milrep", "Only {n} units of lot {lot} are not accepted "
                                        "yet: {qty} cannot be presented.").format(
                                            n=remaining, lot=lot.number, qty=qty),
                              field="quantity")
    if not clean and lot_serials:
        rest = [x for x in lot_serials if x not in accepted_serials]
        if qty != len(rest):
            raise ValidationError(translate("milrep", "Lot {lot} has serial numbers: list the "
                                            "serials of the {qty} units presented.")
                                  .format(lot=lot.number, qty=qty), field="serials")
        clean = rest  # the whole lot, or what of it is not accepted yet
    stored = "" if sorted(clean) == sorted(lot_serials) else "\n".join(clean)

    p = Presentation(id=uuid.uuid4(), number=number, presented_on=presented_on, item_id=item.id,
                     lot_id=lot.id, quantity=qty, serials=stored,
                     attempt=(last.attempt + 1) if last is not None else 1,
                     previous_id=last.id if last is not None else None,
                     status=PresentationStatus.PRESENTED, otk_reference=otk_reference.strip(),
                     notes=notes.strip())
    s.add(p)
    return uow.commit(p.id)


def withdraw_presentation(uow: UnitOfWork, actor: Actor, *, presentation_id: uuid.UUID,
                          reason: str = "") -> Changes:
    """The plant withdraws its notice before the inspection starts."""
    s = uow.begin(actor, Permission.INSPECT, "presentation.withdraw")
    p = get_presentation_row(s, presentation_id)
    if p.status is not PresentationStatus.PRESENTED:
        raise RuleViolation(translate(
            "milrep", "Notice {number} is \"{status}\": only a presentation awaiting inspection "
                      "can be withdrawn.").format(number=p.number, status=status_label(p.status)))
    p.status = PresentationStatus.WITHDRAWN
    if reason.strip():
        p.notes = "\n".join(x for x in (p.notes, reason.strip()) if x)
    return uow.commit(p.id)


def get_presentation(uow: UnitOfWork, actor: Actor, *, presentation_id: uuid.UUID
                     ) -> PresentationInfo:
    s = uow.begin(actor, Permission.READ, "presentation.get")
    p = get_presentation_row(s, presentation_id)
    return PresentationInfo(id=p.id, number=p.number, presented_on=p.presented_on,
                            item_id=p.item_id, lot_id=p.lot_id, quantity=p.quantity,
                            serials=tuple(presented_serials(s, p)), attempt=p.attempt,
                            previous_id=p.previous_id, status=p.status,
                            otk_reference=p.otk_reference, notes=p.notes)


def presentations_awaiting(uow: UnitOfWork, actor: Actor) -> tuple[QueueEntry, ...]:
    """The day's queue: presentations awaiting or in inspection, oldest notice first."""
    s = uow.begin(actor, Permission.READ, "presentation.queue")
    rows = s.execute(
        select(Presentation, ControlListItem.name, Lot.number, Inspection.id)
        .join(ControlListItem, ControlListItem.id == Presentation.item_id)
        .join(Lot, Lot.id == Presentation.lot_id)
        .outerjoin(Inspection, Inspection.presentation_id == Presentation.id)
        .where(Presentation.status.in_(list(OPEN_STATUSES)))
        .order_by(Presentation.presented_on, Presentation.number, Presentation.id))
    return tuple(QueueEntry(presentation_id=p.id, number=p.number, presented_on=p.presented_on,
                            item_id=p.item_id, item_name=item_name, lot_id=p.lot_id,
                            lot_number=lot_number, quantity=p.quantity, attempt=p.attempt,
                            status=p.status, inspection_id=inspection_id)
                 for p, item_name, lot_number, inspection_id in rows)


# --- helpers other services use (they take a session, not an actor) ---------------------------

def get_presentation_row(s: Session, presentation_id: uuid.UUID) -> Presentation:
    p = s.get(Presentation, presentation_id)
    if p is None:
        raise NotFound(translate("milrep", "The presentation no longer exists."))
    return p


def unit_serials(s: Session, lot_id: uuid.UUID) -> list[str]:
    return list(s.scalars(select(ProductUnit.serial).where(ProductUnit.lot_id == lot_id)
                          .order_by(ProductUnit.serial)))


def presented_serials(s: Session, p: Presentation) -> list[str]:
    """The serial numbers presented: the notice's own list, else the lot's units (may be none)."""
    own = [x for x in p.serials.splitlines() if x.strip()]
    return own if own else unit_serials(s, p.lot_id)


def accepted_so_far(s: Session, lot_id: uuid.UUID) -> tuple[int, set[str]]:
    """Units of the lot accepted by earlier acceptance records: their count and serials."""
    qty = 0
    serials: set[str] = set()
    for r in s.scalars(select(AcceptanceRecord).where(AcceptanceRecord.lot_id == lot_id)):
        qty += r.accepted_quantity
        serials.update(x for x in r.accepted_serials.splitlines() if x.strip())
    return qty, serials
