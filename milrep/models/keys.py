"""The keys this workstation holds: its own signing key and age identity, and the office root key.

A plain local table, like the journal tables: it is **not** synced, so a private key never
travels in a sync bundle. Other workstations learn public keys only through the signed keyring
and the trust list. The database itself is SQLCipher-encrypted, which is what protects the
private keys at rest (DESIGN.md §5, §6).

Key ids (``kid``) follow DESIGN.md §7: the first 8 bytes of the SHA-256 of the raw 32-byte
public key, stored as 16 hex digits. The age identity's id is taken the same way over its
X25519 recipient text (``age1…``), which is what other sites will know it by.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base
from milrep.models.types import enum_type


class KeyPurpose(enum.StrEnum):
    SITE_SIGNING = "site_signing"  # Ed25519: seals of certificates, sync bundles of this site
    SITE_AGE = "site_age"  # X25519 age identity: bundles addressed to this site are opened with it
    OFFICE_ROOT = "office_root"  # Ed25519: signs the keyring and the trust list (head of office)


class KeyRecord(Base):
    """One key pair (or, for the office root on other workstations, one pinned public key)."""

    __tablename__ = "site_keys"
    __table_args__ = (Index("ix_site_keys_purpose", "purpose", "site_id"),)

    kid: Mapped[str] = mapped_column(String(16), primary_key=True)
    purpose: Mapped[KeyPurpose] = mapped_column(enum_type(KeyPurpose))
    algorithm: Mapped[str] = mapped_column(String(16))  # "Ed25519" or "X25519"
    #: the site the key belongs to (for the office root: the head of office's workstation)
    site_id: Mapped[uuid.UUID]
    #: Ed25519: base64 of the raw 32 bytes; X25519: the age recipient text ("age1…")
    public_key: Mapped[str]
    #: Ed25519: base64 of the raw 32-byte seed; X25519: the age identity in its Bech32 text form;
    #: None when this workstation only knows the public half (the root key elsewhere)
    private_key: Mapped[str | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime]
    #: set when the key is replaced; a retired key no longer signs but stays for verifying
    retired_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    def __repr__(self) -> str:  # never print the private half
        return f"<KeyRecord {self.purpose} {self.kid}>"
