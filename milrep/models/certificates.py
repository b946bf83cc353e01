"""Certificates confirming quality (Articles 25.10, 27.3.3, 27.5) and their revocation.

All three tables are issued documents (``__immutable__``): a certificate never changes once
signed. A mistake is corrected by a new certificate that *supersedes* the old one (with the
reason); the old one gets a revocation naming its successor. Whether a certificate is valid,
revoked or superseded is therefore read from the revocations, never stored on the certificate.

Revocations have no unique constraint on the certificate: two workstations may revoke the same
certificate offline, and immutable documents merge as a set union in sync (DESIGN.md §6).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced


class CertificateStatus(enum.StrEnum):
    """Derived from the revocations (never stored)."""

    VALID = "valid"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"  # revoked by a re-issue: a newer certificate replaces it


class Certificate(Synced, Base):
    """The certificate confirming quality, as issued and signed.

    ``record`` is the canonical JSON of the full certificate (every field the paper prints); its
    SHA-256, first 16 bytes, is ``record_digest`` and is carried in the QR seal (claim -9), so a
    verifier can tell the paper and the seal belong together.
    """

    __tablename__ = "certificates"
    __immutable__ = True
    __table_args__ = (Index("ix_certificates_item_issued", "item_id", "issued_on"),
                      Index("ix_certificates_issued_on", "issued_on"))

    number: Mapped[str] = mapped_column(String(64), unique=True)
    issued_on: Mapped[dt.date]
    issued_at: Mapped[dt.datetime]
    issued_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    recipient_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"),
                                                           default=None)
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))
    lots: Mapped[str] = mapped_column(default="")  # lot numbers, one per line
    serials: Mapped[str] = mapped_column(default="")  # serial numbers, one per line
    classification: Mapped[str] = mapped_column(String(64), default="")
    record: Mapped[str]  # canonical JSON of the full certificate
    record_digest: Mapped[str] = mapped_column(String(32))  # hex of 16 bytes
    seal: Mapped[str]  # the QR text, "MR1:…"
    seal_kid: Mapped[str] = mapped_column(String(16), default="")  # hex of the signing key id
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"),
                                                            default=None, index=True)
    reissue_reason: Mapped[str] = mapped_column(default="")
    # lower-cased number, item, lots and serials, kept by the service for the list filter
    search_text: Mapped[str] = mapped_column(default="")


class CertificateAcceptance(Synced, Base):
    """Which accepted goods a certificate covers: part or all of one acceptance record."""

    __tablename__ = "certificate_acceptances"
    __immutable__ = True
    __table_args__ = (Index("ix_certificate_acceptances_record", "acceptance_record_id"),
                      Index("ix_certificate_acceptances_lot", "lot_id"))

    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificates.id"), index=True)
    acceptance_record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("acceptance_records.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    serials: Mapped[str] = mapped_column(default="")  # one per line; empty: no serial numbers


class CertificateRevocation(Synced, Base):
    """The head of office's signed revocation of a certificate (or its supersession by a
    re-issue, when ``superseded_by_id`` names the new certificate)."""

    __tablename__ = "certificate_revocations"
    __immutable__ = True

    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificates.id"), index=True)
    revoked_at: Mapped[dt.datetime]
    revoked_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str]
    superseded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"),
                                                               default=None)
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))
