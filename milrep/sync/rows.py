"""From a change's JSON columns back to typed values, strictly by the table's own definition.

The change log holds what :func:`milrep.db.journal.to_jsonable` made of each value (UUID hex,
decimal text, ISO dates, enum values, base64 bytes). Decoding goes by the column's declared type,
so a bundle can neither name a column the table does not have nor smuggle a value of another
type into it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import (Boolean, Date, Enum, Integer, LargeBinary, Numeric, String, Table,
                        TypeDecorator)

from milrep.db.base import Base, ExactDecimal, Guid, Money, UtcDateTime, synced_models
from milrep.i18n import translate
from milrep.sync.errors import SchemaMismatch

#: stamped from the change itself (its clock and origin), never taken from its data
SYSTEM_COLUMNS = frozenset({"hlc", "origin_site"})


@cache
def synced_tables() -> dict[str, Table]:
    return {m.__table__.name: m.__table__ for m in synced_models()}


@cache
def immutable_tables() -> frozenset[str]:
    return frozenset(m.__table__.name for m in synced_models()
                     if getattr(m, "__immutable__", False))


def parse_data(data: str) -> dict[str, Any]:
    try:
        raw = json.loads(data)
    except ValueError as e:
        raise _mismatch() from e
    if not isinstance(raw, dict):
        raise _mismatch()
    return raw


def decode_columns(table: Table, raw: dict[str, Any]) -> dict[str, Any]:
    """Typed values for ``raw`` (the change's columns, system columns excluded)."""
    out: dict[str, Any] = {}
    for name, value in raw.items():
        if name in SYSTEM_COLUMNS:
            continue
        col = table.columns.get(name)
        if col is None:
            raise _mismatch()
        if value is None:
            if not col.nullable:
                raise _mismatch()
            out[name] = None
            continue
        try:
            out[name] = _decode(col.type, value)
        except (TypeError, ValueError, InvalidOperation, binascii.Error) as e:
            raise _mismatch() from e
    return out


def _decode(t: Any, v: Any) -> Any:
    if isinstance(t, Guid):
        return uuid.UUID(hex=_str(v))
    if isinstance(t, UtcDateTime):
        d = dt.datetime.fromisoformat(_str(v))
        if d.tzinfo is None:
            raise ValueError("naive datetime")
        return d
    if isinstance(t, (Money, ExactDecimal)):
        if isinstance(v, bool) or not isinstance(v, (str, int)):
            raise TypeError("decimal")
        d = Decimal(v)
        if not d.is_finite():
            raise ValueError("not finite")
        return d
    if isinstance(t, TypeDecorator):
        raise TypeError(f"no decoder for {type(t).__name__}")
    if isinstance(t, Enum):
        if t.enum_class is not None:
            return t.enum_class(_str(v))
        if _str(v) not in t.enums:
            raise ValueError("not one of the values")
        return v
    if isinstance(t, Boolean):
        if type(v) is not bool:
            raise TypeError("bool")
        return v
    if isinstance(t, Integer):
        if type(v) is not int:
            raise TypeError("int")
        return v
    if isinstance(t, Numeric):
        if isinstance(v, bool) or not isinstance(v, (str, int)):
            raise TypeError("numeric")
        return Decimal(v)
    if isinstance(t, Date):
        return dt.date.fromisoformat(_str(v))
    if isinstance(t, LargeBinary):
        return base64.b64decode(_str(v), validate=True)
    if isinstance(t, String):
        return _str(v)
    raise TypeError(f"no decoder for {type(t).__name__}")


def _str(v: Any) -> str:
    if type(v) is not str:
        raise TypeError("text")
    return v


def _mismatch() -> SchemaMismatch:
    return SchemaMismatch(translate(
        "milrep", "The bundle holds data this version of milrep does not know (a table or a "
        "column of another schema version). Update milrep on both workstations to the same "
        "version; nothing was imported."))


__all__ = ["Base", "SYSTEM_COLUMNS", "decode_columns", "immutable_tables", "parse_data",
           "synced_tables"]
