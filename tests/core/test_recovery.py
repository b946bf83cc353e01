"""Recovery with the printed code (scenario 1): one slot rewritten, account enabled, attributed
to the recovery code; every refusal leaves the database and the key file exactly as they were."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from milrep.audit import verify_journal
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import open_database
from milrep.errors import AuthenticationError, ValidationError
from milrep.models.journal import AuditEntry
from milrep.models.users import User
from milrep.services import users
from milrep.services.recovery import RECOVER_ACTION, RECOVERY_ACTOR, recover_password
from tests.conftest import REP_PASSWORD, VIEWER_PASSWORD
from tests.helpers import OfficeFixture, dump_database

NEW_PASSWORD = "Sealed-envelope-2026"


def _slots(o: OfficeFixture) -> dict[str, Any]:
    return {s["user"] or s["kind"]: s for s in json.loads(o.db.keyfile_path.read_text())["slots"]}


def _recover(o: OfficeFixture, *, code: str | None = None, username: str = "chief",
             password: str = NEW_PASSWORD) -> object:
    return recover_password(o.path, code=o.recovery_code if code is None else code,
                            username=username, new_password=password, kdf=FAST_KDF_FOR_TESTS)


def test_recovery_sets_the_password_and_rewrites_only_that_slot(office: OfficeFixture) -> None:
    before = _slots(office)
    changes = _recover(office)
    assert "users" in changes.tables  # type: ignore[attr-defined]
    after = _slots(office)
    assert after.keys() == before.keys()
    assert after["chief"] != before["chief"]
    for name in ("rep1", "clerk", "recovery"):
        assert after[name] == before[name]
    db, actor = open_database(office.path, "chief", NEW_PASSWORD)
    db.close()
    assert actor.username == "chief"
    with pytest.raises(AuthenticationError):
        open_database(office.path, "chief", "Serikbayev2026")
    open_database(office.path, "rep1", REP_PASSWORD)[0].close()  # others untouched


def test_recovery_is_journaled_as_the_recovery_code(office: OfficeFixture) -> None:
    _recover(office)
    with office.db.read() as s:
        last = s.execute(select(AuditEntry.actor, AuditEntry.action, AuditEntry.object_type)
                         .order_by(AuditEntry.seq.desc())).first()
    assert last is not None
    assert tuple(last) == (RECOVERY_ACTOR, RECOVER_ACTION, "users")
    assert verify_journal(office.db).ok


def test_recovery_enables_a_disabled_account(office: OfficeFixture) -> None:
    with office.db.unit_of_work() as uow:
        users.disable_user(uow, office.chief, user_id=office.viewer.user_id)
    with pytest.raises(AuthenticationError):
        open_database(office.path, "clerk", VIEWER_PASSWORD)
    _recover(office, username="clerk", password="Omarova-new-2026")
    db, actor = open_database(office.path, "clerk", "Omarova-new-2026")
    db.close()
    with office.db.read() as s:
        assert s.scalars(select(User.active).where(User.username == "clerk")).one() is True
    assert actor.username == "clerk"


def test_the_code_may_be_typed_loosely(office: OfficeFixture) -> None:
    loose = " " + office.recovery_code.lower().replace("-", " ") + " "
    _recover(office, code=loose)
    open_database(office.path, "chief", NEW_PASSWORD)[0].close()


@pytest.mark.parametrize(("kwargs", "error", "field", "message"), [
    ({"code": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"}, AuthenticationError, None,
     "The recovery code is wrong."),
    ({"username": "nobody"}, ValidationError, "username", "There is no user nobody"),
    ({"username": "  "}, ValidationError, "username", "Enter the user name"),
    ({"password": "short1"}, ValidationError, "password", "at least 10 characters"),
    ({"password": "xchief2026abc"}, ValidationError, "password", "must not contain the user"),
])
def test_refusals_change_nothing(office: OfficeFixture, kwargs: dict[str, str],
                                 error: type[Exception], field: str | None,
                                 message: str) -> None:
    before, key_bytes = dump_database(office.db), office.db.keyfile_path.read_bytes()
    with pytest.raises(error) as caught:
        _recover(office, **kwargs)
    assert message in str(caught.value)
    if field is not None:
        assert getattr(caught.value, "field", None) == field
    assert dump_database(office.db) == before
    assert office.db.keyfile_path.read_bytes() == key_bytes
