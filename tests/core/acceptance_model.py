"""The model the acceptance property test keeps beside the database, the rules restated
independently of the services, and the invariants checked on the stored rows."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.errors import UserError
from milrep.models import quality as q
from milrep.models.acceptance import (AcceptanceRecord, Inspection, InspectionStatus,
                                      Presentation, PresentationStatus, ReturnNotice, Verdict)
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.models.requirements import Severity
from milrep.services.inspection_rows import evaluate_inspection
from tests.helpers import OfficeFixture, dump_database

S = q.SuspensionScope


@dataclass
class LotM:
    id: uuid.UUID
    item: int
    made: dt.date | None
    quantity: int
    accepted: int = 0
    presentations: int = 0
    last_attempt: int = 0
    returned_with_failures: bool | None = None  # the last return notice lists failures
    presentation: uuid.UUID | None = None  # open (presented or in inspection)
    quantity_presented: int = 0
    inspection: uuid.UUID | None = None
    answers: dict[tuple[Severity, int], bool] | None = None  # (class, sample) -> passes


@dataclass
class SuspM:
    id: uuid.UUID
    number: str
    scope: q.SuspensionScope
    ground: q.SuspensionGround
    item: int | None
    lot: uuid.UUID | None
    since: dt.date | None
    test: uuid.UUID | None
    active: bool = True


@dataclass
class PeriodicTestM:
    id: uuid.UUID
    item: int
    positive: bool
    started: dt.date
    completed: dt.date
    repeat_of: uuid.UUID | None


@dataclass
class NcM:
    id: uuid.UUID
    item: int
    lot: uuid.UUID | None
    open: bool = True


def expected_verdict(answers: dict[tuple[Severity, int], bool], samples: int) -> Verdict:
    """The rules for 100 % inspection, restated: a critical failure on any unit returns the lot;
    otherwise some units failing → partial acceptance, all of them → return, none → accept."""
    if any(not ok for (sev, _), ok in answers.items() if sev is Severity.CRITICAL):
        return Verdict.RETURN
    failing = {n for (sev, n), ok in answers.items() if not ok}
    if not failing:
        return Verdict.ACCEPT
    return Verdict.RETURN if len(failing) == samples else Verdict.PARTIAL


def refused_here(o: OfficeFixture, error: type[UserError], starts: str, fn, actor, **kw):  # type: ignore[no-untyped-def]
    """``fn`` refuses with a message starting with ``starts``, and nothing stored changed."""
    before = dump_database(o.db)
    with pytest.raises(error) as info, o.db.unit_of_work() as uow:
        fn(uow, actor, **kw)
    assert str(info.value).startswith(starts), str(info.value)
    assert dump_database(o.db) == before
    return info.value



def check_stored(s: Session, contract_id: uuid.UUID, overrides: set[uuid.UUID]) -> None:
    """The invariants, read from the stored rows of one contract only."""
    items = set(s.scalars(select(ControlListItem.id)
                          .where(ControlListItem.contract_id == contract_id)))
    lots_by_id = {x.id: x for x in s.scalars(select(Lot).where(Lot.item_id.in_(items)))}
    suspensions = list(s.scalars(select(q.Suspension)
                                 .where(q.Suspension.contract_id == contract_id)))
    resumed = {r.suspension_id: r for r in s.scalars(select(q.Resumption).where(
        q.Resumption.suspension_id.in_([x.id for x in suspensions])))}

    def in_scope(x: q.Suspension, lot: Lot) -> bool:
        if x.scope is S.LOT:
            return x.lot_id == lot.id
        if x.scope is S.ITEM and x.item_id != lot.item_id:
            return False
        made = lot.manufactured_on
        return x.covers_made_since is None or made is None or made >= x.covers_made_since

    # no acceptance while a covering suspension was in force
    for rec, decided_at in s.execute(
            select(AcceptanceRecord, Inspection.decided_at)
            .join(Inspection, Inspection.id == AcceptanceRecord.inspection_id)
            .where(AcceptanceRecord.item_id.in_(items))):
        lot = lots_by_id[rec.lot_id]
        for x in suspensions:
            r = resumed.get(x.id)
            if in_scope(x, lot) and x.effective_at <= decided_at and (
                    r is None or decided_at < r.decided_at):
                raise AssertionError(f"lot {lot.number} accepted ({rec.number}) while suspension "
                                     f"{x.number} was in force")

    # accepted and rejected units are those presented; a lot is never accepted beyond its size
    accepted: dict[uuid.UUID, int] = {}
    for rec, presented in s.execute(
            select(AcceptanceRecord, Presentation.quantity)
            .join(Presentation, Presentation.id == AcceptanceRecord.presentation_id)
            .where(AcceptanceRecord.item_id.in_(items))):
        assert rec.accepted_quantity >= 0 and rec.rejected_quantity >= 0
        assert rec.accepted_quantity + rec.rejected_quantity == presented
        accepted[rec.lot_id] = accepted.get(rec.lot_id, 0) + rec.accepted_quantity
    for lot_id, n in accepted.items():
        assert n <= lots_by_id[lot_id].quantity

    # attempts 1, 2, 3 …, a new one only after the previous one was decided
    for lot_id in lots_by_id:
        ps = list(s.scalars(select(Presentation).where(Presentation.lot_id == lot_id)
                            .order_by(Presentation.attempt)))
        assert [p.attempt for p in ps] == list(range(1, len(ps) + 1))
        for earlier in ps[:-1]:
            assert earlier.status in (PresentationStatus.RETURNED,
                                      PresentationStatus.PARTIALLY_ACCEPTED), earlier.status

    # the decided verdict is the computed one, or a return chosen with a reason
    for insp in s.scalars(select(Inspection)
                          .join(Presentation, Presentation.id == Inspection.presentation_id)
                          .where(Presentation.item_id.in_(items),
                                 Inspection.status == InspectionStatus.DECIDED)):
        computed = evaluate_inspection(s, insp).verdict
        if insp.verdict is Verdict.RETURN and computed is not Verdict.RETURN:
            assert insp.id in overrides, "a return the rules did not call for, without a reason"
            assert s.scalar(select(ReturnNotice.id).where(ReturnNotice.inspection_id == insp.id))
        else:
            assert insp.verdict is computed, (insp.verdict, computed)

    # no resumption without its conditions
    for x in suspensions:
        r = resumed.get(x.id)
        if r is None:
            continue
        assert r.corrective_actions.strip()
        ncs = s.scalars(select(q.Nonconformity).where(q.Nonconformity.raised_at <= r.decided_at))
        for nc in ncs:
            if nc.item_id not in items:
                continue
            scoped = (x.scope is S.CONTRACT or (x.scope is S.LOT and nc.lot_id == x.lot_id)
                      or (x.scope is S.ITEM and nc.item_id == x.item_id))
            if scoped:
                assert nc.closed_at is not None and nc.closed_at <= r.decided_at, \
                    f"resumption {r.number} with a nonconformity still open"
        if x.test_id is not None:
            failed = s.get(q.ProductTest, x.test_id)
            repeat = s.get(q.ProductTest, r.repeat_test_id) if r.repeat_test_id else None
            assert repeat is not None and repeat.result is q.TestResult.POSITIVE, \
                f"resumption {r.number} without a positive repeat test"
            link, seen = repeat, set()
            while link is not None and link.repeat_of_id is not None and link.id not in seen:
                if link.repeat_of_id == failed.id:
                    break
                seen.add(link.id)
                link = s.get(q.ProductTest, link.repeat_of_id)
            repeats_it = link is not None and link.repeat_of_id == failed.id
            later = (repeat.kind is q.TestKind.PERIODIC and repeat.item_id == failed.item_id
                     and failed.completed_on is not None
                     and repeat.started_on > failed.completed_on)
            assert repeats_it or later, \
                f"resumption {r.number}: {repeat.protocol_number} does not repeat the failed test"
