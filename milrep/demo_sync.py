"""Sync in the demo office: a keyring with a read-only headquarters (so ``milrep sync export``
works at once) and, with ``--sites 2``, a second workstation's database beside the first,
enrolled the real way (join request, endorsement, keyring and first bundle), so a newcomer can
exchange bundles both ways.

The headquarters exists only as a recipient here: its private keys are not kept (the demo has
no headquarters database).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from milrep.db.keyslots import KeySlotFile
from milrep.db.store import Database, open_database
from milrep.documents.ed25519 import raw_public_key
from milrep.errors import UserError
from milrep.i18n import translate
from milrep.models import Meta
from milrep.models.office import Site
from milrep.services.auth import Actor, Permission
from milrep.sync import local_keys
from milrep.sync.enroll import enroll_site, join_office, sealed_join_request
from milrep.sync.export import export_bundle
from milrep.sync.importer import import_bundle
from milrep.sync.keyring import SiteKey, SiteRole
from milrep.sync.keyring_store import (current_sites, endorse_keyring, install_keyring,
                                       installed_file)

HQ_CODE = "HQ"
SECOND_CODE = "WS2"
#: the demo user who works at the second workstation (an account of the demo office)
SECOND_USER = "rep2"


def second_path(path: Path) -> Path:
    """Where ``--sites 2`` writes the second workstation's database: beside the first."""
    path = Path(path)
    return path.with_name(f"{path.stem}-{SECOND_CODE.lower()}{path.suffix or '.milrep'}")


def build_sync(db: Database, actors: dict[str, Actor], password: str, *, sites: int = 1) -> None:
    chief = actors["chief"]
    hq = _headquarters(db, chief)
    with db.unit_of_work() as uow:
        own_sites, codes = current_sites(uow.begin(chief, Permission.MANAGE_KEYS, "demo.sync"))
        codes[hq.site_id] = HQ_CODE
        endorse_keyring(uow, chief, password=password, sites=[*own_sites, hq], codes=codes)
    if sites >= 2:
        build_second_workstation(db, actors, password)


def _headquarters(db: Database, chief: Actor) -> SiteKey:
    with db.unit_of_work() as uow:
        s = uow.begin(chief, Permission.MANAGE_OFFICE, "demo.headquarters")
        site = s.scalars(select(Site).where(Site.code == HQ_CODE)).first()
        if site is None:
            site = Site(code=HQ_CODE, name="Headquarters (reads the office's data)",
                        kind="headquarters")
            s.add(site)
        uow.commit()
        site_id = site.id
    return SiteKey(site_id=site_id, public_key=raw_public_key(Ed25519PrivateKey.generate()),
                   age_recipient=str(pyrage.x25519.Identity.generate().to_public()),
                   role=SiteRole.HEADQUARTERS)


def build_second_workstation(db: Database, actors: dict[str, Actor], password: str) -> Path:
    """The second workstation, enrolled and holding the office's data; returns its path."""
    from milrep.demo import DEMO_MARKER, DEMO_USERS  # noqa: PLC0415 - cycle

    chief = actors["chief"]
    path = second_path(db.path)
    if path.exists():
        _remove_second(path, password, DEMO_MARKER)
    with db.read() as s:
        office_file = installed_file(s)
    assert office_file is not None
    user = next(u for u in DEMO_USERS if u.username == SECOND_USER)
    joined = join_office(path, keyring_file=office_file, site_code=SECOND_CODE,
                         site_name="Representatives' workstation", username=user.username,
                         full_name=user.full_name, password=password, kdf=db.kdf)
    ws2, actor = joined.db, joined.actor
    try:
        with ws2.unit_of_work() as uow:
            request = sealed_join_request(uow.begin(actor, Permission.SYNC, "keys.join_request"))
            uow.commit()
        with db.unit_of_work() as uow:
            enrolled = enroll_site(uow, chief, password=password, request=request)
        with tempfile.TemporaryDirectory(prefix="milrep-demo-") as medium:
            with db.unit_of_work() as uow:
                keys = local_keys.export_keys(uow.begin(chief, Permission.SYNC, "sync.keys"))
            first = export_bundle(db, chief, out_dir=Path(medium), keys=keys,
                                  recipients=[enrolled.request.site_id])
            with ws2.unit_of_work() as uow:
                install_keyring(uow, actor, data=enrolled.keyring.data)
            with ws2.unit_of_work() as uow:
                s = uow.begin(actor, Permission.SYNC, "sync.keys")
                ikeys = local_keys.import_keys(s)
                s.merge(Meta(key=DEMO_MARKER, value="fictional demo office; not real data"))
                uow.commit()
            import_bundle(ws2, actor, first.path.read_bytes(), keys=ikeys)
    finally:
        ws2.close()
    return path


def _remove_second(path: Path, password: str, marker: str) -> None:
    """Delete a previous demo second workstation (only a demo one: it carries the marker)."""
    try:
        old, _actor = open_database(path, SECOND_USER, password)
    except UserError as e:
        raise UserError(translate(
            "milrep", "{path} is not replaced: it does not open as a demo workstation with this "
            "password ({reason}). Delete it yourself if you really mean to.")
            .format(path=path, reason=e.message)) from None
    try:
        with old.read() as s:
            is_demo = s.get(Meta, marker) is not None
    finally:
        old.close()
    if not is_demo:
        raise UserError(translate("milrep", "{path} is a real workstation database, not a demo; "
                                  "it is not replaced.").format(path=path))
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"),
              KeySlotFile.path_for(path)):
        p.unlink(missing_ok=True)
