"""The bundle envelope byte by byte: round trip, and every damaged or hostile file refused with
its own reason (no database involved: the importer tests check that nothing stored changes)."""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
import zlib

import cbor2
import pytest

from milrep.sync import envelope as env
from milrep.sync.errors import (BadSignature, BundleDamaged, BundleError, PayloadMismatch,
                                TooLarge, UnknownKey, WrongRecipient)
from milrep.sync.payload import Change, decode_changes, encode_changes
from tests.sync.keys import SiteKeys, keyring

REALM = uuid.uuid4()
TABLES = frozenset({"organizations", "lots"})


def _changes(site: uuid.UUID, n: int = 3) -> list[Change]:
    return [Change(site=site, seq=i, hlc=1_000_000 + i, table="organizations",
                   row_id=uuid.uuid4(), op="insert", data=f'{{"name":"Org {i}"}}')
            for i in range(1, n + 1)]


def _seal(a: SiteKeys, changes: list[Change], recipients: list[SiteKeys], *, seq: int = 1,
          content: bytes | None = None, compression: str = "zlib", **over: object
          ) -> tuple[env.Manifest, bytes]:
    """(manifest, inner envelope) signed by ``a``."""
    content = encode_changes(changes) if content is None else content
    fields: dict[str, object] = dict(
        schema="0003", realm=REALM, origin=a.site_id, kid=a.signer.kid, seq=seq,
        prev=env.GENESIS_PREV, created=2_000_000, recipients=tuple(r.site_id for r in recipients),
        vector={a.site_id: len(changes)},
        ranges={a.site_id: (1, len(changes))} if changes else {},
        counts={"organizations": len(changes)} if changes else {}, changes=len(changes))
    fields.update(over)
    manifest, payload = env.pack(content, compression=compression, **fields)
    return manifest, env.build_envelope(manifest, payload, [a.signer])


@pytest.fixture
def sites() -> tuple[SiteKeys, SiteKeys]:
    return SiteKeys.generate(), SiteKeys.generate()


def test_round_trip(sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    changes = _changes(a.site_id)
    manifest, inner = _seal(a, changes, [b])
    data = env.encrypt(inner, [b.recipient])
    assert data.startswith(b"age-encryption.org/v1\n") and b"Org 1" not in data
    v = env.open_envelope(env.decrypt(data, [b.identity]), keyring(REALM, a, b))
    assert v.manifest == manifest and v.signer.site_id == a.site_id
    assert v.manifest_hash == hashlib.sha256(manifest.to_cbor()).digest()
    got = decode_changes(env.read_content(v), v.manifest, TABLES)
    assert got == changes


@pytest.mark.parametrize("compression", env.COMPRESSIONS)
def test_both_compressions_round_trip(sites: tuple[SiteKeys, SiteKeys], compression: str) -> None:
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id, 50), [b], compression=compression)
    v = env.open_envelope(inner, keyring(REALM, a))
    assert len(decode_changes(env.read_content(v), v.manifest, TABLES)) == 50


def test_every_flipped_byte_of_the_file_is_refused(sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id, 2), [b])
    data = env.encrypt(inner, [b.recipient])
    ring = keyring(REALM, a, b)
    for i in range(len(data)):
        bad = bytearray(data)
        bad[i] ^= 0x01
        with pytest.raises(BundleError) as e:
            env.open_envelope(env.decrypt(bytes(bad), [b.identity]), ring)
        assert isinstance(e.value, (BundleDamaged, WrongRecipient)), i


def test_every_flipped_byte_inside_the_envelope_is_refused(
        sites: tuple[SiteKeys, SiteKeys]) -> None:
    """A sender with the age recipient key can re-encrypt anything: the signature and hash
    still catch every change of the signed envelope."""
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id, 2), [b])
    ring = keyring(REALM, a, b)
    for i in range(len(inner)):
        bad = bytearray(inner)
        bad[i] ^= 0x40
        with pytest.raises(BundleError):
            v = env.open_envelope(bytes(bad), ring)
            env.read_content(v)


def test_truncated_file_is_refused_as_damaged(sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id), [b])
    data = env.encrypt(inner, [b.recipient])
    for n in (0, 10, 21, 22, 60, len(data) // 2, len(data) - 17, len(data) - 1):
        with pytest.raises(BundleDamaged, match="damaged or incomplete"):
            env.decrypt(data[:n], [b.identity])
    for n in (0, 5, 13, 20, len(inner) - 1):
        with pytest.raises(BundleError):
            env.read_content(env.open_envelope(inner[:n], keyring(REALM, a)))
    with pytest.raises(PayloadMismatch):
        env.read_content(env.open_envelope(inner + b"\x00", keyring(REALM, a)))


def test_wrong_recipient(sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id), [b])
    data = env.encrypt(inner, [b.recipient])
    with pytest.raises(WrongRecipient, match="not written for this workstation"):
        env.decrypt(data, [a.identity])


def test_not_an_age_file() -> None:
    with pytest.raises(BundleDamaged):
        env.decrypt(b"PK\x03\x04 a zip file", [x for x in [SiteKeys.generate().identity]])


def test_unknown_key(sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id), [b])
    with pytest.raises(UnknownKey, match="does not know") as e:
        env.open_envelope(inner, keyring(REALM, b))
    assert e.value.kind == "unknown_key"


def test_signature_by_another_key_with_the_same_kid_is_bad(
        sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id), [b])
    # b signs a's manifest but puts a's key id in front: the signature must not verify
    m_len = int.from_bytes(inner[9:13], "big")
    body = inner[13:13 + m_len]
    forged = bytearray(inner)
    sig_at = 13 + m_len + 1 + 8
    forged[sig_at:sig_at + 64] = b.signing.sign(env.SIGN_TAG + body)
    with pytest.raises(BadSignature):
        env.open_envelope(bytes(forged), keyring(REALM, a, b))


def test_manifest_of_one_bundle_with_the_payload_of_another(
        sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    _, first = _seal(a, _changes(a.site_id), [b])
    m2, second = _seal(a, _changes(a.site_id), [b], seq=2)
    v1 = env.open_envelope(first, keyring(REALM, a))
    v2 = env.open_envelope(second, keyring(REALM, a))
    spliced = first[:len(first) - len(v1.payload)] + v2.payload
    v = env.open_envelope(spliced, keyring(REALM, a))
    with pytest.raises(PayloadMismatch, match="does not match its manifest"):
        env.read_content(v)


def test_decompression_bomb_is_refused_without_inflating_it(
        sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    bomb = zlib.compress(b"\x00" * (64 << 20), 9)  # 64 MiB of zeros in ~64 KiB
    manifest, payload = env.pack(b"", **{f.name: getattr(_seal(a, [], [b])[0], f.name)
                                         for f in dataclasses.fields(env.Manifest)
                                         if f.name not in ("compression", "payload_sha256",
                                                           "payload_length", "content_length")})
    lying = dataclasses.replace(manifest, payload_sha256=hashlib.sha256(bomb).digest(),
                                payload_length=len(bomb), content_length=1000)
    v = env.open_envelope(env.build_envelope(lying, bomb, [a.signer]), keyring(REALM, a))
    with pytest.raises(TooLarge):
        env.read_content(v)
    # declaring the true size is over a (small) limit: refused before inflating
    honest = dataclasses.replace(lying, content_length=64 << 20)
    limits = env.Limits(max_content=1 << 20)
    with pytest.raises(TooLarge):
        v = env.open_envelope(env.build_envelope(honest, bomb, [a.signer]), keyring(REALM, a),
                              limits=limits)
    with pytest.raises(TooLarge):
        env.inflate(bomb, "zlib", 64 << 20, limits=limits)


def test_sizes_and_counts_over_the_limits(sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    _, inner = _seal(a, _changes(a.site_id, 20), [b])
    ring = keyring(REALM, a)
    with pytest.raises(TooLarge):
        env.open_envelope(inner, ring, limits=env.Limits(max_manifest=100))
    with pytest.raises(TooLarge):
        env.open_envelope(inner, ring, limits=env.Limits(max_changes=10))
    with pytest.raises(TooLarge):
        env.decrypt(env.encrypt(inner, [b.recipient]), [b.identity],
                    limits=env.Limits(max_file=100))


def _resign(a: SiteKeys, body: bytes, payload: bytes) -> bytes:
    return (env._HEADER.pack(env.MAGIC, env.ENVELOPE_VERSION, len(body)) + body + b"\x01"
            + a.signer.kid + a.signing.sign(env.SIGN_TAG + body) + payload)


def test_signed_but_malformed_manifests_are_refused(sites: tuple[SiteKeys, SiteKeys]) -> None:
    """Even a validly signed manifest must be exactly the canonical layout."""
    a, b = sites
    manifest, inner = _seal(a, _changes(a.site_id), [b])
    ring = keyring(REALM, a)
    good = cbor2.loads(manifest.to_cbor())
    payload = env.open_envelope(inner, ring).payload
    bad_bodies = [
        cbor2.dumps({**good, "extra": 1}, canonical=True),
        cbor2.dumps({k: v for k, v in good.items() if k != "counts"}, canonical=True),
        cbor2.dumps({**good, "seq": -1}, canonical=True),
        cbor2.dumps({**good, "seq": "1"}, canonical=True),
        cbor2.dumps({**good, "realm": b"short"}, canonical=True),
        cbor2.dumps({**good, "changes": 4}, canonical=True),
        cbor2.dumps({**good, "compression": "bzip2"}, canonical=True),
        cbor2.dumps(good, canonical=False)[:-1] + b"",  # truncated map
        cbor2.dumps([good], canonical=True),
        b"\xff\xff\xff",
    ]
    # a non-canonical encoding of the same map (keys out of order) has another hash
    non_canonical = cbor2.dumps(dict(reversed(list(good.items()))))
    if non_canonical != manifest.to_cbor():
        bad_bodies.append(non_canonical)
    for body in bad_bodies:
        with pytest.raises(BundleDamaged):
            env.open_envelope(_resign(a, body, payload), ring)
    newer = cbor2.dumps({**good, "format": 2}, canonical=True)
    with pytest.raises(BundleDamaged, match="format version 2"):
        env.open_envelope(_resign(a, newer, payload), ring)


def test_content_must_match_the_manifest(sites: tuple[SiteKeys, SiteKeys]) -> None:
    a, b = sites
    changes = _changes(a.site_id, 3)
    ring = keyring(REALM, a)
    gap = [changes[0], dataclasses.replace(changes[1], seq=3), dataclasses.replace(changes[2],
                                                                                    seq=4)]
    cases = [
        encode_changes(gap),  # a gap inside the range
        encode_changes(list(reversed(changes))),  # out of order
        encode_changes([dataclasses.replace(changes[0], table="sqlite_master"), *changes[1:]]),
        encode_changes([dataclasses.replace(changes[0], op="drop"), *changes[1:]]),
        encode_changes([dataclasses.replace(changes[0], op="delete"), *changes[1:]]),
        cbor2.dumps([[1, 2, 3]] * 3),
    ]
    for content in cases:
        _, inner = _seal(a, changes, [b], content=content)
        v = env.open_envelope(inner, ring)
        with pytest.raises(BundleDamaged):
            decode_changes(env.read_content(v), v.manifest, TABLES)
