"""The signed office keyring file (``.mrk``): which sites exist, their keys, roles, revocations.

Byte layout (docs/FORMATS.md "The keyring")::

    magic        8 bytes   b"MRKEYRNG"
    version      1 byte    1
    B            4 bytes   body length, big-endian, 1..256 KiB
    body         B bytes   canonical CBOR map (see KeyringDoc.to_cbor)
    N            1 byte    1 or 2 signatures
    signatures   N×72      key id ‖ Ed25519 signature of SIGN_TAG ‖ body

Trust (TUF-style): a keyring is accepted only if signed by the root this site trusts (the root of
its current keyring, or the office root pinned when the database was made). A keyring that names
a new root must also name the trusted one as ``previous_root`` and carry both signatures; one
side alone is refused. Versions only go up: an older one is refused, the same version with other
content too. Pure: no database (milrep.sync.keyring_store keeps it).
"""

from __future__ import annotations

import enum
import hashlib
import struct
import uuid
from dataclasses import dataclass
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)

from milrep.documents.ed25519 import KID_LENGTH, grouped_hex, key_id, raw_public_key
from milrep.i18n import translate
from milrep.sync.errors import SyncError
from milrep.sync.keyring import Keyring, SiteKey, SiteRole

MAGIC = b"MRKEYRNG"
FILE_VERSION = 1
FORMAT_VERSION = 1
SIGN_TAG = b"milrep keyring v1\x00"
SUFFIX = ".mrk"
MAX_BODY = 256 << 10
MAX_SITES = 1024
_HEADER = struct.Struct(">8sBI")
_FIELDS = frozenset({"format", "realm", "version", "issued", "root", "previous_root", "sites"})
_SITE_FIELDS = frozenset({"site", "code", "role", "signing_key", "age", "revoked_after"})
#: written only with a revocation that states it (files without it read as before)
_LAST_CHANGE = "last_change"


class KeyringFault(enum.StrEnum):
    DAMAGED = "damaged"
    UNTRUSTED = "untrusted"  # not signed by the root this site trusts
    ROTATION = "rotation"  # a new root without the trusted root's co-signature (or vice versa)
    OLDER = "older"  # a version older than the one installed
    CONFLICT = "conflict"  # the installed version number with other content
    OTHER_REALM = "other_realm"


class KeyringError(SyncError):
    def __init__(self, kind: KeyringFault, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class KeyringDoc:
    keyring: Keyring
    root: bytes  # the root public key that signs this version
    previous_root: bytes | None  # set when this version rotates the root
    issued: int  # Unix seconds
    codes: dict[uuid.UUID, str]  # site codes, for people

    def to_cbor(self) -> bytes:
        sites = [{"site": k.site_id.bytes, "code": self.codes.get(k.site_id, ""),
                  "role": k.role.value, "signing_key": k.public_key, "age": k.age_recipient,
                  "revoked_after": k.revoked_after_seq,
                  **({} if k.revoked_after_change is None
                     else {_LAST_CHANGE: k.revoked_after_change})}
                 for k in sorted(self.keyring.keys, key=lambda k: (k.site_id.bytes, k.kid))]
        return cbor2.dumps({
            "format": FORMAT_VERSION, "realm": self.keyring.realm.bytes,
            "version": self.keyring.version, "issued": self.issued, "root": self.root,
            "previous_root": self.previous_root, "sites": sites}, canonical=True)

    @property
    def fingerprint(self) -> str:
        """The root's fingerprint as a person compares it aloud or against paper."""
        return grouped_hex(hashlib.sha256(self.root).digest()[:16])


def seal_keyring(doc: KeyringDoc, signers: list[Ed25519PrivateKey]) -> bytes:
    """The file bytes: ``doc`` signed by its root (and by the previous root on a rotation)."""
    wanted = [doc.root] + ([doc.previous_root] if doc.previous_root not in (None, doc.root)
                           else [])
    if sorted(raw_public_key(k) for k in signers) != sorted(wanted):  # type: ignore[type-var]
        raise ValueError("a keyring is signed by its root, and on a rotation by the old one too")
    body = doc.to_cbor()
    out = [_HEADER.pack(MAGIC, FILE_VERSION, len(body)), body, bytes([len(signers)])]
    for k in signers:
        out.append(key_id(raw_public_key(k)) + k.sign(SIGN_TAG + body))
    return b"".join(out)


def open_keyring(data: bytes, *, trusted_root: bytes, realm: uuid.UUID,
                 installed: KeyringDoc | None = None) -> KeyringDoc:
    """Verify ``data`` against the trusted root, then decode it; refuse with the reason."""
    body, signatures = _split(data)
    doc = _decode(body)
    if doc.keyring.realm != realm:
        raise KeyringError(KeyringFault.OTHER_REALM, translate(
            "milrep", "This keyring belongs to another office's deployment. Nothing was "
            "changed."))
    signed_by = _verified(body, signatures)
    untrusted = KeyringError(KeyringFault.UNTRUSTED, translate(
        "milrep", "This keyring is not signed by the office root key this workstation trusts. "
        "It is refused; nothing was changed."))
    if doc.root != trusted_root:
        if doc.previous_root is None:
            raise untrusted
        if doc.previous_root != trusted_root or trusted_root not in signed_by \
                or doc.root not in signed_by:
            raise KeyringError(KeyringFault.ROTATION, translate(
                "milrep", "This keyring names a new office root key but is not signed by both "
                "the current root and the new one. It is refused; nothing was changed."))
    elif trusted_root not in signed_by or (doc.previous_root not in (None, doc.root)
                                           and doc.previous_root not in signed_by):
        raise untrusted
    if installed is not None:
        if doc.keyring.version < installed.keyring.version:
            raise KeyringError(KeyringFault.OLDER, translate(
                "milrep", "This keyring is version {old}; version {new} is already installed. "
                "An older keyring is never installed; nothing was changed.")
                .format(old=doc.keyring.version, new=installed.keyring.version))
        if doc.keyring.version == installed.keyring.version and \
                doc.to_cbor() != installed.to_cbor():
            raise KeyringError(KeyringFault.CONFLICT, translate(
                "milrep", "Another keyring with the same version {version} is already installed. "
                "It is refused; report it to the head of office.")
                .format(version=doc.keyring.version))
    return doc


def read_keyring(data: bytes) -> KeyringDoc:
    """Decode a keyring already trusted (the one this site installed), checking its own
    signatures only."""
    body, signatures = _split(data)
    doc = _decode(body)
    signed_by = _verified(body, signatures)
    if doc.root not in signed_by:
        raise _damaged()
    return doc


# --- internals ------------------------------------------------------------------------------

def _split(data: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    if len(data) < _HEADER.size:
        raise _damaged()
    magic, version, n_body = _HEADER.unpack_from(data)
    if magic != MAGIC or version != FILE_VERSION or not 1 <= n_body <= MAX_BODY:
        raise _damaged()
    body = data[_HEADER.size:_HEADER.size + n_body]
    rest = data[_HEADER.size + n_body:]
    if len(body) != n_body or not rest or rest[0] not in (1, 2) \
            or len(rest) != 1 + rest[0] * (KID_LENGTH + 64):
        raise _damaged()
    sigs = [(rest[1 + i * 72:1 + i * 72 + KID_LENGTH], rest[1 + i * 72 + KID_LENGTH:1 + (i + 1) * 72])
            for i in range(rest[0])]
    return body, sigs


def _verified(body: bytes, signatures: list[tuple[bytes, bytes]]) -> set[bytes]:
    """The public keys (named in the body) whose signatures verify."""
    doc = _decode(body)
    candidates = {k for k in (doc.root, doc.previous_root) if k is not None}
    out: set[bytes] = set()
    for kid, sig in signatures:
        key = next((k for k in candidates if key_id(k) == kid), None)
        if key is None:
            raise _damaged()
        try:
            Ed25519PublicKey.from_public_bytes(key).verify(sig, SIGN_TAG + body)
        except InvalidSignature as e:
            raise KeyringError(KeyringFault.UNTRUSTED, translate(
                "milrep", "The keyring's signature does not match its content: it was changed "
                "or damaged. It is refused; nothing was changed.")) from e
        out.add(key)
    return out


def _decode(body: bytes) -> KeyringDoc:
    try:
        raw = cbor2.loads(body)
        canonical = isinstance(raw, dict) and cbor2.dumps(raw, canonical=True) == body
    except Exception as e:  # cbor2 raises several types for malformed input
        raise _damaged() from e
    if not canonical or set(raw) != _FIELDS or raw["format"] != FORMAT_VERSION:
        raise _damaged()
    sites = raw["sites"]
    if not isinstance(sites, list) or len(sites) > MAX_SITES:
        raise _damaged()
    keys: list[SiteKey] = []
    codes: dict[uuid.UUID, str] = {}
    for item in sites:
        if not isinstance(item, dict) or set(item) - {_LAST_CHANGE} != _SITE_FIELDS:
            raise _damaged()
        site = uuid.UUID(bytes=_bytes(item["site"], 16))
        revoked = item["revoked_after"]
        if revoked is not None:
            revoked = _uint(revoked)
        last_change = None
        if _LAST_CHANGE in item:
            last_change = _uint(item[_LAST_CHANGE])
            if revoked is None:
                raise _damaged()  # a fence only comes with a revocation
        try:
            role = SiteRole(_text(item["role"]))
        except ValueError as e:
            raise _damaged() from e
        age = _text(item["age"])
        if not age.startswith("age1"):
            raise _damaged()
        keys.append(SiteKey(site_id=site, public_key=_bytes(item["signing_key"], 32),
                            age_recipient=age, role=role, revoked_after_seq=revoked,
                            revoked_after_change=last_change))
        codes[site] = _text(item["code"], allow_empty=True)
    live = [k.site_id for k in keys if k.revoked_after_seq is None]
    if len(live) != len(set(live)) or len({k.kid for k in keys}) != len(keys):
        raise _damaged()  # one key in force per site; a key listed once
    prev = raw["previous_root"]
    version = _uint(raw["version"])
    if version < 1:
        raise _damaged()
    return KeyringDoc(
        keyring=Keyring(realm=uuid.UUID(bytes=_bytes(raw["realm"], 16)), version=version,
                        keys=tuple(keys)),
        root=_bytes(raw["root"], 32), previous_root=None if prev is None else _bytes(prev, 32),
        issued=_uint(raw["issued"]), codes=codes)


def _uint(v: Any) -> int:
    if type(v) is not int or not 0 <= v < 1 << 63:
        raise _damaged()
    return v


def _text(v: Any, *, allow_empty: bool = False) -> str:
    if type(v) is not str or len(v) > 200 or (not v and not allow_empty):
        raise _damaged()
    return v


def _bytes(v: Any, n: int) -> bytes:
    if type(v) is not bytes or len(v) != n:
        raise _damaged()
    return v


def _damaged() -> KeyringError:
    return KeyringError(KeyringFault.DAMAGED, translate(
        "milrep", "The file is not a milrep keyring, or it is damaged. Nothing was changed; ask "
        "the head of office for the keyring again."))
