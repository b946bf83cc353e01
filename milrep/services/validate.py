"""Field checks shared by the services; every message names the field in the user's language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from milrep.errors import ValidationError
from milrep.i18n import translate


def required(value: str, field: str, label: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(translate("milrep", "{field} is required.").format(field=label),
                              field=field)
    return value


def amount(value: Decimal | str | int, field: str, label: str, *, allow_zero: bool = True
           ) -> Decimal:
    """A non-negative amount in tenge with at most two decimal places."""
    _no_float(value, field)
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value).replace(" ", "")
                                                            .replace(",", "."))
    except InvalidOperation:
        raise ValidationError(translate("milrep", "{field}: \"{value}\" is not an amount.")
                              .format(field=label, value=value), field=field) from None
    if not d.is_finite() or d < 0 or (d == 0 and not allow_zero):
        raise ValidationError(translate("milrep", "{field} must be a positive amount.")
                              .format(field=label), field=field)
    if d != d.quantize(Decimal("0.01")):
        raise ValidationError(translate("milrep", "{field} has more than two decimal places.")
                              .format(field=label), field=field)
    return d.quantize(Decimal("0.01"))


def quantity(value: Decimal | str | int, field: str, label: str) -> Decimal:
    _no_float(value, field)
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise ValidationError(translate("milrep", "{field}: \"{value}\" is not a number.")
                              .format(field=label, value=value), field=field) from None
    if not d.is_finite() or d <= 0:
        raise ValidationError(translate("milrep", "{field} must be greater than zero.")
                              .format(field=label), field=field)
    return d


def _no_float(value: object, field: str) -> None:
    # A binary float cannot hold most amounts exactly; the caller must pass Decimal or text.
    if isinstance(value, float):
        raise TypeError(f"{field}: pass a Decimal or text, not a float")


def business_id(value: str, field: str = "bin") -> str:
    """A Kazakh business identification number (BIN): exactly 12 digits."""
    value = (value or "").strip().replace(" ", "")
    if len(value) != 12 or not value.isdigit():
        raise ValidationError(translate("milrep", "A BIN is exactly 12 digits."), field=field)
    return value


def date_order(first: dt.date, last: dt.date, field: str, first_label: str, last_label: str
               ) -> None:
    if last < first:
        raise ValidationError(translate("milrep", "{last} cannot be earlier than {first}.")
                              .format(first=first_label, last=last_label), field=field)


def search_text(*parts: object) -> str:
    """Lower-cased text the lists filter on (one LIKE over one column)."""
    return " ".join(str(p) for p in parts if p).casefold()
