"""Article 29: each finding of the joint commission leads to the outcome the law gives it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from milrep.models.reclamations import Remedy
from milrep.rules.reclamation import (Findings, evaluate, penalty_period, warranty_ends,
                                      within_warranty)

FLAGS = [f.name for f in dataclasses.fields(Findings)]


def test_contractor_at_fault_with_a_repairable_defect_repairs_and_owes_penalties() -> None:
    o = evaluate(Findings(contractor_at_fault=True))
    assert o.consistent and o.at_fault and o.penalties
    assert o.remedies == (Remedy.REPAIR, Remedy.REPLACEMENT)
    assert o.return_grounds == () and not o.whole_lot_return
    assert "29.6" in o.clauses and "29.5" in o.clauses
    assert any("29.6" in r for r in o.reasons)


def test_improper_operation_clears_the_contractor_29_7() -> None:
    o = evaluate(Findings(contractor_at_fault=False, improper_operation=True))
    assert o.consistent and not o.at_fault and not o.penalties
    assert o.remedies == () and not o.remedy_needed
    assert o.clauses[0] == "29.7" and "29.7" in o.reasons[0]


def test_improper_operation_and_contractor_at_fault_contradict_29_7() -> None:
    o = evaluate(Findings(contractor_at_fault=True, improper_operation=True))
    assert not o.consistent
    assert "29.7" in o.problems[0]
    assert not o.penalties and o.remedies == ()


def test_not_at_fault_without_cause_gives_no_remedy_and_no_penalty() -> None:
    o = evaluate(Findings(contractor_at_fault=False))
    assert o.consistent and not o.penalties and o.remedies == ()


def test_counterfeit_allows_return_for_full_replacement_29_3_1() -> None:
    o = evaluate(Findings(contractor_at_fault=True, counterfeit=True))
    assert o.return_grounds == ("29.3.1",)
    assert o.remedies[0] == Remedy.RETURN and Remedy.REPAIR in o.remedies
    assert any("29.3.1" in r for r in o.reasons)


def test_not_own_production_when_required_allows_return_29_3_2() -> None:
    o = evaluate(Findings(contractor_at_fault=True, not_own_production=True,
                          own_production_required=True))
    assert o.return_grounds == ("29.3.2",)
    assert Remedy.RETURN in o.remedies


def test_not_own_production_when_not_required_is_no_ground_29_3_2() -> None:
    o = evaluate(Findings(contractor_at_fault=True, not_own_production=True))
    assert o.consistent and o.return_grounds == ()
    assert Remedy.RETURN not in o.remedies
    assert any("29.3.2 applies only" in r for r in o.reasons)


def test_irreparable_defect_allows_return_and_excludes_repair_29_3_3() -> None:
    o = evaluate(Findings(contractor_at_fault=True, irreparable=True))
    assert o.return_grounds == ("29.3.3",)
    assert o.remedies == (Remedy.RETURN, Remedy.REPLACEMENT)


def test_irreparable_hidden_defect_in_all_goods_returns_the_whole_lot_29_4() -> None:
    o = evaluate(Findings(contractor_at_fault=True, irreparable=True, hidden_defect=True,
                          whole_lot_affected=True))
    assert o.whole_lot_return and o.remedies == (Remedy.WHOLE_LOT_RETURN,)
    assert "29.4" in o.clauses and o.penalties


def test_repairable_hidden_defect_in_all_goods_is_not_a_whole_lot_return_29_4() -> None:
    o = evaluate(Findings(contractor_at_fault=True, hidden_defect=True,
                          whole_lot_affected=True))
    assert o.consistent and not o.whole_lot_return
    assert Remedy.WHOLE_LOT_RETURN not in o.remedies and Remedy.REPAIR in o.remedies
    assert any("29.4 returns the whole lot only" in r for r in o.reasons)


def test_hidden_irreparable_defect_without_the_whole_lot_is_a_single_return() -> None:
    o = evaluate(Findings(contractor_at_fault=True, irreparable=True, hidden_defect=True))
    assert not o.whole_lot_return and o.remedies[0] == Remedy.RETURN


def test_whole_lot_affected_without_a_hidden_defect_is_refused() -> None:
    o = evaluate(Findings(contractor_at_fault=True, irreparable=True, whole_lot_affected=True))
    assert not o.consistent and "29.4" in o.problems[0]


def test_whole_lot_return_needs_the_contractor_at_fault_29_4() -> None:
    o = evaluate(Findings(contractor_at_fault=False, irreparable=True, hidden_defect=True,
                          whole_lot_affected=True))
    assert not o.whole_lot_return and o.remedies == ()
    assert any("only when the contractor is found at fault" in r for r in o.reasons)


def test_defect_in_work_in_progress_is_a_ground_to_suspend_27_4_8() -> None:
    o = evaluate(Findings(contractor_at_fault=True, in_work_in_progress=True))
    assert o.suspension_ground and "27.4.8" in o.clauses


def test_improper_operation_cannot_be_in_work_in_progress() -> None:
    o = evaluate(Findings(contractor_at_fault=False, improper_operation=True,
                          in_work_in_progress=True))
    assert not o.consistent and not o.suspension_ground and "27.4.8" in o.problems[0]


def test_a_work_or_service_at_fault_is_redone_not_returned_29_3_to_29_5() -> None:
    o = evaluate(Findings(contractor_at_fault=True, irreparable=True, hidden_defect=True,
                          whole_lot_affected=True, counterfeit=True), goods=False)
    assert o.consistent and o.remedies == (Remedy.REPAIR,) and o.penalties
    assert o.return_grounds == () and not o.whole_lot_return
    assert any("Articles 29.3–29.5 return or replace goods" in r for r in o.reasons)


def test_a_work_or_service_is_no_suspension_ground_27_4_9() -> None:
    o = evaluate(Findings(contractor_at_fault=True, in_work_in_progress=True), goods=False)
    assert not o.consistent and not o.suspension_ground and "27.4.9" in o.problems[0]


def _all_findings() -> list[Findings]:
    return [Findings(**dict(zip(FLAGS, bits)))
            for bits in itertools.product((False, True), repeat=len(FLAGS))]


@pytest.mark.parametrize("f", _all_findings(), ids=lambda f: "".join(
    "1" if getattr(f, n) else "0" for n in FLAGS))
def test_every_combination_is_consistent_with_the_law(f: Findings) -> None:
    works = evaluate(f, goods=False)
    assert works.return_grounds == () and set(works.remedies) <= {Remedy.REPAIR}
    assert works.penalties == works.at_fault and not works.suspension_ground
    o = evaluate(f)
    # 29.7: improper operation never leaves the contractor at fault
    assert not (f.improper_operation and o.at_fault)
    # 29.6: penalties exactly when at fault
    assert o.penalties == o.at_fault
    # no remedy at the contractor's expense without fault (29.3 "if found guilty")
    assert o.at_fault or o.remedies == ()
    # a return for full replacement only on a 29.3 ground
    assert (Remedy.RETURN in o.remedies) == (bool(o.return_grounds) and not o.whole_lot_return)
    # 29.4: whole lot exactly when irreparable, hidden, in all goods and at fault
    assert o.whole_lot_return == (o.at_fault and f.irreparable and f.hidden_defect
                                  and f.whole_lot_affected)
    assert (Remedy.WHOLE_LOT_RETURN in o.remedies) == o.whole_lot_return
    if o.whole_lot_return:
        assert o.remedies == (Remedy.WHOLE_LOT_RETURN,)
    # an irreparable defect is never "repaired"
    assert not (f.irreparable and Remedy.REPAIR in o.remedies)
    # every 29.3 ground comes from its finding
    assert ("29.3.1" in o.return_grounds) == (o.at_fault and f.counterfeit)
    assert ("29.3.2" in o.return_grounds) == (o.at_fault and f.not_own_production
                                              and f.own_production_required)
    assert ("29.3.3" in o.return_grounds) == (o.at_fault and f.irreparable)
    # every clause named has a reason, and reasons name the clause
    assert len(o.reasons) >= len(o.clauses) >= 1
    for clause in o.clauses:
        assert any(clause in r for r in o.reasons), clause
    # an inconsistent set is never silently accepted
    contradictory = ((f.improper_operation and f.contractor_at_fault)
                     or (f.in_work_in_progress and f.improper_operation)
                     or (f.whole_lot_affected and not f.hidden_defect))
    assert o.consistent == (not contradictory)
    assert o.suspension_ground == (f.in_work_in_progress and not f.improper_operation)


def test_warranty_period_ends_the_day_before_the_anniversary() -> None:
    start = dt.date(2026, 1, 31)
    assert warranty_ends(start, 1) == dt.date(2026, 2, 27)
    assert warranty_ends(dt.date(2026, 3, 10), 12) == dt.date(2027, 3, 9)
    assert within_warranty(dt.date(2027, 3, 9), dt.date(2026, 3, 10), 12)
    assert not within_warranty(dt.date(2027, 3, 10), dt.date(2026, 3, 10), 12)
    assert not within_warranty(dt.date(2026, 3, 9), dt.date(2026, 3, 10), 12)


def test_penalty_period_runs_from_notification_to_remedy_and_shows_overdue() -> None:
    p = penalty_period(dt.date(2026, 5, 1), dt.date(2026, 5, 31), dt.date(2026, 9, 1), 20)
    assert (p.days, p.running, p.overdue_days, p.overdue) == (30, False, 10, True)
    q = penalty_period(dt.date(2026, 5, 1), None, dt.date(2026, 5, 11), 20)
    assert (q.days, q.running, q.overdue) == (10, True, False)
    r = penalty_period(dt.date(2026, 5, 1), None, dt.date(2026, 8, 1), None)
    assert r.days == 92 and not r.overdue
