"""Forging bundles the way an attacker or a faulty site would: re-sign, re-address, splice."""

from __future__ import annotations

import dataclasses
from typing import Any

from milrep.sync import envelope as env
from milrep.sync.payload import Change, decode_changes, encode_changes
from milrep.sync.rows import synced_tables
from tests.sync.keys import SiteKeys
from tests.sync.sites import Station

PAYLOAD_FIELDS = ("compression", "payload_sha256", "payload_length", "content_length")


def open_as(data: bytes, reader: Station) -> tuple[env.Manifest, list[Change]]:
    v = env.open_envelope(env.decrypt(data, [reader.keys.identity]), reader.keyring)
    return v.manifest, decode_changes(env.read_content(v), v.manifest,
                                      frozenset(synced_tables()))


def reseal(data: bytes, reader: Station, *, signer: SiteKeys, to: list[SiteKeys],
           changes: list[Change] | None = None, content: bytes | None = None,
           **over: Any) -> bytes:
    """``data`` opened by ``reader``, changed, signed by ``signer`` and encrypted to ``to``."""
    manifest, original = open_as(data, reader)
    fields = {f.name: getattr(manifest, f.name) for f in dataclasses.fields(env.Manifest)
              if f.name not in PAYLOAD_FIELDS}
    fields["kid"] = signer.signer.kid
    if changes is not None:
        fields.update(describe(changes, manifest.vector))
    fields.update(over)
    body = content if content is not None else encode_changes(
        original if changes is None else changes)
    m, payload = env.pack(body, compression=manifest.compression, **fields)
    return env.encrypt(env.build_envelope(m, payload, [signer.signer]),
                       [t.recipient for t in to])


def describe(changes: list[Change], vector: dict[Any, int]) -> dict[str, Any]:
    """The manifest fields that follow from a list of changes."""
    ranges: dict[Any, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    for c in changes:
        first, _ = ranges.get(c.site, (c.seq, c.seq))
        ranges[c.site] = (first, c.seq)
        counts[c.table] = counts.get(c.table, 0) + 1
    vector = dict(vector)
    for site, (_, last) in ranges.items():
        vector[site] = max(vector.get(site, 0), last)
    return {"ranges": ranges, "counts": counts, "changes": len(changes), "vector": vector}
