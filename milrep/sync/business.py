"""Domain gates on import: changes that cross a rule are flagged for the head of office.

On one workstation the services refuse, say, an acceptance while a suspension covers the lot
(:mod:`milrep.services.gates`). Two workstations working offline can still cross: one suspends,
the other, not knowing, accepts. When their changes meet, the signed documents of both are kept
(they are facts, and refusing one would leave the sites different for ever), and the pair is
recorded as a **business conflict** for the head of office to settle (supersede the acceptance,
or confirm it with a resumption). Never silently applied: the flag is written in the same
transaction as the rows.

Rules, each evaluated on data every site ends up holding, so every site flags the same records
whatever the delivery order:
- ``suspended``: a gated record (an acceptance, a certificate's goods, a shipment) and a
  suspension that covers it, was stamped (HLC) before it, and had no resumption stamped before it;
- ``over_certified`` (Article 27.5): valid certificates cover more units of an acceptance record
  than it accepted; the flag goes when a revocation brings it back within;
- ``asset_overdrawn`` (27.3.5): the movements of a material asset, made on different
  workstations, take more from a place than it held: its balance there falls below zero on some
  day. Each site refused such a movement against what it knew; together they cross. The flag
  goes when received movements bring every balance back to zero or above.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from milrep.models.acceptance import AcceptanceRecord
from milrep.models.assets import Asset, AssetMovement
from milrep.models.certificates import (Certificate, CertificateAcceptance,
                                        CertificateRevocation)
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.models.quality import Resumption, Suspension
from milrep.models.shipments import Shipment
from milrep.models.sync import SyncConflict
from milrep.rules.suspension import LotFacts, SuspensionTerms, covers
from milrep.services.asset_balances import lowest_location_balance_from
from milrep.services.certificate_facts import certified_of_records

RULE_SUSPENDED = "suspended"
#: Article 27.5 across workstations: valid certificates cover more of an acceptance record than
#: it accepted (two workstations certified the same goods offline)
RULE_OVER_CERTIFIED = "over_certified"
#: 27.3.5 across workstations: movements of one asset recorded on different workstations take
#: more from a place than it held
RULE_ASSET_OVERDRAWN = "asset_overdrawn"
#: gated table -> its model; each row names a ``lot_id`` (the item is the lot's): acceptance,
#: certification (a certificate's link to the accepted goods of a lot) and shipment
GATED: dict[str, type] = {m.__tablename__: m for m in (  # type: ignore[attr-defined]
    AcceptanceRecord, CertificateAcceptance, Shipment)}


@dataclass(frozen=True)
class Gated:
    table: str
    id: uuid.UUID
    hlc: int
    facts: LotFacts


def flag_business_conflicts(session: Session, inserted: list[tuple[str, uuid.UUID]]) -> int:
    """Re-evaluate the rule for every pair an inserted row takes part in; return flags added."""
    pairs: set[tuple[str, uuid.UUID, uuid.UUID]] = set()
    for table, row_id in inserted:
        if table in GATED:
            g = _gated(session, table, row_id)
            if g is not None:
                for s_id in session.scalars(select(Suspension.id).where(
                        Suspension.contract_id == g.facts.contract_id)):
                    pairs.add((table, row_id, s_id))
        elif table in (Suspension.__tablename__, Resumption.__tablename__):
            s_id = row_id if table == Suspension.__tablename__ else session.scalar(
                select(Resumption.suspension_id).where(Resumption.id == row_id))
            s = session.get(Suspension, s_id) if s_id is not None else None
            if s is None:
                continue
            for g_table, model in GATED.items():
                ids = session.scalars(
                    select(model.id)  # type: ignore[attr-defined]
                    .join(Lot, Lot.id == model.lot_id)  # type: ignore[attr-defined]
                    .join(ControlListItem, ControlListItem.id == Lot.item_id)
                    .where(ControlListItem.contract_id == s.contract_id))
                pairs.update((g_table, g_id, s.id) for g_id in ids)
    added = 0
    now = dt.datetime.now(dt.UTC)
    for g_table, g_id, s_id in sorted(pairs, key=lambda p: (p[0], p[1].hex, p[2].hex)):
        added += _evaluate(session, g_table, g_id, s_id, now)
    for record_id in sorted(_certified_records(session, inserted), key=lambda r: r.hex):
        added += _evaluate_certified(session, record_id, now)
    moved = [r for t, r in inserted if t == AssetMovement.__tablename__]
    for asset_id in sorted(_moved_on_several_sites(session, moved), key=lambda a: a.hex):
        added += _evaluate_overdrawn(session, asset_id, now)
    refresh_business_conflicts(session)
    return added


def refresh_business_conflicts(session: Session) -> int:
    """Drop flags whose rule holds again (a resumption, a revocation, made here or received);
    the number dropped. Local services never cross a rule, but they can settle one."""
    dropped = 0
    now = dt.datetime.now(dt.UTC)
    flags = session.execute(select(SyncConflict.key, SyncConflict.rule, SyncConflict.table_name,
                                   SyncConflict.row_id, SyncConflict.other_row_id)
                            .where(SyncConflict.kind == "business")).all()
    for key, rule, table, row_id, other_id in flags:
        if rule == RULE_SUSPENDED and table in GATED and other_id is not None:
            _evaluate(session, table, row_id, other_id, now)
        elif rule == RULE_OVER_CERTIFIED:
            _evaluate_certified(session, row_id, now)
        elif rule == RULE_ASSET_OVERDRAWN:
            _evaluate_overdrawn(session, row_id, now)
        dropped += _gone(session, key)
    return dropped


def _gone(session: Session, key: str) -> bool:
    return session.connection().execute(
        select(SyncConflict.id).where(SyncConflict.key == key)).first() is None


def _certified_records(session: Session, inserted: list[tuple[str, uuid.UUID]]
                       ) -> set[uuid.UUID]:
    """Acceptance records whose certification an inserted link or revocation changes."""
    links = [r for t, r in inserted if t == CertificateAcceptance.__tablename__]
    revocations = [r for t, r in inserted if t == CertificateRevocation.__tablename__]
    out: set[uuid.UUID] = set()
    if links:
        out.update(session.scalars(select(CertificateAcceptance.acceptance_record_id)
                                   .where(CertificateAcceptance.id.in_(links))))
    if revocations:
        out.update(session.scalars(
            select(CertificateAcceptance.acceptance_record_id)
            .join(CertificateRevocation, CertificateRevocation.certificate_id
                  == CertificateAcceptance.certificate_id)
            .where(CertificateRevocation.id.in_(revocations))))
    return out


def _evaluate_certified(session: Session, record_id: uuid.UUID, now: dt.datetime) -> int:
    key = f"b:{RULE_OVER_CERTIFIED}:acceptance_records:{record_id.hex}"
    conn = session.connection()
    record = session.get(AcceptanceRecord, record_id)
    covered = certified_of_records(session, [record_id]).get(record_id, (0, set()))[0]
    if record is None or covered <= record.accepted_quantity:
        conn.execute(delete(SyncConflict).where(SyncConflict.key == key))
        return 0
    stmt = sqlite_insert(SyncConflict).values(
        key=key, kind="business", table_name=AcceptanceRecord.__tablename__, row_id=record_id,
        rule=RULE_OVER_CERTIFIED, other_table=Certificate.__tablename__, detected_at=now)
    return conn.execute(stmt.on_conflict_do_nothing(index_elements=["key"])).rowcount


def overdrawn_places(session: Session, asset_id: uuid.UUID
                     ) -> list[tuple[str, int, dt.date]]:
    """(place, lowest balance in thousandths, first day it is reached) of every place where the
    asset's balance falls below zero on some day; empty when every balance holds."""
    places = {p for pair in session.execute(
        select(AssetMovement.from_location, AssetMovement.to_location)
        .where(AssetMovement.asset_id == asset_id)) for p in pair if p}
    first = session.scalar(select(func.min(AssetMovement.moved_on))
                           .where(AssetMovement.asset_id == asset_id))
    out = []
    for place in sorted(places):
        lowest, on = lowest_location_balance_from(session, asset_id, place, first)
        if lowest < 0:
            out.append((place, lowest, on))
    return out


def _moved_on_several_sites(session: Session, movement_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The assets of these movements whose movements come from more than one workstation: only
    those can be overdrawn (each workstation refuses what would overdraw what it knows)."""
    out: set[uuid.UUID] = set()
    for i in range(0, len(movement_ids), 500):
        assets = select(AssetMovement.asset_id).where(
            AssetMovement.id.in_(movement_ids[i:i + 500]))
        out.update(session.scalars(
            select(AssetMovement.asset_id).where(AssetMovement.asset_id.in_(assets))
            .group_by(AssetMovement.asset_id)
            .having(func.count(func.distinct(AssetMovement.origin_site)) > 1)))
    return out


def recheck_asset(session: Session, asset_id: uuid.UUID) -> None:
    """After a movement recorded here: an overdrawn flag of the asset goes at once when the
    movement corrects the balance (not only at the next import)."""
    key = f"b:{RULE_ASSET_OVERDRAWN}:assets:{asset_id.hex}"
    if session.connection().execute(
            select(SyncConflict.id).where(SyncConflict.key == key)).first() is not None:
        session.flush()
        _evaluate_overdrawn(session, asset_id, dt.datetime.now(dt.UTC))


def _evaluate_overdrawn(session: Session, asset_id: uuid.UUID, now: dt.datetime) -> int:
    key = f"b:{RULE_ASSET_OVERDRAWN}:assets:{asset_id.hex}"
    conn = session.connection()
    if session.get(Asset, asset_id) is None or not overdrawn_places(session, asset_id):
        conn.execute(delete(SyncConflict).where(SyncConflict.key == key))
        return 0
    stmt = sqlite_insert(SyncConflict).values(
        key=key, kind="business", table_name=Asset.__tablename__, row_id=asset_id,
        rule=RULE_ASSET_OVERDRAWN, detected_at=now)
    return conn.execute(stmt.on_conflict_do_nothing(index_elements=["key"])).rowcount


def _evaluate(session: Session, g_table: str, g_id: uuid.UUID, s_id: uuid.UUID,
              now: dt.datetime) -> int:
    g = _gated(session, g_table, g_id)
    s = session.get(Suspension, s_id)
    key = f"b:{RULE_SUSPENDED}:{g_table}:{g_id.hex}:{s_id.hex}"
    conn = session.connection()
    if g is None or s is None or not _crosses(session, g, s):
        conn.execute(delete(SyncConflict).where(SyncConflict.key == key))
        return 0
    stmt = sqlite_insert(SyncConflict).values(
        key=key, kind="business", table_name=g_table, row_id=g_id, rule=RULE_SUSPENDED,
        other_table=Suspension.__tablename__, other_row_id=s_id, detected_at=now)
    return conn.execute(stmt.on_conflict_do_nothing(index_elements=["key"])).rowcount


def _crosses(session: Session, g: Gated, s: Suspension) -> bool:
    if s.hlc >= g.hlc:
        return False
    resumed = session.scalar(select(Resumption.id).where(
        Resumption.suspension_id == s.id, Resumption.hlc < g.hlc)) is not None
    terms = SuspensionTerms(id=s.id, number=s.number, scope=s.scope, contract_id=s.contract_id,
                            item_id=s.item_id, lot_id=s.lot_id,
                            covers_made_since=s.covers_made_since, resumed=resumed)
    return covers(terms, g.facts)


def _gated(session: Session, table: str, row_id: uuid.UUID) -> Gated | None:
    row = session.get(GATED[table], row_id)
    lot = session.get(Lot, row.lot_id) if row is not None else None  # type: ignore[attr-defined]
    item = session.get(ControlListItem, lot.item_id) if lot is not None else None
    if row is None or lot is None or item is None:
        return None
    facts = LotFacts(contract_id=item.contract_id, item_id=item.id, lot_id=lot.id,
                     made_on=lot.manufactured_on)
    return Gated(table=table, id=row_id, hlc=row.hlc, facts=facts)  # type: ignore[attr-defined]
