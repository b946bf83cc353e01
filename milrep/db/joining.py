"""A new workstation's database before it joins an office (enrollment on media, issue 5).

It holds the workstation's own keys, the office root public key (pinned: the keyrings it will
install must chain to it), the office's realm and a key slot for the person who will work here,
and no office data: that arrives with the head of office's first bundle, after enrollment
(:mod:`milrep.sync.enroll`). Until then the person signs in as a provisional representative
(``Database.actor_for``) who can only write the join request and import the keyring and the
first bundle.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from milrep.db.keyslots import DEFAULT_KDF, KdfParams
from milrep.db.store import JOIN_INFO, JOIN_REALM, Database, new_database
from milrep.documents.ed25519 import key_id
from milrep.models import Meta
from milrep.models.keys import KeyPurpose, KeyRecord
from milrep.services.auth import Actor


@dataclass(frozen=True)
class JoiningSite:
    """What a new workstation knows of the office it joins (from the office's keyring file,
    whose root fingerprint the person compared with the head of office's)."""

    realm: uuid.UUID
    root_public_key: bytes  # pinned: the keyrings this workstation installs must chain to it
    root_site: uuid.UUID  # the head of office's workstation (where the root key lives)
    site_code: str  # this workstation's code and name, as the office will list it
    site_name: str
    username: str  # the person who will work here (their account arrives with the office data)
    full_name: str
    password: str


def create_joining_database(path: Path, spec: JoiningSite, *, kdf: KdfParams = DEFAULT_KDF
                            ) -> tuple[Database, Actor, str]:
    """The joining workstation's database (see the module docstring); returns it, the
    provisional actor and the recovery code (shown once)."""
    user_id = uuid.uuid4()

    def rows(site_id: uuid.UUID) -> list[object]:
        return [
            Meta(key=JOIN_REALM, value=spec.realm.hex),
            Meta(key=JOIN_INFO, value=json.dumps(
                {"id": user_id.hex, "username": spec.username, "full_name": spec.full_name,
                 "site_code": spec.site_code.strip(), "site_name": spec.site_name.strip()},
                ensure_ascii=False)),
            KeyRecord(kid=key_id(spec.root_public_key).hex(), purpose=KeyPurpose.OFFICE_ROOT,
                      algorithm="Ed25519", site_id=spec.root_site,
                      public_key=base64.b64encode(spec.root_public_key).decode("ascii"),
                      private_key=None, created_at=dt.datetime.now(dt.UTC)),
        ]

    db, recovery = new_database(path, spec.username, spec.password, kdf, action="office.join",
                                rows=rows, with_root=False)
    return db, db.actor_for(spec.username), recovery
