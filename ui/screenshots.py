"""Render every screen and dialog offscreen to PNG: ``python -m ui.screenshots --out DIR``.

Builds a throwaway demo office (fast key derivation) in a temporary folder, so the pictures show
realistic data without touching a real database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from milrep.db.keyslots import FAST_KDF_FOR_TESTS  # noqa: E402
from milrep.errors import ValidationError  # noqa: E402
from ui import session, theme  # noqa: E402
from ui.i18n import LanguageManager  # noqa: E402
from ui.ops import Ops, Worker, Workspace  # noqa: E402

PASSWORD = "demo2026office"
SIZE = (1360, 820)


def wait(app: QApplication, worker: Worker, rounds: int = 3) -> None:
    """Let every queued database operation finish and its result be painted."""
    for _ in range(rounds):
        while worker.pending:
            app.processEvents()
        app.processEvents()


def build_office(path: Path) -> None:
    from milrep.demo import build_demo  # noqa: PLC0415

    build_demo(path, password=PASSWORD, kdf=FAST_KDF_FOR_TESTS)


def shoot(widget: QWidget, out: Path, name: str, app: QApplication, worker: Worker) -> None:
    widget.show()
    wait(app, worker)
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app)
    tmp = Path(tempfile.mkdtemp(prefix="milrep-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply(args.lang, remember=False)
    worker = Worker()
    db_path = tmp / "office.milrep"
    build_office(db_path)
    try:
        _render_all(app, worker, languages, settings, db_path, tmp, out)
    finally:
        worker.shutdown()
    return 0


def _render_all(app: QApplication, worker: Worker, languages: LanguageManager,
                settings: QSettings, db_path: Path, tmp: Path, out: Path) -> None:
    from ui.errors import ErrorDialog  # noqa: PLC0415
    from ui.views.contract_editor import ContractEditor  # noqa: PLC0415
    from ui.views.item_editor import ItemEditor  # noqa: PLC0415
    from ui.views.login import LoginDialog  # noqa: PLC0415
    from ui.views.main_window import MainWindow  # noqa: PLC0415
    from ui.views.organization_editor import OrganizationEditor  # noqa: PLC0415
    from ui.views.user_dialogs import AddUserDialog  # noqa: PLC0415
    from ui.views.welcome import WelcomeDialog  # noqa: PLC0415
    from ui.views.wizard import FirstRunWizard  # noqa: PLC0415

    snap: Callable[[QWidget, str], None] = lambda w, n: shoot(w, out, n, app, worker)  # noqa: E731
    snap(WelcomeDialog(tmp / "new.milrep", languages, demo_available=True), "01-welcome")
    login = LoginDialog(worker, db_path, username="chief")
    snap(login, "02-login")
    login.password.setText("wrong-password-1")
    login.submit()
    snap(login, "03-login-wrong-password")
    recover = login.recover()
    recover.code.setText("K7QD-2MXA-")
    recover.password.setText("Serikbayev-new-2026")
    recover.confirm.setText("Serikbayev-new")
    snap(recover, "08-recover-password")
    recover.close()

    wizard = FirstRunWizard(worker, tmp / "wizard.milrep", kdf=FAST_KDF_FOR_TESTS)
    wizard.resize(720, 600)
    wizard.office_code.setText("17")
    wizard.office_name.setText("Military representative office No. 17")
    wizard.plant.setText("Zhetysu Instrument Plant JSC")
    snap(wizard, "04-wizard-office")
    wizard.next()
    wizard.site_name.setText("Head of office laptop")
    snap(wizard, "05-wizard-workstation")
    wizard.next()
    c = wizard.chief_page
    c.full_name.setText("A. K. Serikbayev")
    c.rank.setText("Lt. Col.")
    c.password.setText("Serik2026")
    c.confirm.setText("Serik2026")
    snap(wizard, "06-wizard-chief-password-rule")
    c.password.setText("Serikbayev2026")
    c.confirm.setText("Serikbayev2026")
    wizard.next()
    wait(app, worker)
    snap(wizard, "07-wizard-recovery-code")
    if wizard.workspace is not None:
        wizard.workspace.db.close()

    ws: Workspace = session.unlock(db_path, "chief", PASSWORD)
    ops = Ops(worker, ws)
    window = MainWindow(ops, languages, settings)
    window.resize(*SIZE)
    for area in window.sidebar.areas():
        window.show_area(area)
        snap(window, f"10-main-{area}")
    closed = _select_contract(window, "completed")
    editor = ContractEditor(ops, closed, window)
    snap(editor, "27-contract-editor-fulfilled")
    editor.close()
    editor = ContractEditor(ops, None, window)
    snap(editor, "28-contract-editor-new")
    editor.close()
    cid = _select_contract(window, "active")
    editor = ContractEditor(ops, cid, window)
    snap(editor, "20-contract-editor")
    editor.tabs.setCurrentIndex(2)
    snap(editor, "21-contract-editor-stages")
    editor.tabs.setCurrentIndex(3)
    snap(editor, "22-contract-editor-amendments")
    editor.tabs.setCurrentIndex(0)
    editor.errors.show(ValidationError("The advance cannot exceed the contract value.",
                                       field="advance"))
    snap(editor, "23-contract-editor-validation")
    editor.close()
    window.show_area("control_list")
    window.control_list.select_row(0)
    item = ItemEditor(ops, window.control_list.current_id(), None, window,
                      contract_number=str(window.control_list.current_value("contract") or ""))
    snap(item, "24-item-editor")
    item.close()
    window.show_area("organizations")
    window.organizations.select_row_of_kind("contractor")
    org_editor = OrganizationEditor(ops, window.organizations.current(), window)
    snap(org_editor, "25-organization-editor")
    org_editor.close()
    org_editor = OrganizationEditor(ops, None, window)
    org_editor.name.setText("Almaty Optics JSC")
    org_editor.bin.setText("98765")
    org_editor.errors.show(ValidationError("A BIN is exactly 12 digits.", field="bin"))
    snap(org_editor, "26-organization-editor-validation")
    org_editor.unsaved.enabled = False  # typed for the picture only: close without asking
    org_editor.close()
    snap(AddUserDialog(ops, window), "30-add-user")
    window.contracts.search.setText("zzzz-no-such")
    window.contracts.model.set_text("zzzz-no-such")
    window.show_area("contracts")
    snap(window, "11-main-contracts-empty-search")
    try:
        raise RuntimeError("example of an unexpected error")
    except RuntimeError as e:
        snap(ErrorDialog(e, window), "40-error-dialog")
    viewer = session.unlock(db_path, "clerk", PASSWORD)
    vwin = MainWindow(Ops(worker, viewer), languages, settings)
    vwin.resize(*SIZE)
    vwin.show_area("contracts")
    snap(vwin, "12-main-contracts-viewer")
    from ui.screenshots_acceptance import render as render_acceptance  # noqa: PLC0415

    render_acceptance(window, ops, PASSWORD, snap)
    from ui.screenshots_quality import render as render_quality  # noqa: PLC0415

    render_quality(window, ops, PASSWORD, snap)
    from ui.screenshots_reclamations import render as render_reclamations  # noqa: PLC0415

    render_reclamations(window, ops, PASSWORD, snap)
    from ui.screenshots_requirements import render as render_requirements  # noqa: PLC0415

    render_requirements(window, ops, PASSWORD, snap)
    from ui.screenshots_certificates import render as render_certificates  # noqa: PLC0415

    render_certificates(window, ops, PASSWORD, snap)
    from ui.screenshots_reliability import render as render_reliability  # noqa: PLC0415

    render_reliability(window, ops, PASSWORD, snap)
    from ui.screenshots_duties import render as render_duties  # noqa: PLC0415

    render_duties(window, ops, PASSWORD, snap)
    from ui.screenshots_assets import render as render_assets  # noqa: PLC0415

    render_assets(window, ops, PASSWORD, snap)
    from ui.screenshots_sync import render as render_sync  # noqa: PLC0415

    render_sync(window, ops, PASSWORD, snap)  # last: it suspends a lot, renames a unit
    window.close()
    vwin.close()
    ws.db.close()
    viewer.db.close()


def _select_contract(window: QWidget, status: str) -> object:
    """Select the first contract with ``status`` in the contracts list; return its id."""
    contracts = window.contracts  # type: ignore[attr-defined]
    for row in range(contracts.model.rowCount()):
        contracts.select_row(row)
        if contracts.current_value("status") == status:
            return contracts.current_id()
    contracts.select_row(0)
    return contracts.current_id()


if __name__ == "__main__":
    raise SystemExit(main())
