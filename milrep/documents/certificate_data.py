"""What the certificate confirming quality prints, read once from the database: the signed record
(every field of the paper, as issued), its seal, its status (valid, revoked, superseded, read from
the revocations), the certificate it supersedes and the representative's signing act.

The paper prints the *record* — the canonical JSON that was signed and digested into the seal —
never the live rows it was made from: a contract or organization edited after issue does not
change a certificate already issued. Read-only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.layout import Signature
from milrep.documents.sources import signature
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.certificates import Certificate, CertificateRevocation, CertificateStatus
from milrep.models.users import SignatureRecord, User


@dataclass(frozen=True)
class Revocation:
    revoked_at: dt.datetime
    revoked_by: str
    reason: str
    superseded_by: str | None  # number of the certificate that replaced it


@dataclass(frozen=True)
class CertificateFacts:
    id: uuid.UUID
    number: str
    issued_on: dt.date
    record: dict[str, Any]
    seal: str  # "MR1:…"
    seal_kid: str  # hex
    record_digest: str  # hex of 16 bytes
    status: CertificateStatus
    revocation: Revocation | None
    supersedes: str | None  # number of the certificate this one replaced
    reissue_reason: str
    signature: Signature | None
    signature_meaning: str  # the signing act's meaning as stored (translated when printed)

    @property
    def serials(self) -> list[str]:
        return [x for lot in self.record.get("lots") or [] for x in lot.get("serials") or []]


def load_certificate(s: Session, certificate_id: uuid.UUID) -> CertificateFacts:
    cert = s.get(Certificate, certificate_id)
    if cert is None:
        raise NotFound(translate("milrep", "The certificate no longer exists."))
    revs = list(s.scalars(select(CertificateRevocation)
                          .where(CertificateRevocation.certificate_id == cert.id)
                          .order_by(CertificateRevocation.revoked_at)))
    revocation, status = None, CertificateStatus.VALID
    if revs:
        # superseded wins over a plain revocation, as in certificate_views; the first of each
        # kind counts (two workstations may have revoked it offline)
        rev = next((r for r in revs if r.superseded_by_id is not None), revs[0])
        status = (CertificateStatus.SUPERSEDED if rev.superseded_by_id is not None
                  else CertificateStatus.REVOKED)
        who = s.get(User, rev.revoked_by)
        newer = s.get(Certificate, rev.superseded_by_id) if rev.superseded_by_id else None
        revocation = Revocation(revoked_at=rev.revoked_at,
                                revoked_by=f"{who.rank} {who.full_name}".strip() if who else "",
                                reason=rev.reason, superseded_by=newer.number if newer else None)
    older = s.get(Certificate, cert.supersedes_id) if cert.supersedes_id else None
    rec = s.get(SignatureRecord, cert.signature_id)
    return CertificateFacts(
        id=cert.id, number=cert.number, issued_on=cert.issued_on,
        record=dict(json.loads(cert.record)), seal=cert.seal, seal_kid=cert.seal_kid,
        record_digest=cert.record_digest, status=status, revocation=revocation,
        supersedes=older.number if older is not None else None,
        reissue_reason=cert.reissue_reason, signature=signature(s, cert.signature_id),
        signature_meaning=rec.meaning if rec is not None else "")


def find_certificate(s: Session, number: str) -> uuid.UUID:
    """The id of the certificate with this number; NotFound (translated) when there is none."""
    wanted = (number or "").strip()
    found = s.scalar(select(Certificate.id).where(Certificate.number == wanted))
    if found is None:
        raise NotFound(translate("milrep", "There is no certificate {number}.").format(
            number=wanted))
    return found


# --- serial numbers -------------------------------------------------------------------------

def serial_runs(serials: Sequence[str]) -> list[str]:
    """The serials with every run of consecutive numbers written as ``first–last``, in order:
    ``TA0001–TA0020, TA0031, TA0040–TA0041``. Exact: every serial is named or inside a run
    whose ends share the prefix and the digit count, so nothing is implied that was not
    certified. Serials that are not ``prefix + digits`` stay as they are."""
    out: list[str] = []
    run: list[tuple[str, int, int, str]] = []  # (prefix, number, width, text)

    def flush() -> None:
        if not run:
            return
        if len(run) >= 3:
            out.append(f"{run[0][3]}\u2013{run[-1][3]}")
        else:
            out.extend(x[3] for x in run)
        run.clear()

    for text in sorted(dict.fromkeys(serials), key=_serial_key):
        m = re.fullmatch(r"(.*?)(\d+)", text)
        if m is None:
            flush()
            out.append(text)
            continue
        item = (m.group(1), int(m.group(2)), len(m.group(2)), text)
        if run and not (run[-1][0] == item[0] and run[-1][2] == item[2]
                        and run[-1][1] + 1 == item[1]):
            flush()
        run.append(item)
    flush()
    return out


def _serial_key(x: str) -> tuple[str, int, int, str]:
    m = re.fullmatch(r"(.*?)(\d+)", x)
    return (m.group(1), len(m.group(2)), int(m.group(2)), x) if m else (x, -1, -1, x)


def iso_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
