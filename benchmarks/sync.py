"""Benchmark 5: sync bundles — export and import of 100,000 changes, and an incremental bundle
of 10 changes between two workstations holding 1,000,000 rows.

- 100,000 changes: a fresh encrypted office filled with ``milrep.demo_bulk.fill_records`` (contracts
  and control-list items, each with its change-log entry), exported for a new workstation (a
  joining database: the first bundle of an enrollment) and imported there. Goals (issue 5):
  ≤ 10 s and ≤ 20 s, one run each (they are minutes of work to prepare, and not repeatable on
  the same pair).
- 10 changes on 1,000,000 rows: two copies of benchmark 2's cached million-row database
  (``.bench/list-1m.milrep``, built once), the second switched to its own site, as enrollment
  leaves them; ten new organizations on the first, exported and imported. Goals ≤ 1 s each way
  and ≤ 16 KiB. The copies (about 3 GB each) are made in a temporary folder under .bench/ and
  removed afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from pathlib import Path

from pyrage import x25519
from sqlalchemy import select

from milrep import demo_bulk
from milrep.db.engine import raw_connect
from milrep.db.keyslots import FAST_KDF_FOR_TESTS, KeySlotFile
from milrep.db.joining import JoiningSite, create_joining_database
from milrep.db.store import Database, open_database
from milrep.models.office import Office, Site
from milrep.models.organizations import OrgKind
from milrep.services import organizations, site_keys
from milrep.services.organizations import OrganizationForm
from milrep.services.auth import Actor, Permission
from milrep.sync import local_keys, state
from milrep.sync.export import ExportKeys, ExportResult, export_bundle
from milrep.sync.envelope import Signer
from milrep.sync.importer import ImportKeys, ImportResult, import_bundle
from milrep.sync.keyring import Keyring, SiteKey

from benchmarks.common import CACHE, Figure, office_db

CHANGES = 100_000
GOAL_EXPORT_S, GOAL_IMPORT_S = 10.0, 20.0
GOAL_INCREMENTAL_S = 1.0
GOAL_INCREMENTAL_BYTES = 16 * 1024
PASSWORD = "Bench2026pass"


def run(changes: int = CHANGES, incremental: bool = True) -> list[Figure]:
    return _bulk(changes) + (_incremental() if incremental else [])


# --- 100,000 changes ------------------------------------------------------------------------

def _bulk(changes: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="milrep-bench-sync-") as tmp:
        folder = Path(tmp)
        a, chief = office_db(folder / "a.milrep", encrypted=True)
        b: Database | None = None
        try:
            for kind, name, bin_ in ((OrgKind.CONTRACTOR, "Bench plant", "990340001234"),
                                     (OrgKind.AUTHORIZED_BODY, "Bench customer", "")):
                with a.unit_of_work() as uow:
                    organizations.create_organization(uow, chief, form=OrganizationForm(
                        kind=kind, name=name, bin=bin_))
            t0 = time.perf_counter()
            demo_bulk.fill_records(a, chief, changes)
            print(f"  filled {changes:,} rows in {time.perf_counter() - t0:.0f} s", flush=True)
            with a.unit_of_work() as uow:
                s = uow.begin(chief, Permission.SYNC, "bench")
                site_keys.create_site_keys(s, site_id=a.site_id, with_root=True)
                realm, root_public = state.realm(s), site_keys.office_root_public_key(s)
                uow.commit()
            assert root_public is not None
            own, signer, identity = _material(a, chief)
            b, joiner, _recovery = create_joining_database(folder / "b.milrep", JoiningSite(
                realm=realm, root_public_key=root_public, root_site=a.site_id,
                site_code="WS2", site_name="Bench 2", username="petrov",
                full_name="Petrov", password=PASSWORD), kdf=FAST_KDF_FOR_TESTS)
            theirs, _signer, b_identity = _material(b, joiner)
            ring = Keyring(realm=realm, version=1, keys=(own, theirs))
            res, got, t_export, t_import = _timed_exchange(
                (a, chief, signer, identity), (b, joiner, b_identity), ring, folder)
            assert got.new_changes == res.changes, (got, res.changes)
        finally:
            a.close()
            if b is not None:
                b.close()
    group = f"5. Sync, {res.changes:,} changes"
    detail = f"bundle {res.size / 1e6:.1f} MB"
    return [Figure(group, "export (collect, encode, sign, encrypt, write and check)", t_export,
                   "s", f"≤ {GOAL_EXPORT_S:.0f} s", t_export <= GOAL_EXPORT_S, detail),
            Figure(group, "import into a new workstation (verify, decode, apply, commit)",
                   t_import, "s", f"≤ {GOAL_IMPORT_S:.0f} s", t_import <= GOAL_IMPORT_S,
                   f"{got.new_changes:,} changes applied")]


def _timed_exchange(sender: tuple[Database, Actor, Signer, x25519.Identity],
                    receiver: tuple[Database, Actor, x25519.Identity], ring: Keyring,
                    folder: Path) -> tuple[ExportResult, ImportResult, float, float]:
    """One bundle from ``sender`` to ``receiver`` through a folder: (export result, import
    result, export seconds, import seconds)."""
    a, a_actor, signer, identity = sender
    b, b_actor, b_identity = receiver
    out = folder / "stick"
    out.mkdir()
    t0 = time.perf_counter()
    res = export_bundle(a, a_actor, out_dir=out, keys=ExportKeys(
        signer=signer, identity=identity, keyring=ring), recipients=[b.site_id])
    t_export = time.perf_counter() - t0
    data = res.path.read_bytes()
    t0 = time.perf_counter()
    got = import_bundle(b, b_actor, data, keys=ImportKeys(identities=(b_identity,),
                                                            keyring=ring))
    return res, got, t_export, time.perf_counter() - t0


def _material(db: Database, actor: Actor) -> tuple[SiteKey, Signer, x25519.Identity]:
    """A site's keyring entry, signer and age identity (made on first need)."""
    with db.unit_of_work() as uow:
        s = uow.begin(actor, Permission.SYNC, "bench")
        entry = local_keys.own_entry(s)
        signer = Signer(site_keys.site_signing_key(s).private_key)
        identity = site_keys.site_age_identity(s)
        uow.commit()
    return entry, signer, identity


# --- 10 changes on 1,000,000 rows -----------------------------------------------------------

def _incremental() -> list[Figure]:
    from benchmarks.lists_1m import PASSWORD as LIST_PASSWORD
    from benchmarks.lists_1m import million_row_db

    source = million_row_db()
    with tempfile.TemporaryDirectory(prefix="sync-", dir=CACHE) as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        a_path, b_path = folder / "a.milrep", folder / "b.milrep"
        _copy(source, a_path)
        a, chief = open_database(a_path, "chief", LIST_PASSWORD)
        b: Database | None = None
        try:
            b_site = _add_site(a, chief)
            b_key = a.key
            a.close()
            _copy(a_path, b_path)  # with the new site, as enrollment leaves both
            print(f"  copied the million-row database twice in "
                  f"{time.perf_counter() - t0:.0f} s", flush=True)
            conn = raw_connect(b_path, b_key)
            try:
                conn.execute("UPDATE milrep_meta SET value = ? WHERE key = 'site_id'",
                             (b_site.hex,))
            finally:
                conn.close()
            a, chief = open_database(a_path, "chief", LIST_PASSWORD)
            b, b_chief = open_database(b_path, "chief", LIST_PASSWORD)
            own, a_signer, a_identity = _material(a, chief)
            theirs, _signer, b_identity = _material(b, b_chief)
            with a.read() as s:
                realm = s.scalars(select(Office.realm_id)).one()
            ring = Keyring(realm=realm, version=1, keys=(own, theirs))
            with a.unit_of_work() as uow:  # B starts from what A holds (its copy)
                s = uow.begin(chief, Permission.SYNC, "bench")
                state.peer(s, b.site_id).acked_vector = state.vector_to_json(
                    state.local_vector(s))
                uow.commit()
            for i in range(10):
                with a.unit_of_work() as uow:
                    organizations.create_organization(uow, chief, form=OrganizationForm(
                        kind=OrgKind.RECIPIENT, name=f"Bench unit {i}"))
            res, got, t_export, t_import = _timed_exchange(
                (a, chief, a_signer, a_identity), (b, b_chief, b_identity), ring, folder)
            assert got.new_changes == 10 == res.changes, (got, res.changes)
        finally:
            a.close()
            if b is not None:
                b.close()
    group = "5. Sync, 10 changes on 1,000,000 rows"
    return [
        Figure(group, "incremental export", t_export, "s", f"≤ {GOAL_INCREMENTAL_S:.0f} s",
               t_export <= GOAL_INCREMENTAL_S, f"bundle {res.size:,} bytes"),
        Figure(group, "incremental import", t_import, "s", f"≤ {GOAL_INCREMENTAL_S:.0f} s",
               t_import <= GOAL_INCREMENTAL_S, ""),
        Figure(group, "bundle size / the 16 KiB budget", res.size / GOAL_INCREMENTAL_BYTES,
               "×", "≤ 1× (16 KiB)", res.size <= GOAL_INCREMENTAL_BYTES, f"{res.size:,} bytes")]


def _add_site(a: Database, chief: Actor) -> uuid.UUID:
    with a.unit_of_work() as uow:
        s = uow.begin(chief, Permission.MANAGE_OFFICE, "bench")
        site = Site(code="WS2", name="Bench 2")
        s.add(site)
        uow.commit()
        return site.id


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    shutil.copyfile(KeySlotFile.path_for(source), KeySlotFile.path_for(target))
