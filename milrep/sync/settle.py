"""Settling the conflicts sync keeps for a person (milrep.sync.apply, milrep.sync.business).

A **column conflict** is a value that lost to another site's later write of the same column.
A person settles it one of three ways:

- ``kept``: the winning value stays. It is written again, as a normal local change whose causal
  base names both the winner and the loser, so the other sites drop the kept loser too when they
  import it (milrep.sync.apply settles a kept loser named in a received base);
- ``taken``: the losing value is written instead, the same way (and so it reaches every site);
- ``reviewed``: nothing is written; the conflict is marked as seen here only.

A **business conflict** (an acceptance, certification or shipment that crossed a suspension, or
goods certified twice) is settled only by the head of office, with a comment, as ``reviewed``: the
documents involved are signed facts, and the remedy (a revocation, a resumption) is its own act.

Either way who settled it, when, how and why stay on the conflict record and in the audit journal.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from milrep.db import journal
from milrep.db.base import synced_models
from milrep.db.hlc import unpack
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import format_date, translate
from milrep.models.journal import ChangeLogEntry
from milrep.models.office import Site
from milrep.models.sync import ChangeBase, SyncConflict
from milrep.models.assets import Asset
from milrep.services.asset_balances import to_quantity
from milrep.sync.business import (RULE_ASSET_OVERDRAWN, RULE_OVER_CERTIFIED, RULE_SUSPENDED,
                                  overdrawn_places)
from milrep.sync.rows import SYSTEM_COLUMNS, decode_columns

COMMENT_MAX = 2000
#: columns a service derives from others (the search index text): a conflict on one goes with the
#: conflict of the same losing write on the row's own columns, is settled with it, and is not
#: listed for a person on its own
DERIVED_COLUMNS = frozenset({"search_text"})


class Resolution(enum.StrEnum):
    KEPT = "kept"  # the winning value stays (written again so every site drops the loser)
    TAKEN = "taken"  # the losing value is written (a new change that syncs)
    REVIEWED = "reviewed"  # seen; nothing written


def resolution_label(r: Resolution | str | None) -> str:
    if not r:
        return translate("milrep", "open")
    return {
        Resolution.KEPT: translate("milrep", "kept the current value"),
        Resolution.TAKEN: translate("milrep", "took the other value"),
        Resolution.REVIEWED: translate("milrep", "reviewed"),
    }[Resolution(r)]


@dataclass(frozen=True)
class Side:
    """One of the two values of a column conflict: what, written where and when."""

    value: str  # for a person
    site: str  # the site's code
    hlc: int
    at: dt.datetime | None


@dataclass(frozen=True)
class ConflictView:
    id: int
    kind: str  # "column" or "business"
    table: str
    row_id: uuid.UUID
    record: str  # the record in human terms ("Organization Military unit 12345")
    column: str | None
    column_label: str
    winner: Side | None  # column conflicts: the value now stored
    loser: Side | None  # column conflicts: the value that lost
    rule: str | None
    explanation: str  # what the conflict is, in a sentence
    other_record: str
    detected_at: dt.datetime
    settled_at: dt.datetime | None
    settled_by: str | None
    resolution: str | None
    comment: str
    #: business conflicts: the record and the one it crosses, each with where and when made
    record_side: Side | None = None
    other_side: Side | None = None

    @property
    def is_open(self) -> bool:
        return self.settled_at is None

    @property
    def head_only(self) -> bool:
        return self.kind == "business"


# --- naming records for a person ------------------------------------------------------------

def table_label(table: str) -> str:
    labels = {
        "organizations": translate("milrep", "Organization"),
        "contracts": translate("milrep", "Contract"),
        "contract_amendments": translate("milrep", "Contract amendment"),
        "contract_stages": translate("milrep", "Contract stage"),
        "control_list_items": translate("milrep", "Control list item"),
        "lots": translate("milrep", "Lot"),
        "users": translate("milrep", "User"),
        "sites": translate("milrep", "Workstation"),
        "acceptance_records": translate("milrep", "Acceptance record"),
        "certificates": translate("milrep", "Certificate"),
        "certificate_acceptances": translate("milrep", "Certified goods"),
        "shipments": translate("milrep", "Shipment"),
        "suspensions": translate("milrep", "Suspension"),
        "resumptions": translate("milrep", "Resumption"),
        "instruments": translate("milrep", "Measuring instrument"),
        "inspections": translate("milrep", "Inspection"),
        "presentations": translate("milrep", "Presentation"),
    }
    return labels.get(table, table.replace("_", " ").capitalize())


def column_label(column: str | None) -> str:
    if not column:
        return ""
    labels = {
        "name": translate("milrep", "Name"),
        "address": translate("milrep", "Address"),
        "number": translate("milrep", "Number"),
        "subject": translate("milrep", "Subject"),
        "status": translate("milrep", "Status"),
        "quantity": translate("milrep", "Quantity"),
        "notes": translate("milrep", "Notes"),
        "bin": translate("milrep", "BIN"),
        "full_name": translate("milrep", "Full name"),
    }
    return labels.get(column, column.replace("_", " ").capitalize())


_NAME_COLUMNS = ("number", "document_no", "name", "code", "full_name", "username",
                 "serial_number", "title")


def _models() -> dict[str, Any]:
    return {m.__table__.name: m for m in synced_models()}


def record_name(session: Session, table: str, row_id: uuid.UUID | None) -> str:
    """``Lot L-2026-004 (Radio station R-168)``-like: the table's label and the row's name."""
    label = table_label(table)
    model = _models().get(table)
    if row_id is None:
        return label
    row = session.get(model, row_id) if model is not None else None
    if row is None:
        return translate("milrep", "{what} {id} (deleted or not received)").format(
            what=label, id=row_id.hex[:8])
    cols = model.__table__.columns
    name = next((str(getattr(row, c)) for c in _NAME_COLUMNS
                 if c in cols and getattr(row, c, None)), "")
    out = f"{label} {name or row_id.hex[:8]}"
    lot_id = getattr(row, "lot_id", None) if table != "lots" else None
    if lot_id is not None:
        from milrep.models.products import Lot
        lot = session.get(Lot, lot_id)
        if lot is not None:
            out += " " + translate("milrep", "(lot {number})").format(number=lot.number)
    return out


def _display(session: Session, table: str, column: str, value_json: str | None) -> str:
    """A stored column value (JSON as in the change log) as a person reads it."""
    if value_json is None:
        return ""
    raw = json.loads(value_json)
    if raw is None:
        return translate("milrep", "(empty)")
    model = _models().get(table)
    if model is None or column not in model.__table__.columns:
        return str(raw)
    col = model.__table__.columns[column]
    try:
        value = decode_columns(model.__table__, {column: raw})[column]
    except Exception:  # a value of an older schema: shown as stored
        return str(raw)
    fks = list(col.foreign_keys)
    if fks and isinstance(value, uuid.UUID):
        return record_name(session, fks[0].column.table.name, value)
    if isinstance(value, bool):
        return translate("milrep", "yes") if value else translate("milrep", "no")
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _when(hlc: int | None) -> dt.datetime | None:
    if not hlc:
        return None
    return dt.datetime.fromtimestamp(unpack(int(hlc))[0] / 1000, dt.UTC)


def _site_code(session: Session, site: uuid.UUID | None) -> str:
    if site is None:
        return ""
    code = session.scalar(select(Site.code).where(Site.id == site))
    return code or site.hex[:8]


# --- reading one conflict -------------------------------------------------------------------

def winner_version(session: Session, table: str, row_id: uuid.UUID, column: str
                   ) -> tuple[tuple[int, uuid.UUID], Any] | None:
    """The (HLC, site) of the write the column's stored value comes from, and that value (JSON
    decoded), as milrep.sync.apply derives it: the greatest among the row's logged writes."""
    best: tuple[tuple[int, uuid.UUID], Any] | None = None
    rows = session.execute(
        select(ChangeLogEntry.hlc, ChangeLogEntry.site_id, ChangeLogEntry.data)
        .where(ChangeLogEntry.table_name == table, ChangeLogEntry.row_id == row_id,
               ChangeLogEntry.op != "delete"))
    for hlc, site, data in rows:
        values = json.loads(data or "{}")
        if column in values:
            v = (int(hlc), site)
            if best is None or v > best[0]:
                best = (v, values[column])
    return best


def load(session: Session, conflict_id: int) -> SyncConflict:
    c = session.get(SyncConflict, conflict_id) if isinstance(conflict_id, int) else None
    if c is None:
        raise NotFound(translate(
            "milrep", "Conflict {id} does not exist on this workstation (it may have been "
            "settled on another workstation and dropped here by an import).")
            .format(id=conflict_id))
    return c


def view(session: Session, c: SyncConflict) -> ConflictView:
    winner = loser = None
    if c.kind == "column" and c.column_name:
        loser = Side(value=_display(session, c.table_name, c.column_name, c.loser_value),
                     site=_site_code(session, c.loser_site), hlc=int(c.loser_hlc or 0),
                     at=_when(c.loser_hlc))
        won = winner_version(session, c.table_name, c.row_id, c.column_name)
        if won is not None:
            (hlc, site), value = won
            winner = Side(value=_display(session, c.table_name, c.column_name,
                                         journal.dumps(value)),
                          site=_site_code(session, site), hlc=hlc, at=_when(hlc))
    record = record_name(session, c.table_name, c.row_id)
    other = record_name(session, c.other_table, c.other_row_id) if c.other_table else ""
    sides: dict[str, Side | None] = {}
    if c.kind == "business":
        sides = {"record_side": _made(session, c.table_name, c.row_id, record),
                 "other_side": _made(session, c.other_table, c.other_row_id, other)}
    return ConflictView(
        id=c.id, kind=c.kind, table=c.table_name, row_id=c.row_id, record=record,
        column=c.column_name, column_label=column_label(c.column_name), winner=winner,
        loser=loser, rule=c.rule, explanation=_explain(session, c, record, other),
        other_record=other,
        detected_at=c.detected_at, settled_at=c.settled_at, settled_by=c.settled_by,
        resolution=c.resolution, comment=c.settle_comment or "", **sides)


def _made(session: Session, table: str | None, row_id: uuid.UUID | None, name: str
          ) -> Side | None:
    """A record as one side of a business conflict: its name, and where and when it was made."""
    model = _models().get(table or "")
    row = session.get(model, row_id) if model is not None and row_id is not None else None
    if row is None:
        return None if not name else Side(value=name, site="", hlc=0, at=None)
    return Side(value=name, site=_site_code(session, row.origin_site), hlc=int(row.hlc),
                at=_when(row.hlc))


def _explain(session: Session, c: SyncConflict, record: str, other: str) -> str:
    if c.kind == "column":
        return translate(
            "milrep", "Two workstations changed “{column}” of {record} without knowing of each "
            "other. The later change is stored; the other value is kept here for you to "
            "review.").format(column=column_label(c.column_name), record=record)
    if c.rule == RULE_SUSPENDED:
        return translate(
            "milrep", "{record} was made on a workstation that did not yet know of {other}, "
            "which covers it and was recorded earlier. Both documents are kept; the head of "
            "office decides what to do (for example, revoke or resume).").format(
                record=record, other=other or translate("milrep", "a suspension"))
    if c.rule == RULE_OVER_CERTIFIED:
        return translate(
            "milrep", "Valid certificates issued on different workstations cover more units of "
            "{record} than were accepted (Article 27.5). The head of office revokes the "
            "certificate issued in excess.").format(record=record)
    if c.rule == RULE_ASSET_OVERDRAWN:
        asset = session.get(Asset, c.row_id)
        places = "; ".join(translate("milrep", "{place}: {balance} {unit} on {date}").format(
            place=place, balance=to_quantity(lowest), unit=asset.unit if asset else "",
            date=format_date(on)) for place, lowest, on in overdrawn_places(session, c.row_id))
        return translate(
            "milrep", "Movements of {record} recorded on different workstations take more than "
            "was there ({places}). Every movement and its document is kept; check the documents "
            "and count the asset, then record what corrects the register.").format(
                record=record, places=places or "—")
    return translate("milrep", "{record} breaks rule “{rule}” after an import.").format(
        record=record, rule=c.rule or "")


# --- settling -------------------------------------------------------------------------------

def settle(session: Session, c: SyncConflict, *, resolution: Resolution, comment: str,
           settled_by: str, site_id: uuid.UUID) -> None:
    """Settle ``c`` (checked open and of the right kind for ``resolution`` here); a ``kept`` or
    ``taken`` column conflict writes the column as a local change that every site receives."""
    if c.settled_at is not None:
        raise RuleViolation(translate(
            "milrep", "This conflict was already settled by {who} on {when}; nothing was "
            "changed.").format(who=c.settled_by or "?",
                               when=c.settled_at.strftime("%Y-%m-%d %H:%M")))
    comment = (comment or "").strip()
    if len(comment) > COMMENT_MAX:
        raise ValidationError(translate(
            "milrep", "The comment is too long (at most {n} characters).").format(n=COMMENT_MAX),
            field="comment")
    if c.kind == "business":
        if resolution != Resolution.REVIEWED:
            raise ValidationError(translate(
                "milrep", "A business conflict is not settled by choosing a value: the head of "
                "office reviews it and records the decision in a comment (a revocation or a "
                "resumption is its own act)."), field="resolution")
        if not comment:
            raise ValidationError(translate(
                "milrep", "Say in the comment what was decided about this business conflict."),
                field="comment")
    group = [c] + (_derived_siblings(session, c) if c.kind == "column" else [])
    if c.kind == "column" and resolution in (Resolution.KEPT, Resolution.TAKEN):
        _write_choice(session, group, resolution, site_id)
    now = dt.datetime.now(dt.UTC)
    for one in group:
        one.settled_at, one.settled_by = now, settled_by
        one.resolution, one.settle_comment = resolution.value, comment or None
    session.flush()
    journal.append_audit(session, [(
        "sync.settle_conflict", "sync_conflict", c.key, None,
        {"resolution": resolution.value, "comment": comment, "kind": c.kind,
         "table": c.table_name, "row_id": c.row_id.hex, "column": c.column_name})])


def _derived_siblings(session: Session, c: SyncConflict) -> list[SyncConflict]:
    """Open conflicts of the same losing write on the row's derived columns (search text)."""
    if c.column_name in DERIVED_COLUMNS:
        return []
    return list(session.scalars(select(SyncConflict).where(
        SyncConflict.kind == "column", SyncConflict.table_name == c.table_name,
        SyncConflict.row_id == c.row_id, SyncConflict.column_name.in_(DERIVED_COLUMNS),
        SyncConflict.loser_hlc == c.loser_hlc, SyncConflict.loser_site == c.loser_site,
        SyncConflict.settled_at.is_(None))))


def _write_choice(session: Session, group: list[SyncConflict], resolution: Resolution,
                  site_id: uuid.UUID) -> None:
    """Write the kept or taken values of ``group`` (one losing write: a column and the
    columns derived from it) as one local change whose base names both versions of each."""
    c = group[0]
    model = _models().get(c.table_name)
    row = session.get(model, c.row_id) if model is not None else None
    if row is None or c.column_name is None or c.column_name in SYSTEM_COLUMNS:
        raise NotFound(translate(
            "milrep", "The record of this conflict no longer exists here; mark the conflict "
            "reviewed instead."))
    table = model.__table__
    base: dict[str, list[list[Any]]] = {}
    # every version is read before any value is set: a query would flush a half-made write
    wons = [winner_version(session, c.table_name, c.row_id, one.column_name)
            if one.column_name else None for one in group]
    for one, won in zip(group, wons, strict=True):
        col = one.column_name
        if won is None or col is None or one.loser_hlc is None or one.loser_site is None:
            raise NotFound(translate(
                "milrep", "The history of this value is not on this workstation; mark the "
                "conflict reviewed instead."))
        key = sa_inspect(model).get_property_by_column(table.columns[col]).key
        if resolution == Resolution.TAKEN:
            value = decode_columns(table, {col: json.loads(one.loser_value or "null")})
            setattr(row, key, value[col])
        flag_modified(row, key)  # written even when equal: the write carries the settling base
        (w_hlc, w_site), _ = won
        base[col] = [list(v) for v in sorted({(w_hlc, w_site.hex),
                                              (int(one.loser_hlc), one.loser_site.hex)})]
    try:
        session.flush()
    except IntegrityError as e:
        raise RuleViolation(translate(
            "milrep", "The other value cannot be taken: it collides with another record "
            "({detail}). Nothing was changed.").format(
                detail=str(e.orig).splitlines()[0])) from e
    seq = session.scalar(
        select(ChangeLogEntry.seq).where(ChangeLogEntry.site_id == site_id,
                                         ChangeLogEntry.table_name == c.table_name,
                                         ChangeLogEntry.row_id == c.row_id)
        .order_by(ChangeLogEntry.seq.desc()).limit(1))
    session.add(ChangeBase(site_id=site_id, seq=int(seq), base=json.dumps(
        dict(sorted(base.items())), separators=(",", ":"))))
