"""The measuring instruments register and the calibration rule every measurement obeys
(Article 27.4.7)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.errors import NotFound, PermissionDenied, RuleViolation, UserError, ValidationError
from milrep.services import instruments as ins
from tests.helpers import OfficeFixture, dump_database

TODAY = dt.date(2026, 11, 25)
WATTMETER = ins.InstrumentForm(
    name="Wattmeter M3-54", serial="1187", calibrated_on=dt.date(2026, 1, 15),
    calibration_due=dt.date(2027, 1, 14), instrument_type="Through-line power meter",
    measuring_range="0.1–100 W, 30–500 MHz", accuracy="±6 %", certificate_ref="Cert. 04-2219",
    location="Test station 2")
COUNTER = ins.InstrumentForm(
    name="Frequency counter Ch3-85", serial="A-0042", calibrated_on=dt.date(2025, 11, 1),
    calibration_due=dt.date(2026, 10, 31), measuring_range="0.001 Hz–3 GHz")


def run(o: OfficeFixture, fn: Callable[..., Any], actor: Any = None, **kw: Any) -> Any:
    with o.db.unit_of_work() as uow:
        return fn(uow, actor or o.rep, **kw)


def refused(o: OfficeFixture, error: type[UserError], message: str, fn: Callable[..., Any],
            actor: Any = None, **kw: Any) -> UserError:
    before = dump_database(o.db)
    with pytest.raises(error) as info:
        run(o, fn, actor, **kw)
    assert str(info.value) == message
    assert dump_database(o.db) == before
    return info.value


def register(o: OfficeFixture, form: ins.InstrumentForm) -> uuid.UUID:
    return run(o, ins.register_instrument, form=form).id  # type: ignore[no-any-return]


def check(o: OfficeFixture, instrument_id: uuid.UUID, on: dt.date) -> Any:
    """ensure_calibrated in a read session; the instrument's fields as a plain namespace."""
    import types

    with o.db.read() as s:
        i = ins.ensure_calibrated(s, instrument_id, on)
        return types.SimpleNamespace(id=i.id, name=i.name, serial=i.serial,
                                     certificate_ref=i.certificate_ref)


def test_register_list_and_flags(office: OfficeFixture) -> None:
    o = office
    w = register(o, WATTMETER)
    c = register(o, COUNTER)
    later = register(o, dataclasses.replace(WATTMETER, serial="2290",
                                            calibration_due=dt.date(2027, 6, 1)))
    rows = run(o, ins.list_instruments, o.viewer, today=TODAY)
    assert [r.id for r in rows] == [c, w, later]  # the most urgent first
    counter, watt, far = rows
    assert (counter.overdue, counter.due_soon, counter.days_left) == (True, False, -25)
    assert (watt.overdue, watt.due_soon, watt.days_left) == (False, False, 50)
    assert watt.measuring_range == "0.1–100 W, 30–500 MHz" and watt.location == "Test station 2"
    assert (far.overdue, far.due_soon) == (False, False)
    soon = run(o, ins.list_instruments, today=TODAY, within_days=50)
    assert [r.due_soon for r in soon] == [False, True, False]
    with o.db.read() as s:
        assert [r.id for r in ins.instruments_due(s, TODAY)] == [c]
        assert [r.id for r in ins.instruments_due(s, TODAY, within_days=50)] == [c, w]
        on_due_day = ins.instruments_due(s, dt.date(2027, 1, 14))
        assert [(r.id, r.days_left, r.overdue, r.due_soon) for r in on_due_day] == [
            (c, -75, True, False), (w, 0, False, True)]


def test_update_is_recalibration_and_retire_hides(office: OfficeFixture) -> None:
    o = office
    c = register(o, COUNTER)
    run(o, ins.update_instrument, instrument_id=c, form=dataclasses.replace(
        COUNTER, calibrated_on=dt.date(2026, 11, 20), calibration_due=dt.date(2027, 11, 19),
        certificate_ref="Cert. 04-2301"))
    assert check(o, c, TODAY).certificate_ref == "Cert. 04-2301"
    before = dump_database(o.db)
    run(o, ins.update_instrument, instrument_id=c, form=dataclasses.replace(
        COUNTER, calibrated_on=dt.date(2026, 11, 20), calibration_due=dt.date(2027, 11, 19),
        certificate_ref=" Cert. 04-2301 "))
    assert dump_database(o.db) == before, "an unchanged form wrote something"
    run(o, ins.retire_instrument, instrument_id=c)
    assert run(o, ins.list_instruments, today=TODAY) == ()
    (row,) = run(o, ins.list_instruments, today=TODAY, include_retired=True)
    assert not row.active
    with o.db.read() as s:
        assert ins.instruments_due(s, dt.date(2030, 1, 1)) == ()
    refused(o, RuleViolation, "Instrument Frequency counter Ch3-85 No. A-0042 is already retired.",
            ins.retire_instrument, instrument_id=c)
    refused(o, RuleViolation, "Instrument Frequency counter Ch3-85 No. A-0042 is retired from the "
            "register and cannot be edited.", ins.update_instrument, instrument_id=c, form=COUNTER)


@pytest.mark.parametrize(("form", "field", "message"), [
    (dataclasses.replace(WATTMETER, name=" "), "name", "Instrument name is required."),
    (dataclasses.replace(WATTMETER, serial=""), "serial", "Serial number is required."),
    (dataclasses.replace(WATTMETER, serial="9" * 65), "serial",
     "The serial number is longer than 64 characters."),
    (dataclasses.replace(WATTMETER, calibration_due=dt.date(2026, 1, 15)), "calibration_due",
     "Instrument Wattmeter M3-54 No. 1187: the calibration due date 15.01.2026 must be later "
     "than the calibration date 15.01.2026."),
    (dataclasses.replace(WATTMETER, calibration_due=dt.date(2025, 1, 15)), "calibration_due",
     "Instrument Wattmeter M3-54 No. 1187: the calibration due date 15.01.2025 must be later "
     "than the calibration date 15.01.2026."),
    (dataclasses.replace(WATTMETER, calibrated_on=None), "calibration_due",  # type: ignore[arg-type]
     "Enter the calibration date and the date the next calibration is due."),
    (dataclasses.replace(WATTMETER, name="Another meter", serial=" A-0042 "), "serial",
     "Serial No. A-0042 is already in the register: Frequency counter Ch3-85."),
])
def test_bad_instrument_is_refused(office: OfficeFixture, form: ins.InstrumentForm, field: str,
                                   message: str) -> None:
    o = office
    c = register(o, COUNTER)
    e = refused(o, ValidationError, message, ins.register_instrument, form=form)
    assert e.field == field
    if "already in the register" not in message:
        refused(o, ValidationError, message, ins.update_instrument, instrument_id=c, form=form)


def test_serial_clash_on_update(office: OfficeFixture) -> None:
    o = office
    register(o, COUNTER)
    w = register(o, WATTMETER)
    refused(o, ValidationError, "Serial No. A-0042 is already in the register: Frequency counter "
            "Ch3-85.", ins.update_instrument, instrument_id=w,
            form=dataclasses.replace(WATTMETER, serial="A-0042"))
    refused(o, NotFound, "The measuring instrument no longer exists.", ins.retire_instrument,
            instrument_id=uuid.uuid4())


def test_viewer_is_refused(office: OfficeFixture) -> None:
    msg = "D. Omarova (Viewer) is not allowed to do this. Ask the head of office."
    refused(office, PermissionDenied, msg, ins.register_instrument, office.viewer, form=WATTMETER)


# --- the calibration rule -----------------------------------------------------------------

EXPIRED = ("Instrument Wattmeter M3-54 No. 1187: calibration expired on 14.01.2027; a measurement "
           "with it is refused. Recalibrate it or choose another instrument.")


def test_calibration_valid_through_the_due_date_inclusive(office: OfficeFixture) -> None:
    o = office
    w = register(o, WATTMETER)
    assert check(o, w, dt.date(2026, 1, 15)).serial == "1187"  # the calibration day
    assert check(o, w, TODAY).name == "Wattmeter M3-54"
    assert check(o, w, dt.date(2027, 1, 14)).id == w  # the due date itself: still valid
    with pytest.raises(RuleViolation) as e:
        check(o, w, dt.date(2027, 1, 15))  # the day after: refused
    assert str(e.value) == EXPIRED
    with pytest.raises(RuleViolation) as e:
        check(o, w, dt.date(2026, 1, 14))
    assert str(e.value) == (
        "Instrument Wattmeter M3-54 No. 1187 was calibrated on 15.01.2026, after the measurement "
        "date 14.01.2026; a measurement with it on that date is refused. Choose another "
        "instrument or check the date.")
    with pytest.raises(NotFound, match="^The measuring instrument no longer exists.$"):
        check(o, uuid.uuid4(), TODAY)


def test_retired_instrument_is_refused_by_name(office: OfficeFixture) -> None:
    o = office
    w = register(o, WATTMETER)
    run(o, ins.retire_instrument, instrument_id=w)
    before = dump_database(o.db)
    with pytest.raises(RuleViolation) as e:
        check(o, w, TODAY)
    assert str(e.value) == ("Instrument Wattmeter M3-54 No. 1187 is retired from the register; a "
                            "measurement with it is refused. Choose another instrument.")
    assert dump_database(o.db) == before


@settings(max_examples=200, deadline=None)
@given(offset=st.integers(min_value=-400, max_value=800))
def test_calibration_rule_matches_the_interval(offset: int) -> None:
    """Pure check of the rule on an unsaved instrument: valid exactly on [calibrated_on, due]."""
    from unittest import mock

    inst = mock.Mock(active=True, calibrated_on=dt.date(2026, 1, 15),
                     calibration_due=dt.date(2027, 1, 14))
    inst.name, inst.serial = "Wattmeter M3-54", "1187"
    session = mock.Mock()
    session.get.return_value = inst
    on = dt.date(2026, 1, 15) + dt.timedelta(days=offset)
    valid = dt.date(2026, 1, 15) <= on <= dt.date(2027, 1, 14)
    try:
        assert ins.ensure_calibrated(session, uuid.uuid4(), on) is inst
    except RuleViolation:
        assert not valid
    else:
        assert valid
