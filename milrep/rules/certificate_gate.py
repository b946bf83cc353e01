"""The Article 27.5 gate: when a certificate confirming quality may be issued. Pure functions.

Article 27.5 forbids the office to issue a certificate for goods whose production is not
completed, whose set is incomplete, that lack the required tests or do not conform. The gate
turns that into a checklist over plain facts (gathered by
:mod:`milrep.services.certificate_facts`); each condition is true or false with the reason,
naming the record it rests on:

1. production completed — the acceptance records exist, are signed, final (not superseded) and
   accepted something;
2. complete set — every completeness line copied onto the inspections was found in full;
3. acceptance tests passed — each inspection was decided "accept" (whole or in part) and its
   results, judged again now, still allow acceptance;
4. periodic test positive and in date — when the item has a periodic-test schedule, the last
   completed periodic test is positive and the next one is not overdue;
5. no open nonconformity without a valid concession on the item or these lots;
6. no suspension of acceptance and shipment in force covering these lots;
7. within the contract's quantities — more than zero, no more than accepted and not yet
   certified, and the item's total certified no more than contracted;
8. within the contract's time frame — the contract is in force and today and the acceptances
   lie within its validity. A late delivery (after the item's or stage's deadline) is named in
   the reason but does not block: the contract's penalties answer for lateness, and the state
   still needs the goods.

Issuance is refused while any condition fails.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from milrep.i18n import translate
from milrep.models.acceptance import Verdict
from milrep.models.contracts import ContractStatus


class Condition(enum.StrEnum):
    PRODUCTION_COMPLETED = "production_completed"
    COMPLETE_SET = "complete_set"
    ACCEPTANCE_TESTS = "acceptance_tests"
    PERIODIC_TEST = "periodic_test"
    NO_NONCONFORMITY = "no_nonconformity"
    NOT_SUSPENDED = "not_suspended"
    CONTRACT_QUANTITY = "contract_quantity"
    CONTRACT_TIME = "contract_time"


def condition_label(c: Condition) -> str:
    return {
        Condition.PRODUCTION_COMPLETED: translate("milrep", "Production completed (goods accepted)"),
        Condition.COMPLETE_SET: translate("milrep", "Complete set"),
        Condition.ACCEPTANCE_TESTS: translate("milrep", "Acceptance tests passed"),
        Condition.PERIODIC_TEST: translate("milrep", "Last periodic test positive and in date"),
        Condition.NO_NONCONFORMITY: translate("milrep", "No open nonconformity without a valid "
                                              "concession"),
        Condition.NOT_SUSPENDED: translate("milrep", "No suspension of acceptance and shipment"),
        Condition.CONTRACT_QUANTITY: translate("milrep", "Within the contract's quantities"),
        Condition.CONTRACT_TIME: translate("milrep", "Within the contract's time frame"),
    }[c]


# --- facts ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CompletenessLine:
    name: str
    expected: int
    found: int | None
    unit: str = "pcs"


@dataclass(frozen=True)
class RecordFacts:
    """One acceptance record chosen for the certificate, with its inspection."""

    id: uuid.UUID
    number: str
    lot_number: str
    accepted_on: dt.date
    accepted_quantity: int
    remaining_quantity: int  # accepted and not yet covered by a valid certificate
    signed: bool
    superseded_by: str | None  # number of a later acceptance record replacing this one
    presentation_number: str
    inspection_decided: bool
    inspection_verdict: Verdict | None
    computed_verdict: Verdict | None  # the rules' verdict on the results as they are now
    computed_reason: str
    completeness: tuple[CompletenessLine, ...]
    deadline: dt.date | None = None
    late: bool = False
    #: a partial acceptance whose accepted units include some the rules now reject
    accepts_rejected_units: bool = False


@dataclass(frozen=True)
class PeriodicFacts:
    scheduled: bool
    last_protocol: str = ""  # the last completed periodic test (any result)
    last_completed_on: dt.date | None = None
    last_positive: bool = False
    due_on: dt.date | None = None
    overdue: bool = False
    lots_since: int = 0
    every_lots: int | None = None


@dataclass(frozen=True)
class ContractFacts:
    number: str
    status: ContractStatus
    valid_from: dt.date
    valid_until: dt.date
    status_text: str = ""  # the status as the user reads it


@dataclass(frozen=True)
class GateFacts:
    today: dt.date
    item_name: str
    unit: str
    records: tuple[RecordFacts, ...]
    quantity: int  # to certify
    contract: ContractFacts
    contracted_quantity: Decimal
    certified_quantity: int  # of the item under valid certificates (the replaced one excluded)
    periodic: PeriodicFacts
    nonconformities: tuple[str, ...] = ()  # labels of the blocking ones
    suspensions: tuple[str, ...] = ()  # numbers of those in force covering the goods


# --- the checklist --------------------------------------------------------------------------

@dataclass(frozen=True)
class CheckItem:
    condition: Condition
    ok: bool
    reason: str

    @property
    def label(self) -> str:
        return condition_label(self.condition)


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    def failing(self) -> tuple[CheckItem, ...]:
        return tuple(i for i in self.items if not i.ok)

    def item(self, condition: Condition) -> CheckItem:
        return next(i for i in self.items if i.condition is condition)

    def refusal(self) -> str:
        """The message naming every failing condition (empty when none fails)."""
        failing = self.failing()
        if not failing:
            return ""
        lines = "\n".join(f"• {i.label}: {i.reason}" for i in failing)
        return translate("milrep", "The certificate cannot be issued (Article 27.5):\n{lines}") \
            .format(lines=lines)


def evaluate(f: GateFacts) -> Checklist:
    checks: tuple[Callable[[GateFacts], CheckItem], ...] = (
        _production, _complete_set, _acceptance_tests, _periodic, _nonconformities,
        _suspensions, _quantities, _time_frame)
    return Checklist(tuple(check(f) for check in checks))


def _join(parts: list[str]) -> str:
    return "; ".join(parts)


def _production(f: GateFacts) -> CheckItem:
    c = Condition.PRODUCTION_COMPLETED
    if not f.records:
        return CheckItem(c, False, translate("milrep", "no acceptance record is chosen."))
    bad = []
    for r in f.records:
        if not r.signed:
            bad.append(translate("milrep", "acceptance record {number} is not signed")
                       .format(number=r.number))
        elif r.superseded_by:
            bad.append(translate("milrep", "acceptance record {number} is superseded by {newer}")
                       .format(number=r.number, newer=r.superseded_by))
        elif r.accepted_quantity <= 0:
            bad.append(translate("milrep", "acceptance record {number} accepts nothing")
                       .format(number=r.number))
    if bad:
        return CheckItem(c, False, _join(bad) + ".")
    return CheckItem(c, True, translate("milrep", "accepted by {records}.").format(
        records=", ".join(translate("milrep", "{number} (lot {lot}, {qty} {unit})").format(
            number=r.number, lot=r.lot_number, qty=r.accepted_quantity, unit=f.unit)
            for r in f.records)))


def _complete_set(f: GateFacts) -> CheckItem:
    c = Condition.COMPLETE_SET
    short, checked = [], []
    for r in f.records:
        for line in r.completeness:
            if line.found is None:
                short.append(translate("milrep", "{name}: not checked (record {number})")
                             .format(name=line.name, number=r.number))
            elif line.found < line.expected:
                short.append(translate("milrep", "{name}: {found} of {expected} {unit} found "
                                       "(record {number})").format(
                    name=line.name, found=line.found, expected=line.expected, unit=line.unit,
                    number=r.number))
        if r.completeness:
            checked.append(r.number)
    if not f.records:
        return CheckItem(c, False, translate("milrep", "no acceptance record is chosen."))
    if short:
        return CheckItem(c, False, _join(short) + ".")
    if not checked:
        return CheckItem(c, True, translate("milrep", "\"{item}\" has no completeness list.")
                         .format(item=f.item_name))
    return CheckItem(c, True, translate("milrep", "complete per the completeness checks of "
                                        "{records}.").format(records=", ".join(checked)))


def _acceptance_tests(f: GateFacts) -> CheckItem:
    c = Condition.ACCEPTANCE_TESTS
    if not f.records:
        return CheckItem(c, False, translate("milrep", "no acceptance record is chosen."))
    bad = []
    allowed = (Verdict.ACCEPT, Verdict.PARTIAL)
    for r in f.records:
        if not r.inspection_decided or r.inspection_verdict not in allowed:
            bad.append(translate("milrep", "the inspection of notice {notice} (record {number}) "
                                 "was not decided \"accept\"").format(
                notice=r.presentation_number, number=r.number))
        elif r.computed_verdict not in allowed or r.accepts_rejected_units:
            bad.append(translate("milrep", "the results of the inspection of notice {notice} "
                                 "(record {number}) no longer allow acceptance: {reason}").format(
                notice=r.presentation_number, number=r.number, reason=r.computed_reason))
    if bad:
        return CheckItem(c, False, _join(bad) + ".")
    return CheckItem(c, True, translate("milrep", "passed: {notices}.").format(
        notices=", ".join(translate("milrep", "notice {notice}").format(
            notice=r.presentation_number) for r in f.records)))


def _periodic(f: GateFacts) -> CheckItem:
    """Before the first periodic test falls due (counted from the qualification test or the first
    acceptance) none is required; after that the last one must be positive and the next one not
    overdue."""
    c = Condition.PERIODIC_TEST
    p = f.periodic
    if not p.scheduled:
        return CheckItem(c, True, translate("milrep", "\"{item}\" has no periodic-test "
                                            "schedule.").format(item=f.item_name))
    if p.last_completed_on is not None and not p.last_positive:
        return CheckItem(c, False, translate(
            "milrep", "the last periodic test of \"{item}\", protocol {protocol} of {date}, is "
            "negative.").format(item=f.item_name, protocol=p.last_protocol,
                                 date=p.last_completed_on.isoformat()))
    last = (translate("milrep", "protocol {protocol} of {date}").format(
        protocol=p.last_protocol, date=p.last_completed_on.isoformat())
        if p.last_completed_on is not None else translate("milrep", "none yet"))
    if p.overdue:
        if p.due_on is not None and f.today > p.due_on:
            return CheckItem(c, False, translate(
                "milrep", "the periodic test of \"{item}\" was due on {due} (last: {last}).")
                .format(item=f.item_name, due=p.due_on.isoformat(), last=last))
        return CheckItem(c, False, translate(
            "milrep", "{n} lots of \"{item}\" were accepted since the last periodic test "
            "(last: {last}); the schedule allows {every}.").format(
            n=p.lots_since, item=f.item_name, last=last, every=p.every_lots))
    due = (translate("milrep", "; next due on {date}").format(date=p.due_on.isoformat())
           if p.due_on else "")
    if p.last_completed_on is None:
        return CheckItem(c, True, translate("milrep", "no periodic test is due yet{due}.")
                         .format(due=due))
    return CheckItem(c, True, translate("milrep", "{last}, positive{due}.").format(
        last=last, due=due))


def _nonconformities(f: GateFacts) -> CheckItem:
    c = Condition.NO_NONCONFORMITY
    if f.nonconformities:
        return CheckItem(c, False, translate("milrep", "open without a valid concession: "
                                             "{list}.").format(list=_join(list(f.nonconformities))))
    return CheckItem(c, True, translate("milrep", "none open on \"{item}\" or these lots.")
                     .format(item=f.item_name))


def _suspensions(f: GateFacts) -> CheckItem:
    c = Condition.NOT_SUSPENDED
    if f.suspensions:
        return CheckItem(c, False, translate("milrep", "suspension {numbers} is in force for "
                                             "these goods.").format(
            numbers=", ".join(f.suspensions)))
    return CheckItem(c, True, translate("milrep", "none in force for these goods."))


def _quantities(f: GateFacts) -> CheckItem:
    c = Condition.CONTRACT_QUANTITY
    remaining = sum(max(0, r.remaining_quantity) for r in f.records)
    done = [r.number for r in f.records if r.remaining_quantity <= 0]
    if done:
        return CheckItem(c, False, translate("milrep", "everything accepted by {records} is "
                                             "already certified.").format(records=", ".join(done)))
    if f.quantity <= 0:
        return CheckItem(c, False, translate("milrep", "the quantity to certify must be more "
                                             "than zero."))
    if f.quantity > remaining:
        return CheckItem(c, False, translate(
            "milrep", "{qty} {unit} is more than accepted and not yet certified ({remaining} "
            "{unit}).").format(qty=f.quantity, unit=f.unit, remaining=remaining))
    total = f.certified_quantity + f.quantity
    if Decimal(total) > f.contracted_quantity:
        return CheckItem(c, False, translate(
            "milrep", "{total} {unit} of \"{item}\" would be certified in all; contract {contract} "
            "provides for {contracted}.").format(total=total, unit=f.unit, item=f.item_name,
                                                 contract=f.contract.number,
                                                 contracted=_qty(f.contracted_quantity)))
    return CheckItem(c, True, translate(
        "milrep", "{qty} {unit}; {total} of {contracted} {unit} certified under contract "
        "{contract} with this one.").format(qty=f.quantity, unit=f.unit, total=total,
                                             contracted=_qty(f.contracted_quantity),
                                             contract=f.contract.number))


def _time_frame(f: GateFacts) -> CheckItem:
    c = Condition.CONTRACT_TIME
    k = f.contract
    if k.status is not ContractStatus.ACTIVE:
        return CheckItem(c, False, translate("milrep", "contract {contract} is not in force "
                                             "(status: {status}).").format(
            contract=k.number, status=k.status_text or k.status.value))
    if not k.valid_from <= f.today <= k.valid_until:
        return CheckItem(c, False, translate("milrep", "contract {contract} is valid from {start} "
                                             "to {end}; today is {today}.").format(
            contract=k.number, start=k.valid_from.isoformat(), end=k.valid_until.isoformat(),
            today=f.today.isoformat()))
    outside = [r.number for r in f.records if not k.valid_from <= r.accepted_on <= k.valid_until]
    if outside:
        return CheckItem(c, False, translate("milrep", "{records} accepted outside the validity "
                                             "of contract {contract}.").format(
            records=", ".join(outside), contract=k.number))
    late = [translate("milrep", "{number} accepted on {on}, after the deadline {deadline}").format(
        number=r.number, on=r.accepted_on.isoformat(), deadline=r.deadline.isoformat())
        for r in f.records if r.late and r.deadline is not None]
    text = translate("milrep", "contract {contract} is in force until {end}.").format(
        contract=k.number, end=k.valid_until.isoformat())
    if late:
        text += " " + translate("milrep", "Late delivery (the contract's penalties apply): "
                                "{late}.").format(late=_join(late))
    return CheckItem(c, True, text)


def _qty(d: Decimal) -> str:
    text = format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f")
    return text
