"""The office keyring: endorsed by the head of office with the root key, installed elsewhere only
if the trusted root signed it and it is newer; a root rotation needs both roots' signatures."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from milrep.documents.ed25519 import key_id, raw_public_key
from milrep.errors import AuthenticationError, PermissionDenied, RuleViolation
from milrep.services.auth import Permission
from milrep.sync import keyring_doc as kd
from milrep.sync import keyring_store, local_keys
from milrep.sync.export import export_bundle
from milrep.sync.importer import ImportStatus, import_bundle
from milrep.sync.keyring import SiteKey
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import dump_database, tamper
from tests.sync.sites import Station
from tests.sync.test_exchange import _new_org


def _entries(pair: list[Station]) -> list[SiteKey]:
    out = []
    for st in pair:
        with st.db.unit_of_work() as uow:
            out.append(local_keys.own_entry(uow.begin(st.chief, Permission.SYNC, "test.keys")))
            uow.commit()
    return out


def _endorse(st: Station, sites: list[SiteKey], password: str = CHIEF_PASSWORD
             ) -> keyring_store.KeyringResult:
    with st.db.unit_of_work() as uow:
        return keyring_store.endorse_keyring(uow, st.chief, password=password, sites=sites,
                                             codes={s.site_id: "WS" for s in sites})


def _install(st: Station, data: bytes) -> keyring_store.KeyringResult:
    with st.db.unit_of_work() as uow:
        return keyring_store.install_keyring(uow, st.chief, data=data)


def _refused(st: Station, data: bytes, kind: kd.KeyringFault, match: str) -> None:
    before = dump_database(st.db)
    with pytest.raises(kd.KeyringError, match=match) as e:
        _install(st, data)
    assert e.value.kind == kind
    assert dump_database(st.db) == before


def _root(st: Station) -> Ed25519PrivateKey:
    with st.db.read() as s:
        return keyring_store.root_private(s)


def _raw_seal(doc: kd.KeyringDoc, signers: list[Ed25519PrivateKey]) -> bytes:
    """Sign without the writer's own checks (what a forger would do)."""
    body = doc.to_cbor()
    return b"".join([kd._HEADER.pack(kd.MAGIC, kd.FILE_VERSION, len(body)), body,
                     bytes([len(signers)])] + [key_id(raw_public_key(k)) + k.sign(
                         kd.SIGN_TAG + body) for k in signers])


def test_endorse_install_and_sync_with_the_installed_keyring(pair: list[Station],
                                                             stick: Path) -> None:
    a, b = pair
    sites = _entries(pair)
    v1 = _endorse(a, sites)
    assert v1.doc.keyring.version == 1 and v1.installed
    assert len(v1.doc.fingerprint.split()) == 8  # eight groups of four, to read aloud
    res = _install(b, v1.data)
    assert res.installed and res.doc.keyring.keys == v1.doc.keyring.keys
    before = dump_database(b.db)
    assert not _install(b, v1.data).installed  # the same file again: nothing to do
    assert dump_database(b.db) == before

    _new_org(a, "Unit signed with the installed keyring")
    with a.db.unit_of_work() as uow:
        keys = local_keys.export_keys(uow.begin(a.chief, Permission.SYNC, "test"))
    out = export_bundle(a.db, a.chief, out_dir=stick, keys=keys)
    with b.db.unit_of_work() as uow:
        keys_b = local_keys.import_keys(uow.begin(b.chief, Permission.SYNC, "test"))
    assert import_bundle(b.db, b.chief, out.path.read_bytes(), keys=keys_b).status == \
        ImportStatus.APPLIED


def test_an_older_keyring_and_a_same_version_twin_are_refused(pair: list[Station]) -> None:
    a, b = pair
    sites = _entries(pair)
    v1 = _endorse(a, sites)
    v2 = _endorse(a, sites[:1])
    assert v2.doc.keyring.version == 2
    _install(b, v2.data)
    _refused(b, v1.data, kd.KeyringFault.OLDER, "version 1; version 2 is already installed")
    twin = dataclasses.replace(v2.doc, keyring=dataclasses.replace(v2.doc.keyring,
                                                                   keys=tuple(sites)))
    _refused(b, kd.seal_keyring(twin, [_root(a)]), kd.KeyringFault.CONFLICT,
             "same version 2")


def test_root_rotation_needs_both_signatures(pair: list[Station]) -> None:
    a, b = pair
    sites = _entries(pair)
    v1 = _endorse(a, sites)
    _install(b, v1.data)
    old, new = _root(a), Ed25519PrivateKey.generate()
    rotated = dataclasses.replace(
        v1.doc, keyring=dataclasses.replace(v1.doc.keyring, version=2),
        root=raw_public_key(new), previous_root=raw_public_key(old))
    _refused(b, _raw_seal(rotated, [new]), kd.KeyringFault.ROTATION, "signed by both")
    _refused(b, _raw_seal(rotated, [old]), kd.KeyringFault.ROTATION, "signed by both")
    no_previous = dataclasses.replace(rotated, previous_root=None)
    _refused(b, _raw_seal(no_previous, [new]), kd.KeyringFault.UNTRUSTED, "not signed by the")
    assert _install(b, kd.seal_keyring(rotated, [new, old])).installed
    # from now on the new root is the trusted one; the old one alone no longer suffices
    v3_old = dataclasses.replace(v1.doc, keyring=dataclasses.replace(v1.doc.keyring, version=3))
    _refused(b, _raw_seal(v3_old, [old]), kd.KeyringFault.UNTRUSTED, "not signed by the")
    v3 = dataclasses.replace(rotated, keyring=dataclasses.replace(v1.doc.keyring, version=3),
                             previous_root=None)
    assert _install(b, kd.seal_keyring(v3, [new])).doc.keyring.version == 3


def test_damaged_foreign_and_untrusted_keyrings(pair: list[Station]) -> None:
    a, b = pair
    data = _endorse(a, _entries(pair)).data
    for i in range(0, len(data), 7):
        bad = bytearray(data)
        bad[i] ^= 0x04
        before = dump_database(b.db)
        with pytest.raises(kd.KeyringError):
            _install(b, bytes(bad))
        assert dump_database(b.db) == before
    _refused(b, data[:-1], kd.KeyringFault.DAMAGED, "damaged")
    doc = kd.read_keyring(data)
    stranger = Ed25519PrivateKey.generate()
    forged = dataclasses.replace(doc, root=raw_public_key(stranger))
    _refused(b, kd.seal_keyring(forged, [stranger]), kd.KeyringFault.UNTRUSTED, "not signed by")
    other = dataclasses.replace(doc, keyring=dataclasses.replace(doc.keyring,
                                                                 realm=uuid.uuid4()))
    _refused(b, kd.seal_keyring(other, [_root(a)]), kd.KeyringFault.OTHER_REALM, "another office")


def test_endorsement_refusals(pair: list[Station]) -> None:
    a, b = pair
    sites = _entries(pair)
    before = dump_database(a.db)
    with pytest.raises(AuthenticationError):
        _endorse(a, sites, password="wrong-password-1")
    rep = a.db.actor_for("rep1")
    with pytest.raises(PermissionDenied), a.db.unit_of_work() as uow:
        keyring_store.endorse_keyring(uow, rep, password=REP_PASSWORD, sites=sites)
    assert dump_database(a.db) == before
    b.db.close()
    tamper(b.db.path, b.db.key, "UPDATE site_keys SET private_key = NULL "
                                "WHERE purpose = 'office_root'")
    from milrep.db.store import open_database
    b.db, _ = open_database(b.db.path, "chief", CHIEF_PASSWORD)
    with pytest.raises(RuleViolation, match="root key is not on this workstation"):
        _endorse(b, sites)
    with pytest.raises(RuleViolation, match="no office keyring yet"), b.db.read() as s:
        keyring_store.current_keyring(s)
