"""Periodic, qualification and type tests the office takes part in, their protocols and the
office's opinion on their results (Article 27.4.4).

A test is registered (scheduled) with its programme, its result is recorded once with the protocol
number, and the office issues its signed opinion. A negative test is cleared only by a positive
*repeat* test that names it (``repeat_of_id``); a negative periodic test is the usual ground for a
suspension (see :mod:`milrep.services.suspensions`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import format_date, translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot
from milrep.models.quality import ProductTest, TestKind, TestOpinion, TestResult
from milrep.models.requirements import ItemRequirements
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.signing import Meaning, sign_act

GOODS = frozenset({ItemKind.MILITARY_GOODS, ItemKind.DUAL_USE_GOODS})


@dataclass(frozen=True)
class TestInfo:
    id: uuid.UUID
    kind: TestKind
    item_id: uuid.UUID
    item_name: str
    lot_id: uuid.UUID | None
    programme_ref: str
    protocol_number: str
    started_on: dt.date
    completed_on: dt.date | None
    result: TestResult
    results_summary: str
    repeat_of_id: uuid.UUID | None
    opinion_number: str | None


@dataclass(frozen=True)
class TestDue:
    """A periodic test of an item that is due (or overdue) by its schedule."""

    item_id: uuid.UUID
    item_name: str
    contract_number: str
    last_positive_on: dt.date | None  # completion of the last positive periodic test
    due_on: dt.date | None  # by the interval in months; None when only "every N lots" applies
    lots_since: int  # lots accepted since the last positive periodic test
    overdue: bool
    pending_test_id: uuid.UUID | None  # a registered test not yet completed, if any


def kind_label(kind: TestKind) -> str:
    return {
        TestKind.PERIODIC: translate("milrep", "Periodic test"),
        TestKind.QUALIFICATION: translate("milrep", "Qualification test"),
        TestKind.TYPE: translate("milrep", "Type test"),
    }[kind]


def result_label(result: TestResult) -> str:
    return {
        TestResult.PENDING: translate("milrep", "Pending"),
        TestResult.POSITIVE: translate("milrep", "Positive"),
        TestResult.NEGATIVE: translate("milrep", "Negative"),
    }[result]


def describe_test(session: Session, t: ProductTest) -> str:
    """How a test is named in messages: kind, protocol (when known), item."""
    item = session.get(ControlListItem, t.item_id)
    name = item.name if item is not None else "?"
    if t.protocol_number:
        return translate("milrep", "{kind} No. {protocol} of {item}").format(
            kind=kind_label(t.kind), protocol=t.protocol_number, item=name)
    return translate("milrep", "{kind} of {item} started on {date}").format(
        kind=kind_label(t.kind), item=name, date=format_date(t.started_on))


# --- services -------------------------------------------------------------------------------

def register_test(uow: UnitOfWork, actor: Actor, *, kind: TestKind, item_id: uuid.UUID,
                  started_on: dt.date, programme_ref: str = "", lot_id: uuid.UUID | None = None,
                  repeat_of_id: uuid.UUID | None = None) -> Changes:
    """Schedule or register a test of goods; a repeat test names the negative test it repeats."""
    s = uow.begin(actor, Permission.INSPECT, "product_test.register")
    item = s.get(ControlListItem, item_id)
    if item is None:
        raise ValidationError(translate("milrep", "Choose the control-list item."),
                              field="item_id")
    if item.kind not in GOODS:
        raise ValidationError(translate(
            "milrep", "\"{item}\" is a work or service: periodic, qualification and type tests "
            "are held for goods (Article 27.4.4).").format(item=item.name), field="item_id")
    if lot_id is not None:
        lot = s.get(Lot, lot_id)
        if lot is None or lot.item_id != item.id:
            raise ValidationError(translate(
                "milrep", "The lot does not belong to \"{item}\".").format(item=item.name),
                field="lot_id")
    if repeat_of_id is not None:
        failed = s.get(ProductTest, repeat_of_id)
        if failed is None or failed.item_id != item.id:
            raise ValidationError(translate(
                "milrep", "A repeat test must repeat a test of the same item."),
                field="repeat_of_id")
        if failed.result != TestResult.NEGATIVE:
            raise ValidationError(translate(
                "milrep", "Only a negative test is repeated; {test} is not negative.")
                .format(test=describe_test(s, failed)), field="repeat_of_id")
        if failed.kind != kind:
            raise ValidationError(translate(
                "milrep", "A repeat of a {failed_kind} must be of the same kind.")
                .format(failed_kind=kind_label(failed.kind).lower()), field="kind")
        if failed.completed_on is not None and started_on < failed.completed_on:
            raise ValidationError(translate(
                "milrep", "A repeat test cannot start before the test it repeats was completed "
                "({date}).").format(date=format_date(failed.completed_on)), field="started_on")
    ref = (programme_ref or "").strip()
    if not ref and kind == TestKind.PERIODIC:
        ref = s.scalar(select(ItemRequirements.periodic_programme_ref)
                       .where(ItemRequirements.item_id == item.id)) or ""
    test = ProductTest(id=uuid.uuid4(), kind=kind, item_id=item.id, lot_id=lot_id,
                       programme_ref=ref, started_on=started_on, repeat_of_id=repeat_of_id)
    s.add(test)
    return uow.commit(test.id)


def record_result(uow: UnitOfWork, actor: Actor, *, test_id: uuid.UUID, result: TestResult,
                  protocol_number: str, results_summary: str, completed_on: dt.date) -> Changes:
    """Record the protocol of a test once: positive or negative, what passed or failed."""
    s = uow.begin(actor, Permission.INSPECT, "product_test.record_result")
    test = _get(s, test_id)
    if test.result != TestResult.PENDING:
        raise RuleViolation(translate(
            "milrep", "The result of {test} is already recorded ({result}); it cannot be "
            "changed.").format(test=describe_test(s, test), result=result_label(test.result).lower()))
    if result not in (TestResult.POSITIVE, TestResult.NEGATIVE):
        raise ValidationError(translate("milrep", "Choose whether the test is positive or "
                                        "negative."), field="result")
    protocol = validate.required(protocol_number, "protocol_number",
                                 translate("milrep", "Protocol number"))
    summary = validate.required(results_summary, "results_summary",
                                translate("milrep", "Results"))
    validate.date_order(test.started_on, completed_on, "completed_on",
                        translate("milrep", "Started on"), translate("milrep", "Completed on"))
    if completed_on > dt.date.today():
        raise ValidationError(translate("milrep", "A test cannot be completed in the future."),
                              field="completed_on")
    clash = s.scalar(select(func.count()).where(ProductTest.item_id == test.item_id,
                                                ProductTest.protocol_number == protocol,
                                                ProductTest.id != test.id))
    if clash:
        raise ValidationError(translate("milrep", "Protocol {protocol} is already recorded for "
                                        "this item.").format(protocol=protocol),
                              field="protocol_number")
    test.result, test.protocol_number = result, protocol
    test.results_summary, test.completed_on = summary, completed_on
    return uow.commit(test.id)


def issue_opinion(uow: UnitOfWork, actor: Actor, *, test_id: uuid.UUID, conclusion: str,
                  password: str) -> Changes:
    """The office's signed opinion on the results of a completed test (Article 27.4.4)."""
    s = uow.begin(actor, Permission.INSPECT, "product_test.opinion")
    test = _get(s, test_id)
    if test.result == TestResult.PENDING or test.completed_on is None:
        raise RuleViolation(translate(
            "milrep", "{test} has no recorded result yet: the opinion is issued on the results.")
            .format(test=describe_test(s, test)))
    existing = s.scalars(select(TestOpinion.number).where(TestOpinion.test_id == test.id)).first()
    if existing:
        raise RuleViolation(translate("milrep", "Opinion {number} on {test} is already issued.")
                            .format(number=existing, test=describe_test(s, test)))
    text = validate.required(conclusion, "conclusion", translate("milrep", "Conclusion"))
    issued_on = max(dt.date.today(), test.completed_on)
    number = next_number(uow, DocumentKind.TEST_OPINION, on=issued_on)
    opinion_id = uuid.uuid4()
    signature = sign_act(uow, actor, password=password, meaning=Meaning.OPINION,
                         object_type="test_opinions", object_id=opinion_id, content={
                             "number": number, "test": str(test.id), "kind": test.kind.value,
                             "protocol": test.protocol_number, "result": test.result.value,
                             "issued_on": issued_on.isoformat(), "conclusion": text})
    s.flush()
    s.add(TestOpinion(id=opinion_id, number=number, test_id=test.id, issued_on=issued_on,
                      conclusion=text, signature_id=signature.id))
    return uow.commit(opinion_id)


def get_test(uow: UnitOfWork, actor: Actor, *, test_id: uuid.UUID) -> TestInfo:
    s = uow.begin(actor, Permission.READ, "product_test.get")
    return _info(s, _get(s, test_id))


def list_tests(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID | None = None
               ) -> tuple[TestInfo, ...]:
    s = uow.begin(actor, Permission.READ, "product_test.list")
    q = select(ProductTest).order_by(ProductTest.started_on.desc(), ProductTest.id)
    if item_id is not None:
        q = q.where(ProductTest.item_id == item_id)
    return tuple(_info(s, t) for t in s.scalars(q))


def tests_due(uow: UnitOfWork, actor: Actor, *, today: dt.date) -> tuple[TestDue, ...]:
    """Periodic tests due or overdue on ``today`` by each item's schedule."""
    s = uow.begin(actor, Permission.READ, "product_test.due")
    return tuple(due_periodic_tests(s, today))


# --- queries other services share ----------------------------------------------------------

def last_positive_periodic(session: Session, item_id: uuid.UUID, *,
                           before: dt.date | None = None) -> ProductTest | None:
    """The item's positive periodic test completed last (before ``before``, when given)."""
    q = select(ProductTest).where(ProductTest.item_id == item_id,
                                  ProductTest.kind == TestKind.PERIODIC,
                                  ProductTest.result == TestResult.POSITIVE,
                                  ProductTest.completed_on.is_not(None))
    if before is not None:
        q = q.where(ProductTest.completed_on <= before)
    return session.scalars(q.order_by(ProductTest.completed_on.desc(),
                                      ProductTest.started_on.desc())).first()


def positive_repeat_of(session: Session, failed: ProductTest) -> ProductTest | None:
    """A positive test in the repeat chain of ``failed`` (a repeat of it, or of its repeats)."""
    frontier, seen = [failed.id], {failed.id}
    while frontier:
        repeats = list(session.scalars(select(ProductTest).where(
            ProductTest.repeat_of_id.in_(frontier))))
        for r in repeats:
            if r.result == TestResult.POSITIVE:
                return r
        frontier = [r.id for r in repeats if r.id not in seen]
        seen.update(frontier)
    return None


def due_periodic_tests(session: Session, today: dt.date) -> list[TestDue]:
    """The schedule check behind :func:`tests_due` (a read session is enough).

    The arithmetic is the requirements service's ``periodic_due_for`` (interval counted from the
    last positive periodic test, lots accepted since); a simpler local rule stands in only while
    that module is absent.
    """
    try:
        from milrep.services.requirements import periodic_due_for
    except ImportError:  # pragma: no cover - the requirements service not installed yet
        periodic_due_for = None  # type: ignore[assignment]
    rows = session.execute(
        select(ItemRequirements, ControlListItem, Contract.number)
        .join(ControlListItem, ControlListItem.id == ItemRequirements.item_id)
        .join(Contract, Contract.id == ControlListItem.contract_id)
        .where((ItemRequirements.periodic_interval_months.is_not(None))
               | (ItemRequirements.periodic_every_lots.is_not(None)))
        .order_by(ControlListItem.name)).all()
    out = []
    for req, item, contract_number in rows:
        if periodic_due_for is not None:
            d = periodic_due_for(session, item.id, today)
            due_on, is_due, overdue = d.due_on, d.due, d.overdue
            last_on, lots_since = d.last_positive_on, d.lots_since_last
        else:  # pragma: no cover
            last = last_positive_periodic(session, item.id)
            last_on = last.completed_on if last is not None else None
            lots_since = 0
            due_on = add_months(last_on, req.periodic_interval_months) \
                if last_on is not None and req.periodic_interval_months else None
            is_due = due_on is not None and today >= due_on
            overdue = due_on is not None and today > due_on
        if not is_due:
            continue
        pending = session.scalars(select(ProductTest.id).where(
            ProductTest.item_id == item.id, ProductTest.kind == TestKind.PERIODIC,
            ProductTest.result == TestResult.PENDING)).first()
        out.append(TestDue(item_id=item.id, item_name=item.name, contract_number=contract_number,
                           last_positive_on=last_on, due_on=due_on, lots_since=lots_since,
                           overdue=overdue, pending_test_id=pending))
    return out


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` plus ``months`` calendar months, clamped to the month's last day."""
    import calendar

    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _get(s: Session, test_id: uuid.UUID) -> ProductTest:
    t = s.get(ProductTest, test_id)
    if t is None:
        raise NotFound(translate("milrep", "The test no longer exists."))
    return t


def _info(s: Session, t: ProductTest) -> TestInfo:
    item = s.get(ControlListItem, t.item_id)
    opinion = s.scalars(select(TestOpinion.number).where(TestOpinion.test_id == t.id)).first()
    return TestInfo(id=t.id, kind=t.kind, item_id=t.item_id, item_name=item.name if item else "",
                    lot_id=t.lot_id, programme_ref=t.programme_ref,
                    protocol_number=t.protocol_number, started_on=t.started_on,
                    completed_on=t.completed_on, result=t.result,
                    results_summary=t.results_summary, repeat_of_id=t.repeat_of_id,
                    opinion_number=opinion)
