"""The bundle's content: change-log entries as canonical CBOR. Pure: no database.

Content = CBOR array of changes, each a 8-element array::

    [site (16 bytes), seq, hlc, table (text), row id (16 bytes), op ("insert" | "update" |
     "delete"), data (text: the change log's canonical JSON of the columns written; null for a
     delete), base (null, or a map column -> [[hlc, site (16 bytes)], …])]

``data`` is carried exactly as the origin's change log holds it, so every site stores the same
entry for the same (site, seq). ``base`` names, per column an update writes, the version(s) of
that column the writer had when it wrote: it tells a causal overwrite from a concurrent one, so
every site keeps the same losing values whatever the delivery order.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import cbor2

from milrep.sync.envelope import (DEFAULT_LIMITS, U64, Limits, Manifest, damaged_error,
                                   too_large_error)

OPS = ("insert", "update", "delete")
MAX_DATA = 64 << 20  # one row's JSON (attachments can be large)

#: A column version: (hlc, site) of the write that set it; compared as a pair (LWW order).
Version = tuple[int, uuid.UUID]


@dataclass(frozen=True)
class Change:
    site: uuid.UUID
    seq: int
    hlc: int
    table: str
    row_id: uuid.UUID
    op: str
    data: str | None
    base: dict[str, tuple[Version, ...]] | None = None

    @property
    def version(self) -> Version:
        return (self.hlc, self.site)

    def columns(self) -> dict[str, Any]:
        return {} if self.data is None else json.loads(self.data)


def encode_changes(changes: Iterable[Change]) -> bytes:
    rows = []
    for c in changes:
        base = None if c.base is None else {
            col: sorted([h, s.bytes] for h, s in versions) for col, versions in c.base.items()}
        rows.append([c.site.bytes, c.seq, c.hlc, c.table, c.row_id.bytes, c.op, c.data, base])
    return cbor2.dumps(rows, canonical=True)


def decode_changes(content: bytes, manifest: Manifest, tables: frozenset[str], *,
                   limits: Limits = DEFAULT_LIMITS) -> list[Change]:
    """The changes, checked against the manifest (ranges, counts) and the known tables."""
    try:
        raw = cbor2.loads(content)
    except Exception as e:  # malformed CBOR raises several exception types
        raise damaged_error() from e
    if not isinstance(raw, list) or len(raw) != manifest.changes:
        raise damaged_error()
    if len(raw) > limits.max_changes:
        raise too_large_error()
    out: list[Change] = []
    next_seq = {site: first for site, (first, _) in manifest.ranges.items()}
    counts: dict[str, int] = {}
    for item in raw:
        if not isinstance(item, list) or len(item) != 8:
            raise damaged_error()
        site = _uuid(item[0])
        seq, hlc = _uint(item[1]), _uint(item[2])
        table, op, data = item[3], item[5], item[6]
        if type(table) is not str or table not in tables or op not in OPS:
            raise damaged_error()
        if next_seq.get(site) != seq:
            raise damaged_error()  # per origin: the declared range, in order, without a gap
        next_seq[site] = seq + 1
        if op == "delete":
            if data is not None:
                raise damaged_error()
        elif type(data) is not str or len(data) > MAX_DATA:
            raise damaged_error()
        counts[table] = counts.get(table, 0) + 1
        out.append(Change(site=site, seq=seq, hlc=hlc, table=table, row_id=_uuid(item[4]),
                          op=op, data=data, base=_base(item[7], op)))
    if counts != {k: v for k, v in manifest.counts.items() if v} or any(
            next_seq[s] != last + 1 for s, (_, last) in manifest.ranges.items()):
        raise damaged_error()
    return out


def _base(raw: Any, op: str) -> dict[str, tuple[Version, ...]] | None:
    if raw is None:
        return None
    if op != "update" or not isinstance(raw, dict):
        raise damaged_error()
    base: dict[str, tuple[Version, ...]] = {}
    for col, versions in raw.items():
        if type(col) is not str or not isinstance(versions, list) or not 1 <= len(versions) <= 64:
            raise damaged_error()
        vs = []
        for v in versions:
            if not isinstance(v, list) or len(v) != 2:
                raise damaged_error()
            vs.append((_uint(v[0]), _uuid(v[1])))
        base[col] = tuple(vs)
    return base


def _uint(v: Any) -> int:
    if type(v) is not int or not 0 <= v <= U64:
        raise damaged_error()
    return v


def _uuid(v: Any) -> uuid.UUID:
    if type(v) is not bytes or len(v) != 16:
        raise damaged_error()
    return uuid.UUID(bytes=v)
