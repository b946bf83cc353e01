"""Lots and units with serial numbers and marking (Articles 15.3, 26.9)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import ValidationError
from milrep.i18n import translate
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot, ProductUnit
from milrep.services import validate
from milrep.services.auth import Actor, Permission


def register_lot(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID, number: str,
                 serials: list[str] | None = None, quantity: int | None = None,
                 manufactured_on: dt.date | None = None, marking: str = "") -> Changes:
    """A lot of a control-list item, either by its serial numbers or by quantity alone."""
    s = uow.begin(actor, Permission.EDIT_LOTS, "lot.register")
    if s.get(ControlListItem, item_id) is None:
        raise ValidationError(translate("milrep", "Choose the control-list item."), field="item_id")
    number = validate.required(number, "number", translate("milrep", "Lot number"))
    if s.scalar(select(func.count()).where(Lot.item_id == item_id, Lot.number == number)):
        raise ValidationError(translate("milrep", "Lot {lot} is already registered for this item.")
                              .format(lot=number), field="number")
    clean = [x.strip() for x in (serials or []) if x.strip()]
    dupes = sorted({x for x in clean if clean.count(x) > 1})
    if dupes:
        raise ValidationError(translate("milrep", "Serial numbers repeated: {serials}.")
                              .format(serials=", ".join(dupes)), field="serials")
    if clean:
        taken = sorted(s.scalars(select(ProductUnit.serial).join(Lot, Lot.id == ProductUnit.lot_id)
                                 .where(Lot.item_id == item_id, ProductUnit.serial.in_(clean))))
        if taken:
            raise ValidationError(translate(
                "milrep", "Serial numbers already registered for this item in another lot: "
                "{serials}.").format(serials=", ".join(taken)), field="serials")
    if quantity is not None and (isinstance(quantity, bool) or not isinstance(quantity, int)):
        raise ValidationError(translate("milrep", "The lot quantity must be a whole number."),
                              field="quantity")
    qty = len(clean) if clean else (quantity or 0)
    if quantity is not None and clean and quantity != len(clean):
        raise ValidationError(translate("milrep", "The lot quantity ({qty}) differs from the "
                                        "number of serials ({n}).").format(qty=quantity,
                                                                           n=len(clean)),
                              field="quantity")
    if qty <= 0:
        raise ValidationError(translate("milrep", "Enter the serial numbers or the quantity."),
                              field="quantity")
    lot = Lot(id=uuid.uuid4(), item_id=item_id, number=number, quantity=qty,
              manufactured_on=manufactured_on)
    s.add(lot)
    for serial in clean:
        s.add(ProductUnit(id=uuid.uuid4(), lot_id=lot.id, serial=serial, marking=marking.strip()))
    return uow.commit(lot.id)
