"""Two (or more) workstations of one office for sync tests: real encrypted databases, real keys.

A second workstation is made the way enrollment will make it: the head of office adds its site
on the first one, and the new database starts from a copy of the office's data (here: an
encrypted backup whose site id is switched), so both share the realm and the history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from milrep.backup import backup_database
from milrep.db.base import synced_models
from milrep.db.store import Database, open_database
from milrep.models.office import Site
from milrep.services.auth import Actor, Permission
from milrep.sync import state
from milrep.sync.export import ExportKeys, ExportResult, export_bundle
from milrep.sync.importer import ImportKeys, ImportResult, import_bundle
from milrep.sync.keyring import Keyring
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import OfficeFixture, dump_database, tamper
from tests.sync.keys import SiteKeys


@dataclass
class Station:
    name: str
    db: Database
    chief: Actor
    keys: SiteKeys
    ring: list[Keyring] = field(default_factory=list)  # shared, one element

    @property
    def keyring(self) -> Keyring:
        return self.ring[0]

    def export(self, out: Path, to: list[Station] | None = None, **kw: Any) -> ExportResult:
        return export_bundle(
            self.db, self.chief, out_dir=out,
            keys=ExportKeys(signer=self.keys.signer, identity=self.keys.identity,
                            keyring=self.keyring),
            recipients=None if to is None else [t.db.site_id for t in to], **kw)

    def import_(self, path_or_data: Path | bytes, **kw: Any) -> ImportResult:
        data = path_or_data if isinstance(path_or_data, bytes) else path_or_data.read_bytes()
        return import_bundle(self.db, self.chief, data,
                             keys=ImportKeys(identities=(self.keys.identity,),
                                             keyring=self.keyring), **kw)


def add_site(db: Database, actor: Actor, code: str, name: str) -> uuid.UUID:
    with db.unit_of_work() as uow:
        s = uow.begin(actor, Permission.MANAGE_OFFICE, "office.add_site")
        site = Site(code=code, name=name)
        s.add(site)
        uow.commit()
        return site.id


def fork(o: OfficeFixture, path: Path, code: str, name: str) -> Database:
    """A new workstation database from a copy of ``o``'s, with its own site."""
    site_id = add_site(o.db, o.chief, code, name)
    backup_database(o.db, o.chief, path)
    tamper(path, o.db.key, f"UPDATE milrep_meta SET value = '{site_id.hex}' "
                           "WHERE key = 'site_id'")
    db, _ = open_database(path, "chief", CHIEF_PASSWORD)
    assert db.site_id == site_id
    # the head of office's workstation knows what the new one starts with (enrollment does this)
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.SYNC, "test.fork")
        state.peer(s, site_id).acked_vector = state.vector_to_json(state.local_vector(s))
        uow.commit()
    return db


def stations(o: OfficeFixture, tmp: Path, n: int = 2) -> list[Station]:
    """``o`` as the first workstation and n-1 forks, all in one keyring."""
    out = [Station("A", o.db, o.chief, SiteKeys.generate(o.db.site_id))]
    for i in range(1, n):
        code = "WS" + str(i + 1)
        db = fork(o, tmp / f"site{i + 1}.milrep", code, f"Workstation {i + 1}")
        out.append(Station(chr(ord("A") + i), db, db.actor_for("chief"),
                           SiteKeys.generate(db.site_id)))
    with o.db.read() as s:
        realm = s.scalar(text("SELECT realm_id FROM office"))
    ring = [Keyring(realm=uuid.UUID(hex=realm), version=1,
                    keys=tuple(st.keys.entry() for st in out))]
    for st in out:
        st.ring = ring
    return out


SYNCED = {m.__tablename__ for m in synced_models()}


def synced_dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """What must be identical on every site after a full exchange: the synced rows, the
    tombstones, the change log (without its local key) and the open conflicts."""
    full = dump_database(db)
    out = {t: rows for t, rows in full.items() if t in SYNCED or t == "tombstones"}
    with db.engine.connect() as conn:
        out["change_log"] = sorted(tuple(r) for r in conn.execute(text(
            "SELECT site_id, seq, hlc, table_name, row_id, op, data FROM change_log")))
        out["sync_conflicts"] = sorted(tuple(r) for r in conn.execute(text(
            "SELECT key, kind, table_name, row_id, column_name, loser_hlc, loser_site, "
            "loser_value, rule, other_table, other_row_id FROM sync_conflicts")))
    return out
