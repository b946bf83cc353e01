"""The certificate seal: ``MR1:`` + Base45 of a COSE_Sign1 (DESIGN.md §7, normative).

Writing::

    protected = {1: -8, 4: kid}                 # alg EdDSA, key id: 8 bytes
    payload   = {1: office, 6: issued, 7: uuid, -1: 1, -2: number, ... , -9: digest}
    signature = Ed25519(["Signature1", protected, h'', payload])
    seal      = "MR1:" + base45(tag18([protected, {}, payload, signature]))

All CBOR is written in the deterministic encoding (cbor2 ``canonical=True``). Reading is strict
(see :mod:`milrep.documents.strict_cbor`) and never raises on bad input: :func:`verify_seal`
gives every text one :class:`Verdict`. docs/FORMATS.md documents it byte by byte.
"""

from __future__ import annotations

import enum
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from milrep.documents import strict_cbor
from milrep.documents.base45 import Base45Error, b45decode, b45encode
from milrep.documents.digest import record_digest
from milrep.documents.ed25519 import KID_LENGTH, SIGNATURE_LENGTH, SigningKey
from milrep.documents.qr import SealTooLarge, check_fits
from milrep.documents.trust import RevokedCertificate, TrustedKey, TrustList, newest_per_office
from milrep.errors import UserError
from milrep.i18n import translate

log = logging.getLogger(__name__)

PREFIX = "MR1:"
SCHEMA_VERSION = 1
COSE_SIGN1_TAG = 18
ALG_EDDSA = -8
HEADER_ALG, HEADER_KID = 1, 4
DIGEST_LENGTH = 16
#: the longest text a version-13 symbol at level Q holds (qr.capacity(13)); longer is refused
#: before any decoding
MAX_SEAL_CHARS = 352

__all__ = ["PREFIX", "Claim", "SealClaims", "DecodedSeal", "MalformedSeal", "SealTooLarge",
           "Verdict", "Verification", "encode_seal", "read_seal", "verify_seal",
           "record_digest", "verdict_label", "seal_length"]


class Claim(enum.IntEnum):
    OFFICE = 1
    ISSUED_AT = 6
    CERTIFICATE_ID = 7
    SCHEMA_VERSION = -1
    NUMBER = -2
    CONTRACT_NUMBER = -3
    CONTRACTOR_BIN = -4
    NOMENCLATURE_CODE = -5
    QUANTITY = -6
    UNIT = -7
    LOTS = -8
    RECORD_DIGEST = -9


@dataclass(frozen=True)
class SealClaims:
    office_code: str
    issued_at: int  # Unix seconds
    certificate_id: uuid.UUID
    number: str
    contract_number: str
    contractor_bin: str
    nomenclature_code: str
    quantity: int | str
    unit: str
    lots: str  # lot number or serial range
    record_digest: bytes  # record_digest() of the full certificate record

    def payload(self) -> dict[int, Any]:
        return {Claim.OFFICE: self.office_code, Claim.ISSUED_AT: self.issued_at,
                Claim.CERTIFICATE_ID: self.certificate_id.bytes,
                Claim.SCHEMA_VERSION: SCHEMA_VERSION, Claim.NUMBER: self.number,
                Claim.CONTRACT_NUMBER: self.contract_number,
                Claim.CONTRACTOR_BIN: self.contractor_bin,
                Claim.NOMENCLATURE_CODE: self.nomenclature_code, Claim.QUANTITY: self.quantity,
                Claim.UNIT: self.unit, Claim.LOTS: self.lots,
                Claim.RECORD_DIGEST: self.record_digest}

    def check(self) -> None:
        """Refuse claims no verifier would accept (a bug in the caller, not user input)."""
        texts = (self.office_code, self.number, self.contract_number, self.contractor_bin,
                 self.nomenclature_code, self.unit, self.lots)
        if not all(isinstance(t, str) for t in texts) or not self.office_code or not self.number:
            raise TypeError("seal texts must be str; office code and number not empty")
        if type(self.issued_at) is not int or self.issued_at < 0:
            raise TypeError("issued_at must be Unix seconds (int)")
        if not (type(self.quantity) is int or isinstance(self.quantity, str)):
            raise TypeError("quantity must be int or str")
        if not isinstance(self.record_digest, bytes) or len(self.record_digest) != DIGEST_LENGTH:
            raise TypeError("record_digest must be 16 bytes")


class Verdict(enum.StrEnum):
    VALID = "valid"
    INVALID_SIGNATURE = "invalid_signature"
    UNKNOWN_KEY = "unknown_key"
    REVOKED_KEY = "revoked_key"
    REVOKED_CERTIFICATE = "revoked_certificate"
    MALFORMED = "malformed"


def verdict_label(v: Verdict) -> str:
    return {
        Verdict.VALID: translate("milrep", "Valid"),
        Verdict.INVALID_SIGNATURE: translate("milrep", "Invalid signature"),
        Verdict.UNKNOWN_KEY: translate("milrep", "Unknown key"),
        Verdict.REVOKED_KEY: translate("milrep", "Revoked key"),
        Verdict.REVOKED_CERTIFICATE: translate("milrep", "Revoked certificate"),
        Verdict.MALFORMED: translate("milrep", "Malformed"),
    }[v]


@dataclass(frozen=True)
class DecodedSeal:
    """A seal whose structure is sound; nothing about it is verified yet."""

    kid: bytes
    protected: bytes
    payload: bytes
    signature: bytes
    claims: SealClaims
    extra_claims: dict[int, Any] = field(default_factory=dict)

    def signed_bytes(self) -> bytes:
        return sig_structure(self.protected, self.payload)


@dataclass(frozen=True)
class Verification:
    """The verdict on one seal. ``claims`` are filled whenever they could be read, also for a
    seal that is not valid: they are what the seal *claims*, trustworthy only when ``valid``."""

    verdict: Verdict
    detail: str
    claims: SealClaims | None = None
    kid: bytes | None = None
    extra_claims: dict[int, Any] = field(default_factory=dict)
    key: TrustedKey | None = None
    trust: TrustList | None = None
    revocation: RevokedCertificate | None = None

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID


class MalformedSeal(UserError):
    """The text is not a well-formed MR1 seal; the message says what is wrong."""


# --- writing --------------------------------------------------------------------------------

def protected_header(kid: bytes) -> bytes:
    return cbor2.dumps({HEADER_ALG: ALG_EDDSA, HEADER_KID: kid}, canonical=True)


def sig_structure(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload], canonical=True)


def cose_sign1(claims: SealClaims, key: SigningKey, *,
               extra_claims: dict[int, Any] | None = None) -> bytes:
    """The COSE_Sign1 bytes of the seal (``extra_claims`` only for tests of newer readers)."""
    claims.check()
    protected = protected_header(key.kid)
    payload = cbor2.dumps({**claims.payload(), **(extra_claims or {})}, canonical=True)
    signature = key.sign(sig_structure(protected, payload))
    return cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]),
                       canonical=True)


def encode_seal(claims: SealClaims, key: SigningKey) -> str:
    """The printed seal text; :class:`SealTooLarge` (translated) when it would not fit a
    version-13 QR symbol at level Q — never truncated."""
    text = PREFIX + b45encode(cose_sign1(claims, key))
    check_fits(text)  # raises SealTooLarge
    return text


def seal_length(claims: SealClaims) -> int:
    """Characters of the seal for ``claims`` (the signature and key id have fixed lengths), to
    compare with :data:`MAX_SEAL_CHARS` before anything is signed."""
    claims.check()
    payload = cbor2.dumps(claims.payload(), canonical=True)
    cose = cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [
        protected_header(b"\0" * KID_LENGTH), {}, payload, b"\0" * SIGNATURE_LENGTH]),
        canonical=True)
    return len(PREFIX) + len(b45encode(cose))


# --- reading --------------------------------------------------------------------------------

class _Malformed(Exception):
    pass


@dataclass(frozen=True)
class _Envelope:
    kid: bytes
    protected: bytes
    payload: bytes
    signature: bytes


def _envelope(text: object) -> _Envelope:
    if not isinstance(text, str):
        raise _Malformed(translate("milrep", "The seal is not text."))
    if len(text) > MAX_SEAL_CHARS:
        raise _Malformed(translate(
            "milrep", "The text is {n:,} characters long; a seal has at most {max}.").format(
                n=len(text), max=MAX_SEAL_CHARS))
    if not text.startswith(PREFIX):
        raise _Malformed(translate(
            "milrep", "The text does not start with {prefix}: it is not a milrep seal.").format(
                prefix=PREFIX))
    try:
        raw = b45decode(text[len(PREFIX):])
    except Base45Error as e:
        raise _Malformed(translate("milrep", "The seal text is damaged (Base45: {reason}).")
                         .format(reason=e)) from None
    try:
        item = strict_cbor.decode(raw, tags=frozenset({COSE_SIGN1_TAG}))
    except strict_cbor.CborError as e:
        raise _Malformed(_structure(str(e))) from None
    if not isinstance(item, strict_cbor.Tagged) or not isinstance(item.value, list):
        raise _Malformed(_structure("not a COSE_Sign1 (tag 18) array"))
    parts = item.value
    if len(parts) != 4:
        raise _Malformed(_structure(f"{len(parts)} elements instead of 4"))
    protected, unprotected, payload, signature = parts
    if not isinstance(protected, bytes) or not isinstance(payload, bytes) \
            or not isinstance(signature, bytes):
        raise _Malformed(_structure("protected header, payload and signature must be bytes"))
    if unprotected != {}:
        raise _Malformed(_structure("the unprotected header must be empty"))
    if len(signature) != SIGNATURE_LENGTH:
        raise _Malformed(_structure(f"signature of {len(signature)} bytes instead of 64"))
    try:
        header = strict_cbor.decode(protected)
    except strict_cbor.CborError as e:
        raise _Malformed(_structure(f"protected header: {e}")) from None
    if not isinstance(header, dict) or set(header) != {HEADER_ALG, HEADER_KID}:
        raise _Malformed(_structure("the protected header must hold exactly alg and kid"))
    if header[HEADER_ALG] != ALG_EDDSA:
        raise _Malformed(_structure(f"algorithm {header[HEADER_ALG]!r} instead of EdDSA (-8)"))
    kid = header[HEADER_KID]
    if not isinstance(kid, bytes) or len(kid) != KID_LENGTH:
        raise _Malformed(_structure("the key id must be 8 bytes"))
    return _Envelope(kid=kid, protected=protected, payload=payload, signature=signature)


def _structure(reason: str) -> str:
    return translate("milrep", "The seal's structure is wrong ({reason}).").format(reason=reason)


_TEXT_CLAIMS = (Claim.OFFICE, Claim.NUMBER, Claim.CONTRACT_NUMBER, Claim.CONTRACTOR_BIN,
                Claim.NOMENCLATURE_CODE, Claim.UNIT, Claim.LOTS)


def _claims(payload: bytes) -> tuple[SealClaims, dict[int, Any]]:
    try:
        m = strict_cbor.decode(payload)
    except strict_cbor.CborError as e:
        raise _Malformed(translate("milrep", "The seal's claims cannot be read ({reason}).")
                         .format(reason=e)) from None
    if not isinstance(m, dict) or not all(isinstance(k, int) for k in m):
        raise _Malformed(translate("milrep", "The seal's claims are not a map with integer keys."))
    missing = [c for c in Claim if c.value not in m]
    if missing:
        raise _Malformed(translate("milrep", "The seal lacks required claims: {claims}.").format(
            claims=", ".join(f"{c.value} ({c.name.lower()})" for c in missing)))
    if m[Claim.SCHEMA_VERSION] != SCHEMA_VERSION or type(m[Claim.SCHEMA_VERSION]) is not int:
        raise _Malformed(translate(
            "milrep", "The seal has schema version {v!r}; this milrep reads version 1. Use a "
            "newer milrep to verify it.").format(v=m[Claim.SCHEMA_VERSION]))

    def bad(c: Claim) -> _Malformed:
        return _Malformed(translate("milrep", "The seal's claim {key} ({name}) has the wrong "
                                    "type.").format(key=c.value, name=c.name.lower()))

    for c in _TEXT_CLAIMS:
        if not isinstance(m[c], str):
            raise bad(c)
    if type(m[Claim.ISSUED_AT]) is not int or m[Claim.ISSUED_AT] < 0:
        raise bad(Claim.ISSUED_AT)
    for c in (Claim.CERTIFICATE_ID, Claim.RECORD_DIGEST):
        if not isinstance(m[c], bytes) or len(m[c]) != 16:
            raise bad(c)
    if not (type(m[Claim.QUANTITY]) is int or isinstance(m[Claim.QUANTITY], str)):
        raise bad(Claim.QUANTITY)
    claims = SealClaims(
        office_code=m[Claim.OFFICE], issued_at=m[Claim.ISSUED_AT],
        certificate_id=uuid.UUID(bytes=m[Claim.CERTIFICATE_ID]), number=m[Claim.NUMBER],
        contract_number=m[Claim.CONTRACT_NUMBER], contractor_bin=m[Claim.CONTRACTOR_BIN],
        nomenclature_code=m[Claim.NOMENCLATURE_CODE], quantity=m[Claim.QUANTITY],
        unit=m[Claim.UNIT], lots=m[Claim.LOTS], record_digest=m[Claim.RECORD_DIGEST])
    known = {c.value for c in Claim}
    return claims, {k: v for k, v in m.items() if k not in known}


def read_seal(text: str) -> DecodedSeal:
    """Decode the seal's structure and claims without checking any key or signature;
    :class:`MalformedSeal` with the reason when it is not a well-formed MR1 seal."""
    try:
        env = _envelope(text)
        claims, extra = _claims(env.payload)
    except _Malformed as e:
        raise MalformedSeal(str(e)) from None
    return DecodedSeal(kid=env.kid, protected=env.protected, payload=env.payload,
                       signature=env.signature, claims=claims, extra_claims=extra)


def verify_seal(text: str, trust: TrustList | Iterable[TrustList]) -> Verification:
    """Verify ``text`` against the trust list(s): one verdict for every input, never an error.

    Order: structure → key known → signature → key not revoked → claims well-formed and of the
    key's office → certificate not revoked.
    """
    lists = [trust] if isinstance(trust, TrustList) else newest_per_office(trust)
    try:
        return _verify(text, lists)
    except Exception:  # noqa: BLE001 - a verifier must answer every input; log the bug
        log.exception("seal verification failed unexpectedly")
        return Verification(Verdict.MALFORMED, translate(
            "milrep", "The seal could not be read."))


def _verify(text: object, lists: list[TrustList]) -> Verification:
    try:
        env = _envelope(text)
    except _Malformed as e:
        return Verification(Verdict.MALFORMED, str(e))
    claims: SealClaims | None = None
    extra: dict[int, Any] = {}
    problem: str | None = None
    try:
        claims, extra = _claims(env.payload)
    except _Malformed as e:
        problem = str(e)

    def result(verdict: Verdict, detail: str, **kw: Any) -> Verification:
        return Verification(verdict, detail, claims=claims, kid=env.kid, extra_claims=extra, **kw)

    found = [(t, k) for t in lists if (k := t.key(env.kid)) is not None]
    if not found:
        return result(Verdict.UNKNOWN_KEY, translate(
            "milrep", "The seal is signed with key {kid}, which no trust list given knows. Get "
            "the issuing office's current trust list.").format(kid=_kid(env.kid)))
    trust, key = found[0]
    if claims is not None:  # prefer the list of the office the seal names, if several know it
        trust, key = next(((t, k) for t, k in found if t.office_code == claims.office_code),
                          found[0])
    try:
        Ed25519PublicKey.from_public_bytes(key.public_key).verify(
            env.signature, sig_structure(env.protected, env.payload))
    except InvalidSignature:
        return result(Verdict.INVALID_SIGNATURE, translate(
            "milrep", "The signature does not match the seal's content: the seal was altered "
            "or forged. Do not accept the goods on this certificate."), key=key, trust=trust)
    if key.revoked is not None:
        return result(Verdict.REVOKED_KEY, translate(
            "milrep", "The seal is signed with key {kid} of workstation {site}, revoked on "
            "{date} ({reason}). Ask office {office} whether the certificate stands.").format(
                kid=_kid(env.kid), site=key.site, date=key.revoked.at.date().isoformat(),
                reason=key.revoked.reason, office=trust.office_code), key=key, trust=trust)
    if claims is None:
        return result(Verdict.MALFORMED, problem or "", key=key, trust=trust)
    if claims.office_code != trust.office_code:
        return result(Verdict.UNKNOWN_KEY, translate(
            "milrep", "The seal names office {claimed}, but its key belongs to office {office}."
            ).format(claimed=claims.office_code, office=trust.office_code), key=key, trust=trust)
    revocation = trust.revoked_certificate(claims.certificate_id)
    if revocation is not None:
        return result(Verdict.REVOKED_CERTIFICATE, translate(
            "milrep", "Certificate {number} was revoked on {date}: {reason}").format(
                number=revocation.number, date=revocation.revoked_at.date().isoformat(),
                reason=revocation.reason), key=key, trust=trust, revocation=revocation)
    return result(Verdict.VALID, translate(
        "milrep", "The seal is valid: signed by workstation {site} of office {office} (trust "
        "list version {version}).").format(site=key.site, office=trust.office_code,
                                            version=trust.version), key=key, trust=trust)


def _kid(kid: bytes) -> str:
    return kid.hex().upper()
