"""Suspension of acceptance and shipment and its resumption (Article 27.4.8–9; SCENARIOS.md §5)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milrep.errors import (AuthenticationError, PermissionDenied, RuleViolation,
                           ValidationError)
from milrep.models import quality as q
from milrep.models.acceptance import InspectionKind, Verdict
from milrep.models.control_list import ItemKind
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.models.users import SignatureRecord
from milrep.services import contracts, control_list, gates, lots, nonconformities
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from milrep.services.auth import Actor
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core.test_product_tests import add_test, refused
from tests.helpers import OfficeFixture, dump_database

G, S = q.SuspensionGround, q.SuspensionScope
YEAR = dt.date.today().year
RAISED = dt.datetime.now(dt.UTC).date().isoformat()  # nonconformities are stamped in UTC
RADIO = "Radio station R-168-5UN"
VIBRATION = "Vibration strength: resonance at 55 Hz, the front panel came loose"


def lot(o: OfficeFixture, number: str, made: dt.date | None, item: str = "radio") -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        lot_id = lots.register_lot(uow, o.rep, item_id=o.ids[item], number=number, quantity=2,
                                   manufactured_on=made).id
    assert lot_id
    return lot_id


def gate(o: OfficeFixture, lot_id: uuid.UUID | None, item: str = "radio") -> None:
    with o.db.read() as s:
        gates.ensure_not_suspended(s, item_id=o.ids[item], lot_id=lot_id, action="Acceptance")


def suspend(o: OfficeFixture, form: sp.SuspensionForm, actor: Actor | None = None,
            password: str = CHIEF_PASSWORD) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        sid = sp.suspend(uow, actor or o.chief, form=form, password=password).id
    assert sid
    return sid


def info(o: OfficeFixture, sid: uuid.UUID) -> sp.SuspensionInfo:
    with o.db.unit_of_work() as uow:
        return sp.get_suspension(uow, o.viewer, suspension_id=sid)


def close_nc(o: OfficeFixture, nc_id: uuid.UUID) -> None:
    with o.db.unit_of_work() as uow:
        nonconformities.set_disposition(uow, o.rep, nonconformity_id=nc_id,
                                        disposition=q.Disposition.REWORK)
    with o.db.unit_of_work() as uow:
        nonconformities.set_corrective_action(
            uow, o.rep, nonconformity_id=nc_id,
            corrective_action="Front-panel fastening changed to M4 screws with thread locker")
    with o.db.unit_of_work() as uow:
        nonconformities.verify_effect(uow, o.rep, nonconformity_id=nc_id,
                                      verification="Vibration test of 3 reworked stations passed")
    with o.db.unit_of_work() as uow:
        nonconformities.close_nonconformity(uow, o.rep, nonconformity_id=nc_id)


def raise_nc(o: OfficeFixture, description: str = VIBRATION, item: str = "radio",
             lot_id: uuid.UUID | None = None) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        nc_id = nonconformities.raise_nonconformity(uow, o.rep, item_id=o.ids[item],
                                                    lot_id=lot_id, severity=Severity.CRITICAL,
                                                    description=description).id
    assert nc_id
    return nc_id


@pytest.fixture
def failed(records: OfficeFixture) -> OfficeFixture:
    """Scenario 5 up to the failed periodic test: a positive one in May, lots before and after."""
    o = records
    o.ids["old_lot"] = lot(o, "L-2026-001", dt.date(2026, 3, 10))
    o.ids["pi1"] = add_test(o, started=dt.date(2026, 5, 10), completed=dt.date(2026, 5, 20),
                            result=q.TestResult.POSITIVE, protocol="PI-1/2026")
    o.ids["pi2"] = add_test(o, started=dt.date(2026, 11, 16), completed=dt.date(2026, 11, 20),
                            result=q.TestResult.NEGATIVE, protocol="PI-2/2026",
                            summary=VIBRATION)
    return o


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
        f"Periodic test No. PI-2/2026 of {RADIO} completed on 2026-11-20 is negative: "
        f"{VIBRATION}. Acceptance and shipment of \"{RADIO}\" made since 2026-05-20 (the last "
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
    """The inspections service's decide() passes the same gate (when that service is present)."""
    inspections = pytest.importorskip("milrep.services.inspections")
    inspection_grid = pytest.importorskip("milrep.services.inspection_grid")
    inspection_decisions = pytest.importorskip("milrep.services.inspection_decisions")
    presentations = pytest.importorskip("milrep.services.presentations")
    characteristics = pytest.importorskip("milrep.services.characteristics")
    with o.db.unit_of_work() as uow:
        characteristics.add_characteristic(uow, o.chief, item_id=o.ids["radio"],
                                           form=characteristics.CharacteristicForm(
                                               name="Seals intact",
                                               kind=CharacteristicKind.ATTRIBUTE))
    with o.db.unit_of_work() as uow:
        p = presentations.register_presentation(uow, o.rep, number="OTK-77",
                                                presented_on=dt.date(2026, 11, 24),
                                                item_id=o.ids["radio"], lot_id=lot_id).id
    with o.db.unit_of_work() as uow:
        i = inspections.open_inspection(uow, o.rep, presentation_id=p,
                                        kind=InspectionKind.ACCEPTANCE_TEST).id
    refused(o, RuleViolation, message, inspection_decisions.decide, inspection_id=i,
            verdict=Verdict.ACCEPT, password=REP_PASSWORD)


# --- resumption conditions ----------------------------------------------------------------------

@pytest.fixture
def suspended(failed: OfficeFixture) -> Iterator[OfficeFixture]:
    o = failed
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.chief, test_id=o.ids["pi2"])
    o.ids["susp"] = suspend(o, proposal.form)
    yield o


def _resume(o: OfficeFixture, **kw: object) -> None:
    kw = {"suspension_id": o.ids["susp"], "corrective_actions": "Fastening changed",
          "password": CHIEF_PASSWORD, **kw}
    with o.db.unit_of_work() as uow:
        sp.resume(uow, o.chief, **kw)  # type: ignore[arg-type]


def test_resumption_refused_without_a_positive_repeat_test(suspended: OfficeFixture) -> None:
    o = suspended
    number = f"17/WS1/{YEAR}/SP-0001"
    missing = (f"Suspension {number} cannot be ended yet: no positive repeat test of Periodic "
               f"test No. PI-2/2026 of {RADIO}.")
    refused(o, RuleViolation, missing, sp.resume, actor=o.chief, suspension_id=o.ids["susp"],
            corrective_actions="Fastening changed", password=CHIEF_PASSWORD)
    # a negative repeat, or a pending one, does not count
    again = add_test(o, started=dt.date(2026, 11, 21), completed=dt.date(2026, 11, 22),
                     result=q.TestResult.NEGATIVE, protocol="PI-3/2026", summary="Failed again",
                     repeat_of=o.ids["pi2"])
    add_test(o, started=dt.date(2026, 11, 23), repeat_of=again)
    refused(o, RuleViolation, missing, sp.resume, actor=o.chief, suspension_id=o.ids["susp"],
            corrective_actions="Fastening changed", password=CHIEF_PASSWORD)
    # naming an unrelated positive test is refused too
    refused(o, RuleViolation, f"Suspension {number} cannot be ended yet: Periodic test No. "
            f"PI-1/2026 of {RADIO} is not a positive repeat of Periodic test No. PI-2/2026 of "
            f"{RADIO}.", sp.resume, actor=o.chief, suspension_id=o.ids["susp"],
            corrective_actions="Fastening changed", password=CHIEF_PASSWORD,
            repeat_test_id=o.ids["pi1"])
    # the repeat of the repeat, positive, clears it (the chain)
    third = add_test(o, started=dt.date(2026, 11, 23), completed=dt.date(2026, 11, 24),
                     result=q.TestResult.POSITIVE, protocol="PI-5/2026", repeat_of=again)
    _resume(o)
    assert info(o, o.ids["susp"]).repeat_test_id == third


def test_a_later_positive_periodic_test_also_clears_it(suspended: OfficeFixture) -> None:
    o = suspended
    today = dt.date.today()
    later = add_test(o, started=today, completed=today, result=q.TestResult.POSITIVE,
                     protocol="PI-7/2026")
    _resume(o, repeat_test_id=later)
    assert info(o, o.ids["susp"]).repeat_test_id == later


def test_resumption_refused_with_an_open_nonconformity(suspended: OfficeFixture) -> None:
    o = suspended
    add_test(o, started=dt.date(2026, 11, 23), completed=dt.date(2026, 11, 24),
             result=q.TestResult.POSITIVE, protocol="PI-3/2026", repeat_of=o.ids["pi2"])
    nc = raise_nc(o, "Loose front panel", lot_id=o.ids["lot"])
    raise_nc(o, "Cable chafing", item="kit")  # another item: not in the scope
    refused(o, RuleViolation, f"Suspension 17/WS1/{YEAR}/SP-0001 cannot be ended yet: "
            f"nonconformities still open: \"Loose front panel\" raised on "
            f"{RAISED}.", sp.resume, actor=o.chief,
            suspension_id=o.ids["susp"], corrective_actions="Fastening changed",
            password=CHIEF_PASSWORD)
    close_nc(o, nc)
    _resume(o)


def test_resumption_refused_on_wrong_password_or_missing_actions(suspended: OfficeFixture
                                                                  ) -> None:
    o = suspended
    add_test(o, started=dt.date(2026, 11, 23), completed=dt.date(2026, 11, 24),
             result=q.TestResult.POSITIVE, protocol="PI-3/2026", repeat_of=o.ids["pi2"])
    refused(o, AuthenticationError, "Wrong user name or password.", sp.resume, actor=o.chief,
            suspension_id=o.ids["susp"], corrective_actions="Fastening changed",
            password="Serikbayev2025")
    refused(o, ValidationError, "Corrective actions is required.", sp.resume, actor=o.chief,
            suspension_id=o.ids["susp"], corrective_actions="  ", password=CHIEF_PASSWORD)
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", sp.resume, actor=o.viewer, suspension_id=o.ids["susp"],
            corrective_actions="x", password="x")
    _resume(o)


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
    other = _other_contract(o)
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


def test_proposal_refusals(failed: OfficeFixture) -> None:
    o = failed
    refused(o, RuleViolation, f"Periodic test No. PI-1/2026 of {RADIO} is not negative: there is "
            "nothing to suspend.", proposals.propose_suspension_after_failed_test, test_id=o.ids["pi1"])
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.rep, test_id=o.ids["pi2"])
    suspend(o, proposal.form)
    refused(o, RuleViolation, f"Suspension 17/WS1/{YEAR}/SP-0001 for failed tests of \"{RADIO}\" "
            "is already in force.", proposals.propose_suspension_after_failed_test, test_id=o.ids["pi2"])


def test_first_negative_periodic_test_covers_every_lot(records: OfficeFixture) -> None:
    o = records
    bad = add_test(o, started=dt.date(2026, 11, 16), completed=dt.date(2026, 11, 20),
                   result=q.TestResult.NEGATIVE, protocol="PI-1/2026", summary="Vibration")
    undated = lot(o, "L-X", None)
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.rep, test_id=bad)
    assert proposal.covers_made_since is None
    assert proposal.covered_lots == ("L-2026-004", "L-X")
    assert "every lot of" in proposal.reason
    suspend(o, proposal.form)
    with pytest.raises(RuleViolation):
        gate(o, undated)


def _other_contract(o: OfficeFixture) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        cid = contracts.create_contract(uow, o.chief, form=contracts.ContractForm(
            number="13-ГОЗ/2026", signed_on=dt.date(2026, 2, 1), customer_id=o.ids["mod"],
            contractor_id=o.ids["plant"], subject="Antennas", valid_from=dt.date(2026, 2, 1),
            valid_until=dt.date(2026, 12, 31), value="1000.00")).id
    assert cid
    return cid


# --- repeated returns ---------------------------------------------------------------------------

def test_proposal_after_repeated_returns(records: OfficeFixture) -> None:
    o = records
    inspections = pytest.importorskip("milrep.services.inspections")
    inspection_grid = pytest.importorskip("milrep.services.inspection_grid")
    inspection_decisions = pytest.importorskip("milrep.services.inspection_decisions")
    presentations = pytest.importorskip("milrep.services.presentations")
    characteristics = pytest.importorskip("milrep.services.characteristics")
    measurements = pytest.importorskip("milrep.services.measurements")
    with o.db.unit_of_work() as uow:
        characteristics.add_characteristic(uow, o.chief, item_id=o.ids["radio"],
                                           form=characteristics.CharacteristicForm(
                                               name="Seals intact",
                                               kind=CharacteristicKind.ATTRIBUTE))

    def decide(number: str, lot_id: uuid.UUID, answer: str, verdict: Verdict) -> None:
        with o.db.unit_of_work() as uow:
            p = presentations.register_presentation(uow, o.rep, number=number,
                                                    presented_on=dt.date(2026, 11, 24),
                                                    item_id=o.ids["radio"], lot_id=lot_id).id
        with o.db.unit_of_work() as uow:
            i = inspections.open_inspection(uow, o.rep, presentation_id=p,
                                            kind=InspectionKind.ACCEPTANCE_TEST).id
        with o.db.unit_of_work() as uow:
            grid = inspection_grid.inspection_grid(uow, o.rep, inspection_id=i)
        for r in grid.requirements:
            for n in range(1, r.samples + 1):
                with o.db.unit_of_work() as uow:
                    measurements.record_measurement(uow, o.rep, inspection_id=i,
                                                    requirement_id=r.id, sample_no=n,
                                                    answer=answer)
        with o.db.unit_of_work() as uow:
            inspection_decisions.decide(uow, o.rep, inspection_id=i, verdict=verdict,
                               password=REP_PASSWORD)

    def propose() -> proposals.SuspensionProposal | None:
        with o.db.unit_of_work() as uow:
            return proposals.propose_suspension_after_returns(uow, o.viewer, item_id=o.ids["radio"])

    decide("N-1", o.ids["lot"], "fail", Verdict.RETURN)
    assert propose() is None
    other = lot(o, "L-2026-005", dt.date(2026, 11, 20))
    decide("N-2", other, "pass", Verdict.ACCEPT)  # an acceptance breaks the run
    decide("N-3", o.ids["lot"], "fail", Verdict.RETURN)
    assert propose() is None
    decide("N-4", o.ids["lot"], "fail", Verdict.RETURN)
    proposal = propose()
    assert proposal is not None
    assert (proposal.ground, proposal.scope, proposal.covers_made_since) == (
        G.FAILED_TESTS, S.ITEM, None)
    assert proposal.reason == (
        f"\"{RADIO}\" was returned 2 times in a row (threshold 2): return notices "
        f"17/WS1/{YEAR}/RN-0002, 17/WS1/{YEAR}/RN-0003 (lots L-2026-004). Acceptance is "
        "suspended until the causes are removed and the corrective actions verified.")
    sid = suspend(o, proposal.form)
    assert propose() is None  # already suspended
    with o.db.unit_of_work() as uow:
        sp.resume(uow, o.chief, suspension_id=sid, password=CHIEF_PASSWORD,
                  corrective_actions="Seal application procedure corrected")
    assert propose() is None  # returns before the resumption are not counted again


# --- property: the gate refuses exactly when an unresumed suspension covers the lot ------------

_COUNTER = iter(range(10**6))
BASE = dt.date(2026, 1, 1)
ops = st.lists(st.one_of(
    st.tuples(st.just("lot"), st.integers(0, 1), st.one_of(st.none(), st.integers(0, 4))),
    st.tuples(st.just("suspend"), st.sampled_from([S.CONTRACT, S.ITEM, S.LOT]),
              st.integers(0, 1), st.integers(0, 5),
              st.sampled_from([G.CONTRACT_TERMS, G.QUALITY_DECISIONS, G.IN_SERVICE_DEFECTS]),
              st.one_of(st.none(), st.integers(0, 4))),
    st.tuples(st.just("resume"), st.integers(0, 5))), min_size=2, max_size=12)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=ops)
def test_gate_matches_a_model(records: OfficeFixture, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    """Each example works on a fresh contract with two goods items, so examples do not mix."""
    o = records
    n = next(_COUNTER)
    with o.db.unit_of_work() as uow:
        contract = contracts.create_contract(uow, o.chief, form=contracts.ContractForm(
            number=f"P-{n}", signed_on=dt.date(2026, 1, 2), customer_id=o.ids["mod"],
            contractor_id=o.ids["plant"], subject="Property", valid_from=dt.date(2026, 1, 2),
            valid_until=dt.date(2027, 12, 31), value="1.00")).id
    items = []
    for k in range(2):
        with o.db.unit_of_work() as uow:
            items.append(control_list.create_item(uow, o.chief, form=control_list.ItemForm(
                contract_id=contract, kind=ItemKind.MILITARY_GOODS, name=f"Item {n}-{k}",
                nomenclature_code=f"P{n}-{k}", quantity=10, unit="pcs")).id)
    model_lots: list[tuple[uuid.UUID, uuid.UUID, dt.date | None]] = []  # (id, item, made)
    model_susp: list[dict] = []  # type: ignore[type-arg]

    def covered(lot_id: uuid.UUID | None, item_id: uuid.UUID) -> bool:
        made = next((m for i, _, m in model_lots if i == lot_id), None)
        for x in model_susp:
            if not x["active"]:
                continue
            if x["scope"] == S.LOT:
                if x["lot"] == lot_id:
                    return True
                continue
            if x["scope"] == S.ITEM and x["item"] != item_id:
                continue
            if x["since"] is None or made is None or made >= x["since"]:
                return True
        return False

    for step in steps:
        if step[0] == "lot":
            _, k, made = step
            made_on = None if made is None else BASE + dt.timedelta(days=made)
            with o.db.unit_of_work() as uow:
                lot_id = lots.register_lot(uow, o.rep, item_id=items[k],
                                           number=f"L{len(model_lots)}", quantity=1,
                                           manufactured_on=made_on).id
            model_lots.append((lot_id, items[k], made_on))  # type: ignore[arg-type]
        elif step[0] == "suspend":
            _, scope, k, li, ground, since = step
            if scope == S.LOT:
                if not model_lots:
                    continue
                lot_id, item_id, _ = model_lots[li % len(model_lots)]
                since_on = None
                form = sp.SuspensionForm(ground=ground, scope=scope, lot_id=lot_id, reason="p")
            else:
                lot_id, item_id = None, items[k] if scope == S.ITEM else None
                since_on = None if since is None else BASE + dt.timedelta(days=since)
                form = sp.SuspensionForm(ground=ground, scope=scope, reason="p",
                                         contract_id=contract, item_id=item_id,
                                         covers_made_since=since_on)
            dup = any(x["active"] and x["scope"] == scope and x["ground"] == ground
                      and x["item"] == item_id and x["lot"] == lot_id for x in model_susp)
            with o.db.unit_of_work() as uow:
                if dup:
                    with pytest.raises(RuleViolation, match="on the same ground"):
                        sp.suspend(uow, o.rep, form=form, password=REP_PASSWORD)
                    continue
                sid = sp.suspend(uow, o.rep, form=form, password=REP_PASSWORD).id
            model_susp.append({"id": sid, "scope": scope, "ground": ground, "item": item_id,
                               "lot": lot_id, "since": since_on, "active": True})
        else:
            if not model_susp:
                continue
            x = model_susp[step[1] % len(model_susp)]
            with o.db.unit_of_work() as uow:
                if not x["active"]:
                    with pytest.raises(RuleViolation, match="already ended"):
                        sp.resume(uow, o.chief, suspension_id=x["id"], password=CHIEF_PASSWORD,
                                  corrective_actions="done")
                    continue
                sp.resume(uow, o.chief, suspension_id=x["id"], password=CHIEF_PASSWORD,
                          corrective_actions="done")
            x["active"] = False
        # after every step: the gate agrees with the model for every lot and for no lot
        with o.db.read() as s:
            for lot_id, item_id in [(li, it) for li, it, _ in model_lots] + \
                    [(None, it) for it in items]:
                expected = covered(lot_id, item_id)
                try:
                    gates.ensure_not_suspended(s, item_id=item_id, lot_id=lot_id,
                                               action="Acceptance")
                    refused_now = False
                except RuleViolation:
                    refused_now = True
                assert refused_now == expected, (step, lot_id)
