"""Inventory counts of material assets: one location on one date.

1. :func:`start_count` takes, for every asset kept at the location at the end of the count date,
   the balance its movements give (the *expected* quantity) onto a count sheet; the sheet is
   printed (the counted column empty) and filled in by hand on the shelves.
2. :func:`enter_counts` enters what was found, line by line, as often as needed.
3. :func:`reconcile_count` closes the count with a signing act once every line is counted: the
   discrepancies (counted − expected) are in the signed content, and the count is frozen.

Movements of the location dated on or before a count are refused from the moment it is started
(see :func:`milrep.services.asset_movements.ensure_no_count_covers`), so the expected
quantities stay true. A count started by mistake may be discarded while it is still open.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.assets import Asset, CountStatus, InventoryCount, InventoryCountLine
from milrep.models.journal import NumberSequence
from milrep.models.office import Office, Site
from milrep.models.users import User
from milrep.services import validate
from milrep.services.asset_balances import location_balances, quantity_milli, to_quantity
from milrep.services.auth import Actor, Permission
from milrep.services.signing import Meaning, sign_act

COUNT_NUMBER_KIND = "IC"  # in the office's number sequences, beside the documents' kinds


def count_status_label(s: CountStatus | str) -> str:
    return {CountStatus.OPEN: translate("milrep", "Open"),
            CountStatus.RECONCILED: translate("milrep", "Reconciled")}[CountStatus(s)]


@dataclass(frozen=True)
class CountEntry:
    """What was found for one line; ``counted`` None clears the entry."""

    line_id: uuid.UUID
    counted: Decimal | str | int | None
    note: str = ""


@dataclass(frozen=True)
class CountLineRow:
    id: uuid.UUID
    asset_id: uuid.UUID
    inventory_number: str
    name: str
    unit: str
    unit_cost: Decimal
    expected: Decimal
    counted: Decimal | None
    note: str

    @property
    def difference(self) -> Decimal | None:
        """counted − expected: negative is a shortage, positive a surplus."""
        return None if self.counted is None else self.counted - self.expected

    @property
    def difference_cost(self) -> Decimal | None:
        d = self.difference
        return None if d is None else (d * self.unit_cost).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class CountRow:
    id: uuid.UUID
    number: str
    location: str
    count_date: dt.date
    commission: str
    status: CountStatus
    conclusion: str
    lines: int
    counted: int
    discrepancies: int
    reconciled_at: dt.datetime | None
    reconciled_by: str


@dataclass(frozen=True)
class CountDetail:
    count: CountRow
    lines: tuple[CountLineRow, ...]

    @property
    def discrepancies(self) -> tuple[CountLineRow, ...]:
        return tuple(r for r in self.lines if r.difference not in (None, Decimal(0)))


def start_count(uow: UnitOfWork, actor: Actor, *, location: str, count_date: dt.date | None,
                commission: str = "") -> Changes:
    """Open a count of ``location`` on ``count_date`` with the expected balances on its sheet."""
    s = uow.begin(actor, Permission.EDIT_ASSETS, "inventory.start")
    place = validate.required(location, "location", translate("milrep", "Location"))
    if not isinstance(count_date, dt.date):
        raise ValidationError(translate("milrep", "Enter the date of the count."),
                              field="count_date")
    if count_date > dt.date.today():
        raise ValidationError(translate("milrep", "The count date {date} is in the future.")
                              .format(date=count_date.isoformat()), field="count_date")
    clash = s.scalars(select(InventoryCount).where(
        InventoryCount.location == place,
        (InventoryCount.status == CountStatus.OPEN) | (InventoryCount.count_date >= count_date))
        .order_by(InventoryCount.count_date.desc())).first()
    if clash is not None:
        if clash.status == CountStatus.OPEN:
            msg = translate("milrep", "Count {number} of {location} is still open; reconcile or "
                            "discard it before starting another.")
        else:
            msg = translate("milrep", "Count {number} of {location} on {date} is already "
                            "reconciled; a new count must be dated after it.")
        raise RuleViolation(msg.format(number=clash.number, location=place,
                                       date=clash.count_date.isoformat()))
    balances = location_balances(s, place, count_date)
    if not balances:
        raise RuleViolation(translate("milrep", "No asset is kept at {location} on {date}; there "
                                      "is nothing to count.").format(location=place,
                                                                     date=count_date.isoformat()))
    count = InventoryCount(id=uuid.uuid4(), number=_next_number(uow, count_date), location=place,
                           count_date=count_date, commission=(commission or "").strip(),
                           status=CountStatus.OPEN, started_at=dt.datetime.now(dt.UTC),
                           started_by=actor.user_id)
    s.add(count)
    s.flush()
    for asset_id, milli in balances.items():
        s.add(InventoryCountLine(id=uuid.uuid4(), count_id=count.id, asset_id=asset_id,
                                 expected_milli=milli))
    return uow.commit(count.id)


def enter_counts(uow: UnitOfWork, actor: Actor, *, count_id: uuid.UUID,
                 entries: tuple[CountEntry, ...] | list[CountEntry]) -> Changes:
    """Enter counted quantities (zero is a valid count: nothing found)."""
    s = uow.begin(actor, Permission.EDIT_ASSETS, "inventory.enter")
    count = _open_count(s, count_id)
    lines = {ln.id: ln for ln in s.scalars(select(InventoryCountLine)
                                             .where(InventoryCountLine.count_id == count.id))}
    for e in entries:
        line = lines.get(e.line_id)
        if line is None:
            raise NotFound(translate("milrep", "That line is not on count sheet {number}.")
                           .format(number=count.number))
        milli = None
        if e.counted is not None and str(e.counted).strip() != "":
            number = s.scalar(select(Asset.inventory_number).where(Asset.id == line.asset_id))
            milli = quantity_milli(e.counted, "counted",
                                   translate("milrep", "Counted quantity of {number}")
                                   .format(number=number), allow_zero=True)
        note = (e.note or "").strip()
        if line.counted_milli != milli:
            line.counted_milli = milli
        if line.note != note:
            line.note = note
    return uow.commit(count.id)


def reconcile_count(uow: UnitOfWork, actor: Actor, *, count_id: uuid.UUID, password: str,
                    conclusion: str = "") -> Changes:
    """Close the count with a signing act; every line must be counted."""
    s = uow.begin(actor, Permission.EDIT_ASSETS, "inventory.reconcile")
    count = _open_count(s, count_id)
    detail = count_detail(s, count)
    missing = [ln.inventory_number for ln in detail.lines if ln.counted is None]
    if missing:
        raise RuleViolation(translate(
            "milrep", "Count {number}: {n} line(s) are not counted yet ({first}); enter every "
            "counted quantity before reconciling.").format(
                number=count.number, n=len(missing), first=", ".join(missing[:5])))
    content = {
        "count": str(count.id), "number": count.number, "location": count.location,
        "date": count.count_date.isoformat(), "conclusion": (conclusion or "").strip(),
        "lines": [{"asset": str(ln.asset_id), "expected": str(ln.expected),
                   "counted": str(ln.counted)} for ln in detail.lines],
    }
    sig = sign_act(uow, actor, password=password, meaning=Meaning.RECONCILED,
                   object_type="inventory_count", object_id=count.id, content=content,
                   permission=Permission.EDIT_ASSETS)
    s.flush()
    count.status = CountStatus.RECONCILED
    count.conclusion = (conclusion or "").strip()
    count.reconciled_at = sig.signed_at
    count.reconciled_by = actor.user_id
    count.signature_id = sig.id
    return uow.commit(count.id)


def discard_count(uow: UnitOfWork, actor: Actor, *, count_id: uuid.UUID) -> Changes:
    """Remove an open count started by mistake (a reconciled one is a signed record: never)."""
    s = uow.begin(actor, Permission.EDIT_ASSETS, "inventory.discard")
    count = _open_count(s, count_id)
    for line in s.scalars(select(InventoryCountLine)
                          .where(InventoryCountLine.count_id == count.id)).all():
        s.delete(line)
    s.flush()
    s.delete(count)
    return uow.commit(count_id)


def get_count(uow: UnitOfWork, actor: Actor, *, count_id: uuid.UUID) -> CountDetail:
    s = uow.begin(actor, Permission.READ, "inventory.get")
    return count_detail(s, _get(s, count_id))


def list_counts(uow: UnitOfWork, actor: Actor) -> tuple[CountRow, ...]:
    """Every count, the latest first."""
    s = uow.begin(actor, Permission.READ, "inventory.list")
    counts = s.scalars(select(InventoryCount).order_by(InventoryCount.count_date.desc(),
                                                       InventoryCount.number.desc())).all()
    return tuple(count_detail(s, c).count for c in counts)


# --- reading helpers ------------------------------------------------------------------------

def count_detail(s: Session, count: InventoryCount) -> CountDetail:
    rows = s.execute(select(InventoryCountLine, Asset)
                     .join(Asset, Asset.id == InventoryCountLine.asset_id)
                     .where(InventoryCountLine.count_id == count.id)
                     .order_by(Asset.inventory_number))
    lines = tuple(CountLineRow(
        id=ln.id, asset_id=a.id, inventory_number=a.inventory_number, name=a.name, unit=a.unit,
        unit_cost=a.unit_cost, expected=to_quantity(ln.expected_milli),
        counted=None if ln.counted_milli is None else to_quantity(ln.counted_milli),
        note=ln.note) for ln, a in rows)
    by = ""
    if count.reconciled_by is not None:
        user = s.get(User, count.reconciled_by)
        by = (user.full_name or user.username) if user else ""
    row = CountRow(
        id=count.id, number=count.number, location=count.location, count_date=count.count_date,
        commission=count.commission, status=CountStatus(count.status),
        conclusion=count.conclusion, lines=len(lines),
        counted=sum(1 for ln in lines if ln.counted is not None),
        discrepancies=sum(1 for ln in lines if ln.difference not in (None, Decimal(0))),
        reconciled_at=count.reconciled_at, reconciled_by=by)
    return CountDetail(count=row, lines=lines)


def _get(s: Session, count_id: uuid.UUID) -> InventoryCount:
    count = s.get(InventoryCount, count_id) if isinstance(count_id, uuid.UUID) else None
    if count is None:
        raise NotFound(translate("milrep", "The inventory count no longer exists."))
    return count


def _open_count(s: Session, count_id: uuid.UUID) -> InventoryCount:
    count = _get(s, count_id)
    if count.status != CountStatus.OPEN:
        raise RuleViolation(translate("milrep", "Count {number} is reconciled and signed; it "
                                      "cannot be changed.").format(number=count.number))
    return count


def _next_number(uow: UnitOfWork, on: dt.date) -> str:
    """Like :func:`milrep.services.numbering.next_number`, in the counts' own sequence."""
    s = uow.session
    office = s.scalars(select(Office.code)).first() or ""
    site = s.scalars(select(Site.code).where(Site.id == uow.db.site_id)).first() or ""
    seq = s.get(NumberSequence, (COUNT_NUMBER_KIND, on.year))
    if seq is None:
        seq = NumberSequence(kind=COUNT_NUMBER_KIND, year=on.year, last=0)
        s.add(seq)
    seq.last += 1
    s.flush()
    return f"{office}/{site}/{on.year}/{COUNT_NUMBER_KIND}-{seq.last:04d}"
