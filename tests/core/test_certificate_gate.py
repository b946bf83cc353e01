"""The Article 27.5 gate: on an otherwise-valid history each condition, broken alone, blocks the
certificate — the refusal names the condition and the record, and nothing stored changes.

Some records are broken the way a sync bundle from another workstation could bring them (a
value changed after the decision, a correcting acceptance record): the gate holds "whichever way
it is asked", so it re-reads the stored facts rather than trusting how they were made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from milrep.errors import RuleViolation
from milrep.models import quality as q
from milrep.models.acceptance import AcceptanceRecord, CompletenessCheck, Measurement, Verdict
from milrep.models.contracts import ContractStatus
from milrep.rules import certificate_gate as gate
from milrep.rules.certificate_gate import Condition
from milrep.rules.schedule import add_months
from milrep.services import certificates, contracts, control_list, lots, nonconformities
from milrep.services.auth import Permission
from milrep.services.signing import Meaning, sign_act
from tests.conftest import REP_PASSWORD
from tests.core import suspension_helpers as sh
from tests.core.acceptance_helpers import open_insp, present
from tests.core.certificate_helpers import (RADIO, TODAY, YEAR, certifiable, checklist, issue)
from tests.core.test_product_tests import add_test
from tests.helpers import OfficeFixture, dump_database, refused

AR = f"17/WS1/{YEAR}/AR-0001"
HEAD = "The certificate cannot be issued (Article 27.5):\n"


@pytest.fixture
def valid(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)


def blocked(o: OfficeFixture, condition: Condition, reason: str, **kw: object) -> None:
    """Only ``condition`` fails, with ``reason``; issuing is refused naming it; nothing stored
    changed."""
    cl = checklist(o, **kw)  # type: ignore[arg-type]
    assert [(i.condition, i.reason) for i in cl.failing()] == [(condition, reason)]
    label = gate.condition_label(condition)
    kw.setdefault("acceptance_record_ids", [o.ids["ar"]])
    refused(o, RuleViolation, f"{HEAD}• {label}: {reason}", certificates.issue_certificate,
            password=REP_PASSWORD, **kw)


def test_the_valid_history_passes_every_condition(valid: OfficeFixture) -> None:
    cl = checklist(valid)
    assert cl.ok and [i.condition for i in cl.items] == list(Condition)
    assert cl.item(Condition.PRODUCTION_COMPLETED).reason == \
        f"accepted by {AR} (lot L-2026-004, 10 pcs)."
    assert cl.item(Condition.PERIODIC_TEST).reason.startswith(
        f"protocol PI-1/2026 of {TODAY - dt.timedelta(days=30)}, positive; next due on ")
    assert cl.refusal() == ""


# --- one test per condition -----------------------------------------------------------------

def test_production_not_completed_superseded_record(valid: OfficeFixture) -> None:
    """A correcting acceptance record (as a bundle could bring it) replaces the chosen one."""
    o = valid
    with o.db.unit_of_work() as uow:
        lot2 = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number="L-2026-005",
                                 quantity=2).id
    assert lot2
    p2 = present(o, "OTK-312/2026", lot_id=lot2)
    i2 = open_insp(o, p2)
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.rep, Permission.DECIDE, "test.correcting_record")
        rid = uuid.uuid4()
        sig = sign_act(uow, o.rep, password=REP_PASSWORD, meaning=Meaning.ACCEPTED,
                       object_type="acceptance_records", object_id=rid, content={"n": 1},
                       permission=Permission.DECIDE)
        s.flush()
        s.add(AcceptanceRecord(id=rid, number="AR-CORR-1", inspection_id=i2, presentation_id=p2,
                               item_id=o.ids["radio"], lot_id=lot2, accepted_quantity=1,
                               accepted_on=TODAY, signature_id=sig.id, supersedes_id=o.ids["ar"]))
        uow.commit()
    blocked(o, Condition.PRODUCTION_COMPLETED,
            f"acceptance record {AR} is superseded by AR-CORR-1.")


def test_incomplete_set(valid: OfficeFixture) -> None:
    o = valid
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.rep, Permission.INSPECT, "test.sync_changed_a_value")
        line = s.scalars(select(CompletenessCheck).where(
            CompletenessCheck.inspection_id == o.ids["insp_OTK-311/2026"],
            CompletenessCheck.name == "Battery")).one()
        line.found_quantity = 1
        uow.commit()
    blocked(o, Condition.COMPLETE_SET, f"Battery: 1 of 2 pcs found (record {AR}).")


def test_acceptance_test_results_no_longer_allow_acceptance(valid: OfficeFixture) -> None:
    o = valid
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.rep, Permission.INSPECT, "test.sync_changed_a_value")
        m = s.scalars(select(Measurement).where(
            Measurement.inspection_id == o.ids["insp_OTK-311/2026"],
            Measurement.answer == "intact", Measurement.sample_no == 3)).one()
        m.answer, m.conforms = "broken", False
        uow.commit()
    cl = checklist(o)
    assert [i.condition for i in cl.failing()] == [Condition.ACCEPTANCE_TESTS]
    reason = cl.item(Condition.ACCEPTANCE_TESTS).reason
    assert reason.startswith(f"the results of the inspection of notice OTK-311/2026 (record {AR}) "
                             "no longer allow acceptance: ")
    blocked(o, Condition.ACCEPTANCE_TESTS, reason)


def test_last_periodic_test_negative(valid: OfficeFixture) -> None:
    o = valid
    add_test(o, started=TODAY - dt.timedelta(days=3), completed=TODAY - dt.timedelta(days=1),
             result=q.TestResult.NEGATIVE, protocol="PI-2/2026", summary=sh.VIBRATION)
    blocked(o, Condition.PERIODIC_TEST,
            f"the last periodic test of \"{RADIO}\", protocol PI-2/2026 of "
            f"{TODAY - dt.timedelta(days=1)}, is negative.")


def test_periodic_test_overdue(records: OfficeFixture) -> None:
    o = certifiable(records, periodic_days_ago=200)  # every 6 months: due about 17 days ago
    done = TODAY - dt.timedelta(days=200)
    due = add_months(done, 6)
    assert due < TODAY
    blocked(o, Condition.PERIODIC_TEST, f"the periodic test of \"{RADIO}\" was due on {due} "
            f"(last: protocol PI-1/2026 of {done}).")


def test_open_nonconformity_without_concession(valid: OfficeFixture) -> None:
    o = valid
    nc = sh.raise_nc(o, lot_id=o.ids["lot"])
    blocked(o, Condition.NO_NONCONFORMITY, "open without a valid concession: "
            f"\"{sh.VIBRATION[:57]}…\" raised on {sh.RAISED} (lot L-2026-004).")
    # a valid concession lets the goods through; once it has expired they are stopped again
    with o.db.unit_of_work() as uow:
        nonconformities.set_disposition(uow, o.rep, nonconformity_id=nc,
                                        disposition=q.Disposition.USE_AS_IS,
                                        concession_ref="C-7/2026",
                                        concession_expires=TODAY + dt.timedelta(days=30))
    assert checklist(o).ok
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.rep, Permission.INSPECT, "test.time_passes")
        row = s.get(q.Nonconformity, nc)
        assert row is not None
        row.concession_expires = TODAY - dt.timedelta(days=1)
        uow.commit()
    assert [i.condition for i in checklist(o).failing()] == [Condition.NO_NONCONFORMITY]


def test_a_nonconformity_of_the_whole_item_blocks_too(valid: OfficeFixture) -> None:
    sh.raise_nc(valid, description="Solder joints cracked")
    assert [i.condition for i in checklist(valid).failing()] == [Condition.NO_NONCONFORMITY]


def test_suspension_in_force(valid: OfficeFixture) -> None:
    o = valid
    sh.suspend(o, sh.sp.SuspensionForm(ground=sh.G.QUALITY_DECISIONS, scope=sh.S.ITEM,
                                       item_id=o.ids["radio"], reason="Decision 3 not implemented"))
    blocked(o, Condition.NOT_SUSPENDED,
            f"suspension 17/WS1/{YEAR}/SP-0001 is in force for these goods.")


def test_already_certified(valid: OfficeFixture) -> None:
    issue(valid)
    blocked(valid, Condition.CONTRACT_QUANTITY,
            f"everything accepted by {AR} is already certified.")


def test_more_than_accepted(valid: OfficeFixture) -> None:
    blocked(valid, Condition.CONTRACT_QUANTITY,
            "11 pcs is more than accepted and not yet certified (10 pcs).", quantity=11)


def test_more_than_the_contract_provides(valid: OfficeFixture) -> None:
    o = valid
    with o.db.unit_of_work() as uow:
        form = control_list.get_item(uow, o.chief, item_id=o.ids["radio"])
    with o.db.unit_of_work() as uow:
        control_list.update_item(uow, o.chief, item_id=o.ids["radio"],
                                 form=dataclasses.replace(form, quantity=8))
    blocked(o, Condition.CONTRACT_QUANTITY, f"10 pcs of \"{RADIO}\" would be certified in all; "
            "contract 12-ГОЗ/2026 provides for 8.")


def test_contract_no_longer_in_force(valid: OfficeFixture) -> None:
    o = valid
    with o.db.unit_of_work() as uow:
        contracts.set_status(uow, o.chief, contract_id=o.ids["contract"],
                             status=ContractStatus.COMPLETED)
    blocked(o, Condition.CONTRACT_TIME, "contract 12-ГОЗ/2026 is not in force (status: Fulfilled).")


# --- several at once, and the pure rule -----------------------------------------------------

def test_the_refusal_names_every_failing_condition(valid: OfficeFixture) -> None:
    o = valid
    sh.raise_nc(o, lot_id=o.ids["lot"])
    sh.suspend(o, sh.sp.SuspensionForm(ground=sh.G.QUALITY_DECISIONS, scope=sh.S.LOT,
                                       lot_id=o.ids["lot"], reason="Decision 3"))
    before = dump_database(o.db)
    with pytest.raises(RuleViolation) as e, o.db.unit_of_work() as uow:
        certificates.issue_certificate(uow, o.rep, acceptance_record_ids=[o.ids["ar"]],
                                       password=REP_PASSWORD)
    text = str(e.value)
    assert text.count("\n• ") == 2
    assert "• No open nonconformity without a valid concession: " in text
    assert "• No suspension of acceptance and shipment: suspension " in text
    assert dump_database(o.db) == before


def _facts(**kw: object) -> gate.GateFacts:
    record = gate.RecordFacts(
        id=uuid.uuid4(), number="AR-1", lot_number="L-1", accepted_on=dt.date(2026, 11, 2),
        accepted_quantity=5, remaining_quantity=5, signed=True, superseded_by=None,
        presentation_number="N-1", inspection_decided=True,
        inspection_verdict=Verdict.ACCEPT, computed_verdict=Verdict.ACCEPT, computed_reason="",
        completeness=(gate.CompletenessLine("Manual", 1, 1),))
    base = dict(today=dt.date(2026, 11, 25), item_name="Kit", unit="set", records=(record,),
                quantity=5, contract=gate.ContractFacts("C-1", ContractStatus.ACTIVE,
                                                        dt.date(2026, 1, 1),
                                                        dt.date(2026, 12, 31)),
                contracted_quantity=Decimal(10), certified_quantity=0,
                periodic=gate.PeriodicFacts(scheduled=False))
    base.update(kw)
    return gate.GateFacts(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("change, condition", [
    (dict(records=()), Condition.PRODUCTION_COMPLETED),
    (dict(quantity=0), Condition.CONTRACT_QUANTITY),
    (dict(certified_quantity=6), Condition.CONTRACT_QUANTITY),
    (dict(today=dt.date(2027, 1, 1)), Condition.CONTRACT_TIME),
    (dict(periodic=gate.PeriodicFacts(scheduled=True, last_protocol="P", last_positive=True,
                                      last_completed_on=dt.date(2026, 1, 1), overdue=True,
                                      lots_since=4, every_lots=3)), Condition.PERIODIC_TEST),
    (dict(nonconformities=("Scratch",)), Condition.NO_NONCONFORMITY),
    (dict(suspensions=("SP-1",)), Condition.NOT_SUSPENDED),
])
def test_pure_gate_each_fact(change: dict[str, object], condition: Condition) -> None:
    assert gate.evaluate(_facts()).ok
    failing = [i.condition for i in gate.evaluate(_facts(**change)).failing()]
    assert condition in failing
    if change.get("records") is None:
        assert failing == [condition]


def test_pure_gate_periodic_rules() -> None:
    never = gate.PeriodicFacts(scheduled=True, due_on=dt.date(2027, 5, 2))
    assert gate.evaluate(_facts(periodic=never)).item(Condition.PERIODIC_TEST).reason == \
        "no periodic test is due yet; next due on 2027-05-02."
    lots_over = gate.PeriodicFacts(scheduled=True, last_protocol="P-9", last_positive=True,
                                   last_completed_on=dt.date(2026, 10, 1), overdue=True,
                                   lots_since=4, every_lots=3)
    assert gate.evaluate(_facts(periodic=lots_over)).item(Condition.PERIODIC_TEST).reason == (
        "4 lots of \"Kit\" were accepted since the last periodic test (last: protocol P-9 of "
        "2026-10-01); the schedule allows 3.")


def test_late_delivery_is_named_but_does_not_block() -> None:
    record = dataclasses.replace(_facts().records[0], deadline=dt.date(2026, 10, 1), late=True)
    item = gate.evaluate(_facts(records=(record,))).item(Condition.CONTRACT_TIME)
    assert item.ok and item.reason == (
        "contract C-1 is in force until 2026-12-31. Late delivery (the contract's penalties "
        "apply): AR-1 accepted on 2026-11-02, after the deadline 2026-10-01.")
