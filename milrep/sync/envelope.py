"""The bundle file's byte layout (DESIGN.md §6; docs/FORMATS.md "Bundle"). Pure: no database.

A ``.mrb`` file is the age encryption (X25519 recipients) of this envelope::

    magic        8 bytes   b"MRBUNDLE"
    version      1 byte    1
    M            4 bytes   manifest length, big-endian, 1..Limits.max_manifest
    manifest     M bytes   canonical CBOR map (see Manifest)
    N            1 byte    number of signatures, 1..Limits.max_signatures
    signatures   N×72      key id (8 bytes) ‖ Ed25519 signature (64 bytes) of SIGN_TAG ‖ manifest
    payload      the rest  compressed content; its length and SHA-256 are in the manifest

Reading goes strictly in this order, and nothing is parsed before it is authenticated: decrypt,
split the fixed header, verify the first signature with the key the keyring names for its key id,
only then decode the manifest (canonical CBOR, exact fields and types), then check the payload's
length and hash, and only then decompress it, never past the length the manifest declares.
"""

from __future__ import annotations

import hashlib
import lzma
import struct
import uuid
import zlib
from dataclasses import dataclass, field
from typing import Any

import cbor2
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from milrep.i18n import translate
from milrep.sync.errors import (BadSignature, BundleDamaged, PayloadMismatch, TooLarge,
                                WrongRecipient)
from milrep.sync.keyring import KID_LENGTH, Keyring, SiteKey, key_id, raw_public_key

MAGIC = b"MRBUNDLE"
ENVELOPE_VERSION = 1
FORMAT_VERSION = 1  # the manifest's and the content's layout
SIGN_TAG = b"milrep bundle manifest v1\x00"  # domain separation: this key signs other things too
SIGNATURE_LENGTH = 64
GENESIS_PREV = bytes(32)  # "previous manifest hash" of an origin's first bundle
COMPRESSIONS = ("zlib", "lzma")
_HEADER = struct.Struct(">8sBI")


@dataclass(frozen=True)
class Limits:
    """Caps applied before anything is allocated; a bundle over any of them is refused."""

    max_file: int = 1 << 30  # the encrypted file
    max_manifest: int = 1 << 20
    max_signatures: int = 4
    max_payload: int = 512 << 20  # compressed
    max_content: int = 1 << 30  # decompressed
    max_changes: int = 5_000_000
    max_sites: int = 4096  # entries of the version vector and of the change ranges
    max_recipients: int = 256
    max_tables: int = 512


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about itself; signed, so every field is the origin's word."""

    schema: str  # the database schema revision of the writer (Alembic head)
    realm: uuid.UUID  # the office deployment
    origin: uuid.UUID  # the site that wrote and signed the bundle
    kid: bytes  # id of the key that signed it
    seq: int  # the origin's bundle number, 1, 2, 3…
    prev: bytes  # SHA-256 of the manifest of the origin's bundle seq-1 (zeros for the first)
    created: int  # the origin's hybrid logical clock when writing
    recipients: tuple[uuid.UUID, ...]  # the sites it is addressed to
    vector: dict[uuid.UUID, int]  # the origin's version vector: per site, the last change held
    ranges: dict[uuid.UUID, tuple[int, int]]  # per site, the first and last change carried
    counts: dict[str, int]  # changes carried per table
    changes: int
    compression: str
    payload_sha256: bytes
    payload_length: int  # compressed
    content_length: int  # decompressed
    format: int = FORMAT_VERSION

    def to_cbor(self) -> bytes:
        body = {
            "format": self.format, "schema": self.schema, "realm": self.realm.bytes,
            "origin": self.origin.bytes, "kid": self.kid, "seq": self.seq, "prev": self.prev,
            "created": self.created, "recipients": sorted(r.bytes for r in self.recipients),
            "vector": {k.bytes: v for k, v in self.vector.items()},
            "ranges": {k.bytes: [a, b] for k, (a, b) in self.ranges.items()},
            "counts": dict(self.counts), "changes": self.changes,
            "compression": self.compression, "payload_sha256": self.payload_sha256,
            "payload_length": self.payload_length, "content_length": self.content_length,
        }
        return cbor2.dumps(body, canonical=True)


@dataclass(frozen=True)
class Verified:
    """An envelope whose manifest signature checked out; the payload is not yet checked."""

    manifest: Manifest
    manifest_bytes: bytes = field(repr=False)
    manifest_hash: bytes  # SHA-256 of the manifest bytes: the bundle's identity
    signer: SiteKey
    payload: bytes = field(repr=False)


@dataclass(frozen=True)
class Signer:
    """A site's signing key (taken as an argument: the codec never reads the database)."""

    private_key: Ed25519PrivateKey

    @property
    def kid(self) -> bytes:
        return key_id(raw_public_key(self.private_key))


# --- writing --------------------------------------------------------------------------------

def compress(content: bytes, method: str = "zlib") -> bytes:
    if method == "zlib":
        return zlib.compress(content, 6)
    if method == "lzma":
        return lzma.compress(content, format=lzma.FORMAT_XZ, preset=6)
    raise ValueError(f"unknown compression {method!r}")


def pack(content: bytes, *, compression: str = "zlib", **fields: Any) -> tuple[Manifest, bytes]:
    """Compress ``content`` and fill the manifest's payload fields; ``fields`` are the rest."""
    payload = compress(content, compression)
    manifest = Manifest(**fields, compression=compression,
                        payload_sha256=hashlib.sha256(payload).digest(),
                        payload_length=len(payload), content_length=len(content))
    return manifest, payload


def build_envelope(manifest: Manifest, payload: bytes, signers: list[Signer]) -> bytes:
    """The signed envelope (plaintext) for ``manifest`` and its already compressed ``payload``."""
    if not signers or len(signers) > DEFAULT_LIMITS.max_signatures:
        raise ValueError("a bundle needs 1 to 4 signatures")
    if signers[0].kid != manifest.kid:
        raise ValueError("the first signature must be by the manifest's key")
    if len(payload) != manifest.payload_length or \
            hashlib.sha256(payload).digest() != manifest.payload_sha256:
        raise ValueError("payload does not match the manifest")
    body = manifest.to_cbor()
    out = [_HEADER.pack(MAGIC, ENVELOPE_VERSION, len(body)), body, bytes([len(signers)])]
    for s in signers:
        out.append(s.kid + s.private_key.sign(SIGN_TAG + body))
    out.append(payload)
    return b"".join(out)


def encrypt(envelope: bytes, recipients: list[str]) -> bytes:
    """Age-encrypt the envelope to X25519 recipients ("age1…" strings)."""
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    return bytes(pyrage.encrypt(envelope, [x25519.Recipient.from_str(r) for r in recipients]))


# --- reading --------------------------------------------------------------------------------

def decrypt(data: bytes, identities: list[x25519.Identity], *,
            limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The envelope inside an age file; refuse one not encrypted for any of ``identities``."""
    if len(data) > limits.max_file:
        raise TooLarge(translate(
            "milrep", "The bundle file is {size} bytes, more than the {limit} bytes allowed. "
            "Nothing was imported.").format(size=len(data), limit=limits.max_file))
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise damaged_error()
    try:
        return bytes(pyrage.decrypt(data, identities))
    except pyrage.DecryptError as e:
        if "no matching keys" in str(e).lower():
            raise WrongRecipient(translate(
                "milrep", "This bundle was not written for this workstation: none of its "
                "recipients' keys is this workstation's. Nothing was imported.")) from e
        raise damaged_error() from e


def open_envelope(envelope: bytes, keyring: Keyring, *,
                  limits: Limits = DEFAULT_LIMITS) -> Verified:
    """Split the envelope, verify every signature, then (and only then) decode the manifest."""
    if len(envelope) < _HEADER.size:
        raise damaged_error()
    magic, version, m_len = _HEADER.unpack_from(envelope)
    if magic != MAGIC:
        raise damaged_error()
    if version != ENVELOPE_VERSION:
        raise BundleDamaged(translate(
            "milrep", "The bundle uses envelope version {version}, which this version of milrep "
            "cannot read. Update milrep; nothing was imported.").format(version=version))
    if not 1 <= m_len <= limits.max_manifest:
        raise too_large_error() if m_len > limits.max_manifest else damaged_error()
    pos = _HEADER.size
    body = envelope[pos:pos + m_len]
    pos += m_len
    if len(body) != m_len or pos >= len(envelope):
        raise damaged_error()
    n = envelope[pos]
    pos += 1
    if not 1 <= n <= limits.max_signatures:
        raise damaged_error()
    sig_block = envelope[pos:pos + n * (KID_LENGTH + SIGNATURE_LENGTH)]
    pos += n * (KID_LENGTH + SIGNATURE_LENGTH)
    if len(sig_block) != n * (KID_LENGTH + SIGNATURE_LENGTH):
        raise damaged_error()
    signers: list[SiteKey] = []
    for i in range(n):
        rec = sig_block[i * 72:(i + 1) * 72]
        key = keyring.signer(rec[:KID_LENGTH])
        try:
            key.verifier().verify(rec[KID_LENGTH:], SIGN_TAG + body)
        except InvalidSignature as e:
            raise BadSignature(translate(
                "milrep", "The bundle's signature does not match its content: it was changed "
                "after it was written, or damaged. Nothing was imported.")) from e
        signers.append(key)
    payload = envelope[pos:]
    manifest = decode_manifest(body, limits=limits)
    if manifest.kid != signers[0].kid:
        raise BadSignature(translate(
            "milrep", "The bundle is signed with another key than the one its manifest names. "
            "Nothing was imported."))
    return Verified(manifest=manifest, manifest_bytes=body,
                    manifest_hash=hashlib.sha256(body).digest(), signer=signers[0],
                    payload=payload)


def read_content(v: Verified, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The payload, checked against the manifest's length and hash, then decompressed."""
    m = v.manifest
    if len(v.payload) != m.payload_length or \
            hashlib.sha256(v.payload).digest() != m.payload_sha256:
        raise PayloadMismatch(translate(
            "milrep", "The bundle's content does not match its manifest (another bundle's "
            "content, or damaged). Nothing was imported."))
    return inflate(v.payload, m.compression, m.content_length, limits=limits)


def inflate(payload: bytes, method: str, length: int, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Decompress exactly ``length`` bytes, never producing more than that (no bombs)."""
    if length > limits.max_content:
        raise too_large_error()
    try:
        if method == "zlib":
            z = zlib.decompressobj()
            out = z.decompress(payload, length + 1)
            done = z.eof and not z.unconsumed_tail and not z.unused_data
        elif method == "lzma":
            x = lzma.LZMADecompressor(format=lzma.FORMAT_XZ, memlimit=256 << 20)
            out = x.decompress(payload, length + 1)
            done = x.eof and not x.unused_data
        else:
            raise damaged_error()
    except (zlib.error, lzma.LZMAError) as e:
        raise damaged_error() from e
    if len(out) > length:
        raise too_large_error()
    if len(out) != length or not done:
        raise damaged_error()
    return out


# --- manifest decoding ----------------------------------------------------------------------

_FIELDS = frozenset({
    "format", "schema", "realm", "origin", "kid", "seq", "prev", "created", "recipients",
    "vector", "ranges", "counts", "changes", "compression", "payload_sha256", "payload_length",
    "content_length"})
U64 = (1 << 64) - 1


def decode_manifest(body: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """A manifest from its canonical CBOR; any other encoding, field or type is refused."""
    try:
        raw = cbor2.loads(body)
    except Exception as e:  # cbor2 raises several types for malformed input
        raise damaged_error() from e
    if not isinstance(raw, dict) or set(raw) != _FIELDS:
        raise damaged_error()
    try:
        if cbor2.dumps(raw, canonical=True) != body:
            raise damaged_error()  # one manifest, one encoding: its hash is the bundle's identity
    except (TypeError, ValueError, cbor2.CBOREncodeError) as e:
        raise damaged_error() from e
    fmt = _uint(raw["format"])
    if fmt != FORMAT_VERSION:
        raise BundleDamaged(translate(
            "milrep", "The bundle uses format version {version}, which this version of milrep "
            "cannot read. Update milrep; nothing was imported.").format(version=fmt))
    recipients = raw["recipients"]
    vector, ranges, counts = raw["vector"], raw["ranges"], raw["counts"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= limits.max_recipients:
        raise damaged_error()
    for mapping, cap in ((vector, limits.max_sites), (ranges, limits.max_sites),
                         (counts, limits.max_tables)):
        if not isinstance(mapping, dict):
            raise damaged_error()
        if len(mapping) > cap:
            raise too_large_error()
    compression = _text(raw["compression"])
    if compression not in COMPRESSIONS:
        raise damaged_error()
    m = Manifest(
        format=fmt, schema=_text(raw["schema"]), realm=_uuid(raw["realm"]),
        origin=_uuid(raw["origin"]), kid=_bytes(raw["kid"], KID_LENGTH), seq=_uint(raw["seq"]),
        prev=_bytes(raw["prev"], 32), created=_uint(raw["created"]),
        recipients=tuple(_uuid(r) for r in recipients),
        vector={_uuid(k): _uint(v) for k, v in vector.items()},
        ranges={_uuid(k): _range(v) for k, v in ranges.items()},
        counts={_text(k): _uint(v) for k, v in counts.items()},
        changes=_uint(raw["changes"]), compression=compression,
        payload_sha256=_bytes(raw["payload_sha256"], 32),
        payload_length=_uint(raw["payload_length"]),
        content_length=_uint(raw["content_length"]))
    if m.seq < 1 or len(set(m.recipients)) != len(m.recipients):
        raise damaged_error()
    if m.changes > limits.max_changes:
        raise too_large_error()
    if m.payload_length > limits.max_payload or m.content_length > limits.max_content:
        raise too_large_error()
    if sum(m.counts.values()) != m.changes or \
            sum(b - a + 1 for a, b in m.ranges.values()) != m.changes:
        raise damaged_error()
    for site, (_, last) in m.ranges.items():
        if m.vector.get(site, 0) < last:
            raise damaged_error()  # the origin cannot carry a change it does not hold
    return m


def _uint(v: Any) -> int:
    if type(v) is not int or not 0 <= v <= U64:
        raise damaged_error()
    return v


def _text(v: Any) -> str:
    if type(v) is not str or not 0 < len(v) <= 128:
        raise damaged_error()
    return v


def _bytes(v: Any, n: int) -> bytes:
    if type(v) is not bytes or len(v) != n:
        raise damaged_error()
    return v


def _uuid(v: Any) -> uuid.UUID:
    return uuid.UUID(bytes=_bytes(v, 16))


def _range(v: Any) -> tuple[int, int]:
    if not isinstance(v, list) or len(v) != 2:
        raise damaged_error()
    first, last = _uint(v[0]), _uint(v[1])
    if not 1 <= first <= last:
        raise damaged_error()
    return first, last


def damaged_error() -> BundleDamaged:
    return BundleDamaged(translate(
        "milrep", "The file is not a milrep bundle, or it is damaged or incomplete (was the "
        "medium removed too early?). Nothing was imported; ask for the bundle to be written "
        "again."))


def too_large_error() -> TooLarge:
    return TooLarge(translate(
        "milrep", "The bundle declares more data than milrep accepts in one bundle (a damaged or "
        "hostile file). Nothing was imported."))
