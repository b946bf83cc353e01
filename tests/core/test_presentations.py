"""Notices of presentation: attempt numbers, lot checks, withdrawal and the day's queue."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from milrep.errors import PermissionDenied, RuleViolation, ValidationError
from milrep.models.acceptance import Presentation, PresentationStatus, Verdict
from milrep.models.requirements import SamplingMode
from milrep.services import lots, presentations
from tests.core.acceptance_helpers import (ON, decide, fill, grid_of, open_insp, present,
                                           setup_radio)
from tests.helpers import OfficeFixture, dump_database


def _info(o: OfficeFixture, pid: uuid.UUID) -> presentations.PresentationInfo:
    with o.db.unit_of_work() as uow:
        return presentations.get_presentation(uow, o.viewer, presentation_id=pid)


def _queue(o: OfficeFixture) -> tuple[presentations.QueueEntry, ...]:
    with o.db.unit_of_work() as uow:
        return presentations.presentations_awaiting(uow, o.viewer)


def _refused(o: OfficeFixture, error: type[Exception], message: str, **kw: Any) -> None:
    before = dump_database(o.db)
    kw.setdefault("number", "99/2026")
    kw.setdefault("presented_on", ON)
    kw.setdefault("item_id", o.ids["radio"])
    kw.setdefault("lot_id", o.ids["lot"])
    actor = kw.pop("actor", o.rep)
    with pytest.raises(error) as e, o.db.unit_of_work() as uow:
        presentations.register_presentation(uow, actor, **kw)
    assert str(e.value) == message
    assert dump_database(o.db) == before


def test_first_presentation_of_the_whole_lot(records: OfficeFixture) -> None:
    o = records
    pid = present(o, "45/2026")
    info = _info(o, pid)
    assert (info.attempt, info.previous_id, info.quantity, info.status) == (
        1, None, 10, PresentationStatus.PRESENTED)
    assert info.serials == tuple(f"04{n:02d}" for n in range(5, 15))
    assert info.otk_reference == "OTK 311/2026"


def test_serial_subset_and_quantity(records: OfficeFixture) -> None:
    o = records
    pid = present(o, "45/2026", serials=["0405", " 0406 ", ""])
    assert _info(o, pid).quantity == 2 and _info(o, pid).serials == ("0405", "0406")


def test_bad_inputs_are_refused_and_nothing_changes(records: OfficeFixture) -> None:
    o = records
    _refused(o, ValidationError, "The presented quantity (12) is more than lot L-2026-004 holds "
             "(10).", quantity=12)
    _refused(o, ValidationError, "Not units of lot L-2026-004: 0499, 0500.",
             serials=["0405", "0499", "0500"])
    _refused(o, ValidationError, "Serial numbers repeated: 0405.", serials=["0405", "0405"])
    _refused(o, ValidationError, "The presented quantity (3) differs from the number of serials "
             "(2).", serials=["0405", "0406"], quantity=3)
    _refused(o, ValidationError, "Lot L-2026-004 has serial numbers: list the serials of the 4 "
             "units presented.", quantity=4)
    _refused(o, ValidationError, "The presented quantity must be greater than zero.", quantity=0)
    _refused(o, ValidationError, "Lot L-2026-004 is not a lot of \"Spare-part kit ZIP-168\".",
             item_id=o.ids["kit"])
    _refused(o, ValidationError, "Notice number is required.", number="  ")
    _refused(o, ValidationError, "Lot L-2026-004 was made on 02.11.2026: it cannot be presented "
             "earlier.", presented_on=dt.date(2026, 10, 30))
    _refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head "
             "of office.", actor=o.viewer)


def test_quantity_only_lot(records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        kit_lot = lots.register_lot(uow, o.rep, item_id=o.ids["kit"], number="K-01",
                                    quantity=10).id
    assert kit_lot
    pid = present(o, "46/2026", item_id=o.ids["kit"], lot_id=kit_lot, quantity=6)
    assert _info(o, pid).quantity == 6 and _info(o, pid).serials == ()
    with o.db.unit_of_work() as uow:
        presentations.withdraw_presentation(uow, o.rep, presentation_id=pid)
    _refused(o, ValidationError, "The presented quantity (11) is more than lot K-01 holds (10).",
             item_id=o.ids["kit"], lot_id=kit_lot, quantity=11)


def test_second_open_presentation_refused(records: OfficeFixture) -> None:
    o = records
    present(o, "45/2026")
    _refused(o, RuleViolation, "Lot L-2026-004 already has an open presentation (notice 45/2026, "
             "attempt 1): it must be decided or withdrawn first.")
    _refused(o, ValidationError, "Notice 45/2026 is already registered for \"Radio station "
             "R-168-5UN\".", number="45/2026")


def test_withdraw_then_present_again(records: OfficeFixture) -> None:
    o = records
    setup_radio(o)
    first = present(o, "45/2026")
    with o.db.unit_of_work() as uow:
        presentations.withdraw_presentation(uow, o.rep, presentation_id=first,
                                            reason="OTK found a missing seal")
    assert _info(o, first).status is PresentationStatus.WITHDRAWN
    assert _info(o, first).notes == "OTK found a missing seal"
    assert _queue(o) == ()
    second = present(o, "47/2026")
    assert (_info(o, second).attempt, _info(o, second).previous_id) == (2, first)
    open_insp(o, second)
    before = dump_database(o.db)
    with pytest.raises(RuleViolation) as e, o.db.unit_of_work() as uow:
        presentations.withdraw_presentation(uow, o.rep, presentation_id=second)
    assert str(e.value) == ("Notice 47/2026 is \"In inspection\": only a presentation awaiting "
                            "inspection can be withdrawn.")
    assert dump_database(o.db) == before


def test_queue_in_date_order(records: OfficeFixture) -> None:
    o = records
    setup_radio(o)
    with o.db.unit_of_work() as uow:
        other = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number="L-2026-005",
                                  serials=["0501", "0502"], manufactured_on=dt.date(2026, 11, 3)).id
    assert other
    late = present(o, "50/2026", on=dt.date(2026, 11, 26))
    early = present(o, "49/2026", on=dt.date(2026, 11, 20), lot_id=other)
    iid = open_insp(o, late)
    q = _queue(o)
    assert [e.presentation_id for e in q] == [early, late]
    assert (q[1].status, q[1].inspection_id, q[1].lot_number, q[1].item_name, q[1].attempt) == (
        PresentationStatus.IN_INSPECTION, iid, "L-2026-004", "Radio station R-168-5UN", 1)
    assert q[0].inspection_id is None and q[0].quantity == 2


def test_fully_accepted_lot_cannot_be_presented(records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.ALL)
    iid = open_insp(o, present(o, "45/2026"))
    fill(o, iid, bad={("power", 8): Decimal("30")})
    decide(o, iid, Verdict.PARTIAL, rejected_serials=["0412"])
    _refused(o, ValidationError, "Already accepted: 0405.", serials=["0405", "0412"])
    _refused(o, ValidationError, "Only 1 units of lot L-2026-004 are not accepted yet: 2 cannot "
             "be presented.", quantity=2)
    again = present(o, "48/2026")  # the rest of the lot: the rejected unit, reworked
    info = _info(o, again)
    assert (info.attempt, info.quantity, info.serials) == (2, 1, ("0412",))
    iid2 = open_insp(o, again)
    assert grid_of(o, iid2).sample_size == 1
    fill(o, iid2, units=["0412"])
    decide(o, iid2, Verdict.ACCEPT)
    _refused(o, RuleViolation, "Lot L-2026-004 is already accepted in full.")


# --- attempt numbers over random sequences --------------------------------------------------------

OPS = st.lists(st.sampled_from(["present", "withdraw", "return", "accept_part"]), min_size=1,
               max_size=7)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=OPS)
def test_attempt_numbers_always_run_1_2_3_per_lot(records: OfficeFixture, ops: list[str]) -> None:
    o = records
    if "char_power" not in o.ids:
        setup_radio(o, mode=SamplingMode.FIXED, fixed=1, threshold=99)
    with o.db.unit_of_work() as uow:
        lot_id = lots.register_lot(uow, o.rep, item_id=o.ids["radio"],
                                   number=f"P-{uuid.uuid4().hex[:8]}", quantity=5).id
    assert lot_id
    open_p: uuid.UUID | None = None
    for op in ops:
        try:
            if op == "present":
                open_p = present(o, uuid.uuid4().hex[:12], lot_id=lot_id)
            elif open_p is None:
                continue
            elif op == "withdraw":
                with o.db.unit_of_work() as uow:
                    presentations.withdraw_presentation(uow, o.rep, presentation_id=open_p)
                open_p = None
            else:
                iid = open_insp(o, open_p)
                fill(o, iid, serials=False)
                if op == "return":
                    decide(o, iid, Verdict.RETURN, reason="Paint damage found")
                else:
                    q = _info(o, open_p).quantity
                    decide(o, iid, Verdict.PARTIAL if q > 1 else Verdict.ACCEPT,
                           **({"rejected_quantity": 1} if q > 1 else {}))
                open_p = None
        except RuleViolation as e:  # a lot accepted in full, or an open presentation
            assert op == "present" and ("accepted in full" in str(e) or "open presentation"
                                        in str(e))
    with o.db.read() as s:
        rows = [(p.id, p.attempt, p.previous_id, p.status) for p in s.scalars(
            select(Presentation).where(Presentation.lot_id == lot_id)
            .order_by(Presentation.attempt))]
    assert [attempt for _, attempt, _, _ in rows] == list(range(1, len(rows) + 1))
    assert all(prev == (rows[i - 1][0] if i else None) for i, (_, _, prev, _) in enumerate(rows))
    assert sum(status in presentations.OPEN_STATUSES for *_, status in rows) <= 1
