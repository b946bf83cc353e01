"""Issue 4's attack list against the seal: each attack gets its own verdict, never a crash."""

from __future__ import annotations

import uuid

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milrep.documents import seal
from milrep.documents.base45 import b45decode, b45encode
from milrep.documents.trust import RevokedCertificate, TrustedKey
from milrep.documents.seal import Verdict, verify_seal
from tests.core import seal_samples as S

TRUST = S.trust_list()


def cose_bytes() -> bytes:
    return b45decode(S.seal_text()[4:])


def regions() -> dict[str, range]:
    """Byte ranges of the COSE_Sign1 of the sample seal, found by layout (see FORMATS.md)."""
    raw = cose_bytes()
    assert raw[:3] == bytes.fromhex("d2844d")  # tag 18, array of 4, 13-byte protected header
    kid = range(3 + 5, 3 + 13)
    payload_len = int.from_bytes(raw[18:19], "big")
    assert raw[16:18] == bytes.fromhex("a058")  # empty map, payload length in one byte
    payload = range(19, 19 + payload_len)
    assert raw[payload.stop:payload.stop + 2] == bytes.fromhex("5840")
    signature = range(payload.stop + 2, len(raw))
    assert len(signature) == 64
    return {"kid": kid, "payload": payload, "signature": signature}


def test_the_untouched_seal_is_valid() -> None:
    assert verify_seal(S.seal_text(), TRUST).verdict is Verdict.VALID


@pytest.mark.parametrize("flip", [0x01, 0x80, 0xFF])
def test_any_changed_byte_of_the_cose_structure_is_caught(flip: int) -> None:
    raw, where = cose_bytes(), regions()
    seen: dict[Verdict, int] = {}
    for i in range(len(raw)):
        changed = bytearray(raw)
        changed[i] ^= flip
        v = verify_seal(seal.PREFIX + b45encode(bytes(changed)), TRUST)
        seen[v.verdict] = seen.get(v.verdict, 0) + 1
        assert v.verdict is not Verdict.VALID, f"byte {i} changed and still valid"
        assert v.detail
        if i in where["kid"]:
            assert v.verdict is Verdict.UNKNOWN_KEY, i
        elif i in where["payload"] or i in where["signature"]:
            assert v.verdict in (Verdict.INVALID_SIGNATURE, Verdict.MALFORMED), (i, v)
            if i in where["signature"]:
                assert v.verdict is Verdict.INVALID_SIGNATURE, i
        else:  # the envelope: tag, array and length heads, the header's fixed bytes
            assert v.verdict is Verdict.MALFORMED, (i, v)
    assert seen.get(Verdict.INVALID_SIGNATURE, 0) >= 64 + 100


def test_a_changed_claim_byte_is_an_invalid_signature_with_the_forged_claims_shown() -> None:
    raw = bytearray(cose_bytes())
    at = raw.index(b"L-2026-004")
    raw[at + 9] = ord("5")  # lot L-2026-005
    v = verify_seal(seal.PREFIX + b45encode(bytes(raw)), TRUST)
    assert v.verdict is Verdict.INVALID_SIGNATURE
    assert "altered or forged" in v.detail
    assert v.claims is not None and v.claims.lots == "L-2026-005" and not v.valid


def test_signature_by_an_unknown_key() -> None:
    v = verify_seal(S.seal_text(key=S.seal_key(S.OTHER_SEED)), TRUST)
    assert v.verdict is Verdict.UNKNOWN_KEY
    assert "no trust list given knows" in v.detail
    assert v.kid == S.seal_key(S.OTHER_SEED).kid


def test_a_known_kid_with_another_key_behind_it_is_an_invalid_signature() -> None:
    """A forger copies the office's kid into the header but signs with his own key."""
    forger = S.seal_key(S.OTHER_SEED)
    prot = seal.protected_header(S.seal_key().kid)
    v = verify_seal(S.raw_seal(S.claims().payload(), key=forger, protected=prot), TRUST)
    assert v.verdict is Verdict.INVALID_SIGNATURE


def test_a_revoked_key() -> None:
    v = verify_seal(S.seal_text(), S.revoked_key_list())
    assert v.verdict is Verdict.REVOKED_KEY
    assert "revoked on 2026-11-25 (Laptop stolen)" in v.detail


def test_a_revoked_certificate() -> None:
    revoked = RevokedCertificate(id=S.CERTIFICATE_ID, number="17/WS1/2026/QC-0001",
                                 revoked_at=S.ISSUED, reason="Issued for the wrong lot")
    v = verify_seal(S.seal_text(), S.trust_list(revoked=[revoked]))
    assert v.verdict is Verdict.REVOKED_CERTIFICATE
    assert v.revocation == revoked
    assert "17/WS1/2026/QC-0001 was revoked on 2026-11-25: Issued for the wrong lot" in v.detail
    other = RevokedCertificate(id=uuid.uuid4(), number="x", revoked_at=S.ISSUED, reason="r")
    assert verify_seal(S.seal_text(), S.trust_list(revoked=[other])).valid


@pytest.mark.parametrize("prefix", ["MR2:", "mr1:", "MR1", "", " MR1:", "HC1:"])
def test_wrong_prefix(prefix: str) -> None:
    v = verify_seal(prefix + S.seal_text()[4:], TRUST)
    assert v.verdict is Verdict.MALFORMED
    assert "does not start with MR1:" in v.detail


@pytest.mark.parametrize("tail", ["a", "@", "\n", "ä", "A", "AAAA"])
def test_bad_base45(tail: str) -> None:
    v = verify_seal(S.seal_text() + tail, TRUST)
    assert v.verdict is Verdict.MALFORMED
    assert "Base45" in v.detail or "structure" in v.detail


def test_bad_base45_group_value() -> None:
    text = S.seal_text()
    v = verify_seal(text[:4] + "GGW" + text[7:], TRUST)  # the first group: 65536
    assert v.verdict is Verdict.MALFORMED and "exceeds two bytes" in v.detail


@pytest.mark.parametrize("extra", [b"\x00", b"\xa0", cbor2.dumps("trailing")])
def test_trailing_bytes(extra: bytes) -> None:
    v = verify_seal(seal.PREFIX + b45encode(cose_bytes() + extra), TRUST)
    assert v.verdict is Verdict.MALFORMED
    assert "trailing byte" in v.detail


def test_trailing_bytes_inside_the_signed_payload() -> None:
    payload = cbor2.dumps(S.claims().payload(), canonical=True) + b"\x01"
    v = verify_seal(S.raw_seal(payload), TRUST)
    assert v.verdict is Verdict.MALFORMED and "trailing byte" in v.detail


def _duplicate_lots_payload() -> bytes:
    """The sample claims with claim -8 (lots) twice: first the real lot, then another."""
    body = cbor2.dumps(S.claims().payload(), canonical=True)
    assert body[0] == 0xAC  # map of 12
    return b"\xad" + body[1:] + cbor2.dumps(-8) + cbor2.dumps("L-2026-999")


def test_duplicate_cbor_map_keys_in_the_signed_claims() -> None:
    payload = _duplicate_lots_payload()
    assert cbor2.loads(payload)[-8] == "L-2026-999"  # cbor2 would silently keep the last
    v = verify_seal(S.raw_seal(payload), TRUST)
    assert v.verdict is Verdict.MALFORMED
    assert "duplicate map key -8" in v.detail


def test_duplicate_keys_in_the_protected_header() -> None:
    key = S.seal_key()
    prot = bytes.fromhex("a3012704") + cbor2.dumps(key.kid) + bytes.fromhex("0127")
    v = verify_seal(S.raw_seal(S.claims().payload(), protected=prot), TRUST)
    assert v.verdict is Verdict.MALFORMED and "duplicate map key 1" in v.detail


@pytest.mark.parametrize("size", [seal.MAX_SEAL_CHARS + 1, 10_000, 5_000_000])
def test_oversized_input(size: int) -> None:
    text = (S.seal_text() + "0" * size)[:size]
    v = verify_seal(text, TRUST)
    assert v.verdict is Verdict.MALFORMED
    assert f"a seal has at most {seal.MAX_SEAL_CHARS}" in v.detail


def test_unknown_extra_claims_are_still_valid_and_reported() -> None:
    payload = {**S.claims().payload(), -20: "batch B", 99: [1, b"\x00"]}
    v = verify_seal(S.raw_seal(payload), TRUST)
    assert v.verdict is Verdict.VALID
    assert v.extra_claims == {-20: "batch B", 99: [1, b"\x00"]}
    assert v.claims == S.claims()


@pytest.mark.parametrize("claim", list(seal.Claim))
def test_a_missing_required_claim_is_malformed(claim: seal.Claim) -> None:
    payload = {k: v for k, v in S.claims().payload().items() if k != claim}
    v = verify_seal(S.raw_seal(payload), TRUST)
    assert v.verdict is Verdict.MALFORMED
    assert f"lacks required claims: {claim.value} ({claim.name.lower()})" in v.detail


@pytest.mark.parametrize(("claim", "value"), [
    (seal.Claim.OFFICE, 17), (seal.Claim.ISSUED_AT, "2026-11-25"), (seal.Claim.ISSUED_AT, -5),
    (seal.Claim.CERTIFICATE_ID, b"\x00" * 15), (seal.Claim.NUMBER, None),
    (seal.Claim.QUANTITY, True), (seal.Claim.RECORD_DIGEST, "digest"),
    (seal.Claim.LOTS, ["L-1"]),
])
def test_a_claim_of_the_wrong_type_is_malformed(claim: seal.Claim, value: object) -> None:
    payload = {**S.claims().payload(), claim: value}
    v = verify_seal(S.raw_seal(payload), TRUST)
    assert v.verdict is Verdict.MALFORMED and "wrong type" in v.detail


def test_another_schema_version_is_malformed() -> None:
    payload = {**S.claims().payload(), seal.Claim.SCHEMA_VERSION: 2}
    v = verify_seal(S.raw_seal(payload), TRUST)
    assert v.verdict is Verdict.MALFORMED and "schema version 2" in v.detail


def test_text_claim_keys_are_malformed() -> None:
    payload = {**S.claims().payload(), "note": "x"}
    v = verify_seal(S.raw_seal(payload), TRUST)
    assert v.verdict is Verdict.MALFORMED and "integer keys" in v.detail


@pytest.mark.parametrize(("name", "kwargs", "reason"), [
    ("other algorithm", {"protected": cbor2.dumps({1: -7, 4: b"\x00" * 8})}, "EdDSA"),
    ("extra header", {"protected": cbor2.dumps({1: -8, 4: b"\x00" * 8, 3: 0})}, "exactly"),
    ("short kid", {"protected": cbor2.dumps({1: -8, 4: b"\x00" * 4})}, "8 bytes"),
    ("unprotected header", {"unprotected": {4: b"\x00" * 8}}, "unprotected header"),
    ("wrong tag", {"cose": cbor2.CBORTag(98, [b"", {}, b"", b""])}, "tag 98"),
    ("untagged", {"cose": [b"", {}, b"", b""]}, "tag 18"),
    ("three elements", {"cose": cbor2.CBORTag(18, [b"", {}, b""])}, "3 elements"),
    ("text payload", {"cose": cbor2.CBORTag(18, [b"", {}, "x", b"\0" * 64])}, "must be bytes"),
    ("short signature", {"cose": cbor2.CBORTag(18, [
        seal.protected_header(b"\0" * 8), {}, b"", b"\0" * 63])}, "63 bytes"),
])
def test_structure_attacks_are_malformed(name: str, kwargs: dict[str, object],
                                         reason: str) -> None:
    v = verify_seal(S.raw_seal(S.claims().payload(), **kwargs), TRUST)  # type: ignore[arg-type]
    assert v.verdict is Verdict.MALFORMED, name
    assert reason in v.detail, (name, v.detail)


def test_a_key_of_another_office_cannot_seal_for_this_one() -> None:
    """Office 18's key signs a seal that names office 17: refused even with both lists."""
    key18 = S.seal_key(S.OTHER_SEED, site="WS1")
    list18 = S.trust_list(office="18", keys=[TrustedKey(key18.public_key, "WS1", S.KEY_FROM)])
    v = verify_seal(S.seal_text(key=key18), [TRUST, list18])
    assert v.verdict is Verdict.UNKNOWN_KEY
    assert "names office 17, but its key belongs to office 18" in v.detail


def test_read_seal_raises_a_translated_error_with_the_reason() -> None:
    with pytest.raises(seal.MalformedSeal, match="does not start with MR1:"):
        seal.read_seal("HC1:ABC")
    assert seal.read_seal(S.seal_text()).claims == S.claims()


# --- never a crash --------------------------------------------------------------------------

_FUZZ = settings(max_examples=300, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


@_FUZZ
@given(st.text(max_size=400))
def test_random_text_never_crashes(text: str) -> None:
    v = verify_seal(text, TRUST)
    assert v.verdict is not Verdict.VALID and v.detail


@_FUZZ
@given(st.binary(max_size=260))
def test_random_cose_bytes_never_crash(data: bytes) -> None:
    v = verify_seal(seal.PREFIX + b45encode(data), TRUST)
    assert v.verdict is not Verdict.VALID and v.detail


@_FUZZ
@given(st.binary(min_size=1, max_size=8), st.integers(min_value=0))
def test_random_splices_into_a_real_seal_never_crash(junk: bytes, at: int) -> None:
    raw = cose_bytes()
    i = at % len(raw)
    v = verify_seal(seal.PREFIX + b45encode(raw[:i] + junk + raw[i + len(junk):]), TRUST)
    assert isinstance(v.verdict, Verdict) and v.detail


@_FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.binary(max_size=20)
                    | st.text(max_size=10),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.integers(-12, 12), inner, max_size=14),
                    max_leaves=20))
def test_random_signed_payloads_never_crash(payload: object) -> None:
    body = cbor2.dumps(payload, canonical=True)
    v = verify_seal(S.raw_seal(body), TRUST)
    assert isinstance(v.verdict, Verdict) and v.detail
    assert v.verdict in (Verdict.VALID, Verdict.MALFORMED)


@pytest.mark.parametrize("value", [None, 42, b"MR1:", ["MR1:"], object()])
def test_non_text_input_is_malformed(value: object) -> None:
    v = verify_seal(value, TRUST)  # type: ignore[arg-type]
    assert v.verdict is Verdict.MALFORMED
