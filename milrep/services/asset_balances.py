"""Balances of material assets, always derived from their movements by one SQL ``SUM``.

Nothing here writes: these are plain functions on a session, used by the asset services, the
inventory counts, the lists and the documents. Quantities travel as whole thousandths
(``milli``) inside the core; :func:`to_quantity` turns them into ``Decimal`` for people.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from milrep.errors import ValidationError
from milrep.i18n import translate
from milrep.models.assets import MILLI, AssetMovement, MovementKind

M = AssetMovement
#: the movement's effect on the asset's total: + for a receipt, - for what leaves the register
SIGNED_TOTAL: ColumnElement[int] = case(
    (M.kind == MovementKind.RECEIPT, M.quantity_milli),
    (M.kind.in_([MovementKind.HANDOVER, MovementKind.WRITE_OFF]), -M.quantity_milli),
    else_=0)


def at_location(location: str) -> ColumnElement[int]:
    """The movement's effect on the quantity kept at ``location``."""
    return (case((M.to_location == location, M.quantity_milli), else_=0)
            - case((M.from_location == location, M.quantity_milli), else_=0))


def quantity_milli(value: Decimal | str | int | None, field: str, label: str, *,
                   allow_zero: bool = False) -> int:
    """A quantity entered by a person, as thousandths; at most three decimal places."""
    if isinstance(value, float):
        raise TypeError(f"{field}: pass a Decimal or text, not a float")
    text = "" if value is None else str(value).strip().replace(" ", "").replace(",", ".")
    if not text:
        raise ValidationError(translate("milrep", "{field} is required.").format(field=label),
                              field=field)
    try:
        d = value if isinstance(value, Decimal) else Decimal(text)
    except InvalidOperation:
        raise ValidationError(translate("milrep", "{field}: \"{value}\" is not a number.")
                              .format(field=label, value=value), field=field) from None
    if not d.is_finite() or d < 0 or (d == 0 and not allow_zero):
        msg = (translate("milrep", "{field} cannot be negative.") if allow_zero
               else translate("milrep", "{field} must be greater than zero."))
        raise ValidationError(msg.format(field=label), field=field)
    scaled = d * MILLI
    if scaled != scaled.to_integral_value():
        raise ValidationError(translate("milrep", "{field} has more than three decimal places.")
                              .format(field=label), field=field)
    if scaled > 10**15:
        raise ValidationError(translate("milrep", "{field} is too large.").format(field=label),
                              field=field)
    return int(scaled)


def to_quantity(milli: int | None) -> Decimal:
    """Thousandths back to a quantity, without trailing zeros (``2.500`` → ``2.5``)."""
    d = Decimal(int(milli or 0)) / MILLI
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def balance_milli(session: Session, asset_id: uuid.UUID, on: dt.date | None = None) -> int:
    """The asset's total quantity at the end of ``on`` (every movement when ``None``)."""
    q = select(func.coalesce(func.sum(SIGNED_TOTAL), 0)).where(M.asset_id == asset_id)
    if on is not None:
        q = q.where(M.moved_on <= on)
    return int(session.scalar(q) or 0)


def location_balance_milli(session: Session, asset_id: uuid.UUID, location: str,
                           on: dt.date | None = None) -> int:
    """The asset's quantity kept at ``location`` at the end of ``on``."""
    q = (select(func.coalesce(func.sum(at_location(location)), 0))
         .where(M.asset_id == asset_id,
                or_(M.to_location == location, M.from_location == location)))
    if on is not None:
        q = q.where(M.moved_on <= on)
    return int(session.scalar(q) or 0)


def balances_by_location(session: Session, asset_id: uuid.UUID, on: dt.date | None = None
                         ) -> dict[str, int]:
    """Where the asset is, with how much, at the end of ``on`` (non-zero places only)."""
    places = {loc for pair in session.execute(
        select(M.to_location, M.from_location).where(M.asset_id == asset_id)) for loc in pair
        if loc}
    out = {}
    for place in sorted(places):
        milli = location_balance_milli(session, asset_id, place, on)
        if milli:
            out[place] = milli
    return out


def balances_at(session: Session, on: dt.date | None = None,
                asset_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, int]:
    """Total balances of many assets at once (one grouped SUM)."""
    q = select(M.asset_id, func.sum(SIGNED_TOTAL)).group_by(M.asset_id)
    if on is not None:
        q = q.where(M.moved_on <= on)
    if asset_ids is not None:
        q = q.where(M.asset_id.in_(asset_ids))
    return {aid: int(total or 0) for aid, total in session.execute(q)}


def location_balances(session: Session, location: str, on: dt.date) -> dict[uuid.UUID, int]:
    """Every asset kept at ``location`` at the end of ``on``, with its quantity there."""
    total = func.sum(at_location(location))
    q = (select(M.asset_id, total)
         .where(or_(M.to_location == location, M.from_location == location), M.moved_on <= on)
         .group_by(M.asset_id).having(total != 0))
    return {aid: int(milli) for aid, milli in session.execute(q)}


def lowest_location_balance_from(session: Session, asset_id: uuid.UUID, location: str,
                                 start: dt.date) -> tuple[int, dt.date]:
    """The lowest end-of-day balance at ``location`` on ``start`` or any later movement date,
    and the first date it is reached: what an outgoing movement dated ``start`` may take."""
    lowest = location_balance_milli(session, asset_id, location, start)
    lowest_on = start
    running = lowest
    later = session.execute(
        select(M.moved_on, func.sum(at_location(location)))
        .where(M.asset_id == asset_id, M.moved_on > start,
               or_(M.to_location == location, M.from_location == location))
        .group_by(M.moved_on).order_by(M.moved_on))
    for day, delta in later:
        running += int(delta or 0)
        if running < lowest:
            lowest, lowest_on = running, day
    return lowest, lowest_on


def known_locations(session: Session) -> list[str]:
    """Every place the register has ever named, for pickers."""
    from milrep.models.assets import Asset

    names = set(session.scalars(select(M.to_location).distinct()))
    names |= set(session.scalars(select(M.from_location).distinct()))
    names |= set(session.scalars(select(Asset.location).distinct()))
    return sorted(n for n in names if n)
