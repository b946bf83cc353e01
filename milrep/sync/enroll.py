"""Enrollment of a new workstation, on media (DESIGN.md §6, "a new workstation joins").

1. The new workstation is set up from the office's keyring file (:func:`join_office`): its
   database pins the root key of that file (the person compares its fingerprint with the head
   of office's, aloud) and holds its own new keys, no office data.
2. It writes a join request (:func:`write_join_request`, milrep.sync.join): its site, keys and
   the person who will work there, signed with its own key.
3. The head of office endorses it (:func:`enroll_site`): the site (and the person's account,
   if new) are added, and the next keyring version lists the site's keys, signed with the root
   key (a signing act). The head's workstation then writes that keyring and a first bundle for
   the new site: everything the office holds (milrep.sync.export).
4. The new workstation installs the keyring and imports the bundle: it holds the office's data.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.keyslots import DEFAULT_KDF, KdfParams
from milrep.db.joining import JoiningSite, create_joining_database
from milrep.db.store import JOIN_INFO, Database, UnitOfWork
from milrep.errors import RuleViolation
from milrep.i18n import translate
from milrep.models.journal import Meta
from milrep.models.office import Site
from milrep.models.users import Role, User
from milrep.services import site_keys
from milrep.services.auth import Actor, Permission
from milrep.sync import state
from milrep.sync.join import JoinFault, JoinRequest, JoinRequestError, open_request, seal_request
from milrep.sync.keyring import SiteKey
from milrep.sync.keyring_doc import KeyringDoc, read_keyring
from milrep.sync.keyring_store import KeyringResult, commit_keyring, current_sites
from milrep.sync.local_keys import own_entry


@dataclass(frozen=True)
class Joined:
    db: Database
    actor: Actor
    recovery_code: str
    office: KeyringDoc  # the keyring file the workstation was set up from


def join_office(path: Path, *, keyring_file: bytes, site_code: str, site_name: str,
                username: str, full_name: str, password: str,
                kdf: KdfParams = DEFAULT_KDF) -> Joined:
    """Create the new workstation's database from the office's keyring file (as signed by its
    root; which root that is, the person checks by its fingerprint)."""
    doc = read_keyring(keyring_file)
    root_site = next((k.site_id for k in doc.keyring.keys), uuid.UUID(int=0))
    db, actor, recovery = create_joining_database(path, JoiningSite(
        realm=doc.keyring.realm, root_public_key=doc.root, root_site=root_site,
        site_code=site_code, site_name=site_name, username=username, full_name=full_name,
        password=password), kdf=kdf)
    return Joined(db=db, actor=actor, recovery_code=recovery, office=doc)


def write_join_request(session: Session, *, now: dt.datetime | None = None) -> JoinRequest:
    """This new workstation's join request (sealed with :func:`sealed_join_request`)."""
    raw = session.scalars(select(Meta.value).where(Meta.key == JOIN_INFO)).first()
    if raw is None:
        raise RuleViolation(translate(
            "milrep", "This database was not set up to join an office (it is an office's own, "
            "or it has joined already). A join request is written by a new workstation."))
    who = json.loads(raw)
    root = site_keys.office_root_public_key(session)
    assert root is not None
    entry = own_entry(session)
    return JoinRequest(
        realm=state.realm(session), root=root, site_id=entry.site_id, code=who["site_code"],
        name=who["site_name"], signing_key=entry.public_key, age_recipient=entry.age_recipient,
        user_id=uuid.UUID(hex=who["id"]), username=who["username"],
        full_name=who["full_name"],
        created=int((now or dt.datetime.now(dt.UTC)).timestamp()))


def sealed_join_request(session: Session, *, now: dt.datetime | None = None) -> bytes:
    req = write_join_request(session, now=now)
    return seal_request(req, site_keys.site_signing_key(session).private_key)


@dataclass(frozen=True)
class Enrolled:
    request: JoinRequest
    keyring: KeyringResult
    user_created: bool


def enroll_site(uow: UnitOfWork, actor: Actor, *, password: str, request: bytes,
                role: Role = Role.REPRESENTATIVE, now: dt.datetime | None = None) -> Enrolled:
    """Endorse a join request: the site, the person's account if new, the next keyring."""
    s = uow.begin(actor, Permission.MANAGE_KEYS, "keys.enroll")
    req = open_request(request)
    if req.realm != state.realm(s):
        raise JoinRequestError(JoinFault.OTHER_REALM, translate(
            "milrep", "This join request was made for another office's deployment. Nothing was "
            "changed."))
    sites, codes = current_sites(s)
    installed_root = _trusted_root(s)
    if req.root != installed_root:
        raise JoinRequestError(JoinFault.OTHER_ROOT, translate(
            "milrep", "The new workstation trusts another office root key than this office's: it "
            "was set up from another keyring file. Nothing was changed; set it up again from "
            "this office's keyring."))
    _check_new(s, req, sites)
    user_created = _account(s, req, role, now or dt.datetime.now(dt.UTC))
    s.add(Site(id=req.site_id, code=req.code.strip(), name=req.name.strip()))
    s.flush()
    codes[req.site_id] = req.code.strip()
    result = commit_keyring(uow, actor, password=password, sites=[*sites, req.site_key()],
                            codes=codes, now=now)
    return Enrolled(request=req, keyring=result, user_created=user_created)


def _trusted_root(s: Session) -> bytes | None:
    from milrep.sync.keyring_store import installed_keyring  # noqa: PLC0415

    doc = installed_keyring(s)
    return doc.root if doc is not None else site_keys.office_root_public_key(s)


def _check_new(s: Session, req: JoinRequest, sites: list[SiteKey]) -> None:
    def duplicate(message: str) -> JoinRequestError:
        return JoinRequestError(JoinFault.DUPLICATE, message + " " + translate(
            "milrep", "Nothing was changed."))

    if s.get(Site, req.site_id) is not None or any(k.site_id == req.site_id for k in sites):
        raise duplicate(translate("milrep", "This workstation is already part of the office "
                                  "(the request was endorsed before)."))
    if s.scalars(select(Site.id).where(Site.code == req.code.strip())).first() is not None:
        raise duplicate(translate("milrep", "The office already has a workstation with the code "
                                  "{code}; the new one must choose another.").format(
                                      code=req.code.strip()))
    if any(k.public_key == req.signing_key or k.age_recipient == req.age_recipient
           for k in sites):
        raise duplicate(translate("milrep", "The request's keys are already in the office "
                                  "keyring under another workstation."))
    other = s.get(User, req.user_id)
    if other is not None and other.username != req.username:
        raise duplicate(translate("milrep", "The request names a person already known under "
                                  "another user name."))


def _account(s: Session, req: JoinRequest, role: Role, now: dt.datetime) -> bool:
    """The person's account: the existing one with that user name, else a new one (its password
    lives only on the new workstation, in its key file)."""
    existing = s.scalars(select(User).where(User.username == req.username)).first()
    if existing is not None:
        if not existing.active:
            raise RuleViolation(translate(
                "milrep", "The account {user} is disabled; enable it or choose another user "
                "name on the new workstation. Nothing was changed.").format(user=req.username))
        return False
    s.add(User(id=req.user_id, username=req.username, full_name=req.full_name.strip(),
               role=role, created_at=now, password_changed_at=now))
    return True
