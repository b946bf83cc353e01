"""Shipment of accepted goods (DESIGN.md §3 step 8): only accepted, certified (by a valid
certificate) and not suspended goods leave the plant, and no more than is certified and not yet
shipped.

What may still be shipped is counted per lot: the units covered by valid certificates less every
unit already shipped. A revoked certificate thus stops what it covered; a re-issued one carries
on from the one it superseded (the same goods, already shipped or not).
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
from milrep.models.acceptance import AcceptanceRecord
from milrep.models.certificates import Certificate, CertificateAcceptance, CertificateStatus
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.shipments import Shipment
from milrep.services import gates, validate
from milrep.services.auth import Actor, Permission
from milrep.services.certificate_facts import valid_certificate
from milrep.services.certificate_views import certificate_status, status_label


@dataclass(frozen=True)
class ShipmentInfo:
    id: uuid.UUID
    document_no: str
    shipped_on: dt.date
    item_name: str
    lot_number: str
    certificate_number: str
    quantity: int
    unit: str
    consignee: str


def certified_of_lot(s: Session, lot_id: uuid.UUID) -> int:
    """Units of the lot covered by valid certificates."""
    return int(s.scalar(select(func.coalesce(func.sum(CertificateAcceptance.quantity), 0))
                        .join(Certificate, Certificate.id == CertificateAcceptance.certificate_id)
                        .where(CertificateAcceptance.lot_id == lot_id, valid_certificate()))
               or 0)


def shipped_of_lot(s: Session, lot_id: uuid.UUID) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(Shipment.quantity), 0))
                        .where(Shipment.lot_id == lot_id)) or 0)


def shippable_of_lot(s: Session, lot_id: uuid.UUID) -> int:
    """Certified by valid certificates and not yet shipped (never below zero)."""
    return max(0, certified_of_lot(s, lot_id) - shipped_of_lot(s, lot_id))


def record_shipment(uow: UnitOfWork, actor: Actor, *, quantity: int, shipped_on: dt.date,
                    document_no: str, lot_id: uuid.UUID | None = None,
                    certificate_id: uuid.UUID | None = None,
                    consignee_id: uuid.UUID | None = None) -> Changes:
    """Record that ``quantity`` units of a lot (or of the goods a certificate covers) were
    shipped with the plant's document ``document_no``.

    Refused unless the goods are accepted, covered by a valid certificate and under no
    suspension in force (the message names it), and for more than is certified and not yet
    shipped. The consignee defaults to the certificate's recipient.
    """
    s = uow.begin(actor, Permission.SHIP, "shipment.record")
    if (lot_id is None) == (certificate_id is None):
        raise ValidationError(translate("milrep", "Name either the lot or the certificate of the "
                                        "goods shipped."), field="lot_id")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise ValidationError(translate("milrep", "The quantity shipped must be a whole number "
                                        "greater than zero."), field="quantity")
    doc = validate.required(document_no, "document_no",
                            translate("milrep", "Shipping document"))
    if shipped_on > dt.datetime.now(dt.UTC).date():
        raise ValidationError(translate("milrep", "A shipment cannot be recorded before it "
                                        "happens."), field="shipped_on")
    if consignee_id is not None and s.get(Organization, consignee_id) is None:
        raise ValidationError(translate("milrep", "Choose the consignee."), field="consignee_id")
    if certificate_id is not None:
        plan = _plan_by_certificate(s, certificate_id, quantity)
    else:
        assert lot_id is not None
        plan = _plan_by_lot(s, lot_id, quantity)
    now = dt.datetime.now(dt.UTC)
    first: uuid.UUID | None = None
    for cert, lot, qty in plan:
        if shipped_on < cert.issued_on:
            raise ValidationError(translate(
                "milrep", "Certificate {number} was issued on {date}: the goods cannot have "
                "been shipped under it earlier.").format(number=cert.number,
                                                         date=format_date(cert.issued_on)),
                field="shipped_on")
        row = Shipment(id=uuid.uuid4(), document_no=doc, shipped_on=shipped_on,
                       item_id=lot.item_id, lot_id=lot.id, certificate_id=cert.id, quantity=qty,
                       consignee_id=consignee_id if consignee_id is not None
                       else cert.recipient_id, recorded_at=now, recorded_by=actor.user_id)
        s.add(row)
        first = first or row.id
    return uow.commit(first)


def list_shipments(uow: UnitOfWork, actor: Actor, *, lot_id: uuid.UUID | None = None,
                   certificate_id: uuid.UUID | None = None) -> tuple[ShipmentInfo, ...]:
    s = uow.begin(actor, Permission.READ, "shipment.list")
    q = select(Shipment).order_by(Shipment.shipped_on.desc(), Shipment.document_no)
    if lot_id is not None:
        q = q.where(Shipment.lot_id == lot_id)
    if certificate_id is not None:
        q = q.where(Shipment.certificate_id == certificate_id)
    out = []
    for r in s.scalars(q):
        item = s.get(ControlListItem, r.item_id)
        lot = s.get(Lot, r.lot_id)
        cert = s.get(Certificate, r.certificate_id)
        org = s.get(Organization, r.consignee_id) if r.consignee_id else None
        out.append(ShipmentInfo(id=r.id, document_no=r.document_no, shipped_on=r.shipped_on,
                                item_name=item.name if item else "",
                                lot_number=lot.number if lot else "",
                                certificate_number=cert.number if cert else "",
                                quantity=r.quantity, unit=item.unit if item else "",
                                consignee=org.name if org else ""))
    return tuple(out)


# --- internals ------------------------------------------------------------------------------

def _gate(s: Session, lot: Lot, quantity: int) -> None:
    """Accepted, not suspended, certified and not yet shipped: in that order, so the message
    names the first thing that stops the goods."""
    accepted = s.scalar(select(func.coalesce(func.sum(AcceptanceRecord.accepted_quantity), 0))
                        .where(AcceptanceRecord.lot_id == lot.id)) or 0
    if not accepted:
        raise RuleViolation(translate("milrep", "Lot {lot} has not been accepted: only accepted "
                                      "goods are shipped.").format(lot=lot.number))
    gates.ensure_not_suspended(s, item_id=lot.item_id, lot_id=lot.id,
                               action=translate("milrep", "Shipment"))
    certified = certified_of_lot(s, lot.id)
    if not certified:
        raise RuleViolation(translate("milrep", "Lot {lot} has no valid certificate confirming "
                                      "quality: it cannot be shipped.").format(lot=lot.number))
    left = max(0, certified - shipped_of_lot(s, lot.id))
    if quantity > left:
        raise RuleViolation(translate(
            "milrep", "Only {left} {unit} of lot {lot} are certified and not yet shipped; {qty} "
            "{unit} cannot be shipped.").format(left=left, lot=lot.number, qty=quantity,
                                                unit=_unit(s, lot.item_id)))


def _plan_by_lot(s: Session, lot_id: uuid.UUID, quantity: int
                 ) -> list[tuple[Certificate, Lot, int]]:
    lot = s.get(Lot, lot_id)
    if lot is None:
        raise NotFound(translate("milrep", "The lot no longer exists."))
    _gate(s, lot, quantity)
    cert = s.scalars(select(Certificate)
                     .join(CertificateAcceptance,
                           CertificateAcceptance.certificate_id == Certificate.id)
                     .where(CertificateAcceptance.lot_id == lot.id, valid_certificate())
                     .order_by(Certificate.issued_at.desc())).first()
    assert cert is not None  # the gate found the lot certified
    return [(cert, lot, quantity)]


def _plan_by_certificate(s: Session, certificate_id: uuid.UUID, quantity: int
                         ) -> list[tuple[Certificate, Lot, int]]:
    cert = s.get(Certificate, certificate_id)
    if cert is None:
        raise NotFound(translate("milrep", "The certificate no longer exists."))
    status = certificate_status(s, cert.id)
    if status is not CertificateStatus.VALID:
        raise RuleViolation(translate("milrep", "Certificate {number} is {status}: goods are not "
                                      "shipped under it.").format(
            number=cert.number, status=status_label(status).lower()))
    per_lot: dict[uuid.UUID, int] = {}
    for link in s.scalars(select(CertificateAcceptance)
                          .where(CertificateAcceptance.certificate_id == cert.id)):
        per_lot[link.lot_id] = per_lot.get(link.lot_id, 0) + link.quantity
    lots = [lot for lot_id in per_lot if (lot := s.get(Lot, lot_id)) is not None]
    for lot in lots:
        gates.ensure_not_suspended(s, item_id=lot.item_id, lot_id=lot.id,
                                   action=translate("milrep", "Shipment"))
    plan, left = [], quantity
    for lot in sorted(lots, key=lambda x: x.number):
        take = min(per_lot[lot.id], shippable_of_lot(s, lot.id), left)
        if take > 0:
            plan.append((cert, lot, take))
            left -= take
    if left > 0:
        room = quantity - left
        raise RuleViolation(translate(
            "milrep", "Only {room} {unit} covered by certificate {number} are not yet shipped; "
            "{qty} {unit} cannot be shipped.").format(room=room, number=cert.number,
                                                      qty=quantity, unit=cert.unit))
    return plan


def _unit(s: Session, item_id: uuid.UUID) -> str:
    item = s.get(ControlListItem, item_id)
    return item.unit if item is not None else ""
