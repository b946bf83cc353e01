"""Small reads the certificate screens need beside :mod:`milrep.services.certificate_views`:
the recipients to choose from, what a certificate still allows to ship, and the trust lists a
verifier uses (this office's, from the database, plus files given).

Plain functions taking a session (read on the database worker) or no database at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.trust import TrustList, load_trust_list
from milrep.errors import UserError
from milrep.i18n import translate
from milrep.models.certificates import CertificateAcceptance
from milrep.models.organizations import Organization, OrgKind
from milrep.services.site_keys import local_trust_list
from milrep.verify import InputReport, verify_input

MAX_CHOICES = 500


@dataclass(frozen=True)
class RecipientChoice:
    id: uuid.UUID
    text: str


def recipients(session: Session) -> tuple[RecipientChoice, ...]:
    """Recipient organizations (the receiving units), by name."""
    rows = session.execute(select(Organization.id, Organization.name)
                           .where(Organization.kind == OrgKind.RECIPIENT)
                           .order_by(Organization.name).limit(MAX_CHOICES))
    return tuple(RecipientChoice(i, n) for i, n in rows)


def shippable_of_certificate(session: Session, certificate_id: uuid.UUID) -> int:
    """Units of the lots this certificate covers that are certified and not yet shipped (what
    the shipment dialog suggests; the shipment service decides)."""
    from milrep.services.shipments import shippable_of_lot  # noqa: PLC0415

    lots = set(session.scalars(select(CertificateAcceptance.lot_id)
                               .where(CertificateAcceptance.certificate_id == certificate_id)))
    covered = sum(session.scalars(select(CertificateAcceptance.quantity)
                                  .where(CertificateAcceptance.certificate_id == certificate_id)))
    return min(int(covered), sum(shippable_of_lot(session, lot) for lot in lots))


def office_trust_list(session: Session) -> TrustList | None:
    """This office's trust list as the database knows it; None when it cannot be made (no root
    key here yet): the verifier then needs trust list files."""
    try:
        return local_trust_list(session)
    except UserError:
        return None


def load_trust_files(paths: Sequence[Path]) -> list[TrustList]:
    """The trust list files given (each checked; a bad one is refused with its reason)."""
    return [load_trust_list(Path(p)) for p in paths]


def verify_with(source: str | Path | bytes, office: TrustList | None,
                extra: Iterable[TrustList]) -> InputReport:
    """Verify ``source`` against this office's list (if any) and the extra lists."""
    lists = ([office] if office is not None else []) + list(extra)
    if not lists:
        raise UserError(_no_trust())
    if isinstance(source, Path) and source.is_file() and source.stat().st_size == 0:
        raise UserError(translate("milrep", "{path} is empty (0 bytes): there is nothing to "
                                  "verify. Scan or save the certificate again.").format(
                                      path=source))
    return verify_input(source, lists)


def _no_trust() -> str:
    return translate("milrep", "A trust list is needed to verify a seal: add the issuing "
                     "office's trust list file (the office exports it with `milrep keys "
                     "export-trust`).")


__all__ = ["RecipientChoice", "load_trust_files", "office_trust_list", "recipients",
           "shippable_of_certificate", "verify_with"]
