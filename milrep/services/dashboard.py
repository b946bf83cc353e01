"""The dashboard's figures and the office's identity: read-only queries, frozen results.

Everything here takes a read session (see ``Database.read``) and returns frozen objects the UI can
carry across threads. Counts use the same tables the lists page through, so the numbers on the
dashboard match what the lists show.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.models.contracts import Contract, ContractStage, ContractStatus
from milrep.models.control_list import ControlListItem
from milrep.models.office import Office, Site
from milrep.models.products import Lot

DEADLINE_HORIZON_DAYS = 30
MAX_DEADLINES = 50


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    plant_name: str
    site_code: str
    site_name: str


class DeadlineKind(enum.StrEnum):
    STAGE = "stage"  # a contract stage (Article 22.4)
    DELIVERY = "delivery"  # a control-list item's delivery deadline


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: dt.date
    contract_id: uuid.UUID
    contract_number: str
    title: str  # the stage or item name


@dataclass(frozen=True)
class DashboardSummary:
    today: dt.date
    contracts_in_force: int
    draft_contracts: int
    control_list_items: int
    lots: int
    deadlines: tuple[Deadline, ...]  # the nearest first, at most MAX_DEADLINES


def office_info(session: Session, site_id: uuid.UUID) -> OfficeInfo:
    office = session.scalars(select(Office)).first()
    site = session.get(Site, site_id)
    return OfficeInfo(code=office.code if office else "", name=office.name if office else "",
                      plant_name=office.plant_name if office else "",
                      site_code=site.code if site else "", site_name=site.name if site else "")


def summary(session: Session, today: dt.date, *,
            horizon_days: int = DEADLINE_HORIZON_DAYS) -> DashboardSummary:
    """Counts and the stage and delivery deadlines from ``today`` to ``today + horizon_days``."""
    until = today + dt.timedelta(days=horizon_days)
    by_status: dict[ContractStatus, int] = dict(session.execute(  # type: ignore[arg-type]
        select(Contract.status, func.count()).group_by(Contract.status)).all())
    items = int(session.scalar(select(func.count()).select_from(ControlListItem)) or 0)
    lots = int(session.scalar(select(func.count()).select_from(Lot)) or 0)
    open_statuses = (ContractStatus.ACTIVE, ContractStatus.DRAFT)
    stage_rows = session.execute(
        select(ContractStage.deadline, Contract.id, Contract.number, ContractStage.name)
        .join(Contract, Contract.id == ContractStage.contract_id)
        .where(ContractStage.deadline.between(today, until), Contract.status.in_(open_statuses))
        .order_by(ContractStage.deadline).limit(MAX_DEADLINES)).all()
    item_rows = session.execute(
        select(ControlListItem.delivery_deadline, Contract.id, Contract.number,
               ControlListItem.name)
        .join(Contract, Contract.id == ControlListItem.contract_id)
        .where(ControlListItem.delivery_deadline.between(today, until),
               Contract.status.in_(open_statuses))
        .order_by(ControlListItem.delivery_deadline).limit(MAX_DEADLINES)).all()
    deadlines = [Deadline(DeadlineKind.STAGE, d, cid, num, name) for d, cid, num, name in stage_rows]
    deadlines += [Deadline(DeadlineKind.DELIVERY, d, cid, num, name)
                  for d, cid, num, name in item_rows if d is not None]
    deadlines.sort(key=lambda x: (x.due, x.contract_number, x.title))
    return DashboardSummary(
        today=today, contracts_in_force=int(by_status.get(ContractStatus.ACTIVE, 0)),
        draft_contracts=int(by_status.get(ContractStatus.DRAFT, 0)), control_list_items=items,
        lots=lots, deadlines=tuple(deadlines[:MAX_DEADLINES]))


# --- quality records: suspensions, tests due, nonconformities, decisions (issue 3) ------------

class AttentionKind(enum.StrEnum):
    SUSPENSION = "suspension"  # a suspension in force
    TEST_DUE = "test_due"  # a periodic test due or overdue
    DECISION_OVERDUE = "decision_overdue"  # a quality decision past its due date


@dataclass(frozen=True)
class AttentionEntry:
    kind: AttentionKind
    record_id: uuid.UUID  # the suspension, the item (test due) or the decision
    title: str
    detail: str
    since: dt.date | None  # in force since / due on
    overdue: bool


@dataclass(frozen=True)
class QualitySummary:
    active_suspensions: int
    tests_due: int
    tests_overdue: int
    open_nonconformities: int
    overdue_decisions: int
    entries: tuple[AttentionEntry, ...]  # suspensions, overdue tests and decisions first


def quality_summary(session: Session, today: dt.date) -> QualitySummary:
    """What stops or soon stops acceptance: the counts and the records behind them."""
    from milrep.models.quality import (DecisionStatus, Nonconformity,  # noqa: PLC0415
                                       NonconformityStatus, QualityDecision, Resumption,
                                       Suspension)
    from milrep.services.product_tests import due_periodic_tests  # noqa: PLC0415

    entries: list[AttentionEntry] = []
    rows = session.execute(
        select(Suspension.id, Suspension.number, Suspension.effective_at, ControlListItem.name,
               Contract.number)
        .join(Contract, Contract.id == Suspension.contract_id)
        .outerjoin(ControlListItem, ControlListItem.id == Suspension.item_id)
        .where(Suspension.id.not_in(select(Resumption.suspension_id)))
        .order_by(Suspension.effective_at.desc()).limit(MAX_DEADLINES)).all()
    for sid, number, since, item, contract in rows:
        entries.append(AttentionEntry(AttentionKind.SUSPENSION, sid, number, item or contract,
                                      since.date(), True))
    due = due_periodic_tests(session, today)
    for d in sorted(due, key=lambda x: (not x.overdue, x.due_on or today)):
        entries.append(AttentionEntry(AttentionKind.TEST_DUE, d.item_id, d.item_name,
                                      d.contract_number, d.due_on, d.overdue))
    decisions = session.execute(
        select(QualityDecision.id, QualityDecision.title, QualityDecision.owner,
               QualityDecision.due_on)
        .where(QualityDecision.status == DecisionStatus.OPEN, QualityDecision.due_on < today)
        .order_by(QualityDecision.due_on).limit(MAX_DEADLINES)).all()
    for did, title, owner, due_on in decisions:
        entries.append(AttentionEntry(AttentionKind.DECISION_OVERDUE, did, title, owner, due_on,
                                      True))
    open_ncs = int(session.scalar(select(func.count()).select_from(Nonconformity).where(
        Nonconformity.status == NonconformityStatus.OPEN)) or 0)
    return QualitySummary(active_suspensions=len(rows), tests_due=len(due),
                          tests_overdue=sum(1 for d in due if d.overdue),
                          open_nonconformities=open_ncs, overdue_decisions=len(decisions),
                          entries=tuple(entries))


# --- measuring instruments due for calibration (issue 3, Article 27.4.7) -----------------------

@dataclass(frozen=True)
class CalibrationSummary:
    due: int  # instruments in use overdue or due within the horizon
    overdue: int


def calibration_summary(session: Session, today: dt.date) -> CalibrationSummary:
    """How many instruments in use need calibration soon, and how many are already overdue."""
    from milrep.services.instruments import instruments_due  # noqa: PLC0415

    rows = instruments_due(session, today)
    return CalibrationSummary(due=len(rows), overdue=sum(1 for r in rows if r.overdue))
