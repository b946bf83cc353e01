"""Helpers of the enrollment tests: a new workstation joining the ``records`` office through
the real services (keyring file, join request, endorsement, first bundle)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import Database
from milrep.services.auth import Actor, Permission
from milrep.sync import local_keys
from milrep.sync.enroll import Enrolled, enroll_site, join_office, sealed_join_request
from milrep.sync.export import ExportResult, export_bundle
from milrep.sync.importer import ImportResult, import_bundle
from milrep.sync.keyring_store import endorse_keyring, current_sites, install_keyring
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import OfficeFixture

NEW_PASSWORD = "Karaganda2026"


@dataclass
class Newcomer:
    db: Database
    actor: Actor
    request: bytes


def office_keyring(o: OfficeFixture) -> bytes:
    """The head of office's first keyring (their own workstation only), as a file."""
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.MANAGE_KEYS, "test.keyring")
        sites, codes = current_sites(s)
        return endorse_keyring(uow, o.chief, password=CHIEF_PASSWORD, sites=sites,
                               codes=codes).data


def newcomer(path: Path, keyring_file: bytes, *, code: str = "WS2",
             username: str = "petrov") -> Newcomer:
    joined = join_office(path, keyring_file=keyring_file, site_code=code,
                         site_name="Workstation 2", username=username,
                         full_name="Petrov P. P.", password=NEW_PASSWORD,
                         kdf=FAST_KDF_FOR_TESTS)
    with joined.db.unit_of_work() as uow:
        uow.begin(joined.actor, Permission.SYNC, "test.join")
        data = sealed_join_request(uow.session)
        uow.commit()
    return Newcomer(joined.db, joined.actor, data)


def enroll(o: OfficeFixture, request: bytes, stick: Path, password: str = CHIEF_PASSWORD
           ) -> tuple[Enrolled, ExportResult]:
    with o.db.unit_of_work() as uow:
        done = enroll_site(uow, o.chief, password=password, request=request)
    with o.db.unit_of_work() as uow:
        keys = local_keys.export_keys(uow.begin(o.chief, Permission.SYNC, "test.keys"))
    first = export_bundle(o.db, o.chief, out_dir=stick, keys=keys,
                          recipients=[done.request.site_id])
    return done, first


def take_in(n: Newcomer, keyring_file: bytes, bundle: Path) -> ImportResult:
    with n.db.unit_of_work() as uow:
        install_keyring(uow, n.actor, data=keyring_file)
    with n.db.unit_of_work() as uow:
        keys = local_keys.import_keys(uow.begin(n.actor, Permission.SYNC, "test.keys"))
    return import_bundle(n.db, n.actor, bundle.read_bytes(), keys=keys)
