"""Screenshots of the reliability analysis and the monthly report (called by
:mod:`ui.screenshots`) on the demo office: the analysis with its charts and tables, the month
chooser, and the report's pages in the print preview (figures, and the charts)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from ui.ops import Ops
from ui.printing import print_worker


def _settle(worker: Any, until: Callable[[], bool], timeout: float = 60) -> None:
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if not worker.pending and not print_worker().pending and until():
            break
        time.sleep(0.005)
    app.processEvents()


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from ui.views.reliability_monthly import MonthlyReportDialog  # noqa: PLC0415

    view = window.reliability
    computed: list[bool] = []
    view.computed.connect(lambda: computed.append(True))
    window.show_area("reliability")
    _settle(ops.worker, lambda: bool(computed))
    snap(window, "95-main-reliability")
    view.tabs.setCurrentIndex(2)
    snap(window, "96-main-reliability-pareto-table")
    view.tabs.setCurrentIndex(0)

    dialog = MonthlyReportDialog(ops, window, today=view.today)
    snap(dialog, "97-monthly-report-month")
    opened: list[Any] = []
    dialog.preview_opened.connect(opened.append)
    dialog.open_preview()
    _settle(ops.worker, lambda: bool(opened))
    preview = opened[0]
    preview.resize(1100, 820)
    _settle(ops.worker, lambda: preview.page_count > 0 and 1 in preview.rendered())
    snap(preview, "98-monthly-report-preview")
    last = preview.page_count
    preview.go_to(last, render=True)
    _settle(ops.worker, lambda: last in preview.rendered())
    snap(preview, "99-monthly-report-preview-charts")
    preview.close()
    dialog.close()
