"""This site's own keys for sync, from the local key table (milrep.services.site_keys).

The codec and the exporter/importer take keys as arguments; this is the one place that reads
them from the database (made on first need, inside the caller's unit of work, like the seal's).
The keyring defaults to the one installed here (milrep.sync.keyring_store).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from milrep.services import site_keys
from milrep.sync.envelope import Signer
from milrep.sync.export import ExportKeys
from milrep.sync.importer import ImportKeys
from milrep.sync.keyring import Keyring, SiteKey, SiteRole
from milrep.sync.keyring_store import current_keyring


def export_keys(session: Session, keyring: Keyring | None = None) -> ExportKeys:
    return ExportKeys(signer=Signer(site_keys.site_signing_key(session).private_key),
                      identity=site_keys.site_age_identity(session),
                      keyring=keyring or current_keyring(session))


def import_keys(session: Session, keyring: Keyring | None = None) -> ImportKeys:
    return ImportKeys(identities=(site_keys.site_age_identity(session),),
                      keyring=keyring or current_keyring(session))


def own_entry(session: Session, role: SiteRole = SiteRole.WORKSTATION) -> SiteKey:
    """This site's line of the keyring (what a join request will carry)."""
    signing = site_keys.site_signing_key(session)
    identity = site_keys.site_age_identity(session)
    return SiteKey(site_id=signing.site_id, public_key=signing.public_key,
                   age_recipient=str(identity.to_public()), role=role)
