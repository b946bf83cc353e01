"""Importing a bundle, in the order of DESIGN.md §6, all of it or nothing.

1. decrypt (age, this site's identity);
2. verify the signature before anything else is parsed (key known to the keyring), then the
   manifest: this office's realm, addressed to this site, the same schema, the key authorised
   for that origin and not revoked at that bundle number;
3. payload length and hash, capped decompression, strict decoding;
4. no clock more than 24 h ahead of this site's;
5. in one transaction: the sequence check (already imported: nothing to do; same origin and
   number with other content, or a broken hash chain: refused and an equivocation alarm written
   to the audit journal; changes missing before it: the bundle is held and the missing ones
   named), the rows (milrep.sync.apply), the business rules (milrep.sync.business), the
   registry of bundles and what the origin holds. Any constraint error refuses the whole bundle.
6. then any held bundle that has become applicable is applied, in order.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from dataclasses import dataclass, field

from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from milrep.bulk import no_cycle_collection
from milrep.db import journal
from milrep.db.hlc import MAX_DRIFT_MS, unpack, wall_ms
from milrep.db.store import Changes, Database
from milrep.i18n import translate
from milrep.models.sync import IncomingBundle
from milrep.services.auth import Actor, Permission, require
from milrep.sync import envelope as env
from milrep.sync import state
from milrep.sync.apply import Applier
from milrep.sync.business import flag_business_conflicts
from milrep.sync.errors import (BundleError, ClockAhead, Equivocation, IntegrityConflict,
                                OtherRealm, OwnBundle, ReadOnlySite, SchemaMismatch,
                                SyncCancelled, WrongRecipient)
from milrep.sync.keyring import Keyring, SiteRole
from milrep.sync.payload import Change, decode_changes
from milrep.sync.progress import IMPORT_EVERY, CancelledFn, ProgressFn, Steps
from milrep.sync.rows import synced_tables


class ImportStatus(enum.StrEnum):
    APPLIED = "applied"  # new changes are in
    NO_EFFECT = "no_effect"  # a new bundle, but this site held all its changes already
    ALREADY = "already"  # this very bundle was imported before (a copy, a renamed file)
    HELD = "held"  # kept until the changes it needs arrive (``missing``)


@dataclass(frozen=True)
class Missing:
    """Changes of ``site`` numbered ``first``..``last`` that must arrive first."""

    site: uuid.UUID
    first: int
    last: int
    #: when ``site`` is the bundle's origin: its bundles not yet received that may carry them
    bundles: tuple[int, ...] = ()


@dataclass(frozen=True)
class ImportKeys:
    identities: tuple[x25519.Identity, ...]
    keyring: Keyring


@dataclass(frozen=True)
class ImportResult:
    status: ImportStatus
    origin: uuid.UUID
    seq: int
    new_changes: int = 0
    conflicts: int = 0
    business_conflicts: int = 0
    missing: tuple[Missing, ...] = ()
    released: tuple[ImportResult, ...] = ()  # held bundles this import made applicable
    db_changes: Changes = field(default_factory=Changes)


def import_bundle(db: Database, actor: Actor, data: bytes, *, keys: ImportKeys,
                  limits: env.Limits = env.DEFAULT_LIMITS, now_ms: int | None = None,
                  progress: ProgressFn | None = None,
                  cancelled: CancelledFn | None = None) -> ImportResult:
    """Import one bundle file's bytes (copied off the medium by the caller).

    ``progress(done, total)`` counts the changes carried (total 0 until the bundle is
    decrypted and verified); ``cancelled()`` is polled until the commit: a cancel raises
    :class:`~milrep.sync.errors.SyncCancelled` and nothing of the bundle is applied. Held
    bundles this import releases are applied after it, each in its own transaction; a cancel
    then stops releasing (they stay held, the bundle itself stays imported).
    """
    require(actor, Permission.SYNC)
    steps = Steps(progress, cancelled, export=False)
    steps.step(0, 0)
    envelope = env.decrypt(data, list(keys.identities), limits=limits)
    steps.check()
    result = _import(db, actor, envelope, keys.keyring, limits, now_ms, steps)
    if result.status in (ImportStatus.APPLIED, ImportStatus.NO_EFFECT):
        released = _release_held(db, actor, keys.keyring, limits, now_ms,
                                 Steps(None, cancelled, export=False))
        if released:
            result = ImportResult(**{**result.__dict__, "released": tuple(released)})
    return result


def _import(db: Database, actor: Actor, envelope: bytes, keyring: Keyring, limits: env.Limits,
            now_ms: int | None, steps: Steps) -> ImportResult:
    v = env.open_envelope(envelope, keyring, limits=limits)
    m = v.manifest
    with db.read() as s:
        realm = state.realm(s)
    if m.realm != realm:
        raise OtherRealm(translate(
            "milrep", "This bundle belongs to another office's deployment, not to this one. "
            "Nothing was imported."))
    if m.origin == db.site_id:
        raise OwnBundle(translate(
            "milrep", "This bundle was written by this workstation; it is meant for the others. "
            "Nothing was imported."))
    if db.site_id not in m.recipients:
        raise WrongRecipient(translate(
            "milrep", "This bundle is addressed to other workstations, not to this one. "
            "Nothing was imported."))
    if m.schema != state.schema_version():
        raise SchemaMismatch(translate(
            "milrep", "The bundle was written by a milrep with database version {theirs}; this "
            "workstation has version {ours}. Update milrep so both have the same version; "
            "nothing was imported.").format(theirs=m.schema, ours=state.schema_version()))
    keyring.authorise(m.kid, m.origin, m.seq)
    keyring.check_relayed(m.ranges)
    read_only = {k.site_id for k in keyring.keys if k.role == SiteRole.HEADQUARTERS}
    if read_only.intersection(m.ranges):
        raise ReadOnlySite(translate(
            "milrep", "The bundle carries changes made at the headquarters, which only reads "
            "this office's data. It is refused; report it to the head of office."))
    changes = decode_changes(env.read_content(v, limits=limits), m,
                             frozenset(synced_tables()), limits=limits)
    _check_clocks(m, changes, wall_ms() if now_ms is None else now_ms)
    steps.step(0, len(changes) + 1)
    try:
        return _apply(db, actor, v, changes, envelope, steps)
    except Equivocation as e:
        _alarm(db, actor, m, str(e))
        raise
    except IntegrityError as e:
        raise IntegrityConflict(translate(
            "milrep", "The bundle's changes contradict the data stored here ({detail}). Nothing "
            "was imported; report it to the head of office.")
            .format(detail=str(e.orig).splitlines()[0])) from e


def _apply(db: Database, actor: Actor, v: env.Verified, changes: list[Change],
           envelope: bytes, steps: Steps) -> ImportResult:
    with no_cycle_collection():  # see milrep.bulk: a third of a big import's time otherwise
        return _apply_changes(db, actor, v, changes, envelope, steps)


def _apply_changes(db: Database, actor: Actor, v: env.Verified, changes: list[Change],
                   envelope: bytes, steps: Steps) -> ImportResult:
    total = len(changes) + 1
    m = v.manifest
    digest = v.manifest_hash.hex()
    with db.unit_of_work() as uow:
        s = uow.begin(actor, Permission.SYNC, "sync.import")
        s.info[journal.APPLYING_REMOTE] = True
        known = s.get(IncomingBundle, (m.origin, m.seq))
        if known is not None and known.manifest_hash != digest:
            raise Equivocation(translate(
                "milrep", "Workstation {site} has sent two different bundles with the same "
                "number {seq}. The second one is refused and an alarm is recorded in the "
                "journal; report it to the head of office (the workstation's key may be "
                "compromised, or its database was restored from a copy).")
                .format(site=_name(s, m.origin), seq=m.seq))
        if known is not None and known.status == "applied":
            steps.report(total, total)
            return ImportResult(status=ImportStatus.ALREADY, origin=m.origin, seq=m.seq)
        _check_chain(s, m, digest)
        vector = state.local_vector(s)
        missing = _missing(s, m, vector)
        now = dt.datetime.now(dt.UTC)
        if missing:
            if known is None:
                s.add(IncomingBundle(
                    origin_site=m.origin, seq=m.seq, manifest_hash=digest, prev_hash=m.prev.hex(),
                    status="held", received_at=now, changes=m.changes,
                    ranges=_ranges_json(m), envelope=envelope))
                steps.check()
                db_changes = uow.commit()
            else:
                db_changes = Changes()
            steps.late(total, total)
            return ImportResult(status=ImportStatus.HELD, origin=m.origin, seq=m.seq,
                                missing=tuple(missing), db_changes=db_changes)
        report = Applier(s, vector, on_progress=lambda n: steps.step(n, total),
                         every=IMPORT_EVERY).run(changes)
        business = flag_business_conflicts(s, report.inserted)
        if known is None:
            s.add(IncomingBundle(
                origin_site=m.origin, seq=m.seq, manifest_hash=digest, prev_hash=m.prev.hex(),
                status="applied", received_at=now, applied_at=now, changes=m.changes,
                ranges=_ranges_json(m)))
        else:
            known.status, known.applied_at, known.envelope = "applied", now, None
        p = state.peer(s, m.origin)
        p.acked_vector = state.vector_to_json(
            state.merge(state.vector_from_json(p.acked_vector), m.vector))
        p.last_import_at = now
        steps.step(len(changes), total)  # the last moment to stop
        db_changes = uow.commit()
    steps.late(total, total)
    return ImportResult(
        status=ImportStatus.APPLIED if report.new else ImportStatus.NO_EFFECT, origin=m.origin,
        seq=m.seq, new_changes=report.new, conflicts=report.conflicts,
        business_conflicts=business, db_changes=db_changes)


def _release_held(db: Database, actor: Actor, keyring: Keyring, limits: env.Limits,
                  now_ms: int | None, steps: Steps) -> list[ImportResult]:
    """Apply held bundles that have become applicable, until none is."""
    released: list[ImportResult] = []
    tried: set[tuple[uuid.UUID, int]] = set()
    while True:
        with db.read() as s:
            vector = state.local_vector(s)
            held = s.scalars(select(IncomingBundle).where(IncomingBundle.status == "held")
                             .order_by(IncomingBundle.origin_site, IncomingBundle.seq)).all()
            ready = next(((b.origin_site, b.seq, b.envelope) for b in held
                          if (b.origin_site, b.seq) not in tried
                          and _applicable(json.loads(b.ranges), vector)), None)
        if ready is None:
            return released
        origin, seq, envelope = ready
        tried.add((origin, seq))
        assert envelope is not None
        try:
            steps.check()
            released.append(_import(db, actor, envelope, keyring, limits, now_ms, steps))
        except SyncCancelled:
            return released  # the rest stays held, for the next import
        except BundleError:
            # refused now (a key revoked meanwhile, a contradiction): it stays held, and the
            # bundle being imported, already committed, is not undone; importing the held file
            # again names the reason
            continue


def _applicable(ranges: dict[str, list[int]], vector: dict[uuid.UUID, int]) -> bool:
    return all(first <= vector.get(uuid.UUID(hex=site), 0) + 1
               for site, (first, _) in ranges.items())


def _check_chain(s: Session, m: env.Manifest, digest: str) -> None:
    before = s.get(IncomingBundle, (m.origin, m.seq - 1))
    after = s.get(IncomingBundle, (m.origin, m.seq + 1))
    if (before is not None and before.manifest_hash != m.prev.hex()) or \
            (after is not None and after.prev_hash != digest):
        raise Equivocation(translate(
            "milrep", "Bundle {seq} of workstation {site} does not follow on from the bundles "
            "already received from it: two different histories exist. It is refused and an "
            "alarm is recorded in the journal; report it to the head of office.")
            .format(seq=m.seq, site=_name(s, m.origin)))


def requirements(m: env.Manifest) -> dict[uuid.UUID, tuple[int, int]]:
    """Per site, the changes carried as (first, last); for a site the bundle carries nothing of,
    the empty range after the writer's vector (first = its last + 1).

    Either way the receiver must already hold every change of that site before ``first``: the
    carried changes may have been written knowing any change the writer held (causal delivery,
    which keeps the kept losing values the same on every site).
    """
    out = {site: (n + 1, n) for site, n in m.vector.items()}
    out.update(m.ranges)
    return out


def _missing(s: Session, m: env.Manifest, vector: dict[uuid.UUID, int]) -> list[Missing]:
    out = []
    for site, (first, _) in sorted(requirements(m).items()):
        have = vector.get(site, 0)
        if first <= have + 1:
            continue
        bundles: tuple[int, ...] = ()
        if site == m.origin:
            got = set(s.scalars(select(IncomingBundle.seq).where(
                IncomingBundle.origin_site == site, IncomingBundle.seq < m.seq)))
            last_applied = max((q for q in got), default=0)
            bundles = tuple(q for q in range(last_applied + 1, m.seq) if q not in got)
        out.append(Missing(site=site, first=have + 1, last=first - 1, bundles=bundles))
    return out


def _check_clocks(m: env.Manifest, changes: list[Change], now: int) -> None:
    newest = max([m.created, *(c.hlc for c in changes)])
    ahead = unpack(newest)[0] - now
    if ahead > MAX_DRIFT_MS:
        raise ClockAhead(translate(
            "milrep", "The bundle's clock is {hours} hours ahead of this workstation's. One of "
            "the two computers has a wrong date or time: correct it and write the bundle again. "
            "Nothing was imported.").format(hours=ahead // 3_600_000))


def _alarm(db: Database, actor: Actor, m: env.Manifest, message: str) -> None:
    """Record the equivocation in the audit journal (its own transaction: the bundle is not)."""
    with db.unit_of_work() as uow:
        s = uow.begin(actor, Permission.SYNC, "sync.equivocation")
        journal.append_audit(s, [("sync.equivocation", "sync_bundle", f"{m.origin.hex}:{m.seq}",
                                  None, {"origin": m.origin.hex, "seq": m.seq,
                                         "kid": m.kid.hex(), "message": message})])
        uow.commit()


def _ranges_json(m: env.Manifest) -> str:
    return json.dumps({k.hex: list(r) for k, r in sorted(requirements(m).items())})


def _name(s: Session, site: uuid.UUID) -> str:
    return state.site_code(s, site)
