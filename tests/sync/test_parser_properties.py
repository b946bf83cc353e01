"""Property tests of the sync parsers: random bytes and mutated valid files (mutated, and
mutated then signed again, so the parser behind the signature is reached) never crash; they
are either read or refused with a :class:`SyncError` that has a message.

Pure: no database. The parsers: the bundle envelope and manifest, the content (changes), the
decompression, the office keyring, the join request.
"""

from __future__ import annotations

import dataclasses
import hashlib
import struct
import uuid
from collections.abc import Callable
from typing import Any

import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milrep.documents.ed25519 import key_id, raw_public_key
from milrep.sync import envelope as env
from milrep.sync import join as jr
from milrep.sync import keyring_doc as kd
from milrep.sync.errors import SyncError
from milrep.sync.keyring import Keyring, SiteRole
from milrep.sync.payload import Change, decode_changes, encode_changes
from tests.sync.keys import SiteKeys

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
TABLES = frozenset({"organizations", "contracts"})

# --- valid samples ------------------------------------------------------------------------

SITE_A, SITE_B = SiteKeys.generate(), SiteKeys.generate()
REALM = uuid.uuid4()
RING = Keyring(realm=REALM, version=1, keys=(SITE_A.entry(), SITE_B.entry()))
CHANGES = [
    Change(site=SITE_A.site_id, seq=1, hlc=(1_700_000_000_000 << 16), table="organizations",
           row_id=uuid.uuid4(), op="insert", data='{"id":"00","name":"Unit"}', base=None),
    Change(site=SITE_A.site_id, seq=2, hlc=(1_700_000_000_001 << 16), table="organizations",
           row_id=uuid.uuid4(), op="update", data='{"name":"Unit 2"}',
           base={"name": ((1_700_000_000_000 << 16, SITE_A.site_id),)}),
    Change(site=SITE_A.site_id, seq=3, hlc=(1_700_000_000_002 << 16), table="contracts",
           row_id=uuid.uuid4(), op="delete", data=None, base=None),
]
CONTENT = encode_changes(CHANGES)
MANIFEST, PAYLOAD = env.pack(
    CONTENT, compression="zlib", schema="0009", realm=REALM, origin=SITE_A.site_id,
    kid=SITE_A.signer.kid, seq=1, prev=env.GENESIS_PREV, created=1_700_000_000_003 << 16,
    recipients=(SITE_B.site_id,), vector={SITE_A.site_id: 3},
    ranges={SITE_A.site_id: (1, 3)}, counts={"organizations": 2, "contracts": 1}, changes=3)
MANIFEST_BYTES = MANIFEST.to_cbor()
ENVELOPE = env.build_envelope(MANIFEST, PAYLOAD, [SITE_A.signer])

ROOT = Ed25519PrivateKey.generate()
KEYRING_DOC = kd.KeyringDoc(
    keyring=Keyring(realm=REALM, version=2, keys=(
        SITE_A.entry(), dataclasses.replace(SITE_B.entry(role=SiteRole.HEADQUARTERS),
                                            revoked_after_seq=4, revoked_after_change=9))),
    root=raw_public_key(ROOT), previous_root=None, issued=1_700_000_000,
    codes={SITE_A.site_id: "WS1", SITE_B.site_id: "HQ"})
KEYRING_FILE = kd.seal_keyring(KEYRING_DOC, [ROOT])

NEW_SITE = Ed25519PrivateKey.generate()
REQUEST = jr.JoinRequest(
    realm=REALM, root=raw_public_key(ROOT), site_id=uuid.uuid4(), code="WS2",
    name="Workstation 2", signing_key=raw_public_key(NEW_SITE),
    age_recipient=SITE_B.recipient, user_id=uuid.uuid4(), username="petrov",
    full_name="Petrov P. P.", created=1_700_000_000)
REQUEST_FILE = jr.seal_request(REQUEST, NEW_SITE)


# --- strategies -------------------------------------------------------------------------------

@st.composite
def mutated(draw: st.DrawFn, valid: bytes) -> bytes:
    """``valid`` with a few bytes flipped, cut, inserted or removed."""
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "set", "cut", "insert", "delete"]))
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set" and data:
            data[i] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[i:]
        elif kind == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=8))
        elif data:
            del data[i:i + draw(st.integers(1, 8))]
    return bytes(data)


def cbor_values() -> st.SearchStrategy[Any]:
    leaves = st.one_of(st.none(), st.booleans(), st.integers(-(1 << 70), 1 << 70),
                       st.binary(max_size=40), st.text(max_size=20), st.floats())
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.one_of(st.text(max_size=16), st.integers()), inner, max_size=5)),
        max_leaves=20)


@st.composite
def edited_map(draw: st.DrawFn, valid: dict[str, Any]) -> bytes:
    """A valid CBOR map with one field removed, replaced by any value, or one added."""
    m = dict(valid)
    key = draw(st.sampled_from(sorted(m)))
    kind = draw(st.sampled_from(["drop", "replace", "add"]))
    if kind == "drop":
        del m[key]
    elif kind == "replace":
        m[key] = draw(cbor_values())
    else:
        m[draw(st.text(max_size=12))] = draw(cbor_values())
    return cbor2.dumps(m, canonical=True)


def refused_or_read(fn: Callable[[], Any]) -> None:
    try:
        fn()
    except SyncError as e:
        assert str(e).strip(), "a refusal without a message"


# --- the bundle -------------------------------------------------------------------------------

def test_the_samples_are_valid() -> None:
    v = env.open_envelope(ENVELOPE, RING)
    assert decode_changes(env.read_content(v), v.manifest, TABLES) == CHANGES
    assert set(kd.read_keyring(KEYRING_FILE).keyring.keys) == set(KEYRING_DOC.keyring.keys)
    assert jr.open_request(REQUEST_FILE) == REQUEST


def _envelope_with(manifest: bytes, payload: bytes = PAYLOAD) -> bytes:
    """An envelope around ``manifest`` bytes, signed by A (reaching the manifest parser)."""
    sig = SITE_A.signing.sign(env.SIGN_TAG + manifest)
    return b"".join([env.MAGIC, bytes([env.ENVELOPE_VERSION]), struct.pack(">I", len(manifest)),
                     manifest, b"\x01", SITE_A.signer.kid, sig, payload])


@SETTINGS
@given(st.binary(max_size=600))
def test_random_bytes_as_envelope_manifest_content_payload(data: bytes) -> None:
    refused_or_read(lambda: env.open_envelope(data, RING))
    refused_or_read(lambda: env.decode_manifest(data))
    refused_or_read(lambda: decode_changes(data, MANIFEST, TABLES))
    refused_or_read(lambda: env.inflate(data, "zlib", 100))
    refused_or_read(lambda: env.inflate(data, "lzma", 100))
    refused_or_read(lambda: env.open_envelope(_envelope_with(data), RING))


@SETTINGS
@given(mutated(ENVELOPE))
def test_mutated_envelope(data: bytes) -> None:
    def read() -> None:
        v = env.open_envelope(data, RING)
        decode_changes(env.read_content(v), v.manifest, TABLES)
    refused_or_read(read)


@SETTINGS
@given(st.one_of(mutated(MANIFEST_BYTES), edited_map(cbor2.loads(MANIFEST_BYTES))))
def test_mutated_manifest_signed_again(manifest: bytes) -> None:
    def read() -> None:
        v = env.open_envelope(_envelope_with(manifest), RING)
        decode_changes(env.read_content(v), v.manifest, TABLES)
    refused_or_read(read)


@SETTINGS
@given(st.one_of(mutated(CONTENT),
                 st.lists(cbor_values(), max_size=4).map(lambda v: cbor2.dumps(v)),
                 st.integers(0, 2).flatmap(lambda i: st.lists(cbor_values(), min_size=8,
                                                              max_size=8).map(
                     lambda item: cbor2.dumps(
                         [*[c for c in cbor2.loads(CONTENT)[:i]], item])))))
def test_mutated_content(content: bytes) -> None:
    refused_or_read(lambda: decode_changes(content, MANIFEST, TABLES))


# --- the keyring and the join request ---------------------------------------------------------

def _keyring_with(body: bytes) -> bytes:
    sig = ROOT.sign(kd.SIGN_TAG + body)
    return struct.pack(">8sBI", kd.MAGIC, kd.FILE_VERSION, len(body)) + body + b"\x01" + \
        key_id(raw_public_key(ROOT)) + sig


@SETTINGS
@given(st.one_of(st.binary(max_size=400), mutated(KEYRING_FILE)))
def test_random_and_mutated_keyrings(data: bytes) -> None:
    refused_or_read(lambda: kd.read_keyring(data))
    refused_or_read(lambda: kd.open_keyring(data, trusted_root=raw_public_key(ROOT),
                                            realm=REALM, installed=KEYRING_DOC))


def _keyring_body() -> dict[str, Any]:
    return dict(cbor2.loads(KEYRING_DOC.to_cbor()))


@SETTINGS
@given(st.one_of(mutated(KEYRING_DOC.to_cbor()), edited_map(_keyring_body()),
                 edited_map(_keyring_body()["sites"][0]).map(
                     lambda site: cbor2.dumps({**_keyring_body(), "sites": [
                         cbor2.loads(site), _keyring_body()["sites"][1]]}, canonical=True))))
def test_mutated_keyring_body_signed_again(body: bytes) -> None:
    # the root named in the body must still be ROOT for the signature to count: either way,
    # read or refused, never a crash
    refused_or_read(lambda: kd.read_keyring(_keyring_with(body)))


def _request_with(body: bytes) -> bytes:
    return struct.pack(">8sBI", jr.MAGIC, jr.FILE_VERSION, len(body)) + body + \
        NEW_SITE.sign(jr.SIGN_TAG + body)


@SETTINGS
@given(st.one_of(st.binary(max_size=400), mutated(REQUEST_FILE),
                 mutated(REQUEST.to_cbor()).map(_request_with),
                 edited_map(dict(cbor2.loads(REQUEST.to_cbor()))).map(_request_with)))
def test_random_mutated_and_resigned_join_requests(data: bytes) -> None:
    refused_or_read(lambda: jr.open_request(data))


def test_a_resigned_request_with_another_key_inside_is_refused() -> None:
    """The signature is checked with the key the body carries: swapping the key in the body
    (and signing with the original) is refused as a bad signature."""
    other = raw_public_key(Ed25519PrivateKey.generate())
    body = cbor2.loads(REQUEST.to_cbor())
    body["signing_key"] = other
    data = _request_with(cbor2.dumps(body, canonical=True))
    try:
        jr.open_request(data)
    except jr.JoinRequestError as e:
        assert e.kind == jr.JoinFault.BAD_SIGNATURE
    else:
        raise AssertionError("accepted")
    assert hashlib.sha256(data).digest() != hashlib.sha256(REQUEST_FILE).digest()
