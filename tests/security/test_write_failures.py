"""A read-only folder or a full disk while writing: a clear message, nothing stored is lost,
and the database is still usable afterwards. Tests run as root in CI, where chmod does not
stop writes, so the failures are simulated at the point where the OS or SQLite reports them."""

from __future__ import annotations

import errno
import functools
import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from milrep.db import engine as engine_mod
from milrep.db import files, store
from milrep.db.store import UnitOfWork, open_database
from milrep.errors import StorageError
from milrep.models.organizations import OrgKind
from milrep.services import organizations, users
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database, folder_bytes

FULL = "The disk is full"
READ_ONLY = "is read-only or not writable by you"
NEW_PASSWORD = "Kapshagai-2027"


def _org_form(name: str = "Military unit 54321") -> organizations.OrganizationForm:
    return organizations.OrganizationForm(kind=OrgKind.RECIPIENT, name=name, address="x" * 20000)


def _change_password(o: OfficeFixture) -> None:
    with o.db.unit_of_work() as uow:
        users.change_own_password(uow, o.rep, old_password=REP_PASSWORD, new_password=NEW_PASSWORD)


def _assert_rep_password_is(o: OfficeFixture, password: str) -> None:
    o.db.verify_password("rep1", password)


# --- the key file ---------------------------------------------------------------------------

@pytest.mark.parametrize("fail_at", [1, 2])
@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EROFS])
def test_key_file_write_fails(office: OfficeFixture, monkeypatch: pytest.MonkeyPatch,
                              fail_at: int, err: int) -> None:
    """fsync #1 stages the old key file, #2 writes the new one: either failing leaves both as they were."""
    before_db, before_keys = dump_database(office.db), office.db.keyfile_path.read_bytes()
    calls = {"n": 0}
    real = os.fsync

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise OSError(err, os.strerror(err))
        real(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    with pytest.raises(StorageError) as info:
        _change_password(office)
    assert (FULL if err == errno.ENOSPC else READ_ONLY) in str(info.value)
    monkeypatch.undo()
    assert office.db.keyfile_path.read_bytes() == before_keys
    assert dump_database(office.db) == before_db
    assert sorted(p.name for p in office.path.parent.iterdir() if ".keys." in p.name) == []
    _assert_rep_password_is(office, REP_PASSWORD)
    _change_password(office)  # and it works once the disk is back
    _assert_rep_password_is(office, NEW_PASSWORD)


def test_read_only_folder_for_the_key_file(office: OfficeFixture,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before_db, before_keys = dump_database(office.db), office.db.keyfile_path.read_bytes()

    def mkstemp(*a: object, **k: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    with pytest.raises(StorageError, match=READ_ONLY):
        _change_password(office)
    monkeypatch.undo()
    assert office.db.keyfile_path.read_bytes() == before_keys
    assert dump_database(office.db) == before_db


@pytest.mark.parametrize("failure", ["commit", "crash"])
def test_key_file_put_back_when_the_commit_fails(office: OfficeFixture,
                                                monkeypatch: pytest.MonkeyPatch,
                                                failure: str) -> None:
    """The new slot is on disk before the commit; a failed commit puts the old file back
    by a rename, so it works even on a disk that is now full."""
    before_db, before_keys = dump_database(office.db), office.db.keyfile_path.read_bytes()
    real_commit = UnitOfWork.commit

    def commit(self: UnitOfWork, id: object = None) -> object:
        # the new key file is in place at this moment
        assert self.db.keyfile_path.read_bytes() != before_keys
        if failure == "commit":
            raise StorageError("The disk is full: simulated")
        raise KeyboardInterrupt

    monkeypatch.setattr(UnitOfWork, "commit", commit)
    monkeypatch.setattr(files, "write_atomic", lambda *a: (_ for _ in ()).throw(
        AssertionError("rollback must not rewrite")))
    with pytest.raises((StorageError, KeyboardInterrupt)):
        _change_password(office)
    monkeypatch.setattr(UnitOfWork, "commit", real_commit)
    assert office.db.keyfile_path.read_bytes() == before_keys
    assert dump_database(office.db) == before_db
    assert [p.name for p in office.path.parent.iterdir() if ".keys." in p.name] == []


# --- the database ---------------------------------------------------------------------------

def _fill_disk(uow: UnitOfWork) -> None:
    """Let the database grow by no page at all on this unit of work's connection."""
    conn = uow.session.connection()
    pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")


def test_database_disk_full(office: OfficeFixture) -> None:
    before = dump_database(office.db)
    with pytest.raises(StorageError) as info:
        with office.db.unit_of_work() as uow:
            uow.begin(office.chief, organizations.Permission.EDIT_ORGANIZATIONS, "test")
            _fill_disk(uow)
            organizations.create_organization(uow, office.chief, form=_org_form())
    assert FULL in str(info.value) and "nothing already stored was lost" in str(info.value)
    office.db.engine.dispose()  # drop the connection that still carries the limit
    assert dump_database(office.db) == before
    with office.db.unit_of_work() as uow:  # still usable
        organizations.create_organization(uow, office.chief, form=_org_form())
    assert len(dump_database(office.db)["organizations"]) == len(before["organizations"]) + 1


def test_database_disk_full_during_an_explicit_flush(office: OfficeFixture) -> None:
    """add_user flushes before writing the key file: the failure there reads the same way,
    and the key file is not touched."""
    before, keys = dump_database(office.db), office.db.keyfile_path.read_bytes()
    with pytest.raises(StorageError, match=FULL):
        with office.db.unit_of_work() as uow:
            uow.begin(office.chief, users.Permission.MANAGE_USERS, "test")
            _fill_disk(uow)
            users.add_user(uow, office.chief, username="rep2", full_name="B" * 30000,
                           role=users.Role.REPRESENTATIVE, password="Balkhash-2031")
    office.db.engine.dispose()
    assert dump_database(office.db) == before
    assert office.db.keyfile_path.read_bytes() == keys


def test_read_only_database(office: OfficeFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file SQLite may only read (read-only folder or medium): writes are refused clearly."""
    office.db.close()
    before = folder_bytes(office.path.parent)
    monkeypatch.setattr(store, "make_engine",
                        functools.partial(engine_mod.make_engine, readonly=True))
    db, chief = open_database(office.path, "chief", CHIEF_PASSWORD)
    try:
        with pytest.raises(StorageError, match=READ_ONLY):
            with db.unit_of_work() as uow:
                organizations.create_organization(uow, chief, form=_org_form())
        with db.read() as s:  # reading still works
            assert s.execute(text("SELECT count(*) FROM users")).scalar() == 3
    finally:
        db.close()
    after = folder_bytes(office.path.parent)
    # a read-only connection cannot remove the empty -wal/-shm it had to map
    assert after.pop("office.milrep-wal", b"") == b""
    after.pop("office.milrep-shm", None)
    assert after == before


def test_database_busy_is_a_clear_message(office: OfficeFixture) -> None:
    """Another process holding the write lock: "busy", not a traceback, and nothing changed."""
    from milrep.db.engine import raw_connect

    before = dump_database(office.db)
    other = raw_connect(office.path, office.db.key)
    other.execute("PRAGMA busy_timeout = 0")
    other.execute("BEGIN IMMEDIATE")
    try:
        with office.db.engine.connect() as c:
            pass
        office.db.engine.dispose()
        with pytest.raises(StorageError, match="The database is busy"):
            with office.db.unit_of_work() as uow:
                uow.session.connection().exec_driver_sql("PRAGMA busy_timeout = 50")
                organizations.create_organization(uow, office.chief, form=_org_form())
    finally:
        other.execute("ROLLBACK")
        other.close()
    office.db.engine.dispose()
    assert dump_database(office.db) == before


def test_create_database_in_a_read_only_folder(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from tests.conftest import OFFICE

    folder = tmp_path / "ro"
    folder.mkdir()

    def mkstemp(*a: object, **k: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    with pytest.raises(StorageError, match=READ_ONLY):
        store.create_database(folder / "office.milrep", OFFICE, kdf=FAST_KDF_FOR_TESTS)
    assert list(folder.iterdir()) == []  # no half-made database left behind
