"""Guessing passwords: the wait after three failures, what the counter file may and may not hold."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from milrep.db.store import open_database
from milrep.errors import AuthenticationError
from milrep.services.login_attempts import attempts_path
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import OfficeFixture, dump_database

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _refused(o: OfficeFixture, user: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as info:
        open_database(o.path, user, password, clock=lambda: NOW)
    return str(info.value)


def test_unknown_user_is_throttled_like_a_known_one(office: OfficeFixture) -> None:
    """The wait must not reveal which user names exist."""
    for user in ("chief", "nobody"):
        for _ in range(3):
            assert _refused(office, user, "Guess12345x") == "Wrong user name or password."
        assert _refused(office, user, "Guess12345x") == (
            "Wrong password 3 times: wait 30 seconds before trying again.")


def test_counter_file_holds_no_secret_and_the_database_is_untouched(
        office: OfficeFixture) -> None:
    before = dump_database(office.db)
    guesses = ["Guess12345a", "Guess12345b", "Guess12345c", CHIEF_PASSWORD]
    for g in guesses:
        _refused(office, "chief", g)
    assert dump_database(office.db) == before
    raw = attempts_path(office.path).read_bytes()
    for g in guesses:
        assert g.encode() not in raw
    doc = json.loads(raw)
    assert set(doc) == {"format", "version", "users"}
    assert set(doc["users"]["chief"]) == {"count", "first", "last"}
    assert doc["users"]["chief"]["count"] == 3  # the 4th was refused before any check


def test_right_password_during_the_wait_is_refused_too(office: OfficeFixture) -> None:
    for _ in range(3):
        _refused(office, "chief", "Guess12345x")
    assert "wait 30 seconds" in _refused(office, "chief", CHIEF_PASSWORD)
    db, _ = open_database(office.path, "chief", CHIEF_PASSWORD,
                          clock=lambda: NOW + dt.timedelta(seconds=30))
    db.close()
