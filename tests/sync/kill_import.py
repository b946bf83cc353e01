"""Run by test_crash.py in a child process: import a bundle and die by SIGKILL after every row
is written but before the commit (with a tiny page cache, so pages spill to the WAL first)."""

from __future__ import annotations

import base64
import json
import os
import signal
import sys
import uuid
from pathlib import Path

from pyrage import x25519
from sqlalchemy import event

from milrep.db.store import open_database
from milrep.sync import importer
from milrep.sync.keyring import Keyring, SiteKey


def main(config: Path) -> None:
    cfg = json.loads(config.read_text())
    db, chief = open_database(Path(cfg["db"]), "chief", cfg["password"])
    event.listen(db.engine, "connect",
                 lambda conn, _: conn.execute("PRAGMA cache_size = 8"))
    db.engine.dispose()  # new connections get the tiny cache
    flag = importer.flag_business_conflicts

    def flag_then_die(session, inserted):  # type: ignore[no-untyped-def]
        added = flag(session, inserted)
        session.flush()
        Path(cfg["marker"]).write_text("rows written")
        os.kill(os.getpid(), signal.SIGKILL)
        return added

    importer.flag_business_conflicts = flag_then_die  # type: ignore[assignment]
    ring = Keyring(realm=uuid.UUID(hex=cfg["realm"]), version=1, keys=tuple(
        SiteKey(site_id=uuid.UUID(hex=k["site"]), public_key=base64.b64decode(k["public"]),
                age_recipient=k["age"]) for k in cfg["keys"]))
    keys = importer.ImportKeys(identities=(x25519.Identity.from_str(cfg["identity"]),),
                               keyring=ring)
    importer.import_bundle(db, chief, Path(cfg["bundle"]).read_bytes(), keys=keys)
    sys.exit("the import was expected to be killed")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
