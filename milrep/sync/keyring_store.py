"""The keyring this workstation has installed, and the head of office's endorsement of a new one.

The installed keyring file is kept as signed (in ``milrep_meta``, inside the encrypted database),
so it can be handed on as is. Installing checks it against the root this site trusts (see
milrep.sync.keyring_doc); endorsing is the head of office's signing act with the office root key,
on the workstation that holds it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.documents.ed25519 import raw_public_key
from milrep.errors import RuleViolation
from milrep.i18n import translate
from milrep.models.journal import Meta
from milrep.models.keys import KeyPurpose, KeyRecord
from milrep.models.office import Office
from milrep.services import site_keys
from milrep.services.auth import Actor, Permission
from milrep.services.signing import Meaning, sign_act
from milrep.sync import state
from milrep.sync.keyring import Keyring, SiteKey
from milrep.sync.keyring_doc import KeyringDoc, open_keyring, read_keyring, seal_keyring

KEYRING_META = "sync_keyring"


@dataclass(frozen=True)
class KeyringResult:
    data: bytes  # the signed file
    doc: KeyringDoc
    installed: bool  # False: this very keyring was already installed
    changes: Changes


def installed_keyring(session: Session) -> KeyringDoc | None:
    raw = session.scalars(select(Meta.value).where(Meta.key == KEYRING_META)).first()
    return None if raw is None else read_keyring(base64.b64decode(raw))


def installed_file(session: Session) -> bytes | None:
    raw = session.scalars(select(Meta.value).where(Meta.key == KEYRING_META)).first()
    return None if raw is None else base64.b64decode(raw)


def current_keyring(session: Session) -> Keyring:
    """The keyring sync works with; refused while none is installed."""
    doc = installed_keyring(session)
    if doc is None:
        raise RuleViolation(translate(
            "milrep", "This workstation has no office keyring yet: bundles can be neither written "
            "nor read. Import the keyring the head of office gave you."))
    return doc.keyring


def install_keyring(uow: UnitOfWork, actor: Actor, *, data: bytes) -> KeyringResult:
    """Install a keyring received on media, if the trusted root signed it and it is newer."""
    s = uow.begin(actor, Permission.SYNC, "keys.install_keyring")
    installed = installed_keyring(s)
    trusted = installed.root if installed is not None else site_keys.office_root_public_key(s)
    if trusted is None:
        raise RuleViolation(translate(
            "milrep", "This workstation knows no office root key, so it cannot check a keyring. "
            "It gets the root key when it joins the office."))
    doc = open_keyring(data, trusted_root=trusted, realm=state.realm(s), installed=installed)
    if installed is not None and doc.to_cbor() == installed.to_cbor():
        return KeyringResult(data=data, doc=doc, installed=False, changes=Changes())
    _store(s, data)
    return KeyringResult(data=data, doc=doc, installed=True, changes=uow.commit())


def endorse_keyring(uow: UnitOfWork, actor: Actor, *, password: str, sites: Sequence[SiteKey],
                    codes: Mapping[object, str] | None = None,
                    now: dt.datetime | None = None) -> KeyringResult:
    """The next keyring version listing ``sites``, signed with the office root key: the head of
    office's signing act on the workstation holding the root. It is installed here at once."""
    uow.begin(actor, Permission.MANAGE_KEYS, "keys.endorse_keyring")
    return commit_keyring(uow, actor, password=password, sites=sites, codes=codes, now=now)


def commit_keyring(uow: UnitOfWork, actor: Actor, *, password: str, sites: Sequence[SiteKey],
                   codes: Mapping[object, str] | None = None, now: dt.datetime | None = None,
                   new_root: Ed25519PrivateKey | None = None,
                   old_root: Ed25519PrivateKey | None = None) -> KeyringResult:
    """Sign (signing act), install and commit the next keyring version, with whatever else the
    caller's unit of work holds (a new site, a retired root). With ``new_root`` the version
    rotates the root: it names the current root as ``previous_root`` and carries both
    signatures. The caller has called ``uow.begin`` with MANAGE_KEYS."""
    s = uow.session
    root = old_root or root_private(s)
    installed = installed_keyring(s)
    version = installed.keyring.version + 1 if installed is not None else 1
    signer = new_root or root
    doc = KeyringDoc(
        keyring=Keyring(realm=state.realm(s), version=version, keys=tuple(sites)),
        root=raw_public_key(signer),
        previous_root=None if new_root is None else raw_public_key(root),
        issued=int((now or dt.datetime.now(dt.UTC)).timestamp()),
        codes={k.site_id: str((codes or {}).get(k.site_id, "")) for k in sites})
    body = doc.to_cbor()
    office_id = s.scalars(select(Office.id)).one()
    sign_act(uow, actor, password=password, meaning=Meaning.SIGNED_KEYRING,
             object_type="keyring", object_id=office_id,
             content={"version": version, "body_sha256": _sha256(body)},
             permission=Permission.MANAGE_KEYS)
    data = seal_keyring(doc, [root] if new_root is None else [new_root, root])
    doc = read_keyring(data)  # what is stored is what another site will check
    _store(s, data)
    return KeyringResult(data=data, doc=doc, installed=True, changes=uow.commit(office_id))


def current_sites(s: Session) -> tuple[list[SiteKey], dict[object, str]]:
    """The sites of the installed keyring and their codes, with this workstation's own entry
    added when it is not listed yet (the first keyring of an office)."""
    from milrep.sync.local_keys import own_entry  # noqa: PLC0415 - it imports the exporter

    doc = installed_keyring(s)
    sites = list(doc.keyring.keys) if doc else []
    codes: dict[object, str] = {k: v for k, v in doc.codes.items()} if doc else {}
    own = own_entry(s)
    if not any(k.kid == own.kid or (k.site_id == own.site_id and k.revoked_after_seq is None)
               for k in sites):
        sites.append(own)
    codes[own.site_id] = site_keys.this_site(s)[1]
    return sites, codes


def root_private(s: Session) -> Ed25519PrivateKey:
    row = s.scalars(select(KeyRecord).where(
        KeyRecord.purpose == KeyPurpose.OFFICE_ROOT, KeyRecord.private_key.is_not(None),
        KeyRecord.retired_at.is_(None)).order_by(KeyRecord.created_at.desc())).first()
    if row is None or row.private_key is None:
        raise RuleViolation(translate(
            "milrep", "The office root key is not on this workstation. Endorse the keyring on "
            "the head of office's workstation, which holds it."))
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.private_key))


def _store(s: Session, data: bytes) -> None:
    s.merge(Meta(key=KEYRING_META, value=base64.b64encode(data).decode("ascii")))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
