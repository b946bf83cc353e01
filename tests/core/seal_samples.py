"""Fixed keys and claims for the seal and trust-list tests, and the worked example of
docs/FORMATS.md (``python -m tests.core.seal_samples`` prints it; a test keeps the doc true).

Keys are fixed so every byte is reproducible (Ed25519 signatures are deterministic): the seal key
is the secret key of RFC 8032 §7.1 test 1, the root key that of test 2. Never use them for real.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from milrep.documents import seal
from milrep.documents.base45 import b45encode
from milrep.documents.digest import record_digest
from milrep.documents.ed25519 import SigningKey, raw_public_key
from milrep.documents.trust import (KeyRevocation, RevokedCertificate, TrustedKey, TrustList,
                                    sign_trust_list)

SEAL_SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
ROOT_SEED = bytes.fromhex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
OTHER_SEED = bytes(range(32))  # a key no trust list knows

SITE_ID = uuid.UUID("5d3b1e4a-0c2f-4f7e-9a61-2b8c7d9e0f11")
CERTIFICATE_ID = uuid.UUID("0b6f4a3e-8d21-4c5a-b7e9-3f2d1c0a9b88")
ISSUED = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
KEY_FROM = dt.datetime(2026, 1, 12, 9, 0, tzinfo=dt.UTC)

#: the record the digest of the example is taken over (a certificate's full record in miniature)
RECORD: dict[str, Any] = {
    "number": "17/WS1/2026/QC-0001", "office": "17", "contract": "12-ГОЗ/2026",
    "item": "Radio station R-168-5UN", "quantity": 10, "unit": "шт.",
    "lots": ["L-2026-004"], "issued_on": dt.date(2026, 11, 25),
}


def seal_key(seed: bytes = SEAL_SEED, site: str = "WS1") -> SigningKey:
    return SigningKey.from_private(Ed25519PrivateKey.from_private_bytes(seed), site_code=site,
                                   site_id=SITE_ID)


def root_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(ROOT_SEED)


def claims(**changes: Any) -> seal.SealClaims:
    """Scenario 4: Maj. Akhmetova's certificate for lot L-2026-004 (10 radio stations)."""
    base: dict[str, Any] = dict(
        office_code="17", issued_at=int(ISSUED.timestamp()), certificate_id=CERTIFICATE_ID,
        number="17/WS1/2026/QC-0001", contract_number="12-ГОЗ/2026",
        contractor_bin="120540012345", nomenclature_code="R-168-5UN", quantity=10, unit="шт.",
        lots="L-2026-004", record_digest=record_digest(RECORD))
    base.update(changes)
    return seal.SealClaims(**base)


def trust_list(*, keys: Iterable[TrustedKey] | None = None,
               revoked: Iterable[RevokedCertificate] = (), version: int = 1,
               office: str = "17") -> TrustList:
    if keys is None:
        keys = [TrustedKey(public_key=seal_key().public_key, site="WS1", valid_from=KEY_FROM)]
    return TrustList(office_code=office, office_name="Military representative office No. 17",
                     version=version, issued_at=ISSUED, root_public_key=raw_public_key(root_key()),
                     keys=tuple(keys), revoked_certificates=tuple(revoked))


def revoked_key_list() -> TrustList:
    return trust_list(keys=[TrustedKey(
        public_key=seal_key().public_key, site="WS1", valid_from=KEY_FROM,
        revoked=KeyRevocation(at=ISSUED, reason="Laptop stolen"))])


def signed_trust_list(trust: TrustList | None = None) -> bytes:
    return sign_trust_list(trust or trust_list(), root_key())


def seal_text(c: seal.SealClaims | None = None, key: SigningKey | None = None) -> str:
    return seal.encode_seal(c or claims(), key or seal_key())


def raw_seal(payload: bytes | dict[Any, Any], *, key: SigningKey | None = None,
             protected: bytes | None = None, unprotected: Any = None,
             cose: Any = None) -> str:
    """A seal built by hand (for attacks): any payload bytes or map, signed with ``key``."""
    key = key or seal_key()
    body = payload if isinstance(payload, bytes) else cbor2.dumps(payload, canonical=True)
    prot = protected if protected is not None else seal.protected_header(key.kid)
    sig = key.sign(seal.sig_structure(prot, body))
    structure = cose if cose is not None else cbor2.CBORTag(
        18, [prot, {} if unprotected is None else unprotected, body, sig])
    return seal.PREFIX + b45encode(cbor2.dumps(structure, canonical=True))


def worked_example() -> str:
    """The worked example of docs/FORMATS.md, byte for byte."""
    key, c = seal_key(), claims()
    protected = seal.protected_header(key.kid)
    payload = cbor2.dumps(c.payload(), canonical=True)
    to_sign = seal.sig_structure(protected, payload)
    cose = seal.cose_sign1(c, key)
    text = seal.encode_seal(c, key)
    from milrep.documents.qr import seal_matrix

    def hexdump(data: bytes) -> str:
        return "\n".join(data[i:i + 32].hex(" ") for i in range(0, len(data), 32))

    lines = [
        "```text",
        f"signing key seed (RFC 8032 test 1) {SEAL_SEED.hex()}",
        f"public key                         {key.public_key.hex()}",
        f"kid = SHA-256(public key)[0:8]     {key.kid.hex()}",
        f"record digest (claim -9)           {c.record_digest.hex()}",
        "",
        f"protected ({len(protected)} bytes)",
        hexdump(protected),
        "",
        f"payload ({len(payload)} bytes)",
        hexdump(payload),
        "",
        f"Sig_structure, the bytes signed ({len(to_sign)} bytes)",
        hexdump(to_sign),
        "",
        f"COSE_Sign1 ({len(cose)} bytes)",
        hexdump(cose),
        "",
        f"seal text ({len(text)} characters, QR version {seal_matrix(text).version} at level Q)",
        *[text[i:i + 64] for i in range(0, len(text), 64)],
        "```",
    ]
    return "\n".join(lines)


def trust_example() -> str:
    """The signed trust list of docs/FORMATS.md (the example office, the fixed keys)."""
    revoked = RevokedCertificate(id=uuid.UUID("7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b"),
                                 number="17/WS1/2026/QC-0002",
                                 revoked_at=dt.datetime(2026, 11, 27, 14, 30, tzinfo=dt.UTC),
                                 reason="Serial 0412 found nonconforming after issue")
    data = signed_trust_list(trust_list(revoked=[revoked], version=3))
    return "```json\n" + data.decode("utf-8") + "```"


if __name__ == "__main__":
    print(worked_example())
    print()
    print(trust_example())
