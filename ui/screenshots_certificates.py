"""Screenshots of the certificates area (called by :mod:`ui.screenshots`, or alone with
``python -m ui.screenshots_certificates --out DIR``): the list with a certificate's detail, the
issuing wizard's Article 27.5 checklist with one condition not met, and the "Verify certificate"
window with a valid and an invalid seal.

Nothing is issued or revoked here: the wizard is stopped at the checklist, so the other screenshot
modules see the demo office as it was.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from milrep.services import certificates
from ui.ops import Ops, Worker

LIST_SIZE = (1360, 820)


def _settle(worker: Worker, until: Callable[[], bool] = lambda: True,
            seconds: float = 60) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if not worker.pending and until():
            break
        time.sleep(0.005)
    app.processEvents()


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from ui.views.certificate_wizard import CertificateWizard  # noqa: PLC0415
    from ui.views.verify_window import VerifyWindow  # noqa: PLC0415

    worker = ops.worker
    view = window.certificates
    window.show_area("certificates")
    view.refresh()
    _settle(worker, lambda: view.model.rowCount() > 0)
    # the valid certificate of the telephone sets, with its detail
    for row in range(view.model.rowCount()):
        view.select_row(row)
        if view.current_value("status") == "valid":
            break
    _settle(worker, lambda: view.detail.view is not None)
    snap(window, "certificates_list")

    # the wizard: every unit not yet certified, but more asked for than is there
    wizard = CertificateWizard(ops, window)
    wizard.resize(900, 720)
    _settle(worker, lambda: wizard.goods_page.model.rowCount() > 0)
    # the telephone sets (the radio station is suspended by the quality screenshots)
    rows = wizard.goods_page.model.rows
    first = next((r for r in rows if r.item_name.startswith("Field telephone")), rows[0])
    wizard.goods_page.model.set_checked(first.id, True)
    snap(wizard, "certificates_wizard_goods")
    wizard.goods_page.quantity.setValue(first.remaining_quantity + 5)
    wizard.next()
    _settle(worker, lambda: wizard.checklist_page.checklist is not None)
    snap(wizard, "certificates_wizard_checklist")
    wizard.close()

    # verifying: a real seal, then the same seal with one character changed
    db, actor = ops.workspace.db, ops.actor
    with db.unit_of_work() as uow:
        listed = certificates.list_certificates(uow, actor)
    valid = next(c for c in listed if c.status.value == "valid")
    with db.unit_of_work() as uow:
        seal = certificates.get_certificate(uow, actor, certificate_id=valid.id).seal
    verify = VerifyWindow(ops, window)
    verify.resize(820, 760)
    _settle(verify.worker, lambda: verify.office_known)
    _settle(worker, lambda: verify.office is not None)
    verify.text.setPlainText(seal)
    verify.verify_text(seal)
    _settle(verify.worker, lambda: verify.verdict not in ("",))
    snap(verify, "certificates_verify_valid")
    at = len(seal) - 12  # in the signature: the fields still read, the signature fails
    tampered = seal[:at] + ("A" if seal[at] != "A" else "B") + seal[at + 1:]
    verify.text.setPlainText(tampered)
    verify.verdict = ""
    verify.verify_text(tampered)
    _settle(verify.worker, lambda: verify.verdict not in ("",))
    snap(verify, "certificates_verify_invalid")
    verify.close()


def main(argv: list[str] | None = None) -> int:
    """Only these screenshots, on a fresh demo office."""
    import os  # noqa: PLC0415

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from ui import session, theme  # noqa: PLC0415
    from ui.i18n import LanguageManager  # noqa: PLC0415
    from ui.screenshots import PASSWORD, build_office, shoot  # noqa: PLC0415
    from ui.views.main_window import MainWindow  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app)
    tmp = Path(tempfile.mkdtemp(prefix="milrep-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply(args.lang, remember=False)
    worker = Worker()
    build_office(tmp / "office.milrep")
    try:
        ws = session.unlock(tmp / "office.milrep", "chief", PASSWORD)
        ops = Ops(worker, ws)
        window = MainWindow(ops, languages, settings)
        window.resize(*LIST_SIZE)
        render(window, ops, PASSWORD, lambda w, n: shoot(w, args.out, n, app, worker))
        window.close()
        ws.db.close()
    finally:
        worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
