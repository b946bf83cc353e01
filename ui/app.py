"""Start the desktop application: ``milrep gui`` calls :func:`main`."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from milrep.db.store import Database
    from milrep.services.auth import Actor

NO_DISPLAY_MESSAGE = """milrep: no graphical display is available.

The desktop application needs a desktop session (DISPLAY or WAYLAND_DISPLAY is not set).
  * Start it from a desktop session on this computer, or
  * for headless checks, run it with QT_QPA_PLATFORM=offscreen, or
  * use the command line instead: milrep --help (info, audit verify, backup, demo, ...).
"""


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Run the desktop application on ``db_path`` (the default database when None)."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - only once a display is known

    from ui.controller import AppController  # noqa: PLC0415
    from ui.gc_guard import UiThreadCollector  # noqa: PLC0415

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    collector = UiThreadCollector(app)  # never on the database worker (see ui.gc_guard)
    controller = AppController(app, db_path)
    try:
        if not controller.start():
            controller.shutdown()
            return 0
        code = app.exec()
        controller.shutdown()
        return int(code)
    finally:
        collector.stop()


def show_main_window(db: Database, actor: Actor, *, settings: QSettings | None = None
                     ) -> QWidget:
    """Open and show the main window for an already unlocked database; return at once.

    The event loop is not entered: the caller (the cold-start benchmark, a test) processes
    events itself. The window owns its database worker and operations; ``db`` stays the
    caller's to close. Without ``settings`` a throwaway settings file is used, so the user's
    remembered window state neither affects nor receives anything.
    """
    from PySide6.QtCore import QSettings  # noqa: PLC0415 - Qt only once asked for a window
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from ui import theme  # noqa: PLC0415
    from ui.i18n import LanguageManager, stored_language  # noqa: PLC0415
    from ui.ops import Ops, Worker  # noqa: PLC0415
    from ui.session import workspace_for  # noqa: PLC0415
    from ui.views.main_window import MainWindow  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app)
    scratch: tempfile.TemporaryDirectory[str] | None = None
    if settings is None:
        scratch = tempfile.TemporaryDirectory(prefix="milrep-window-")
        settings = QSettings(str(Path(scratch.name) / "settings.ini"),
                             QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply(stored_language(settings), remember=False)
    worker = Worker()
    ops = Ops(worker, workspace_for(db, actor))
    window = MainWindow(ops, languages, settings)
    worker.setParent(window)
    ops.setParent(window)
    # Python-side references the window keeps alive (the language manager holds translators).
    window.keep_alive = (languages, settings, scratch)  # type: ignore[attr-defined]
    window.destroyed.connect(lambda _obj=None: worker.shutdown())
    window.show()
    return window


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
