"""The process killed in the middle of an import leaves the database as it was; the same
bundle then imports normally."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from milrep.models.organizations import OrgKind
from milrep.services import organizations
from milrep.sync.importer import ImportStatus
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import dump_database
from tests.sync.sites import Station, synced_dump

ROOT = Path(__file__).resolve().parents[2]


def test_killed_during_import_changes_nothing_and_reimport_works(
        pair: list[Station], stick: Path, tmp_path: Path) -> None:
    a, b = pair
    with a.db.unit_of_work() as uow:
        for n in range(300):
            organizations.create_organization(uow, a.chief, form=organizations.OrganizationForm(
                kind=OrgKind.RECIPIENT, name=f"Military unit {n:05d}", address="x" * 200))
    bundle = a.export(stick, [b]).path
    before = dump_database(b.db)
    marker = tmp_path / "marker"
    config = tmp_path / "kill.json"
    config.write_text(json.dumps({
        "db": str(b.db.path), "password": CHIEF_PASSWORD, "bundle": str(bundle),
        "marker": str(marker), "identity": str(b.keys.identity), "realm": b.keyring.realm.hex,
        "keys": [{"site": k.site_id.hex, "public": base64.b64encode(k.public_key).decode(),
                  "age": k.age_recipient} for k in b.keyring.keys]}))
    child = subprocess.run([sys.executable, "-m", "tests.sync.kill_import", str(config)],
                           cwd=ROOT, capture_output=True, text=True, timeout=300,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.returncode == -9, child.stderr
    assert marker.read_text() == "rows written"  # it died after writing, before committing
    assert dump_database(b.db) == before
    res = b.import_(bundle)
    assert res.status == ImportStatus.APPLIED and res.new_changes == 300
    assert synced_dump(a.db) == synced_dump(b.db)
