"""Opening a database on the worker: the result is a Workspace (database, actor, office)."""

from __future__ import annotations

from pathlib import Path

from milrep.db.keyslots import DEFAULT_KDF, KdfParams
from milrep.db.store import Database, NewOffice, create_database, open_database
from milrep.services.auth import Actor
from milrep.services.dashboard import office_info
from ui.ops import Workspace


def workspace_for(db: Database, actor: Actor) -> Workspace:
    try:
        with db.read() as s:
            return Workspace(db=db, actor=actor, office=office_info(s, db.site_id))
    except Exception:
        db.close()
        raise


def unlock(path: Path, username: str, password: str) -> Workspace:
    """Runs on the worker: derive the key (≈0.35 s), open, read the office's identity."""
    db, actor = open_database(path, username, password)
    return workspace_for(db, actor)


def create(path: Path, spec: NewOffice, kdf: KdfParams = DEFAULT_KDF) -> tuple[Workspace, str]:
    """Runs on the worker: create the office database; returns it and the recovery code."""
    db, actor, recovery = create_database(path, spec, kdf=kdf)
    return workspace_for(db, actor), recovery
