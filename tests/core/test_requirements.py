"""Requirements of control-list items: characteristics, completeness, sampling plan, return
threshold, periodic-test schedule and when the next periodic test is due (issue 3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.errors import NotFound, PermissionDenied, RuleViolation, UserError, ValidationError
from milrep.models.acceptance import (AcceptanceRecord, Inspection, InspectionKind, Presentation)
from milrep.models.contracts import ContractStatus
from milrep.models.journal import Tombstone
from milrep.models.quality import ProductTest
from milrep.models.quality import TestKind as Kind
from milrep.models.quality import TestResult as Result
from milrep.models.requirements import CharacteristicKind, SamplingMode, Severity
from milrep.models.users import SignatureRecord
from milrep.rules.schedule import add_months, periodic_due
from milrep.services import contracts, lots
from milrep.services import characteristics as cs
from milrep.services import completeness_list as cl
from milrep.services import requirements as rq
from milrep.services.auth import Permission
from tests.helpers import OfficeFixture, dump_database, refused

V, A = CharacteristicKind.VARIABLE, CharacteristicKind.ATTRIBUTE

POWER = cs.CharacteristicForm(name="Output power", kind=V, nominal=Decimal("40"),
                              lower_limit=Decimal("36"), upper_limit=Decimal("44"), unit="W",
                              method="Wattmeter, 50 Ω load", reference="TU 6574-012-2026 cl. 3.2",
                              severity=Severity.MAJOR)
STABILITY = cs.CharacteristicForm(name="Frequency stability", kind=V, upper_limit="1,5",
                                  unit="ppm", reference="TU cl. 3.5", severity=Severity.CRITICAL)
MARKING = cs.CharacteristicForm(name="Marking", kind=A, allowed_answers="legible\n\n present \n",
                                reference="GOST RV 15.307", severity=Severity.MINOR)


def run(o: OfficeFixture, fn: Callable[..., Any], actor: Any = None, **kw: Any) -> Any:
    with o.db.unit_of_work() as uow:
        return fn(uow, actor or o.rep, **kw)


def add(o: OfficeFixture, form: cs.CharacteristicForm, item: str = "radio") -> uuid.UUID:
    return run(o, cs.add_characteristic, item_id=o.ids[item], form=form).id  # type: ignore[no-any-return]


# --- characteristics ----------------------------------------------------------------------

def test_characteristics_are_added_in_order_and_listed_frozen(records: OfficeFixture) -> None:
    o = records
    ids = [add(o, POWER), add(o, STABILITY), add(o, MARKING)]
    got = run(o, cs.list_characteristics, o.viewer, item_id=o.ids["radio"])
    assert [c.id for c in got] == ids
    assert [c.position for c in got] == [1, 2, 3]
    power, stab, marking = got
    assert (power.nominal, power.lower_limit, power.upper_limit) == (40, 36, 44)
    assert power.unit == "W" and power.method == "Wattmeter, 50 Ω load"
    assert stab.upper_limit == Decimal("1.5") and stab.lower_limit is None
    assert stab.severity == Severity.CRITICAL
    assert marking.kind == A and marking.answers == ("legible", "present")
    assert marking.allowed_answers == "legible\npresent"
    with pytest.raises(dataclasses.FrozenInstanceError):
        power.name = "x"  # type: ignore[misc]
    assert run(o, cs.list_characteristics, item_id=o.ids["kit"]) == ()


def test_limits_keep_the_digits_as_entered(records: OfficeFixture) -> None:
    o = records
    add(o, dataclasses.replace(POWER, lower_limit="36.00", upper_limit=" 44,50 "))
    (c,) = run(o, cs.list_characteristics, item_id=o.ids["radio"])
    assert str(c.lower_limit) == "36.00" and str(c.upper_limit) == "44.50"


def test_a_float_is_a_programming_error(records: OfficeFixture) -> None:
    with pytest.raises(TypeError, match="not a float"):
        add(records, dataclasses.replace(POWER, lower_limit=36.0))  # type: ignore[arg-type]


BAD_CHARACTERISTICS = [
    (dataclasses.replace(POWER, name="  "), ValidationError, "name",
     "Characteristic name is required."),
    (dataclasses.replace(POWER, lower_limit=None, upper_limit=None, nominal=None),
     ValidationError, "lower_limit",
     'Characteristic "Output power" is measured: enter its lower limit, its upper limit or both.'),
    (dataclasses.replace(POWER, lower_limit="44", upper_limit="36", nominal=None),
     ValidationError, "upper_limit",
     'Characteristic "Output power": limits reversed — the lower limit 44 is above the upper '
     'limit 36.'),
    (dataclasses.replace(POWER, nominal="35.9"), ValidationError, "nominal",
     'Characteristic "Output power": the nominal value 35.9 is below the lower limit 36.'),
    (dataclasses.replace(POWER, nominal="44.01"), ValidationError, "nominal",
     'Characteristic "Output power": the nominal value 44.01 is above the upper limit 44.'),
    (dataclasses.replace(POWER, lower_limit="forty"), ValidationError, "lower_limit",
     'Characteristic "Output power": Lower limit "forty" is not a number.'),
    (dataclasses.replace(POWER, upper_limit="Infinity"), ValidationError, "upper_limit",
     'Characteristic "Output power": Upper limit "Infinity" is not a number.'),
    (dataclasses.replace(MARKING, upper_limit="1"), ValidationError, "upper_limit",
     'Characteristic "Marking" is checked by attribute: it has no nominal value or limits. '
     'Clear them, or make it a measured characteristic.'),
    (dataclasses.replace(MARKING, nominal="1"), ValidationError, "nominal",
     'Characteristic "Marking" is checked by attribute: it has no nominal value or limits. '
     'Clear them, or make it a measured characteristic.'),
    (dataclasses.replace(POWER, allowed_answers="ok"), ValidationError, "allowed_answers",
     'Characteristic "Output power" is measured: allowed answers are only for characteristics '
     'checked by attribute.'),
    (dataclasses.replace(MARKING, allowed_answers="legible\nLegible"), ValidationError,
     "allowed_answers", 'Characteristic "Marking": allowed answers repeated: Legible, legible.'),
    (dataclasses.replace(POWER, unit="W" * 33), ValidationError, "unit",
     'The unit of "Output power" is longer than 32 characters.'),
    (dataclasses.replace(STABILITY, name=" output POWER "), ValidationError, "name",
     'Characteristic "output POWER" is already on this item\'s list.'),
]


@pytest.mark.parametrize(("form", "error", "field", "message"), BAD_CHARACTERISTICS)
def test_bad_characteristic_is_refused_and_nothing_changes(
        records: OfficeFixture, form: cs.CharacteristicForm, error: type[UserError], field: str,
        message: str) -> None:
    o = records
    add(o, POWER)
    e = refused(o, error, message, cs.add_characteristic, item_id=o.ids["radio"], form=form)
    assert e.field == field


def test_update_validates_the_same_way_and_writes_only_changes(records: OfficeFixture) -> None:
    o = records
    cid = add(o, POWER)
    add(o, STABILITY)
    refused(o, ValidationError, 'Characteristic "Frequency stability" is already on this item\'s '
            'list.', cs.update_characteristic, characteristic_id=cid,
            form=dataclasses.replace(POWER, name="Frequency stability"))
    refused(o, ValidationError, 'Characteristic "Output power": limits reversed — the lower '
            'limit 45 is above the upper limit 44.', cs.update_characteristic,
            characteristic_id=cid, form=dataclasses.replace(POWER, lower_limit="45", nominal=None))
    ch = run(o, cs.update_characteristic, characteristic_id=cid,
             form=dataclasses.replace(POWER, upper_limit="45"))
    assert ch.id == cid and "characteristics" in ch.tables
    before = dump_database(o.db)
    ch = run(o, cs.update_characteristic, characteristic_id=cid,
             form=dataclasses.replace(POWER, upper_limit="45"))
    assert dump_database(o.db) == before, "an unchanged form wrote something"
    got = run(o, cs.list_characteristics, item_id=o.ids["radio"])
    assert got[0].upper_limit == 45
    refused(o, NotFound, "The characteristic no longer exists.", cs.update_characteristic,
            characteristic_id=uuid.uuid4(), form=POWER)


def test_deactivated_characteristic_stays_listed_but_not_required(records: OfficeFixture) -> None:
    o = records
    cid, sid = add(o, POWER), add(o, STABILITY)
    run(o, cs.deactivate_characteristic, characteristic_id=cid)
    listed = run(o, cs.list_characteristics, item_id=o.ids["radio"])
    assert [(c.name, c.active) for c in listed] == [("Output power", False),
                                                    ("Frequency stability", True)]
    view = run(o, rq.requirements_for, item_id=o.ids["radio"])
    assert [c.id for c in view.characteristics] == [sid]
    refused(o, RuleViolation, 'Characteristic "Output power" is already deactivated.',
            cs.deactivate_characteristic, characteristic_id=cid)
    refused(o, RuleViolation, 'Characteristic "Output power" is deactivated and cannot be edited; '
            'add a new one instead.', cs.update_characteristic, characteristic_id=cid, form=POWER)
    # its name is free again: the replacement with new limits
    add(o, dataclasses.replace(POWER, lower_limit="38"))
    active = run(o, cs.list_characteristics, item_id=o.ids["radio"], include_inactive=False)
    assert [(c.name, c.position) for c in active] == [("Frequency stability", 2),
                                                      ("Output power", 3)]


def test_reorder(records: OfficeFixture) -> None:
    o = records
    p, s, m = add(o, POWER), add(o, STABILITY), add(o, MARKING)
    run(o, cs.deactivate_characteristic, characteristic_id=p)
    run(o, cs.reorder_characteristics, item_id=o.ids["radio"], order=[m, s])
    got = run(o, cs.list_characteristics, item_id=o.ids["radio"])
    assert [(c.id, c.position) for c in got] == [(m, 1), (s, 2), (p, 3)]
    message = ("The new order must list every active characteristic of Radio station R-168-5UN "
               "exactly once.")
    for order in ([m], [m, s, p], [m, m], [m, s, uuid.uuid4()]):
        refused(o, ValidationError, message, cs.reorder_characteristics, item_id=o.ids["radio"],
                order=order)


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


# --- the property: validation accepts exactly the consistent limits --------------------------

decimals = st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=2,
                       allow_nan=False, allow_infinity=False)
maybe = st.none() | decimals


@settings(max_examples=400, deadline=None)
@given(lower=maybe, upper=maybe, nominal=maybe, kind=st.sampled_from(list(CharacteristicKind)),
       as_text=st.booleans())
def test_validation_accepts_exactly_the_consistent_characteristics(
        lower: Decimal | None, upper: Decimal | None, nominal: Decimal | None,
        kind: CharacteristicKind, as_text: bool) -> None:
    def enter(d: Decimal | None) -> Decimal | str | None:
        return None if d is None else (str(d).replace(".", ",") if as_text else d)

    form = cs.CharacteristicForm(name="X", kind=kind, lower_limit=enter(lower),
                                 upper_limit=enter(upper), nominal=enter(nominal))
    if kind == A:
        consistent = lower is None and upper is None and nominal is None
    else:
        consistent = ((lower is not None or upper is not None)
                      and (lower is None or upper is None or lower <= upper)
                      and (nominal is None or lower is None or lower <= nominal)
                      and (nominal is None or upper is None or nominal <= upper))
    try:
        got = cs.check_characteristic(form)
    except ValidationError as e:
        assert not consistent, f"refused a consistent characteristic: {e}"
        assert str(e).startswith('Characteristic "X"')
    else:
        assert consistent, "accepted an inconsistent characteristic"
        assert got == ((nominal, lower, upper) if kind == V else (None, None, None))


# --- completeness -----------------------------------------------------------------------------

def test_completeness_list(records: OfficeFixture) -> None:
    o = records
    a = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
            form=cl.CompletenessForm(" Antenna ASh-4 ", 1, "pcs")).id
    b = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
            form=cl.CompletenessForm("Battery 10NKP-2", 2, "pcs")).id
    c = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
            form=cl.CompletenessForm("Passport (form)", 1, "copy")).id
    run(o, cl.update_completeness_entry, entry_id=b, form=cl.CompletenessForm("Battery 10NKP-2",
                                                                              3, "pcs"))
    run(o, cl.remove_completeness_entry, entry_id=c)
    got = run(o, cl.list_completeness, o.viewer, item_id=o.ids["radio"])
    assert [(e.id, e.name, e.quantity, e.unit, e.position) for e in got] == [
        (a, "Antenna ASh-4", 1, "pcs", 1), (b, "Battery 10NKP-2", 3, "pcs", 2)]
    with o.db.read() as s:  # the journal recorded the removal as a tombstone
        assert s.get(Tombstone, ("completeness_entries", c)) is not None


@pytest.mark.parametrize(("form", "field", "message"), [
    (cl.CompletenessForm(" "), "name", "Name of the set's part is required."),
    (cl.CompletenessForm("Bag", 0), "quantity",
     'The quantity of "Bag" in a complete set must be a whole number of at least 1.'),
    (cl.CompletenessForm("Bag", 1.5), "quantity",  # type: ignore[arg-type]
     'The quantity of "Bag" in a complete set must be a whole number of at least 1.'),
    (cl.CompletenessForm("Bag", True), "quantity",
     'The quantity of "Bag" in a complete set must be a whole number of at least 1.'),
    (cl.CompletenessForm("Bag", 1, ""), "unit", "Unit is required."),
    (cl.CompletenessForm("Bag", 1, "x" * 17), "unit",
     'The unit of "Bag" is longer than 16 characters.'),
    (cl.CompletenessForm("antenna ash-4"), "name",
     '"antenna ash-4" is already on the completeness list of Radio station R-168-5UN.'),
])
def test_bad_completeness_entry(records: OfficeFixture, form: cl.CompletenessForm, field: str,
                                message: str) -> None:
    o = records
    eid = run(o, cl.add_completeness_entry, item_id=o.ids["radio"],
              form=cl.CompletenessForm("Antenna ASh-4")).id
    e = refused(o, ValidationError, message, cl.add_completeness_entry, item_id=o.ids["radio"],
                form=form)
    assert e.field == field
    if "already" not in message:  # the same checks on update (a line may keep its own name)
        refused(o, ValidationError, message, cl.update_completeness_entry, entry_id=eid,
                form=form)
    refused(o, NotFound, "The completeness-list entry no longer exists.",
            cl.remove_completeness_entry, entry_id=uuid.uuid4())


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
