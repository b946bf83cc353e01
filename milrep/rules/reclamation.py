"""What Article 29 makes of a joint commission's findings, the warranty period and the penalty
period of a reclamation. Pure functions, no storage.

Article 29, clause by clause, as this module applies it:

- 29.1 — only defects found *within the established warranty period* are reclamations
  (:func:`warranty_ends`, :func:`within_warranty`); the goods are decommissioned and stored so
  that they are not damaged further until the causes are established.
- 29.2 — a joint commission of the recipient, the contractor and the military representatives
  establishes the causes (the service checks its composition).
- 29.3 — *if the contractor is found at fault*, the goods **may** be returned for full
  replacement when operation established that (1) they or their parts are counterfeit, (2) they
  were not produced by the contractor itself although the contract, the TTZ/TU, the design
  documentation or the selection from the register required it, (3) the defect cannot be repaired.
- 29.4 — an irreparable defect, the contractor's fault, *hidden* (only a factory can find it),
  with grounds to believe every item supplied under the contract has it: the whole line **shall**
  be returned.
- 29.5 — the contractor may withdraw goods on its own initiative to replace them; the replacement
  time counts in the penalties.
- 29.6 — a contractor at fault owes penalties from the day it received the notification until
  the remedy is complete (the amount is the standard contract's; the term is the contract's).
- 29.7 — the contractor is not at fault when the commission establishes a causal link between
  improper operation and the failure.

Article 27.4.8: defects found in service that are also present in work in progress are a ground to
suspend acceptance and shipment (:attr:`Outcome.suspension_ground`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from milrep.i18n import translate
from milrep.models.reclamations import Remedy


@dataclass(frozen=True)
class Findings:
    """The joint commission's findings, as ticked on the form."""

    contractor_at_fault: bool
    improper_operation: bool = False  # 29.7
    counterfeit: bool = False  # 29.3.1
    not_own_production: bool = False  # 29.3.2
    own_production_required: bool = False  # 29.3.2: required by contract, TTZ, docs or register
    irreparable: bool = False  # 29.3.3
    hidden_defect: bool = False  # 29.4: can only be found at a factory
    whole_lot_affected: bool = False  # 29.4: grounds to believe all goods supplied have it
    in_work_in_progress: bool = False  # 27.4.8: the same defect in goods in production


@dataclass(frozen=True)
class Outcome:
    """What the law gives the findings.

    ``problems`` non-empty: the findings contradict each other or the law and cannot be
    recorded. ``reasons``: one line per clause that applies (each names it), for the form and
    the act.
    """

    at_fault: bool
    penalties: bool  # 29.6
    return_grounds: tuple[str, ...]  # the 29.3 sub-clauses that apply ("29.3.1" …)
    whole_lot_return: bool  # 29.4
    remedies: tuple[Remedy, ...]  # the remedies allowed, in the order offered
    suspension_ground: bool  # 27.4.8
    clauses: tuple[str, ...]
    reasons: tuple[str, ...]
    problems: tuple[str, ...]

    @property
    def consistent(self) -> bool:
        return not self.problems

    @property
    def remedy_needed(self) -> bool:
        return bool(self.remedies)


def evaluate(f: Findings, *, goods: bool = True) -> Outcome:
    """The outcome Article 29 gives ``f`` (see the module's clause list).

    ``goods`` False: a military work or service. Articles 29.3–29.5 return, replace or withdraw
    *goods*; a work or service the contractor is at fault for is remedied by doing it again
    (repair), with the penalties of 29.6.
    """
    problems: list[str] = []
    reasons: list[str] = []
    clauses: list[str] = []

    def cite(clause: str, text: str) -> None:
        clauses.append(clause)
        reasons.append(text)

    if f.improper_operation and f.contractor_at_fault:
        problems.append(translate(
            "milrep", "Article 29.7: the contractor is not at fault when the commission "
            "establishes that improper operation caused the failure. Untick either \"improper "
            "operation\" or \"contractor at fault\"."))
    if f.in_work_in_progress and f.improper_operation:
        problems.append(translate(
            "milrep", "Article 27.4.8: a failure caused by improper operation is not a defect "
            "of the goods, so goods in production cannot have the same defect."))
    if f.whole_lot_affected and not f.hidden_defect:
        problems.append(translate(
            "milrep", "Article 29.4: \"all goods supplied have the same defect\" is a finding "
            "about a hidden defect; tick \"hidden defect\" too, or untick it."))
    at_fault = f.contractor_at_fault and not f.improper_operation
    grounds: list[str] = []
    whole = False
    if not at_fault:
        if f.improper_operation:
            cite("29.7", translate(
                "milrep", "Article 29.7: improper operation caused the failure — the "
                "contractor is not at fault: no replacement and no penalties."))
        else:
            cite("29.6", translate(
                "milrep", "The contractor is not found at fault: Articles 29.3–29.6 do not "
                "apply — no replacement at the contractor's expense and no penalties."))
        if f.counterfeit or f.not_own_production or f.irreparable:
            cite("29.3", translate(
                "milrep", "Article 29.3: counterfeit, production by others and irreparable "
                "defects lead to a return only when the contractor is found at fault."))
        remedies: tuple[Remedy, ...] = ()
    elif not goods:
        if f.counterfeit or f.not_own_production or f.irreparable or f.hidden_defect:
            cite("29.3", translate(
                "milrep", "Articles 29.3–29.5 return or replace goods: for a work or service "
                "these findings lead to no return; the contractor redoes it."))
        cite("29.6", translate(
            "milrep", "Article 29.6: the contractor is at fault — penalties run from the day "
            "it received the notification until the remedy is complete."))
        remedies = (Remedy.REPAIR,)
    else:
        if f.counterfeit:
            grounds.append("29.3.1")
            cite("29.3.1", translate(
                "milrep", "Article 29.3.1: the goods or their parts are counterfeit — they may "
                "be returned to the contractor for full replacement."))
        if f.not_own_production:
            if f.own_production_required:
                grounds.append("29.3.2")
                cite("29.3.2", translate(
                    "milrep", "Article 29.3.2: not produced by the contractor itself although "
                    "that was required — the goods may be returned for full replacement."))
            else:
                cite("29.3.2", translate(
                    "milrep", "Article 29.3.2 applies only when the contract, the TTZ/TU, the "
                    "design documentation or the selection from the register required "
                    "production by the contractor itself: production by others is no ground "
                    "for a return here."))
        if f.irreparable:
            grounds.append("29.3.3")
            cite("29.3.3", translate(
                "milrep", "Article 29.3.3: the defect cannot be repaired — the goods may be "
                "returned for full replacement."))
        whole = f.irreparable and f.hidden_defect and f.whole_lot_affected
        if whole:
            cite("29.4", translate(
                "milrep", "Article 29.4: an irreparable hidden defect, the contractor's fault, "
                "expected in all goods supplied under the contract — the whole lot shall be "
                "returned."))
        elif f.hidden_defect and f.whole_lot_affected:
            cite("29.4", translate(
                "milrep", "Article 29.4 returns the whole lot only for a defect that cannot be "
                "repaired: this hidden defect is repairable, so each item is remedied."))
        cite("29.6", translate(
            "milrep", "Article 29.6: the contractor is at fault — penalties run from the day "
            "it received the notification until the remedy is complete."))
        if whole:
            remedies = (Remedy.WHOLE_LOT_RETURN,)
        elif grounds:
            remedies = (Remedy.RETURN, Remedy.REPLACEMENT) + (
                () if f.irreparable else (Remedy.REPAIR,))
        else:
            remedies = (Remedy.REPAIR, Remedy.REPLACEMENT)
        if Remedy.REPLACEMENT in remedies:
            cite("29.5", translate(
                "milrep", "Article 29.5: the contractor may instead withdraw and replace the "
                "goods on its own initiative; the replacement time counts in the penalties."))
    if f.in_work_in_progress and not goods:
        problems.append(translate(
            "milrep", "Article 27.4.9 does not list defects found in service as a ground to "
            "suspend a work or service."))
    suspension = f.in_work_in_progress and not f.improper_operation and goods
    if suspension:
        cite("27.4.8", translate(
            "milrep", "Article 27.4.8: the same defect is in goods in production — a ground to "
            "suspend their acceptance and shipment."))
    return Outcome(at_fault=at_fault, penalties=at_fault, return_grounds=tuple(grounds),
                   whole_lot_return=whole, remedies=remedies, suspension_ground=suspension,
                   clauses=tuple(dict.fromkeys(clauses)), reasons=tuple(reasons),
                   problems=tuple(problems))


def remedy_clause(remedy: Remedy) -> str:
    return {Remedy.REPAIR: "29.6", Remedy.REPLACEMENT: "29.5", Remedy.RETURN: "29.3",
            Remedy.WHOLE_LOT_RETURN: "29.4"}[remedy]


# --- warranty (29.1) ------------------------------------------------------------------------

def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` plus whole months, clamped to the last day of a shorter month."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def warranty_ends(start: dt.date, months: int) -> dt.date:
    """The last day of a warranty of ``months`` starting on ``start``."""
    return add_months(start, months) - dt.timedelta(days=1)


def within_warranty(found_on: dt.date, start: dt.date, months: int) -> bool:
    return start <= found_on <= warranty_ends(start, months)


# --- penalty period (29.6) ------------------------------------------------------------------

@dataclass(frozen=True)
class PenaltyPeriod:
    days: int  # from notification to completion of the remedy (or to ``today`` while open)
    running: bool  # the remedy is not complete yet
    term_days: int | None  # the contract's term, if entered
    overdue_days: int  # days beyond the term (0 when within it or no term)

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def penalty_period(notified_on: dt.date, completed_on: dt.date | None, today: dt.date,
                   term_days: int | None) -> PenaltyPeriod:
    """Days from the notification's receipt to the remedy's completion (29.6).

    The day of receipt counts as day 0, the way a term "within N days of receipt" is read.
    """
    end = completed_on if completed_on is not None else today
    days = max(0, (end - notified_on).days)
    over = max(0, days - term_days) if term_days is not None else 0
    return PenaltyPeriod(days=days, running=completed_on is None, term_days=term_days,
                         overdue_days=over)
