"""The seal codec (DESIGN.md §7): Base45, the strict CBOR reader, encoding, the QR budget, the
record digest and the worked example of docs/FORMATS.md."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from decimal import Decimal
from pathlib import Path

import cbor2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milrep.documents import qr, seal, strict_cbor
from milrep.documents.base45 import Base45Error, b45decode, b45encode
from milrep.documents.digest import canonical_record_bytes, record_digest
from milrep.documents.ed25519 import grouped_hex, key_id, parse_grouped_hex
from tests.core import seal_samples as S

# --- Base45: RFC 9285 -----------------------------------------------------------------------

RFC9285_VECTORS = [  # §4.3 and §4.4 of RFC 9285
    (b"AB", "BB8"),
    (b"Hello!!", "%69 VD92EX0"),
    (b"base-45", "UJCLQE7W581"),
    (b"ietf!", "QED8WEX0"),
]


@pytest.mark.parametrize(("raw", "text"), RFC9285_VECTORS)
def test_base45_rfc9285_vectors(raw: bytes, text: str) -> None:
    assert b45encode(raw) == text
    assert b45decode(text) == raw


def test_base45_edges() -> None:
    assert b45encode(b"") == "" and b45decode("") == b""
    assert b45decode("U5") == b"\xff"  # 30 + 5*45: the largest last pair
    assert b45encode(b"\xff\xff") == "FGW"  # 65535 = 15 + 42*45 + 32*2025
    # a space is a digit (36): it must survive at both ends, never be stripped
    assert b45decode(b45encode(b"\x00\x24")) == b"\x00\x24"
    assert b45encode(b"\x00\x24")[0] == " "


@pytest.mark.parametrize(("text", "reason"), [
    ("GGW", "exceeds two bytes"),  # 65536
    (":;", "not a Base45 digit"),
    ("::;", "not a Base45 digit"),
    ("A", "length 1"),
    ("ABCD", "length 4"),
    ("abc", "not a Base45 digit"),  # lower case is not in the alphabet
    (":;;", "not a Base45 digit"),
    ("::", None),  # 44 + 44*45 = 2024 > 255
])
def test_base45_refuses_invalid(text: str, reason: str | None) -> None:
    with pytest.raises(Base45Error, match=reason or "exceeds one byte"):
        b45decode(text)


@given(st.binary(max_size=300))
def test_base45_round_trip(data: bytes) -> None:
    text = b45encode(data)
    assert set(text) <= qr.ALPHANUMERIC
    assert b45decode(text) == data


# --- the strict CBOR reader -----------------------------------------------------------------

@pytest.mark.parametrize(("hexdata", "reason"), [
    ("a201010102", "duplicate map key 1"),
    ("a2616101616102", "duplicate map key 'a'"),
    ("0100", "1 trailing byte"),
    ("1817", "not in its shortest form"),  # 23 in one extra byte
    ("190017", "not in its shortest form"),
    ("5f41ff", "indefinite"),
    ("9f01ff", "indefinite"),
    ("f93c00", "float"),
    ("f7", "simple"),
    ("c11a00000000", "tag 1"),
    ("d2820102", "tag 18"),  # tag not allowed unless the caller says so
    ("62c328", "not UTF-8"),
    ("a1f601", "not an integer or text"),
    ("a14101", "not an integer or text"),
    ("5a00010000", "ends early"),
    ("9bffffffffffffffff", "exceeds the remaining"),
    ("81" * 10 + "01", "nested deeper"),
    ("1c", "reserved"),
])
def test_strict_cbor_refuses(hexdata: str, reason: str) -> None:
    with pytest.raises(strict_cbor.CborError, match=reason):
        strict_cbor.decode(bytes.fromhex(hexdata))


def test_strict_cbor_accepts_the_subset() -> None:
    assert strict_cbor.decode(bytes.fromhex("d28240a0"), tags=frozenset({18})) == \
        strict_cbor.Tagged(18, [b"", {}])
    assert strict_cbor.decode(cbor2.dumps({1: -8, -9: [True, False, None, "ü"]})) == \
        {1: -8, -9: [True, False, None, "ü"]}
    assert strict_cbor.decode(cbor2.dumps(2**64 - 1)) == 2**64 - 1
    assert strict_cbor.decode(cbor2.dumps(-(2**64))) == -(2**64)


_cbor_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**64), max_value=2**64 - 1)
    | st.binary(max_size=40) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.integers(-30, 30) | st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@given(_cbor_values)
def test_strict_cbor_reads_what_cbor2_writes(value: object) -> None:
    assert strict_cbor.decode(cbor2.dumps(value, canonical=True)) == value


# --- encoding -------------------------------------------------------------------------------

def test_round_trip_gives_the_same_claims() -> None:
    text = S.seal_text()
    assert text.startswith("MR1:")
    decoded = seal.read_seal(text)
    assert decoded.claims == S.claims()
    assert decoded.kid == S.seal_key().kid == key_id(S.seal_key().public_key)
    assert decoded.extra_claims == {}
    v = seal.verify_seal(text, S.trust_list())
    assert v.verdict is seal.Verdict.VALID and v.valid
    assert v.claims == S.claims() and v.key is not None and v.key.site == "WS1"
    assert "valid" in v.detail and "office 17" in v.detail


def test_encoding_follows_design_7_exactly() -> None:
    """Each element as DESIGN.md §7 says, read back with cbor2 (an independent decoder)."""
    key = S.seal_key()
    cose = cbor2.loads(b45decode(S.seal_text()[4:]))
    assert isinstance(cose, cbor2.CBORTag) and cose.tag == 18
    protected, unprotected, payload, signature = cose.value
    assert cbor2.loads(protected) == {1: -8, 4: key.kid}
    assert protected == bytes.fromhex("a2012704 48") + key.kid  # canonical: 1 then 4
    assert unprotected == {}
    claims = cbor2.loads(payload)
    c = S.claims()
    assert claims == {1: "17", 6: c.issued_at, 7: c.certificate_id.bytes, -1: 1,
                      -2: c.number, -3: c.contract_number, -4: c.contractor_bin,
                      -5: c.nomenclature_code, -6: 10, -7: "шт.", -8: "L-2026-004",
                      -9: c.record_digest}
    assert list(claims) == [1, 6, 7, -1, -2, -3, -4, -5, -6, -7, -8, -9]  # deterministic order
    to_sign = cbor2.dumps(["Signature1", protected, b"", payload])
    key.private_key.public_key().verify(signature, to_sign)  # raises if not


def test_encoding_is_deterministic_and_quantity_may_be_text() -> None:
    assert S.seal_text() == S.seal_text()
    text = S.seal_text(S.claims(quantity="12.5"))
    assert seal.read_seal(text).claims.quantity == "12.5"


@pytest.mark.parametrize("change", [
    {"issued_at": -1}, {"issued_at": 1.5}, {"issued_at": True}, {"record_digest": b"\0" * 15},
    {"quantity": 1.0}, {"quantity": False}, {"office_code": ""}, {"number": ""}, {"unit": None},
])
def test_claims_a_verifier_would_refuse_are_not_signed(change: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        seal.encode_seal(S.claims(**change), S.seal_key())


# --- the QR budget --------------------------------------------------------------------------

def test_max_seal_chars_is_the_capacity_of_version_13_at_q() -> None:
    assert qr.capacity(13) == seal.MAX_SEAL_CHARS == 352
    assert qr.capacity(40) == 2420  # ISO/IEC 18004 table 7: 40-Q alphanumeric


def test_a_realistic_maximal_seal_fits_version_13() -> None:
    """Scenario 4 with the longest values the office's numbering and the contract produce."""
    c = S.claims(number="17/WS12/2026/QC-9999", contract_number="12-ГОЗ/2026-Д",
                 contractor_bin="120540012345", nomenclature_code="R-168-5UN",
                 quantity=100_000, unit="компл", lots="L-2026-004")
    text = seal.encode_seal(c, S.seal_key())
    matrix = qr.seal_matrix(text)
    assert matrix.version <= 13 and len(text) == seal.seal_length(c) <= seal.MAX_SEAL_CHARS


def test_an_oversized_seal_is_refused_not_truncated() -> None:
    c = S.claims(lots="L-2026-004: serials 0401, 0402, 0403, 0404, 0405, 0406")
    assert seal.seal_length(c) > seal.MAX_SEAL_CHARS
    with pytest.raises(seal.SealTooLarge, match="too long for a QR symbol of version 13") as e:
        seal.encode_seal(c, S.seal_key())
    assert "at most 352 fit" in str(e.value)


def test_matrix_is_alphanumeric_level_q() -> None:
    matrix = qr.seal_matrix(S.seal_text())
    assert matrix.size == 17 + 4 * matrix.version
    assert qr.check_fits(S.seal_text()) == matrix.version == 13
    assert qr.seal_matrix("MR1:AB").version == 1 == qr.check_fits("MR1:AB")
    with pytest.raises(ValueError, match="alphanumeric"):
        qr.seal_matrix("mr1:lower case")


def test_draw_qr_refuses_modules_below_half_a_millimetre(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "x.pdf"))
    matrix = qr.seal_matrix(S.seal_text())
    with pytest.raises(ValueError, match="below the 0.5 mm minimum"):
        qr.draw_qr(canvas, matrix, 0, 0, module_mm=0.4)
    side = qr.draw_qr(canvas, matrix, 0, 0, module_mm=0.5)
    assert side == pytest.approx((matrix.size + 8) * 0.5 * 72 / 25.4)


# --- the record digest ----------------------------------------------------------------------

def test_record_digest_is_16_bytes_of_sha256_of_canonical_cbor() -> None:
    import hashlib

    record = {"b": 1, "a": [Decimal("1.50"), uuid.UUID(int=1), dt.date(2026, 1, 2)]}
    raw = canonical_record_bytes(record)
    assert raw == cbor2.dumps({"a": ["1.50", "0" * 31 + "1", "2026-01-02"], "b": 1},
                              canonical=True)
    assert record_digest(record) == hashlib.sha256(raw).digest()[:16]
    assert record_digest({"a": 1, "b": 2}) == record_digest({"b": 2, "a": 1})  # order-free
    assert record_digest({"q": Decimal("10")}) != record_digest({"q": Decimal("10.00")})
    assert record_digest({"t": dt.datetime(2026, 1, 1, 6, tzinfo=dt.timezone(
        dt.timedelta(hours=6)))}) == record_digest({"t": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)})


@pytest.mark.parametrize("bad", [{"x": 1.5}, {1: "a"}, {"t": dt.datetime(2026, 1, 1)},
                                 {"o": object()}])
def test_record_digest_refuses_ambiguous_values(bad: dict[object, object]) -> None:
    with pytest.raises(TypeError):
        record_digest(bad)  # type: ignore[arg-type]


# --- key ids and fingerprints ---------------------------------------------------------------

def test_fingerprints_are_grouped_hex_and_parse_back() -> None:
    assert grouped_hex(bytes.fromhex("3f2a9c01")) == "3F2A 9C01"
    assert parse_grouped_hex("3f2a-9C01") == bytes.fromhex("3f2a9c01")
    key = S.seal_key()
    assert key.fingerprint.replace(" ", "").lower().startswith(key.kid.hex())


# --- the worked example in docs/FORMATS.md stays true ---------------------------------------

def test_worked_example_in_formats_md_is_current() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "FORMATS.md").read_text("utf-8")
    block = re.search(r"<!-- seal example begin -->\n(.*?)\n<!-- seal example end -->", doc,
                      re.S)
    assert block is not None, "docs/FORMATS.md lacks the seal example markers"
    assert block.group(1) == S.worked_example(), \
        "regenerate with: .venv/bin/python -m tests.core.seal_samples"
    text = "".join(line for line in block.group(1).splitlines()[-7:-1])
    assert seal.verify_seal(text, S.trust_list()).valid


def test_the_text_budget_is_86_bytes_as_documented() -> None:
    """docs/FORMATS.md: 86 bytes for the seven texts (each under 24 bytes, quantity < 24)."""
    def texts(total: int) -> seal.SealClaims:
        sizes = [2, 19, 14, 12, 12, 5]
        return S.claims(office_code="17", number="N" * 19, contract_number="C" * 14,
                        contractor_bin="B" * 12, nomenclature_code="K" * 12, unit="U" * 5,
                        lots="L" * (total - sum(sizes)), quantity=10)
    assert seal.seal_length(texts(86)) <= seal.MAX_SEAL_CHARS
    seal.encode_seal(texts(86), S.seal_key())
    assert seal.seal_length(texts(87)) > seal.MAX_SEAL_CHARS
    with pytest.raises(seal.SealTooLarge):
        seal.encode_seal(texts(87), S.seal_key())


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=sorted(qr.ALPHANUMERIC), min_size=1, max_size=348))
def test_fast_mask_choice_gives_exactly_qrcodes_symbol(body: str) -> None:
    import qrcode as qrcode_package
    from qrcode.util import MODE_ALPHA_NUM, QRData

    text = "MR1:" + body
    code = qrcode_package.QRCode(error_correction=qrcode_package.constants.ERROR_CORRECT_Q,
                                 border=0)
    code.add_data(QRData(text.encode("ascii"), mode=MODE_ALPHA_NUM))
    code.make(fit=True)
    matrix = qr.seal_matrix(text)
    assert matrix.version == code.version
    assert matrix.rows == tuple(tuple(bool(m) for m in row) for row in code.get_matrix())
