"""Bad inputs of enrollment: each refused with its message, and nothing stored changes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import NewOffice, create_database, open_database
from milrep.documents.ed25519 import raw_public_key
from milrep.errors import AuthenticationError, PermissionDenied, RuleViolation
from milrep.services.auth import Permission
from milrep.sync.enroll import enroll_site, sealed_join_request
from milrep.sync.join import JoinFault, JoinRequestError, open_request
from milrep.sync.keyring_doc import read_keyring, seal_keyring
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database
from tests.sync.enrolling import newcomer, office_keyring


def _refused(o: OfficeFixture, request: bytes, error: type[Exception], match: str,
             password: str = CHIEF_PASSWORD) -> Exception:
    before = dump_database(o.db)
    with pytest.raises(error, match=match) as e, o.db.unit_of_work() as uow:
        enroll_site(uow, o.chief, password=password, request=request)
    assert dump_database(o.db) == before
    return e.value


def test_a_request_from_another_realm(records: OfficeFixture, tmp_path: Path) -> None:
    other, _chief, _code = create_database(tmp_path / "other.milrep", NewOffice(
        office_code="OTH", office_name="Another office", plant_name="Plant", site_code="O1",
        site_name="Other", chief_username="chief", chief_full_name="Other chief",
        chief_rank="Col.", chief_password=CHIEF_PASSWORD), kdf=FAST_KDF_FOR_TESTS)
    foreign = OfficeFixture(db=other, path=tmp_path / "other.milrep", chief=_chief,
                            rep=_chief, viewer=_chief, recovery_code=_code)
    n = newcomer(tmp_path / "ws.milrep", office_keyring(foreign))
    e = _refused(records, n.request, JoinRequestError, "another office's deployment")
    assert e.kind == JoinFault.OTHER_REALM  # type: ignore[attr-defined]
    other.close()
    n.db.close()


def test_every_changed_byte_and_truncation_is_refused(records: OfficeFixture,
                                                      tmp_path: Path) -> None:
    n = newcomer(tmp_path / "ws.milrep", office_keyring(records))
    before = dump_database(records.db)
    kinds = set()
    for i in range(len(n.request)):
        bad = bytearray(n.request)
        bad[i] ^= 0x01
        with pytest.raises(JoinRequestError) as e, records.db.unit_of_work() as uow:
            enroll_site(uow, records.chief, password=CHIEF_PASSWORD, request=bytes(bad))
        assert str(e.value)
        kinds.add(e.value.kind)
    assert kinds == {JoinFault.DAMAGED, JoinFault.BAD_SIGNATURE}
    for cut in (0, 5, len(n.request) - 1):
        with pytest.raises(JoinRequestError, match="not a milrep join request"):
            open_request(n.request[:cut])
    assert dump_database(records.db) == before
    _refused(records, n.request + b"\x00", JoinRequestError, "not a milrep join request")
    n.db.close()


def test_the_same_request_twice_and_a_taken_code(records: OfficeFixture, tmp_path: Path) -> None:
    ring = office_keyring(records)
    n = newcomer(tmp_path / "ws.milrep", ring)
    with records.db.unit_of_work() as uow:
        enroll_site(uow, records.chief, password=CHIEF_PASSWORD, request=n.request)
    e = _refused(records, n.request, JoinRequestError, "already part of the office")
    assert e.kind == JoinFault.DUPLICATE  # type: ignore[attr-defined]
    twin = newcomer(tmp_path / "ws3.milrep", ring, code="WS2", username="sidorov")
    _refused(records, twin.request, JoinRequestError, "code WS2")
    n.db.close()
    twin.db.close()


def test_wrong_password_viewer_and_a_newcomer_trusting_another_root(
        records: OfficeFixture, tmp_path: Path) -> None:
    ring = office_keyring(records)
    n = newcomer(tmp_path / "ws.milrep", ring)
    _refused(records, n.request, AuthenticationError, "Wrong user name or password",
             password="Wrong2026pass")
    before = dump_database(records.db)
    with pytest.raises(PermissionDenied), records.db.unit_of_work() as uow:
        enroll_site(uow, records.rep, password=REP_PASSWORD, request=n.request)
    assert dump_database(records.db) == before
    # a newcomer set up from a keyring signed by another root (a forged office file)
    forger = Ed25519PrivateKey.generate()
    doc = dataclasses.replace(read_keyring(ring), root=raw_public_key(forger))
    fake = newcomer(tmp_path / "ws3.milrep", seal_keyring(doc, [forger]), code="WS3",
                    username="sidorov")
    e = _refused(records, fake.request, JoinRequestError, "another office root key")
    assert e.kind == JoinFault.OTHER_ROOT  # type: ignore[attr-defined]
    n.db.close()
    fake.db.close()


def test_only_a_joining_database_writes_a_request(records: OfficeFixture) -> None:
    before = dump_database(records.db)
    with pytest.raises(RuleViolation, match="not set up to join"), \
            records.db.unit_of_work() as uow:
        sealed_join_request(uow.begin(records.chief, Permission.SYNC, "t"))
    assert dump_database(records.db) == before


def test_the_newcomer_signs_in_only_with_its_own_name_and_password(
        records: OfficeFixture, tmp_path: Path) -> None:
    n = newcomer(tmp_path / "ws.milrep", office_keyring(records))
    n.db.close()
    before = dump_database(n.db)
    with pytest.raises(AuthenticationError, match="Wrong user name or password"):
        open_database(tmp_path / "ws.milrep", "petrov", "Wrong2026pass")
    with pytest.raises(AuthenticationError, match="Wrong user name or password"):
        open_database(tmp_path / "ws.milrep", "chief", CHIEF_PASSWORD)
    assert dump_database(n.db) == before
