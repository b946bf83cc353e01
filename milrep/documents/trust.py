"""The trust list (DESIGN.md §7): which keys may seal an office's certificates, which
certificates it has revoked, signed by the office root key. A pure format: no database here.

Trust model, honestly: the file is signed by the root key it names itself, so its signature
proves only that it is intact and that whoever made it holds that root key. What makes it the
office's list is the root key's **fingerprint**, which the office hands to recipients out of
band (printed in the covering letter, read aloud on the phone) and which the verifier compares,
or pins with ``expected_root``. A newer version replaces an older one of the same office only if
it names the same root. The list grows: keys of the office's other workstations (from the
keyring) are further entries of ``keys``; fields a later version adds are covered by the
signature and ignored by this reader.

File (UTF-8 JSON; every field below is required)::

    {"format": "milrep-trust-list", "format_version": 1,
     "office": {"code": "17", "name": "..."}, "version": 3, "issued_at": "2026-11-25T10:00:00Z",
     "root": {"kid": "<16 hex>", "alg": "Ed25519", "public_key": "<base64 of 32 bytes>"},
     "keys": [{"kid": "<16 hex>", "alg": "Ed25519", "public_key": "<base64>", "site": "WS1",
               "valid_from": "<time>", "revoked": null | {"at": "<time>", "reason": "..."}}],
     "revoked_certificates": [{"id": "<uuid>", "number": "...", "revoked_at": "<time>",
                               "reason": "..."}],
     "signature": "<base64 of the 64-byte Ed25519 signature>"}

The signature is over ``DOMAIN`` followed by the canonical JSON of the object without its
``signature`` member: keys sorted, no insignificant white space, UTF-8, no ASCII escaping
(for the value types allowed here — text, integers, null, arrays, objects — this is RFC 8785).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)

from milrep.documents.ed25519 import (FINGERPRINT_LENGTH, PUBLIC_KEY_LENGTH, SIGNATURE_LENGTH,
                                      fingerprint, grouped_hex, key_id, parse_grouped_hex,
                                      raw_public_key)
from milrep.errors import UserError
from milrep.i18n import translate

FORMAT = "milrep-trust-list"
FORMAT_VERSION = 1
DOMAIN = b"milrep trust list v1\x00"
MAX_FILE_BYTES = 1 << 20
ALG = "Ed25519"


class TrustListError(UserError):
    """The trust list cannot be used: damaged, not a trust list, tampered or not the pinned root."""


@dataclass(frozen=True)
class KeyRevocation:
    at: dt.datetime
    reason: str


@dataclass(frozen=True)
class TrustedKey:
    """A public key that may seal the office's certificates."""

    public_key: bytes
    site: str
    valid_from: dt.datetime
    revoked: KeyRevocation | None = None

    @property
    def kid(self) -> bytes:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return grouped_hex(fingerprint(self.public_key))


@dataclass(frozen=True)
class RevokedCertificate:
    id: uuid.UUID
    number: str
    revoked_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class TrustList:
    office_code: str
    office_name: str
    version: int
    issued_at: dt.datetime
    root_public_key: bytes
    keys: tuple[TrustedKey, ...]
    revoked_certificates: tuple[RevokedCertificate, ...] = ()
    #: None for a list built from the local database and not (yet) signed
    signature: bytes | None = field(default=None, compare=False)

    def key(self, kid: bytes) -> TrustedKey | None:
        return next((k for k in self.keys if k.kid == kid), None)

    def revoked_certificate(self, certificate_id: uuid.UUID) -> RevokedCertificate | None:
        return next((c for c in self.revoked_certificates if c.id == certificate_id), None)

    @property
    def root_fingerprint(self) -> str:
        return grouped_hex(fingerprint(self.root_public_key))

    def document(self) -> dict[str, Any]:
        """The JSON object without ``signature`` (what the root key signs)."""
        root_kid = key_id(self.root_public_key).hex()
        return {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "office": {"code": self.office_code, "name": self.office_name},
            "version": self.version, "issued_at": _time(self.issued_at),
            "root": {"kid": root_kid, "alg": ALG, "public_key": _b64(self.root_public_key)},
            "keys": [{"kid": k.kid.hex(), "alg": ALG, "public_key": _b64(k.public_key),
                      "site": k.site, "valid_from": _time(k.valid_from),
                      "revoked": None if k.revoked is None else {
                          "at": _time(k.revoked.at), "reason": k.revoked.reason}}
                     for k in sorted(self.keys, key=lambda k: k.kid)],
            "revoked_certificates": [
                {"id": str(c.id), "number": c.number, "revoked_at": _time(c.revoked_at),
                 "reason": c.reason}
                for c in sorted(self.revoked_certificates, key=lambda c: (c.number, c.id.bytes))],
        }


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def signing_input(document: dict[str, Any]) -> bytes:
    return DOMAIN + canonical_json(document)


def sign_trust_list(trust: TrustList, root: Ed25519PrivateKey) -> bytes:
    """The signed trust list file (indented JSON, a final newline)."""
    if raw_public_key(root) != trust.root_public_key:
        raise ValueError("the trust list names another root key than the one signing it")
    doc = trust.document()
    doc["signature"] = _b64(root.sign(signing_input(trust.document())))
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def load_trust_list(source: Path | bytes, *, expected_root: str | bytes | None = None
                    ) -> TrustList:
    """Read and check a trust list file (or its bytes); refuse it with a clear reason.

    ``expected_root``: the root key's fingerprint (as printed: grouped hex) or raw public key
    the recipient received from the office out of band; without it the caller must show
    :attr:`TrustList.root_fingerprint` for comparison.
    """
    name = str(source) if isinstance(source, Path) else translate("milrep", "the trust list")
    data = _read(source, name)
    try:
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                         parse_float=_no_float, parse_constant=_no_float)
        trust = _parse(doc)
        signed = {k: v for k, v in doc.items() if k != "signature"}
    except (UnicodeDecodeError, json.JSONDecodeError, _Bad) as e:
        raise TrustListError(translate(
            "milrep", "{name} is not a usable milrep trust list ({reason}).").format(
                name=name, reason=e)) from None
    try:
        Ed25519PublicKey.from_public_bytes(trust.root_public_key).verify(
            trust.signature or b"", signing_input(signed))
    except InvalidSignature:
        raise TrustListError(translate(
            "milrep", "The signature of {name} does not match its content: the file was altered "
            "after the office signed it. Do not use it; ask the office for its trust list "
            "again.").format(name=name)) from None
    if expected_root is not None:
        check_root(trust, expected_root)
    return trust


def check_root(trust: TrustList, expected: str | bytes) -> None:
    """Refuse ``trust`` unless its root key is the pinned one (fingerprint or public key)."""
    try:
        want = parse_grouped_hex(expected) if isinstance(expected, str) else bytes(expected)
    except ValueError:
        want = b""
    if len(want) not in (FINGERPRINT_LENGTH, PUBLIC_KEY_LENGTH):
        raise TrustListError(translate(
            "milrep", "{value} is not a root key fingerprint: it has 32 hexadecimal digits, "
            "e.g. 3F2A 9C01 77B4 E2D0 5A6B 0C1D 2E3F 4051.").format(value=expected))
    have = (fingerprint(trust.root_public_key) if len(want) == FINGERPRINT_LENGTH
            else trust.root_public_key)
    if have != want:
        raise TrustListError(translate(
            "milrep", "The trust list of office {office} is signed by root key {actual}, not by "
            "the expected {expected}. It may be forged; do not use it.").format(
                office=trust.office_code, actual=trust.root_fingerprint,
                expected=grouped_hex(want)))


def newest_per_office(lists: Iterable[TrustList]) -> list[TrustList]:
    """One list per office: the highest version (lists naming different roots are all kept:
    each one's fingerprint was checked by the person who supplied it)."""
    best: dict[tuple[str, bytes], TrustList] = {}
    for t in lists:
        k = (t.office_code, t.root_public_key)
        if k not in best or t.version > best[k].version:
            best[k] = t
    return list(best.values())


# --- parsing --------------------------------------------------------------------------------

class _Bad(ValueError):
    pass


def _read(source: Path | bytes, name: str) -> bytes:
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            with Path(source).open("rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            raise TrustListError(translate("milrep", "{name} cannot be read: {reason}").format(
                name=name, reason=e.strerror or e)) from None
    if len(data) > MAX_FILE_BYTES:
        raise TrustListError(translate(
            "milrep", "{name} is larger than any trust list ({limit:,} bytes at most).").format(
                name=name, limit=MAX_FILE_BYTES))
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Bad(f"the member {k!r} appears twice")
        out[k] = v
    return out


def _no_float(text: str) -> Any:
    raise _Bad(f"{text} is not allowed: numbers are whole")


def _parse(doc: Any) -> TrustList:
    d = _obj(doc, "the file")
    if d.get("format") != FORMAT:
        raise _Bad("not a trust list")
    if d.get("format_version") != FORMAT_VERSION:
        raise _Bad(f"format version {d.get('format_version')!r} is not supported")
    office = _obj(d.get("office"), "office")
    root = _obj(d.get("root"), "root")
    root_key = _key_bytes(root, "root")
    keys = tuple(_key(_obj(k, "keys[]")) for k in _list(d.get("keys"), "keys"))
    if len({k.kid for k in keys}) != len(keys):
        raise _Bad("a key is listed twice")
    revoked = tuple(_revoked(_obj(c, "revoked_certificates[]"))
                    for c in _list(d.get("revoked_certificates"), "revoked_certificates"))
    version = d.get("version")
    if type(version) is not int or version < 1:
        raise _Bad("version is not a positive whole number")
    signature = _b64decode(_text(d.get("signature"), "signature"), "signature")
    if len(signature) != SIGNATURE_LENGTH:
        raise _Bad("signature is not 64 bytes")
    return TrustList(office_code=_text(office.get("code"), "office.code", empty=False),
                     office_name=_text(office.get("name"), "office.name"),
                     version=version, issued_at=_parse_time(d.get("issued_at"), "issued_at"),
                     root_public_key=root_key, keys=keys, revoked_certificates=revoked,
                     signature=signature)


def _key(k: dict[str, Any]) -> TrustedKey:
    revoked = k.get("revoked")
    if revoked is not None:
        r = _obj(revoked, "keys[].revoked")
        revoked = KeyRevocation(at=_parse_time(r.get("at"), "revoked.at"),
                                reason=_text(r.get("reason"), "revoked.reason"))
    return TrustedKey(public_key=_key_bytes(k, "keys[]"), site=_text(k.get("site"), "site"),
                      valid_from=_parse_time(k.get("valid_from"), "valid_from"),
                      revoked=revoked)


def _key_bytes(k: dict[str, Any], where: str) -> bytes:
    if k.get("alg") != ALG:
        raise _Bad(f"{where}: algorithm {k.get('alg')!r} is not Ed25519")
    public = _b64decode(_text(k.get("public_key"), f"{where}.public_key"), f"{where}.public_key")
    if len(public) != PUBLIC_KEY_LENGTH:
        raise _Bad(f"{where}: a public key is not 32 bytes")
    if _text(k.get("kid"), f"{where}.kid") != key_id(public).hex():
        raise _Bad(f"{where}: the key id does not belong to the public key")
    return public


def _revoked(c: dict[str, Any]) -> RevokedCertificate:
    text = _text(c.get("id"), "revoked_certificates[].id")
    try:
        cid = uuid.UUID(text)
    except ValueError:
        raise _Bad(f"{text!r} is not a certificate id") from None
    return RevokedCertificate(id=cid, number=_text(c.get("number"), "number"),
                              revoked_at=_parse_time(c.get("revoked_at"), "revoked_at"),
                              reason=_text(c.get("reason"), "reason"))


def _obj(v: Any, where: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _Bad(f"{where} is not an object")
    return v


def _list(v: Any, where: str) -> list[Any]:
    if not isinstance(v, list):
        raise _Bad(f"{where} is not a list")
    return v


def _text(v: Any, where: str, *, empty: bool = True) -> str:
    if not isinstance(v, str) or (not empty and not v.strip()):
        raise _Bad(f"{where} is missing or not text")
    return v


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64decode(text: str, where: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _Bad(f"{where} is not base64") from None


def _time(t: dt.datetime) -> str:
    if t.tzinfo is None:
        raise ValueError("naive datetime in a trust list")
    return t.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(v: Any, where: str) -> dt.datetime:
    text = _text(v, where)
    try:
        t = dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise _Bad(f"{where} is not a time like 2026-11-25T10:00:00Z") from None
    return t.replace(tzinfo=dt.UTC)
