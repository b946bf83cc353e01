"""Suspensions the application proposes: after a negative test (covering the lots made since the
last positive periodic test) and after repeated returns of an item."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from milrep.errors import RuleViolation
from milrep.models import quality as q
from milrep.models.acceptance import Verdict
from milrep.services import inspection_decisions
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core.suspension_helpers import (RADIO, YEAR, G, S, add_seals_check, gate, inspect_lot,
                                           lot, suspend)
from tests.core.suspension_helpers import failed  # noqa: F401 - a fixture
from tests.core.test_product_tests import add_test
from tests.helpers import OfficeFixture, refused


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


# --- repeated returns ---------------------------------------------------------------------------

def test_proposal_after_repeated_returns(records: OfficeFixture) -> None:
    o = records
    add_seals_check(o)

    def decide(number: str, lot_id: uuid.UUID, answer: str, verdict: Verdict) -> None:
        iid = inspect_lot(o, number, lot_id, answer)
        with o.db.unit_of_work() as uow:
            inspection_decisions.decide(uow, o.rep, inspection_id=iid, verdict=verdict,
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
