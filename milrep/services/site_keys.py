"""This workstation's keys and the office's trust list.

Keys live in the local ``site_keys`` table (never synced; see milrep/models/keys.py):
- the site's Ed25519 **signing key** (seals of certificates, later sync bundles);
- the site's **age identity** (X25519; bundles addressed to this site are encrypted to it);
- the **office root key** (Ed25519), made on the head of office's workstation when the database
  is created. It signs the trust list (and later the keyring) and is used only by a chief, with
  the password typed again (a signing act). A workstation that joins an office later records
  only the root's public half (``private_key`` empty) and never makes a root of its own.

Databases created before migration 0004 have no keys: they are made on first need, inside the
unit of work that needs them (issuing a certificate, exporting the trust list), and the audit
journal records each new key (its public half only).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import importlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db import journal
from milrep.db.store import Changes, UnitOfWork
from milrep.documents.ed25519 import (SigningKey, fingerprint, grouped_hex, key_id,
                                      raw_public_key)
from milrep.documents.trust import (RevokedCertificate, TrustedKey, TrustList,
                                    sign_trust_list)
from milrep.errors import RuleViolation
from milrep.i18n import translate
from milrep.models.journal import Meta
from milrep.models.keys import KeyPurpose, KeyRecord
from milrep.models.office import Office, Site
from milrep.services.auth import Actor, Permission
from milrep.services.signing import Meaning, sign_act

TRUST_VERSION_KEY = "trust_list_version"
#: audit action of a new key (local: it has no change-log entry)
KEY_CREATED = "keys.create"
#: where the certificate service offers ``revoked_certificates(session)`` (issue 4)
REVOCATIONS_MODULE = "milrep.services.certificates"


# --- reading keys ---------------------------------------------------------------------------

def this_site(session: Session) -> tuple[uuid.UUID, str]:
    """(id, code) of the workstation this database belongs to."""
    site_id = uuid.UUID(session.scalars(select(Meta.value).where(Meta.key == "site_id")).one())
    code = session.scalars(select(Site.code).where(Site.id == site_id)).first() or ""
    return site_id, code


def _current(session: Session, purpose: KeyPurpose, site_id: uuid.UUID) -> KeyRecord | None:
    return session.scalars(
        select(KeyRecord).where(KeyRecord.purpose == purpose, KeyRecord.site_id == site_id,
                                KeyRecord.retired_at.is_(None))
        .order_by(KeyRecord.created_at.desc(), KeyRecord.kid)).first()


def site_signing_key(session: Session) -> SigningKey:
    """This site's signing key; made now (in ``session``'s transaction) if it has none yet."""
    site_id, code = this_site(session)
    row = _current(session, KeyPurpose.SITE_SIGNING, site_id) \
        or create_site_keys(session, site_id=site_id, with_root=False)[KeyPurpose.SITE_SIGNING]
    return SigningKey.from_private(_ed25519(row), site_code=code, site_id=site_id)


def site_age_identity(session: Session) -> pyrage.x25519.Identity:
    """This site's age identity (bundles to this site are decrypted with it); made if missing."""
    site_id, _ = this_site(session)
    row = _current(session, KeyPurpose.SITE_AGE, site_id) \
        or create_site_keys(session, site_id=site_id, with_root=False)[KeyPurpose.SITE_AGE]
    assert row.private_key is not None
    return pyrage.x25519.Identity.from_str(row.private_key)


def office_root_public_key(session: Session) -> bytes | None:
    row = _root(session)
    return None if row is None else base64.b64decode(row.public_key)


def holds_root_key(session: Session) -> bool:
    row = _root(session)
    return row is not None and row.private_key is not None


def _root(session: Session) -> KeyRecord | None:
    return session.scalars(
        select(KeyRecord).where(KeyRecord.purpose == KeyPurpose.OFFICE_ROOT,
                                KeyRecord.retired_at.is_(None))
        .order_by(KeyRecord.created_at.desc(), KeyRecord.kid)).first()


def public_keys(session: Session) -> list[TrustedKey]:
    """The signing keys this database knows (retired ones too: they verify older seals).

    Keys of the office's other workstations arrive with the keyring (issue 5) and are passed to
    :func:`local_trust_list` / :func:`export_trust_list` as ``other_keys``.
    """
    codes = {i: c for i, c in session.execute(select(Site.id, Site.code))}
    rows = session.scalars(select(KeyRecord).where(KeyRecord.purpose == KeyPurpose.SITE_SIGNING)
                           .order_by(KeyRecord.created_at, KeyRecord.kid)).all()
    return [TrustedKey(public_key=base64.b64decode(r.public_key),
                       site=codes.get(r.site_id, r.site_id.hex[:8]), valid_from=r.created_at)
            for r in rows]


@dataclass(frozen=True)
class KeyInfo:
    """One key as ``milrep keys show`` and the UI present it (public facts only)."""

    purpose: KeyPurpose
    kid: str  # grouped hex
    fingerprint: str  # grouped hex (Ed25519) or the age recipient
    site: str
    created_at: dt.datetime
    private_here: bool
    retired: bool


def key_summary(session: Session) -> list[KeyInfo]:
    codes = {i: c for i, c in session.execute(select(Site.id, Site.code))}
    order = list(KeyPurpose)  # signing key, age identity, root
    rows = sorted(session.scalars(select(KeyRecord)),
                  key=lambda r: (order.index(r.purpose), r.created_at, r.kid))
    out = []
    for r in rows:
        printed = r.public_key if r.purpose is KeyPurpose.SITE_AGE else \
            grouped_hex(fingerprint(base64.b64decode(r.public_key)))
        out.append(KeyInfo(purpose=r.purpose, kid=grouped_hex(bytes.fromhex(r.kid)),
                           fingerprint=printed, site=codes.get(r.site_id, r.site_id.hex[:8]),
                           created_at=r.created_at, private_here=r.private_key is not None,
                           retired=r.retired_at is not None))
    return out


# --- making keys ----------------------------------------------------------------------------

def create_site_keys(session: Session, *, site_id: uuid.UUID, with_root: bool
                     ) -> dict[KeyPurpose, KeyRecord]:
    """Make the keys this site lacks (and the office root when ``with_root`` and none is known).

    Runs inside the caller's transaction, whose ``session.info`` names the actor (a unit of
    work after ``begin``, or database creation); each new key gets one audit-journal entry.
    """
    if "actor" not in session.info:
        raise RuntimeError("site keys are made inside a unit of work (call begin() first)")
    now = dt.datetime.now(dt.UTC)
    made: dict[KeyPurpose, KeyRecord] = {}
    wanted = [KeyPurpose.SITE_SIGNING, KeyPurpose.SITE_AGE]
    if with_root and _root(session) is None:
        wanted.append(KeyPurpose.OFFICE_ROOT)
    for purpose in wanted:
        existing = _root(session) if purpose is KeyPurpose.OFFICE_ROOT \
            else _current(session, purpose, site_id)
        if existing is not None:
            made[purpose] = existing
            continue
        row = _new_key(purpose, site_id, now)
        session.add(row)
        session.flush()
        _journal(session, row)
        made[purpose] = row
    return made


def _new_key(purpose: KeyPurpose, site_id: uuid.UUID, now: dt.datetime) -> KeyRecord:
    if purpose is KeyPurpose.SITE_AGE:
        identity = pyrage.x25519.Identity.generate()
        recipient = str(identity.to_public())
        kid = key_id_of_recipient(recipient)
        return KeyRecord(kid=kid.hex(), purpose=purpose, algorithm="X25519", site_id=site_id,
                         public_key=recipient, private_key=str(identity), created_at=now)
    private = Ed25519PrivateKey.generate()
    public = raw_public_key(private)
    seed = private.private_bytes_raw()
    return KeyRecord(kid=key_id(public).hex(), purpose=purpose, algorithm="Ed25519",
                     site_id=site_id, public_key=_b64(public), private_key=_b64(seed),
                     created_at=now)


def key_id_of_recipient(recipient: str) -> bytes:
    """The id of an age recipient: first 8 bytes of SHA-256 of its ``age1…`` text."""
    return hashlib.sha256(recipient.encode("ascii")).digest()[:8]


def _journal(session: Session, row: KeyRecord) -> None:
    """One hash-chained audit entry for a new key: public half only, never the private one.

    A local fact (no change-log entry: the table is not synced).
    """
    journal.append_audit(session, [(KEY_CREATED, "site_keys", row.kid, None, {
        "purpose": row.purpose.value, "algorithm": row.algorithm, "site_id": row.site_id.hex,
        "public_key": row.public_key})])


# --- the trust list -------------------------------------------------------------------------

def office_revocations(session: Session) -> list[RevokedCertificate]:
    """The office's revoked certificates, from the certificate service when it is installed."""
    try:
        module = importlib.import_module(REVOCATIONS_MODULE)
    except ModuleNotFoundError as e:
        if e.name != REVOCATIONS_MODULE:
            raise
        return []
    source = getattr(module, "revoked_certificates", None)
    return [] if source is None else list(source(session))


def local_trust_list(session: Session, *,
                     revoked_certificates: Iterable[RevokedCertificate] | None = None,
                     other_keys: Iterable[TrustedKey] = ()) -> TrustList:
    """The office's trust list as this database knows it, unsigned (for verifying here)."""
    office = session.scalars(select(Office)).one()
    root = office_root_public_key(session)
    if root is None:
        raise RuleViolation(translate(
            "milrep", "This database knows no office root key yet: the trust list cannot be "
            "made. The head of office exports it from the workstation that holds the root key."))
    keys = {k.kid: k for k in public_keys(session)}
    keys.update({k.kid: k for k in other_keys})
    revoked = office_revocations(session) if revoked_certificates is None \
        else list(revoked_certificates)
    version = int(session.scalars(select(Meta.value).where(
        Meta.key == TRUST_VERSION_KEY)).first() or 0)
    return TrustList(office_code=office.code, office_name=office.name, version=max(version, 1),
                     issued_at=dt.datetime.now(dt.UTC), root_public_key=root,
                     keys=tuple(keys.values()), revoked_certificates=tuple(revoked))


@dataclass(frozen=True)
class ExportedTrustList:
    data: bytes  # the signed JSON file
    trust: TrustList
    changes: Changes


def export_trust_list(uow: UnitOfWork, actor: Actor, *, password: str,
                      revoked_certificates: Iterable[RevokedCertificate] | None = None,
                      other_keys: Iterable[TrustedKey] = ()) -> ExportedTrustList:
    """Sign the office's trust list with the root key: a chief's signing act.

    ``revoked_certificates`` defaults to the certificate service's list. The version goes up by
    one with every export; the signature record binds the act to the exact list signed.
    """
    s = uow.begin(actor, Permission.MANAGE_KEYS, "keys.export_trust")
    site_id, _ = this_site(s)
    create_site_keys(s, site_id=site_id, with_root=True)  # on first need (pre-0004 databases)
    root = _root(s)
    if root is None or root.private_key is None:
        raise RuleViolation(translate(
            "milrep", "The office root key is not on this workstation. Export the trust list on "
            "the head of office's workstation, which holds it."))
    base = local_trust_list(s, revoked_certificates=revoked_certificates, other_keys=other_keys)
    version = int(s.scalars(select(Meta.value).where(
        Meta.key == TRUST_VERSION_KEY)).first() or 0) + 1
    trust = TrustList(office_code=base.office_code, office_name=base.office_name,
                      version=version, issued_at=base.issued_at,
                      root_public_key=base.root_public_key, keys=base.keys,
                      revoked_certificates=base.revoked_certificates)
    office_id = s.scalars(select(Office.id)).one()
    sign_act(uow, actor, password=password, meaning=Meaning.SIGNED_TRUST_LIST,
             object_type="trust_list", object_id=office_id, content=trust.document(),
             permission=Permission.MANAGE_KEYS)
    s.merge(Meta(key=TRUST_VERSION_KEY, value=str(version)))
    data = sign_trust_list(trust, _ed25519(root))
    signed = dataclasses.replace(trust, signature=_signature_of(data))
    return ExportedTrustList(data=data, trust=signed, changes=uow.commit(office_id))


def _signature_of(data: bytes) -> bytes:
    return base64.b64decode(json.loads(data)["signature"])


def _ed25519(row: KeyRecord) -> Ed25519PrivateKey:
    if row.private_key is None:
        raise RuleViolation(translate("milrep", "The private half of key {kid} is not on this "
                                      "workstation.").format(kid=row.kid))
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.private_key))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
