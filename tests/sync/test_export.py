"""Writing bundles: name and place, nothing left behind, checked after writing, refusals."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from milrep.errors import PermissionDenied, StorageError, ValidationError
from milrep.models.sync import OutgoingBundle, SyncPeer
from milrep.sync.export import ExportKeys, bundle_file_name, export_bundle
from milrep.sync.importer import ImportStatus
from tests.helpers import dump_database, folder_bytes
from tests.sync.forge import open_as
from tests.sync.sites import Station
from tests.sync.test_exchange import _new_org


def test_file_name_manifest_and_state(pair: list[Station], stick: Path) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    res = a.export(stick)
    assert res.path == stick / bundle_file_name(a.keyring.realm, "WS1", 1)
    assert res.path.name == f"milrep-{a.keyring.realm.hex[:8]}-WS1-000001.mrb"
    assert [p.name for p in stick.iterdir()] == [res.path.name]  # no temporary file left
    assert res.recipients == (b.db.site_id,)
    manifest, changes = open_as(res.path.read_bytes(), b)
    assert manifest.origin == a.db.site_id and manifest.seq == 1 and len(changes) == res.changes
    assert manifest.realm == a.keyring.realm and manifest.recipients == (b.db.site_id,)
    assert manifest.counts == {"organizations": 1}
    with a.db.read() as s:
        out = s.scalars(select(OutgoingBundle)).one()
        assert out.written_at is not None and out.manifest_hash == res.manifest_hash.hex()
        peer = s.get(SyncPeer, b.db.site_id)
        assert peer is not None and a.db.site_id.hex in peer.sent_vector
    second = a.export(stick)
    assert second.seq == 2 and second.changes == 0  # nothing new: an acknowledgement only
    m2, _ = open_as(second.path.read_bytes(), b)
    assert m2.prev == res.manifest_hash
    assert b.import_(res.path).status == ImportStatus.APPLIED
    assert b.import_(second.path).status == ImportStatus.NO_EFFECT


def test_a_medium_that_reads_back_wrong_fails_the_export(
        pair: list[Station], stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    real = Path.read_bytes

    def faulty(self: Path) -> bytes:
        data = real(self)
        return data[:-1] + bytes([data[-1] ^ 1]) if self.suffix == ".mrb" else data

    monkeypatch.setattr(Path, "read_bytes", faulty)
    with pytest.raises(StorageError, match="reads back differently"):
        a.export(stick)
    monkeypatch.undo()
    assert list(stick.iterdir()) == []  # the bad file is not left for someone to carry
    res = a.export(stick)  # the next bundle carries the same changes, under a new number
    assert res.seq == 2 and res.changes == 1
    assert b.import_(res.path).status == ImportStatus.APPLIED


def test_export_refusals(pair: list[Station], stick: Path) -> None:
    a, b = pair
    keys = ExportKeys(signer=a.keys.signer, identity=a.keys.identity, keyring=a.keyring)
    before, files = dump_database(a.db), folder_bytes(stick)
    with pytest.raises(PermissionDenied):
        export_bundle(a.db, a.db.actor_for("clerk"), out_dir=stick, keys=keys)
    with pytest.raises(ValidationError, match="does not exist") as e:
        a.export(stick / "missing")
    assert e.value.field == "out_dir"
    with pytest.raises(ValidationError, match="no valid key"):
        export_bundle(a.db, a.chief, out_dir=stick, keys=keys, recipients=[uuid.uuid4()])
    with pytest.raises(ValidationError, match="no valid key"):
        export_bundle(a.db, a.chief, out_dir=stick, keys=keys, recipients=[a.db.site_id])
    assert dump_database(a.db) == before and folder_bytes(stick) == files
