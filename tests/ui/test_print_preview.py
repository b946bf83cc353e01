"""The print preview and printing: pages rendered off the UI thread, printing onto a real QPrinter
(PDF output, read back with pdfium), Save as PDF byte for byte and atomically, batch printing
with Cancel after the current page, a printer that fails, a document that cannot be prepared.
The print actions of the screens are in test_print_actions.py."""

from __future__ import annotations

import errno
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from milrep.db import files
from milrep.errors import NotFound
from ui import errors
from ui.print_batch import PrintRun, print_many
from ui.printing import print_worker, safe_filename
from ui.widgets.print_preview import FIT_PAGE, PrintPreviewDialog

READ_ONLY = "is read-only or not writable by you"
FULL = "The disk is full"


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Messages the person would see, instead of modal boxes."""
    seen: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _p, text: seen.append(text))
    monkeypatch.setattr(errors, "show_unexpected", lambda _p, e: seen.append(repr(e)))
    yield seen
    # nothing of one test may still be running on the print thread when the next starts
    print_worker().submit(lambda: None, lambda _r, _e: None).result(timeout=30)
    QApplication.processEvents()


def make_pdf(title: str, pages: int = 3, *, landscape_last: bool = True) -> bytes:
    """A PDF with a big black title on each page; the last page landscape."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n in range(1, pages + 1):
        if landscape_last and n == pages and pages > 1:
            c.setPageSize(landscape(A4))
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, c._pagesize[1] - 110, f"{title} — page {n}")
        c.rect(72, 72, 200, 120, fill=1)
        c.showPage()
    c.save()
    return out.getvalue()


def pdf_pages(path_or_bytes: Path | bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(path_or_bytes)
    try:
        return [doc[i].get_size() for i in range(len(doc))]
    finally:
        doc.close()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(300)
    printer.setFullPage(True)
    return printer


def preview(qtbot, data: bytes, title: str = "Return notice 17/RN-0001") -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(data, title=title, filename=title)
    with qtbot.waitSignal(dialog.layout_loaded, timeout=10000):
        dialog.show()
    return dialog


def dark_pixels(image) -> int:  # type: ignore[no-untyped-def]
    small = image.scaled(120, 170)
    return sum(1 for x in range(small.width()) for y in range(small.height())
               if QColor(small.pixel(x, y)).lightness() < 80)


# --- the preview --------------------------------------------------------------------------------

def test_preview_shows_every_page_drawn_off_the_ui_thread(qtbot) -> None:
    dialog = preview(qtbot, make_pdf("Protocol", 3))
    assert dialog.page_count == 3 and len(dialog.pages) == 3
    assert dialog.of_label.text() == "of 3" and dialog.page_box.maximum() == 3
    portrait, last = dialog.pages[0], dialog.pages[2]
    assert portrait.height() > portrait.width() and last.width() > last.height()
    qtbot.waitUntil(lambda: 1 in dialog.rendered(), timeout=10000)
    first = dialog.pages[0].pixmap
    assert first is not None and dark_pixels(first.toImage()) > 20  # the title and the box
    assert "Pages: 3 · paper A4" in dialog.status.text()

    dialog.go_to(3)
    qtbot.waitUntil(lambda: 3 in dialog.rendered(), timeout=10000)
    assert dialog.page_box.value() == 3 and not dialog.next_button.isEnabled()
    width = dialog.pages[0].width()
    dialog.step_zoom(+1)
    assert dialog.pages[0].width() > width  # from "fit width" to the next step up
    assert 3 not in dialog.rendered()  # the old image is stale at the new zoom…
    qtbot.waitUntil(lambda: 3 in dialog.rendered(), timeout=10000)  # …and redrawn
    dialog.set_zoom(FIT_PAGE)
    qtbot.waitUntil(lambda: dialog.pages[2].height() <= dialog.scroll.viewport().height(),
                    timeout=5000)


def test_pdfium_is_only_called_on_the_print_thread(qtbot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfium is not thread-safe: preview, printing and reading the layout all open documents
    on the one print thread, never on the UI thread."""
    import threading

    import ui.printing as printing

    threads: list[str] = []
    real = printing.pdfium.PdfDocument

    def opened(*a: object, **k: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*a, **k)

    monkeypatch.setattr(printing.pdfium, "PdfDocument", opened)
    dialog = preview(qtbot, make_pdf("Protocol", 2))
    qtbot.waitUntil(lambda: 1 in dialog.rendered(), timeout=10000)
    run = dialog.print_to(pdf_printer(tmp_path / "out.pdf"))
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert len(threads) >= 4  # layout, a page on screen, two pages printed
    assert {t.rsplit("_", 1)[0] for t in threads} == {"milrep-print"}


def test_a_damaged_pdf_is_said_so_and_cannot_be_printed(qtbot) -> None:
    dialog = PrintPreviewDialog(b"%PDF-1.7 this is not a document", title="Broken")
    dialog.show()
    qtbot.waitUntil(lambda: "not a valid PDF" in dialog.message.text(), timeout=10000)
    assert dialog.page_count == 0 and not dialog.print_button.isEnabled()


def test_the_preview_of_a_real_document_has_its_pages(qtbot, records) -> None:
    """A document the office prints (the return notice of scenario 3), rendered by the core."""
    from milrep.documents import render_document
    from tests.core.documents_helpers import acceptance_records

    _first, notice, number, _second, _acc = acceptance_records(records)
    with records.db.read() as s:
        data = render_document(s, "return_notice", notice)
    dialog = preview(qtbot, data, f"Return notice {number}")
    assert dialog.page_count == len(pdf_pages(data)) >= 1
    qtbot.waitUntil(lambda: 1 in dialog.rendered(), timeout=10000)


# --- printing -----------------------------------------------------------------------------------

def test_printing_onto_a_pdf_printer_gives_the_same_pages(qtbot, tmp_path: Path) -> None:
    data = make_pdf("Protocol", 3)
    dialog = preview(qtbot, data)
    out = tmp_path / "printed.pdf"
    run = dialog.print_to(pdf_printer(out))
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert run.outcome.complete and run.outcome.pages == 3
    printed = pdf_pages(out)
    assert len(printed) == 3
    for (w, h), (ow, oh) in zip(pdf_pages(data), printed, strict=True):
        assert abs(w - ow) < 2 and abs(h - oh) < 2  # A4, the last one landscape
    doc = pdfium.PdfDocument(out)
    try:
        page = doc[0].render(scale=0.3).to_pil().convert("L")
        assert sum(page.histogram()[:80]) > 200  # the raster is there, not blank
    finally:
        doc.close()
    assert f"Sent to {out}. Pages: 3." in dialog.status.text()


def test_a_page_range_prints_only_those_pages_in_grey(qtbot, tmp_path: Path) -> None:
    dialog = preview(qtbot, make_pdf("Protocol", 3))
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setColorMode(QPrinter.ColorMode.GrayScale)  # rendered as 8-bit grey
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    run = dialog.print_to(printer)
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    sizes = pdf_pages(tmp_path / "range.pdf")
    assert len(sizes) == 2 and sizes[0][1] > sizes[0][0] and sizes[1][0] > sizes[1][1]


# --- save as PDF --------------------------------------------------------------------------------

def test_save_as_writes_the_original_bytes(qtbot, tmp_path: Path) -> None:
    data = make_pdf("Notice", 2)
    dialog = preview(qtbot, data, "Return notice 17/RN-0001")
    assert dialog.filename == "Return notice 17-RN-0001.pdf"  # no slash in a file name
    target = tmp_path / dialog.filename
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_to(target)
    assert target.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == [dialog.filename]  # no temp left
    assert str(target) in dialog.status.text()


def test_safe_file_names() -> None:
    assert safe_filename("Protocol 311/2") == "Protocol 311-2.pdf"
    assert safe_filename('a\\b:c*d?"e<f>g|h') == "a-b-c-d-e-f-g-h.pdf"
    assert safe_filename("  ../..  ") == "document.pdf"
    assert safe_filename("notice.PDF") == "notice.PDF"


@pytest.mark.parametrize("failure", ["read_only", "disk_full"])
def test_a_failed_save_says_why_and_leaves_no_file(qtbot, tmp_path: Path, messages: list[str],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   failure: str) -> None:
    data = make_pdf("Notice", 2)
    dialog = preview(qtbot, data)
    folder = tmp_path / "usb"
    folder.mkdir()
    existing = folder / "kept.pdf"
    existing.write_bytes(b"the file saved yesterday")
    if failure == "read_only" and os.geteuid() != 0:
        folder.chmod(0o555)
    elif failure == "read_only":  # root writes anywhere: fail where the OS would
        def mkstemp(*_a: object, **_k: object) -> tuple[int, str]:
            raise OSError(errno.EROFS, "Read-only file system")
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    else:  # the bytes are written, then the disk is full when they are flushed
        def fsync(_fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        monkeypatch.setattr(files.os, "fsync", fsync)
    try:
        for target in (folder / "notice.pdf", existing):
            dialog.save_to(target)
            qtbot.waitUntil(lambda: len(messages) > 0, timeout=10000)
            expected = READ_ONLY if failure == "read_only" else FULL
            assert expected in messages.pop() and not messages
        listing = sorted(p.name for p in folder.iterdir())
    finally:
        folder.chmod(0o755)
    assert listing == ["kept.pdf"]  # no new file, no temp file
    assert existing.read_bytes() == b"the file saved yesterday"  # the old one untouched
    assert "Saved" not in dialog.status.text()


# --- batch printing -----------------------------------------------------------------------------

def _documents(n: int, pages: int = 2) -> list[tuple[str, Callable[[], bytes]]]:
    return [(f"Certificate {k}", lambda k=k: make_pdf(f"Certificate {k}", pages,
                                                     landscape_last=False))
            for k in range(1, n + 1)]


def _run(qtbot, docs: list[tuple[str, Callable[[], bytes]]], printer: QPrinter,
         cancel_at: tuple[int, int] | None = None) -> PrintRun:
    run = print_many(docs, parent=None, printer=printer)
    assert run is not None
    seen: list[tuple[int, int, int]] = []
    labels: list[str] = []

    def printed(doc: int, page: int, pages: int) -> None:
        seen.append((doc, page, pages))
        assert run.progress is not None
        labels.append(run.progress.labelText())
        if (doc, page) == cancel_at:  # the person presses Cancel on the progress dialog
            run.progress.findChild(QPushButton).click()
            labels.append(run.progress.labelText())

    run.page_printed.connect(printed)
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    run.seen, run.labels = seen, labels  # type: ignore[attr-defined]
    return run


def test_batch_prints_every_document_as_one_job(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    run = _run(qtbot, _documents(3), pdf_printer(out))
    assert run.outcome.complete and run.outcome.printed == [f"Certificate {k}" for k in (1, 2, 3)]
    assert run.seen == [(d, p, 2) for d in (1, 2, 3) for p in (1, 2)]  # type: ignore[attr-defined]
    assert run.labels[2] == ("Printing “Certificate 2”\n"  # type: ignore[attr-defined]
                             "Document 2 of 3, page 1 of 2")
    assert len(pdf_pages(out)) == 6


def test_batch_cancel_stops_after_the_current_page(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    run = _run(qtbot, _documents(3), pdf_printer(out), cancel_at=(1, 1))
    o = run.outcome
    assert o.cancelled and o.pages == 1 and o.printed == [] and o.cut_short == "Certificate 1"
    assert run.seen == [(1, 1, 2)]  # type: ignore[attr-defined]
    assert run.labels[-1] == "Stopping after this page…"  # type: ignore[attr-defined]
    assert len(pdf_pages(out)) == 1  # the page printed before Cancel still went out
    box = run.message_box
    assert isinstance(box, QMessageBox)
    assert "cancelled" in box.text() and "Pages sent to the printer: 1." in box.text()
    assert "Documents printed in full: 0 of 3." in box.text()
    assert "“Certificate 1” was stopped part-way" in box.text()


def test_batch_cancel_on_a_last_page_stops_between_documents(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    run = _run(qtbot, _documents(3), pdf_printer(out), cancel_at=(1, 2))
    o = run.outcome
    assert o.cancelled and o.pages == 2 and o.printed == ["Certificate 1"] and not o.cut_short
    assert len(pdf_pages(out)) == 2


def test_a_printer_that_fails_is_named_and_stops_the_batch(qtbot, tmp_path: Path,
                                                          messages: list[str]) -> None:
    out = tmp_path / "no-such-folder" / "batch.pdf"
    run = _run(qtbot, _documents(2), pdf_printer(out))
    o = run.outcome
    assert o.pages == 0 and o.printed == [] and str(out) in o.error
    assert len(messages) == 1 and "could not be written" in messages[0]
    assert not out.parent.exists()


def test_a_document_that_cannot_be_prepared_is_listed_and_the_rest_print(
        qtbot, tmp_path: Path) -> None:
    def gone() -> bytes:
        raise NotFound("Certificate 2 no longer exists.")

    docs = _documents(3)
    docs[1] = ("Certificate 2", gone)
    out = tmp_path / "batch.pdf"
    run = _run(qtbot, docs, pdf_printer(out))
    o = run.outcome
    assert o.printed == ["Certificate 1", "Certificate 3"] and o.pages == 4
    assert o.not_prepared == [("Certificate 2", "Certificate 2 no longer exists.")]
    assert "Certificate 2: Certificate 2 no longer exists." in run.message_box.text()
    assert len(pdf_pages(out)) == 4


def test_batch_of_real_documents_read_on_the_database_worker(qtbot, tmp_path: Path, records,
                                                            worker) -> None:
    """Providers that read the database run on the database worker, pages on the print thread."""
    from milrep.documents import render_document
    from tests.core.documents_helpers import acceptance_records

    first, notice, _n, second, _a = acceptance_records(records)
    wanted = [("inspection_protocol", first), ("return_notice", notice),
              ("inspection_protocol", second)]
    db = records.db

    def provider(kind: str, object_id: object) -> Callable[[], bytes]:
        def read() -> bytes:
            with db.read() as s:
                return render_document(s, kind, object_id)  # type: ignore[arg-type]
        return read

    expected = 0
    for kind, object_id in wanted:
        expected += len(pdf_pages(provider(kind, object_id)()))
    out = tmp_path / "batch.pdf"
    run = print_many([(k, provider(k, i)) for k, i in wanted], parent=None, source=worker,
                     printer=pdf_printer(out))
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    assert run.outcome.complete and run.outcome.pages == expected == len(pdf_pages(out))
