"""Read-only helpers for the quality screens (suspensions, tests, nonconformities, decisions):
what the pickers offer and what a suspension still lacks before it can be ended. Each takes a
read session (see ``Database.read``) and returns frozen objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot
from milrep.models.quality import ProductTest, Suspension, TestResult
from milrep.services.product_tests import describe_test
from milrep.services.resumption_conditions import resumption_blockers

MAX_CHOICES = 500


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    text: str


@dataclass(frozen=True)
class ItemChoice:
    id: uuid.UUID
    name: str
    kind: ItemKind
    contract_id: uuid.UUID


@dataclass(frozen=True)
class ResumptionCheck:
    """What a resumption of one suspension still lacks (empty ``missing``: conditions met)."""

    suspension_id: uuid.UUID
    number: str
    failed_test: str  # how the failed test is named ("" when the suspension names none)
    missing: tuple[str, ...]
    repeat_candidates: tuple[Choice, ...]  # positive tests of the item that may be the repeat


def contracts(session: Session) -> tuple[Choice, ...]:
    rows = session.execute(select(Contract.id, Contract.number, Contract.subject)
                           .order_by(Contract.number).limit(MAX_CHOICES))
    return tuple(Choice(i, f"{n} — {s}" if s else n) for i, n, s in rows)


def items(session: Session, contract_id: uuid.UUID | None = None) -> tuple[ItemChoice, ...]:
    q = select(ControlListItem.id, ControlListItem.name, ControlListItem.kind,
               ControlListItem.contract_id).order_by(ControlListItem.name).limit(MAX_CHOICES)
    if contract_id is not None:
        q = q.where(ControlListItem.contract_id == contract_id)
    return tuple(ItemChoice(*row) for row in session.execute(q))


def lots(session: Session, item_id: uuid.UUID | None) -> tuple[Choice, ...]:
    if item_id is None:
        return ()
    rows = session.execute(select(Lot.id, Lot.number).where(Lot.item_id == item_id)
                           .order_by(Lot.number).limit(MAX_CHOICES))
    return tuple(Choice(i, n) for i, n in rows)


def negative_tests(session: Session, item_id: uuid.UUID | None = None) -> tuple[Choice, ...]:
    """Negative tests (a repeat test names one of them)."""
    q = select(ProductTest).where(ProductTest.result == TestResult.NEGATIVE) \
        .order_by(ProductTest.completed_on.desc()).limit(MAX_CHOICES)
    if item_id is not None:
        q = q.where(ProductTest.item_id == item_id)
    return tuple(Choice(t.id, describe_test(session, t)) for t in session.scalars(q))


def resumption_check(session: Session, suspension_id: uuid.UUID,
                     repeat_test_id: uuid.UUID | None = None) -> ResumptionCheck:
    """The checklist the resume dialog shows; the resume service checks the same again."""
    susp = session.get(Suspension, suspension_id)
    if susp is None:
        raise NotFound(translate("milrep", "The suspension no longer exists."))
    failed = session.get(ProductTest, susp.test_id) if susp.test_id else None
    candidates: tuple[Choice, ...] = ()
    if failed is not None:
        rows = session.scalars(select(ProductTest).where(
            ProductTest.item_id == failed.item_id, ProductTest.result == TestResult.POSITIVE,
            ProductTest.kind == failed.kind, ProductTest.id != failed.id)
            .order_by(ProductTest.completed_on.desc()).limit(MAX_CHOICES))
        candidates = tuple(Choice(t.id, describe_test(session, t)) for t in rows)
    return ResumptionCheck(
        suspension_id=susp.id, number=susp.number,
        failed_test=describe_test(session, failed) if failed is not None else "",
        missing=tuple(resumption_blockers(session, susp, repeat_test_id=repeat_test_id)),
        repeat_candidates=candidates)


def accepted_lots(session: Session) -> tuple[Choice, ...]:
    """Lots with something accepted (storage checks are for accepted goods awaiting shipment)."""
    from milrep.models.acceptance import AcceptanceRecord  # noqa: PLC0415

    rows = session.execute(
        select(Lot.id, Lot.number, ControlListItem.name)
        .join(ControlListItem, ControlListItem.id == Lot.item_id)
        .where(Lot.id.in_(select(AcceptanceRecord.lot_id)
                          .where(AcceptanceRecord.accepted_quantity > 0)))
        .order_by(Lot.number).limit(MAX_CHOICES))
    return tuple(Choice(i, f"{n} — {name}") for i, n, name in rows)
