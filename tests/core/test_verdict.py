"""milrep.rules.verdict: the verdict of an inspection from requirements, results, plan and set."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.models.acceptance import Verdict
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.rules.verdict import (ClassPlan, CompletenessFacts, PlanFacts, RequirementFacts,
                                  ResultFacts, conforms, evaluate, parse_answers)

V, A = CharacteristicKind.VARIABLE, CharacteristicKind.ATTRIBUTE


def req(name: str, severity: Severity = Severity.MAJOR, kind: CharacteristicKind = V,
        lo: str | None = "-1.5", hi: str | None = "1.5", answers: tuple[str, ...] = ()
        ) -> RequirementFacts:
    return RequirementFacts(id=uuid.uuid4(), name=name, kind=kind, severity=severity,
                            lower_limit=Decimal(lo) if lo else None,
                            upper_limit=Decimal(hi) if hi else None, allowed_answers=answers,
                            unit="ppm", characteristic_id=uuid.uuid4())


def all_plan(q: int) -> PlanFacts:
    return PlanFacts(quantity=q, classes={s: ClassPlan(q) for s in Severity})


def sample_plan(q: int, n: int, ac: int = 0, re: int = 1) -> PlanFacts:
    return PlanFacts(quantity=q, classes={s: ClassPlan(n, ac, re) for s in Severity})


def results(r: RequirementFacts, n: int, bad: frozenset[int] | set[int] = frozenset()
            ) -> list[ResultFacts]:
    return [ResultFacts(r.id, k, conforms=k not in bad, serial=f"04{k + 4:02d}") for k in
            range(1, n + 1)]


# --- conformity -----------------------------------------------------------------------------

def test_limits_are_inclusive() -> None:
    r = req("Frequency stability")
    assert conforms(r, value=Decimal("1.5")) and conforms(r, value=Decimal("-1.5"))
    assert not conforms(r, value=Decimal("1.51")) and not conforms(r, value=Decimal("-1.500001"))
    assert not conforms(r, value=None) and not conforms(r, value=Decimal("NaN"))
    assert conforms(req("Power", lo="36", hi=None), value=Decimal("1000"))


def test_answers() -> None:
    assert conforms(req("Visual", kind=A), answer=" Pass ")
    assert not conforms(req("Visual", kind=A), answer="fail")
    listed = req("Seals", kind=A, answers=parse_answers("intact\n restored by OTK \n\n"))
    assert listed.allowed_answers == ("intact", "restored by OTK")
    assert conforms(listed, answer="Restored by OTK")
    assert not conforms(listed, answer="broken")


# --- the rules --------------------------------------------------------------------------------

def test_all_conform_accept() -> None:
    r = req("Power")
    v = evaluate([r], results(r, 10), all_plan(10))
    assert v.verdict is Verdict.ACCEPT and v.defects == () and v.missing == 0
    assert v.reason == "Every result conforms (10 units inspected)."


def test_missing_results_no_verdict() -> None:
    r = req("Power")
    v = evaluate([r], results(r, 7), all_plan(10),
                 [CompletenessFacts("Headset", 1, None, "pcs")])
    assert v.verdict is None and v.missing == 4
    assert v.reason == "No verdict yet. Results missing: 4."


def test_critical_returns_even_with_results_missing_and_on_100_percent() -> None:
    crit, major = req("Seals", Severity.CRITICAL), req("Power")
    res = results(crit, 3, bad={2}) + results(major, 1)
    v = evaluate([crit, major], res, all_plan(10))
    assert v.verdict is Verdict.RETURN and v.missing > 0
    assert v.reason == ("Critical nonconformity (Seals) on unit 0406: zero tolerance, the lot is "
                        "returned.")
    assert v.failed_characteristics == (crit.characteristic_id,)


def test_incomplete_set_returns() -> None:
    r = req("Power")
    v = evaluate([r], results(r, 5), sample_plan(10, 5),
                 [CompletenessFacts("Battery", 2, 1, "pcs"), CompletenessFacts("Headset", 1, 1)])
    assert v.verdict is Verdict.RETURN
    assert v.reason == "The set is incomplete: Battery 1/2 pcs."
    assert [(d.name, d.expected, d.found) for d in v.defects] == [("Battery", 2, 1)]


def test_sample_rejection_number() -> None:
    r = req("Frequency stability")
    v = evaluate([r], results(r, 2, bad={1}), sample_plan(10, 5, 0, 1))
    assert v.verdict is Verdict.RETURN  # decided although three results are still missing
    assert v.reason == ("Units with major nonconformities: 1 of 5 inspected, which reaches the "
                        "rejection number 1.")
    d = v.defects[0]
    assert (d.sample_no, d.serial, d.lower_limit, d.upper_limit) == (1, "0405", Decimal("-1.5"),
                                                                     Decimal("1.5"))


def test_sample_within_acceptance_numbers_accepts_and_lists_defects() -> None:
    r = req("Power")
    # reduced-table plan 1/3: two nonconforming units still accept the lot
    v = evaluate([r], results(r, 8, bad={3, 5}), sample_plan(100, 8, 1, 3))
    assert v.verdict is Verdict.ACCEPT and len(v.defects) == 2
    assert v.rejected_serials == ("0407", "0409")


def test_100_percent_partial_and_all_bad() -> None:
    r = req("Power")
    v = evaluate([r], results(r, 10, bad={8}), all_plan(10))
    assert v.verdict is Verdict.PARTIAL and v.rejected_serials == ("0412",)
    assert v.reason == ("1 of 10 units have nonconformities (0412): accept the other 9, reject "
                        "these.")
    v = evaluate([r], results(r, 3, bad={1, 2, 3}), all_plan(3))
    assert v.verdict is Verdict.RETURN and v.reason == "Every unit inspected has a nonconformity."


def test_unit_counted_in_its_most_serious_class() -> None:
    major, minor = req("Power"), req("Visual", Severity.MINOR, A)
    res = results(major, 5, bad={1}) + [ResultFacts(minor.id, k, conforms=k != 1, answer="x")
                                        for k in range(1, 6)]
    plan = PlanFacts(quantity=50, classes={Severity.CRITICAL: ClassPlan(5, 0, 1),
                                           Severity.MAJOR: ClassPlan(5, 1, 2),
                                           Severity.MINOR: ClassPlan(5, 0, 1)})
    v = evaluate([major, minor], res, plan)
    assert v.counts[Severity.MAJOR] == 1 and v.counts[Severity.MINOR] == 0
    assert v.verdict is Verdict.ACCEPT


def test_class_sample_sizes_differ() -> None:
    major, minor = req("Power"), req("Visual", Severity.MINOR, A)
    plan = PlanFacts(quantity=100, classes={Severity.CRITICAL: ClassPlan(13, 0, 1),
                                            Severity.MAJOR: ClassPlan(13, 0, 1),
                                            Severity.MINOR: ClassPlan(5, 0, 1)})
    res = results(major, 13) + [ResultFacts(minor.id, k, True, answer="pass") for k in range(1, 6)]
    assert evaluate([major, minor], res, plan).verdict is Verdict.ACCEPT
    # results beyond a class's sample are not part of the plan
    extra = res + [ResultFacts(minor.id, 9, False, answer="fail")]
    assert evaluate([major, minor], extra, plan).verdict is Verdict.ACCEPT


# --- properties over random measurement sets ------------------------------------------------------

Case = tuple[list[RequirementFacts], list[ResultFacts], PlanFacts, list[CompletenessFacts]]


@st.composite
def cases(draw: st.DrawFn) -> Case:
    q = draw(st.integers(1, 12))
    reqs = [req(f"c{i}", draw(st.sampled_from(list(Severity))))
            for i in range(draw(st.integers(1, 4)))]
    if draw(st.booleans()):
        plan = all_plan(q)
    else:
        n = draw(st.integers(1, q))
        ac = draw(st.integers(0, 2))
        plan = PlanFacts(quantity=q, classes={
            s: ClassPlan(draw(st.integers(1, n)) if s is Severity.MINOR else n, ac,
                         ac + draw(st.integers(1, 2))) for s in Severity})
    res = []
    for r in reqs:
        for k in range(1, plan.n_for(r.severity) + 1):
            if draw(st.integers(0, 9)) == 0:
                continue  # missing
            res.append(ResultFacts(r.id, k, conforms=draw(st.integers(0, 3)) > 0,
                                   serial=f"S{k}"))
    comp = [CompletenessFacts(f"part{i}", 2, draw(st.sampled_from([None, 0, 1, 2, 3])))
            for i in range(draw(st.integers(0, 2)))]
    return reqs, res, plan, comp


@settings(max_examples=300, deadline=None)
@given(cases(), st.randoms(use_true_random=False))
def test_verdict_rules_over_random_measurement_sets(case: Case, rnd: random.Random) -> None:
    reqs, res, plan, comp = case
    v = evaluate(reqs, res, plan, comp)
    sev = {r.id: r.severity for r in reqs}
    bad = [m for m in res if not m.conforms]
    critical = any(sev[m.requirement_id] is Severity.CRITICAL for m in bad)
    short = any(c.found is not None and c.found < c.expected for c in comp)
    if critical or short:
        assert v.verdict is Verdict.RETURN
    if v.verdict in (Verdict.ACCEPT, Verdict.PARTIAL):
        assert not critical and not short and v.missing == 0
        for s, cp in plan.classes.items():
            assert cp.re is None or v.counts[s] < cp.re
    if v.verdict is None:
        assert v.missing > 0 and not critical and not short
        assert v.reason.endswith(f"Results missing: {v.missing}.")
    if v.verdict is Verdict.PARTIAL:
        assert plan.inspect_all and 0 < len(v.nonconforming_samples) < plan.quantity
    if v.verdict is Verdict.ACCEPT and plan.inspect_all:
        assert not bad
    assert sorted(v.nonconforming_samples) == sorted({m.sample_no for m in bad})
    assert len(v.defects) == len(bad) + sum(1 for c in comp if c.found is not None
                                            and c.found < c.expected)
    expected_missing = sum(plan.n_for(r.severity) for r in reqs) - len(res) + sum(
        1 for c in comp if c.found is None)
    assert v.missing == expected_missing
    shuffled = list(res)
    rnd.shuffle(shuffled)
    assert evaluate(reqs, shuffled, plan, comp) == v  # the order of entry does not matter
