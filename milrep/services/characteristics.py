"""Characteristics to check on a control-list item (Article 27.3.2): name, nominal, limits or
allowed answers, unit, method, reference, class (critical / major / minor).

A characteristic is never deleted, only deactivated: inspections copy it when they are opened and
keep pointing at it (see :mod:`milrep.services.requirements`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.requirements import Characteristic, CharacteristicKind, Severity
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.item_rows import editable_item, item_row, next_position


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


def add_characteristic(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID,
                       form: CharacteristicForm) -> Changes:
    """Append a characteristic to the item's list (last position)."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.add_characteristic")
    item = editable_item(s, item_id)
    c = Characteristic(id=uuid.uuid4(), item_id=item.id, active=True)
    _apply_characteristic(s, c, form)
    c.position = next_position(s, Characteristic.position, Characteristic.item_id, item.id)
    s.add(c)
    return uow.commit(c.id)


def update_characteristic(uow: UnitOfWork, actor: Actor, *, characteristic_id: uuid.UUID,
                          form: CharacteristicForm) -> Changes:
    """Change an active characteristic; inspections already opened keep their own copy."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "requirements.update_characteristic")
    c = _characteristic(s, characteristic_id)
    editable_item(s, c.item_id)
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
    editable_item(s, c.item_id)
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
    item = editable_item(s, item_id)
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
    item_row(s, item_id)
    return characteristic_views(s, item_id, include_inactive=include_inactive)


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


# --- on a session the caller already began ---------------------------------------------------

def characteristic_views(s: Session, item_id: uuid.UUID, *, include_inactive: bool
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


# --- internals ------------------------------------------------------------------------------

def _characteristic(s: Session, characteristic_id: uuid.UUID) -> Characteristic:
    c = s.get(Characteristic, characteristic_id)
    if c is None:
        raise NotFound(translate("milrep", "The characteristic no longer exists."))
    return c


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
