"""Property test: under random sequences of movements, the balances the application derives
equal those of a plain model, every refused movement changes nothing stored, and an inventory
count expects exactly the model's balances."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milrep.errors import RuleViolation, UserError
from milrep.models.assets import MovementKind
from milrep.services import asset_movements as am
from milrep.services import inventory_counts as ic
from tests.core.asset_helpers import D0, detail, movement, register
from tests.helpers import dump_database

PLACES = ("A", "B", "C")
_examples = itertools.count()

step = st.tuples(
    st.sampled_from(list(MovementKind)),
    st.integers(min_value=0, max_value=60),  # days after acquisition
    st.integers(min_value=1, max_value=4000),  # thousandths
    st.sampled_from(PLACES), st.sampled_from(PLACES))


class Model:
    """Accepted movements only; a movement is accepted when no place ever goes negative."""

    def __init__(self, initial: int) -> None:
        self.moves: list[tuple[dt.date, str, str, int]] = [(D0, "", "A", initial)]
        self.left = False  # handed over or written off in full

    def balances(self, moves: list[tuple[dt.date, str, str, int]], on: dt.date | None = None
                 ) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for day, src, dst, q in moves:
            if on is None or day <= on:
                if src:
                    out[src] -= q
                if dst:
                    out[dst] += q
        return out

    def try_add(self, kind: MovementKind, day: dt.date, q: int, src: str, dst: str) -> bool:
        if kind == MovementKind.RECEIPT:
            if self.left:
                return False
            src = ""
        elif kind == MovementKind.TRANSFER:
            if src == dst:
                return False
        else:
            dst = ""
        trial = self.moves + [(day, src, dst, q)]
        days = sorted({d for d, *_ in trial if d >= day})
        if any(v < 0 for d in days for v in self.balances(trial, d).values()):
            return False
        self.moves = trial
        if kind in (MovementKind.HANDOVER, MovementKind.WRITE_OFF) \
                and sum(self.balances(trial).values()) == 0:
            self.left = True
        return True


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(initial=st.integers(min_value=1, max_value=5000), steps=st.lists(step, max_size=12),
       probes=st.lists(st.integers(min_value=-1, max_value=62), min_size=1, max_size=4))
def test_derived_balances_match_the_model(records, initial, steps, probes):
    o = records
    n = next(_examples)
    prefix = f"P{n}-"
    aid = register(o, f"PROP-{n}", quantity=Decimal(initial) / 1000, location=prefix + "A")
    model = Model(initial)
    for kind, offset, q, src, dst in steps:
        day = D0 + dt.timedelta(days=offset)
        form = movement(aid, kind, Decimal(q) / 1000, day, from_location=prefix + src,
                        to_location=prefix + dst if kind != MovementKind.HANDOVER else "")
        expected_ok = model.try_add(kind, day, q, src, dst)
        if expected_ok:
            with o.db.unit_of_work() as uow:
                am.record_movement(uow, o.rep, form=form)
        else:
            before = dump_database(o.db)
            try:
                with o.db.unit_of_work() as uow:
                    am.record_movement(uow, o.rep, form=form)
            except UserError as e:
                assert str(e)  # a message for the person
                if isinstance(e, RuleViolation) and kind != MovementKind.RECEIPT:
                    assert "balance" in str(e) or "leave" in str(e)
            else:
                raise AssertionError(f"{kind} of {q} on {day} should have been refused")
            assert dump_database(o.db) == before
    for offset in probes:
        on = D0 + dt.timedelta(days=offset)
        want = {prefix + p: Decimal(v) / 1000 for p, v in model.balances(model.moves, on).items()
                if v}
        got = detail(o, aid, on)
        assert dict(got.by_location) == want
        assert got.asset.balance == sum(want.values(), Decimal(0))
    # an inventory of each place after the last movement expects the model's balance there
    end = D0 + dt.timedelta(days=61)
    final = model.balances(model.moves)
    for place in PLACES:
        if final.get(place, 0) == 0:
            continue
        with o.db.unit_of_work() as uow:
            cid = ic.start_count(uow, o.rep, location=prefix + place, count_date=end).id
        with o.db.unit_of_work() as uow:
            lines = ic.get_count(uow, o.rep, count_id=cid).lines
        assert [(ln.asset_id, ln.expected) for ln in lines] == [
            (aid, Decimal(final[place]) / 1000)]
