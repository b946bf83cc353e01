"""Reading certificates: frozen views for the UI and the command line, the acceptance records
still to certify, each certificate's status, and the revocations the trust list publishes."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.store import UnitOfWork
from milrep.documents.trust import RevokedCertificate
from milrep.errors import NotFound, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import AcceptanceRecord
from milrep.models.certificates import (Certificate, CertificateAcceptance,
                                        CertificateRevocation, CertificateStatus)
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.users import User
from milrep.services.auth import Actor, Permission
from milrep.services.certificate_facts import certified_of_records


def status_label(status: CertificateStatus) -> str:
    return {
        CertificateStatus.VALID: translate("milrep", "Valid"),
        CertificateStatus.REVOKED: translate("milrep", "Revoked"),
        CertificateStatus.SUPERSEDED: translate("milrep", "Superseded"),
    }[status]


@dataclass(frozen=True)
class CertificateSummary:
    id: uuid.UUID
    number: str
    status: CertificateStatus
    issued_on: dt.date
    item_id: uuid.UUID
    item_name: str
    nomenclature_code: str
    quantity: int
    unit: str
    lots: tuple[str, ...]
    contract_number: str
    recipient_name: str


@dataclass(frozen=True)
class CoveredGoods:
    acceptance_record: str
    lot: str
    quantity: int
    serials: tuple[str, ...]


@dataclass(frozen=True)
class RevocationInfo:
    revoked_at: dt.datetime
    revoked_by: str
    reason: str
    superseded_by: str | None  # number of the certificate that replaced it


@dataclass(frozen=True)
class CertificateView:
    summary: CertificateSummary
    issued_at: dt.datetime
    issued_by: str
    serials: tuple[str, ...]
    goods: tuple[CoveredGoods, ...]
    classification: str
    record_json: str  # the canonical full record, as signed and digested
    record_digest: str  # hex
    seal: str  # "MR1:…"
    seal_kid: str  # hex
    signature_id: uuid.UUID
    supersedes: str | None  # number of the certificate this one replaced
    reissue_reason: str
    revocation: RevocationInfo | None

    @property
    def record(self) -> dict[str, Any]:
        return dict(json.loads(self.record_json))


@dataclass(frozen=True)
class CertifiableRecord:
    """An acceptance record with units accepted and not yet covered by a valid certificate."""

    id: uuid.UUID
    number: str
    item_id: uuid.UUID
    item_name: str
    lot_id: uuid.UUID
    lot_number: str
    accepted_on: dt.date
    accepted_quantity: int
    remaining_quantity: int
    unit: str


# --- services -------------------------------------------------------------------------------

def list_certificates(uow: UnitOfWork, actor: Actor, *, status: CertificateStatus | None = None,
                      item_id: uuid.UUID | None = None) -> tuple[CertificateSummary, ...]:
    """Certificates, newest first (the UI pages through ``lists.CERTIFICATES`` instead)."""
    s = uow.begin(actor, Permission.READ, "certificate.list")
    q = select(Certificate).order_by(Certificate.issued_at.desc(), Certificate.number.desc())
    if item_id is not None:
        q = q.where(Certificate.item_id == item_id)
    statuses = _statuses(s)
    out = [_summary(s, c, statuses.get(c.id, CertificateStatus.VALID)) for c in s.scalars(q)]
    if status is not None:
        out = [c for c in out if c.status is status]
    return tuple(out)


def get_certificate(uow: UnitOfWork, actor: Actor, *, certificate_id: uuid.UUID | None = None,
                    number: str | None = None) -> CertificateView:
    """One certificate by id or by number, with what it covers and its revocation if any."""
    s = uow.begin(actor, Permission.READ, "certificate.get")
    if certificate_id is not None:
        cert = s.get(Certificate, certificate_id)
    elif number is not None:
        cert = s.scalars(select(Certificate).where(Certificate.number == number.strip())).first()
    else:
        raise ValidationError(translate("milrep", "Name the certificate."), field="number")
    if cert is None:
        raise NotFound(translate("milrep", "There is no certificate {number}.").format(
            number=number if number is not None else certificate_id))
    return certificate_view(s, cert)


def certifiable_records(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID | None = None
                        ) -> tuple[CertifiableRecord, ...]:
    """Acceptance records (final, not superseded) with units not yet certified, oldest first."""
    s = uow.begin(actor, Permission.READ, "certificate.certifiable")
    superseded = select(AcceptanceRecord.supersedes_id).where(
        AcceptanceRecord.supersedes_id.is_not(None))
    q = (select(AcceptanceRecord, ControlListItem, Lot)
         .join(ControlListItem, ControlListItem.id == AcceptanceRecord.item_id)
         .join(Lot, Lot.id == AcceptanceRecord.lot_id)
         .where(AcceptanceRecord.accepted_quantity > 0,
                AcceptanceRecord.id.not_in(superseded))
         .order_by(AcceptanceRecord.accepted_on, AcceptanceRecord.number))
    if item_id is not None:
        q = q.where(AcceptanceRecord.item_id == item_id)
    rows = s.execute(q).all()
    done = certified_of_records(s, [r.id for r, _, _ in rows])
    out = []
    for r, item, lot in rows:
        left = r.accepted_quantity - done.get(r.id, (0, set()))[0]
        if left > 0:
            out.append(CertifiableRecord(
                id=r.id, number=r.number, item_id=item.id, item_name=item.name, lot_id=lot.id,
                lot_number=lot.number, accepted_on=r.accepted_on,
                accepted_quantity=r.accepted_quantity, remaining_quantity=left, unit=item.unit))
    return tuple(out)


# --- helpers taking a session ---------------------------------------------------------------

def certificate_status(s: Session, certificate_id: uuid.UUID) -> CertificateStatus:
    rows = s.scalars(select(CertificateRevocation.superseded_by_id)
                     .where(CertificateRevocation.certificate_id == certificate_id)).all()
    if not rows:
        return CertificateStatus.VALID
    return (CertificateStatus.SUPERSEDED if any(r is not None for r in rows)
            else CertificateStatus.REVOKED)


def revoked_certificates(session: Session) -> list[RevokedCertificate]:
    """Every revoked or superseded certificate, for the trust list (oldest revocation first).

    A superseded certificate is listed too: the paper still exists, and a verifier must learn
    that it no longer stands (the reason names its successor).
    """
    rows = session.execute(
        select(CertificateRevocation, Certificate.number)
        .join(Certificate, Certificate.id == CertificateRevocation.certificate_id)
        .order_by(CertificateRevocation.revoked_at, Certificate.number)).all()
    seen: dict[uuid.UUID, RevokedCertificate] = {}
    for rev, number in rows:
        if rev.certificate_id in seen:
            continue  # revoked twice (two workstations offline): the first one counts
        reason = rev.reason
        if rev.superseded_by_id is not None:
            newer = session.get(Certificate, rev.superseded_by_id)
            reason = translate("milrep", "superseded by certificate {number}: {reason}").format(
                number=newer.number if newer else "?", reason=rev.reason)
        seen[rev.certificate_id] = RevokedCertificate(id=rev.certificate_id, number=number,
                                                      revoked_at=rev.revoked_at, reason=reason)
    return list(seen.values())


def certificate_view(s: Session, cert: Certificate) -> CertificateView:
    status = certificate_status(s, cert.id)
    user = s.get(User, cert.issued_by)
    goods = []
    for link in s.scalars(select(CertificateAcceptance)
                          .where(CertificateAcceptance.certificate_id == cert.id)):
        record = s.get(AcceptanceRecord, link.acceptance_record_id)
        lot = s.get(Lot, link.lot_id)
        goods.append(CoveredGoods(acceptance_record=record.number if record else "",
                                  lot=lot.number if lot else "", quantity=link.quantity,
                                  serials=tuple(x for x in link.serials.splitlines() if x)))
    goods.sort(key=lambda g: (g.lot, g.acceptance_record))
    rev = s.scalars(select(CertificateRevocation)
                    .where(CertificateRevocation.certificate_id == cert.id)
                    .order_by(CertificateRevocation.revoked_at)).first()
    revocation = None
    if rev is not None:
        who = s.get(User, rev.revoked_by)
        newer = s.get(Certificate, rev.superseded_by_id) if rev.superseded_by_id else None
        revocation = RevocationInfo(revoked_at=rev.revoked_at,
                                    revoked_by=who.full_name if who else "", reason=rev.reason,
                                    superseded_by=newer.number if newer else None)
    older = s.get(Certificate, cert.supersedes_id) if cert.supersedes_id else None
    return CertificateView(
        summary=_summary(s, cert, status), issued_at=cert.issued_at,
        issued_by=user.full_name if user else "",
        serials=tuple(x for x in cert.serials.splitlines() if x), goods=tuple(goods),
        classification=cert.classification, record_json=cert.record,
        record_digest=cert.record_digest, seal=cert.seal, seal_kid=cert.seal_kid,
        signature_id=cert.signature_id, supersedes=older.number if older else None,
        reissue_reason=cert.reissue_reason, revocation=revocation)


def _statuses(s: Session) -> dict[uuid.UUID, CertificateStatus]:
    out: dict[uuid.UUID, CertificateStatus] = {}
    for cert_id, superseded in s.execute(select(CertificateRevocation.certificate_id,
                                                func.max(CertificateRevocation.superseded_by_id))
                                         .group_by(CertificateRevocation.certificate_id)):
        out[cert_id] = (CertificateStatus.SUPERSEDED if superseded is not None
                        else CertificateStatus.REVOKED)
    return out


def _summary(s: Session, c: Certificate, status: CertificateStatus) -> CertificateSummary:
    item = s.get(ControlListItem, c.item_id)
    contract = s.get(Contract, c.contract_id)
    recipient = s.get(Organization, c.recipient_id) if c.recipient_id else None
    return CertificateSummary(
        id=c.id, number=c.number, status=status, issued_on=c.issued_on, item_id=c.item_id,
        item_name=item.name if item else "",
        nomenclature_code=item.nomenclature_code if item else "", quantity=c.quantity,
        unit=c.unit, lots=tuple(x for x in c.lots.splitlines() if x),
        contract_number=contract.number if contract else "",
        recipient_name=recipient.name if recipient else "")
