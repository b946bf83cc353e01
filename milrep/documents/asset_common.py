"""Pieces shared by the material-asset documents (count sheet, register, movements report)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.models.contracts import Contract


def qty(d: Decimal | None) -> str:
    """A quantity as printed: 1 234,5 (no trailing zeros, a thin space between thousands)."""
    if d is None:
        return ""
    text = f"{d:,f}" if d != d.to_integral_value() else f"{int(d):,d}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


def signed_qty(d: Decimal | None) -> str:
    if d is None:
        return ""
    return ("+" if d > 0 else "\u2212" if d < 0 else "") + qty(abs(d))


def money(d: Decimal | None) -> str:
    """Tenge as printed: 1 234 567,50."""
    if d is None:
        return ""
    text = f"{abs(d):,.2f}".replace(",", "\u202f").replace(".", ",")
    return "\u2212" + text if d < 0 else text


def classification_of(s: Session, contract_ids: Iterable[uuid.UUID]) -> str:
    """The classification markings of the contracts a document covers, if any."""
    ids = list(set(contract_ids))
    if not ids:
        return ""
    marks = s.scalars(select(Contract.classification).where(Contract.id.in_(ids))).all()
    return " / ".join(sorted({m.strip() for m in marks if m and m.strip()}))
