"""The verdict of an inspection from what was copied onto it and what was measured. Pure functions.

Inputs are plain frozen facts (no database): the requirements as copied at opening, the results,
the sampling plan resolved at opening and the completeness lines. The output is the verdict (or
none yet), the reason in the user's language and the list of defects the return notice prints.

The rules, in the order they apply:

1. a **critical** nonconformity on any unit returns the lot (zero tolerance);
2. an **incomplete set** (a completeness line found short) returns the lot;
3. per class (major, minor) with a sampling criterion: the nonconforming units of that class in its
   sample reach the rejection number Re → return (already decided even if results are missing);
4. results still **missing** → no verdict yet;
5. nothing nonconforming → accept; on a **100 %** inspection some units nonconforming → partial
   acceptance (the conforming units accepted, the others rejected), every unit → return; on a
   sample within the acceptance numbers → accept (the defects stay listed).

A unit is counted in the most serious class it fails (ISO 2859-1 3.1.9–3.1.10: a "class B
nonconforming item" has B nonconformities and no class A one).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from milrep.i18n import translate
from milrep.models.acceptance import Verdict
from milrep.models.requirements import CharacteristicKind, Severity

#: The two answers of a pass/fail attribute (one without a list of allowed answers).
PASS = "pass"
FAIL = "fail"

SEVERITY_ORDER: tuple[Severity, ...] = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)


@dataclass(frozen=True)
class RequirementFacts:
    """A characteristic as copied onto the inspection."""

    id: uuid.UUID
    name: str
    kind: CharacteristicKind
    severity: Severity
    lower_limit: Decimal | None = None
    upper_limit: Decimal | None = None
    allowed_answers: tuple[str, ...] = ()
    unit: str = ""
    characteristic_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ResultFacts:
    """One recorded result of a sample unit against a requirement."""

    requirement_id: uuid.UUID
    sample_no: int
    conforms: bool
    serial: str = ""
    value: Decimal | None = None
    answer: str = ""


@dataclass(frozen=True)
class ClassPlan:
    """Sample size and acceptance/rejection numbers of one class; ``ac``/``re`` ``None``: every
    unit is judged on its own (100 % inspection without a lot criterion)."""

    n: int
    ac: int | None = None
    re: int | None = None


@dataclass(frozen=True)
class PlanFacts:
    quantity: int  # units presented
    classes: Mapping[Severity, ClassPlan]

    @property
    def sample_size(self) -> int:
        return max(c.n for c in self.classes.values())

    @property
    def inspect_all(self) -> bool:
        return all(c.n >= self.quantity for c in self.classes.values())

    def n_for(self, severity: Severity) -> int:
        c = self.classes.get(severity)
        return c.n if c is not None else self.sample_size


@dataclass(frozen=True)
class CompletenessFacts:
    name: str
    expected: int
    found: int | None
    unit: str = ""


@dataclass(frozen=True)
class Defect:
    """A nonconforming result, or a completeness line found short (``requirement_id`` ``None``)."""

    name: str
    severity: Severity
    requirement_id: uuid.UUID | None = None
    characteristic_id: uuid.UUID | None = None
    sample_no: int | None = None
    serial: str = ""
    value: Decimal | None = None
    answer: str = ""
    lower_limit: Decimal | None = None
    upper_limit: Decimal | None = None
    unit: str = ""
    expected: int | None = None
    found: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The defect as the return notice stores it (decimals as text, ids as strings)."""
        def s(x: object) -> str | None:
            return None if x is None else str(x)
        return {"name": self.name, "severity": self.severity.value,
                "requirement_id": s(self.requirement_id),
                "characteristic_id": s(self.characteristic_id), "sample_no": self.sample_no,
                "serial": self.serial, "value": s(self.value), "answer": self.answer,
                "lower_limit": s(self.lower_limit), "upper_limit": s(self.upper_limit),
                "unit": self.unit, "expected": self.expected, "found": self.found}


@dataclass(frozen=True)
class VerdictResult:
    verdict: Verdict | None  # None: results still missing
    reason: str
    defects: tuple[Defect, ...] = ()
    missing: int = 0
    nonconforming_samples: tuple[int, ...] = ()  # sample numbers of units with a nonconformity
    rejected_serials: tuple[str, ...] = ()  # their serials, where known
    counts: Mapping[Severity, int] = field(default_factory=dict)  # units per most serious class
    failed_characteristics: tuple[uuid.UUID, ...] = ()  # to re-test on the next attempt

    @property
    def allows_acceptance(self) -> bool:
        return self.verdict in (Verdict.ACCEPT, Verdict.PARTIAL)


def parse_answers(text: str) -> tuple[str, ...]:
    """The allowed answers of an attribute, one per line."""
    return tuple(a.strip() for a in (text or "").splitlines() if a.strip())


def conforms(req: RequirementFacts, *, value: Decimal | None = None, answer: str = "") -> bool:
    """Whether one result meets the requirement: limits inclusive; an answer from the list (or
    "pass" for a pass/fail attribute), compared without regard to case and surrounding spaces."""
    if req.kind is CharacteristicKind.VARIABLE:
        if value is None or not value.is_finite():
            return False
        if req.lower_limit is not None and value < req.lower_limit:
            return False
        return not (req.upper_limit is not None and value > req.upper_limit)
    given = (answer or "").strip().casefold()
    allowed = req.allowed_answers or (PASS,)
    return given in {a.casefold() for a in allowed}


def severity_label(severity: Severity) -> str:
    return {
        Severity.CRITICAL: translate("milrep", "critical"),
        Severity.MAJOR: translate("milrep", "major"),
        Severity.MINOR: translate("milrep", "minor"),
    }[severity]


def evaluate(requirements: Sequence[RequirementFacts], results: Iterable[ResultFacts],
             plan: PlanFacts, completeness: Sequence[CompletenessFacts] = ()) -> VerdictResult:
    """The verdict, its reason and the defects (see the module's docstring for the rules)."""
    reqs = {r.id: r for r in requirements}
    order = {r.id: i for i, r in enumerate(requirements)}
    seen: dict[tuple[uuid.UUID, int], ResultFacts] = {}
    for res in results:
        req = reqs.get(res.requirement_id)
        if req is None or not 1 <= res.sample_no <= plan.n_for(req.severity):
            continue  # not part of this inspection's plan
        seen[(res.requirement_id, res.sample_no)] = res
    missing = sum(plan.n_for(r.severity) for r in requirements) - len(seen)
    missing += sum(1 for c in completeness if c.found is None)

    serial_of: dict[int, str] = {}
    worst: dict[int, Severity] = {}
    defects: list[Defect] = []
    failed: list[uuid.UUID] = []
    for (req_id, sample), res in sorted(seen.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        if res.serial:
            serial_of.setdefault(sample, res.serial)
        if res.conforms:
            continue
        req = reqs[req_id]
        defects.append(Defect(
            name=req.name, severity=req.severity, requirement_id=req.id,
            characteristic_id=req.characteristic_id, sample_no=sample, serial=res.serial,
            value=res.value, answer=res.answer, lower_limit=req.lower_limit,
            upper_limit=req.upper_limit, unit=req.unit))
        if req.characteristic_id is not None and req.characteristic_id not in failed:
            failed.append(req.characteristic_id)
        if sample not in worst or SEVERITY_ORDER.index(req.severity) < SEVERITY_ORDER.index(
                worst[sample]):
            worst[sample] = req.severity
    short = [c for c in completeness if c.found is not None and c.found < c.expected]
    for c in short:
        defects.append(Defect(name=c.name, severity=Severity.MAJOR, unit=c.unit,
                              expected=c.expected, found=c.found))

    counts = {sev: sum(1 for s, w in worst.items() if w is sev and s <= plan.n_for(sev))
              for sev in SEVERITY_ORDER}
    bad_samples = tuple(sorted(worst))
    rejected = tuple(serial_of[s] for s in bad_samples if s in serial_of)

    def done(verdict: Verdict | None, reason: str) -> VerdictResult:
        return VerdictResult(verdict=verdict, reason=reason, defects=tuple(defects),
                             missing=missing, nonconforming_samples=bad_samples,
                             rejected_serials=rejected, counts=counts,
                             failed_characteristics=tuple(failed))

    def units(samples: Iterable[int]) -> str:
        return ", ".join(serial_of.get(s) or f"#{s}" for s in samples)

    critical = [s for s in bad_samples if worst[s] is Severity.CRITICAL]
    if critical:
        names = sorted({d.name for d in defects if d.severity is Severity.CRITICAL})
        return done(Verdict.RETURN, translate(
            "milrep", "Critical nonconformity ({names}) on unit {units}: zero tolerance, the lot "
                      "is returned.").format(names=", ".join(names), units=units(critical)))
    if short:
        return done(Verdict.RETURN, translate(
            "milrep", "The set is incomplete: {lines}.").format(lines="; ".join(
                f"{c.name} {c.found}/{c.expected} {c.unit}".rstrip() for c in short)))
    for sev in (Severity.MAJOR, Severity.MINOR):
        cp = plan.classes.get(sev)
        if cp is not None and cp.re is not None and counts[sev] >= cp.re:
            return done(Verdict.RETURN, translate(
                "milrep", "Units with {severity} nonconformities: {d} of {n} inspected, which "
                          "reaches the rejection number {re}.")
                .format(severity=severity_label(sev), d=counts[sev], n=cp.n, re=cp.re))
    if missing > 0:
        return done(None, translate("milrep", "No verdict yet. Results missing: {n}.")
                    .format(n=missing))
    if not bad_samples:
        return done(Verdict.ACCEPT, translate(
            "milrep", "Every result conforms ({n} units inspected).").format(n=plan.sample_size))
    if plan.inspect_all:
        if len(bad_samples) >= plan.quantity:
            return done(Verdict.RETURN, translate(
                "milrep", "Every unit inspected has a nonconformity."))
        return done(Verdict.PARTIAL, translate(
            "milrep", "{bad} of {n} units have nonconformities ({units}): accept the other "
                      "{good}, reject these.").format(bad=len(bad_samples), n=plan.quantity,
                                                      units=units(bad_samples),
                                                      good=plan.quantity - len(bad_samples)))
    return done(Verdict.ACCEPT, translate(
        "milrep", "Nonconforming units in the sample ({units}) are within the acceptance "
                  "numbers: the lot is accepted; those units may be rejected.")
        .format(units=units(bad_samples)))
