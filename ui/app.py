"""Start the desktop application: ``milrep gui`` calls :func:`main`."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

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

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    controller = AppController(app, db_path)
    if not controller.start():
        controller.shutdown()
        return 0
    code = app.exec()
    controller.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
