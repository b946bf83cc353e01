"""ISO 2859-1:1999 switching rules (clause 9): normal ⇄ tightened ⇄ reduced, the switching score,
discontinuation and resumption, and a plain re-statement of the rules checked on any sequence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.errors import RuleViolation, ValidationError
from milrep.rules import sampling as s
from milrep.rules import switching as sw
from milrep.rules.sampling import Severity
from milrep.rules.switching import SwitchingState, SwitchReason


NORMAL_PLAN = s.plan(2000, "II", "1.0")             # K 125, Ac 3 (tighter AQL 0.65: Ac 2)
NORMAL_AC0 = s.plan(2000, "II", "0.10")             # K 125, Ac 0
TIGHT_PLAN = s.plan(2000, "II", "1.0", "tightened")
REDUCED_PLAN = s.plan(2000, "II", "1.0", "reduced")
PLANS = {Severity.NORMAL: NORMAL_PLAN, Severity.TIGHTENED: TIGHT_PLAN, Severity.REDUCED: REDUCED_PLAN}


def run(results: str, state: SwitchingState | None = None, **kw: bool) -> SwitchingState:
    """Feed a string of A (accepted) / R (not accepted) lots, each on the plan of the current severity."""
    state = state or SwitchingState()
    for r in results:
        plan = PLANS[state.severity]
        nonconforming = 0 if r == "A" else plan.re
        state = sw.next_state(state, r == "A", plan=plan, nonconforming=nonconforming, **kw)
    return state


def test_normal_to_tightened_on_two_not_accepted_within_five() -> None:
    assert run("RAAAR").severity is Severity.TIGHTENED
    assert run("RAAAR").reason is SwitchReason.TWO_NOT_ACCEPTED_IN_FIVE
    assert run("RR").severity is Severity.TIGHTENED
    assert run("RAAAAR").severity is Severity.NORMAL  # 6 lots apart: not within 5
    assert run("RAAAAR").reason is None


def test_tightened_back_to_normal_after_five_accepted() -> None:
    tight = run("RR")
    assert run("AAAA", tight).severity is Severity.TIGHTENED
    back = run("AAAAA", tight)
    assert back.severity is Severity.NORMAL and back.reason is SwitchReason.FIVE_ACCEPTED_ON_TIGHTENED
    assert back.switching_score == 0 and back.recent_normal == ()
    assert run("AAAARAAAAA", tight).severity is Severity.NORMAL
    assert run("AAAARAAAA", tight).severity is Severity.TIGHTENED


def test_discontinued_after_five_not_accepted_on_tightened() -> None:
    tight = run("RR")
    state = run("RARARARA", tight)  # 4 not accepted, never 5 accepted in a row
    assert state.severity is Severity.TIGHTENED and not state.discontinued
    state = run("R", state)
    assert state.discontinued and state.reason is SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED
    with pytest.raises(RuleViolation, match="discontinued"):
        run("A", state)
    resumed = sw.resume_inspection(state)
    assert resumed.severity is Severity.TIGHTENED and not resumed.discontinued
    assert resumed.reason is SwitchReason.RESUMED_ON_TIGHTENED
    with pytest.raises(ValidationError):
        sw.resume_inspection(resumed)


def test_switching_score_ac_two_or_more() -> None:
    state = SwitchingState()
    for expected in (3, 6, 9):
        state = sw.next_state(state, True, plan=NORMAL_PLAN, nonconforming=2)  # ≤ tighter Ac 2: +3
        assert state.switching_score == expected
    state = sw.next_state(state, True, plan=NORMAL_PLAN, nonconforming=3)  # accepted, but not at 0.65
    assert state.switching_score == 0 and state.severity is Severity.NORMAL
    with pytest.raises(ValidationError, match="switching score"):
        sw.next_state(state, True, plan=NORMAL_PLAN)


def test_switching_score_ac_zero_or_one() -> None:
    state = SwitchingState()
    for _ in range(5):
        state = sw.next_state(state, True, plan=NORMAL_AC0)
    assert state.switching_score == 10
    state = sw.next_state(state, False, plan=NORMAL_AC0)
    assert state.switching_score == 0


def test_normal_to_reduced_needs_score_steady_production_and_approval() -> None:
    state = SwitchingState()
    for _ in range(9):  # 9 × 3 = 27
        state = sw.next_state(state, True, plan=NORMAL_PLAN, nonconforming=0, reduced_approved=True)
    assert state.severity is Severity.NORMAL and state.switching_score == 27
    assert sw.next_state(state, True, plan=NORMAL_PLAN, nonconforming=0).severity is Severity.NORMAL
    not_steady = sw.next_state(state, True, plan=NORMAL_PLAN, nonconforming=0, reduced_approved=True,
                              production_steady=False)
    assert not_steady.severity is Severity.NORMAL and not_steady.switching_score == 30
    reduced = sw.next_state(state, True, plan=NORMAL_PLAN, nonconforming=0, reduced_approved=True)
    assert reduced.severity is Severity.REDUCED and reduced.reason is SwitchReason.SWITCHING_SCORE
    # 15 lots with Ac 0 accepted: 15 × 2 = 30
    state = SwitchingState()
    for _ in range(15):
        state = sw.next_state(state, True, plan=NORMAL_AC0, reduced_approved=True)
    assert state.severity is Severity.REDUCED


def test_reduced_back_to_normal() -> None:
    reduced = SwitchingState(severity=Severity.REDUCED)
    assert sw.next_state(reduced, True, plan=REDUCED_PLAN, nonconforming=1).severity is Severity.REDUCED
    cases: list[tuple[dict[str, int | bool], SwitchReason]] = [
        ({"nonconforming": 4}, SwitchReason.NOT_ACCEPTED_ON_REDUCED),
        ({"nonconforming": 2}, SwitchReason.BETWEEN_AC_AND_RE_ON_REDUCED),
        ({"production_irregular": True}, SwitchReason.PRODUCTION_IRREGULAR),
        ({"other_conditions": True}, SwitchReason.OTHER_CONDITIONS),
    ]
    for kwargs, reason in cases:
        accepted = kwargs.get("nonconforming") != 4
        state = sw.next_state(reduced, accepted, plan=REDUCED_PLAN, **kwargs)  # type: ignore[arg-type]
        assert (state.severity, state.reason) == (Severity.NORMAL, reason)
        assert state.switching_score == 0
        assert sw.describe_reason(reason)


def test_next_state_refuses_inconsistent_input() -> None:
    with pytest.raises(ValidationError, match="tightened"):
        sw.next_state(SwitchingState(), True, plan=TIGHT_PLAN, nonconforming=0)
    with pytest.raises(ValidationError, match="do not match"):
        sw.next_state(SwitchingState(), True, plan=NORMAL_PLAN, nonconforming=4)


def model(results: list[bool]) -> list[tuple[Severity, bool]]:
    """An independent, plain re-statement of the rules for Ac 0 plans (no reduced: not approved)."""
    out: list[tuple[Severity, bool]] = []
    history: list[bool] = []
    sev, run_ok, bad_on_tight, stopped = Severity.NORMAL, 0, 0, False
    for ok in results:
        if stopped:
            break
        if sev is Severity.NORMAL:
            history = (history + [ok])[-5:]
            if history.count(False) >= 2:
                sev, run_ok, bad_on_tight = Severity.TIGHTENED, 0, 0
        else:
            run_ok = run_ok + 1 if ok else 0
            bad_on_tight += 0 if ok else 1
            if bad_on_tight >= 5:
                stopped = True
            elif run_ok >= 5:
                sev, history = Severity.NORMAL, []
        out.append((sev, stopped))
    return out


@settings(max_examples=300)
@given(st.lists(st.booleans(), max_size=60))
def test_switching_matches_the_rules_for_any_sequence(results: list[bool]) -> None:
    plans = {Severity.NORMAL: NORMAL_AC0, Severity.TIGHTENED: s.plan(2000, "II", "0.10", "tightened")}
    state = SwitchingState()
    for ok, (sev, stopped) in zip(results, model(results)):
        state = sw.next_state(state, ok, plan=plans[state.severity])
        assert (state.severity, state.discontinued) == (sev, stopped)
        assert len(state.recent_normal) <= 4
        assert state.switching_score % 2 == 0 and state.switching_score >= 0
        assert state.severity is not Severity.REDUCED
        if stopped:
            break
