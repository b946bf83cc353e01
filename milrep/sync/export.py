"""Writing the next bundle for chosen sites to a folder (the removable medium).

What goes in: every change-log entry (this site's and those relayed from others) after what
the recipients are known to hold: acknowledged (their own bundles said so) or already sent to
them, unless ``resend`` asks to start again from the acknowledged state (a bundle was lost).
Local updates carry their causal base, derived from the change log (see milrep.sync.apply).

The file is written under a temporary name in the target folder, flushed to the device, renamed,
then read back and checked (the very bytes, and that it decrypts and verifies) before success
is reported; only then do the recipients count as having been sent these changes. The bundle
number is committed before the file appears, so a number is never reused for other content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.files import fsync_dir, storage_error
from milrep.db.store import Changes, Database
from milrep.errors import StorageError, ValidationError
from milrep.i18n import translate
from milrep.models.journal import ChangeLogEntry
from milrep.models.sync import ChangeBase, OutgoingBundle
from milrep.services.auth import Actor, Permission, require
from milrep.sync import envelope as env
from milrep.sync import state
from milrep.sync.errors import BundleError
from milrep.sync.keyring import Keyring, SiteKey, raw_public_key
from milrep.sync.payload import Change, Version, encode_changes
from milrep.sync.progress import EXPORT_STEPS, CancelledFn, ProgressFn, Steps
from milrep.sync.rows import SYSTEM_COLUMNS

SUFFIX = ".mrb"


@dataclass(frozen=True)
class ExportKeys:
    """What writing a bundle needs: this site's signing key and age identity (to read the file
    back), and the keyring naming the recipients' age keys."""

    signer: env.Signer
    identity: x25519.Identity
    keyring: Keyring


@dataclass(frozen=True)
class ExportResult:
    path: Path
    seq: int
    changes: int
    size: int
    recipients: tuple[uuid.UUID, ...]
    manifest_hash: bytes
    db_changes: Changes


def bundle_file_name(realm: uuid.UUID, site_code: str, seq: int) -> str:
    """``milrep-<realm>-<site>-<seq>.mrb``: for people; the manifest is what identifies it."""
    code = re.sub(r"[^A-Za-z0-9_-]+", "_", site_code).strip("_") or "site"
    return f"milrep-{realm.hex[:8]}-{code}-{seq:06d}{SUFFIX}"


def export_bundle(db: Database, actor: Actor, *, out_dir: Path, keys: ExportKeys,
                  recipients: list[uuid.UUID] | None = None, resend: bool = False,
                  compression: str = "zlib", progress: ProgressFn | None = None,
                  cancelled: CancelledFn | None = None) -> ExportResult:
    """Write the next bundle; ``progress``/``cancelled`` as in :mod:`milrep.sync.progress`
    (a cancel before the bundle number is committed leaves no file and uses no number)."""
    require(actor, Permission.SYNC)
    steps = Steps(progress, cancelled, export=True)
    steps.step(0, EXPORT_STEPS)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ValidationError(translate("milrep", "The folder {path} does not exist (is the "
                                        "medium inserted?).").format(path=out_dir),
                              field="out_dir")
    with db.unit_of_work() as uow:
        s = uow.begin(actor, Permission.SYNC, "sync.export")
        targets = _recipients(keys.keyring, db.site_id, recipients)
        vector = state.local_vector(s)
        start = _start_vector(s, [t.site_id for t in targets], vector, resend)
        changes = collect_changes(s, start, db.site_id)
        steps.step(1, EXPORT_STEPS)
        ranges = _ranges(changes)
        counts: dict[str, int] = {}
        for c in changes:
            counts[c.table] = counts.get(c.table, 0) + 1
        last = s.scalars(select(OutgoingBundle).order_by(OutgoingBundle.seq.desc())
                         .limit(1)).first()
        seq = (last.seq + 1) if last else 1
        prev = bytes.fromhex(last.manifest_hash) if last else env.GENESIS_PREV
        realm = state.realm(s)
        manifest, payload = env.pack(
            encode_changes(changes), compression=compression, schema=state.schema_version(),
            realm=realm, origin=db.site_id, kid=keys.signer.kid, seq=seq, prev=prev,
            created=db.clock.tick(), recipients=tuple(t.site_id for t in targets),
            vector=vector, ranges=ranges, counts=counts, changes=len(changes))
        inner = env.build_envelope(manifest, payload, [keys.signer])
        steps.step(2, EXPORT_STEPS)
        data = env.encrypt(inner, [t.age_recipient for t in targets]
                           + [str(keys.identity.to_public())])
        name = bundle_file_name(realm, state.site_code(s, db.site_id), seq)
        manifest_hash = hashlib.sha256(manifest.to_cbor()).digest()
        steps.step(3, EXPORT_STEPS)
        tmp = _write_temp(out_dir, name, data)
        try:
            steps.check()  # the last moment to stop: the number is not taken yet
            s.add(OutgoingBundle(
                seq=seq, manifest_hash=manifest_hash.hex(), created_at=dt.datetime.now(dt.UTC),
                recipients=json.dumps([t.site_id.hex for t in targets]),
                ranges=json.dumps({k.hex: list(v) for k, v in sorted(ranges.items())}),
                changes=len(changes), file_name=name))
            uow.commit()  # the number is taken from here on, whatever happens to the file
            steps.late(4, EXPORT_STEPS)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    path = out_dir / name
    try:
        os.replace(tmp, path)
        fsync_dir(out_dir)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise storage_error(e, path) from e
    _check_written(path, data, keys)
    with db.unit_of_work() as uow:
        s = uow.begin(actor, Permission.SYNC, "sync.export")
        row = s.get(OutgoingBundle, seq)
        assert row is not None
        row.written_at = dt.datetime.now(dt.UTC)
        now = dt.datetime.now(dt.UTC)
        for t in targets:
            p = state.peer(s, t.site_id)
            p.sent_vector = state.vector_to_json(
                state.merge(state.vector_from_json(p.sent_vector), vector))
            p.last_export_at = now
        db_changes = uow.commit()
    steps.late(EXPORT_STEPS, EXPORT_STEPS)
    return ExportResult(path=path, seq=seq, changes=len(changes), size=len(data),
                        recipients=tuple(t.site_id for t in targets),
                        manifest_hash=manifest_hash, db_changes=db_changes)


def collect_changes(s: Session, start: dict[uuid.UUID, int], own_site: uuid.UUID
                    ) -> list[Change]:
    """The change-log entries after ``start`` (per site), in this site's log order."""
    sites = state.log_sites(s)
    rows: list[Any] = []
    for site in sites:
        rows.extend(s.execute(
            select(ChangeLogEntry.pk, ChangeLogEntry.site_id, ChangeLogEntry.seq,
                   ChangeLogEntry.hlc, ChangeLogEntry.table_name, ChangeLogEntry.row_id,
                   ChangeLogEntry.op, ChangeLogEntry.data)
            .where(ChangeLogEntry.site_id == site, ChangeLogEntry.seq > start.get(site, 0))))
    rows.sort(key=lambda r: r.pk)
    stored = _stored_bases(s, rows)
    derived = _derived_bases(s, [r for r in rows if r.op == "update" and r.site_id == own_site
                                 and (r.site_id, r.seq) not in stored])
    out = []
    for r in rows:
        base = stored.get((r.site_id, r.seq)) or derived.get(r.pk)
        out.append(Change(site=r.site_id, seq=int(r.seq), hlc=int(r.hlc), table=r.table_name,
                          row_id=r.row_id, op=r.op, data=r.data, base=base))
    return out


def _stored_bases(s: Session, rows: list[Any]) -> dict[tuple[uuid.UUID, int], dict[str, tuple[Version, ...]]]:
    wanted = {(r.site_id, int(r.seq)) for r in rows if r.op == "update"}
    if not wanted:
        return {}
    out = {}
    for site in {w[0] for w in wanted}:
        seqs = sorted(q for w_site, q in wanted if w_site == site)
        for b in s.scalars(select(ChangeBase).where(
                ChangeBase.site_id == site, ChangeBase.seq.between(seqs[0], seqs[-1]))):
            if (b.site_id, b.seq) in wanted:
                out[(b.site_id, b.seq)] = {
                    col: tuple((int(h), uuid.UUID(hex=site_hex)) for h, site_hex in vs)
                    for col, vs in json.loads(b.base).items()}
    return out


def _derived_bases(s: Session, updates: list[Any]) -> dict[int, dict[str, tuple[Version, ...]]]:
    """For each local update: per column it writes, the column's version just before it."""
    out: dict[int, dict[str, tuple[Version, ...]]] = {}
    by_row: dict[tuple[str, uuid.UUID], list[Any]] = {}
    for u in updates:
        by_row.setdefault((u.table_name, u.row_id), []).append(u)
    for (table, row_id), mine in by_row.items():
        wanted = {u.pk for u in mine}
        current: dict[str, Version] = {}
        history = s.execute(
            select(ChangeLogEntry.pk, ChangeLogEntry.site_id, ChangeLogEntry.hlc,
                   ChangeLogEntry.data)
            .where(ChangeLogEntry.table_name == table, ChangeLogEntry.row_id == row_id,
                   ChangeLogEntry.pk <= max(wanted), ChangeLogEntry.op != "delete")
            .order_by(ChangeLogEntry.pk))
        for pk, site, hlc, data in history:
            cols = [c for c in json.loads(data) if c not in SYSTEM_COLUMNS and c != "id"]
            if pk in wanted:
                base = {c: (current[c],) for c in cols if c in current}
                if base:
                    out[pk] = base
            v = (int(hlc), site)
            for c in cols:
                if c not in current or v > current[c]:
                    current[c] = v
    return out


def _recipients(keyring: Keyring, own: uuid.UUID, chosen: list[uuid.UUID] | None
                ) -> list[SiteKey]:
    if chosen is None:
        chosen = sorted({k.site_id for k in keyring.keys if k.site_id != own
                         and keyring.current_key(k.site_id) is not None})
    if not chosen:
        raise ValidationError(translate(
            "milrep", "The office keyring names no other workstation to write a bundle for."),
            field="recipients")
    out = []
    for site in chosen:
        key = keyring.current_key(site)
        if site == own or key is None:
            raise ValidationError(translate(
                "milrep", "Workstation {site} has no valid key in the office keyring; a bundle "
                "cannot be written for it.").format(site=site.hex[:8]), field="recipients")
        out.append(key)
    return out


def _start_vector(s: Session, targets: list[uuid.UUID], vector: dict[uuid.UUID, int],
                  resend: bool) -> dict[uuid.UUID, int]:
    """Per site, the last change every recipient already has (the bundle starts after it)."""
    start = dict(vector)
    for t in targets:
        p = state.peer(s, t)
        known = state.vector_from_json(p.acked_vector)
        if not resend:
            known = state.merge(known, state.vector_from_json(p.sent_vector))
        for site in vector:
            start[site] = min(start[site], known.get(site, 0))
    return start


def _ranges(changes: list[Change]) -> dict[uuid.UUID, tuple[int, int]]:
    out: dict[uuid.UUID, tuple[int, int]] = {}
    for c in changes:
        first, _ = out.get(c.site, (c.seq, c.seq))
        out[c.site] = (first, c.seq)
    return out


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix="." + name + ".", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        return Path(tmp_name)
    except OSError as e:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
        raise storage_error(e, folder / name) from e


def _check_written(path: Path, data: bytes, keys: ExportKeys) -> None:
    """Read the file back from the medium: the same bytes, decrypting and verifying."""
    try:
        back = path.read_bytes()
    except OSError as e:
        raise storage_error(e, path) from e
    try:
        if back != data:
            raise ValueError("the medium returned other bytes")
        own = Keyring(realm=uuid.UUID(int=0), version=0, keys=(SiteKey(
            site_id=uuid.UUID(int=0), public_key=raw_public_key(keys.signer.private_key),
            age_recipient=str(keys.identity.to_public())),))
        env.read_content(env.open_envelope(env.decrypt(back, [keys.identity]), own))
    except (ValueError, BundleError) as e:
        path.unlink(missing_ok=True)
        raise StorageError(translate(
            "milrep", "The bundle written to {path} reads back differently: the medium may be "
            "faulty. The file was removed; write the bundle again, to another medium.")
            .format(path=path)) from e
