"""Applying received changes to the rows (DESIGN.md §6, "conflicts").

- Issued documents (immutable tables) are a set union: a new id is inserted; the same id with
  the same content is nothing new; the same id with other content, or any update or delete of a
  document, is an integrity error that refuses the whole bundle.
- Mutable rows resolve per column by last-writer-wins on (HLC, site). The version of a column is
  the greatest (HLC, site) among the change-log entries of the row that wrote it, so it needs no
  extra bookkeeping and is the same on every site that holds the same entries.
- A losing value is kept in ``sync_conflicts`` unless the winner was written knowing it (its
  causal ``base``). A later write whose base names a kept loser settles it. Delivery is causal
  (the importer holds bundles with gaps), so every site ends with the same set of losers.
- Deleted rows (tombstones) stay deleted: later writes to them are logged, not applied.

Rows are written with Core statements on the session's connection (the flush hooks would stamp
them as local changes) and journaled with :func:`milrep.db.journal.record_remote`.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from milrep.db import journal
from milrep.i18n import translate
from milrep.models.journal import ChangeLogEntry, Tombstone
from milrep.models.sync import ChangeBase, SyncConflict
from milrep.sync.errors import BundleDamaged, Equivocation, IntegrityConflict
from milrep.sync.payload import Change, Version
from milrep.sync.rows import (SYSTEM_COLUMNS, decode_columns, immutable_tables, parse_data,
                              synced_tables)

NO_SITE = uuid.UUID(int=0)
#: (version, the value as the change log holds it)
ColumnState = tuple[Version, Any]


@dataclass
class ApplyReport:
    new: int = 0  # changes this site did not hold (now in its change log)
    already: int = 0  # changes it held already (identical)
    conflicts: int = 0  # losing values kept
    settled: int = 0  # kept losing values a received write took into account
    inserted: list[tuple[str, uuid.UUID]] = field(default_factory=list)


class Applier:
    def __init__(self, session: Session, vector: dict[uuid.UUID, int],
                 on_progress: Callable[[int], None] | None = None, every: int = 500) -> None:
        self.s = session
        #: called with the number of changes gone through, every ``every`` changes (it may
        #: raise to stop: the caller's transaction is then rolled back)
        self.on_progress = on_progress
        self.every = max(1, every)
        self.conn = session.connection()
        self.tables = synced_tables()
        self.immutable = immutable_tables()
        self.vector = dict(vector)
        self.report = ApplyReport()
        self._versions: dict[tuple[str, uuid.UUID], dict[str, ColumnState]] = {}
        self._entries: list[journal.RemoteEntry] = []
        self._bases: list[dict[str, Any]] = []
        self._deleted: set[tuple[str, uuid.UUID]] = set()  # by this bundle (journaled at the end)
        self._existing: set[tuple[str, uuid.UUID]] = set()  # rows present (or pending insert)
        self._tombstones: set[tuple[str, uuid.UUID]] = set()
        self._pending: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = {}
        self._now = dt.datetime.now(dt.UTC)

    def run(self, changes: list[Change]) -> ApplyReport:
        # Children may come before their parents within one origin's flush: check foreign keys
        # at commit, when the whole bundle is in (SQLite resets this pragma after the commit).
        self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        held = self._held_entries(changes)
        self._prefetch(changes)
        for i, c in enumerate(changes):
            if self.on_progress is not None and i and i % self.every == 0:
                self.on_progress(i)
            stored = held.get((c.site, c.seq))
            if stored is not None:
                if stored != (c.hlc, c.table, c.row_id, c.op, c.data):
                    raise Equivocation(translate(
                        "milrep", "The bundle carries change {seq} of workstation {site} with "
                        "other content than this workstation already holds under that number. "
                        "It is refused; report it to the head of office.")
                        .format(seq=c.seq, site=c.site.hex[:8]))
                self.report.already += 1
                continue
            if c.seq != self.vector.get(c.site, 0) + 1:
                raise BundleDamaged(translate(
                    "milrep", "The bundle skips changes of workstation {site}. Nothing was "
                    "imported.").format(site=c.site.hex[:8]))
            self.vector[c.site] = c.seq
            self._apply(c)
            self.report.new += 1
        self._flush_inserts()
        journal.record_remote(self.s, self._entries)
        if self._bases:
            self.conn.execute(ChangeBase.__table__.insert(), self._bases)
        # A deleted row has no values to review: its kept losers go, wherever it was deleted
        # (here or elsewhere, before or after they were kept), as on every other site.
        self.conn.execute(delete(SyncConflict).where(
            SyncConflict.kind == "column",
            select(Tombstone.row_id).where(Tombstone.table_name == SyncConflict.table_name,
                                           Tombstone.row_id == SyncConflict.row_id).exists()))
        return self.report

    # --- one change ---------------------------------------------------------------------------

    def _apply(self, c: Change) -> None:
        table = self.tables[c.table]
        if c.base:
            self._bases.append({"site_id": c.site, "seq": c.seq, "base": json.dumps(
                {col: [[h, s.hex] for h, s in vs] for col, vs in sorted(c.base.items())},
                separators=(",", ":"))})
        if c.op == "delete":
            self._delete(c, table)
            return
        raw = parse_data(c.data or "")
        values = decode_columns(table, raw)
        if c.op == "insert" and values.get("id") != c.row_id:
            raise BundleDamaged(translate("milrep", "The bundle is malformed: a row's id does "
                                          "not match its change. Nothing was imported."))
        values.pop("id", None)
        if self._tombstoned(c.table, c.row_id):
            self._log(c)  # deleted here: the write is kept in the log, not applied
            return
        if (c.table, c.row_id) not in self._existing:
            if c.op != "insert":
                raise IntegrityConflict(translate(
                    "milrep", "The bundle changes a record of {table} this workstation never "
                    "received. It is refused; import the missing bundles first.")
                    .format(table=c.table))
            row_values = {"id": c.row_id, "hlc": c.hlc, "origin_site": c.site, **values}
            self._pending.setdefault((c.table, frozenset(row_values)), []).append(row_values)
            self._existing.add((c.table, c.row_id))
            version = c.version
            self._versions[(c.table, c.row_id)] = {k: (version, raw[k]) for k in values}
            self.report.inserted.append((c.table, c.row_id))
            self._log(c, after={k: raw[k] for k in values})
            return
        self._flush_inserts()
        row = self.conn.execute(select(table).where(table.c.id == c.row_id)).one()
        if c.table in self.immutable:
            if c.op == "insert" and all(row._mapping[k] == v for k, v in values.items()):
                self._log(c)  # the same document again: a union adds nothing
                return
            raise IntegrityConflict(translate(
                "milrep", "The bundle changes an issued document ({table} {id}) that this "
                "workstation holds with other content. Issued documents never change; the "
                "bundle is refused. Report it to the head of office.")
                .format(table=c.table, id=c.row_id.hex[:8]))
        self._merge(c, table, row._mapping, raw, values)

    def _merge(self, c: Change, table: Table, row: Any, raw: dict[str, Any],
               values: dict[str, Any]) -> None:
        versions = self._row_versions(c.table, c.row_id)
        base = c.base or {}
        won: dict[str, Any] = {}
        before: dict[str, Any] = {}
        for col, value in values.items():
            known = base.get(col, ())
            for b in known:
                self._settle(c.table, c.row_id, col, b)
            current = versions.get(col)
            if current is None or c.version > current[0]:
                if current is not None and current[0] not in known:
                    self._keep_loser(c.table, c.row_id, col, current[0], current[1])
                won[col] = value
                before[col] = row[col]
                versions[col] = (c.version, raw[col])
            else:
                self._keep_loser(c.table, c.row_id, col, c.version, raw[col])
        if won:
            top = max((row["hlc"], row["origin_site"] or NO_SITE), c.version)
            self.conn.execute(update(table).where(table.c.id == c.row_id)
                              .values(hlc=top[0], origin_site=top[1], **won))
        self._log(c, before=before or None, after={k: raw[k] for k in won} or None)

    def _delete(self, c: Change, table: Table) -> None:
        if c.table in self.immutable:
            raise IntegrityConflict(translate(
                "milrep", "The bundle deletes an issued document ({table} {id}); issued "
                "documents are never deleted. The bundle is refused.")
                .format(table=c.table, id=c.row_id.hex[:8]))
        before = None
        if (c.table, c.row_id) in self._existing:
            self._flush_inserts()
            row = self.conn.execute(select(table).where(table.c.id == c.row_id)).one()
            before = {k: v for k, v in row._mapping.items() if k not in SYSTEM_COLUMNS}
            self.conn.execute(delete(table).where(table.c.id == c.row_id))
            self._existing.discard((c.table, c.row_id))
        self._deleted.add((c.table, c.row_id))
        self._log(c, before=before)

    # --- bookkeeping --------------------------------------------------------------------------

    def _log(self, c: Change, *, before: dict[str, Any] | None = None,
             after: dict[str, Any] | None = None) -> None:
        self._entries.append(journal.RemoteEntry(
            site_id=c.site, seq=c.seq, hlc=c.hlc, table=c.table, row_id=c.row_id, op=c.op,
            data=c.data, before=before, after=after))

    def _held_entries(self, changes: list[Change]
                      ) -> dict[tuple[uuid.UUID, int], tuple[int, str, uuid.UUID, str, str | None]]:
        spans: dict[uuid.UUID, tuple[int, int]] = {}
        for c in changes:
            lo, hi = spans.get(c.site, (c.seq, c.seq))
            spans[c.site] = (min(lo, c.seq), max(hi, c.seq))
        out = {}
        for site, (lo, hi) in spans.items():
            if lo > self.vector.get(site, 0):
                continue
            rows = self.conn.execute(
                select(ChangeLogEntry.seq, ChangeLogEntry.hlc, ChangeLogEntry.table_name,
                       ChangeLogEntry.row_id, ChangeLogEntry.op, ChangeLogEntry.data)
                .where(ChangeLogEntry.site_id == site, ChangeLogEntry.seq.between(lo, hi)))
            for seq, *rest in rows:
                out[(site, int(seq))] = tuple(rest)
        return out  # type: ignore[return-value]

    def _tombstoned(self, table: str, row_id: uuid.UUID) -> bool:
        return (table, row_id) in self._deleted or (table, row_id) in self._tombstones

    def _prefetch(self, changes: list[Change]) -> None:
        """Which rows of the bundle exist or were deleted here: two queries per 500 rows."""
        by_table: dict[str, set[uuid.UUID]] = {}
        for c in changes:
            by_table.setdefault(c.table, set()).add(c.row_id)
        for name, id_set in by_table.items():
            table, ids = self.tables[name], sorted(id_set)
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self._existing.update((name, r) for r in self.conn.execute(
                    select(table.c.id).where(table.c.id.in_(chunk))).scalars())
                self._tombstones.update((name, r) for r in self.conn.execute(
                    select(Tombstone.row_id).where(Tombstone.table_name == name,
                                                   Tombstone.row_id.in_(chunk))).scalars())

    def _flush_inserts(self) -> None:
        """Write the new rows gathered so far (one statement per table and column set)."""
        for (name, _), rows in self._pending.items():
            self.conn.execute(self.tables[name].insert(), rows)
        self._pending.clear()

    def _row_versions(self, table: str, row_id: uuid.UUID) -> dict[str, ColumnState]:
        key = (table, row_id)
        if key not in self._versions:
            versions: dict[str, ColumnState] = {}
            rows = self.conn.execute(
                select(ChangeLogEntry.hlc, ChangeLogEntry.site_id, ChangeLogEntry.data)
                .where(ChangeLogEntry.table_name == table, ChangeLogEntry.row_id == row_id,
                       ChangeLogEntry.op != "delete"))
            for hlc, site, data in rows:
                v = (int(hlc), site)
                for col, value in json.loads(data).items():
                    if col in SYSTEM_COLUMNS or col == "id":
                        continue
                    if col not in versions or v > versions[col][0]:
                        versions[col] = (v, value)
            self._versions[key] = versions
        return self._versions[key]

    def _keep_loser(self, table: str, row_id: uuid.UUID, column: str, version: Version,
                    value: Any) -> None:
        stmt = sqlite_insert(SyncConflict).values(
            key=column_conflict_key(table, row_id, column, version), kind="column",
            table_name=table, row_id=row_id, column_name=column, loser_hlc=version[0],
            loser_site=version[1], loser_value=journal.dumps(value), detected_at=self._now)
        if self.conn.execute(stmt.on_conflict_do_nothing(index_elements=["key"])).rowcount:
            self.report.conflicts += 1

    def _settle(self, table: str, row_id: uuid.UUID, column: str, version: Version) -> None:
        gone = self.conn.execute(delete(SyncConflict).where(
            SyncConflict.key == column_conflict_key(table, row_id, column, version))).rowcount
        self.report.settled += gone


def column_conflict_key(table: str, row_id: uuid.UUID, column: str, version: Version) -> str:
    return f"c:{table}:{row_id.hex}:{column}:{version[0]}:{version[1].hex}"
