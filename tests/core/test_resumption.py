"""The resumption decision (Article 27.4.8): refused without a positive repeat test, with an open
nonconformity in the scope, with a wrong password or without corrective actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from milrep.errors import AuthenticationError, PermissionDenied, RuleViolation, ValidationError
from milrep.models import quality as q
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from tests.conftest import CHIEF_PASSWORD
from tests.core.suspension_helpers import RADIO, RAISED, YEAR, close_nc, info, raise_nc, suspend
from tests.core.suspension_helpers import failed  # noqa: F401 - a fixture
from tests.core.test_product_tests import add_test
from tests.helpers import OfficeFixture, refused


@pytest.fixture
def suspended(failed: OfficeFixture) -> Iterator[OfficeFixture]:
    o = failed
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.chief, test_id=o.ids["pi2"])
    o.ids["susp"] = suspend(o, proposal.form)
    yield o


def _resume(o: OfficeFixture, **kw: object) -> None:
    kw = {"suspension_id": o.ids["susp"], "corrective_actions": "Fastening changed",
          "password": CHIEF_PASSWORD, **kw}
    with o.db.unit_of_work() as uow:
        sp.resume(uow, o.chief, **kw)  # type: ignore[arg-type]


def test_resumption_refused_without_a_positive_repeat_test(suspended: OfficeFixture) -> None:
    o = suspended
    number = f"17/WS1/{YEAR}/SP-0001"
    missing = (f"Suspension {number} cannot be ended yet: no positive repeat test of Periodic "
               f"test No. PI-2/2026 of {RADIO}.")
    refused(o, RuleViolation, missing, sp.resume, actor=o.chief, suspension_id=o.ids["susp"],
            corrective_actions="Fastening changed", password=CHIEF_PASSWORD)
    # a negative repeat, or a pending one, does not count
    again = add_test(o, started=dt.date(2026, 11, 21), completed=dt.date(2026, 11, 22),
                     result=q.TestResult.NEGATIVE, protocol="PI-3/2026", summary="Failed again",
                     repeat_of=o.ids["pi2"])
    add_test(o, started=dt.date(2026, 11, 23), repeat_of=again)
    refused(o, RuleViolation, missing, sp.resume, actor=o.chief, suspension_id=o.ids["susp"],
            corrective_actions="Fastening changed", password=CHIEF_PASSWORD)
    # naming an unrelated positive test is refused too
    refused(o, RuleViolation, f"Suspension {number} cannot be ended yet: Periodic test No. "
            f"PI-1/2026 of {RADIO} is not a positive repeat of Periodic test No. PI-2/2026 of "
            f"{RADIO}.", sp.resume, actor=o.chief, suspension_id=o.ids["susp"],
            corrective_actions="Fastening changed", password=CHIEF_PASSWORD,
            repeat_test_id=o.ids["pi1"])
    # the repeat of the repeat, positive, clears it (the chain)
    third = add_test(o, started=dt.date(2026, 11, 23), completed=dt.date(2026, 11, 24),
                     result=q.TestResult.POSITIVE, protocol="PI-5/2026", repeat_of=again)
    _resume(o)
    assert info(o, o.ids["susp"]).repeat_test_id == third


def test_a_later_positive_periodic_test_also_clears_it(suspended: OfficeFixture) -> None:
    o = suspended
    today = dt.date.today()
    later = add_test(o, started=today, completed=today, result=q.TestResult.POSITIVE,
                     protocol="PI-7/2026")
    _resume(o, repeat_test_id=later)
    assert info(o, o.ids["susp"]).repeat_test_id == later


def test_resumption_refused_with_an_open_nonconformity(suspended: OfficeFixture) -> None:
    o = suspended
    add_test(o, started=dt.date(2026, 11, 23), completed=dt.date(2026, 11, 24),
             result=q.TestResult.POSITIVE, protocol="PI-3/2026", repeat_of=o.ids["pi2"])
    nc = raise_nc(o, "Loose front panel", lot_id=o.ids["lot"])
    raise_nc(o, "Cable chafing", item="kit")  # another item: not in the scope
    refused(o, RuleViolation, f"Suspension 17/WS1/{YEAR}/SP-0001 cannot be ended yet: "
            f"nonconformities still open: \"Loose front panel\" raised on "
            f"{RAISED}.", sp.resume, actor=o.chief,
            suspension_id=o.ids["susp"], corrective_actions="Fastening changed",
            password=CHIEF_PASSWORD)
    close_nc(o, nc)
    _resume(o)


def test_resumption_refused_on_wrong_password_or_missing_actions(suspended: OfficeFixture
                                                                  ) -> None:
    o = suspended
    add_test(o, started=dt.date(2026, 11, 23), completed=dt.date(2026, 11, 24),
             result=q.TestResult.POSITIVE, protocol="PI-3/2026", repeat_of=o.ids["pi2"])
    refused(o, AuthenticationError, "Wrong user name or password.", sp.resume, actor=o.chief,
            suspension_id=o.ids["susp"], corrective_actions="Fastening changed",
            password="Serikbayev2025")
    refused(o, ValidationError, "Corrective actions is required.", sp.resume, actor=o.chief,
            suspension_id=o.ids["susp"], corrective_actions="  ", password=CHIEF_PASSWORD)
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", sp.resume, actor=o.viewer, suspension_id=o.ids["susp"],
            corrective_actions="x", password="x")
    _resume(o)


def test_a_positive_test_that_only_preceded_the_failure_does_not_end_it(records: OfficeFixture
                                                                        ) -> None:
    """Found by the property test: dates are days, so a positive periodic test completed the day
    of the failure (before it) looked like a later one and ended the suspension."""
    o = records
    today = dt.date.today()
    before = add_test(o, started=today, completed=today, result=q.TestResult.POSITIVE,
                      protocol="PI-8/2026")
    failed_id = add_test(o, started=today, completed=today, result=q.TestResult.NEGATIVE,
                         protocol="PI-9/2026", summary="Vibration")
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.rep, test_id=failed_id)
    sid = suspend(o, proposal.form)
    number = info(o, sid).number
    refused(o, RuleViolation, f"Suspension {number} cannot be ended yet: no positive repeat test "
            f"of Periodic test No. PI-9/2026 of {RADIO}.", sp.resume, actor=o.chief,
            suspension_id=sid, corrective_actions="Fastening changed", password=CHIEF_PASSWORD)
    refused(o, RuleViolation, f"Suspension {number} cannot be ended yet: Periodic test No. "
            f"PI-8/2026 of {RADIO} is not a positive repeat of Periodic test No. PI-9/2026 of "
            f"{RADIO}.", sp.resume, actor=o.chief, suspension_id=sid,
            corrective_actions="Fastening changed", password=CHIEF_PASSWORD, repeat_test_id=before)
    repeat = add_test(o, started=today, completed=today, result=q.TestResult.POSITIVE,
                      protocol="PI-10/2026", repeat_of=failed_id)
    with o.db.unit_of_work() as uow:
        sp.resume(uow, o.chief, suspension_id=sid, corrective_actions="Fastening changed",
                  password=CHIEF_PASSWORD)
    assert info(o, sid).repeat_test_id == repeat
