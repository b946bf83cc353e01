"""Enrollment on media: keyring file → new workstation → join request → endorsement →
keyring and first bundle → the new workstation holds the office's data, exchanges both ways."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from milrep.db.store import open_database
from milrep.models.users import User
from milrep.services.auth import Permission
from milrep.sync import local_keys
from milrep.sync.export import export_bundle
from milrep.sync.importer import ImportStatus, import_bundle
from milrep.sync.join import open_request
from tests.helpers import OfficeFixture
from tests.sync.enrolling import NEW_PASSWORD, enroll, newcomer, office_keyring, take_in
from tests.sync.sites import Station, synced_dump
from tests.sync.test_exchange import _new_org


def test_a_new_workstation_joins_and_exchanges_both_ways(records: OfficeFixture, tmp_path: Path,
                                                          stick: Path) -> None:
    ring = office_keyring(records)
    n = newcomer(tmp_path / "ws2.milrep", ring)
    req = open_request(n.request)
    assert req.code == "WS2" and req.username == "petrov" and len(req.fingerprint) == 39
    done, first = enroll(records, n.request, stick)
    assert done.user_created and done.keyring.doc.keyring.version == 2
    assert done.keyring.doc.keyring.current_key(n.db.site_id) is not None
    res = take_in(n, done.keyring.data, first.path)
    assert res.status == ImportStatus.APPLIED and res.new_changes == first.changes
    assert synced_dump(n.db) == synced_dump(records.db)
    n.db.close()
    # the person signs in with their own account now, which came with the office data
    db, actor = open_database(tmp_path / "ws2.milrep", "petrov", NEW_PASSWORD)
    with db.read() as s:
        assert s.scalars(select(User.id).where(User.username == "petrov")).one() == actor.user_id
    station = Station("B", db, actor, None)  # type: ignore[arg-type]
    _new_org(station, "Unit made on the new workstation")
    with db.unit_of_work() as uow:
        keys = local_keys.export_keys(uow.begin(actor, Permission.SYNC, "t"))
    back = export_bundle(db, actor, out_dir=stick, keys=keys)
    with records.db.unit_of_work() as uow:
        ikeys = local_keys.import_keys(uow.begin(records.chief, Permission.SYNC, "t"))
    assert import_bundle(records.db, records.chief, back.path.read_bytes(),
                         keys=ikeys).status == ImportStatus.APPLIED
    head = Station("A", records.db, records.chief, None)  # type: ignore[arg-type]
    _new_org(head, "Unit made by the head")
    with records.db.unit_of_work() as uow:
        keys = local_keys.export_keys(uow.begin(records.chief, Permission.SYNC, "t"))
    again = export_bundle(records.db, records.chief, out_dir=stick, keys=keys)
    assert again.changes < first.changes  # incremental now
    with db.unit_of_work() as uow:
        ikeys = local_keys.import_keys(uow.begin(actor, Permission.SYNC, "t"))
    assert import_bundle(db, actor, again.path.read_bytes(),
                         keys=ikeys).status == ImportStatus.APPLIED
    assert synced_dump(db) == synced_dump(records.db)
    db.close()
