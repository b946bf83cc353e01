"""How numbers and dates look on screen: dd.MM.yyyy, grouped thousands, the tenge sign.

Plain Python on purpose (no Qt): the same rules serve tables, forms and tests. The separators
follow the interface language: ``1,840,000.00 ₸`` in English, ``1 840 000,00 ₸`` in Russian and
Kazakh (a narrow no-break space, so a sum never wraps in a cell).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

NARROW_NBSP = "\u202f"
_separators: tuple[str, str] = (",", ".")  # thousands, decimal


def set_language(code: str) -> None:
    """Adopt the separators of the interface language (``en``, ``ru``, ``kk``)."""
    global _separators
    _separators = (",", ".") if code == "en" else (NARROW_NBSP, ",")


def _group(digits: str) -> str:
    thousands = _separators[0]
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return thousands.join(out)


def number(value: Decimal | int | float | str | None, places: int = 0) -> str:
    if value is None or value == "":
        return ""
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    sign = "-" if d < 0 else ""
    q = abs(d).quantize(Decimal(1).scaleb(-places)) if places else abs(d).quantize(Decimal(1))
    whole, _, frac = f"{q:f}".partition(".")
    text = _group(whole)
    if places:
        text += _separators[1] + frac
    return sign + text


def money(value: Decimal | int | str | None) -> str:
    """``1,840,000,000.00 ₸``; empty for no value."""
    if value is None or value == "":
        return ""
    return number(value, 2) + "\u00a0₸"


def quantity(value: Decimal | int | str | None) -> str:
    """Whole quantities without decimals (``40``), fractional ones as entered (``2.5``)."""
    if value is None or value == "":
        return ""
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return number(d, 0)
    places = max(0, -d.normalize().as_tuple().exponent)  # type: ignore[operator]
    return number(d, int(places))


def date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def parse_money(text: str) -> str:
    """What a person typed, normalised for the service (which does the validation)."""
    return text.replace(NARROW_NBSP, "").replace("\u00a0", "").replace(" ", "").replace(
        "₸", "").replace(",", ".") if _separators[1] == "," else text.replace(",", "").replace(
        " ", "").replace("₸", "")
