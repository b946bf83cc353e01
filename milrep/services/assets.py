"""The register of material assets (Article 27.3.5): register an asset with its first receipt,
correct its data, and read it with its balances and movements.

An asset's quantity is never typed into the register: registering it records a **receipt**
movement of the acquired quantity, and every later change is a movement
(:mod:`milrep.services.asset_movements`). Its location and status follow its movements too;
that is why a correction here cannot change them, nor the acquisition document the first
receipt was recorded against.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, ValidationError
from milrep.i18n import translate
from milrep.models.assets import (Asset, AssetCategory, AssetMovement, AssetOrigin, AssetStatus,
                                  MovementKind)
from milrep.models.contracts import Contract
from milrep.services import validate
from milrep.services.asset_balances import (balance_milli, balances_at, balances_by_location,
                                            quantity_milli, to_quantity)
from milrep.services.auth import Actor, Permission


def category_label(c: AssetCategory | str) -> str:
    return {
        AssetCategory.EQUIPMENT: translate("milrep", "Equipment"),
        AssetCategory.TOOLING: translate("milrep", "Tooling"),
        AssetCategory.MATERIALS: translate("milrep", "Materials"),
        AssetCategory.PROTOTYPES: translate("milrep", "Prototypes"),
        AssetCategory.DOCUMENTATION: translate("milrep", "Documentation"),
        AssetCategory.OTHER: translate("milrep", "Other"),
    }[AssetCategory(c)]


def origin_label(o: AssetOrigin | str) -> str:
    return {AssetOrigin.CREATED: translate("milrep", "Created"),
            AssetOrigin.PURCHASED: translate("milrep", "Purchased")}[AssetOrigin(o)]


def status_label(s: AssetStatus | str) -> str:
    return {
        AssetStatus.IN_USE: translate("milrep", "In use"),
        AssetStatus.TRANSFERRED: translate("milrep", "Transferred"),
        AssetStatus.HANDED_OVER: translate("milrep", "Handed to the recipient"),
        AssetStatus.WRITTEN_OFF: translate("milrep", "Written off"),
    }[AssetStatus(s)]


@dataclass(frozen=True)
class AssetForm:
    """What a person enters for an asset. ``quantity`` and ``signed_by`` are used only when the
    asset is registered (its first receipt)."""

    inventory_number: str
    name: str
    category: AssetCategory | str
    origin: AssetOrigin | str
    contract_id: uuid.UUID | None
    unit: str
    unit_cost: Decimal | str
    acquisition_doc_number: str
    acquisition_doc_date: dt.date | None
    location: str
    responsible: str = ""
    notes: str = ""
    quantity: Decimal | str | int | None = None
    signed_by: str = ""


@dataclass(frozen=True)
class AssetRow:
    id: uuid.UUID
    inventory_number: str
    name: str
    category: AssetCategory
    origin: AssetOrigin
    contract_id: uuid.UUID
    contract_number: str
    unit: str
    unit_cost: Decimal
    acquisition_doc_number: str
    acquisition_doc_date: dt.date
    location: str
    responsible: str
    status: AssetStatus
    notes: str
    balance: Decimal  # on the date asked for

    @property
    def total_cost(self) -> Decimal:
        return (self.balance * self.unit_cost).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class MovementRow:
    id: uuid.UUID
    asset_id: uuid.UUID
    inventory_number: str
    asset_name: str
    unit: str
    kind: MovementKind
    moved_on: dt.date
    quantity: Decimal
    from_location: str
    to_location: str
    counterparty: str
    responsible: str
    document_number: str
    document_date: dt.date
    grounds: str
    signed_by: str
    balance_after: Decimal  # the asset's total at the end of that day


@dataclass(frozen=True)
class AssetDetail:
    asset: AssetRow
    by_location: tuple[tuple[str, Decimal], ...]
    movements: tuple[MovementRow, ...]  # oldest first


def register_asset(uow: UnitOfWork, actor: Actor, *, form: AssetForm) -> Changes:
    """Add an asset to the register with the receipt of its acquired quantity."""
    s = uow.begin(actor, Permission.EDIT_ASSETS, "asset.register")
    values = _checked(s, form, None)
    qty = quantity_milli(form.quantity, "quantity", translate("milrep", "Quantity"))
    signed_by = validate.required(form.signed_by, "signed_by", translate("milrep", "Signed by"))
    if values["acquisition_doc_date"] > dt.date.today():
        raise ValidationError(translate("milrep", "The acquisition date {date} is in the future.")
                              .format(date=values["acquisition_doc_date"].isoformat()),
                              field="acquisition_doc_date")
    from milrep.services.asset_movements import ensure_no_count_covers

    ensure_no_count_covers(s, values["location"], values["acquisition_doc_date"])
    now = dt.datetime.now(dt.UTC)
    asset = Asset(id=uuid.uuid4(), status=AssetStatus.IN_USE, registered_at=now,
                  registered_by=actor.user_id, **values)
    s.add(asset)
    s.flush()
    s.add(AssetMovement(
        id=uuid.uuid4(), asset_id=asset.id, kind=MovementKind.RECEIPT,
        moved_on=asset.acquisition_doc_date, quantity_milli=qty, to_location=asset.location,
        document_number=asset.acquisition_doc_number, document_date=asset.acquisition_doc_date,
        signed_by=signed_by, recorded_at=now, recorded_by=actor.user_id))
    return uow.commit(asset.id)


def update_asset(uow: UnitOfWork, actor: Actor, *, asset_id: uuid.UUID, form: AssetForm
                 ) -> Changes:
    """Correct an asset's data; its location and acquisition document follow its movements."""
    s = uow.begin(actor, Permission.EDIT_ASSETS, "asset.update")
    asset = get_asset_row(s, asset_id)
    values = _checked(s, form, asset)
    fixed = {"location": translate("milrep", "The location changes only by a transfer movement."),
             "acquisition_doc_number": translate(
                 "milrep", "The acquisition document is that of the first receipt, which is never "
                 "changed."),
             "acquisition_doc_date": translate(
                 "milrep", "The acquisition document is that of the first receipt, which is never "
                 "changed.")}
    for key, message in fixed.items():
        if values[key] != getattr(asset, key):
            raise ValidationError(message, field=key)
    for key, value in values.items():
        if getattr(asset, key) != value:
            setattr(asset, key, value)
    return uow.commit(asset.id)


def get_asset(uow: UnitOfWork, actor: Actor, *, asset_id: uuid.UUID,
              on: dt.date | None = None) -> AssetDetail:
    """An asset with its balance and places at the end of ``on`` and every movement."""
    s = uow.begin(actor, Permission.READ, "asset.get")
    return asset_detail(s, get_asset_row(s, asset_id), on)


def find_asset(uow: UnitOfWork, actor: Actor, *, inventory_number: str,
               on: dt.date | None = None) -> AssetDetail:
    """The asset with this inventory number (as :func:`get_asset`)."""
    s = uow.begin(actor, Permission.READ, "asset.find")
    asset = s.scalars(select(Asset).where(Asset.inventory_number == inventory_number.strip())
                      ).first()
    if asset is None:
        raise NotFound(translate("milrep", "No asset has inventory number {number}.")
                       .format(number=inventory_number.strip()))
    return asset_detail(s, asset, on)


def list_assets(uow: UnitOfWork, actor: Actor, *, on: dt.date | None = None,
                location: str | None = None) -> tuple[AssetRow, ...]:
    """The register by inventory number, each asset with its balance at the end of ``on``."""
    s = uow.begin(actor, Permission.READ, "asset.list")
    return asset_rows(s, on=on, location=location)


# --- reading helpers (also used by documents and exports) ------------------------------------

def asset_rows(s: Session, *, on: dt.date | None = None, location: str | None = None
               ) -> tuple[AssetRow, ...]:
    q = select(Asset, Contract.number).join(Contract, Contract.id == Asset.contract_id)
    if location:
        q = q.where(Asset.location == location)
    pairs = list(s.execute(q.order_by(Asset.inventory_number)))
    totals = balances_at(s, on)
    if on is not None:  # assets registered later did not exist then
        pairs = [p for p in pairs if p[0].acquisition_doc_date <= on]
    return tuple(_row(a, number, totals.get(a.id, 0)) for a, number in pairs)


def asset_detail(s: Session, asset: Asset, on: dt.date | None) -> AssetDetail:
    number = s.scalar(select(Contract.number).where(Contract.id == asset.contract_id)) or ""
    movements = movement_rows(s, asset_id=asset.id)
    return AssetDetail(
        asset=_row(asset, number, balance_milli(s, asset.id, on)),
        by_location=tuple((place, to_quantity(m))
                          for place, m in balances_by_location(s, asset.id, on).items()),
        movements=movements)


def movement_rows(s: Session, *, asset_id: uuid.UUID | None = None,
                  date_from: dt.date | None = None, date_to: dt.date | None = None
                  ) -> tuple[MovementRow, ...]:
    """Movements oldest first, each with the asset's total at the end of its day."""
    M = AssetMovement
    q = select(M, Asset).join(Asset, Asset.id == M.asset_id)
    if asset_id is not None:
        q = q.where(M.asset_id == asset_id)
    if date_to is not None:
        q = q.where(M.moved_on <= date_to)
    rows = list(s.execute(q.order_by(M.moved_on, Asset.inventory_number, M.recorded_at)))
    running: dict[uuid.UUID, int] = {}
    per_day: dict[tuple[uuid.UUID, dt.date], int] = {}
    for m, _a in rows:
        running[m.asset_id] = running.get(m.asset_id, 0) + _signed(m)
        per_day[(m.asset_id, m.moved_on)] = running[m.asset_id]
    out = []
    for m, a in rows:
        if date_from is not None and m.moved_on < date_from:
            continue
        out.append(MovementRow(
            id=m.id, asset_id=a.id, inventory_number=a.inventory_number, asset_name=a.name,
            unit=a.unit, kind=MovementKind(m.kind), moved_on=m.moved_on,
            quantity=to_quantity(m.quantity_milli), from_location=m.from_location,
            to_location=m.to_location, counterparty=m.counterparty, responsible=m.responsible,
            document_number=m.document_number, document_date=m.document_date,
            grounds=m.grounds, signed_by=m.signed_by,
            balance_after=to_quantity(per_day[(m.asset_id, m.moved_on)])))
    return tuple(out)


def get_asset_row(s: Session, asset_id: uuid.UUID) -> Asset:
    asset = s.get(Asset, asset_id) if isinstance(asset_id, uuid.UUID) else None
    if asset is None:
        raise NotFound(translate("milrep", "The asset no longer exists in the register."))
    return asset


# --- internals ------------------------------------------------------------------------------

def _signed(m: AssetMovement) -> int:
    if m.kind == MovementKind.RECEIPT:
        return m.quantity_milli
    if m.kind in (MovementKind.HANDOVER, MovementKind.WRITE_OFF):
        return -m.quantity_milli
    return 0


def _row(a: Asset, contract_number: str, milli: int) -> AssetRow:
    return AssetRow(
        id=a.id, inventory_number=a.inventory_number, name=a.name,
        category=AssetCategory(a.category), origin=AssetOrigin(a.origin), contract_id=a.contract_id,
        contract_number=contract_number, unit=a.unit, unit_cost=a.unit_cost,
        acquisition_doc_number=a.acquisition_doc_number,
        acquisition_doc_date=a.acquisition_doc_date, location=a.location,
        responsible=a.responsible, status=AssetStatus(a.status), notes=a.notes,
        balance=to_quantity(milli))


def _checked(s: Session, f: AssetForm, asset: Asset | None) -> dict[str, object]:
    number = validate.required(f.inventory_number, "inventory_number",
                               translate("milrep", "Inventory number"))
    if len(number) > 64:
        raise ValidationError(translate("milrep", "The inventory number is longer than 64 "
                                        "characters."), field="inventory_number")
    name = validate.required(f.name, "name", translate("milrep", "Name"))
    try:
        category = AssetCategory(f.category)
    except ValueError:
        raise ValidationError(translate("milrep", "Choose the category of the asset."),
                              field="category") from None
    try:
        origin = AssetOrigin(f.origin)
    except ValueError:
        raise ValidationError(translate("milrep", "Choose whether the asset was created or "
                                        "purchased."), field="origin") from None
    contract = s.get(Contract, f.contract_id) if isinstance(f.contract_id, uuid.UUID) else None
    if contract is None:
        raise ValidationError(translate("milrep", "Choose the contract the asset was created or "
                                        "purchased under."), field="contract_id")
    unit = validate.required(f.unit, "unit", translate("milrep", "Unit"))
    if len(unit) > 16:
        raise ValidationError(translate("milrep", "The unit is longer than 16 characters."),
                              field="unit")
    cost = validate.amount(f.unit_cost, "unit_cost", translate("milrep", "Unit cost"))
    doc_number = validate.required(f.acquisition_doc_number, "acquisition_doc_number",
                                   translate("milrep", "Acquisition document"))
    if not isinstance(f.acquisition_doc_date, dt.date):
        raise ValidationError(translate("milrep", "Enter the date of the acquisition document."),
                              field="acquisition_doc_date")
    location = validate.required(f.location, "location", translate("milrep", "Location"))
    clash = s.scalars(select(Asset).where(Asset.inventory_number == number,
                                          Asset.id != (asset.id if asset else uuid.uuid4()))
                      ).first()
    if clash is not None:
        raise ValidationError(translate("milrep", "Inventory number {number} is already in the "
                                        "register: {name}.").format(number=number,
                                                                    name=clash.name),
                              field="inventory_number")
    responsible = (f.responsible or "").strip()
    notes = (f.notes or "").strip()
    return dict(inventory_number=number, name=name, category=category, origin=origin,
                contract_id=contract.id, unit=unit, unit_cost=cost,
                acquisition_doc_number=doc_number, acquisition_doc_date=f.acquisition_doc_date,
                location=location, responsible=responsible, notes=notes,
                search_text=validate.search_text(number, name, location, responsible,
                                                 doc_number, contract.number))
