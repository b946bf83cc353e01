"""Scenario 8: wrong password three times — the wait, its growth, the record, the reset."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from milrep.audit import verify_journal
from milrep.db.store import open_database
from milrep.errors import AuthenticationError
from milrep.models.journal import AuditEntry
from milrep.services import login_attempts
from milrep.services.login_attempts import FailedAttempts, LoginAttempts, attempts_path
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database, folder_bytes

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def wrong(office: OfficeFixture, clock: FakeClock, user: str = "chief") -> str:
    with pytest.raises(AuthenticationError) as info:
        open_database(office.path, user, "not-the-password-1", clock=clock)
    return str(info.value)


def journal_entries(office: OfficeFixture, action: str) -> list[tuple[str, str, str | None,
                                                                      str | None]]:
    with office.db.read() as s:
        return [(e.actor, e.object_id, e.before, e.after) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == action))]


def test_waits_grow_from_30_seconds_and_are_capped() -> None:
    waits = [FailedAttempts(count=n, last=T0).wait().total_seconds() for n in range(1, 12)]
    assert waits == [0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]


def test_three_wrong_passwords_make_the_fourth_attempt_wait(office: OfficeFixture,
                                                            clock: FakeClock, monkeypatch) -> None:
    for _ in range(3):
        assert "wrong user name or password" in wrong(office, clock).lower()
        clock.advance(1)
    # Refused before the key is derived: even the right password waits, and no slot is tried.
    from milrep.db.keyslots import KeySlotFile

    def no_derivation(*_a: object, **_k: object) -> bytes:
        raise AssertionError("the key must not be derived while the user waits")

    monkeypatch.setattr(KeySlotFile, "unlock", no_derivation)
    with pytest.raises(AuthenticationError) as info:
        open_database(office.path, "chief", CHIEF_PASSWORD, clock=clock)
    assert str(info.value) == ("Wrong password 3 times: wait 29 seconds before trying again.")
    monkeypatch.undo()
    # The wait is per user: another user signs in at once.
    db, actor = open_database(office.path, "rep1", REP_PASSWORD, clock=clock)
    assert actor.username == "rep1"
    db.close()
    clock.advance(29)
    assert "wrong user name or password" in wrong(office, clock).lower()  # the 4th: 60 s
    clock.advance(59)
    assert "wait 1 seconds" in wrong(office, clock)
    clock.advance(1)
    db, actor = open_database(office.path, "chief", CHIEF_PASSWORD, clock=clock)
    db.close()


def test_success_records_once_and_resets(office: OfficeFixture, clock: FakeClock) -> None:
    for _ in range(2):
        wrong(office, clock)
        clock.advance(5)
    db, actor = open_database(office.path, "chief", CHIEF_PASSWORD, clock=clock)
    failed = db.failed_attempts
    assert isinstance(failed, FailedAttempts) and failed.count == 2
    assert failed.first == T0 and failed.last == T0 + dt.timedelta(seconds=5)
    db.close()
    entries = journal_entries(office, login_attempts.ACTION)
    assert len(entries) == 1
    e_actor, e_object, e_before, e_after = entries[0]
    assert e_actor == "chief" and e_object == actor.user_id.hex and e_before is None
    assert json.loads(e_after or "") == {"count": 2, "first": T0.isoformat(),
                                         "last": (T0 + dt.timedelta(seconds=5)).isoformat()}
    assert verify_journal(office.db).ok
    # Reset: the next sign-in has nothing to report and writes nothing.
    assert LoginAttempts(office.path).of("chief").count == 0
    db, _ = open_database(office.path, "chief", CHIEF_PASSWORD, clock=clock)
    assert isinstance(db.failed_attempts, FailedAttempts) and db.failed_attempts.count == 0
    db.close()
    assert len(journal_entries(office, login_attempts.ACTION)) == 1


def test_failures_store_nothing_but_the_sidecar(office: OfficeFixture, clock: FakeClock) -> None:
    before_db = dump_database(office.db)
    before_files = folder_bytes(office.path.parent)
    for _ in range(4):
        wrong(office, clock)
    assert dump_database(office.db) == before_db
    after_files = folder_bytes(office.path.parent)
    name = attempts_path(office.path).name
    assert {k: v for k, v in after_files.items() if k != name} == before_files
    doc = json.loads(after_files[name])
    assert doc["users"] == {"chief": {"count": 3, "first": T0.isoformat(),
                                      "last": T0.isoformat()}}
    # No secret: neither the password typed nor anything derived from it.
    assert b"not-the-password" not in after_files[name]


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other"}',
                                     b'{"format": "milrep-login-attempts", "users": []}',
                                     b'{"format": "milrep-login-attempts", "users": '
                                     b'{"chief": {"count": "many"}}}', b"\xff\xfe"])
def test_damaged_attempts_file_never_blocks(office: OfficeFixture, clock: FakeClock,
                                            content: bytes) -> None:
    attempts_path(office.path).write_bytes(content)
    db, actor = open_database(office.path, "chief", CHIEF_PASSWORD, clock=clock)
    assert actor.username == "chief"
    db.close()
    wrong(office, clock)  # and it is replaced by a good file on the next failure
    assert LoginAttempts(office.path).of("chief").count == 1


def test_missing_attempts_file_is_no_failures(office: OfficeFixture, clock: FakeClock) -> None:
    for _ in range(3):
        wrong(office, clock)
    attempts_path(office.path).unlink()
    db, _ = open_database(office.path, "chief", CHIEF_PASSWORD, clock=clock)
    db.close()


def test_clock_set_back_never_locks_longer(office: OfficeFixture, clock: FakeClock) -> None:
    for _ in range(3):
        wrong(office, clock)
    clock.advance(-3600)
    assert LoginAttempts(office.path, clock=clock).seconds_to_wait("chief") == 30


def test_unwritable_attempts_file_does_not_stop_sign_in(office: OfficeFixture, clock: FakeClock,
                                                        monkeypatch) -> None:
    from milrep.errors import StorageError

    def refuse(_path: Path, _data: bytes) -> None:
        raise StorageError("read-only")

    monkeypatch.setattr(login_attempts, "write_atomic", refuse)
    wrong(office, clock)
    db, _ = open_database(office.path, "chief", CHIEF_PASSWORD, clock=clock)
    db.close()
