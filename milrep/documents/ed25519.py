"""Ed25519 keys as the seal and the trust list use them: key ids, fingerprints, a signing key.

- key id (``kid``, DESIGN.md §7): the first 8 bytes of SHA-256 of the raw 32-byte public key;
- fingerprint: the first 16 bytes of the same hash (the kid is its first half), printed as eight
  groups of four hex digits for a person to compare aloud or against paper. 128 bits: finding
  another key with the same fingerprint is out of reach, unlike for the 64-bit kid, which only
  names a key and is never trusted on its own.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

KID_LENGTH = 8
FINGERPRINT_LENGTH = 16
PUBLIC_KEY_LENGTH = 32
SIGNATURE_LENGTH = 64


def key_id(public_key: bytes) -> bytes:
    """The 8-byte id of a raw 32-byte Ed25519 public key."""
    if len(public_key) != PUBLIC_KEY_LENGTH:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return hashlib.sha256(public_key).digest()[:KID_LENGTH]


def fingerprint(public_key: bytes) -> bytes:
    if len(public_key) != PUBLIC_KEY_LENGTH:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return hashlib.sha256(public_key).digest()[:FINGERPRINT_LENGTH]


def grouped_hex(data: bytes) -> str:
    """``3F2A 9C01 77B4 …``: upper-case hex in groups of four, easy to read aloud."""
    h = data.hex().upper()
    return " ".join(h[i:i + 4] for i in range(0, len(h), 4))


def parse_grouped_hex(text: str) -> bytes:
    """Inverse of :func:`grouped_hex`, forgiving about spaces, dashes, colons and case."""
    cleaned = "".join(ch for ch in text if ch not in " -:\t")
    return bytes.fromhex(cleaned)


def raw_public_key(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class SigningKey:
    """A site's Ed25519 signing key, ready to seal certificates. Frozen: safe across threads."""

    kid: bytes
    private_key: Ed25519PrivateKey = field(repr=False, compare=False)
    public_key: bytes
    site_code: str
    site_id: uuid.UUID

    @classmethod
    def from_private(cls, private: Ed25519PrivateKey, *, site_code: str,
                     site_id: uuid.UUID) -> SigningKey:
        public = raw_public_key(private)
        return cls(kid=key_id(public), private_key=private, public_key=public,
                   site_code=site_code, site_id=site_id)

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)

    @property
    def fingerprint(self) -> str:
        return grouped_hex(fingerprint(self.public_key))
