"""Certificates confirming quality (Articles 25.10, 27.3.3, 27.5): the checklist, issuing,
revocation and re-issue.

Issuing runs the Article 27.5 gate (:mod:`milrep.rules.certificate_gate`, facts from
:mod:`milrep.services.certificate_facts`) in the same transaction that writes the certificate,
so nothing can slip between the check and the document; any failing condition refuses it with
a :class:`RuleViolation` naming every failing condition. The certificate is numbered
(office/site/year/sequence), its full record built and digested, sealed with this workstation's
signing key (``MR1:`` QR text, DESIGN.md §7) and signed by the representative (a signing act).
Certificates are immutable: revocation (head of office, with a reason) and re-issue (a new
certificate superseding the old one) add documents, they never change one.

Reading (lists, one certificate, the trust list's revocations) is in
:mod:`milrep.services.certificate_views`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.documents.seal import encode_seal, record_digest
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.certificates import (Certificate, CertificateAcceptance,
                                        CertificateRevocation, CertificateStatus)
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization, OrgKind
from milrep.rules.certificate_gate import Checklist
from milrep.services import validate
from milrep.services.auth import Actor, Permission, require
from milrep.services.certificate_facts import Selection, select_goods
from milrep.services.certificate_record import (build_record, record_json, search_text,
                                                seal_claims)
from milrep.services.certificate_views import (CertificateSummary, CertificateView,
                                               CertifiableRecord, certifiable_records,
                                               certificate_status, get_certificate,
                                               list_certificates, revoked_certificates)
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.signing import Meaning, sign_act
from milrep.services.site_keys import site_signing_key

__all__ = [
    "CertificateSummary", "CertificateView", "CertifiableRecord", "Checklist",
    "certifiable_records", "certificate_checklist", "get_certificate", "issue_certificate",
    "list_certificates", "reissue_certificate", "revoke_certificate", "revoked_certificates",
]


def today() -> dt.date:
    """The date the gate judges on and certificates are dated (UTC, like every document)."""
    return dt.datetime.now(dt.UTC).date()


def certificate_checklist(uow: UnitOfWork, actor: Actor, *,
                          acceptance_record_ids: Sequence[uuid.UUID], quantity: int | None = None,
                          serials: Sequence[str] | None = None) -> Checklist:
    """The Article 27.5 checklist for certifying these acceptance records, as it stands now (for
    the wizard and ``milrep certificate check``); nothing is written."""
    s = uow.begin(actor, Permission.READ, "certificate.check")
    return select_goods(s, acceptance_record_ids=acceptance_record_ids, today=today(),
                        quantity=quantity, serials=serials).checklist


def issue_certificate(uow: UnitOfWork, actor: Actor, *,
                      acceptance_record_ids: Sequence[uuid.UUID], password: str,
                      recipient_id: uuid.UUID | None = None, quantity: int | None = None,
                      serials: Sequence[str] | None = None) -> Changes:
    """Issue the certificate for goods accepted by these records (all of what is not yet
    certified, or ``quantity`` units, or the listed ``serials``), signed with the password.

    ``recipient_id`` defaults to the contract's recipient. Refused with :class:`RuleViolation`
    while any Article 27.5 condition fails; nothing is stored then.
    """
    s = uow.begin(actor, Permission.ISSUE_CERTIFICATES, "certificate.issue")
    on = today()
    goods = select_goods(s, acceptance_record_ids=acceptance_record_ids, today=on,
                         quantity=quantity, serials=serials)
    cert = _write(uow, actor, goods, password=password, recipient_id=recipient_id, on=on)
    return uow.commit(cert.id)


def revoke_certificate(uow: UnitOfWork, actor: Actor, *, certificate_id: uuid.UUID,
                       reason: str, password: str) -> Changes:
    """Revoke a certificate (head of office), with the reason, signed with the password. The goods
    it covered may then be certified again."""
    s = uow.begin(actor, Permission.REVOKE_CERTIFICATES, "certificate.revoke")
    cert = _valid(s, certificate_id)
    text = validate.required(reason, "reason", translate("milrep", "Reason"))
    _revoke(uow, actor, cert, reason=text, password=password, superseded_by=None)
    return uow.commit(cert.id)


def reissue_certificate(uow: UnitOfWork, actor: Actor, *, certificate_id: uuid.UUID,
                        reason: str, password: str, recipient_id: uuid.UUID | None = None
                        ) -> Changes:
    """Issue a new certificate for the same goods that supersedes ``certificate_id`` (head of
    office), e.g. after a correction of the records it was made from.

    The gate runs again as for a new certificate, with the old certificate's own quantity left
    out of what is already certified; the old one is revoked as superseded in the same
    transaction. ``recipient_id`` defaults to the old certificate's recipient.
    """
    s = uow.begin(actor, Permission.REVOKE_CERTIFICATES, "certificate.reissue")
    require(actor, Permission.ISSUE_CERTIFICATES)
    old = _valid(s, certificate_id)
    text = validate.required(reason, "reason", translate("milrep", "Reason"))
    links = list(s.scalars(select(CertificateAcceptance)
                           .where(CertificateAcceptance.certificate_id == old.id)))
    serials = [x for link in links for x in link.serials.splitlines() if x.strip()]
    on = today()
    goods = select_goods(s, acceptance_record_ids=list(dict.fromkeys(
        link.acceptance_record_id for link in links)), today=on,
        quantity=None if serials else old.quantity, serials=serials or None,
        excluding_certificate_id=old.id)
    new = _write(uow, actor, goods, password=password,
                 recipient_id=recipient_id if recipient_id is not None else old.recipient_id,
                 on=on, supersedes=old, reason=text)
    _revoke(uow, actor, old, reason=text, password=password, superseded_by=new.id)
    return uow.commit(new.id)


# --- internals ------------------------------------------------------------------------------

def _valid(s: Session, certificate_id: uuid.UUID) -> Certificate:
    cert = s.get(Certificate, certificate_id)
    if cert is None:
        raise NotFound(translate("milrep", "The certificate no longer exists."))
    status = certificate_status(s, cert.id)
    if status is CertificateStatus.REVOKED:
        raise RuleViolation(translate("milrep", "Certificate {number} is already revoked.")
                            .format(number=cert.number))
    if status is CertificateStatus.SUPERSEDED:
        raise RuleViolation(translate("milrep", "Certificate {number} is already superseded by "
                                      "a re-issued certificate.").format(number=cert.number))
    return cert


def _recipient(s: Session, recipient_id: uuid.UUID | None) -> Organization | None:
    if recipient_id is None:
        return None
    org = s.get(Organization, recipient_id)
    if org is None or org.kind is not OrgKind.RECIPIENT:
        raise ValidationError(translate("milrep", "Choose the recipient among the recipient "
                                        "organizations."), field="recipient_id")
    return org


def _write(uow: UnitOfWork, actor: Actor, goods: Selection, *, password: str,
           recipient_id: uuid.UUID | None, on: dt.date, supersedes: Certificate | None = None,
           reason: str = "") -> Certificate:
    """The gate's verdict enforced, then the certificate, its links and its signing act."""
    s = uow.session
    if not goods.checklist.ok:
        raise RuleViolation(goods.checklist.refusal())
    item = s.get(ControlListItem, goods.item_id)
    contract = s.get(Contract, goods.contract_id)
    assert item is not None and contract is not None
    recipient = _recipient(s, recipient_id if recipient_id is not None
                           else (contract.recipient_id if supersedes is None else None))
    contractor = s.get(Organization, contract.contractor_id)
    cert_id = uuid.uuid4()
    issued_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    number = next_number(uow, DocumentKind.CERTIFICATE, on=on)
    record = build_record(s, certificate_id=cert_id, number=number, issued_at=issued_at,
                          item=item, contract=contract, recipient=recipient, lines=goods.lines,
                          records=goods.records, issued_by=actor.user_id,
                          supersedes=(supersedes.number, reason) if supersedes else None)
    digest = record_digest(record)
    key = site_signing_key(s)
    seal = encode_seal(seal_claims(record, certificate_id=cert_id, issued_at=issued_at,
                                   contractor_bin=contractor.bin if contractor else "",
                                   digest=digest), key)
    signature = sign_act(uow, actor, password=password, meaning=Meaning.ISSUED_CERTIFICATE,
                         object_type="certificates", object_id=cert_id, content=record,
                         permission=Permission.ISSUE_CERTIFICATES)
    s.flush()  # the signature row first: the certificate refers to it
    cert = Certificate(
        id=cert_id, number=number, issued_on=issued_at.date(), issued_at=issued_at,
        issued_by=actor.user_id, contract_id=contract.id, item_id=item.id,
        recipient_id=recipient.id if recipient is not None else None,
        quantity=record["quantity"], unit=item.unit,
        lots="\n".join(dict.fromkeys(x.lot_number for x in goods.lines)),
        serials="\n".join(x for line in goods.lines for x in line.serials),
        classification=contract.classification, record=record_json(record),
        record_digest=digest.hex(), seal=seal, seal_kid=key.kid.hex(),
        signature_id=signature.id, supersedes_id=supersedes.id if supersedes else None,
        reissue_reason=reason, search_text=search_text(record))
    s.add(cert)
    s.flush()
    for line in goods.lines:
        s.add(CertificateAcceptance(id=uuid.uuid4(), certificate_id=cert.id,
                                    acceptance_record_id=line.record_id, lot_id=line.lot_id,
                                    quantity=line.quantity, serials="\n".join(line.serials)))
    return cert


def _revoke(uow: UnitOfWork, actor: Actor, cert: Certificate, *, reason: str, password: str,
            superseded_by: uuid.UUID | None) -> CertificateRevocation:
    s = uow.session
    revocation_id = uuid.uuid4()
    now = dt.datetime.now(dt.UTC)
    signature = sign_act(uow, actor, password=password, meaning=Meaning.REVOKED_CERTIFICATE,
                         object_type="certificate_revocations", object_id=revocation_id,
                         content={"certificate": cert.number, "certificate_id": cert.id.hex,
                                  "reason": reason, "revoked_at": now.isoformat(),
                                  "superseded_by": superseded_by.hex if superseded_by else None},
                         permission=Permission.REVOKE_CERTIFICATES)
    s.flush()
    revocation = CertificateRevocation(id=revocation_id, certificate_id=cert.id, revoked_at=now,
                                       revoked_by=actor.user_id, reason=reason,
                                       superseded_by_id=superseded_by, signature_id=signature.id)
    s.add(revocation)
    return revocation

