"""The one mechanism that makes every write sync-ready and audited.

Installed on the session factory, these flush hooks run for every write any service makes:
- before the flush: give new synced rows their UUID, stamp ``hlc`` and ``origin_site``, and refuse
  updates or deletes of immutable documents;
- after the flush, in the same transaction: append one change-log entry per row (gap-free
  sequence per site), a tombstone per delete, one hash-chained audit entry per row, and persist
  the clock.
Because it hangs on the session and walks the mapped columns, no service can forget it.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import hashlib
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, inspect, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from milrep.db.hlc import HybridClock
from milrep.errors import RuleViolation
from milrep.i18n import translate
from milrep.models.journal import AuditEntry, ChangeLogEntry, Meta, SiteClock, Tombstone

GENESIS_HASH = "0" * 64
#: ``milrep_meta`` key holding "seq:hash" of the newest audit entry, written with every entry:
#: deleting entries from the end of the chain then no longer goes unnoticed.
AUDIT_HEAD_KEY = "audit_head"
#: ``session.info`` key set while a sync bundle is applied (milrep.sync.apply): rows then arrive
#: with their origin's clock and site, are written by the applier itself and journaled with
#: :func:`record_remote`; a synced object flushed through the ORM meanwhile would be re-stamped
#: as a local change, so it is refused.
APPLYING_REMOTE = "applying_remote"


def to_jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def dumps(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=to_jsonable)


def audit_hash(seq: int, at: str, actor: str, action: str, object_type: str, object_id: str,
               before: str | None, after: str | None, prev_hash: str) -> str:
    body = dumps([seq, at, actor, action, object_type, object_id, before, after, prev_hash])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _is_synced(obj: object) -> bool:
    return getattr(type(obj), "__synced__", False)


def _columns(obj: object) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.columns[0].name: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _changed(obj: object) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old values, new values) of the columns changed in this flush."""
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            name = attr.columns[0].name
            before[name] = hist.deleted[0] if hist.deleted else None
            after[name] = hist.added[0] if hist.added else None
    return before, after


def before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    info = session.info
    if "actor" not in info:
        raise RuntimeError("write without an actor: open a unit of work and call begin() first")
    clock: HybridClock = info["clock"]
    site_id: uuid.UUID = info["site_id"]
    if info.get(APPLYING_REMOTE) and any(
            _is_synced(o) for o in (*session.new, *session.dirty, *session.deleted)):
        raise RuntimeError("a synced row written through the ORM while a bundle is applied "
                           "would be stamped as a local change; the applier writes rows itself")
    if any(_is_synced(o) for o in (*session.new, *session.dirty, *session.deleted)):
        # Another process (the CLI next to the GUI) may have issued later clock values for this
        # site: merge the persisted value first, in this transaction, so ours stay greater.
        persisted = session.connection().execute(
            select(SiteClock.last_hlc).where(SiteClock.site_id == site_id)).scalar()
        if persisted:
            clock.last = persisted
    for obj in session.new:
        if _is_synced(obj):
            if getattr(obj, "id", None) is None:
                obj.id = uuid.uuid4()  # type: ignore[attr-defined]
            obj.hlc = clock.tick()  # type: ignore[attr-defined]
            obj.origin_site = site_id  # type: ignore[attr-defined]
    for obj in session.dirty:
        if _is_synced(obj) and session.is_modified(obj, include_collections=False):
            if getattr(type(obj), "__immutable__", False):
                raise RuleViolation(translate(
                    "milrep", "An issued document cannot be changed; issue a new one that "
                    "supersedes it."))
            obj.hlc = clock.tick()  # type: ignore[attr-defined]
            obj.origin_site = site_id  # type: ignore[attr-defined]
    for obj in session.deleted:
        if getattr(type(obj), "__immutable__", False):
            raise RuleViolation(translate(
                "milrep", "An issued document cannot be deleted; revoke or supersede it."))


def refuse_bulk_writes(state: ORMExecuteState) -> None:
    """Bulk UPDATE/DELETE/INSERT statements bypass the flush hooks: refuse them on synced tables."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    if state.execution_options.get("milrep_unjournaled"):
        return  # a deliberate exception (bulk test data for benchmarks), never in a service
    mapper = state.bind_mapper
    if mapper is not None and getattr(mapper.class_, "__synced__", False):
        raise RuntimeError(f"a bulk statement on {mapper.class_.__name__} bypasses the change "
                           "log; load the rows and change them through the session (or pass "
                           "execution_options(milrep_unjournaled=True) for benchmark data)")


def after_flush(session: Session, flush_context: UOWTransaction) -> None:
    rows: list[tuple[str, object, dict[str, Any] | None, dict[str, Any] | None]] = []
    for obj in session.new:
        if _is_synced(obj):
            rows.append(("insert", obj, None, _columns(obj)))
    for obj in session.dirty:
        if _is_synced(obj):
            before, after = _changed(obj)
            if after:
                rows.append(("update", obj, before, after))
    for obj in session.deleted:
        if _is_synced(obj):
            rows.append(("delete", obj, _columns(obj), None))
    if rows:
        write_journal(session, rows)


def write_journal(session: Session,
                  rows: list[tuple[str, object, dict[str, Any] | None, dict[str, Any] | None]]) -> None:
    """Append change-log, tombstone and audit entries for ``rows`` on the session's connection."""
    info = session.info
    conn = session.connection()
    site_id: uuid.UUID = info["site_id"]
    clock: HybridClock = info["clock"]
    actor: str = info["actor"]
    action: str | None = info.get("action")
    now = dt.datetime.now(dt.UTC)
    at = now.isoformat(timespec="microseconds")

    seq = conn.execute(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))
                       .where(ChangeLogEntry.site_id == site_id)).scalar_one()
    last = conn.execute(select(AuditEntry.seq, AuditEntry.hash)
                        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    audit_seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)

    log_rows: list[dict[str, Any]] = []
    audit_rows: list[dict[str, Any]] = []
    tombstones: list[dict[str, Any]] = []
    tables: set[str] = set(info.setdefault("changed_tables", set()))
    for op, obj, before, after in rows:
        table = type(obj).__table__.name  # type: ignore[attr-defined]
        row_id: uuid.UUID = obj.id  # type: ignore[attr-defined]
        hlc: int = obj.hlc if op != "delete" else clock.tick()  # type: ignore[attr-defined]
        seq += 1
        log_rows.append({"site_id": site_id, "seq": seq, "hlc": hlc, "table_name": table,
                         "row_id": row_id, "op": op,
                         "data": dumps(after) if after is not None else None})
        if op == "delete":
            tombstones.append({"table_name": table, "row_id": row_id, "hlc": hlc,
                               "origin_site": site_id})
        audit_seq += 1
        b = dumps(before) if before is not None else None
        a = dumps(after) if after is not None else None
        act = action or f"{table}.{op}"
        h = audit_hash(audit_seq, at, actor, act, table, row_id.hex, b, a, prev_hash)
        audit_rows.append({"seq": audit_seq, "at": now, "actor": actor, "action": act,
                           "object_type": table, "object_id": row_id.hex, "before": b,
                           "after": a, "prev_hash": prev_hash, "hash": h})
        prev_hash = h
        tables.add(table)
    conn.execute(insert(ChangeLogEntry), log_rows)
    conn.execute(insert(AuditEntry), audit_rows)
    if tombstones:
        conn.execute(insert(Tombstone).prefix_with("OR REPLACE"), tombstones)
    conn.execute(insert(Meta).prefix_with("OR REPLACE"),
                 {"key": AUDIT_HEAD_KEY, "value": f"{audit_seq}:{prev_hash}"})
    updated = conn.execute(update(SiteClock).where(SiteClock.site_id == site_id)
                           .values(last_hlc=clock.last)).rowcount
    if not updated:
        conn.execute(insert(SiteClock).values(site_id=site_id, last_hlc=clock.last))
    info["changed_tables"] = tables


@dataclass(frozen=True)
class RemoteEntry:
    """One change from another site, as its change log holds it (site, seq, clock, data)."""

    site_id: uuid.UUID
    seq: int
    hlc: int
    table: str
    row_id: uuid.UUID
    op: str
    data: str | None
    #: the values this change replaced here and the values it wrote here, for the audit journal
    #: (``None``/empty when it changed nothing here: a value that lost, a row deleted meanwhile)
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


def record_remote(session: Session, entries: list[RemoteEntry]) -> None:
    """Journal changes applied from a bundle: the "applying remote changes" mode.

    Unlike :func:`write_journal` nothing is re-stamped: the change log keeps each change under
    its origin's site id, sequence and clock (so it can be relayed and compared), deletes leave
    the origin's tombstone (the newest clock wins when two sites deleted the row), the clock
    merges the remote values, and the audit journal records who imported what.
    """
    if not entries:
        return
    info = session.info
    conn = session.connection()
    site_id: uuid.UUID = info["site_id"]
    clock: HybridClock = info["clock"]
    clock.last = max(e.hlc for e in entries)
    conn.execute(insert(ChangeLogEntry), [
        {"site_id": e.site_id, "seq": e.seq, "hlc": e.hlc, "table_name": e.table,
         "row_id": e.row_id, "op": e.op, "data": e.data} for e in entries])
    for e in entries:
        if e.op == "delete":
            stmt = sqlite_insert(Tombstone).values(table_name=e.table, row_id=e.row_id,
                                                   hlc=e.hlc, origin_site=e.site_id)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["table_name", "row_id"],
                set_={"hlc": stmt.excluded.hlc, "origin_site": stmt.excluded.origin_site},
                where=Tombstone.hlc < stmt.excluded.hlc))
    action = info.get("action") or "sync.import"
    append_audit(session, [
        (action, e.table, e.row_id.hex,
         e.before, {"origin": e.site_id.hex, "seq": e.seq, "op": e.op, **(e.after or {})})
        for e in entries])
    updated = conn.execute(update(SiteClock).where(SiteClock.site_id == site_id)
                           .values(last_hlc=clock.last)).rowcount
    if not updated:
        conn.execute(insert(SiteClock).values(site_id=site_id, last_hlc=clock.last))
    tables = set(info.setdefault("changed_tables", set()))
    info["changed_tables"] = tables | {e.table for e in entries}


def append_audit(session: Session, rows: list[tuple[str, str, str, dict[str, Any] | None,
                                                  dict[str, Any] | None]]) -> None:
    """Append (action, object type, object id, before, after) entries to the hash chain."""
    conn = session.connection()
    actor: str = session.info["actor"]
    now = dt.datetime.now(dt.UTC)
    at = now.isoformat(timespec="microseconds")
    last = conn.execute(select(AuditEntry.seq, AuditEntry.hash)
                        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    audit_seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    out: list[dict[str, Any]] = []
    for action, object_type, object_id, before, after in rows:
        audit_seq += 1
        b = dumps(before) if before is not None else None
        a = dumps(after) if after is not None else None
        h = audit_hash(audit_seq, at, actor, action, object_type, object_id, b, a, prev_hash)
        out.append({"seq": audit_seq, "at": now, "actor": actor, "action": action,
                    "object_type": object_type, "object_id": object_id, "before": b,
                    "after": a, "prev_hash": prev_hash, "hash": h})
        prev_hash = h
    if out:
        conn.execute(insert(AuditEntry), out)
        conn.execute(insert(Meta).prefix_with("OR REPLACE"),
                     {"key": AUDIT_HEAD_KEY, "value": f"{audit_seq}:{prev_hash}"})
