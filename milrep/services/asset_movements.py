"""Movements of material assets: receipt, transfer, handover to the recipient, write-off.

A movement is a document (number, date, who signed it) and is never changed afterwards. It is
refused, with nothing stored, when:

* it would take more than is there: a transfer, handover or write-off may take at most the
  quantity kept at its source location on its date **and on every later date** (a backdated
  movement must not turn a later balance negative); the message names the balance;
* a write-off has no grounds, a handover no recipient, a transfer no destination;
* it is dated in the future, before the asset was acquired, or its document is dated after it;
* an inventory count of one of its locations is dated on or after it (the count took the
  balance of that day; a movement before it would silently change what was counted);
* the asset has left the register (handed over or written off in full) and it is a receipt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.assets import (Asset, AssetMovement, AssetStatus, InventoryCount,
                                  MovementKind)
from milrep.services import validate
from milrep.services.asset_balances import (balance_milli, lowest_location_balance_from,
                                            quantity_milli, to_quantity)
from milrep.services.assets import MovementRow, get_asset_row, movement_rows
from milrep.services.auth import Actor, Permission

OUTGOING = (MovementKind.TRANSFER, MovementKind.HANDOVER, MovementKind.WRITE_OFF)


def kind_label(k: MovementKind | str) -> str:
    return {
        MovementKind.RECEIPT: translate("milrep", "Receipt"),
        MovementKind.TRANSFER: translate("milrep", "Transfer"),
        MovementKind.HANDOVER: translate("milrep", "Handover to the recipient"),
        MovementKind.WRITE_OFF: translate("milrep", "Write-off"),
    }[MovementKind(k)]


@dataclass(frozen=True)
class MovementForm:
    asset_id: uuid.UUID
    kind: MovementKind | str
    moved_on: dt.date | None
    quantity: Decimal | str | int | None
    document_number: str
    document_date: dt.date | None
    signed_by: str
    from_location: str = ""  # transfer, handover, write-off: the asset's location when empty
    to_location: str = ""  # receipt (the asset's location when empty), transfer
    counterparty: str = ""  # handover: the recipient; transfer: the new holder (optional)
    responsible: str = ""  # transfer: the new responsible person (optional)
    grounds: str = ""  # required for a write-off


def record_movement(uow: UnitOfWork, actor: Actor, *, form: MovementForm) -> Changes:
    """Record one movement after every check above; the asset's status and place follow it."""
    s = uow.begin(actor, Permission.EDIT_ASSETS, "asset.move")
    asset = get_asset_row(s, form.asset_id)
    m = _checked(s, asset, form, actor)
    if m.kind in OUTGOING:
        _ensure_available(s, asset, m)
    for place in {m.from_location, m.to_location} - {""}:
        ensure_no_count_covers(s, place, m.moved_on)
    s.add(m)
    s.flush()
    if m.kind == MovementKind.TRANSFER:
        asset.location = m.to_location
        asset.status = AssetStatus.TRANSFERRED
        if m.responsible and m.responsible != asset.responsible:
            asset.responsible = m.responsible
    elif m.kind in (MovementKind.HANDOVER, MovementKind.WRITE_OFF):
        if balance_milli(s, asset.id) == 0:
            asset.status = (AssetStatus.HANDED_OVER if m.kind == MovementKind.HANDOVER
                            else AssetStatus.WRITTEN_OFF)
    # a balance two workstations overdrew (flagged on import) is settled by the movement that
    # corrects it, here and at once
    from milrep.sync.business import recheck_asset  # noqa: PLC0415 - the sync layer is above

    recheck_asset(s, asset.id)
    return uow.commit(m.id)


def list_movements(uow: UnitOfWork, actor: Actor, *, date_from: dt.date | None = None,
                   date_to: dt.date | None = None, asset_id: uuid.UUID | None = None
                   ) -> tuple[MovementRow, ...]:
    """Movements of a period (both ends inclusive), oldest first."""
    s = uow.begin(actor, Permission.READ, "asset.movements")
    if date_from is not None and date_to is not None:
        validate.date_order(date_from, date_to, "date_to", translate("milrep", "From"),
                            translate("milrep", "To"))
    return movement_rows(s, asset_id=asset_id, date_from=date_from, date_to=date_to)


def ensure_no_count_covers(s: Session, location: str, on: dt.date) -> None:
    """Refuse a movement at ``location`` dated on or before a count of that place."""
    count = s.scalars(select(InventoryCount)
                      .where(InventoryCount.location == location,
                             InventoryCount.count_date >= on)
                      .order_by(InventoryCount.count_date.desc())).first()
    if count is not None:
        raise RuleViolation(translate(
            "milrep", "Inventory count {number} of {location} on {date} already took the balance "
            "there; a movement dated {moved} (on or before it) is refused. Date it after the "
            "count.").format(number=count.number, location=location,
                             date=count.count_date.isoformat(), moved=on.isoformat()))


# --- internals ------------------------------------------------------------------------------

def _checked(s: Session, asset: Asset, f: MovementForm, actor: Actor) -> AssetMovement:
    try:
        kind = MovementKind(f.kind)
    except ValueError:
        raise ValidationError(translate("milrep", "Choose the kind of movement."),
                              field="kind") from None
    if not isinstance(f.moved_on, dt.date):
        raise ValidationError(translate("milrep", "Enter the date of the movement."),
                              field="moved_on")
    if f.moved_on > dt.date.today():
        raise ValidationError(translate("milrep", "The movement date {date} is in the future.")
                              .format(date=f.moved_on.isoformat()), field="moved_on")
    if f.moved_on < asset.acquisition_doc_date:
        raise ValidationError(translate(
            "milrep", "Asset {number} was acquired on {acquired}; a movement dated {date} is "
            "refused.").format(number=asset.inventory_number,
                               acquired=asset.acquisition_doc_date.isoformat(),
                               date=f.moved_on.isoformat()), field="moved_on")
    qty = quantity_milli(f.quantity, "quantity", translate("milrep", "Quantity"))
    number = validate.required(f.document_number, "document_number",
                               translate("milrep", "Document number"))
    if not isinstance(f.document_date, dt.date):
        raise ValidationError(translate("milrep", "Enter the date of the document."),
                              field="document_date")
    if f.document_date > f.moved_on:
        raise ValidationError(translate(
            "milrep", "The document is dated {doc}, after the movement ({date}).")
            .format(doc=f.document_date.isoformat(), date=f.moved_on.isoformat()),
            field="document_date")
    signed_by = validate.required(f.signed_by, "signed_by", translate("milrep", "Signed by"))
    grounds = (f.grounds or "").strip()
    counterparty = (f.counterparty or "").strip()
    responsible = (f.responsible or "").strip()
    source = (f.from_location or "").strip() or asset.location
    dest = (f.to_location or "").strip()
    if kind == MovementKind.RECEIPT:
        if asset.status in (AssetStatus.HANDED_OVER, AssetStatus.WRITTEN_OFF):
            raise RuleViolation(translate(
                "milrep", "Asset {number} has left the register ({status}); register what was "
                "received as a new asset.").format(number=asset.inventory_number,
                                                   status=_status_text(asset.status)))
        source, dest = "", dest or asset.location
    elif kind == MovementKind.TRANSFER:
        if not dest:
            raise ValidationError(translate("milrep", "Enter where the asset is transferred to."),
                                  field="to_location")
        if dest == source:
            raise ValidationError(translate("milrep", "The asset is already kept at {place}; "
                                            "choose another destination.").format(place=dest),
                                  field="to_location")
    elif kind == MovementKind.HANDOVER:
        dest = ""
        if not counterparty:
            raise ValidationError(translate("milrep", "Enter the recipient the asset is handed "
                                            "to."), field="counterparty")
    else:
        dest = ""
        if not grounds:
            raise ValidationError(translate("milrep", "A write-off needs its grounds (the act, "
                                            "the reason)."), field="grounds")
    return AssetMovement(
        id=uuid.uuid4(), asset_id=asset.id, kind=kind, moved_on=f.moved_on, quantity_milli=qty,
        from_location=source, to_location=dest, counterparty=counterparty,
        responsible=responsible, document_number=number, document_date=f.document_date,
        grounds=grounds, signed_by=signed_by, recorded_at=dt.datetime.now(dt.UTC),
        recorded_by=actor.user_id)


def _ensure_available(s: Session, asset: Asset, m: AssetMovement) -> None:
    lowest, lowest_on = lowest_location_balance_from(s, asset.id, m.from_location, m.moved_on)
    if m.quantity_milli <= lowest:
        return
    here = to_quantity(lowest)
    asked = to_quantity(m.quantity_milli)
    if lowest_on == m.moved_on:
        msg = translate(
            "milrep", "Asset {number} ({name}): the balance at {place} on {date} is {balance} "
            "{unit}; a {kind} of {quantity} {unit} is refused.")
    else:
        msg = translate(
            "milrep", "Asset {number} ({name}): later movements leave {balance} {unit} at {place} "
            "on {later}; a {kind} of {quantity} {unit} dated {date} is refused.")
    raise RuleViolation(msg.format(
        number=asset.inventory_number, name=asset.name, place=m.from_location,
        date=m.moved_on.isoformat(), later=lowest_on.isoformat(), balance=here, unit=asset.unit,
        kind=kind_label(m.kind).lower(), quantity=asked))


def _status_text(status: AssetStatus) -> str:
    from milrep.services.assets import status_label

    return status_label(status)
