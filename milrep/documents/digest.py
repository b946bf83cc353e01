"""The record digest of claim -9: binds a seal to the full certificate record in the office's
database, so a seal cannot be reused for a record that differs in any field not printed in it.

``record_digest(record)`` = the first 16 bytes of SHA-256 of the canonical CBOR of ``record``.
Canonical CBOR here means: the value converted as below, then encoded by cbor2 with
``canonical=True`` — definite lengths, shortest integers, map keys sorted length first, then
bytewise (RFC 8949 §4.2.3, "length-first" deterministic encoding).

Conversion (anything else is refused with ``TypeError`` so no value is digested ambiguously):

========================  ===================================================================
Python value              CBOR
========================  ===================================================================
``str``                   text, exactly as stored (no normalisation)
``bool``, ``None``        true / false, null
``int``                   integer (also ``IntEnum``)
``Decimal``               text of ``str(value)`` — as the database stores it (``Money`` keeps
                          two places, so ``Decimal("10")`` and ``Decimal("10.00")`` differ)
``uuid.UUID``             text, 32 lower-case hex digits (as the database stores it)
``datetime``              text, UTC, ``2026-11-25T10:00:00.000000+00:00`` (naive: refused)
``date``                  text ``2026-11-25``
``enum.Enum``             its value, converted by these rules
``bytes``                 byte string
list, tuple               array, in order
``Mapping``               map; keys must be ``str``
``float``                 refused: amounts and measurements are ``Decimal``
========================  ===================================================================
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import cbor2

DIGEST_LENGTH = 16


def canonical_record(value: Any) -> Any:
    """``value`` converted to the plain CBOR data model above."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, enum.Enum):
        return canonical_record(value.value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, bytes):
        return bytes(value)
    if isinstance(value, float):
        raise TypeError("floats are not digested: use Decimal")
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise TypeError("naive datetime in a certificate record")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("record keys must be text")
        return {str(k): canonical_record(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical_record(v) for v in value]
    raise TypeError(f"cannot digest a {type(value).__name__}")


def canonical_record_bytes(record: Mapping[str, Any]) -> bytes:
    return cbor2.dumps(canonical_record(record), canonical=True)


def record_digest(record: Mapping[str, Any]) -> bytes:
    """16 bytes: SHA-256 of the canonical CBOR of the full certificate record, truncated."""
    return hashlib.sha256(canonical_record_bytes(record)).digest()[:DIGEST_LENGTH]
