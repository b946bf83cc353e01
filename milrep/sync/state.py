"""This site's sync bookkeeping: version vectors, what each peer has, the office realm."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db import migrate
from milrep.db.store import JOIN_REALM
from milrep.models.journal import ChangeLogEntry, Meta
from milrep.models.office import Office, Site
from milrep.models.sync import SyncPeer

Vector = dict[uuid.UUID, int]


def vector_to_json(v: Mapping[uuid.UUID, int]) -> str:
    return json.dumps({k.hex: n for k, n in sorted(v.items())}, separators=(",", ":"))


def vector_from_json(text: str | None) -> Vector:
    return {uuid.UUID(hex=k): int(n) for k, n in json.loads(text or "{}").items()}


def merge(a: Mapping[uuid.UUID, int], b: Mapping[uuid.UUID, int]) -> Vector:
    out = dict(a)
    for k, n in b.items():
        out[k] = max(out.get(k, 0), n)
    return out


def local_vector(session: Session) -> Vector:
    """Per site, the last change this site holds (its change log is gap-free per site)."""
    rows = session.connection().execute(
        select(ChangeLogEntry.site_id, func.max(ChangeLogEntry.seq))
        .group_by(ChangeLogEntry.site_id))
    return {site: int(seq) for site, seq in rows}


def realm(session: Session) -> uuid.UUID:
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is not None:
        return office.realm_id
    # a workstation that has asked to join and holds no office data yet
    joining = session.scalars(select(Meta.value).where(Meta.key == JOIN_REALM)).first()
    if joining is None:
        raise RuntimeError("the database has no office")
    return uuid.UUID(hex=joining)


def site_code(session: Session, site_id: uuid.UUID) -> str:
    site = session.get(Site, site_id)
    return site.code if site is not None else site_id.hex[:8]


def schema_version() -> str:
    """The schema the bundle rows follow: this code's newest migration."""
    return migrate.head_revision()


def peer(session: Session, site_id: uuid.UUID) -> SyncPeer:
    p = session.get(SyncPeer, site_id)
    if p is None:
        p = SyncPeer(site_id=site_id, acked_vector="{}", sent_vector="{}")
        session.add(p)
    return p
