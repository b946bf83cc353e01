"""Deciding an inspection: bad inputs with their message, the rules' verdict, the suspension
gate, repeated returns, the switching state, and the property that the rules' return is never
accepted."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from milrep.errors import (AuthenticationError, PermissionDenied, RuleViolation, UserError,
                           ValidationError)
from milrep.models.acceptance import (AcceptanceRecord, InspectionKind, Presentation,
                                      PresentationStatus, ReturnNotice, Verdict)
from milrep.models.quality import Suspension, SuspensionGround, SuspensionScope
from milrep.models.requirements import ItemRequirements, SamplingMode
from milrep.services import (inspection_decisions, inspection_grid, inspection_rows, inspections,
                             lots, measurements)
from milrep.services.auth import Permission
from milrep.services.signing import Meaning, sign_act
from tests.conftest import CHIEF_PASSWORD
from tests.core.acceptance_helpers import (AT, ON, SERIALS, decide, fill, grid_of, open_insp,
                                           present, requirement_ids, setup_radio)
from tests.helpers import OfficeFixture, dump_database, refused


# --- deciding -------------------------------------------------------------------------------------

def test_decide_bad_inputs(records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.ALL)
    iid = open_insp(o, present(o, "45/2026"))
    d = inspection_decisions.decide
    kw: dict[str, Any] = {"inspection_id": iid, "password": "Akhmetova2026", "decided_on": ON}
    refused(o, RuleViolation, "The lot cannot be accepted yet. No verdict yet. Results missing: "
            "44.", d, verdict=Verdict.ACCEPT, **kw)  # 100 %: 4 × 10 results and 4 set lines
    refused(o, ValidationError, "The rules do not return this lot (No verdict yet. Results "
            "missing: 44.). Give the reason for returning it.", d, verdict=Verdict.RETURN, **kw)
    fill(o, iid, bad={("power", 8): Decimal("30.5")})  # 100 %: unit 0412 fails
    assert grid_of(o, iid).verdict.verdict is Verdict.PARTIAL
    refused(o, RuleViolation, "Units with nonconformities cannot be accepted: 1 of 10 units have "
            "nonconformities (0412): accept the other 9, reject these.", d,
            verdict=Verdict.ACCEPT, **kw)
    refused(o, RuleViolation, "Units with nonconformities cannot be accepted: 1 of 10 units have "
            "nonconformities (0412): accept the other 9, reject these.", d,
            verdict=Verdict.PARTIAL, rejected_serials=["0405"], **kw)
    refused(o, ValidationError, "Accepted (8) and rejected (1) must add up to the presented "
            "quantity (10).", d, verdict=Verdict.PARTIAL,
            accepted_serials=SERIALS[:7] + ["0413"], rejected_serials=["0412"], **kw)
    refused(o, ValidationError, "The units presented have serial numbers: list the serials "
            "accepted or rejected.", d, verdict=Verdict.PARTIAL, accepted_quantity=9,
            rejected_quantity=1, **kw)
    refused(o, ValidationError, "Each serial number is either accepted or rejected, once.", d,
            verdict=Verdict.PARTIAL, accepted_serials=["0412"], rejected_serials=["0412"], **kw)
    refused(o, ValidationError, "Not presented with notice 45/2026: 0499.", d,
            verdict=Verdict.PARTIAL, rejected_serials=["0412", "0499"], **kw)
    refused(o, ValidationError, "A return sends back the whole presentation: give no accepted "
            "or rejected units.", d, verdict=Verdict.RETURN, reason="Rework", accepted_quantity=9,
            **kw)
    refused(o, AuthenticationError, "Wrong user name or password.", d, verdict=Verdict.PARTIAL,
            rejected_serials=["0412"], **{**kw, "password": "wrong-password"})
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", d, verdict=Verdict.PARTIAL, rejected_serials=["0412"], actor=o.viewer,
            **kw)

    result = decide(o, iid, Verdict.PARTIAL, rejected_serials=["0412"],
                    on=dt.date(2026, 12, 20))
    assert result.document_number == "17/WS1/2026/AR-0001"
    with o.db.read() as s:
        rec = s.scalars(select(AcceptanceRecord)).one()
        assert (rec.accepted_quantity, rec.rejected_quantity, rec.rejected_serials) == (9, 1,
                                                                                        "0412")
        assert rec.late and rec.deadline == dt.date(2026, 12, 15)
        p = s.scalars(select(Presentation)).one()
        assert p.status is PresentationStatus.PARTIALLY_ACCEPTED
    refused(o, RuleViolation, "The inspection of notice 45/2026 is already decided: its results "
            "and decision can no longer change.", d, verdict=Verdict.RETURN, reason="again", **kw)
    req = requirement_ids(o, iid)
    refused(o, RuleViolation, "The inspection of notice 45/2026 is already decided: its results "
            "and decision can no longer change.", measurements.record_measurement,
            inspection_id=iid, requirement_id=req["power"], sample_no=8, value=Decimal("40"),
            instrument_id=o.ids["wattmeter"], measured_at=AT)


def test_accept_refused_when_the_rules_return(records: OfficeFixture) -> None:
    o = records
    setup_radio(o)
    iid = open_insp(o, present(o, "45/2026"))
    fill(o, iid, bad={("seal", 2): "broken"})
    message = ("The rules return this lot: Critical nonconformity (Seals intact) on unit 0406: "
               "zero tolerance, the lot is returned. It cannot be accepted.")
    refused(o, RuleViolation, message, inspection_decisions.decide, inspection_id=iid,
            verdict=Verdict.ACCEPT, password="Akhmetova2026")


def test_return_for_a_reason_outside_the_measurements(records: OfficeFixture) -> None:
    o = records
    setup_radio(o)
    iid = open_insp(o, present(o, "45/2026"))
    fill(o, iid)
    result = decide(o, iid, Verdict.RETURN, reason="Packing does not protect the antennas")
    with o.db.read() as s:
        insp = inspection_rows.inspection_row(s, iid)
        notice = s.scalars(select(ReturnNotice)).one()
        assert insp.verdict_reason == "Packing does not protect the antennas"
        assert json.loads(notice.failed_requirements) == []
    assert result.document_number.endswith("RN-0001")
    p2 = present(o, "46/2026")
    refused(o, ValidationError, "Return notice 17/WS1/2026/RN-0001 lists no characteristic to "
            "re-test: open a full inspection.", inspections.open_inspection, presentation_id=p2,
            kind=InspectionKind.ACCEPTANCE_TEST, retest_only=True)


def _suspend(o: OfficeFixture, *, scope: SuspensionScope = SuspensionScope.ITEM) -> str:
    with o.db.unit_of_work() as uow:
        uow.begin(o.chief, Permission.SUSPEND, "test.suspend")
        sid = uuid.uuid4()
        sig = sign_act(uow, o.chief, password=CHIEF_PASSWORD, meaning=Meaning.SUSPENDED,
                       object_type="suspensions", object_id=sid, content={"n": "SP-1"})
        uow.session.flush()
        uow.session.add(Suspension(
            id=sid, number="17/WS1/2026/SP-0001", ground=SuspensionGround.FAILED_TESTS,
            scope=scope, contract_id=o.ids["contract"], item_id=o.ids["radio"],
            lot_id=o.ids["lot"] if scope is SuspensionScope.LOT else None,
            effective_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
            reason="Periodic test failed: vibration", signature_id=sig.id))
        uow.commit()
    return "17/WS1/2026/SP-0001"


@pytest.mark.parametrize("scope", [SuspensionScope.ITEM, SuspensionScope.LOT])
def test_acceptance_refused_under_an_active_suspension(records: OfficeFixture,
                                                       scope: SuspensionScope) -> None:
    o = records
    setup_radio(o)
    iid = open_insp(o, present(o, "45/2026"))
    fill(o, iid)
    number = _suspend(o, scope=scope)
    refused(o, RuleViolation, f"Acceptance is refused: suspension {number} is in force for these "
            "goods. It ends only with a resumption decision of the head of office.",
            inspection_decisions.decide, inspection_id=iid, verdict=Verdict.ACCEPT,
            password="Akhmetova2026")
    # returning stays possible; no second suspension is proposed while one is in force
    result = decide(o, iid, Verdict.RETURN, reason="Suspended: vibration test failed")
    assert not result.suspension_proposed


def test_repeated_returns_propose_a_suspension(records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.FIXED, fixed=2)
    iid = open_insp(o, present(o, "45/2026"))
    fill(o, iid, bad={("power", 1): Decimal("50")})
    first = decide(o, iid, Verdict.RETURN)
    assert not first.suspension_proposed
    iid = open_insp(o, present(o, "46/2026"), retest_only=True)
    fill(o, iid, bad={("power", 2): Decimal("51")})
    second = decide(o, iid, Verdict.RETURN)
    assert second.suspension_proposed
    assert second.proposal_reason == (
        "\"Radio station R-168-5UN\" has been returned 2 times in a row (threshold 2): a "
        "suspension of acceptance and shipment is proposed.")
    with o.db.read() as s:
        assert inspection_rows.consecutive_returns(s, o.ids["radio"]) == 2
    # an acceptance ends the run
    iid = open_insp(o, present(o, "47/2026"), retest_only=True)
    fill(o, iid)
    assert not decide(o, iid, Verdict.ACCEPT).suspension_proposed
    with o.db.read() as s:
        assert inspection_rows.consecutive_returns(s, o.ids["radio"]) == 0


def test_switching_state_tightens_after_two_returns_of_five(records: OfficeFixture) -> None:
    o = records
    setup_radio(o, threshold=99)
    for k in range(2):
        with o.db.unit_of_work() as uow:
            lot = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number=f"L-T-{k}",
                                    quantity=10).id
        assert lot
        iid = open_insp(o, present(o, f"T-{k}", lot_id=lot))
        fill(o, iid, serials=False, bad={("freq", 1): Decimal("9")})
        decide(o, iid, Verdict.RETURN)
    with o.db.read() as s:
        state = json.loads(s.scalars(select(ItemRequirements.switching_state)).one())
    assert state["severity"] == "tightened" and state["reason"] == "two-not-accepted-in-five"
    with o.db.unit_of_work() as uow:
        lot = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number="L-T-2",
                                quantity=10).id
    assert lot
    iid = open_insp(o, present(o, "T-2", lot_id=lot))
    assert grid_of(o, iid).plan["iso"]["severity"] == "tightened"


# --- property: no acceptance when the rules return ------------------------------------------------

CELLS = st.dictionaries(st.tuples(st.sampled_from(["power", "freq", "visual", "seal"]),
                                  st.integers(1, 2)),
                        st.sampled_from([Decimal("99"), "fail", "broken", None]), max_size=3)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cells=CELLS, short=st.booleans(), ask=st.sampled_from([Verdict.ACCEPT, Verdict.PARTIAL]))
def test_no_acceptance_when_the_verdict_is_return(records: OfficeFixture,
                                                  cells: dict[tuple[str, int], Any], short: bool,
                                                  ask: Verdict) -> None:
    o = records
    if "char_power" not in o.ids:
        setup_radio(o, mode=SamplingMode.FIXED, fixed=2, threshold=99)
    with o.db.unit_of_work() as uow:
        lot = lots.register_lot(uow, o.rep, item_id=o.ids["radio"],
                                number=f"H-{uuid.uuid4().hex[:8]}", quantity=2).id
    assert lot
    iid = open_insp(o, present(o, uuid.uuid4().hex[:10], lot_id=lot))
    bad: dict[tuple[str, int], object] = {}
    for (key, n), v in cells.items():  # a value of the right kind that fails
        if v is not None:
            bad[(key, n)] = Decimal("99") if key in ("power", "freq") else (
                "fail" if key == "visual" else "broken")
    fill(o, iid, serials=False, bad=bad, completeness=False)
    with o.db.unit_of_work() as uow:
        lines = inspection_grid.inspection_grid(uow, o.rep, inspection_id=iid).completeness
        inspections.record_completeness(uow, o.rep, inspection_id=iid, found={
            c.id: c.expected - (1 if short and i == 0 else 0) for i, c in enumerate(lines)})
    computed = grid_of(o, iid).verdict
    event(f"rules: {computed.verdict}, asked: {ask}")
    extra = {"rejected_quantity": 1} if ask is Verdict.PARTIAL else {}
    before = dump_database(o.db)
    try:
        decide(o, iid, ask, **extra)
    except UserError as e:
        assert dump_database(o.db) == before
        assert computed.verdict is Verdict.RETURN or ask is Verdict.ACCEPT and (
            computed.verdict is Verdict.PARTIAL), str(e)
    else:
        assert computed.verdict in (Verdict.ACCEPT, Verdict.PARTIAL)
        assert not (short or any(k == "seal" for k, _ in bad))
        with o.db.read() as s:
            assert s.scalars(select(AcceptanceRecord).where(
                AcceptanceRecord.inspection_id == iid)).one().accepted_quantity >= 1
