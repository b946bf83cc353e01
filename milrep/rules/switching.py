"""ISO 2859-1:1999 switching rules (clause 9) as a small immutable state machine: normal /
tightened / reduced inspection of one control-list item, and discontinuation.

Pure and free of Qt and the database; the plans come from :mod:`milrep.rules.sampling`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final

from milrep.errors import RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.rules.sampling import (AQL_VALUES, AcRe, SamplingPlan, Severity, aql_index,
                                   lot_verdict, raw_cell)


class SwitchReason(StrEnum):
    """Why the severity changed with the last lot (``None`` on the state when it did not)."""

    TWO_NOT_ACCEPTED_IN_FIVE = "two-not-accepted-in-five"
    FIVE_ACCEPTED_ON_TIGHTENED = "five-accepted-on-tightened"
    SWITCHING_SCORE = "switching-score"
    NOT_ACCEPTED_ON_REDUCED = "not-accepted-on-reduced"
    BETWEEN_AC_AND_RE_ON_REDUCED = "between-ac-and-re-on-reduced"
    PRODUCTION_IRREGULAR = "production-irregular"
    OTHER_CONDITIONS = "other-conditions"
    FIVE_NOT_ACCEPTED_ON_TIGHTENED = "five-not-accepted-on-tightened"
    RESUMED_ON_TIGHTENED = "resumed-on-tightened"


def describe_reason(reason: SwitchReason) -> str:
    """The switching reason as a sentence in the user's language."""
    texts = {
        SwitchReason.TWO_NOT_ACCEPTED_IN_FIVE: translate(
            "milrep", "Tightened inspection: 2 of 5 or fewer consecutive lots were not accepted."),
        SwitchReason.FIVE_ACCEPTED_ON_TIGHTENED: translate(
            "milrep", "Normal inspection: 5 consecutive lots were accepted on tightened inspection."),
        SwitchReason.SWITCHING_SCORE: translate(
            "milrep", "Reduced inspection: switching score of 30 reached, production steady, "
                      "approved by the responsible authority."),
        SwitchReason.NOT_ACCEPTED_ON_REDUCED: translate(
            "milrep", "Normal inspection: a lot was not accepted on reduced inspection."),
        SwitchReason.BETWEEN_AC_AND_RE_ON_REDUCED: translate(
            "milrep", "Normal inspection: on reduced inspection the nonconforming count was above "
                      "the acceptance number."),
        SwitchReason.PRODUCTION_IRREGULAR: translate(
            "milrep", "Normal inspection: production became irregular or delayed."),
        SwitchReason.OTHER_CONDITIONS: translate(
            "milrep", "Normal inspection: other conditions warrant it."),
        SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED: translate(
            "milrep", "Inspection discontinued: 5 lots were not accepted on tightened inspection. "
                      "Resume on tightened inspection after the supplier's corrective action."),
        SwitchReason.RESUMED_ON_TIGHTENED: translate(
            "milrep", "Inspection resumed on tightened inspection after corrective action."),
    }
    return texts[reason]


#: Clause 9.3.3: reduced inspection may start once the switching score reaches this value.
SWITCHING_SCORE_LIMIT: Final = 30
#: Clause 9.3.1: tightened when this many of the last 5 (or fewer) lots are not accepted.
NOT_ACCEPTED_FOR_TIGHTENED: Final = 2
#: Clause 9.3.2: back to normal after this many consecutive accepted lots on tightened.
ACCEPTED_TO_LEAVE_TIGHTENED: Final = 5
#: Clause 9.4: discontinue when the not-accepted lots on tightened inspection add up to this.
NOT_ACCEPTED_TO_DISCONTINUE: Final = 5


@dataclass(frozen=True)
class SwitchingState:
    """The switching-rule state of one control-list item; immutable, advanced by :func:`next_state`.

    ``recent_normal`` holds the acceptance results of the last (up to 4) lots on normal inspection,
    oldest first; ``tightened_accepted_run`` counts consecutive accepted lots on tightened
    inspection and ``tightened_not_accepted`` all not-accepted ones since tightened began;
    ``reason`` says why the last lot changed the severity (``None`` when it did not)."""

    severity: Severity = Severity.NORMAL
    switching_score: int = 0
    recent_normal: tuple[bool, ...] = ()
    tightened_accepted_run: int = 0
    tightened_not_accepted: int = 0
    discontinued: bool = False
    reason: SwitchReason | None = None


def _enter(severity: Severity, reason: SwitchReason) -> SwitchingState:
    """A fresh state on ``severity`` (the switching score restarts at 0 with normal inspection)."""
    return SwitchingState(severity=severity, reason=reason)


def tighter_acceptance_number(plan: SamplingPlan) -> int:
    """Ac of the normal-table plan for the same code letter one AQL step tighter (clause 9.3.3 a).

    Only asked for plans with Ac ≥ 2, whose left neighbour on the same row is always a printed plan."""
    column = aql_index(plan.aql)
    cell = raw_cell(Severity.NORMAL, plan.code_letter, AQL_VALUES[column - 1]) if column else None
    if not isinstance(cell, AcRe):
        raise AssertionError(f"no tighter plan next to {plan.code_letter} AQL {plan.aql}")
    return cell.ac


def next_state(state: SwitchingState, lot_accepted: bool, *, plan: SamplingPlan,
               nonconforming: int | None = None, production_steady: bool = True,
               reduced_approved: bool = False, production_irregular: bool = False,
               other_conditions: bool = False) -> SwitchingState:
    """The state after one lot on *original* inspection (re-submitted lots do not count).

    ``plan`` is the plan the lot was inspected with (its severity must be the state's);
    ``nonconforming`` is required on normal inspection with Ac ≥ 2 (for the switching score) and,
    when given, must agree with ``lot_accepted``. ``production_steady`` and ``reduced_approved``
    (the responsible authority's consent) gate normal → reduced; ``production_irregular`` and
    ``other_conditions`` end reduced inspection."""
    if state.discontinued:
        raise RuleViolation(translate(
            "milrep", "Sampling inspection of this item is discontinued after 5 lots were not "
                      "accepted on tightened inspection; resume on tightened inspection once the "
                      "supplier's corrective action is accepted."))
    if plan.severity is not state.severity:
        raise ValidationError(translate(
            "milrep", "The lot was inspected with a {used} plan but the item is on {current} "
                      "inspection.").format(used=plan.severity.value, current=state.severity.value),
            field="plan")
    gap = False
    if nonconforming is not None:
        verdict = lot_verdict(plan, nonconforming)
        if verdict.accepted != lot_accepted:
            raise ValidationError(translate(
                "milrep", "{d} nonconforming items do not match the recorded decision on the lot.")
                .format(d=nonconforming), field="nonconforming")
        gap = verdict.reinstate_normal
    steady = replace(state, reason=None)

    if state.severity is Severity.NORMAL:
        window = (state.recent_normal + (lot_accepted,))[-5:]
        if window.count(False) >= NOT_ACCEPTED_FOR_TIGHTENED:
            return _enter(Severity.TIGHTENED, SwitchReason.TWO_NOT_ACCEPTED_IN_FIVE)
        if not lot_accepted:
            earned = None
        elif plan.ac >= 2:
            if nonconforming is None:
                raise ValidationError(translate(
                    "milrep", "The number of nonconforming items is needed to update the "
                              "switching score."), field="nonconforming")
            earned = 3 if nonconforming <= tighter_acceptance_number(plan) else None
        else:
            earned = 2
        score = 0 if earned is None else state.switching_score + earned
        if score >= SWITCHING_SCORE_LIMIT and production_steady and reduced_approved:
            return _enter(Severity.REDUCED, SwitchReason.SWITCHING_SCORE)
        return replace(steady, switching_score=score, recent_normal=window[-4:])

    if state.severity is Severity.TIGHTENED:
        if lot_accepted:
            run = state.tightened_accepted_run + 1
            if run >= ACCEPTED_TO_LEAVE_TIGHTENED:
                return _enter(Severity.NORMAL, SwitchReason.FIVE_ACCEPTED_ON_TIGHTENED)
            return replace(steady, tightened_accepted_run=run)
        not_accepted = state.tightened_not_accepted + 1
        if not_accepted >= NOT_ACCEPTED_TO_DISCONTINUE:
            return replace(steady, tightened_accepted_run=0, tightened_not_accepted=not_accepted,
                           discontinued=True, reason=SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED)
        return replace(steady, tightened_accepted_run=0, tightened_not_accepted=not_accepted)

    # reduced
    if not lot_accepted:
        return _enter(Severity.NORMAL, SwitchReason.NOT_ACCEPTED_ON_REDUCED)
    if gap:
        return _enter(Severity.NORMAL, SwitchReason.BETWEEN_AC_AND_RE_ON_REDUCED)
    if production_irregular:
        return _enter(Severity.NORMAL, SwitchReason.PRODUCTION_IRREGULAR)
    if other_conditions:
        return _enter(Severity.NORMAL, SwitchReason.OTHER_CONDITIONS)
    return steady


def resume_inspection(state: SwitchingState) -> SwitchingState:
    """After discontinuation and the supplier's accepted corrective action: tightened inspection."""
    if not state.discontinued:
        raise ValidationError(translate(
            "milrep", "Sampling inspection of this item is not discontinued."), field="state")
    return _enter(Severity.TIGHTENED, SwitchReason.RESUMED_ON_TIGHTENED)
