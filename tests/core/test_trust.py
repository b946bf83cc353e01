"""The trust list (format, signature, pinning) and this workstation's keys (made at creation or
on first need, never synced, the root key used only by the head of office in a signing act)."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import re
import shutil
import uuid
from pathlib import Path
from collections.abc import Callable
from typing import Any

import pyrage
import pytest
from sqlalchemy import select

from milrep.audit import verify_journal
from milrep.db.base import synced_models
from milrep.db.store import open_database
from milrep.documents import seal
from milrep.documents.ed25519 import fingerprint, grouped_hex, key_id, raw_public_key
from milrep.documents.trust import (RevokedCertificate, TrustedKey, TrustListError,
                                    load_trust_list, newest_per_office)
from milrep.errors import AuthenticationError, PermissionDenied, RuleViolation
from milrep.models.journal import AuditEntry, ChangeLogEntry
from milrep.models.keys import KeyPurpose, KeyRecord
from milrep.models.users import SignatureRecord
from milrep.services import site_keys
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core import seal_samples as S
from tests.helpers import OfficeFixture, dump_database, tamper

ROOT_FP = grouped_hex(fingerprint(raw_public_key(S.root_key())))


# --- the file format ------------------------------------------------------------------------

def test_trust_example_in_formats_md_is_current() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "FORMATS.md").read_text("utf-8")
    block = re.search(r"<!-- trust example begin -->\n(.*?)\n<!-- trust example end -->", doc,
                      re.S)
    assert block is not None and block.group(1) == S.trust_example(), \
        "regenerate with: .venv/bin/python -m tests.core.seal_samples"
    assert ROOT_FP in doc


def test_signed_list_loads_back_equal() -> None:
    original = S.trust_list(version=4)
    loaded = load_trust_list(S.signed_trust_list(original))
    assert loaded == original and loaded.signature is not None
    assert loaded.root_fingerprint == ROOT_FP
    assert loaded.key(S.seal_key().kid) is not None


def _edit(change: Callable[[dict[str, Any]], None]) -> bytes:
    doc = json.loads(S.signed_trust_list())
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


TAMPERING: dict[str, Callable[[dict[str, Any]], None]] = {
    "office code": lambda d: d["office"].update(code="18"),
    "version": lambda d: d.update(version=99),
    "key's site": lambda d: d["keys"][0].update(site="WS9"),
    "key revoked": lambda d: d["keys"][0].update(revoked={"at": "2026-01-01T00:00:00Z",
                                                          "reason": "x"}),
    "forger's key added": lambda d: d["keys"].append({
        "kid": S.seal_key(S.OTHER_SEED).kid.hex(), "alg": "Ed25519",
        "public_key": base64.b64encode(S.seal_key(S.OTHER_SEED).public_key).decode(),
        "site": "WS2", "valid_from": "2026-01-01T00:00:00Z", "revoked": None}),
    "revocation removed": lambda d: d.update(revoked_certificates=[]),
    "member added": lambda d: d.update(note="harmless?"),
    "signature swapped": lambda d: d.update(signature=base64.b64encode(bytes(64)).decode()),
}


@pytest.mark.parametrize("name", list(TAMPERING))
def test_a_tampered_list_is_refused(name: str) -> None:
    base = S.trust_list(revoked=[RevokedCertificate(uuid.UUID(int=5), "N-5", S.ISSUED, "r")])
    doc = json.loads(S.signed_trust_list(base))
    TAMPERING[name](doc)
    with pytest.raises(TrustListError, match="does not match its content: the file was altered"):
        load_trust_list(json.dumps(doc).encode("utf-8"))


def test_indentation_and_member_order_do_not_matter() -> None:
    doc = json.loads(S.signed_trust_list())
    compact = json.dumps(dict(reversed(list(doc.items()))), separators=(",", ":"))
    assert load_trust_list(compact.encode("utf-8")) == S.trust_list()


@pytest.mark.parametrize(("data", "reason"), [
    (b"not json", "not a usable milrep trust list"),
    (b"\xff\xfe", "not a usable"),
    (b"[]", "the file is not an object"),
    (b'{"format": "milrep-bundle"}', "not a trust list"),
    (b'{"format": "milrep-trust-list", "format_version": 2}', "format version 2"),
    (b'{"version": 1, "version": 2}', "appears twice"),
    (b'{"version": 1.5}', "numbers are whole"),
    (b'{"version": NaN}', "numbers are whole"),
])
def test_a_damaged_list_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(TrustListError, match=reason):
        load_trust_list(data)


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d["keys"][0].update(kid="00" * 8), "key id does not belong"),
    (lambda d: d["keys"][0].update(alg="RSA"), "algorithm 'RSA'"),
    (lambda d: d["keys"][0].update(public_key="AAAA"), "not 32 bytes"),
    (lambda d: d["keys"][0].update(public_key="!!"), "not base64"),
    (lambda d: d["keys"].append(dict(d["keys"][0])), "listed twice"),
    (lambda d: d["keys"][0].update(valid_from="yesterday"), "not a time"),
    (lambda d: d.update(version=0), "positive whole number"),
    (lambda d: d.update(revoked_certificates=[{"id": "x", "number": "1", "revoked_at":
                                               "2026-01-01T00:00:00Z", "reason": ""}]),
     "not a certificate id"),
    (lambda d: d.pop("root"), "root is not an object"),
    (lambda d: d.update(signature="AAAA"), "not 64 bytes"),
])
def test_a_malformed_member_is_refused(change: Callable[[dict[str, Any]], None],
                                       reason: str) -> None:
    with pytest.raises(TrustListError, match=reason):
        load_trust_list(_edit(change))


def test_files_missing_or_too_large(tmp_path: Path) -> None:
    with pytest.raises(TrustListError, match="cannot be read"):
        load_trust_list(tmp_path / "none.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (1 << 20) + S.signed_trust_list())
    with pytest.raises(TrustListError, match="larger than any trust list"):
        load_trust_list(big)
    good = tmp_path / "trust.json"
    good.write_bytes(S.signed_trust_list())
    assert load_trust_list(good).office_code == "17"


def test_a_forged_list_is_self_consistent_but_fails_the_pinned_fingerprint() -> None:
    """The trust model: anyone can sign a list with a root of their own; the fingerprint the
    office gave out of band is what tells them apart."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from milrep.documents.trust import sign_trust_list

    forger_root = Ed25519PrivateKey.generate()
    forged = S.trust_list(keys=[TrustedKey(S.seal_key(S.OTHER_SEED).public_key, "WS1",
                                           S.KEY_FROM)])
    forged = dataclasses.replace(forged, root_public_key=raw_public_key(forger_root))
    data = sign_trust_list(forged, forger_root)
    assert load_trust_list(data).office_code == "17"  # looks like office 17's...
    with pytest.raises(TrustListError, match="not by the expected " + ROOT_FP):
        load_trust_list(data, expected_root=ROOT_FP)
    genuine = load_trust_list(S.signed_trust_list(), expected_root=ROOT_FP.lower())
    assert genuine.root_fingerprint == ROOT_FP
    assert load_trust_list(S.signed_trust_list(),
                           expected_root=raw_public_key(S.root_key())).version == 1
    with pytest.raises(TrustListError, match="is not a root key fingerprint"):
        load_trust_list(S.signed_trust_list(), expected_root=ROOT_FP[:19])


def test_sign_refuses_a_list_naming_another_root() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from milrep.documents.trust import sign_trust_list

    with pytest.raises(ValueError, match="another root key"):
        sign_trust_list(S.trust_list(), Ed25519PrivateKey.generate())


def test_newest_version_per_office_wins() -> None:
    old, new = S.trust_list(version=2), S.trust_list(version=3)
    other = S.trust_list(version=1, office="18")
    assert sorted((t.office_code, t.version) for t in newest_per_office([old, new, other])) \
        == [("17", 3), ("18", 1)]
    revoked = RevokedCertificate(S.CERTIFICATE_ID, "N", S.ISSUED, "r")
    newer_with_revocation = S.trust_list(version=5, revoked=[revoked])
    assert seal.verify_seal(S.seal_text(), [new, newer_with_revocation]).verdict is \
        seal.Verdict.REVOKED_CERTIFICATE


# --- keys in the database -------------------------------------------------------------------

def _keys(o: OfficeFixture) -> list[KeyRecord]:
    with o.db.read() as s:
        rows = list(s.scalars(select(KeyRecord)))
        s.expunge_all()
        return rows


def test_database_creation_makes_the_three_keys(office: OfficeFixture) -> None:
    rows = {r.purpose: r for r in _keys(office)}
    assert set(rows) == {KeyPurpose.SITE_SIGNING, KeyPurpose.SITE_AGE, KeyPurpose.OFFICE_ROOT}
    assert all(r.private_key for r in rows.values())
    for purpose in (KeyPurpose.SITE_SIGNING, KeyPurpose.OFFICE_ROOT):
        public = base64.b64decode(rows[purpose].public_key)
        assert rows[purpose].kid == key_id(public).hex()
    assert rows[KeyPurpose.SITE_AGE].public_key.startswith("age1")
    age_identity = pyrage.x25519.Identity.from_str(rows[KeyPurpose.SITE_AGE].private_key)  # type: ignore
    assert str(age_identity.to_public()) == rows[KeyPurpose.SITE_AGE].public_key
    with office.db.read() as s:
        key = site_keys.site_signing_key(s)
        assert key.kid.hex() == rows[KeyPurpose.SITE_SIGNING].kid and key.site_code == "WS1"
        assert site_keys.holds_root_key(s)
        assert str(site_keys.site_age_identity(s).to_public()) == \
            rows[KeyPurpose.SITE_AGE].public_key


def test_keys_are_journaled_by_their_public_half_and_never_synced(office: OfficeFixture) -> None:
    assert KeyRecord not in synced_models()
    rows = _keys(office)
    with office.db.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "keys.create")))
        assert {e.object_id for e in entries} == {r.kid for r in rows}
        assert not s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.table_name == "site_keys")).first()
        journal_text = " ".join(str(e.after) for e in s.scalars(select(AuditEntry)))
        log_text = " ".join(str(e.data) for e in s.scalars(select(ChangeLogEntry)))
    for r in rows:
        assert r.public_key in journal_text
        assert r.private_key not in journal_text and r.private_key not in log_text  # type: ignore
    assert verify_journal(office.db).ok


def test_private_keys_are_not_in_the_database_file_in_clear(office: OfficeFixture) -> None:
    office.db.close()
    raw = office.path.read_bytes() + office.db.keyfile_path.read_bytes()
    for r in _keys_raw(office):
        assert r.encode() not in raw
        if not r.startswith("AGE"):
            assert base64.b64decode(r) not in raw


def _keys_raw(o: OfficeFixture) -> list[str]:
    from milrep.db.engine import raw_connect

    conn = raw_connect(o.path, o.db.key)
    try:
        return [row[0] for row in conn.execute("SELECT private_key FROM site_keys")]
    finally:
        conn.close()


def _copy_fixture(tmp_path: Path) -> Path:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    for suffix in ("", ".keys"):
        shutil.copyfile(fixtures / ("office-0001.milrep" + suffix),
                        tmp_path / ("office-0001.milrep" + suffix))
    return tmp_path / "office-0001.milrep"


def test_a_database_from_before_keys_gets_them_on_first_need(tmp_path: Path) -> None:
    db, chief = open_database(_copy_fixture(tmp_path), "chief", CHIEF_PASSWORD)
    try:
        with db.read() as s:
            assert site_keys.key_summary(s) == [] and site_keys.public_keys(s) == []
            with pytest.raises(RuntimeError, match="inside a unit of work"):
                site_keys.site_signing_key(s)  # a read session cannot make keys
        with db.unit_of_work() as uow:
            result = site_keys.export_trust_list(uow, chief, password=CHIEF_PASSWORD,
                                                 revoked_certificates=())
        trust = load_trust_list(result.data)
        with db.read() as s:
            key = site_keys.site_signing_key(s)
            assert [k.purpose for k in site_keys.key_summary(s)] == list(KeyPurpose)
        assert trust.key(key.kid) is not None and trust.version == 1
        assert verify_journal(db).ok
    finally:
        db.close()


def test_site_signing_key_is_made_inside_the_callers_unit_of_work(tmp_path: Path) -> None:
    from milrep.services.auth import Permission

    db, rep = open_database(_copy_fixture(tmp_path), "rep1", REP_PASSWORD)
    try:
        with db.unit_of_work() as uow:
            s = uow.begin(rep, Permission.READ, "test.first_need")
            key = site_keys.site_signing_key(s)
            uow.session.rollback()  # the caller's action failed: the key goes with it
        with db.read() as s:
            assert site_keys.key_summary(s) == []
        with db.unit_of_work() as uow:
            s = uow.begin(rep, Permission.READ, "test.first_need")
            key = site_keys.site_signing_key(s)
            assert site_keys.site_signing_key(s) == key  # made once
            uow.commit()
        with db.read() as s:
            assert site_keys.site_signing_key(s).kid == key.kid
            assert not site_keys.holds_root_key(s)  # only the trust-list export makes a root
    finally:
        db.close()


# --- exporting the trust list: the head of office's signing act -----------------------------

def test_export_trust_list_signs_with_the_root_and_counts_versions(office: OfficeFixture) -> None:
    revoked = RevokedCertificate(uuid.uuid4(), "17/WS1/2026/QC-0002",
                                 dt.datetime(2026, 11, 27, tzinfo=dt.UTC), "Wrong lot")
    other = TrustedKey(S.seal_key(S.OTHER_SEED).public_key, "WS2", S.KEY_FROM)
    with office.db.unit_of_work() as uow:
        first = site_keys.export_trust_list(uow, office.chief, password=CHIEF_PASSWORD,
                                            revoked_certificates=[revoked], other_keys=[other])
    with office.db.unit_of_work() as uow:
        second = site_keys.export_trust_list(uow, office.chief, password=CHIEF_PASSWORD,
                                             revoked_certificates=())
    with office.db.read() as s:
        root = site_keys.office_root_public_key(s)
        key = site_keys.site_signing_key(s)
        signatures = list(s.scalars(select(SignatureRecord).where(
            SignatureRecord.meaning == "signed_trust_list")))
    assert root is not None
    t1 = load_trust_list(first.data, expected_root=grouped_hex(fingerprint(root)))
    t2 = load_trust_list(second.data)
    assert (t1.version, t2.version) == (1, 2)
    assert t1.revoked_certificates[0].number == "17/WS1/2026/QC-0002"
    assert {k.site for k in t1.keys} == {"WS1", "WS2"} and t2.revoked_certificates == ()
    assert t1.key(key.kid) is not None and t1.office_code == "17"
    assert len(signatures) == 2 and first.changes.touches("signatures")
    # what this site seals, the exported list verifies
    text = seal.encode_seal(S.claims(), key)
    assert seal.verify_seal(text, t2).valid
    assert seal.verify_seal(text, t1).verdict is seal.Verdict.VALID


def test_export_refused_for_a_wrong_password_or_a_representative(office: OfficeFixture) -> None:
    before = dump_database(office.db)
    with office.db.unit_of_work() as uow, \
            pytest.raises(AuthenticationError, match="Wrong user name or password"):
        site_keys.export_trust_list(uow, office.chief, password="Wrong-password-1",
                                    revoked_certificates=())
    with office.db.unit_of_work() as uow, \
            pytest.raises(PermissionDenied, match="is not allowed to do this"):
        site_keys.export_trust_list(uow, office.rep, password=REP_PASSWORD,
                                    revoked_certificates=())
    assert dump_database(office.db) == before


def test_export_refused_where_only_the_public_root_is_known(office: OfficeFixture) -> None:
    tamper(office.path, office.db.key,
           "UPDATE site_keys SET private_key = NULL WHERE purpose = 'office_root'")
    before = dump_database(office.db)
    with office.db.unit_of_work() as uow, \
            pytest.raises(RuleViolation, match="root key is not on this workstation"):
        site_keys.export_trust_list(uow, office.chief, password=CHIEF_PASSWORD,
                                    revoked_certificates=())
    assert dump_database(office.db) == before
    with office.db.read() as s:
        assert not site_keys.holds_root_key(s)
        # the local list still verifies this office's seals
        trust = site_keys.local_trust_list(s, revoked_certificates=())
        key = site_keys.site_signing_key(s)
    assert seal.verify_seal(seal.encode_seal(S.claims(), key), trust).valid


def test_local_trust_list_takes_revocations_from_the_certificate_service(
        office: OfficeFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    revoked = RevokedCertificate(S.CERTIFICATE_ID, "17/WS1/2026/QC-0001", S.ISSUED, "r")
    fake = types.ModuleType(site_keys.REVOCATIONS_MODULE)
    fake.revoked_certificates = lambda session: [revoked]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, site_keys.REVOCATIONS_MODULE, fake)
    with office.db.read() as s:
        trust = site_keys.local_trust_list(s)
        key = site_keys.site_signing_key(s)
    assert trust.revoked_certificates == (revoked,) and trust.signature is None
    assert seal.verify_seal(seal.encode_seal(S.claims(), key), trust).verdict is \
        seal.Verdict.REVOKED_CERTIFICATE
