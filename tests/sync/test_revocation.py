"""Revocation names the last valid bundle (and with it the site's last valid change): later
bundles of the key are refused, earlier ones accepted, and its later changes are refused even
when another workstation relays them. Root rotation: the service signs with both roots."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from milrep.errors import (AuthenticationError, NotFound, PermissionDenied, RuleViolation,
                           ValidationError)
from milrep.models.keys import KeyPurpose, KeyRecord
from milrep.sync import keyring_store
from milrep.sync.errors import RevokedKey
from milrep.sync.importer import ImportStatus
from milrep.sync.keyring_admin import revoke_site_key, rotate_root
from milrep.sync.keyring_doc import open_keyring, read_keyring
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import dump_database
from tests.sync.sites import Station
from tests.sync.test_exchange import _new_org


def _endorse_ring(a: Station, stations: list[Station]) -> None:
    """Install at A (the head) a keyring of the stations' keys; every station uses it."""
    with a.db.unit_of_work() as uow:
        res = keyring_store.endorse_keyring(
            uow, a.chief, password=CHIEF_PASSWORD, sites=[st.keys.entry() for st in stations],
            codes={st.db.site_id: st.name for st in stations})
    a.ring[0] = res.doc.keyring


def test_revoked_site_refused_directly_and_relayed_after_its_last_valid_bundle(
        trio: list[Station], stick: Path) -> None:
    a, b, c = trio
    _endorse_ring(a, trio)
    _new_org(c, "Unit C1")
    c1 = c.export(stick)  # to A and B
    assert a.import_(c1.path).status == ImportStatus.APPLIED
    assert b.import_(c1.path).status == ImportStatus.APPLIED
    _new_org(c, "Unit C2 (made with the stolen key)")
    c2 = c.export(stick, to=[a, b])
    assert b.import_(c2.path).status == ImportStatus.APPLIED  # B had no revocation yet
    _new_org(b, "Unit B1")
    before = dump_database(a.db)
    with pytest.raises(ValidationError, match="Bundle 2 of workstation C has not been received"), \
            a.db.unit_of_work() as uow:
        revoke_site_key(uow, a.chief, password=CHIEF_PASSWORD, site_id=c.db.site_id,
                        after_bundle=2)
    with pytest.raises(AuthenticationError), a.db.unit_of_work() as uow:
        revoke_site_key(uow, a.chief, password="Wrong2026pass", site_id=c.db.site_id,
                        after_bundle=1)
    assert dump_database(a.db) == before
    with a.db.unit_of_work() as uow:
        res = revoke_site_key(uow, a.chief, password=CHIEF_PASSWORD, site_id=c.db.site_id,
                              after_bundle=1)
    a.ring[0] = res.doc.keyring
    revoked = next(k for k in res.doc.keyring.keys if k.site_id == c.db.site_id)
    # C had made one change (its organization) when it wrote bundle 1
    assert revoked.revoked_after_seq == 1 and revoked.revoked_after_change == 1
    assert read_keyring(res.data).keyring == res.doc.keyring  # the fence survives the file
    # directly: bundle 2 of C refused at A, bundle 1 still accepted (as a copy: already)
    before = dump_database(a.db)
    with pytest.raises(RevokedKey, match="revoked after bundle 1"):
        a.import_(c2.path)
    assert a.import_(c1.path).status == ImportStatus.ALREADY
    # relayed: B's bundle carries C's changes after the fence → refused as a whole
    relayed = b.export(stick, to=[a])
    with pytest.raises(RevokedKey, match="numbered after"):
        a.import_(relayed.path)
    assert dump_database(a.db) == before


def test_relayed_changes_before_the_fence_are_accepted(trio: list[Station], stick: Path) -> None:
    a, b, c = trio
    _endorse_ring(a, trio)
    _new_org(c, "Unit C1")
    c1 = c.export(stick, to=[a, b])
    a.import_(c1.path)
    b.import_(c1.path)
    with a.db.unit_of_work() as uow:
        a.ring[0] = revoke_site_key(uow, a.chief, password=CHIEF_PASSWORD,
                                    site_id=c.db.site_id, after_bundle=1).doc.keyring
    _new_org(b, "Unit B1")
    relayed = b.export(stick, to=[a])  # carries C's changes 1..n again, and B's
    assert relayed.changes > 1
    assert a.import_(relayed.path).status == ImportStatus.APPLIED


def test_rotate_root_signs_with_both_and_others_follow(pair: list[Station]) -> None:
    a, b = pair
    _endorse_ring(a, pair)
    with a.db.read() as s:
        v1 = keyring_store.installed_file(s)
        old_root = keyring_store.root_private(s)
    assert v1 is not None
    with b.db.unit_of_work() as uow:
        keyring_store.install_keyring(uow, b.chief, data=v1)
    before = dump_database(a.db)
    with pytest.raises(AuthenticationError), a.db.unit_of_work() as uow:
        rotate_root(uow, a.chief, password="Wrong2026pass")
    assert dump_database(a.db) == before
    with a.db.unit_of_work() as uow:
        rotated = rotate_root(uow, a.chief, password=CHIEF_PASSWORD)
    assert rotated.doc.previous_root is not None and rotated.doc.root != rotated.doc.previous_root
    assert rotated.data[-1 - 2 * 72] == 2  # two signatures
    with a.db.read() as s:
        roots = s.query(KeyRecord).filter(KeyRecord.purpose == KeyPurpose.OFFICE_ROOT).all()
        assert len(roots) == 2 and sum(r.retired_at is None for r in roots) == 1
        assert keyring_store.root_private(s).private_bytes_raw() != \
            old_root.private_bytes_raw()
    with b.db.unit_of_work() as uow:
        assert keyring_store.install_keyring(uow, b.chief, data=rotated.data).installed
    # the next plain endorsement (new root only) is accepted by B, which follows the rotation
    _endorse_ring(a, pair)
    with a.db.read() as s:
        v3 = keyring_store.installed_file(s)
    assert v3 is not None
    with b.db.read() as s:
        inst = keyring_store.installed_keyring(s)
    assert inst is not None
    assert open_keyring(v3, trusted_root=inst.root, realm=inst.keyring.realm,
                        installed=inst).keyring.version == 3


def test_only_the_head_of_office_revokes_and_rotates(pair: list[Station]) -> None:
    a, b = pair
    _endorse_ring(a, pair)
    rep = a.db.actor_for("rep1")
    before = dump_database(a.db)
    with pytest.raises(PermissionDenied), a.db.unit_of_work() as uow:
        revoke_site_key(uow, rep, password=REP_PASSWORD, site_id=b.db.site_id, after_bundle=0)
    with pytest.raises(PermissionDenied), a.db.unit_of_work() as uow:
        rotate_root(uow, rep, password=REP_PASSWORD)
    assert dump_database(a.db) == before
    # a site without a key in force, and this workstation's own key, are refused too
    with pytest.raises(NotFound, match="has no key in force"), a.db.unit_of_work() as uow:
        revoke_site_key(uow, a.chief, password=CHIEF_PASSWORD, site_id=uuid.uuid4(),
                        after_bundle=0)
    with pytest.raises(RuleViolation, match="own key"), a.db.unit_of_work() as uow:
        revoke_site_key(uow, a.chief, password=CHIEF_PASSWORD, site_id=a.db.site_id,
                        after_bundle=0)
    assert dump_database(a.db) == before
