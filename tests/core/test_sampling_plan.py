"""ISO 2859-1 single sampling: the plan for a lot (arrows followed, 100 % inspection when the
sample would be the whole lot), bad input refused with a message, and the lot verdict."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.errors import ValidationError
from milrep.rules import sampling as s
from milrep.rules.sampling import Severity
from tests.core.test_sampling import AQLS, LEVELS


# --- the plan ------------------------------------------------------------------------------------

@settings(max_examples=300)
@given(st.integers(1, 5_000_000), st.sampled_from(LEVELS), st.sampled_from(AQLS),
       st.sampled_from(list(Severity)))
def test_plan_never_raises_for_valid_input(lot: int, level: str, aql: str, severity: Severity) -> None:
    p = s.plan(lot, level, aql, severity)
    assert 1 <= p.sample_size <= lot
    assert p.inspect_all == (s.sample_size(p.code_letter, severity) >= lot)
    assert p.re > p.ac >= 0
    assert p.table_letter == s.code_letter(lot, level)
    assert p.describe()


def test_plan_examples() -> None:
    p = s.plan(1000, "II", "0.25")
    assert (p.table_letter, p.code_letter, p.sample_size, p.ac, p.re, p.inspect_all) == (
        "J", "H", 50, 0, 1, False)
    p = s.plan(2000, "II", 1.0, "tightened")
    assert (p.code_letter, p.sample_size, p.ac, p.re) == ("K", 125, 2, 3)
    p = s.plan(2000, "II", Decimal("1.0"), Severity.REDUCED)
    assert (p.code_letter, p.sample_size, p.ac, p.re) == ("K", 50, 1, 4)


def test_hundred_percent_inspection_keeps_ac_re() -> None:
    p = s.plan(40, "II", "0.10")  # D → ↓ … → K: 125 items from a lot of 40
    assert (p.table_letter, p.code_letter, p.inspect_all, p.sample_size, p.ac, p.re) == (
        "D", "K", True, 40, 0, 1)
    assert "100 %" in p.describe()
    exact = s.plan(13, "II", "1.0")  # B → ↓ … → E: 13 from 13 — an equal sample counts as 100 %
    assert (exact.code_letter, exact.sample_size, exact.inspect_all, exact.ac) == ("E", 13, True, 0)
    assert s.plan(14, "II", "1.0").inspect_all is False
    assert s.plan(13, "II", "6.5").inspect_all is False  # B: 3 items, 0/1 after ↑/↓
    assert s.plan(1, "II", "1000").sample_size == 1


@pytest.mark.parametrize("lot, level, aql, severity, field", [
    (0, "II", "1.0", "normal", "lot_size"),
    (-5, "II", "1.0", "normal", "lot_size"),
    (10.5, "II", "1.0", "normal", "lot_size"),
    (True, "II", "1.0", "normal", "lot_size"),
    (100, "IV", "1.0", "normal", "level"),
    (100, "S-5", "1.0", "normal", "level"),
    (100, "II", "1.2", "normal", "aql"),
    (100, "II", "abc", "normal", "aql"),
    (100, "II", "nan", "normal", "aql"),
    (100, "II", "1.0", "strict", "severity"),
])
def test_invalid_input_is_refused_with_a_message(lot: object, level: str, aql: str, severity: str,
                                                  field: str) -> None:
    with pytest.raises(ValidationError) as info:
        s.plan(lot, level, aql, severity)  # type: ignore[arg-type]
    assert info.value.field == field
    assert len(str(info.value)) > 20


def test_messages_go_through_the_translator() -> None:
    from milrep import i18n
    i18n.set_translator(lambda context, text: "«" + text + "»")
    try:
        with pytest.raises(ValidationError, match="^«AQL 7 is not"):
            s.plan(100, "II", "7")
        assert s.plan(100, "II", "1.0").describe().startswith("«Code letter")
    finally:
        i18n.set_translator(None)


# --- the verdict ---------------------------------------------------------------------------------

def test_lot_verdict() -> None:
    p = s.plan(2000, "II", "1.0")  # K 125 3/4
    assert s.lot_verdict(p, 0).accepted and s.lot_verdict(p, 3).accepted
    rejected = s.lot_verdict(p, 4)
    assert rejected.verdict is s.Verdict.REJECT and "rejection number 4" in rejected.reason
    assert "acceptance number 3" in s.lot_verdict(p, 3).reason
    reduced = s.plan(2000, "II", "1.0", "reduced")  # K 50 1/4
    gap = s.lot_verdict(reduced, 2)
    assert gap.accepted and gap.reinstate_normal and "reinstated" in gap.reason
    assert not s.lot_verdict(reduced, 1).reinstate_normal
    assert not s.lot_verdict(reduced, 4).accepted
    for bad in (-1, 126, 1.5, None):
        with pytest.raises(ValidationError, match="nonconforming"):
            s.lot_verdict(p, bad)  # type: ignore[arg-type]
