"""Screenshot helpers for printing (used by the acceptance and quality screenshot modules): open a
record's document in the print preview and wait until its pages are drawn; the batch progress."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ui.ops import Worker
from ui.printing import print_worker
from ui.widgets.document_button import DocumentsButton
from ui.widgets.print_preview import PrintPreviewDialog


def _settle(worker: Worker, until: Callable[[], bool] = lambda: True,
            seconds: float = 60) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if not worker.pending and not print_worker().pending and until():
            break
        time.sleep(0.005)
    app.processEvents()


def preview_from(button: DocumentsButton, kind: str, worker: Worker, *,
                 zoom: str | float | None = None) -> PrintPreviewDialog:
    """Open document ``kind`` from a Print… button, as a click on its menu entry does (at
    ``zoom``); return the preview once the pages in view are drawn."""
    _settle(worker, lambda: bool(button.refs))
    opened: list[PrintPreviewDialog] = []
    button.preview_opened.connect(opened.append)
    action = button.action_for(kind)
    assert action is not None, f"no {kind} offered: {button.kinds()}"
    action.trigger()
    _settle(worker, lambda: bool(opened))
    dialog = opened[0]
    _settle(worker, lambda: dialog.page_count > 0 and 1 in dialog.rendered())
    if zoom is not None:
        dialog.set_zoom(zoom)
        _settle(worker, lambda: 1 in dialog.rendered())
    return dialog


def batch_progress(snap: Callable[[QWidget, str], None], name: str) -> None:
    """The progress of a batch of certificates as it looks half-way through (nothing printed)."""
    from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415

    from ui.print_batch import PrintRun  # noqa: PLC0415

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(Path(tempfile.mkdtemp(prefix="milrep-print-")) / "x.pdf"))
    titles = [f"Certificate No. 17-WS1-2026-QC-{n:04d}" for n in range(1, 13)]
    run = PrintRun(printer, [(t, lambda: b"") for t in titles])
    progress = run.progress
    assert progress is not None
    run._doc = 4  # the fifth certificate, page 1 of 2
    progress.setLabelText(run._label(titles[4], 1, 2))
    progress.setValue(int(4.5 * 1000))
    snap(progress, name)
    progress.close()


__all__ = ["batch_progress", "preview_from"]
