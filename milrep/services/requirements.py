"""What is checked for a control-list item (Article 27.3.2): characteristics with their limits,
the completeness list, the sampling plan, the return threshold and the periodic-test schedule.

These are the item's *current* requirements. An inspection copies them when it is opened
(:func:`load_requirements` inside the inspection's own unit of work), so editing them later never
rewrites what an earlier inspection checked. That is also why a characteristic is never deleted,
only deactivated: copied requirements keep pointing at it.

Sampling values (inspection levels, the AQL series) are validated through
:mod:`milrep.rules.sampling`; critical characteristics need no AQL: a critical defect is always
Ac 0 (any one rejects the lot).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import AcceptanceRecord
from milrep.models.contracts import Contract, ContractStatus
from milrep.models.control_list import ControlListItem
from milrep.models.quality import ProductTest, TestKind, TestResult
from milrep.models.requirements import (Characteristic, CharacteristicKind, CompletenessEntry,
                                        ItemRequirements, SamplingMode, Severity)
from milrep.rules.schedule import PeriodicDue, periodic_due
from milrep.services import validate
from milrep.services.auth import Actor, Permission

__all__ = [
    "CharacteristicForm", "CharacteristicView", "CompletenessForm", "CompletenessView",
    "RequirementsForm", "ItemRequirementsView", "PeriodicDue", "MAX_PERIODIC_MONTHS",
    "add_characteristic", "update_characteristic", "deactivate_characteristic",
    "reorder_characteristics", "list_characteristics", "check_characteristic",
    "add_completeness_entry", "update_completeness_entry", "remove_completeness_entry",
    "list_completeness", "set_item_requirements", "requirements_for", "load_requirements",
    "periodic_test_due", "periodic_due_for",
]

MAX_PERIODIC_MONTHS = 120  # a schedule longer than ten years is a typing mistake


# --- forms and views ------------------------------------------------------------------------

@dataclass(frozen=True)
class CharacteristicForm:
    """A characteristic to check.

    ``kind`` VARIABLE: a measured value against ``lower_limit`` and/or ``upper_limit`` (inclusive),
    with an optional ``nominal`` between them. ``kind`` ATTRIBUTE: no numbers; ``allowed_answers``
    lists the answers that conform, one per line (empty: a plain pass/fail check).
    Numbers are Decimal or text ("12,5" is read as 12.5); a float is refused (TypeError).
    """

    name: str
    kind: CharacteristicKind = CharacteristicKind.VARIABLE
    nominal: Decimal | str | None = None
    lower_limit: Decimal | str | None = None
    upper_limit: Decimal | str | None = None
    unit: str = ""
    allowed_answers: str = ""
    method: str = ""
    reference: str = ""  # TU clause, drawing, national standard
    severity: Severity = Severity.MAJOR


@dataclass(frozen=True)
class CharacteristicView:
    id: uuid.UUID
    item_id: uuid.UUID
    position: int
    name: str
    kind: CharacteristicKind
    nominal: Decimal | None
    lower_limit: Decimal | None
    upper_limit: Decimal | None
    unit: str
    allowed_answers: str  # one per line, as stored (copy it as is onto an inspection)
    method: str
    reference: str
    severity: Severity
    active: bool

    @property
    def answers(self) -> tuple[str, ...]:
        """The conforming answers of an attribute; empty: pass/fail."""
        return tuple(self.allowed_answers.splitlines())


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


@dataclass(frozen=True)
class RequirementsForm:
    """Sampling plan, return threshold and periodic-test schedule of an item.

    ``fixed_sample_size`` is used (and required) only with ``SamplingMode.FIXED``; the inspection
    level and the two AQLs are used with ``SamplingMode.ISO2859`` but are always validated (their
    defaults are valid). The AQLs are for major and minor defects; critical ones are always Ac 0.
    The periodic schedule is every ``periodic_interval_months`` and/or every
    ``periodic_every_lots`` accepted lots, whichever comes first; both ``None``: no periodic tests.
    """

    sampling_mode: SamplingMode = SamplingMode.ALL
    fixed_sample_size: int | None = None
    inspection_level: str = "II"
    aql_major: Decimal | str = "1.0"
    aql_minor: Decimal | str = "2.5"
    return_threshold: int = 2
    periodic_interval_months: int | None = None
    periodic_every_lots: int | None = None
    periodic_programme_ref: str = ""
    acceptance_programme_ref: str = ""


@dataclass(frozen=True)
class ItemRequirementsView:
    """Everything an inspection of the item copies when it is opened.

    ``characteristics`` are the active ones in their order; ``configured`` is False while the
    sampling plan and schedule were never set (the defaults shown are then in force: 100 %
    inspection, return threshold 2, no periodic tests). ``switching_state`` is the ISO 2859-1
    switching state as :mod:`milrep.rules.sampling` serialized it ("" = start at normal).
    """

    item_id: uuid.UUID
    item_name: str
    configured: bool
    sampling_mode: SamplingMode
    fixed_sample_size: int | None
    inspection_level: str
    aql_major: str
    aql_minor: str
    switching_state: str
    return_threshold: int
    periodic_interval_months: int | None
    periodic_every_lots: int | None
    periodic_programme_ref: str
    acceptance_programme_ref: str
    characteristics: tuple[CharacteristicView, ...]
    completeness: tuple[CompletenessView, ...]


# --- characteristics ------------------------------------------------------------------------

def add_characteristic(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                       form: CharacteristicForm) -> Changes:
    """Append a characteristic to the item's list (last position)."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.add_characteristic")
    item = _open_item(s, item_id)
    c = Characteristic(id=uuid.uuid4(), item_id=item.id, active=True)
    _apply_characteristic(s, c, form)
    c.position = _next_position(s, Characteristic, item.id)
    s.add(c)
    return uow.commit(c.id)


def update_characteristic(uow: UnitOfWork, actor: Actor, *, characteristic_id: uuid.UUID,
                          form: CharacteristicForm) -> Changes:
    """Change an active characteristic; inspections already opened keep their own copy."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.update_characteristic")
    c = _characteristic(s, characteristic_id)
    _open_item(s, c.item_id)
    if not c.active:
        raise RuleViolation(translate("milrep", "Characteristic \"{name}\" is deactivated and "
                                      "cannot be edited; add a new one instead.")
                            .format(name=c.name))
    _apply_characteristic(s, c, form)
    return uow.commit(c.id)


def deactivate_characteristic(uow: UnitOfWork, actor: Actor, *, characteristic_id: uuid.UUID
                              ) -> Changes:
    """Stop checking a characteristic on new inspections. It is never deleted: inspections
    already opened refer to it."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.deactivate_characteristic")
    c = _characteristic(s, characteristic_id)
    _open_item(s, c.item_id)
    if not c.active:
        raise RuleViolation(translate("milrep", "Characteristic \"{name}\" is already "
                                      "deactivated.").format(name=c.name))
    c.active = False
    return uow.commit(c.id)


def reorder_characteristics(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                            order: list[uuid.UUID] | tuple[uuid.UUID, ...]) -> Changes:
    """Put the item's active characteristics in ``order`` (every active one exactly once).

    Deactivated characteristics follow them in their previous order. Only rows whose position
    changes are written.
    """
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.reorder_characteristics")
    item = _open_item(s, item_id)
    rows = list(s.scalars(select(Characteristic).where(Characteristic.item_id == item.id)
                          .order_by(Characteristic.position, Characteristic.name)))
    active = {c.id: c for c in rows if c.active}
    wanted = list(order)
    if len(wanted) != len(set(wanted)) or set(wanted) != set(active):
        raise ValidationError(translate("milrep", "The new order must list every active "
                                        "characteristic of {item} exactly once.")
                              .format(item=item.name), field="order")
    final = [active[i] for i in wanted] + [c for c in rows if not c.active]
    for position, c in enumerate(final, start=1):
        if c.position != position:
            c.position = position
    return uow.commit(item.id)


def list_characteristics(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                         include_inactive: bool = True) -> tuple[CharacteristicView, ...]:
    """The item's characteristics by position (deactivated ones too unless told otherwise)."""
    s = uow.begin(actor, Permission.READ, "requirements.list_characteristics")
    _item(s, item_id)
    return _characteristic_views(s, item_id, include_inactive=include_inactive)


def check_characteristic(form: CharacteristicForm) -> tuple[Decimal | None, Decimal | None,
                                                            Decimal | None]:
    """Validate ``form``'s kind, numbers and limits (not its name's uniqueness).

    Returns (nominal, lower, upper) as Decimals; raises :class:`ValidationError` with the field
    and a message naming the characteristic. Pure: usable as the user types.
    """
    name = validate.required(form.name, "name", translate("milrep", "Characteristic name"))
    nominal = _number(form.nominal, "nominal", translate("milrep", "Nominal value"), name)
    lower = _number(form.lower_limit, "lower_limit", translate("milrep", "Lower limit"), name)
    upper = _number(form.upper_limit, "upper_limit", translate("milrep", "Upper limit"), name)
    kind = CharacteristicKind(form.kind)
    Severity(form.severity)
    if kind == CharacteristicKind.ATTRIBUTE:
        if nominal is not None or lower is not None or upper is not None:
            raise ValidationError(translate(
                "milrep", "Characteristic \"{name}\" is checked by attribute: it has no nominal "
                "value or limits. Clear them, or make it a measured characteristic.")
                .format(name=name), field="lower_limit" if lower is not None else
                "upper_limit" if upper is not None else "nominal")
        return None, None, None
    if _answers(form.allowed_answers):
        raise ValidationError(translate(
            "milrep", "Characteristic \"{name}\" is measured: allowed answers are only for "
            "characteristics checked by attribute.").format(name=name), field="allowed_answers")
    if lower is None and upper is None:
        raise ValidationError(translate(
            "milrep", "Characteristic \"{name}\" is measured: enter its lower limit, its upper "
            "limit or both.").format(name=name), field="lower_limit")
    if lower is not None and upper is not None and lower > upper:
        raise ValidationError(translate(
            "milrep", "Characteristic \"{name}\": limits reversed — the lower limit {lower} is "
            "above the upper limit {upper}.").format(name=name, lower=lower, upper=upper),
            field="upper_limit")
    if nominal is not None and lower is not None and nominal < lower:
        raise ValidationError(translate(
            "milrep", "Characteristic \"{name}\": the nominal value {nominal} is below the lower "
            "limit {lower}.").format(name=name, nominal=nominal, lower=lower), field="nominal")
    if nominal is not None and upper is not None and nominal > upper:
        raise ValidationError(translate(
            "milrep", "Characteristic \"{name}\": the nominal value {nominal} is above the upper "
            "limit {upper}.").format(name=name, nominal=nominal, upper=upper), field="nominal")
    return nominal, lower, upper


# --- completeness list ------------------------------------------------------------------------

def add_completeness_entry(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                           form: CompletenessForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.add_completeness")
    item = _open_item(s, item_id)
    e = CompletenessEntry(id=uuid.uuid4(), item_id=item.id)
    _apply_completeness(s, e, form, item)
    e.position = _next_position(s, CompletenessEntry, item.id)
    s.add(e)
    return uow.commit(e.id)


def update_completeness_entry(uow: UnitOfWork, actor: Actor, *, entry_id: uuid.UUID,
                              form: CompletenessForm) -> Changes:
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.update_completeness")
    e = _completeness(s, entry_id)
    item = _open_item(s, e.item_id)
    _apply_completeness(s, e, form, item)
    return uow.commit(e.id)


def remove_completeness_entry(uow: UnitOfWork, actor: Actor, *, entry_id: uuid.UUID) -> Changes:
    """Remove a line of the completeness list (inspections already opened keep their copy)."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.remove_completeness")
    e = _completeness(s, entry_id)
    _open_item(s, e.item_id)
    s.delete(e)
    return uow.commit(entry_id)


def list_completeness(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID
                      ) -> tuple[CompletenessView, ...]:
    s = uow.begin(actor, Permission.READ, "requirements.list_completeness")
    _item(s, item_id)
    return _completeness_views(s, item_id)


# --- sampling plan, return threshold, periodic schedule ----------------------------------------

def set_item_requirements(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                          form: RequirementsForm) -> Changes:
    """Set the item's sampling plan, return threshold and schedules (the row is made on first use).

    The ISO 2859-1 switching state is kept: it belongs to the inspections' history, not to this
    form.
    """
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.set")
    item = _open_item(s, item_id)
    mode = SamplingMode(form.sampling_mode)
    fixed = None
    if mode == SamplingMode.FIXED:
        fixed = _whole(form.fixed_sample_size, 1, None, "fixed_sample_size", translate(
            "milrep", "Enter the sample size of a fixed sample: a whole number of at least 1."))
    level = _level(form.inspection_level)
    aql_major = _aql(form.aql_major, "aql_major",
                     translate("milrep", "AQL for major defects"))
    aql_minor = _aql(form.aql_minor, "aql_minor",
                     translate("milrep", "AQL for minor defects"))
    threshold = _whole(form.return_threshold, 1, None, "return_threshold", translate(
        "milrep", "The return threshold (returns in a row before a suspension is proposed) "
        "must be a whole number of at least 1."))
    months = None
    if form.periodic_interval_months is not None:
        months = _whole(form.periodic_interval_months, 1, MAX_PERIODIC_MONTHS,
                        "periodic_interval_months", translate(
                            "milrep", "The periodic-test interval must be a whole number of "
                            "months from 1 to {max}.").format(max=MAX_PERIODIC_MONTHS))
    lots = None
    if form.periodic_every_lots is not None:
        lots = _whole(form.periodic_every_lots, 1, None, "periodic_every_lots", translate(
            "milrep", "The periodic test \"every N lots\" needs a whole number of lots of at "
            "least 1."))
    r = s.scalars(select(ItemRequirements).where(ItemRequirements.item_id == item.id)).first()
    if r is None:
        r = ItemRequirements(id=uuid.uuid4(), item_id=item.id, switching_state="")
        s.add(r)
    values = dict(sampling_mode=mode, fixed_sample_size=fixed, inspection_level=level,
                  aql_major=aql_major, aql_minor=aql_minor, return_threshold=threshold,
                  periodic_interval_months=months, periodic_every_lots=lots,
                  periodic_programme_ref=form.periodic_programme_ref.strip(),
                  acceptance_programme_ref=form.acceptance_programme_ref.strip())
    for key, value in values.items():
        if getattr(r, key, None) != value:  # write only what changed
            setattr(r, key, value)
    return uow.commit(r.id)


def requirements_for(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID
                     ) -> ItemRequirementsView:
    """The item's current requirements (read permission). Inside another service's unit of
    work call :func:`load_requirements` with its session instead: ``begin`` there would re-label
    that service's writes."""
    s = uow.begin(actor, Permission.READ, "requirements.get")
    return load_requirements(s, item_id)


def load_requirements(session: Session, item_id: uuid.UUID) -> ItemRequirementsView:
    """:func:`requirements_for` on a session the caller already began (no permission check)."""
    item = _item(session, item_id)
    r = session.scalars(select(ItemRequirements)
                        .where(ItemRequirements.item_id == item.id)).first()
    d = RequirementsForm()
    return ItemRequirementsView(
        item_id=item.id, item_name=item.name, configured=r is not None,
        sampling_mode=r.sampling_mode if r else d.sampling_mode,
        fixed_sample_size=r.fixed_sample_size if r else None,
        inspection_level=r.inspection_level if r else d.inspection_level,
        aql_major=r.aql_major if r else str(d.aql_major),
        aql_minor=r.aql_minor if r else str(d.aql_minor),
        switching_state=r.switching_state if r else "",
        return_threshold=r.return_threshold if r else d.return_threshold,
        periodic_interval_months=r.periodic_interval_months if r else None,
        periodic_every_lots=r.periodic_every_lots if r else None,
        periodic_programme_ref=r.periodic_programme_ref if r else "",
        acceptance_programme_ref=r.acceptance_programme_ref if r else "",
        characteristics=_characteristic_views(session, item.id, include_inactive=False),
        completeness=_completeness_views(session, item.id))


# --- periodic tests -------------------------------------------------------------------------

def periodic_test_due(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID, today: dt.date
                      ) -> PeriodicDue:
    """When the item's next periodic test is due (see :class:`milrep.rules.schedule.PeriodicDue`).

    Inside another service's unit of work use :func:`periodic_due_for` with its session.
    """
    s = uow.begin(actor, Permission.READ, "requirements.periodic_due")
    return periodic_due_for(s, item_id, today)


def periodic_due_for(session: Session, item_id: uuid.UUID, today: dt.date) -> PeriodicDue:
    """The facts from the database, the arithmetic in :func:`milrep.rules.schedule.periodic_due`.

    * last positive periodic test: the latest ``completed_on`` of a periodic ProductTest of the item
      with result positive;
    * the interval counts from it; without one, from the latest positive qualification test; without
      that, from the first acceptance of the item (no acceptance yet: nothing is due);
    * lots since: distinct lots with an acceptance record (accepted quantity > 0) dated strictly
      after the last positive periodic test (every accepted lot when there is none).
    """
    item = _item(session, item_id)
    r = session.scalars(select(ItemRequirements)
                        .where(ItemRequirements.item_id == item.id)).first()

    def last_positive(kind: TestKind) -> dt.date | None:
        return session.scalar(select(func.max(ProductTest.completed_on)).where(
            ProductTest.item_id == item.id, ProductTest.kind == kind,
            ProductTest.result == TestResult.POSITIVE, ProductTest.completed_on.is_not(None)))

    last = last_positive(TestKind.PERIODIC)
    accepted = (AcceptanceRecord.item_id == item.id, AcceptanceRecord.accepted_quantity > 0)
    lots_q = select(func.count(func.distinct(AcceptanceRecord.lot_id))).where(*accepted)
    if last is not None:
        lots_q = lots_q.where(AcceptanceRecord.accepted_on > last)
    lots_since = session.scalar(lots_q) or 0
    counted_from = last
    if counted_from is None:
        counted_from = last_positive(TestKind.QUALIFICATION)
    if counted_from is None:
        counted_from = session.scalar(select(func.min(AcceptanceRecord.accepted_on))
                                      .where(*accepted))
    return periodic_due(
        today=today, interval_months=r.periodic_interval_months if r else None,
        every_lots=r.periodic_every_lots if r else None, last_positive_on=last,
        counted_from=counted_from, lots_since_last=lots_since,
        programme_ref=r.periodic_programme_ref if r else "")


# --- internals ------------------------------------------------------------------------------

def _item(s: Session, item_id: uuid.UUID) -> ControlListItem:
    item = s.get(ControlListItem, item_id)
    if item is None:
        raise NotFound(translate("milrep", "The control-list item no longer exists."))
    return item


def _open_item(s: Session, item_id: uuid.UUID) -> ControlListItem:
    """The item, refused when its contract is closed (its requirements are then history)."""
    item = _item(s, item_id)
    contract = s.get(Contract, item.contract_id)
    if contract is not None and contract.status in (ContractStatus.COMPLETED,
                                                    ContractStatus.TERMINATED):
        raise RuleViolation(translate("milrep", "Contract {number} is closed; the requirements of "
                                      "{item} cannot change.")
                            .format(number=contract.number, item=item.name))
    return item


def _characteristic(s: Session, characteristic_id: uuid.UUID) -> Characteristic:
    c = s.get(Characteristic, characteristic_id)
    if c is None:
        raise NotFound(translate("milrep", "The characteristic no longer exists."))
    return c


def _completeness(s: Session, entry_id: uuid.UUID) -> CompletenessEntry:
    e = s.get(CompletenessEntry, entry_id)
    if e is None:
        raise NotFound(translate("milrep", "The completeness-list entry no longer exists."))
    return e


def _next_position(s: Session, model: type[Characteristic] | type[CompletenessEntry],
                   item_id: uuid.UUID) -> int:
    return (s.scalar(select(func.max(model.position)).where(model.item_id == item_id)) or 0) + 1


def _number(value: Decimal | str | None, field: str, label: str, name: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):
        raise TypeError(f"{field}: pass a Decimal or text, not a float")
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise TypeError(f"{field}: pass a Decimal or text, not {type(value).__name__}")
    if isinstance(value, str):
        text = value.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if not text:
            return None
        try:
            d = Decimal(text)
        except InvalidOperation:
            d = Decimal("NaN")
    else:
        d = Decimal(value)
    if not d.is_finite():
        raise ValidationError(translate("milrep", "Characteristic \"{name}\": {field} \"{value}\" "
                                        "is not a number.").format(name=name, field=label,
                                                                   value=value), field=field)
    return d


def _answers(text: str) -> list[str]:
    return [a.strip() for a in (text or "").splitlines() if a.strip()]


def _apply_characteristic(s: Session, c: Characteristic, f: CharacteristicForm) -> None:
    nominal, lower, upper = check_characteristic(f)
    name = f.name.strip()
    unit = f.unit.strip()
    if len(unit) > 32:
        raise ValidationError(translate("milrep", "The unit of \"{name}\" is longer than 32 "
                                        "characters.").format(name=name), field="unit")
    answers = _answers(f.allowed_answers) if f.kind == CharacteristicKind.ATTRIBUTE else []
    repeated = sorted({a for a in answers if [x.casefold() for x in answers].count(a.casefold()) > 1})
    if repeated:
        raise ValidationError(translate("milrep", "Characteristic \"{name}\": allowed answers "
                                        "repeated: {answers}.")
                              .format(name=name, answers=", ".join(repeated)),
                              field="allowed_answers")
    others = s.scalars(select(Characteristic.name).where(
        Characteristic.item_id == c.item_id, Characteristic.active.is_(True),
        Characteristic.id != c.id))
    if any(o.casefold() == name.casefold() for o in others):
        raise ValidationError(translate("milrep", "Characteristic \"{name}\" is already on this "
                                        "item's list.").format(name=name), field="name")
    values = dict(name=name, kind=CharacteristicKind(f.kind), nominal=nominal, lower_limit=lower,
                  upper_limit=upper, unit=unit, allowed_answers="\n".join(answers),
                  method=f.method.strip(), reference=f.reference.strip(),
                  severity=Severity(f.severity))
    for key, value in values.items():
        old = getattr(c, key, None)
        # Decimal("1.0") == Decimal("1.00"), but the stored text differs: compare the text too
        if old != value or str(old) != str(value):
            setattr(c, key, value)


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


def _whole(value: object, low: int, high: int | None, field: str, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (
            high is not None and value > high):
        raise ValidationError(message, field=field)
    return value


def _level(value: str) -> str:
    from milrep.rules import sampling  # lazy: the tables are parsed on first use

    text = str(value or "").strip().upper().replace("–", "-").replace("—", "-")
    if text in ("S1", "S2", "S3", "S4"):
        text = f"S-{text[1]}"
    allowed = [lv.value for lv in sampling.InspectionLevel]
    if text not in allowed:
        raise ValidationError(translate("milrep", "Unknown inspection level \"{level}\": use I, "
                                        "II, III or S-1 to S-4.").format(level=value),
                              field="inspection_level")
    return text


def _aql(value: Decimal | str, field: str, label: str) -> str:
    """The AQL as the standard prints it ("1.0", "0.010", "1000"), from the sampling tables."""
    from milrep.rules import sampling

    if isinstance(value, float):
        raise TypeError(f"{field}: pass a Decimal or text, not a float")
    try:
        index = sampling.aql_index(value)
    except ValidationError:
        raise ValidationError(translate("milrep", "{field}: {aql} is not in the ISO 2859-1 series "
                                        "(0.010, 0.015, 0.025 … 650, 1000).")
                              .format(field=label, aql=value), field=field) from None
    return str(sampling.AQL_VALUES[index])


def _characteristic_views(s: Session, item_id: uuid.UUID, *, include_inactive: bool
                          ) -> tuple[CharacteristicView, ...]:
    q = select(Characteristic).where(Characteristic.item_id == item_id)
    if not include_inactive:
        q = q.where(Characteristic.active.is_(True))
    return tuple(CharacteristicView(
        id=c.id, item_id=c.item_id, position=c.position, name=c.name, kind=c.kind,
        nominal=c.nominal, lower_limit=c.lower_limit, upper_limit=c.upper_limit, unit=c.unit,
        allowed_answers=c.allowed_answers, method=c.method, reference=c.reference,
        severity=c.severity, active=c.active)
        for c in s.scalars(q.order_by(Characteristic.position, Characteristic.name)))


def _completeness_views(s: Session, item_id: uuid.UUID) -> tuple[CompletenessView, ...]:
    return tuple(CompletenessView(id=e.id, item_id=e.item_id, position=e.position, name=e.name,
                                  quantity=e.quantity, unit=e.unit)
                 for e in s.scalars(select(CompletenessEntry)
                                    .where(CompletenessEntry.item_id == item_id)
                                    .order_by(CompletenessEntry.position, CompletenessEntry.name)))
