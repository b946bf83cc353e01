"""The join request (``.mrj``): a new workstation asks, on media, to be enrolled in the office.

Byte layout (docs/FORMATS.md "The join request")::

    magic        8 bytes   b"MRJOINRQ"
    version      1 byte    1
    B            4 bytes   body length, big-endian, 1..16 KiB
    body         B bytes   canonical CBOR map (see JoinRequest.to_cbor)
    signature    64 bytes  Ed25519 of SIGN_TAG ‖ body by the body's own ``signing_key``

The self-signature proves the new workstation holds the private half of the key it asks the
office to trust; the person comparing the fingerprint aloud proves the request is that
workstation's. Pure: no database (milrep.sync.enroll uses it).
"""

from __future__ import annotations

import enum
import hashlib
import struct
import uuid
from dataclasses import dataclass
from typing import Any

import cbor2
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)

from milrep.documents.ed25519 import fingerprint, grouped_hex, raw_public_key
from milrep.i18n import translate
from milrep.sync.errors import SyncError
from milrep.sync.keyring import SiteKey, SiteRole

MAGIC = b"MRJOINRQ"
FILE_VERSION = 1
FORMAT_VERSION = 1
SIGN_TAG = b"milrep join request v1\x00"
SUFFIX = ".mrj"
MAX_BODY = 16 << 10
SIGNATURE_LENGTH = 64
_HEADER = struct.Struct(">8sBI")
FIELDS = ("format", "realm", "root", "site", "code", "name", "signing_key", "age", "user_id",
          "username", "full_name", "created")


class JoinFault(enum.StrEnum):
    DAMAGED = "damaged"  # not a join request, truncated, malformed
    BAD_SIGNATURE = "bad_signature"  # changed after it was signed
    OTHER_REALM = "other_realm"  # made for another office deployment
    OTHER_ROOT = "other_root"  # the newcomer trusts another root key than the office's
    DUPLICATE = "duplicate"  # the site, its code, or its keys are already in the office


class JoinRequestError(SyncError):
    def __init__(self, kind: JoinFault, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class JoinRequest:
    realm: uuid.UUID
    root: bytes  # the office root public key the new workstation pinned
    site_id: uuid.UUID
    code: str
    name: str
    signing_key: bytes  # raw Ed25519 public key, 32 bytes
    age_recipient: str  # "age1…"
    user_id: uuid.UUID  # the person who will work there (their account, made at enrollment)
    username: str
    full_name: str
    created: int  # Unix seconds

    def to_cbor(self) -> bytes:
        return cbor2.dumps({
            "format": FORMAT_VERSION, "realm": self.realm.bytes, "root": self.root,
            "site": self.site_id.bytes, "code": self.code, "name": self.name,
            "signing_key": self.signing_key, "age": self.age_recipient,
            "user_id": self.user_id.bytes, "username": self.username,
            "full_name": self.full_name, "created": self.created}, canonical=True)

    @property
    def fingerprint(self) -> str:
        """The site signing key's fingerprint, in groups to read aloud (as ``keys show``)."""
        return grouped_hex(fingerprint(self.signing_key))

    @property
    def root_fingerprint(self) -> str:
        return grouped_hex(hashlib.sha256(self.root).digest()[:16])

    def site_key(self, role: SiteRole = SiteRole.WORKSTATION) -> SiteKey:
        return SiteKey(site_id=self.site_id, public_key=self.signing_key,
                       age_recipient=self.age_recipient, role=role)


def seal_request(req: JoinRequest, key: Ed25519PrivateKey) -> bytes:
    if raw_public_key(key) != req.signing_key:
        raise ValueError("a join request is signed by the key it carries")
    body = req.to_cbor()
    return _HEADER.pack(MAGIC, FILE_VERSION, len(body)) + body + key.sign(SIGN_TAG + body)


def open_request(data: bytes) -> JoinRequest:
    """Check the layout and the self-signature, then decode; refuse with the reason."""
    if len(data) < _HEADER.size + SIGNATURE_LENGTH:
        raise _damaged()
    magic, version, n = _HEADER.unpack_from(data)
    if magic != MAGIC or version != FILE_VERSION or not 1 <= n <= MAX_BODY \
            or len(data) != _HEADER.size + n + SIGNATURE_LENGTH:
        raise _damaged()
    body = data[_HEADER.size:_HEADER.size + n]
    signature = data[_HEADER.size + n:]
    req = _decode(body)
    try:
        Ed25519PublicKey.from_public_bytes(req.signing_key).verify(signature, SIGN_TAG + body)
    except (InvalidSignature, ValueError) as e:
        raise JoinRequestError(JoinFault.BAD_SIGNATURE, translate(
            "milrep", "The join request's signature does not match its content: it was changed "
            "after the workstation wrote it, or damaged. Nothing was changed; ask for the "
            "request again.")) from e
    return req


def _decode(body: bytes) -> JoinRequest:
    try:
        raw = cbor2.loads(body)
        canonical = isinstance(raw, dict) and cbor2.dumps(raw, canonical=True) == body
    except Exception as e:  # cbor2 raises several types for malformed input
        raise _damaged() from e
    if not canonical or set(raw) != set(FIELDS) or raw["format"] != FORMAT_VERSION:
        raise _damaged()
    age = _text(raw["age"], 200)
    try:
        pyrage.x25519.Recipient.from_str(age)
    except Exception as e:  # pyrage raises its own error types for a malformed recipient
        raise _damaged() from e
    signing_key = _bytes(raw["signing_key"], 32)
    try:
        Ed25519PublicKey.from_public_bytes(signing_key)
    except ValueError as e:
        raise _damaged() from e
    return JoinRequest(
        realm=uuid.UUID(bytes=_bytes(raw["realm"], 16)), root=_bytes(raw["root"], 32),
        site_id=uuid.UUID(bytes=_bytes(raw["site"], 16)), code=_text(raw["code"], 32),
        name=_text(raw["name"], 200), signing_key=signing_key, age_recipient=age,
        user_id=uuid.UUID(bytes=_bytes(raw["user_id"], 16)),
        username=_text(raw["username"], 64), full_name=_text(raw["full_name"], 200),
        created=_uint(raw["created"]))


def _uint(v: Any) -> int:
    if type(v) is not int or not 0 <= v < 1 << 63:
        raise _damaged()
    return v


def _text(v: Any, limit: int) -> str:
    if type(v) is not str or not v.strip() or len(v) > limit:
        raise _damaged()
    return v


def _bytes(v: Any, n: int) -> bytes:
    if type(v) is not bytes or len(v) != n:
        raise _damaged()
    return v


def _damaged() -> JoinRequestError:
    return JoinRequestError(JoinFault.DAMAGED, translate(
        "milrep", "The file is not a milrep join request, or it is damaged. Nothing was "
        "changed; ask the new workstation to write its request again."))
