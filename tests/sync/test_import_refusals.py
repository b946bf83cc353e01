"""Every bundle that must be refused is refused with its own reason, and nothing stored changes."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from milrep.db.hlc import MAX_DRIFT_MS, pack, unpack, wall_ms
from milrep.errors import PermissionDenied
from milrep.models.journal import AuditEntry
from milrep.sync import envelope as env
from milrep.sync import state
from milrep.sync.errors import (BadSignature, BundleDamaged, BundleError, ClockAhead,
                                Equivocation, ForeignKey, IntegrityConflict, OtherRealm,
                                OwnBundle, PayloadMismatch, ReadOnlySite, RevokedKey,
                                SchemaMismatch, TooLarge, UnknownKey, WrongRecipient)
from milrep.sync.importer import ImportStatus
from milrep.sync.keyring import Keyring
from milrep.sync.payload import Change
from tests.helpers import dump_database
from tests.sync.forge import open_as, reseal
from tests.sync.keys import SiteKeys
from tests.sync.sites import Station, add_site
from tests.sync.test_exchange import _new_org

Trio = list[Station]


def _bundle(a: Station, stick: Path, *to: Station, name: str = "Military unit 900") -> bytes:
    _new_org(a, name)
    return a.export(stick, list(to) or None).path.read_bytes()


def _refused(st: Station, data: bytes, error: type[BundleError], match: str, **kw: object
             ) -> BundleError:
    before = dump_database(st.db)
    with pytest.raises(error, match=match) as e:
        st.import_(data, **kw)
    assert dump_database(st.db) == before
    assert e.value.kind == error.kind
    return e.value


def test_every_flipped_byte_and_truncation_is_refused(pair: Trio, stick: Path) -> None:
    a, b = pair
    data = _bundle(a, stick, b)
    before = dump_database(b.db)
    for i in range(len(data)):
        bad = bytearray(data)
        bad[i] ^= 0x20
        with pytest.raises(BundleError) as e:
            b.import_(bytes(bad))
        assert isinstance(e.value, (BundleDamaged, WrongRecipient)), i
    for n in (0, 1, 40, len(data) // 3, len(data) - 1):
        with pytest.raises(BundleDamaged, match="damaged or incomplete"):
            b.import_(data[:n])
    assert dump_database(b.db) == before
    assert b.import_(data).status == ImportStatus.APPLIED  # the intact file still imports


def test_bundle_of_another_realm(pair: Trio, stick: Path) -> None:
    a, b = pair
    forged = reseal(_bundle(a, stick, b), b, signer=a.keys, to=[b.keys], realm=uuid.uuid4())
    _refused(b, forged, OtherRealm, "another office")


def test_wrong_recipient(trio: Trio, stick: Path) -> None:
    a, b, c = trio
    for_c = _bundle(a, stick, c)
    _refused(b, for_c, WrongRecipient, "not written for this workstation")
    # encrypted to b, but the signed manifest addresses c only
    readdressed = reseal(for_c, c, signer=a.keys, to=[b.keys])
    _refused(b, readdressed, WrongRecipient, "addressed to other workstations")


def test_own_bundle_brought_back(pair: Trio, stick: Path) -> None:
    a, b = pair
    _refused(a, _bundle(a, stick, b), OwnBundle, "written by this workstation")


def test_schema_version_mismatch(pair: Trio, stick: Path) -> None:
    a, b = pair
    forged = reseal(_bundle(a, stick, b), b, signer=a.keys, to=[b.keys], schema="0099")
    _refused(b, forged, SchemaMismatch, "database version 0099")


def test_unknown_key(pair: Trio, stick: Path) -> None:
    a, b = pair
    stranger = SiteKeys.generate(a.db.site_id)
    forged = reseal(_bundle(a, stick, b), b, signer=stranger, to=[b.keys])
    _refused(b, forged, UnknownKey, "does not know")


def test_another_sites_key_signing_for_this_origin(trio: Trio, stick: Path) -> None:
    a, b, c = trio
    forged = reseal(_bundle(a, stick, b), b, signer=c.keys, to=[b.keys])
    _refused(b, forged, ForeignKey, "signed with the key of another workstation")


def test_revoked_key_refused_after_its_last_valid_bundle(pair: Trio, stick: Path) -> None:
    a, b = pair
    first = _bundle(a, stick, b, name="Unit 1")
    second = _bundle(a, stick, b, name="Unit 2")
    ring = b.keyring
    b.ring[0] = Keyring(realm=ring.realm, version=ring.version + 1, keys=tuple(
        dataclasses.replace(k, revoked_after_seq=1) if k.site_id == a.db.site_id else k
        for k in ring.keys))
    assert b.import_(first).status == ImportStatus.APPLIED
    _refused(b, second, RevokedKey, "revoked after bundle 1")


def test_manifest_of_one_bundle_with_the_payload_of_another(pair: Trio, stick: Path) -> None:
    a, b = pair
    first = env.decrypt(_bundle(a, stick, b, name="Unit 1"), [b.keys.identity])
    second = env.decrypt(_bundle(a, stick, b, name="Unit 2"), [b.keys.identity])
    v1 = env.open_envelope(first, b.keyring)
    v2 = env.open_envelope(second, b.keyring)
    spliced = first[:len(first) - len(v1.payload)] + v2.payload
    _refused(b, env.encrypt(spliced, [b.keys.recipient]), PayloadMismatch,
             "does not match its manifest")


def test_bomb_and_oversized_payloads(pair: Trio, stick: Path) -> None:
    import zlib
    a, b = pair
    data = _bundle(a, stick, b)
    manifest, _ = open_as(data, b)
    bomb = zlib.compress(b"\x00" * (32 << 20), 9)
    fields = {f.name: getattr(manifest, f.name) for f in dataclasses.fields(env.Manifest)}
    lying = env.Manifest(**{**fields, "payload_sha256": __import__("hashlib").sha256(bomb)
                            .digest(), "payload_length": len(bomb), "content_length": 4096})
    forged = env.encrypt(env.build_envelope(lying, bomb, [a.keys.signer]), [b.keys.recipient])
    _refused(b, forged, TooLarge, "more data than milrep accepts")
    _refused(b, data, TooLarge, "more data", limits=env.Limits(max_content=64))
    _refused(b, data, TooLarge, "bytes allowed", limits=env.Limits(max_file=200))


def test_remote_clock_more_than_24_hours_ahead(pair: Trio, stick: Path) -> None:
    a, b = pair
    data = _bundle(a, stick, b)
    manifest, _ = open_as(data, b)
    newest_ms = unpack(manifest.created)[0]
    _refused(b, data, ClockAhead, "hours ahead", now_ms=newest_ms - MAX_DRIFT_MS - 60_000)
    assert b.import_(data, now_ms=newest_ms - MAX_DRIFT_MS + 60_000).status == \
        ImportStatus.APPLIED
    assert wall_ms() > 0 and pack(1, 0) > 0


def test_the_viewer_may_not_import(pair: Trio, stick: Path, records: object) -> None:
    a, b = pair
    data = _bundle(a, stick, b)
    viewer = b.db.actor_for("clerk")
    from milrep.sync.importer import ImportKeys, import_bundle
    before = dump_database(b.db)
    with pytest.raises(PermissionDenied):
        import_bundle(b.db, viewer, data, keys=ImportKeys((b.keys.identity,), b.keyring))
    assert dump_database(b.db) == before


def test_equivocation_is_refused_with_an_alarm(pair: Trio, stick: Path) -> None:
    a, b = pair
    data = _bundle(a, stick, b)
    manifest, changes = open_as(data, b)
    other = reseal(data, b, signer=a.keys, to=[b.keys], changes=changes[:-1])
    assert b.import_(data).status == ImportStatus.APPLIED
    before = dump_database(b.db)
    with pytest.raises(Equivocation, match="two different bundles with the same number 1"):
        b.import_(other)
    after = dump_database(b.db)
    assert {k for k in after if after[k] != before[k]} == {"audit_journal", "milrep_meta"}
    with b.db.read() as s:
        alarm = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        action, after_text = alarm.action, alarm.after
    assert action == "sync.equivocation"
    assert json.loads(after_text or "{}")["seq"] == 1
    assert b.import_(data).status == ImportStatus.ALREADY  # the first one is still fine


def test_a_broken_hash_chain_is_an_equivocation(pair: Trio, stick: Path) -> None:
    a, b = pair
    first = _bundle(a, stick, b, name="Unit 1")
    second = _bundle(a, stick, b, name="Unit 2")
    forked = reseal(second, b, signer=a.keys, to=[b.keys], prev=bytes(32))
    assert b.import_(first).status == ImportStatus.APPLIED
    before = dump_database(b.db)
    with pytest.raises(Equivocation, match="does not follow on"):
        b.import_(forked)
    after = dump_database(b.db)
    assert {k for k in after if after[k] != before[k]} == {"audit_journal", "milrep_meta"}
    assert b.import_(second).status == ImportStatus.APPLIED


def test_a_changed_issued_document_refuses_the_bundle(pair: Trio, stick: Path,
                                                      records: object) -> None:
    a, b = pair
    data = _bundle(a, stick, b)
    manifest, changes = open_as(data, b)
    with b.db.read() as s:
        from milrep.models.contracts import ContractAmendment
        amendment = s.scalars(select(ContractAmendment)).first()
        assert amendment is not None
        s.expunge(amendment)
    last = changes[-1]
    doc = {"id": amendment.id.hex, "contract_id": amendment.contract_id.hex, "number": "1",
           "signed_on": "2026-03-01", "ground": amendment.ground.value,
           "description": "Quantity of spare-part kits raised from 8 to 80"}
    forged_insert = Change(site=a.db.site_id, seq=last.seq + 1, hlc=last.hlc + 1,
                           table="contract_amendments", row_id=amendment.id, op="insert",
                           data=json.dumps(doc))
    _refused(b, reseal(data, b, signer=a.keys, to=[b.keys], changes=[*changes, forged_insert]),
             IntegrityConflict, "issued document")
    forged_update = dataclasses.replace(forged_insert, op="update",
                                        data=json.dumps({"description": "changed"}))
    _refused(b, reseal(data, b, signer=a.keys, to=[b.keys], changes=[*changes, forged_update]),
             IntegrityConflict, "issued document")
    forged_delete = dataclasses.replace(forged_insert, op="delete", data=None)
    _refused(b, reseal(data, b, signer=a.keys, to=[b.keys], changes=[*changes, forged_delete]),
             IntegrityConflict, "never deleted")
    # the same document with the same content is a union: nothing new, no refusal
    same = dict(doc, description=amendment.description)
    union = dataclasses.replace(forged_insert, data=json.dumps(same))
    assert b.import_(reseal(data, b, signer=a.keys, to=[b.keys],
                            changes=[*changes, union])).status == ImportStatus.APPLIED


def test_a_constraint_error_in_the_last_record_rolls_back_the_whole_bundle(
        pair: Trio, stick: Path) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    _new_org(a, "Unit 2")
    add_site(a.db, a.chief, "WS9", "Workstation 9")
    add_site(b.db, b.chief, "WS9", "Another workstation 9")  # the same code, made offline
    data = a.export(stick, [b]).path.read_bytes()
    _, changes = open_as(data, b)
    assert changes[-1].table == "sites" and len(changes) == 3
    _refused(b, data, IntegrityConflict, "UNIQUE constraint failed: sites.code")


def test_a_signed_row_of_an_unknown_column_is_a_schema_mismatch(pair: Trio, stick: Path) -> None:
    a, b = pair
    data = _bundle(a, stick, b)
    _, changes = open_as(data, b)
    last = changes[-1]
    row = json.loads(last.data or "{}")
    bad = dataclasses.replace(last, data=json.dumps({**row, "secret_column": 1}))
    _refused(b, reseal(data, b, signer=a.keys, to=[b.keys], changes=[*changes[:-1], bad]),
             SchemaMismatch, "does not know")
    wrong_type = dataclasses.replace(last, data=json.dumps({**row, "name": 12}))
    _refused(b, reseal(data, b, signer=a.keys, to=[b.keys],
                       changes=[*changes[:-1], wrong_type]), SchemaMismatch, "does not know")


def test_bad_signature_after_reencryption(pair: Trio, stick: Path) -> None:
    a, b = pair
    inner = bytearray(env.decrypt(_bundle(a, stick, b), [b.keys.identity]))
    inner[20] ^= 0x01  # inside the manifest
    _refused(b, env.encrypt(bytes(inner), [b.keys.recipient]), BadSignature,
             "signature does not match")


def test_a_change_carried_again_with_other_content_is_an_equivocation(
        pair: Trio, stick: Path) -> None:
    """The same (site, seq) of the change log with other data, in an otherwise new bundle."""
    a, b = pair
    data = _bundle(a, stick, b)
    manifest, changes = open_as(data, b)
    assert b.import_(data).status == ImportStatus.APPLIED
    first = changes[0]
    altered = dataclasses.replace(first, data=(first.data or "").replace("Military", "Militia"))
    forged = reseal(data, b, signer=a.keys, to=[b.keys], changes=[altered, *changes[1:]],
                    seq=2, prev=__import__("hashlib").sha256(manifest.to_cbor()).digest())
    before = dump_database(b.db)
    with pytest.raises(Equivocation, match="other content than this workstation already holds"):
        b.import_(forged)
    after = dump_database(b.db)
    assert {k for k in after if after[k] != before[k]} == {"audit_journal", "milrep_meta"}


def test_changes_made_at_a_read_only_headquarters_are_refused(pair: Trio, stick: Path) -> None:
    from milrep.sync.keyring import SiteRole
    a, b = pair
    data = _bundle(a, stick, b)
    ring = b.keyring
    b.ring[0] = Keyring(realm=ring.realm, version=ring.version + 1, keys=tuple(
        dataclasses.replace(k, role=SiteRole.HEADQUARTERS) if k.site_id == a.db.site_id else k
        for k in ring.keys))
    _refused(b, data, ReadOnlySite, "made at the headquarters")
    # an acknowledgement from the headquarters (no changes of its own) is fine
    with b.db.read() as s:
        held_here = state.local_vector(s)
    ack = reseal(data, b, signer=a.keys, to=[b.keys], changes=[], seq=1, vector=held_here)
    assert b.import_(ack).status == ImportStatus.NO_EFFECT


def test_a_held_bundle_refused_when_released_stays_held(pair: Trio, stick: Path) -> None:
    a, b = pair
    first = _bundle(a, stick, b, name="Unit 1")
    second = _bundle(a, stick, b, name="Unit 2")
    assert b.import_(second).status == ImportStatus.HELD
    ring = b.keyring
    b.ring[0] = Keyring(realm=ring.realm, version=ring.version + 1, keys=tuple(
        dataclasses.replace(k, revoked_after_seq=1) if k.site_id == a.db.site_id else k
        for k in ring.keys))
    res = b.import_(first)
    assert res.status == ImportStatus.APPLIED and res.released == ()
    _refused(b, second, RevokedKey, "revoked after bundle 1")
