"""Every bad input at the door: the message the person sees, and proof that nothing stored changed."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from milrep.db.keyslots import KeySlotFile, _checksum
from milrep.db.store import NewOffice, create_database, open_database, open_with_recovery
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.errors import AuthenticationError, KeyFileError, StorageError
from milrep.services import users
from tests.conftest import CHIEF_PASSWORD, OFFICE, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database, folder_bytes, tamper

BAD_LOGIN = "Wrong user name or password."


@pytest.fixture
def closed(office: OfficeFixture) -> OfficeFixture:
    """The office database, closed (WAL checkpointed) so its files are byte-stable."""
    office.db.close()
    return office


def _open_refused(o: OfficeFixture, exc: type[Exception], user: str = "chief",
                  password: str = CHIEF_PASSWORD) -> str:
    before = _files_but_attempts(o.path)
    with pytest.raises(exc) as info:
        open_database(o.path, user, password)
    assert _files_but_attempts(o.path) == before, "a refused open changed a file"
    return str(info.value)


def _files_but_attempts(db_path: Path) -> dict[str, bytes]:
    """Every file but the failed sign-in counter, the one file a wrong password may write
    (tests/security/test_login_throttling.py checks what it holds)."""
    skip = db_path.name + ".attempts"
    return {k: v for k, v in folder_bytes(db_path.parent).items() if k != skip}


# --- passwords and accounts -----------------------------------------------------------------

def test_wrong_password(closed: OfficeFixture) -> None:
    assert _open_refused(closed, AuthenticationError, password="Wrong-pass-2026") == BAD_LOGIN


def test_unknown_user_reads_like_a_wrong_password(closed: OfficeFixture) -> None:
    assert _open_refused(closed, AuthenticationError, user="nobody") == BAD_LOGIN


def test_right_password_opens(closed: OfficeFixture) -> None:
    db, actor = open_database(closed.path, "rep1", REP_PASSWORD)
    try:
        assert actor.username == "rep1"
    finally:
        db.close()


def test_disabled_user_slot_is_destroyed(office: OfficeFixture) -> None:
    with office.db.unit_of_work() as uow:
        users.disable_user(uow, office.chief, user_id=office.rep.user_id)
    assert office.db.keyslots().user_slot("rep1") is None
    office.db.close()
    assert _open_refused(office, AuthenticationError, "rep1", REP_PASSWORD) == BAD_LOGIN


def test_disabled_user_whose_slot_survived_is_still_refused(office: OfficeFixture) -> None:
    """A crash after the commit but before the key file write must not let the account in."""
    keys = office.db.keyfile_path.read_bytes()
    with office.db.unit_of_work() as uow:
        users.disable_user(uow, office.chief, user_id=office.rep.user_id)
    office.db.keyfile_path.write_bytes(keys)
    office.db.close()
    msg = _open_refused(office, AuthenticationError, "rep1", REP_PASSWORD)
    assert "disabled" in msg


def test_recovery_code_opens_and_a_wrong_code_is_refused(closed: OfficeFixture) -> None:
    before = folder_bytes(closed.path.parent)
    with pytest.raises(AuthenticationError, match="The recovery code is wrong."):
        open_with_recovery(closed.path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert folder_bytes(closed.path.parent) == before
    db = open_with_recovery(closed.path, closed.recovery_code.lower().replace("-", " "))
    try:
        assert len(dump_database(db)["users"]) == 3
    finally:
        db.close()


# --- the key-slot file ----------------------------------------------------------------------

def test_key_file_missing(closed: OfficeFixture) -> None:
    KeySlotFile.path_for(closed.path).unlink()
    msg = _open_refused(closed, KeyFileError)
    assert "is missing" in msg and "restore it from your backup" in msg


@pytest.mark.parametrize("keep", [0, 1, 100, -2])
def test_key_file_truncated(closed: OfficeFixture, keep: int) -> None:
    p = KeySlotFile.path_for(closed.path)
    p.write_bytes(p.read_bytes()[:keep])
    msg = _open_refused(closed, KeyFileError)
    assert "is damaged (truncated or edited)" in msg


def test_key_file_byte_changed_inside_a_slot(closed: OfficeFixture) -> None:
    p = KeySlotFile.path_for(closed.path)
    doc = json.loads(p.read_text())
    w = doc["slots"][0]["wrapped"]
    doc["slots"][0]["wrapped"] = ("A" if w[0] != "A" else "B") + w[1:]
    p.write_text(json.dumps(doc, indent=1))
    assert "is damaged" in _open_refused(closed, KeyFileError)


def test_key_slot_edited_with_a_recomputed_checksum_reads_as_wrong_password(
        closed: OfficeFixture) -> None:
    """Someone who fixes the checksum up still cannot open: the slot fails its AES-GCM tag."""
    p = KeySlotFile.path_for(closed.path)
    doc = json.loads(p.read_text())
    chief = next(s for s in doc["slots"] if s.get("user") == "chief")
    chief["kdf"]["iterations"] += 1  # weaker or stronger parameters: bound by the slot's AAD
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = _checksum(body)
    p.write_text(json.dumps(doc, indent=1))
    assert _open_refused(closed, AuthenticationError) == BAD_LOGIN


@pytest.mark.parametrize("edit", [
    lambda d: d.update(database_id="0" * 32),
    lambda d: d["slots"][0].update(user="intruder"),
    lambda d: d.update(format="something-else"),
    lambda d: d["slots"].append({"id": "x"}),
])
def test_key_file_json_edited_is_damaged(closed: OfficeFixture, edit) -> None:  # type: ignore[no-untyped-def]
    p = KeySlotFile.path_for(closed.path)
    doc = json.loads(p.read_text())
    edit(doc)
    p.write_text(json.dumps(doc))
    assert "is damaged" in _open_refused(closed, KeyFileError)


def test_key_slot_with_absurd_kdf_cost_is_damaged_not_a_crash(closed: OfficeFixture) -> None:
    p = KeySlotFile.path_for(closed.path)
    doc = json.loads(p.read_text())
    doc["slots"][0]["kdf"]["memory_kib"] = 1 << 40
    doc["checksum"] = _checksum({k: v for k, v in doc.items() if k != "checksum"})
    p.write_text(json.dumps(doc))
    assert "is damaged" in _open_refused(closed, KeyFileError)


def test_key_file_from_another_database(closed: OfficeFixture, tmp_path: Path) -> None:
    other_path = tmp_path / "other" / "office.milrep"
    other, _, _ = create_database(other_path, OFFICE, kdf=FAST_KDF_FOR_TESTS)
    other.close()
    KeySlotFile.path_for(closed.path).write_bytes(KeySlotFile.path_for(other_path).read_bytes())
    msg = _open_refused(closed, StorageError)
    assert "the key file belongs to another database" in msg


def test_key_file_of_a_copy_with_another_database_id(closed: OfficeFixture) -> None:
    """Same key, other id (a key file rewritten by hand): named as a foreign key file."""
    db, _ = open_database(closed.path, "chief", CHIEF_PASSWORD)
    db.close()
    tamper(closed.path, db.key, "UPDATE milrep_meta SET value = 'elsewhere' WHERE key = 'database_id'")
    assert "belongs to another database" in _open_refused(closed, StorageError)


# --- the database file ----------------------------------------------------------------------

def _flip(path: Path, offset: int, n: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + n, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_database_first_page_damaged(closed: OfficeFixture) -> None:
    _flip(closed.path, 100)
    msg = _open_refused(closed, StorageError)
    assert "the database is damaged" in msg and "nothing has been changed" in msg


def test_database_later_page_damaged_is_reported_when_read(closed: OfficeFixture) -> None:
    size = closed.path.stat().st_size
    for page in range(1, size // 4096):
        _flip(closed.path, page * 4096 + 200)
    before = folder_bytes(closed.path.parent)
    with pytest.raises(StorageError) as info:
        db, _ = open_database(closed.path, "chief", CHIEF_PASSWORD)
        try:
            dump_database(db)  # raw reads, no translation
        except Exception:
            with db.read() as s:  # the application's reads translate damage
                from sqlalchemy import text
                for t in ("contracts", "users", "audit_journal", "change_log"):
                    s.execute(text(f"SELECT * FROM {t}")).fetchall()
        finally:
            db.close()
    assert "is damaged" in str(info.value)
    assert folder_bytes(closed.path.parent) == before


def test_database_truncated(closed: OfficeFixture) -> None:
    data = closed.path.read_bytes()
    closed.path.write_bytes(data[: len(data) // 3])
    before = folder_bytes(closed.path.parent)
    with pytest.raises(StorageError, match="damaged"):
        db, _ = open_database(closed.path, "chief", CHIEF_PASSWORD)
        try:
            with db.read() as s:
                from sqlalchemy import text
                for t in ("contracts", "users", "audit_journal", "change_log", "product_units"):
                    s.execute(text(f"SELECT * FROM {t}")).fetchall()
        finally:
            db.close()
    assert folder_bytes(closed.path.parent) == before


def test_database_cut_below_one_header(closed: OfficeFixture) -> None:
    closed.path.write_bytes(b"SQLite")
    assert "is damaged" in _open_refused(closed, StorageError)


def test_random_bytes_are_not_a_database(closed: OfficeFixture) -> None:
    closed.path.write_bytes(os.urandom(3 * 4096))
    assert "is damaged or is not a milrep database" in _open_refused(closed, StorageError)


def test_plain_sqlite_file_is_named_as_such(closed: OfficeFixture) -> None:
    closed.path.unlink()
    conn = sqlite3.connect(closed.path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "is an unencrypted SQLite file" in _open_refused(closed, StorageError)


def test_no_database_at_path(closed: OfficeFixture) -> None:
    closed.path.unlink()
    assert "There is no database at" in _open_refused(closed, StorageError)


def test_database_from_a_newer_version(office: OfficeFixture) -> None:
    key = office.db.key
    office.db.close()
    tamper(office.path, key, "UPDATE alembic_version SET version_num = 'f00dface9999'")
    msg = _open_refused(office, StorageError)
    assert "created by a newer version of milrep (schema f00dface9999)" in msg
    assert "the file has not been changed" in msg


def test_create_refuses_to_overwrite(closed: OfficeFixture) -> None:
    before = folder_bytes(closed.path.parent)
    with pytest.raises(StorageError, match="A database already exists"):
        create_database(closed.path, OFFICE, kdf=FAST_KDF_FOR_TESTS)
    assert folder_bytes(closed.path.parent) == before


def test_create_with_a_weak_chief_password_leaves_no_file(tmp_path: Path) -> None:
    spec = NewOffice(**{**OFFICE.__dict__, "chief_password": "short1"})
    with pytest.raises(Exception, match="at least 10 characters"):
        create_database(tmp_path / "x.milrep", spec, kdf=FAST_KDF_FOR_TESTS)
    assert list(tmp_path.iterdir()) == []
