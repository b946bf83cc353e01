"""The terms a state defense order contract must contain (Article 22.4 of the Law), and the
checklist of a draft contract against them (the office's duty under Article 27.3.1).

Article 22.4, as published: "A state defense order contract shall specify the subject matter of
the contract, the contract validity period and (or) deadlines for separate phases of the
contract, the contract value and advance payment, if any, quality control conditions, acceptance
conditions, place and dates of delivery (performance, rendering), the amount of a forfeit (fine,
penalty), the grounds for cancellation or termination of the contract, the liability of the
parties and other conditions not contrary to the legislation of the Republic of Kazakhstan."

The paragraph has no numbered sub-items; the terms are numbered here in the order the law names
them: 22.4(1) … 22.4(10). The closing words ("and other conditions not contrary to the
legislation") permit further terms but require none, so they are not on the checklist.

Pure functions: no database, no Qt. The service builds :class:`ContractFacts` from the stored
contract; a term is *present*, *missing*, *not applicable* (only a term the law qualifies with
"if any") or *not checked* (nothing derivable and no reviewer mark).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from milrep.i18n import translate


class TermStatus(enum.StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"  # only for a term the law requires "if any"
    NOT_CHECKED = "not_checked"  # never stored: nothing derivable and no reviewer mark yet


@dataclass(frozen=True)
class ContractFacts:
    """What the contract record says about each term (text fields stripped; empty = not stated)."""

    subject: str = ""
    valid_from_set: bool = False
    valid_until_set: bool = False
    stages: int = 0  # separate phases with their own deadlines
    value: Decimal = Decimal(0)
    advance: Decimal = Decimal(0)
    quality_control_terms: str = ""
    acceptance_terms: str = ""
    delivery_place: str = ""
    delivery_terms: str = ""
    penalty_terms: str = ""
    termination_grounds: str = ""
    liability_terms: str = ""


@dataclass(frozen=True)
class ContractTerm:
    code: str  # stable key, stored with reviewer marks
    clause: str  # "22.4(1)"
    _law_text: Callable[[], str]  # the words of the law, translated when asked
    derive: Callable[[ContractFacts], bool | None]  # True present, None: the reviewer decides
    conditional: bool = False  # "if any": may be not applicable

    def law_text(self) -> str:
        return self._law_text()


def _text(value: str) -> bool:
    return bool(value.strip())


def _advance(f: ContractFacts) -> bool | None:
    # "advance payment, if any": an advance in the record is present; without one the reviewer
    # says whether the draft provides none (not applicable) or forgets the term (missing)
    return True if f.advance > 0 else None


TERMS: tuple[ContractTerm, ...] = (
    ContractTerm("subject", "22.4(1)",
                 lambda: translate("milrep", "the subject matter of the contract"),
                 lambda f: _text(f.subject)),
    ContractTerm("validity", "22.4(2)",
                 lambda: translate("milrep", "the contract validity period and (or) deadlines "
                                             "for separate phases of the contract"),
                 lambda f: (f.valid_from_set and f.valid_until_set) or f.stages > 0),
    ContractTerm("value", "22.4(3)", lambda: translate("milrep", "the contract value"),
                 lambda f: f.value > 0),
    ContractTerm("advance", "22.4(4)", lambda: translate("milrep", "advance payment, if any"),
                 _advance, conditional=True),
    ContractTerm("quality_control", "22.4(5)",
                 lambda: translate("milrep", "quality control conditions"),
                 lambda f: _text(f.quality_control_terms)),
    ContractTerm("acceptance", "22.4(6)", lambda: translate("milrep", "acceptance conditions"),
                 lambda f: _text(f.acceptance_terms)),
    ContractTerm("delivery", "22.4(7)",
                 lambda: translate("milrep", "place and dates of delivery (performance, "
                                             "rendering)"),
                 lambda f: _text(f.delivery_place) and _text(f.delivery_terms)),
    ContractTerm("penalty", "22.4(8)",
                 lambda: translate("milrep", "the amount of a forfeit (fine, penalty)"),
                 lambda f: _text(f.penalty_terms)),
    ContractTerm("termination", "22.4(9)",
                 lambda: translate("milrep", "the grounds for cancellation or termination of "
                                             "the contract"),
                 lambda f: _text(f.termination_grounds)),
    ContractTerm("liability", "22.4(10)", lambda: translate("milrep", "the liability of the "
                                                                      "parties"),
                 lambda f: _text(f.liability_terms)),
)
TERM_CODES: tuple[str, ...] = tuple(t.code for t in TERMS)
_BY_CODE = {t.code: t for t in TERMS}


def term(code: str) -> ContractTerm:
    """The term with this code; KeyError for an unknown one."""
    return _BY_CODE[code]


@dataclass(frozen=True)
class ReviewerMark:
    """What the reviewer found in the draft's text: the status, the draft's clause, a remark."""

    status: TermStatus
    clause_ref: str = ""
    remark: str = ""


@dataclass(frozen=True)
class TermCheck:
    term: ContractTerm
    status: TermStatus
    derived: bool  # True: from the contract's fields; False: the reviewer's mark (or unchecked)
    clause_ref: str = ""
    remark: str = ""


def checklist(facts: ContractFacts, marks: Mapping[str, ReviewerMark] | None = None
              ) -> tuple[TermCheck, ...]:
    """Every Article 22.4 term in the law's order.

    A reviewer's mark wins over what the fields say (the field may hold text the draft does not
    have, or the draft may state the term in an annex the record does not); without a mark the
    term is present when the fields state it, else missing, except a term the fields cannot
    settle (an advance "if any" when the record has none), which stays not checked."""
    marks = marks or {}
    out = []
    for t in TERMS:
        mark = marks.get(t.code)
        if mark is not None:
            out.append(TermCheck(t, mark.status, False, mark.clause_ref, mark.remark))
            continue
        derived = t.derive(facts)
        if derived is None:
            out.append(TermCheck(t, TermStatus.NOT_CHECKED, False))
        else:
            out.append(TermCheck(t, TermStatus.PRESENT if derived else TermStatus.MISSING, True))
    return tuple(out)


def missing(checks: tuple[TermCheck, ...]) -> tuple[TermCheck, ...]:
    return tuple(c for c in checks if c.status is TermStatus.MISSING)


def unchecked(checks: tuple[TermCheck, ...]) -> tuple[TermCheck, ...]:
    return tuple(c for c in checks if c.status is TermStatus.NOT_CHECKED)


class Verdict(enum.StrEnum):
    """The office's conclusion on the draft, derived from the checklist and the remarks."""

    AGREED = "agreed"
    AGREED_WITH_REMARKS = "agreed_with_remarks"
    NOT_AGREED = "not_agreed"  # a term Article 22.4 requires is missing


def verdict(checks: tuple[TermCheck, ...], *, has_remarks: bool) -> Verdict:
    if missing(checks):
        return Verdict.NOT_AGREED
    return Verdict.AGREED_WITH_REMARKS if has_remarks else Verdict.AGREED


def status_label(status: TermStatus) -> str:
    return {
        TermStatus.PRESENT: translate("milrep", "Present"),
        TermStatus.MISSING: translate("milrep", "Missing"),
        TermStatus.NOT_APPLICABLE: translate("milrep", "Not applicable"),
        TermStatus.NOT_CHECKED: translate("milrep", "Not checked"),
    }[status]


def verdict_label(v: Verdict) -> str:
    return {
        Verdict.AGREED: translate("milrep", "The draft contract is agreed"),
        Verdict.AGREED_WITH_REMARKS: translate("milrep", "The draft contract is agreed subject "
                                                         "to the remarks"),
        Verdict.NOT_AGREED: translate("milrep", "The draft contract is not agreed: terms "
                                                "required by paragraph 4 of Article 22 of the "
                                                "Law are missing"),
    }[v]
