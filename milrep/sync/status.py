"""Where this workstation stands with each other site: what the sync centre and
``milrep sync status`` show. Read-only."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.hlc import unpack
from milrep.models.journal import ChangeLogEntry
from milrep.models.office import Site
from milrep.models.sync import IncomingBundle, OutgoingBundle, SyncConflict, SyncPeer
from milrep.sync import state
from milrep.sync.keyring_store import installed_keyring


@dataclass(frozen=True)
class HeldBundle:
    seq: int
    missing: tuple[tuple[uuid.UUID, int, int], ...]  # (site, first, last) changes it waits for


@dataclass(frozen=True)
class PeerStatus:
    site_id: uuid.UUID
    code: str
    role: str  # from the keyring; "" when the keyring does not list it
    last_bundle_in: int  # the last bundle of this site applied here (0: none)
    held: tuple[HeldBundle, ...]
    last_import_at: dt.datetime | None
    newest_change_at: dt.datetime | None  # clock of the newest change of this site held here
    pending_out: int  # changes held here that this site is not known to have (sent or said)
    unacknowledged: int  # changes held here that this site has not said it has
    last_export_at: dt.datetime | None


@dataclass(frozen=True)
class SyncStatus:
    site_id: uuid.UUID
    keyring_version: int | None
    last_bundle_out: int
    open_conflicts: int
    business_conflicts: int
    peers: tuple[PeerStatus, ...]


def sync_status(session: Session, own_site: uuid.UUID) -> SyncStatus:
    doc = installed_keyring(session)
    roles = {k.site_id: k.role.value for k in doc.keyring.keys} if doc else {}
    codes = {i: c for i, c in session.execute(select(Site.id, Site.code))}
    peers = {p.site_id: p for p in session.scalars(select(SyncPeer))}
    vector = state.local_vector(session)
    newest = {site: hlc for site, hlc in session.execute(
        select(ChangeLogEntry.site_id, func.max(ChangeLogEntry.hlc))
        .group_by(ChangeLogEntry.site_id))}
    incoming = session.scalars(select(IncomingBundle).order_by(IncomingBundle.seq)).all()
    sites = (set(roles) | set(peers) | {b.origin_site for b in incoming}) - {own_site}
    out = []
    for site in sorted(sites, key=lambda s: (codes.get(s, ""), s.hex)):
        p = peers.get(site)
        acked = state.vector_from_json(p.acked_vector if p else None)
        known = state.merge(acked, state.vector_from_json(p.sent_vector if p else None))
        mine = [b for b in incoming if b.origin_site == site]
        held = tuple(HeldBundle(seq=b.seq, missing=_missing(b.ranges, vector))
                     for b in mine if b.status == "held")
        out.append(PeerStatus(
            site_id=site, code=codes.get(site, site.hex[:8]), role=roles.get(site, ""),
            last_bundle_in=max((b.seq for b in mine if b.status == "applied"), default=0),
            held=held, last_import_at=p.last_import_at if p else None,
            newest_change_at=_when(newest.get(site)),
            pending_out=_behind(vector, known), unacknowledged=_behind(vector, acked),
            last_export_at=p.last_export_at if p else None))
    conflicts = {kind: n for kind, n in session.execute(
        select(SyncConflict.kind, func.count()).where(SyncConflict.settled_at.is_(None))
        .group_by(SyncConflict.kind))}
    return SyncStatus(
        site_id=own_site, keyring_version=doc.keyring.version if doc else None,
        last_bundle_out=int(session.scalar(select(func.max(OutgoingBundle.seq))) or 0),
        open_conflicts=int(conflicts.get("column", 0)),
        business_conflicts=int(conflicts.get("business", 0)), peers=tuple(out))


def _behind(vector: dict[uuid.UUID, int], known: dict[uuid.UUID, int]) -> int:
    return sum(max(0, n - known.get(site, 0)) for site, n in vector.items())


def _missing(ranges_json: str, vector: dict[uuid.UUID, int]) -> tuple[tuple[uuid.UUID, int, int], ...]:
    out = []
    for site_hex, (first, _) in sorted(json.loads(ranges_json).items()):
        site = uuid.UUID(hex=site_hex)
        have = vector.get(site, 0)
        if first > have + 1:
            out.append((site, have + 1, first - 1))
    return tuple(out)


def _when(hlc: int | None) -> dt.datetime | None:
    if not hlc:
        return None
    return dt.datetime.fromtimestamp(unpack(int(hlc))[0] / 1000, dt.UTC)
