"""Screenshots of the exchange and conflicts areas (called by :mod:`ui.screenshots`, or alone:
``python -m ui.screenshots_sync --out DIR``).

A second workstation is made from the demo office the way a test does it (a copy of the
database with its own site), both get an endorsed keyring of their own keys, and they exchange
real bundles: one name edited on both (a column conflict) and a shipment recorded on the second
while the first suspended the lot (a business conflict for the head of office)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from milrep.backup import backup_database  # noqa: E402
from milrep.db.engine import raw_connect  # noqa: E402
from milrep.db.store import Database, open_database  # noqa: E402
from milrep.models.organizations import Organization  # noqa: E402
from milrep.models.office import Site  # noqa: E402
from milrep.models.quality import SuspensionGround, SuspensionScope  # noqa: E402
from milrep.models.shipments import Shipment  # noqa: E402
from milrep.services import organizations, shipments  # noqa: E402
from milrep.services import suspensions as sp  # noqa: E402
from milrep.services.auth import Actor, Permission  # noqa: E402
from milrep.sync import local_keys, state  # noqa: E402
from milrep.sync.export import export_bundle  # noqa: E402
from milrep.sync.importer import import_bundle  # noqa: E402
from milrep.sync.keyring_store import (endorse_keyring, install_keyring,  # noqa: E402
                                       installed_keyring)
from ui.ops import Ops  # noqa: E402


def second_workstation(db: Database, chief: Actor, password: str, path: Path) -> Database:
    """A copy of ``db`` as workstation WS2 (what enrollment gives a new workstation)."""
    with db.unit_of_work() as uow:
        s = uow.begin(chief, Permission.MANAGE_OFFICE, "office.add_site")
        site = Site(code="WS2", name="Acceptance hall")
        s.add(site)
        uow.commit()
        site_id = site.id
    backup_database(db, chief, path)
    conn = raw_connect(path, db.key)
    try:
        conn.execute(f"UPDATE milrep_meta SET value = '{site_id.hex}' WHERE key = 'site_id'")
    finally:
        conn.close()
    db2, _ = open_database(path, "chief", password)
    with db.unit_of_work() as uow:
        s = uow.begin(chief, Permission.SYNC, "sync.peer")
        state.peer(s, site_id).acked_vector = state.vector_to_json(state.local_vector(s))
        uow.commit()
    with db.read() as s:  # the demo's keyring (the headquarters, if it lists it) stays
        doc = installed_keyring(s)
    entries = list(doc.keyring.keys) if doc is not None else []
    codes = dict(doc.codes) if doc is not None else {}
    for d, actor in ((db, chief), (db2, db2.actor_for("chief"))):
        with d.unit_of_work() as uow:
            own = local_keys.own_entry(uow.begin(actor, Permission.SYNC, "sync.keys"))
            uow.commit()
        entries = [e for e in entries if e.site_id != own.site_id] + [own]
    codes.update({db.site_id: "WS1", site_id: "WS2"})
    with db.unit_of_work() as uow:
        ring = endorse_keyring(uow, chief, password=password, sites=entries, codes=codes).data
    with db2.unit_of_work() as uow:
        install_keyring(uow, db2.actor_for("chief"), data=ring)
    return db2


def exchange(src: Database, dst: Database, stick: Path) -> Path:
    """One bundle from ``src`` to ``dst`` through the stick (both with their own keys)."""
    src_chief, dst_chief = src.actor_for("chief"), dst.actor_for("chief")
    with src.unit_of_work() as uow:
        keys = local_keys.export_keys(uow.begin(src_chief, Permission.SYNC, "sync.keys"))
        uow.commit()
    res = export_bundle(src, src_chief, out_dir=stick, keys=keys, recipients=[dst.site_id])
    with dst.unit_of_work() as uow:
        ikeys = local_keys.import_keys(uow.begin(dst_chief, Permission.SYNC, "sync.keys"))
        uow.commit()
    import_bundle(dst, dst_chief, res.path.read_bytes(), keys=ikeys)
    return res.path


def _rename(db: Database, actor: Actor, org_id: Any, name: str) -> None:
    with db.read() as s:
        org = s.get(Organization, org_id)
        form = organizations.OrganizationForm(kind=org.kind, name=name, bin=org.bin,
                                              address=org.address)
    with db.unit_of_work() as uow:
        organizations.update_organization(uow, actor, org_id=org_id, form=form)


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    db, chief = ops.workspace.db, ops.actor
    tmp = Path(tempfile.mkdtemp(prefix="milrep-sync-shots-"))
    stick = tmp / "USB-STICK"
    stick.mkdir()
    db2 = second_workstation(db, chief, password, tmp / "ws2.milrep")
    try:
        chief2 = db2.actor_for("chief")
        with db.read() as s:
            unit = s.scalars(select(Organization.id).order_by(Organization.name)).first()
            shipped = s.scalars(select(Shipment).order_by(Shipment.shipped_on)).first()
            lot_id, cert_id = shipped.lot_id, shipped.certificate_id  # type: ignore[union-attr]
        # both workstations rename the same unit without knowing of each other
        _rename(db, chief, unit, "Military unit 12345 (Almaty garrison)")
        _rename(db2, chief2, unit, "Military unit 12345, Almaty")
        # WS1 suspends the telephone sets' lot; WS2, not knowing, ships five more of them
        with db.unit_of_work() as uow:
            sp.suspend(uow, chief, form=sp.SuspensionForm(
                ground=SuspensionGround.CONTRACT_TERMS, scope=SuspensionScope.LOT,
                lot_id=lot_id, reason="Packaging does not meet the contract terms"),
                password=password)
        with db2.unit_of_work() as uow:
            shipments.record_shipment(uow, db2.actor_for("rep2"), certificate_id=cert_id,
                                      quantity=5, shipped_on=dt.date.today(),
                                      document_no="TTN-2026/0481")
        exchange(db2, db, stick)
        centre = window.sync_centre
        window.show_area("sync")
        centre.refresh()
        centre.export_to(stick, [db2.site_id])
        snap(window, "95-main-sync-centre")
        window.show_area("conflicts")
        window.conflicts.refresh()
        snap(window, "96-main-conflicts-value")
        window.conflicts.state_filter.setCurrentIndex(2)  # business, open
        snap(window, "97-main-conflicts-business")
    finally:
        db2.close()


def main(argv: list[str] | None = None) -> int:
    """Only these screenshots, on a fresh demo office."""
    import argparse

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import session, theme
    from ui.i18n import LanguageManager
    from ui.ops import Worker
    from ui.screenshots import PASSWORD, SIZE, build_office, shoot, wait
    from ui.views.main_window import MainWindow

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app)
    tmp = Path(tempfile.mkdtemp(prefix="milrep-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply("en", remember=False)
    worker = Worker()
    build_office(tmp / "office.milrep")
    try:
        ws = session.unlock(tmp / "office.milrep", "chief", PASSWORD)
        ops = Ops(worker, ws)
        window = MainWindow(ops, languages, settings)
        window.resize(*SIZE)

        def snap(w: QWidget, n: str) -> None:
            wait(app, worker)
            shoot(w, args.out, n, app, worker)

        render(window, ops, PASSWORD, snap)
        window.close()
        ws.db.close()
    finally:
        worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
