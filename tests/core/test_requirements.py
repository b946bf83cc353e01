"""Requirements of control-list items as a whole (issue 3): what a closed contract or a viewer
may not change, the sampling plan, the return threshold, the periodic-test schedule and when the
next periodic test is due."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from milrep.models.acceptance import AcceptanceRecord, Inspection, InspectionKind, Presentation
from milrep.models.contracts import ContractStatus
from milrep.models.quality import ProductTest
from milrep.models.quality import TestKind as Kind
from milrep.models.quality import TestResult as Result
from milrep.models.requirements import SamplingMode
from milrep.models.users import SignatureRecord
from milrep.rules.schedule import add_months, periodic_due
from milrep.services import contracts, lots
from milrep.services import characteristics as cs
from milrep.services import completeness_list as cl
from milrep.services import requirements as rq
from milrep.services.auth import Permission
from tests.core.requirements_helpers import POWER, STABILITY, add, run
from tests.helpers import OfficeFixture, refused


# --- every requirement edit --------------------------------------------------------------

def test_closed_contract_refuses_every_requirement_edit(records: OfficeFixture) -> None:
    o = records
    cid = add(o, POWER)
    eid = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
              form=cl.CompletenessForm("Antenna", 1, "pcs")).id
    for status in (ContractStatus.ACTIVE, ContractStatus.COMPLETED):
        run(o, contracts.set_status, o.chief, contract_id=o.ids["contract"], status=status)
    msg = ("Contract 12-ГОЗ/2026 is closed; the requirements of Radio station R-168-5UN cannot "
           "change.")
    radio = o.ids["radio"]
    for fn, kw in (
            (cs.add_characteristic, {"item_id": radio, "form": STABILITY}),
            (cs.update_characteristic, {"characteristic_id": cid, "form": POWER}),
            (cs.deactivate_characteristic, {"characteristic_id": cid}),
            (cs.reorder_characteristics, {"item_id": radio, "order": [cid]}),
            (cl.add_completeness_entry, {"item_id": radio, "form": cl.CompletenessForm("Bag")}),
            (cl.update_completeness_entry, {"entry_id": eid, "form": cl.CompletenessForm("Bag")}),
            (cl.remove_completeness_entry, {"entry_id": eid}),
            (rq.set_item_requirements, {"item_id": radio, "form": rq.RequirementsForm()})):
        refused(o, RuleViolation, msg, fn, **kw)
    # reading still works
    assert len(run(o, rq.requirements_for, o.viewer, item_id=radio).characteristics) == 1


def test_viewer_is_refused_and_nothing_changes(records: OfficeFixture) -> None:
    o = records
    msg = "D. Omarova (Viewer) is not allowed to do this. Ask the head of office."
    refused(o, PermissionDenied, msg, cs.add_characteristic, o.viewer, item_id=o.ids["radio"],
            form=POWER)
    refused(o, PermissionDenied, msg, rq.set_item_requirements, o.viewer, item_id=o.ids["radio"],
            form=rq.RequirementsForm())
    refused(o, PermissionDenied, msg, cl.add_completeness_entry, o.viewer,
            item_id=o.ids["radio"], form=cl.CompletenessForm("Antenna"))


def test_unknown_item(records: OfficeFixture) -> None:
    refused(records, NotFound, "The control-list item no longer exists.", cs.add_characteristic,
            item_id=uuid.uuid4(), form=POWER)
    refused(records, NotFound, "The control-list item no longer exists.", rq.requirements_for,
            item_id=uuid.uuid4())


# --- sampling plan, threshold, schedule ----------------------------------------------------------

def test_requirements_default_until_set_then_created_once(records: OfficeFixture) -> None:
    o = records
    add(o, POWER)
    run(o, cl.add_completeness_entry, item_id=o.ids["radio"], form=cl.CompletenessForm("Antenna"))
    v = run(o, rq.requirements_for, o.viewer, item_id=o.ids["radio"])
    assert not v.configured
    assert (v.sampling_mode, v.return_threshold, v.periodic_interval_months) == (
        SamplingMode.ALL, 2, None)
    form = rq.RequirementsForm(sampling_mode=SamplingMode.ISO2859, inspection_level="ii",
                               aql_major="1", aql_minor=Decimal("2.50"), return_threshold=3,
                               periodic_interval_months=6, periodic_programme_ref="PI-168 rev. 2",
                               acceptance_programme_ref="PSI-168", fixed_sample_size=7)
    first = run(o, rq.set_item_requirements, item_id=o.ids["radio"], form=form)
    v = run(o, rq.requirements_for, item_id=o.ids["radio"])
    assert v.configured and v.item_name == "Radio station R-168-5UN"
    assert (v.sampling_mode, v.inspection_level, v.aql_major, v.aql_minor) == (
        SamplingMode.ISO2859, "II", "1.0", "2.5")
    assert v.fixed_sample_size is None  # only kept for a fixed sample
    assert (v.return_threshold, v.periodic_interval_months, v.periodic_every_lots) == (3, 6, None)
    assert (v.periodic_programme_ref, v.acceptance_programme_ref) == ("PI-168 rev. 2", "PSI-168")
    assert [c.name for c in v.characteristics] == ["Output power"]
    assert [e.name for e in v.completeness] == ["Antenna"]
    second = run(o, rq.set_item_requirements, item_id=o.ids["radio"],
                 form=dataclasses.replace(form, sampling_mode=SamplingMode.FIXED,
                                          inspection_level="S-3", periodic_every_lots=5))
    assert second.id == first.id  # one row per item
    v = run(o, rq.requirements_for, item_id=o.ids["radio"])
    assert (v.sampling_mode, v.fixed_sample_size, v.inspection_level, v.periodic_every_lots) == (
        SamplingMode.FIXED, 7, "S-3", 5)


BASE = rq.RequirementsForm(sampling_mode=SamplingMode.ISO2859)


@pytest.mark.parametrize(("form", "field", "message"), [
    (dataclasses.replace(BASE, sampling_mode=SamplingMode.FIXED), "fixed_sample_size",
     "Enter the sample size of a fixed sample: a whole number of at least 1."),
    (dataclasses.replace(BASE, sampling_mode=SamplingMode.FIXED, fixed_sample_size=0),
     "fixed_sample_size", "Enter the sample size of a fixed sample: a whole number of at least 1."),
    (dataclasses.replace(BASE, inspection_level="IV"), "inspection_level",
     'Unknown inspection level "IV": use I, II, III or S-1 to S-4.'),
    (dataclasses.replace(BASE, inspection_level="S-5"), "inspection_level",
     'Unknown inspection level "S-5": use I, II, III or S-1 to S-4.'),
    (dataclasses.replace(BASE, aql_major="1.1"), "aql_major",
     "AQL for major defects: 1.1 is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … 650, "
     "1000)."),
    (dataclasses.replace(BASE, aql_minor="2000"), "aql_minor",
     "AQL for minor defects: 2000 is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … 650, "
     "1000)."),
    (dataclasses.replace(BASE, aql_minor="abc"), "aql_minor",
     "AQL for minor defects: abc is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … 650, "
     "1000)."),
    (dataclasses.replace(BASE, return_threshold=0), "return_threshold",
     "The return threshold (returns in a row before a suspension is proposed) must be a whole "
     "number of at least 1."),
    (dataclasses.replace(BASE, periodic_interval_months=0), "periodic_interval_months",
     "The periodic-test interval must be a whole number of months from 1 to 120."),
    (dataclasses.replace(BASE, periodic_interval_months=121), "periodic_interval_months",
     "The periodic-test interval must be a whole number of months from 1 to 120."),
    (dataclasses.replace(BASE, periodic_every_lots=0), "periodic_every_lots",
     'The periodic test "every N lots" needs a whole number of lots of at least 1.'),
])
def test_bad_item_requirements(records: OfficeFixture, form: rq.RequirementsForm, field: str,
                               message: str) -> None:
    o = records
    e = refused(o, ValidationError, message, rq.set_item_requirements, item_id=o.ids["radio"],
                form=form)
    assert e.field == field
    run(o, rq.set_item_requirements, item_id=o.ids["radio"], form=BASE)
    refused(o, ValidationError, message, rq.set_item_requirements, item_id=o.ids["radio"],
            form=form)


@pytest.mark.parametrize("aql", ["0.010", "0.065", "0.65", "1.0", "6.5", "650", "1000"])
def test_every_standard_aql_is_kept_as_printed(records: OfficeFixture, aql: str) -> None:
    o = records
    run(o, rq.set_item_requirements, item_id=o.ids["kit"],
        form=dataclasses.replace(BASE, aql_major=aql, inspection_level="s4"))
    v = run(o, rq.requirements_for, item_id=o.ids["kit"])
    assert (v.aql_major, v.inspection_level) == (aql, "S-4")


# --- periodic tests -------------------------------------------------------------------------

def test_add_months_at_month_ends() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2028, 2, 29), 12) == dt.date(2029, 2, 28)
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 4, 30), 1) == dt.date(2026, 5, 30)
    assert add_months(dt.date(2026, 11, 25), 2) == dt.date(2027, 1, 25)
    assert add_months(dt.date(2026, 3, 31), -1) == dt.date(2026, 2, 28)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
       months=st.integers(min_value=-240, max_value=240))
def test_add_months_properties(day: dt.date, months: int) -> None:
    got = add_months(day, months)
    assert (got.year * 12 + got.month) - (day.year * 12 + day.month) == months
    assert got.day == day.day or (got.day < day.day and (got + dt.timedelta(days=1)).day == 1)


def test_periodic_due_rule() -> None:
    def due(today: dt.date, **kw: Any) -> Any:
        args: dict[str, Any] = dict(interval_months=6, every_lots=None,
                                    last_positive_on=dt.date(2026, 5, 31),
                                    counted_from=dt.date(2026, 5, 31), lots_since_last=0)
        return periodic_due(today=today, **{**args, **kw})

    assert due(dt.date(2026, 11, 29)).due_on == dt.date(2026, 11, 30)
    assert not due(dt.date(2026, 11, 29)).due
    on_day = due(dt.date(2026, 11, 30))
    assert on_day.due and not on_day.overdue  # the due date itself: due, not overdue
    assert due(dt.date(2026, 12, 1)).overdue
    lots = due(dt.date(2026, 6, 1), interval_months=None, every_lots=3, lots_since_last=3)
    assert (lots.due_on, lots.due, lots.overdue, lots.lots_left) == (None, True, False, 0)
    assert due(dt.date(2026, 6, 1), every_lots=3, lots_since_last=4).overdue
    both = due(dt.date(2026, 6, 1), every_lots=3, lots_since_last=1)
    assert (both.due, both.lots_left, both.scheduled) == (False, 2, True)
    none = due(dt.date(2030, 1, 1), interval_months=None)
    assert (none.scheduled, none.due, none.overdue, none.due_on) == (False, False, False, None)
    nothing_yet = due(dt.date(2030, 1, 1), counted_from=None, last_positive_on=None)
    assert (nothing_yet.due_on, nothing_yet.overdue) == (None, False)


def _plant_test(o: OfficeFixture, kind: Kind, result: Result,
                completed_on: dt.date | None) -> None:
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.INSPECT, "test.product_test")
        s.add(ProductTest(id=uuid.uuid4(), kind=kind, item_id=o.ids["radio"],
                          started_on=completed_on or dt.date(2026, 1, 1),
                          completed_on=completed_on, result=result))
        uow.commit()


def _accept(o: OfficeFixture, number: str, accepted_on: dt.date, accepted: int = 2) -> None:
    """A lot of the radio accepted on ``accepted_on`` (presentation → inspection → record)."""
    lot_id = run(o, lots.register_lot, item_id=o.ids["radio"], number=number, quantity=2).id
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.DECIDE, "test.accept")
        now = dt.datetime.now(dt.UTC)
        p = Presentation(id=uuid.uuid4(), number=f"P-{number}", presented_on=accepted_on,
                         item_id=o.ids["radio"], lot_id=lot_id, quantity=2)
        i = Inspection(id=uuid.uuid4(), presentation_id=p.id, kind=InspectionKind.ACCEPTANCE_TEST,
                       opened_at=now, opened_by=o.chief.user_id, plan="{}", sample_size=2)
        sig = SignatureRecord(id=uuid.uuid4(), user_id=o.chief.user_id, meaning="accepted",
                              object_type="acceptance_records", object_id=uuid.uuid4(),
                              content_sha256="0" * 64, signed_at=now)
        for row in (p, i, sig):  # no ORM relationships: flush in foreign-key order
            s.add(row)
            s.flush()
        s.add(AcceptanceRecord(id=uuid.uuid4(), number=f"AR-{number}", inspection_id=i.id,
                               presentation_id=p.id, item_id=o.ids["radio"], lot_id=lot_id,
                               accepted_quantity=accepted, rejected_quantity=2 - accepted,
                               accepted_on=accepted_on, signature_id=sig.id))
        uow.commit()


def test_periodic_test_due_from_the_database(records: OfficeFixture) -> None:
    o = records
    radio = o.ids["radio"]
    today = dt.date(2026, 11, 25)

    def due(on: dt.date = today) -> Any:
        return run(o, rq.periodic_test_due, o.viewer, item_id=radio, today=on)

    nothing = due()
    assert (nothing.scheduled, nothing.due_on, nothing.lots_since_last, nothing.overdue) == (
        False, None, 0, False)
    run(o, rq.set_item_requirements, item_id=radio, form=rq.RequirementsForm(
        periodic_interval_months=6, periodic_every_lots=4, periodic_programme_ref="PI-168"))
    assert (due().scheduled, due().due_on, due().overdue) == (True, None, False)  # nothing made
    _accept(o, "L1", dt.date(2026, 3, 10))
    first = due()
    assert (first.counted_from, first.due_on, first.last_positive_on) == (
        dt.date(2026, 3, 10), dt.date(2026, 9, 10), None)
    assert first.overdue and first.lots_since_last == 1 and first.programme_ref == "PI-168"
    _plant_test(o, Kind.QUALIFICATION, Result.POSITIVE, dt.date(2026, 2, 28))
    assert due().due_on == dt.date(2026, 8, 28)
    _plant_test(o, Kind.PERIODIC, Result.POSITIVE, dt.date(2026, 5, 31))
    _plant_test(o, Kind.PERIODIC, Result.NEGATIVE, dt.date(2026, 10, 1))
    _plant_test(o, Kind.PERIODIC, Result.PENDING, None)
    for n, day in enumerate([dt.date(2026, 5, 31), dt.date(2026, 6, 1), dt.date(2026, 7, 1),
                             dt.date(2026, 8, 1)]):
        _accept(o, f"M{n}", day)
    _accept(o, "R0", dt.date(2026, 8, 2), accepted=0)  # nothing accepted: not a lot accepted
    d = due()
    assert (d.last_positive_on, d.counted_from, d.due_on) == (
        dt.date(2026, 5, 31), dt.date(2026, 5, 31), dt.date(2026, 11, 30))
    assert (d.lots_since_last, d.lots_left, d.due, d.overdue) == (3, 1, False, False)
    assert due(dt.date(2026, 11, 30)).due and not due(dt.date(2026, 11, 30)).overdue
    assert due(dt.date(2026, 12, 1)).overdue
    _accept(o, "M9", dt.date(2026, 9, 1))
    assert (due().lots_since_last, due().due, due().overdue) == (4, True, False)
    _accept(o, "M10", dt.date(2026, 9, 2))
    assert due().overdue
    refused(o, NotFound, "The control-list item no longer exists.", rq.periodic_test_due,
            item_id=uuid.uuid4(), today=today)
