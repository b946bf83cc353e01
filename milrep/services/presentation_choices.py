"""Read-only helpers for the acceptance screens: what can be presented (items with lots, their
lots with what is not accepted yet) and the day's queue for the dashboard. Each takes a read
session (see ``Database.read``) and returns frozen objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.models.acceptance import Inspection, Presentation, PresentationStatus
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot
from milrep.services.presentations import accepted_so_far, unit_serials

OPEN = (PresentationStatus.PRESENTED, PresentationStatus.IN_INSPECTION)
MAX_CHOICES = 500


@dataclass(frozen=True)
class ItemChoice:
    id: uuid.UUID
    name: str
    kind: ItemKind


@dataclass(frozen=True)
class LotChoice:
    id: uuid.UUID
    number: str
    quantity: int
    remaining: int  # units not accepted yet
    serials: tuple[str, ...]  # the units not accepted yet (empty: the lot has no serials)


@dataclass(frozen=True)
class AwaitingEntry:
    presentation_id: uuid.UUID
    number: str
    item_name: str
    lot_number: str
    attempt: int
    status: PresentationStatus


def items_with_lots(session: Session) -> tuple[ItemChoice, ...]:
    """Control-list items that have at least one lot registered, by name."""
    rows = session.execute(
        select(ControlListItem.id, ControlListItem.name, ControlListItem.kind)
        .where(ControlListItem.id.in_(select(Lot.item_id)))
        .order_by(ControlListItem.name).limit(MAX_CHOICES))
    return tuple(ItemChoice(i, n, k) for i, n, k in rows)


def item_kind(session: Session, item_id: uuid.UUID) -> ItemKind | None:
    return session.scalar(select(ControlListItem.kind).where(ControlListItem.id == item_id))


def lots_for(session: Session, item_id: uuid.UUID) -> tuple[LotChoice, ...]:
    """The item's lots, each with the units not accepted yet."""
    out = []
    for lot in session.scalars(select(Lot).where(Lot.item_id == item_id).order_by(Lot.number)
                               .limit(MAX_CHOICES)):
        qty, done = accepted_so_far(session, lot.id)
        serials = tuple(x for x in unit_serials(session, lot.id) if x not in done)
        out.append(LotChoice(lot.id, lot.number, lot.quantity, lot.quantity - qty, serials))
    return tuple(out)


def awaiting_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Presentation)
                              .where(Presentation.status.in_(OPEN))) or 0)


def awaiting(session: Session, limit: int = 20) -> tuple[AwaitingEntry, ...]:
    """The oldest presentations awaiting or in inspection (the dashboard's queue)."""
    rows = session.execute(
        select(Presentation.id, Presentation.number, ControlListItem.name, Lot.number,
               Presentation.attempt, Presentation.status)
        .join(ControlListItem, ControlListItem.id == Presentation.item_id)
        .join(Lot, Lot.id == Presentation.lot_id)
        .where(Presentation.status.in_(OPEN))
        .order_by(Presentation.presented_on, Presentation.number).limit(limit))
    return tuple(AwaitingEntry(*r) for r in rows)


def inspection_of(session: Session, presentation_id: uuid.UUID) -> uuid.UUID | None:
    """The inspection opened on a presentation (at most one), if any."""
    return session.scalar(select(Inspection.id).where(Inspection.presentation_id
                                                      == presentation_id).limit(1))
