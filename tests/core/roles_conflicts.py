"""Roles × actions for settling sync conflicts (milrep.services.conflicts).

An allowed actor gets a conflict planted for it (a kept losing address of the test unit, or a
business flag on it); a refused one gets an id that does not exist: the permission check comes
first and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from milrep.models.sync import SyncConflict
from milrep.services.auth import ROLE_PERMISSIONS, Actor, Permission
from milrep.sync.settle import Resolution
from tests.helpers import OfficeFixture


def _plant(o: OfficeFixture, a: Actor, perm: Permission, kind: str) -> int:
    if perm not in ROLE_PERMISSIONS[a.role]:
        return 999_999
    key = f"roles:{kind}:{a.username}:{uuid.uuid4().hex}"
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.SYNC, "test.plant_conflict")
        c = SyncConflict(key=key, kind=kind, table_name="organizations", row_id=o.ids["unit"],
                         detected_at=dt.datetime.now(dt.UTC))
        if kind == "column":
            c.column_name, c.loser_hlc, c.loser_site = "address", 1 << 16, uuid.uuid4()
            c.loser_value = json.dumps(f"Address kept for {a.username}")
        else:
            c.rule, c.other_table, c.other_row_id = "suspended", "suspensions", uuid.uuid4()
        s.add(c)
        s.flush()
        cid = c.id
        uow.commit()
    return cid


def actions() -> dict[str, tuple[Permission, Any]]:
    return {
        "conflicts.get_conflict": (Permission.READ, lambda o, a: {
            "conflict_id": _plant(o, a, Permission.READ, "column")}),
        "conflicts.settle_conflict": (Permission.SYNC, lambda o, a: {
            "conflict_id": _plant(o, a, Permission.SYNC, "column"),
            "resolution": Resolution.TAKEN, "comment": "checked"}),
        "conflicts.settle_business_conflict": (Permission.MANAGE_OFFICE, lambda o, a: {
            "conflict_id": _plant(o, a, Permission.MANAGE_OFFICE, "business"),
            "comment": "Reviewed with the contractor"}),
    }
