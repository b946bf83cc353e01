"""Reclamations under Article 29: register the notification, form the joint commission, record its
findings (a signing act), record the contractor's remedy, close.

Statuses move forward only: notified → commission → findings → remedy → closed (a reclamation
whose findings call for no remedy — the contractor not at fault, 29.7 — closes from "findings").
The outcome of the findings is :func:`milrep.rules.reclamation.evaluate`; the service refuses
findings the rule finds contradictory and remedies the outcome does not allow.

Warranty (29.1): the start is the date of the certificate confirming quality covering the lot,
else the acceptance of the lot, else the date entered (``warranty_basis`` records which); the
months are entered from the contract. A defect found outside the period is refused: it is not a
reclamation under Article 29.

Suspension (27.4.8): when the findings say goods in production have the same defect,
:mod:`milrep.services.reclamation_suspension` proposes a suspension through the existing
proposal mechanism and links the signed one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import format_date, translate
from milrep.models.acceptance import AcceptanceRecord
from milrep.models.certificates import Certificate, CertificateAcceptance
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization
from milrep.models.products import Lot, ProductUnit
from milrep.models.reclamations import (CommissionParty, Reclamation, ReclamationMember,
                                        ReclamationStatus, Remedy, WarrantyBasis)
from milrep.models.requirements import Characteristic
from milrep.rules.reclamation import Findings, evaluate, warranty_ends, within_warranty
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.reclamation_labels import party_label, remedy_label, status_label
from milrep.services.signing import Meaning, sign_act


@dataclass(frozen=True)
class NotificationForm:
    recipient_id: uuid.UUID | None
    item_id: uuid.UUID | None
    defect_description: str
    defect_found_on: dt.date
    notified_on: dt.date  # the day the contractor received the notification (29.6)
    warranty_months: int
    lot_id: uuid.UUID | None = None
    serials: tuple[str, ...] = ()
    quantity: int = 1
    characteristic_id: uuid.UUID | None = None
    notification_ref: str = ""
    storage_place: str = ""
    warranty_start: dt.date | None = None  # used only when no certificate or acceptance exists


@dataclass(frozen=True)
class MemberForm:
    party: CommissionParty
    name: str
    organization: str = ""
    role: str = ""


@dataclass(frozen=True)
class FindingsForm:
    findings: Findings
    cause: str
    findings_on: dt.date


MAX_WARRANTY_MONTHS = 600


# --- services -------------------------------------------------------------------------------

def register_notification(uow: UnitOfWork, actor: Actor, *, form: NotificationForm,
                          today: dt.date | None = None) -> Changes:
    """Register a defect notification from the recipient (29.1)."""
    s = uow.begin(actor, Permission.INSPECT, "reclamation.register")
    today = today or dt.date.today()
    recipient = s.get(Organization, form.recipient_id) if form.recipient_id else None
    if recipient is None:
        raise ValidationError(translate("milrep", "Choose the recipient who reported the "
                                        "defect."), field="recipient_id")
    item = s.get(ControlListItem, form.item_id) if form.item_id else None
    if item is None:
        raise ValidationError(translate("milrep", "Choose the control-list item."),
                              field="item_id")
    from milrep.models.contracts import Contract  # noqa: PLC0415

    contract = s.get(Contract, item.contract_id)
    assert contract is not None
    if recipient.id == contract.contractor_id:
        raise ValidationError(translate(
            "milrep", "The contractor cannot report a reclamation against itself: choose the "
            "recipient (military unit or organization)."), field="recipient_id")
    lot = _lot(s, form, item)
    serials = _serials(s, form, lot)
    description = validate.required(form.defect_description, "defect_description",
                                    translate("milrep", "Defect"))
    if form.quantity < 1:
        raise ValidationError(translate("milrep", "The quantity must be at least 1."),
                              field="quantity")
    if serials and form.quantity != len(serials):
        raise ValidationError(translate(
            "milrep", "{count} serial numbers are listed but the quantity is {quantity}.")
            .format(count=len(serials), quantity=form.quantity), field="quantity")
    if form.characteristic_id is not None:
        ch = s.get(Characteristic, form.characteristic_id)
        if ch is None or ch.item_id != item.id:
            raise ValidationError(translate(
                "milrep", "The characteristic is not one of \"{item}\".").format(item=item.name),
                field="characteristic_id")
    if form.notified_on > today:
        raise ValidationError(translate("milrep", "The notification date cannot be in the "
                                        "future."), field="notified_on")
    validate.date_order(form.defect_found_on, form.notified_on, "notified_on",
                        translate("milrep", "Defect found on"),
                        translate("milrep", "Notification received on"))
    if not 1 <= form.warranty_months <= MAX_WARRANTY_MONTHS:
        raise ValidationError(translate(
            "milrep", "Enter the warranty period in months (1 to {max}) from the contract.")
            .format(max=MAX_WARRANTY_MONTHS), field="warranty_months")
    basis, start = warranty_start(s, lot)
    if start is None:
        if form.warranty_start is None:
            raise ValidationError(translate(
                "milrep", "No certificate or acceptance of these goods is recorded here: enter "
                "the date the warranty period started."), field="warranty_start")
        basis, start = WarrantyBasis.ENTERED, form.warranty_start
    if not within_warranty(form.defect_found_on, start, form.warranty_months):
        raise RuleViolation(translate(
            "milrep", "Article 29.1 covers defects found within the warranty period: the defect "
            "was found on {found}, the warranty of {months} months ran from {start} to {end}.")
            .format(found=format_date(form.defect_found_on), months=form.warranty_months,
                    start=format_date(start),
                    end=format_date(warranty_ends(start, form.warranty_months))))
    number = next_number(uow, DocumentKind.RECLAMATION, on=form.notified_on)
    rid = uuid.uuid4()
    s.add(Reclamation(
        id=rid, number=number, notification_ref=form.notification_ref.strip(),
        status=ReclamationStatus.NOTIFIED, recipient_id=recipient.id, contract_id=contract.id,
        item_id=item.id, lot_id=lot.id if lot else None, serials="\n".join(serials),
        quantity=form.quantity, defect_description=description,
        characteristic_id=form.characteristic_id, defect_found_on=form.defect_found_on,
        notified_on=form.notified_on, storage_place=form.storage_place.strip(),
        warranty_basis=basis, warranty_start=start, warranty_months=form.warranty_months,
        search_text=validate.search_text(number, form.notification_ref, item.name,
                                         lot.number if lot else "", " ".join(serials),
                                         description, recipient.name)))
    return uow.commit(rid)


def set_commission(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID,
                   formed_on: dt.date, members: tuple[MemberForm, ...],
                   today: dt.date | None = None) -> Changes:
    """Form (or correct, until findings are recorded) the joint commission (29.2)."""
    s = uow.begin(actor, Permission.INSPECT, "reclamation.commission")
    rec = _get(s, reclamation_id)
    _expect(rec, (ReclamationStatus.NOTIFIED, ReclamationStatus.COMMISSION),
            translate("milrep", "form the commission"))
    if formed_on > (today or dt.date.today()):
        raise ValidationError(translate("milrep", "The commission cannot be formed on a future "
                                        "date."), field="formed_on")
    validate.date_order(rec.notified_on, formed_on, "formed_on",
                        translate("milrep", "Notification received on"),
                        translate("milrep", "Commission formed on"))
    clean: list[MemberForm] = []
    for m in members:
        name = m.name.strip()
        if not name:
            raise ValidationError(translate("milrep", "Every member needs a name."),
                                  field="members")
        clean.append(MemberForm(m.party, name, m.organization.strip(), m.role.strip()))
    missing = [party_label(p) for p in CommissionParty
               if not any(m.party == p for m in clean)]
    if missing:
        raise ValidationError(translate(
            "milrep", "Article 29.2: the joint commission includes representatives of the "
            "recipient, the contractor and the military representative office; missing: "
            "{missing}.").format(missing=", ".join(missing)), field="members")
    for old in s.scalars(select(ReclamationMember).where(
            ReclamationMember.reclamation_id == rec.id)):
        s.delete(old)
    s.flush()
    for i, m in enumerate(clean):
        s.add(ReclamationMember(id=uuid.uuid4(), reclamation_id=rec.id, party=m.party,
                                name=m.name, organization=m.organization, role=m.role,
                                position=i))
    rec.commission_formed_on = formed_on
    rec.status = ReclamationStatus.COMMISSION
    return uow.commit(rec.id)


def record_findings(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID,
                    form: FindingsForm, password: str, today: dt.date | None = None) -> Changes:
    """Record the commission's findings and sign its act (29.3, 29.4, 29.7)."""
    s = uow.begin(actor, Permission.INSPECT, "reclamation.findings")
    rec = _get(s, reclamation_id)
    if rec.status == ReclamationStatus.NOTIFIED:
        raise RuleViolation(translate(
            "milrep", "Reclamation {number}: form the joint commission before recording its "
            "findings (Article 29.2).").format(number=rec.number))
    _expect(rec, (ReclamationStatus.COMMISSION,), translate("milrep", "record findings"))
    cause = validate.required(form.cause, "cause", translate("milrep", "Cause established"))
    if form.findings_on > (today or dt.date.today()):
        raise ValidationError(translate("milrep", "The findings cannot be dated in the future."),
                              field="findings_on")
    assert rec.commission_formed_on is not None
    validate.date_order(rec.commission_formed_on, form.findings_on, "findings_on",
                        translate("milrep", "Commission formed on"),
                        translate("milrep", "Findings dated"))
    f = form.findings
    outcome = evaluate(f, goods=is_goods(s, rec))
    if outcome.problems:
        raise RuleViolation(" ".join(outcome.problems))
    signature = sign_act(uow, actor, password=password, meaning=Meaning.APPROVED,
                         object_type="reclamations", object_id=rec.id,
                         permission=Permission.INSPECT, content={
                             "number": rec.number, "findings_on": form.findings_on.isoformat(),
                             "cause": cause, "clauses": list(outcome.clauses),
                             **{k: getattr(f, k) for k in Findings.__dataclass_fields__}})
    s.flush()
    rec.findings_on = form.findings_on
    rec.cause = cause
    rec.contractor_at_fault = outcome.at_fault
    for key in Findings.__dataclass_fields__:
        if key != "contractor_at_fault":
            setattr(rec, key, getattr(f, key))
    rec.findings_signature_id = signature.id
    rec.status = ReclamationStatus.FINDINGS
    return uow.commit(rec.id)


def record_remedy(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID, remedy: Remedy,
                  started_on: dt.date, term_days: int | None = None,
                  completed_on: dt.date | None = None, notes: str = "",
                  today: dt.date | None = None) -> Changes:
    """Record the remedy the findings allow, and its completion when done (29.3–29.6)."""
    s = uow.begin(actor, Permission.INSPECT, "reclamation.remedy")
    rec = _get(s, reclamation_id)
    if rec.status in (ReclamationStatus.NOTIFIED, ReclamationStatus.COMMISSION):
        raise RuleViolation(translate(
            "milrep", "Reclamation {number}: the commission's findings decide the remedy; "
            "record them first.").format(number=rec.number))
    _expect(rec, (ReclamationStatus.FINDINGS, ReclamationStatus.REMEDY),
            translate("milrep", "record the remedy"))
    outcome = evaluate(findings_of(rec), goods=is_goods(s, rec))
    if not outcome.remedies:
        raise RuleViolation(translate(
            "milrep", "Reclamation {number}: the contractor is not at fault, so there is no "
            "remedy at its expense ({clauses}); close the reclamation.").format(
            number=rec.number, clauses=", ".join(outcome.clauses)))
    if remedy not in outcome.remedies:
        raise ValidationError(translate(
            "milrep", "The findings allow only: {allowed}.").format(
            allowed=", ".join(remedy_label(r) for r in outcome.remedies)), field="remedy")
    today = today or dt.date.today()
    validate.date_order(rec.notified_on, started_on, "started_on",
                        translate("milrep", "Notification received on"),
                        translate("milrep", "Remedy started on"))
    if started_on > today:
        raise ValidationError(translate("milrep", "The remedy cannot start in the future."),
                              field="started_on")
    if completed_on is not None:
        validate.date_order(started_on, completed_on, "completed_on",
                            translate("milrep", "Remedy started on"),
                            translate("milrep", "Remedy completed on"))
        if completed_on > today:
            raise ValidationError(translate("milrep", "The remedy cannot be completed in the "
                                            "future."), field="completed_on")
    if term_days is not None and not 1 <= term_days <= 3650:
        raise ValidationError(translate("milrep", "The term is a number of days from 1 to "
                                        "3650."), field="term_days")
    rec.remedy = remedy
    rec.remedy_started_on = started_on
    rec.remedy_term_days = term_days
    rec.remedy_completed_on = completed_on
    rec.remedy_notes = notes.strip()
    rec.status = ReclamationStatus.REMEDY
    return uow.commit(rec.id)


def close(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID, closed_on: dt.date,
          today: dt.date | None = None) -> Changes:
    """Close the reclamation: findings recorded, remedy (if any) complete, suspension signed."""
    s = uow.begin(actor, Permission.INSPECT, "reclamation.close")
    rec = _get(s, reclamation_id)
    if rec.status in (ReclamationStatus.NOTIFIED, ReclamationStatus.COMMISSION):
        raise RuleViolation(translate(
            "milrep", "Reclamation {number} cannot be closed without the joint commission's "
            "findings.").format(number=rec.number))
    _expect(rec, (ReclamationStatus.FINDINGS, ReclamationStatus.REMEDY),
            translate("milrep", "close it"))
    outcome = evaluate(findings_of(rec), goods=is_goods(s, rec))
    if outcome.remedies and rec.remedy_completed_on is None:
        raise RuleViolation(translate(
            "milrep", "Reclamation {number} cannot be closed until the contractor's remedy is "
            "complete (Article 29.6: penalties run until then).").format(number=rec.number))
    if outcome.suspension_ground and rec.suspension_id is None:
        raise RuleViolation(translate(
            "milrep", "Reclamation {number}: the same defect is in goods in production; sign "
            "the proposed suspension (Article 27.4.8) before closing.").format(
            number=rec.number))
    if closed_on > (today or dt.date.today()):
        raise ValidationError(translate("milrep", "The closing date cannot be in the future."),
                              field="closed_on")
    last = rec.remedy_completed_on or rec.findings_on
    assert last is not None
    validate.date_order(last, closed_on, "closed_on",
                        translate("milrep", "Remedy completed on") if rec.remedy_completed_on
                        else translate("milrep", "Findings dated"),
                        translate("milrep", "Closed on"))
    rec.closed_on = closed_on
    rec.closed_by = actor.user_id
    rec.status = ReclamationStatus.CLOSED
    return uow.commit(rec.id)


# --- shared with the views and the suspension link ------------------------------------------

def findings_of(rec: Reclamation) -> Findings:
    return Findings(contractor_at_fault=bool(rec.contractor_at_fault),
                    improper_operation=rec.improper_operation, counterfeit=rec.counterfeit,
                    not_own_production=rec.not_own_production,
                    own_production_required=rec.own_production_required,
                    irreparable=rec.irreparable, hidden_defect=rec.hidden_defect,
                    whole_lot_affected=rec.whole_lot_affected,
                    in_work_in_progress=rec.in_work_in_progress)


def is_goods(s: Session, rec: Reclamation) -> bool:
    """Goods (29.3–29.5 apply), not a military work or service."""
    from milrep.services.suspensions import WORKS  # noqa: PLC0415

    item = s.get(ControlListItem, rec.item_id)
    return item is None or item.kind not in WORKS


def warranty_start(s: Session, lot: Lot | None) -> tuple[WarrantyBasis, dt.date | None]:
    """Where the warranty of a lot starts: its first certificate, else its first acceptance."""
    if lot is None:
        return WarrantyBasis.ENTERED, None
    issued = s.scalar(select(Certificate.issued_on).join(
        CertificateAcceptance, CertificateAcceptance.certificate_id == Certificate.id)
        .where(CertificateAcceptance.lot_id == lot.id).order_by(Certificate.issued_on).limit(1))
    if issued is not None:
        return WarrantyBasis.CERTIFICATE, issued
    accepted = s.scalar(select(AcceptanceRecord.accepted_on).where(
        AcceptanceRecord.lot_id == lot.id).order_by(AcceptanceRecord.accepted_on).limit(1))
    if accepted is not None:
        return WarrantyBasis.ACCEPTANCE, accepted
    return WarrantyBasis.ENTERED, None


def get_row(s: Session, reclamation_id: uuid.UUID) -> Reclamation:
    return _get(s, reclamation_id)


# --- internals ------------------------------------------------------------------------------

def _get(s: Session, reclamation_id: uuid.UUID) -> Reclamation:
    rec = s.get(Reclamation, reclamation_id)
    if rec is None:
        raise NotFound(translate("milrep", "The reclamation no longer exists."))
    return rec


def _expect(rec: Reclamation, allowed: tuple[ReclamationStatus, ...], what: str) -> None:
    if rec.status not in allowed:
        raise RuleViolation(translate(
            "milrep", "Reclamation {number} ({status}): you cannot {what} now.").format(
            number=rec.number, status=status_label(rec.status).lower(), what=what))


def _lot(s: Session, form: NotificationForm, item: ControlListItem) -> Lot | None:
    if form.lot_id is None:
        return None
    lot = s.get(Lot, form.lot_id)
    if lot is None or lot.item_id != item.id:
        raise ValidationError(translate("milrep", "The lot is not a lot of \"{item}\".")
                              .format(item=item.name), field="lot_id")
    return lot


def _serials(s: Session, form: NotificationForm, lot: Lot | None) -> list[str]:
    serials = list(dict.fromkeys(x.strip() for x in form.serials if x.strip()))
    if not serials or lot is None:
        return serials
    known = set(s.scalars(select(ProductUnit.serial).where(ProductUnit.lot_id == lot.id)))
    if known:
        unknown = [x for x in serials if x not in known]
        if unknown:
            raise ValidationError(translate(
                "milrep", "Lot {lot} has no serial numbers {serials}.").format(
                lot=lot.number, serials=", ".join(unknown)), field="serials")
    return serials
