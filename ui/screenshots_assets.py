"""Screenshots of the material-assets area (called by :mod:`ui.screenshots`, or alone with
``python -m ui.screenshots_assets --out DIR``): scenario 7 on the demo office — the register,
an asset with its movements, a movement refused beyond the balance, the asset editor, the
movements, and the inventory counts (an open count being entered, the reconciled one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.ops import Ops


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from milrep.models.assets import CountStatus, MovementKind  # noqa: PLC0415
    from milrep.services import assets  # noqa: PLC0415
    from ui.views.asset_dialogs import AssetDetailDialog, AssetEditor  # noqa: PLC0415
    from ui.views.asset_movement_dialog import MovementDialog  # noqa: PLC0415
    from ui.views.assets import AssetsView  # noqa: PLC0415

    window.show_area("assets")
    view = window.screens["assets"]
    assert isinstance(view, AssetsView)
    view.tabs.setCurrentWidget(view.register)
    view.register.refresh()
    snap(window, "a1-assets-register")

    db, actor = ops.workspace.db, ops.actor
    with db.unit_of_work() as uow:
        bench = assets.find_asset(uow, actor, inventory_number="ВП17-ОС-0001")
        solder = assets.find_asset(uow, actor, inventory_number="ВП17-МТ-0005")
    detail = AssetDetailDialog(ops, bench.asset.id, window)
    detail.resize(1080, 540)
    snap(detail, "a2-asset-detail-movements")
    detail.close()

    move = MovementDialog(ops, solder, window, kind=MovementKind.WRITE_OFF)
    move.quantity.setText("40")
    move.doc_number.setText("АС-2026/052")
    move.grounds.setPlainText("Израсходован при сборке лота L-2026-005")
    move.signed_by.setText("Главный инженер Бекетов С. А.")
    move.moved_on.set_date(dt.date.today())
    move.doc_date.set_date(dt.date.today())
    move.submit()
    snap(move, "a3-asset-movement-refused")
    move.close()

    editor = AssetEditor(ops, None, window)
    editor.number.setText("ВП17-ОС-0013")
    editor.name.setText("Анализатор спектра СК4-БЕЛАН 32")
    editor.cost.setText("4 780 000,125")
    editor.doc_number.setText("ТН-2026/214")
    editor.location.setEditText("Лаборатория климатических испытаний")
    editor.quantity.setText("1")
    editor.signed_by.setText("Кладовщик Жунусова А. Б.")
    snap(editor, "a4-asset-editor")  # contracts arrive; then the submit shows the errors
    editor.contract.setCurrentIndex(1)
    editor.submit()
    snap(editor, "a4-asset-editor")
    editor.unsaved.enabled = False
    editor.close()

    view.tabs.setCurrentWidget(view.movements)
    view.movements.refresh()
    snap(window, "a5-assets-movements")

    view.tabs.setCurrentWidget(view.counts)
    panel = view.counts
    panel.refresh()
    snap(window, "a6-assets-counts")  # loads the list
    open_row = next(i for i, c in enumerate(panel.rows) if c.status == CountStatus.OPEN)
    panel.list.selectRow(open_row)
    snap(window, "a6-assets-counts")  # loads the open count
    from ui.views.asset_counts import COUNTED  # noqa: PLC0415

    for r, text in enumerate(("17,25", "175", "3")):
        if r < panel.model.rowCount():
            panel.model.setData(panel.model.index(r, COUNTED), text)
    panel.grid.setCurrentIndex(panel.model.index(min(3, panel.model.rowCount() - 1), COUNTED))
    panel.grid.setFocus()
    snap(window, "a6-assets-count-entry")
    done_row = next(i for i, c in enumerate(panel.rows) if c.status == CountStatus.RECONCILED)
    panel.list.selectRow(done_row)
    snap(window, "a7-assets-count-reconciled")
    view.tabs.setCurrentWidget(view.register)


def _main() -> int:  # pragma: no cover - a tool to look at these screens alone
    import argparse
    import sys
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import session, theme
    from ui.i18n import LanguageManager
    from ui.ops import Worker
    from ui.screenshots import PASSWORD, SIZE, build_office, shoot
    from ui.views.main_window import MainWindow

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app)
    tmp = Path(tempfile.mkdtemp(prefix="milrep-assets-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply("en", remember=False)
    worker = Worker()
    build_office(tmp / "office.milrep")
    ws = session.unlock(tmp / "office.milrep", "chief", PASSWORD)
    ops = Ops(worker, ws)
    window = MainWindow(ops, languages, settings)
    window.resize(*SIZE)
    try:
        render(window, ops, PASSWORD, lambda w, n: shoot(w, args.out, n, app, worker))
    finally:
        window.close()
        worker.shutdown()
        ws.db.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
