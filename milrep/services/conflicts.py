"""Conflicts kept by sync, for a person: read one, settle it (milrep.sync.settle).

Column conflicts are settled by anyone who exchanges bundles (Permission.SYNC); business
conflicts only by the head of office (Permission.MANAGE_OFFICE), always with a comment.
"""

from __future__ import annotations

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import PermissionDenied
from milrep.i18n import translate
from milrep.services.auth import Actor, Permission, can
from milrep.sync import settle
from milrep.sync.settle import ConflictView, Resolution

#: what a settled conflict changes for the views (its table is not a synced one)
CONFLICTS_TABLE = "sync_conflicts"


def get_conflict(uow: UnitOfWork, actor: Actor, *, conflict_id: int) -> ConflictView:
    s = uow.begin(actor, Permission.READ, "conflicts.get")
    return settle.view(s, settle.load(s, conflict_id))


def settle_conflict(uow: UnitOfWork, actor: Actor, *, conflict_id: int,
                    resolution: Resolution, comment: str = "") -> Changes:
    """Keep the stored value, take the other one, or mark the conflict reviewed."""
    s = uow.begin(actor, Permission.SYNC, "conflicts.settle")
    c = settle.load(s, conflict_id)
    if c.kind == "business" and not can(actor, Permission.MANAGE_OFFICE):
        raise PermissionDenied(translate(
            "milrep", "Only the head of office settles a business conflict; nothing was "
            "changed."))
    settle.settle(s, c, resolution=Resolution(resolution), comment=comment,
                  settled_by=actor.username, site_id=uow.db.site_id)
    return _commit(uow)


def settle_business_conflict(uow: UnitOfWork, actor: Actor, *, conflict_id: int,
                             comment: str) -> Changes:
    """The head of office's review of a business conflict, with what was decided."""
    s = uow.begin(actor, Permission.MANAGE_OFFICE, "conflicts.settle_business")
    c = settle.load(s, conflict_id)
    settle.settle(s, c, resolution=Resolution.REVIEWED, comment=comment,
                  settled_by=actor.username, site_id=uow.db.site_id)
    return _commit(uow)


def _commit(uow: UnitOfWork) -> Changes:
    uow.session.info.setdefault("changed_tables", set()).add(CONFLICTS_TABLE)
    return uow.commit()
