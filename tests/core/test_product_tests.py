"""Periodic, qualification and type tests, their results and the office's opinion (27.4.4)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from milrep.errors import (AuthenticationError, NotFound, PermissionDenied, RuleViolation,
                           ValidationError)
from milrep.models import quality as q
from milrep.models.users import SignatureRecord
from milrep.services import product_tests as pt
from milrep.services import requirements
from milrep.services.auth import Actor
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database

PERIODIC, QUALIFICATION, TYPE = q.TestKind.PERIODIC, q.TestKind.QUALIFICATION, q.TestKind.TYPE
POSITIVE, NEGATIVE = q.TestResult.POSITIVE, q.TestResult.NEGATIVE


# --- helpers the other test modules share ----------------------------------------------------

def add_test(o: OfficeFixture, *, kind: q.TestKind = PERIODIC, item: str = "radio",
             started: dt.date, completed: dt.date | None = None,
             result: q.TestResult | None = None, protocol: str = "",
             summary: str = "All checks passed", repeat_of: uuid.UUID | None = None,
             actor: Actor | None = None) -> uuid.UUID:
    """Register a test and, when ``result`` is given, record it."""
    actor = actor or o.rep
    with o.db.unit_of_work() as uow:
        test_id = pt.register_test(uow, actor, kind=kind, item_id=o.ids[item], started_on=started,
                                   programme_ref="PMI 6574-012-2026", repeat_of_id=repeat_of).id
    assert test_id
    if result is not None:
        with o.db.unit_of_work() as uow:
            pt.record_result(uow, actor, test_id=test_id, result=result,
                             protocol_number=protocol or f"PI-{uuid.uuid4().hex[:6]}",
                             results_summary=summary, completed_on=completed or started)
    return test_id


def refused(o: OfficeFixture, exc: type[Exception], message: str, fn, **kwargs) -> None:  # type: ignore[no-untyped-def]
    """``fn`` (a service) refuses with ``message`` and nothing stored changes."""
    actor = kwargs.pop("actor", o.rep)
    before = dump_database(o.db)
    with o.db.unit_of_work() as uow, pytest.raises(exc) as info:
        fn(uow, actor, **kwargs)
    assert str(info.value) == message
    assert dump_database(o.db) == before


# --- register ---------------------------------------------------------------------------------

def test_register_record_and_read_back(records: OfficeFixture) -> None:
    o = records
    test_id = add_test(o, started=dt.date(2026, 5, 10), completed=dt.date(2026, 5, 20),
                       result=POSITIVE, protocol="PI-1/2026", summary="Climatic, vibration: ok")
    with o.db.unit_of_work() as uow:
        info = pt.get_test(uow, o.viewer, test_id=test_id)
    assert (info.kind, info.result, info.protocol_number, info.completed_on) == (
        PERIODIC, POSITIVE, "PI-1/2026", dt.date(2026, 5, 20))
    assert info.item_name == "Radio station R-168-5UN" and info.opinion_number is None
    with o.db.unit_of_work() as uow:
        assert [t.id for t in pt.list_tests(uow, o.viewer, item_id=o.ids["radio"])] == [test_id]
        assert pt.list_tests(uow, o.viewer, item_id=o.ids["kit"]) == ()


def test_periodic_programme_defaults_to_the_items_schedule(records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        requirements.set_item_requirements(uow, o.chief, item_id=o.ids["radio"],
                                           form=requirements.RequirementsForm(
                                               periodic_interval_months=6,
                                               periodic_programme_ref="PI programme 12/2026"))
    with o.db.unit_of_work() as uow:
        test_id = pt.register_test(uow, o.rep, kind=PERIODIC, item_id=o.ids["radio"],
                                   started_on=dt.date(2026, 11, 16)).id
    with o.db.unit_of_work() as uow:
        assert pt.get_test(uow, o.rep, test_id=test_id).programme_ref == "PI programme 12/2026"


def test_register_refusals(records: OfficeFixture) -> None:
    o = records
    refused(o, ValidationError, "\"Repair of R-168-5UN stations\" is a work or service: periodic, "
            "qualification and type tests are held for goods (Article 27.4.4).",
            pt.register_test, kind=PERIODIC, item_id=o.ids["repair"],
            started_on=dt.date(2026, 11, 1))
    refused(o, ValidationError, "The lot does not belong to \"Spare-part kit ZIP-168\".",
            pt.register_test, kind=TYPE, item_id=o.ids["kit"], lot_id=o.ids["lot"],
            started_on=dt.date(2026, 11, 1))
    refused(o, ValidationError, "Choose the control-list item.", pt.register_test,
            kind=TYPE, item_id=uuid.uuid4(), started_on=dt.date(2026, 11, 1))
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", pt.register_test, actor=o.viewer, kind=TYPE, item_id=o.ids["radio"],
            started_on=dt.date(2026, 11, 1))
    good = add_test(o, started=dt.date(2026, 5, 10), result=POSITIVE, protocol="PI-1/2026")
    refused(o, ValidationError, "Only a negative test is repeated; Periodic test No. PI-1/2026 of "
            "Radio station R-168-5UN is not negative.", pt.register_test, kind=PERIODIC,
            item_id=o.ids["radio"], started_on=dt.date(2026, 6, 1), repeat_of_id=good)
    bad = add_test(o, started=dt.date(2026, 11, 16), completed=dt.date(2026, 11, 20),
                   result=NEGATIVE, protocol="PI-2/2026")
    refused(o, ValidationError, "A repeat of a periodic test must be of the same kind.",
            pt.register_test, kind=TYPE, item_id=o.ids["radio"],
            started_on=dt.date(2026, 11, 21), repeat_of_id=bad)
    refused(o, ValidationError, "A repeat test must repeat a test of the same item.",
            pt.register_test, kind=PERIODIC, item_id=o.ids["kit"],
            started_on=dt.date(2026, 11, 21), repeat_of_id=bad)
    refused(o, ValidationError, "A repeat test cannot start before the test it repeats was "
            "completed (20.11.2026).", pt.register_test, kind=PERIODIC, item_id=o.ids["radio"],
            started_on=dt.date(2026, 11, 19), repeat_of_id=bad)


# --- results ----------------------------------------------------------------------------------

def test_result_refusals(records: OfficeFixture) -> None:
    o = records
    test_id = add_test(o, started=dt.date(2026, 11, 16))
    base = dict(test_id=test_id, result=NEGATIVE, protocol_number="PI-2/2026",
                results_summary="Vibration: resonance at 55 Hz", completed_on=dt.date(2026, 11, 20))
    refused(o, ValidationError, "Completed on cannot be earlier than Started on.",
            pt.record_result, **{**base, "completed_on": dt.date(2026, 11, 15)})
    refused(o, ValidationError, "A test cannot be completed in the future.",
            pt.record_result, **{**base, "completed_on": dt.date.today() + dt.timedelta(days=1)})
    refused(o, ValidationError, "Protocol number is required.", pt.record_result,
            **{**base, "protocol_number": "  "})
    refused(o, ValidationError, "Results is required.", pt.record_result,
            **{**base, "results_summary": ""})
    refused(o, ValidationError, "Choose whether the test is positive or negative.",
            pt.record_result, **{**base, "result": q.TestResult.PENDING})
    refused(o, NotFound, "The test no longer exists.", pt.record_result,
            **{**base, "test_id": uuid.uuid4()})
    with o.db.unit_of_work() as uow:
        pt.record_result(uow, o.rep, **base)  # type: ignore[arg-type]
    refused(o, RuleViolation, "The result of Periodic test No. PI-2/2026 of Radio station "
            "R-168-5UN is already recorded (negative); it cannot be changed.",
            pt.record_result, **{**base, "result": POSITIVE})
    other = add_test(o, started=dt.date(2026, 11, 21))
    refused(o, ValidationError, "Protocol PI-2/2026 is already recorded for this item.",
            pt.record_result, **{**base, "test_id": other, "completed_on": dt.date(2026, 11, 22)})


# --- opinion ----------------------------------------------------------------------------------

def test_opinion_signed_and_numbered(records: OfficeFixture) -> None:
    o = records
    pending = add_test(o, kind=QUALIFICATION, started=dt.date(2026, 2, 1))
    refused(o, RuleViolation, "Qualification test of Radio station R-168-5UN started on "
            "01.02.2026 has no recorded result yet: the opinion is issued on the results.",
            pt.issue_opinion, test_id=pending, conclusion="Fit", password=REP_PASSWORD)
    done = add_test(o, kind=TYPE, started=dt.date(2026, 9, 1), completed=dt.date(2026, 9, 20),
                    result=POSITIVE, protocol="TT-4/2026", summary="New power amplifier: ok")
    refused(o, ValidationError, "Conclusion is required.", pt.issue_opinion, test_id=done,
            conclusion=" ", password=REP_PASSWORD)
    refused(o, AuthenticationError, "Wrong user name or password.", pt.issue_opinion,
            test_id=done, conclusion="The design change may be introduced", password="wrong")
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", pt.issue_opinion, actor=o.viewer, test_id=done, conclusion="x",
            password="x")
    with o.db.unit_of_work() as uow:
        opinion_id = pt.issue_opinion(uow, o.rep, test_id=done, password=REP_PASSWORD,
                                      conclusion="The design change may be introduced").id
    with o.db.read() as s:
        op = s.get(q.TestOpinion, opinion_id)
        assert op is not None and op.number == f"17/WS1/{dt.date.today().year}/OP-0001"
        number = op.number
        record = s.get(SignatureRecord, op.signature_id)
        assert record is not None and record.meaning == "opinion"
        assert record.user_id == o.rep.user_id and record.object_id == opinion_id
    with o.db.unit_of_work() as uow:
        assert pt.get_test(uow, o.rep, test_id=done).opinion_number == number
    refused(o, RuleViolation, f"Opinion {number} on Type test No. TT-4/2026 of Radio station "
            "R-168-5UN is already issued.", pt.issue_opinion, test_id=done, conclusion="Again",
            password=REP_PASSWORD)


# --- schedule ---------------------------------------------------------------------------------

def test_tests_due_follows_the_schedule(records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        requirements.set_item_requirements(uow, o.chief, item_id=o.ids["radio"],
                                           form=requirements.RequirementsForm(
                                               periodic_interval_months=6))
    add_test(o, started=dt.date(2026, 5, 10), completed=dt.date(2026, 5, 20), result=POSITIVE,
             protocol="PI-1/2026")
    with o.db.unit_of_work() as uow:
        assert pt.tests_due(uow, o.viewer, today=dt.date(2026, 11, 19)) == ()
    with o.db.unit_of_work() as uow:
        (due,) = pt.tests_due(uow, o.viewer, today=dt.date(2026, 11, 20))
    assert (due.item_name, due.due_on, due.overdue, due.last_positive_on) == (
        "Radio station R-168-5UN", dt.date(2026, 11, 20), False, dt.date(2026, 5, 20))
    assert due.contract_number == "12-ГОЗ/2026" and due.pending_test_id is None
    pending = add_test(o, started=dt.date(2026, 11, 23))
    with o.db.unit_of_work() as uow:
        (due,) = pt.tests_due(uow, o.viewer, today=dt.date(2026, 11, 25))
    assert due.overdue and due.pending_test_id == pending


def test_positive_repeat_chain(records: OfficeFixture) -> None:
    o = records
    first = add_test(o, started=dt.date(2026, 11, 1), completed=dt.date(2026, 11, 5),
                     result=NEGATIVE, protocol="PI-2/2026", summary="Vibration failed")
    second = add_test(o, started=dt.date(2026, 11, 6), completed=dt.date(2026, 11, 8),
                      result=NEGATIVE, protocol="PI-3/2026", summary="Vibration failed again",
                      repeat_of=first)
    with o.db.read() as s:
        assert pt.positive_repeat_of(s, s.get(q.ProductTest, first)) is None  # type: ignore[arg-type]
    third = add_test(o, started=dt.date(2026, 11, 9), completed=dt.date(2026, 11, 12),
                     result=POSITIVE, protocol="PI-4/2026", repeat_of=second)
    with o.db.read() as s:
        found = pt.positive_repeat_of(s, s.get(q.ProductTest, first))  # type: ignore[arg-type]
        assert found is not None and found.id == third
        assert s.scalars(select(q.ProductTest.id).where(
            q.ProductTest.repeat_of_id == first)).all() == [second]


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)), (dt.date(2026, 5, 20), 6, dt.date(2026, 11, 20)),
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)), (dt.date(2027, 12, 15), 2, dt.date(2028, 2, 15))])
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert pt.add_months(day, months) == expected


def test_chief_password_is_not_the_representatives(records: OfficeFixture) -> None:
    o = records
    done = add_test(o, started=dt.date(2026, 9, 1), result=NEGATIVE, protocol="PI-9/2026",
                    summary="Vibration")
    refused(o, AuthenticationError, "Wrong user name or password.", pt.issue_opinion,
            test_id=done, conclusion="Negative", password=CHIEF_PASSWORD)
