"""Read-only views of reclamations: the full record with its outcome and penalty period, and the
short summaries the command line lists."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import UnitOfWork
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.quality import Resumption, Suspension
from milrep.models.reclamations import (CommissionParty, Reclamation, ReclamationMember,
                                        ReclamationStatus, Remedy, WarrantyBasis)
from milrep.models.requirements import Characteristic
from milrep.models.users import SignatureRecord, User
from milrep.rules.reclamation import (Findings, Outcome, PenaltyPeriod, evaluate, penalty_period,
                                      warranty_ends)
from milrep.services.auth import Actor, Permission
from milrep.services.reclamations import findings_of, is_goods


@dataclass(frozen=True)
class MemberInfo:
    party: CommissionParty
    name: str
    organization: str
    role: str


@dataclass(frozen=True)
class ReclamationInfo:
    id: uuid.UUID
    number: str
    notification_ref: str
    status: ReclamationStatus
    recipient_id: uuid.UUID
    recipient_name: str
    contract_id: uuid.UUID
    contract_number: str
    contractor_name: str
    classification: str
    item_id: uuid.UUID
    item_name: str
    goods: bool  # False: a military work or service (29.3–29.5 do not apply)
    nomenclature_code: str
    unit: str
    lot_id: uuid.UUID | None
    lot_number: str
    serials: tuple[str, ...]
    quantity: int
    defect_description: str
    characteristic_name: str
    defect_found_on: dt.date
    notified_on: dt.date
    storage_place: str
    warranty_basis: WarrantyBasis
    warranty_start: dt.date
    warranty_months: int
    warranty_ends: dt.date
    commission_formed_on: dt.date | None
    members: tuple[MemberInfo, ...]
    findings_on: dt.date | None
    cause: str
    findings: Findings | None  # None until recorded
    outcome: Outcome | None
    findings_signed_by: str
    findings_signed_at: dt.datetime | None
    remedy: Remedy | None
    remedy_started_on: dt.date | None
    remedy_completed_on: dt.date | None
    remedy_notes: str
    penalty: PenaltyPeriod | None  # only when the contractor is at fault (29.6)
    suspension_id: uuid.UUID | None
    suspension_number: str
    suspension_in_force: bool
    closed_on: dt.date | None

    @property
    def needs_suspension(self) -> bool:
        """The findings ground a suspension (27.4.8) and none is linked yet."""
        return (self.outcome is not None and self.outcome.suspension_ground
                and self.suspension_id is None and self.status != ReclamationStatus.CLOSED)


def get_reclamation(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID,
                    today: dt.date | None = None) -> ReclamationInfo:
    s = uow.begin(actor, Permission.READ, "reclamation.get")
    rec = s.get(Reclamation, reclamation_id)
    if rec is None:
        raise NotFound(translate("milrep", "The reclamation no longer exists."))
    return info(s, rec, today or dt.date.today())


def find_reclamation(uow: UnitOfWork, actor: Actor, *, number: str,
                     today: dt.date | None = None) -> ReclamationInfo:
    s = uow.begin(actor, Permission.READ, "reclamation.get")
    rec = s.scalars(select(Reclamation).where(Reclamation.number == number.strip())).first()
    if rec is None:
        raise NotFound(translate("milrep", "There is no reclamation {number}.").format(
            number=number.strip()))
    return info(s, rec, today or dt.date.today())


def list_reclamations(uow: UnitOfWork, actor: Actor, *, status: ReclamationStatus | None = None,
                      today: dt.date | None = None) -> tuple[ReclamationInfo, ...]:
    """Every reclamation, newest notification first (the office has tens, not millions)."""
    s = uow.begin(actor, Permission.READ, "reclamation.list")
    q = select(Reclamation).order_by(Reclamation.notified_on.desc(), Reclamation.number.desc())
    if status is not None:
        q = q.where(Reclamation.status == status)
    return tuple(info(s, r, today or dt.date.today()) for r in s.scalars(q))


def info(s: Session, rec: Reclamation, today: dt.date) -> ReclamationInfo:
    recipient = s.get(Organization, rec.recipient_id)
    contract = s.get(Contract, rec.contract_id)
    contractor = s.get(Organization, contract.contractor_id) if contract else None
    item = s.get(ControlListItem, rec.item_id)
    lot = s.get(Lot, rec.lot_id) if rec.lot_id else None
    ch = s.get(Characteristic, rec.characteristic_id) if rec.characteristic_id else None
    members = tuple(MemberInfo(m.party, m.name, m.organization, m.role) for m in s.scalars(
        select(ReclamationMember).where(ReclamationMember.reclamation_id == rec.id)
        .order_by(ReclamationMember.position)))
    findings = findings_of(rec) if rec.contractor_at_fault is not None else None
    goods = is_goods(s, rec)
    outcome = evaluate(findings, goods=goods) if findings is not None else None
    sig = s.get(SignatureRecord, rec.findings_signature_id) if rec.findings_signature_id else None
    signer = s.get(User, sig.user_id) if sig is not None else None
    penalty = (penalty_period(rec.notified_on, rec.remedy_completed_on, today,
                              rec.remedy_term_days)
               if outcome is not None and outcome.penalties else None)
    susp = s.get(Suspension, rec.suspension_id) if rec.suspension_id else None
    resumed = susp is not None and s.scalar(select(Resumption.id).where(
        Resumption.suspension_id == susp.id)) is not None
    return ReclamationInfo(
        id=rec.id, number=rec.number, notification_ref=rec.notification_ref, status=rec.status,
        recipient_id=rec.recipient_id, recipient_name=recipient.name if recipient else "",
        contract_id=rec.contract_id, contract_number=contract.number if contract else "",
        contractor_name=contractor.name if contractor else "",
        classification=contract.classification if contract else "",
        item_id=rec.item_id, item_name=item.name if item else "", goods=goods,
        nomenclature_code=item.nomenclature_code if item else "",
        unit=item.unit if item else "", lot_id=rec.lot_id,
        lot_number=lot.number if lot else "",
        serials=tuple(x for x in rec.serials.splitlines() if x), quantity=rec.quantity,
        defect_description=rec.defect_description, characteristic_name=ch.name if ch else "",
        defect_found_on=rec.defect_found_on, notified_on=rec.notified_on,
        storage_place=rec.storage_place, warranty_basis=rec.warranty_basis,
        warranty_start=rec.warranty_start, warranty_months=rec.warranty_months,
        warranty_ends=warranty_ends(rec.warranty_start, rec.warranty_months),
        commission_formed_on=rec.commission_formed_on, members=members,
        findings_on=rec.findings_on, cause=rec.cause, findings=findings, outcome=outcome,
        findings_signed_by=signer.full_name if signer else "",
        findings_signed_at=sig.signed_at if sig else None, remedy=rec.remedy,
        remedy_started_on=rec.remedy_started_on, remedy_completed_on=rec.remedy_completed_on,
        remedy_notes=rec.remedy_notes, penalty=penalty, suspension_id=rec.suspension_id,
        suspension_number=susp.number if susp else "",
        suspension_in_force=susp is not None and not resumed, closed_on=rec.closed_on)


# --- choices for the notification form (read on the worker) ---------------------------------

@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    text: str


def recipient_choices(s: Session) -> tuple[Choice, ...]:
    """Organizations that may report a defect: recipients first, then the others."""
    from milrep.models.organizations import OrgKind  # noqa: PLC0415

    rows = s.execute(select(Organization.id, Organization.name, Organization.kind)
                     .where(Organization.kind != OrgKind.CONTRACTOR)
                     .order_by(Organization.kind != OrgKind.RECIPIENT, Organization.name)).all()
    return tuple(Choice(i, n) for i, n, _k in rows)


def characteristic_choices(s: Session, item_id: uuid.UUID | None) -> tuple[Choice, ...]:
    if item_id is None:
        return ()
    return tuple(Choice(i, n) for i, n in s.execute(
        select(Characteristic.id, Characteristic.name).where(Characteristic.item_id == item_id)
        .order_by(Characteristic.position)))


def warranty_start_of_lot(s: Session, lot_id: uuid.UUID | None
                          ) -> tuple[WarrantyBasis, dt.date | None]:
    """Where the warranty of the lot starts, as the service will take it (for the form)."""
    from milrep.services.reclamations import warranty_start  # noqa: PLC0415

    return warranty_start(s, s.get(Lot, lot_id) if lot_id else None)


def info_of(s: Session, reclamation_id: uuid.UUID, today: dt.date | None = None
            ) -> ReclamationInfo | None:
    """The record for a view (quiet read, no permission check: views read as the signed-in
    person already may); None when it is gone."""
    rec = s.get(Reclamation, reclamation_id)
    return info(s, rec, today or dt.date.today()) if rec is not None else None
