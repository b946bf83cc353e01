"""The head of office's keyring services beyond endorsing: revoking a site's key and rotating
the office root key. Each is a signing act that writes and installs the next keyring version.

- **Revocation** names the last bundle the key validly signed; the keyring also records that
  site's last valid change as of that bundle (from the bundle received here), so its later
  changes are refused even when another workstation relays them (milrep.sync.keyring).
- **Rotation** makes a new root key, retires the old one (kept, public half, for verifying) and
  signs the new keyring with both: every workstation, trusting the old root, accepts it.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from milrep.db.store import UnitOfWork
from milrep.documents.ed25519 import key_id, raw_public_key
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.keys import KeyPurpose, KeyRecord
from milrep.models.sync import IncomingBundle
from milrep.services import site_keys
from milrep.services.auth import Actor, Permission
from milrep.sync.keyring_store import KeyringResult, commit_keyring, current_sites, root_private


def revoke_site_key(uow: UnitOfWork, actor: Actor, *, password: str, site_id: uuid.UUID,
                    after_bundle: int, now: dt.datetime | None = None) -> KeyringResult:
    """Revoke the key in force of ``site_id``: its bundles numbered after ``after_bundle`` are
    refused from the next keyring on, and so are its changes after the last one that bundle
    carried (known from the bundle as received here; 0: none of its bundles is valid)."""
    s = uow.begin(actor, Permission.MANAGE_KEYS, "keys.revoke")
    sites, codes = current_sites(s)
    own, _code = site_keys.this_site(s)
    key = next((k for k in sites if k.site_id == site_id and k.revoked_after_seq is None), None)
    if key is None:
        raise NotFound(translate("milrep", "Workstation {site} has no key in force in the office "
                                 "keyring.").format(site=codes.get(site_id) or site_id.hex[:8]))
    if site_id == own:
        raise RuleViolation(translate(
            "milrep", "This workstation's own key is not revoked here; rotate the office root "
            "key or set up the workstation again."))
    if after_bundle < 0:
        raise ValidationError(translate("milrep", "A bundle number is 0 or more."),
                              field="after_bundle")
    last_change = 0
    if after_bundle:
        got = s.get(IncomingBundle, (site_id, after_bundle))
        if got is None:
            raise ValidationError(translate(
                "milrep", "Bundle {n} of workstation {site} has not been received here, so the "
                "last change it validly carried is not known. Import it first, or name the last "
                "bundle received from it.").format(n=after_bundle,
                                                   site=codes.get(site_id) or site_id.hex[:8]),
                field="after_bundle")
        last_change = int(json.loads(got.ranges).get(site_id.hex, [0, 0])[1])
    revoked = dataclasses.replace(key, revoked_after_seq=after_bundle,
                                  revoked_after_change=last_change)
    sites = [revoked if k is key else k for k in sites]
    return commit_keyring(uow, actor, password=password, sites=sites, codes=codes, now=now)


def rotate_root(uow: UnitOfWork, actor: Actor, *, password: str,
                now: dt.datetime | None = None) -> KeyringResult:
    """A new office root key; the next keyring is signed by the old root and the new one."""
    s = uow.begin(actor, Permission.MANAGE_KEYS, "keys.rotate_root")
    sites, codes = current_sites(s)
    old = root_private(s)
    when = now or dt.datetime.now(dt.UTC)
    old_kid = key_id(raw_public_key(old)).hex()
    for row in s.scalars(select(KeyRecord).where(KeyRecord.purpose == KeyPurpose.OFFICE_ROOT,
                                                 KeyRecord.retired_at.is_(None))):
        row.retired_at = when
    new = Ed25519PrivateKey.generate()
    public = raw_public_key(new)
    own, _code = site_keys.this_site(s)
    row = KeyRecord(kid=key_id(public).hex(), purpose=KeyPurpose.OFFICE_ROOT,
                    algorithm="Ed25519", site_id=own,
                    public_key=base64.b64encode(public).decode("ascii"),
                    private_key=base64.b64encode(new.private_bytes_raw()).decode("ascii"),
                    created_at=when)
    s.add(row)
    s.flush()
    site_keys._journal(s, row)  # the new key's public half, as for every new key
    assert old_kid != row.kid
    return commit_keyring(uow, actor, password=password, sites=sites, codes=codes, now=now,
                          new_root=new, old_root=old)
