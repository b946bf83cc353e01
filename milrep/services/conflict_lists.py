"""The SQL-paged list of conflicts kept by sync (the conflicts screen).

Scopes: ``state`` ("open" or "settled"), ``kind`` ("column" or "business") and ``shown`` (1: not
a conflict on a derived column, see milrep.sync.settle.DERIVED_COLUMNS). The record column
names the row in human terms where its table has a number or a name (one correlated look-up
per row of the page, only for the page shown); the values, sites and who settled it are in the
conflict's own view (milrep.services.conflicts.get_conflict).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import case, func, literal, select

from milrep.db.base import synced_models
from milrep.i18n import translate
from milrep.models.sync import SyncConflict
from milrep.services.lists import ListColumn, ListSpec
from milrep.sync.settle import DERIVED_COLUMNS

_NAME_COLUMNS = ("number", "document_no", "name", "code", "full_name", "username")


@cache
def _record_expr() -> Any:
    """The row's number or name, looked up in its own table (CASE over the synced tables)."""
    whens = []
    for m in sorted(synced_models(), key=lambda m: m.__table__.name):
        t = m.__table__
        col = next((t.c[c] for c in _NAME_COLUMNS if c in t.c), None)
        if col is None:
            continue
        whens.append((SyncConflict.table_name == t.name,
                      select(col).where(t.c.id == SyncConflict.row_id).scalar_subquery()))
    return func.coalesce(case(*whens, else_=None), func.substr(
        func.lower(func.hex(SyncConflict.row_id)), 1, 8))


STATE = case((SyncConflict.settled_at.is_(None), literal("open")), else_=literal("settled"))
#: 1 for a conflict a person settles; 0 for one on a derived column (the search text), which is
#: settled with the conflict of the same write on the row's own columns
SHOWN = case((SyncConflict.column_name.in_(DERIVED_COLUMNS), literal(0)), else_=literal(1))

CONFLICTS = ListSpec(
    name="sync_conflicts",
    base=SyncConflict.__table__,
    id_expr=SyncConflict.id,  # type: ignore[arg-type]
    columns=(
        ListColumn("detected_at", lambda: translate("milrep", "Found"),
                   SyncConflict.detected_at, "date"),
        ListColumn("kind", lambda: translate("milrep", "Kind"), SyncConflict.kind, "enum"),
        ListColumn("table", lambda: translate("milrep", "Record of"), SyncConflict.table_name,
                   "enum"),
        ListColumn("record", lambda: translate("milrep", "Record"), _record_expr(),
                   sortable=False),
        ListColumn("column", lambda: translate("milrep", "Field or rule"),
                   func.coalesce(SyncConflict.column_name, SyncConflict.rule), "enum",
                   sortable=False),
        ListColumn("state", lambda: translate("milrep", "State"), STATE, "enum",
                   sortable=False),
    ),
    search_expr=SyncConflict.table_name + " " + func.coalesce(SyncConflict.column_name, "")
    + " " + func.coalesce(SyncConflict.rule, "") + " " + func.coalesce(SyncConflict.settled_by,
                                                                         ""),
    default_sort="detected_at",
    scopes={"state": STATE, "kind": SyncConflict.kind, "shown": SHOWN},
)
