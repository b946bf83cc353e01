"""Characteristics of control-list items (issue 3): added, listed, edited, deactivated,
reordered; bad ones refused with their message and nothing stored changed."""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.errors import NotFound, RuleViolation, UserError, ValidationError
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.services import characteristics as cs
from milrep.services import requirements as rq
from tests.core.requirements_helpers import A, MARKING, POWER, STABILITY, V, add, run
from tests.helpers import OfficeFixture, dump_database, refused


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
