"""The completeness list of a control-list item: what a complete set contains (name, quantity,
unit). Inspections copy it when they are opened."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, ValidationError
from milrep.i18n import translate
from milrep.models.control_list import ControlListItem
from milrep.models.requirements import CompletenessEntry
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.item_rows import editable_item, item_row, next_position


@dataclass(frozen=True)
class CompletenessForm:
    name: str
    quantity: int = 1
    unit: str = "pcs"


@dataclass(frozen=True)
class CompletenessView:
    id: uuid.UUID
    item_id: uuid.UUID
    position: int
    name: str
    quantity: int
    unit: str


def add_completeness_entry(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                           form: CompletenessForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.add_completeness")
    item = editable_item(s, item_id)
    e = CompletenessEntry(id=uuid.uuid4(), item_id=item.id)
    _apply_completeness(s, e, form, item)
    e.position = next_position(s, CompletenessEntry.position, CompletenessEntry.item_id, item.id)
    s.add(e)
    return uow.commit(e.id)


def update_completeness_entry(uow: UnitOfWork, actor: Actor, *, entry_id: uuid.UUID,
                              form: CompletenessForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.update_completeness")
    e = _completeness(s, entry_id)
    item = editable_item(s, e.item_id)
    _apply_completeness(s, e, form, item)
    return uow.commit(e.id)


def remove_completeness_entry(uow: UnitOfWork, actor: Actor, *, entry_id: uuid.UUID) -> Changes:
    """Remove a line of the completeness list (inspections already opened keep their copy)."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.remove_completeness")
    e = _completeness(s, entry_id)
    editable_item(s, e.item_id)
    s.delete(e)
    return uow.commit(entry_id)


def list_completeness(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID
                      ) -> tuple[CompletenessView, ...]:
    s = uow.begin(actor, Permission.READ, "requirements.list_completeness")
    item_row(s, item_id)
    return completeness_views(s, item_id)


# --- on a session the caller already began ---------------------------------------------------

def completeness_views(s: Session, item_id: uuid.UUID) -> tuple[CompletenessView, ...]:
    return tuple(CompletenessView(id=e.id, item_id=e.item_id, position=e.position, name=e.name,
                                  quantity=e.quantity, unit=e.unit)
                 for e in s.scalars(select(CompletenessEntry)
                                    .where(CompletenessEntry.item_id == item_id)
                                    .order_by(CompletenessEntry.position, CompletenessEntry.name)))


# --- internals ------------------------------------------------------------------------------

def _completeness(s: Session, entry_id: uuid.UUID) -> CompletenessEntry:
    e = s.get(CompletenessEntry, entry_id)
    if e is None:
        raise NotFound(translate("milrep", "The completeness-list entry no longer exists."))
    return e


def _apply_completeness(s: Session, e: CompletenessEntry, f: CompletenessForm,
                        item: ControlListItem) -> None:
    name = validate.required(f.name, "name", translate("milrep", "Name of the set's part"))
    if isinstance(f.quantity, bool) or not isinstance(f.quantity, int) or f.quantity < 1:
        raise ValidationError(translate("milrep", "The quantity of \"{name}\" in a complete set "
                                        "must be a whole number of at least 1.")
                              .format(name=name), field="quantity")
    unit = validate.required(f.unit, "unit", translate("milrep", "Unit"))
    if len(unit) > 16:
        raise ValidationError(translate("milrep", "The unit of \"{name}\" is longer than 16 "
                                        "characters.").format(name=name), field="unit")
    others = s.scalars(select(CompletenessEntry.name).where(
        CompletenessEntry.item_id == item.id, CompletenessEntry.id != e.id))
    if any(o.casefold() == name.casefold() for o in others):
        raise ValidationError(translate("milrep", "\"{name}\" is already on the completeness list "
                                        "of {item}.").format(name=name, item=item.name),
                              field="name")
    for key, value in dict(name=name, quantity=f.quantity, unit=unit).items():
        if getattr(e, key, None) != value:
            setattr(e, key, value)
