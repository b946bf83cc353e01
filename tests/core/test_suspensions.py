"""Suspension of acceptance and shipment (Article 27.4.8–9; SCENARIOS.md §5): scenario 5 end to
end, the gate through decide, and every refusal of a suspension."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from milrep.errors import AuthenticationError, PermissionDenied, RuleViolation, ValidationError
from milrep.models import quality as q
from milrep.models.acceptance import Verdict
from milrep.models.users import SignatureRecord
from milrep.services import inspection_decisions
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core.suspension_helpers import (RADIO, RAISED, VIBRATION, YEAR, G, S, add_seals_check,
                                           close_nc, gate, info, inspect_lot, lot, other_contract,
                                           raise_nc, suspend)
from tests.core.suspension_helpers import failed  # noqa: F401 - a fixture
from tests.core.test_product_tests import add_test
from tests.helpers import OfficeFixture, refused


# --- scenario 5 -------------------------------------------------------------------------------

def test_scenario_5_periodic_test_fails(failed: OfficeFixture) -> None:
    o = failed
    new_lot = lot(o, "L-2026-005", dt.date(2026, 11, 22))
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.rep, test_id=o.ids["pi2"])
    assert (proposal.ground, proposal.scope, proposal.item_id, proposal.covers_made_since) == (
        G.FAILED_TESTS, S.ITEM, o.ids["radio"], dt.date(2026, 5, 20))
    assert proposal.covered_lots == ("L-2026-004", "L-2026-005")  # not L-2026-001 (March)
    assert proposal.reason == (
        f"Periodic test No. PI-2/2026 of {RADIO} completed on 20.11.2026 is negative: "
        f"{VIBRATION}. Acceptance and shipment of \"{RADIO}\" made since 20.05.2026 (the last "
        "positive periodic test) are suspended until corrective actions and a positive repeat "
        "test.")
    with o.db.unit_of_work() as uow:  # a proposal stores nothing
        assert sp.list_suspensions(uow, o.viewer) == ()
    gate(o, new_lot)

    # the head of office signs it
    sid = suspend(o, proposal.form)
    s = info(o, sid)
    number = f"17/WS1/{YEAR}/SP-0001"
    assert (s.number, s.active, s.signed_by, s.test_id) == (number, True, "A. Serikbayev",
                                                           o.ids["pi2"])
    with o.db.read() as ses:
        sig = ses.get(SignatureRecord, ses.get(q.Suspension, sid).signature_id)  # type: ignore[union-attr]
        assert sig is not None and sig.meaning == "suspended" and sig.object_id == sid

    # Capt. Li tries to accept a lot made after May: refused, naming the suspension
    message = (f"Acceptance is refused: suspension {number} is in force for these goods. It ends "
               "only with a resumption decision of the head of office.")
    for lot_id in (new_lot, o.ids["lot"]):
        with pytest.raises(RuleViolation) as e:
            gate(o, lot_id)
        assert str(e.value) == message
    gate(o, o.ids["old_lot"])  # made before the last positive periodic test
    _refused_through_decide(o, new_lot, message)

    # the representative may not resume; the head may not either, yet
    with o.db.unit_of_work() as uow:
        assert [x.number for x in sp.list_suspensions(uow, o.viewer, active_only=True)] == [number]
    refused(o, PermissionDenied, "G. Akhmetova (Representative) is not allowed to do this. Ask "
            "the head of office.", sp.resume, actor=o.rep, suspension_id=sid,
            corrective_actions="x", password=REP_PASSWORD)
    nc = raise_nc(o)
    refused(o, RuleViolation, f"Suspension {number} cannot be ended yet: nonconformities still "
            f"open: \"{VIBRATION[:57]}…\" raised on {RAISED}; no positive "
            f"repeat test of Periodic test No. PI-2/2026 of {RADIO}.", sp.resume, actor=o.chief,
            suspension_id=sid, corrective_actions="Fastening changed", password=CHIEF_PASSWORD)

    # corrective actions verified, nonconformity closed, repeat test positive
    close_nc(o, nc)
    repeat = add_test(o, started=dt.date(2026, 11, 23), completed=dt.date(2026, 11, 24),
                      result=q.TestResult.POSITIVE, protocol="PI-3/2026",
                      summary="Vibration strength: ok", repeat_of=o.ids["pi2"])
    refused(o, PermissionDenied, "G. Akhmetova (Representative) is not allowed to do this. Ask "
            "the head of office.", sp.resume, actor=o.rep, suspension_id=sid,
            corrective_actions="x", password=REP_PASSWORD)
    with o.db.unit_of_work() as uow:
        rid = sp.resume(uow, o.chief, suspension_id=sid, password=CHIEF_PASSWORD,
                        corrective_actions="Front-panel fastening changed; 3 stations reworked "
                        "and re-tested").id
    s = info(o, sid)
    assert (s.active, s.resumption_id, s.resumption_number, s.repeat_test_id) == (
        False, rid, f"17/WS1/{YEAR}/RS-0001", repeat)
    with o.db.read() as ses:
        r = ses.get(q.Resumption, rid)
        assert r is not None
        sig = ses.get(SignatureRecord, r.signature_id)
        assert sig is not None and sig.meaning == "resumed" and sig.user_id == o.chief.user_id
    for lot_id in (new_lot, o.ids["lot"], None):
        gate(o, lot_id)
    with o.db.unit_of_work() as uow:
        assert sp.list_suspensions(uow, o.viewer, active_only=True) == ()
    refused(o, RuleViolation, f"Suspension {number} was already ended by resumption decision "
            f"17/WS1/{YEAR}/RS-0001.", sp.resume, actor=o.chief, suspension_id=sid,
            corrective_actions="again", password=CHIEF_PASSWORD)


def _refused_through_decide(o: OfficeFixture, lot_id: uuid.UUID, message: str) -> None:
    """The inspections' decide() passes the same gate."""
    add_seals_check(o)
    refused(o, RuleViolation, message, inspection_decisions.decide,
            inspection_id=inspect_lot(o, "OTK-77", lot_id), verdict=Verdict.ACCEPT,
            password=REP_PASSWORD)


# --- suspend: refusals -----------------------------------------------------------------------

def test_suspend_refusals(failed: OfficeFixture) -> None:
    o = failed
    goods_as_work = sp.SuspensionForm(ground=G.CONTRACT_TERMS, scope=S.WORK,
                                      item_id=o.ids["radio"], reason="Deadline missed")
    refused(o, ValidationError, f"\"{RADIO}\" is goods, not a military work or service: suspend "
            "its acceptance and shipment with the scope \"Control-list item\" (Article 27.4.8).",
            sp.suspend, form=goods_as_work, password=REP_PASSWORD)
    refused(o, ValidationError, "\"Repair of R-168-5UN stations\" is a military work or service: "
            "suspend it with the scope \"Work or service\" (Article 27.4.9).", sp.suspend,
            form=sp.SuspensionForm(ground=G.CONTRACT_TERMS, scope=S.ITEM,
                                   item_id=o.ids["repair"], reason="Late"),
            password=REP_PASSWORD)
    refused(o, ValidationError, "A work or service is suspended only for unfulfilled contract "
            "terms or unimplemented quality decisions (Article 27.4.9), not for \"Failed "
            "tests\".", sp.suspend, form=sp.SuspensionForm(
                ground=G.FAILED_TESTS, scope=S.WORK, item_id=o.ids["repair"], reason="x"),
            password=REP_PASSWORD)
    refused(o, ValidationError, "Lot L-2026-004 does not belong to \"Spare-part kit ZIP-168\".",
            sp.suspend, form=sp.SuspensionForm(ground=G.CONTRACT_TERMS, scope=S.LOT,
                                               item_id=o.ids["kit"], lot_id=o.ids["lot"],
                                               reason="x"), password=REP_PASSWORD)
    other = other_contract(o)
    refused(o, ValidationError, f"\"{RADIO}\" does not belong to the chosen contract.",
            sp.suspend, form=sp.SuspensionForm(ground=G.CONTRACT_TERMS, scope=S.ITEM,
                                               contract_id=other, item_id=o.ids["radio"],
                                               reason="x"), password=REP_PASSWORD)
    refused(o, ValidationError, "A suspension of the whole contract names no item or lot.",
            sp.suspend, form=sp.SuspensionForm(ground=G.CONTRACT_TERMS, scope=S.CONTRACT,
                                               contract_id=o.ids["contract"],
                                               item_id=o.ids["radio"], reason="x"),
            password=REP_PASSWORD)
    refused(o, ValidationError, "Choose the contract.", sp.suspend, form=sp.SuspensionForm(
        ground=G.CONTRACT_TERMS, scope=S.CONTRACT, reason="x"), password=REP_PASSWORD)
    refused(o, ValidationError, "Reason is required.", sp.suspend, form=sp.SuspensionForm(
        ground=G.QUALITY_DECISIONS, scope=S.ITEM, item_id=o.ids["radio"], reason=" "),
        password=REP_PASSWORD)
    refused(o, ValidationError, "A suspension of one lot covers that lot: leave \"made since\" "
            "empty.", sp.suspend, form=sp.SuspensionForm(
                ground=G.QUALITY_DECISIONS, scope=S.LOT, lot_id=o.ids["lot"], reason="x",
                covers_made_since=dt.date(2026, 5, 1)), password=REP_PASSWORD)
    refused(o, ValidationError, "\"Made since\" cannot be a future date.", sp.suspend,
            form=sp.SuspensionForm(ground=G.QUALITY_DECISIONS, scope=S.ITEM,
                                   item_id=o.ids["radio"], reason="x",
                                   covers_made_since=dt.date.today() + dt.timedelta(days=1)),
            password=REP_PASSWORD)
    refused(o, ValidationError, f"Periodic test No. PI-1/2026 of {RADIO} is not negative: a "
            "suspension for failed tests names a negative test.", sp.suspend,
            form=sp.SuspensionForm(ground=G.FAILED_TESTS, scope=S.ITEM, item_id=o.ids["radio"],
                                   reason="x", test_id=o.ids["pi1"]), password=REP_PASSWORD)
    refused(o, ValidationError, "A test is named only in a suspension for failed tests.",
            sp.suspend, form=sp.SuspensionForm(ground=G.IN_SERVICE_DEFECTS, scope=S.ITEM,
                                               item_id=o.ids["radio"], reason="x",
                                               test_id=o.ids["pi2"]), password=REP_PASSWORD)
    refused(o, ValidationError, f"Periodic test No. PI-2/2026 of {RADIO} is not a test of the "
            "suspended goods.", sp.suspend, form=sp.SuspensionForm(
                ground=G.FAILED_TESTS, scope=S.ITEM, item_id=o.ids["kit"], reason="x",
                test_id=o.ids["pi2"]), password=REP_PASSWORD)
    good = sp.SuspensionForm(ground=G.IN_SERVICE_DEFECTS, scope=S.ITEM, item_id=o.ids["radio"],
                             reason="Unit 12345 reports cracked solder joints; found in WIP too")
    refused(o, AuthenticationError, "Wrong user name or password.", sp.suspend, form=good,
            password="wrong")
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", sp.suspend, actor=o.viewer, form=good, password="x")
    sid = suspend(o, good, actor=o.rep, password=REP_PASSWORD)  # a representative may suspend
    refused(o, RuleViolation, f"Suspension 17/WS1/{YEAR}/SP-0001 on the same ground is already "
            f"in force for \"{RADIO}\".", sp.suspend, form=good, password=REP_PASSWORD)
    assert info(o, sid).signed_by == "G. Akhmetova"
    # another ground, or another scope, is a different suspension
    suspend(o, sp.SuspensionForm(ground=G.QUALITY_DECISIONS, scope=S.CONTRACT,
                                 contract_id=o.ids["contract"], reason="Decision 4 overdue"))


def test_work_scope_suspension_of_a_work(records: OfficeFixture) -> None:
    o = records
    repair_lot = lot(o, "REP-1", None, item="repair")
    sid = suspend(o, sp.SuspensionForm(ground=G.QUALITY_DECISIONS, scope=S.WORK,
                                       item_id=o.ids["repair"],
                                       reason="Soldering procedure not revised (decision 7)"))
    with pytest.raises(RuleViolation, match="SP-0001"):
        gate(o, repair_lot, item="repair")
    gate(o, o.ids["lot"])  # the radio is not a part of it
    assert info(o, sid).contract_number == "12-ГОЗ/2026"
    with o.db.unit_of_work() as uow:
        sp.resume(uow, o.chief, suspension_id=sid, password=CHIEF_PASSWORD,
                  corrective_actions="Procedure revised, staff retrained")
    gate(o, repair_lot, item="repair")
