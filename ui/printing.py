"""The office's PDFs on screen, on paper and on disk: pdfium on one thread, Qt's printers.

**One thread for pdfium.** pdfium is not thread-safe, so every pypdfium2 call runs on the *print
worker* (:func:`print_worker`), one thread for the whole application, and no pdfium object ever
leaves it: a job opens the document from its bytes, renders what it was asked for into a
``QImage`` copy (a value Qt may hand to another thread) and closes the pages and the document
before it returns. Opening a document of a few pages takes about a millisecond, so jobs keep no
state and a garbage-collected pdfium object can never be finalised on the UI thread.

**Printing is raster.** A page goes to the printer as an image rendered at the printer's
resolution, clamped to 300–600 dpi (:data:`PRINT_DPI`): sharp on paper, a bounded amount of
memory per page (A4 at 600 dpi is about 140 MB in colour, 35 MB in grey), and the same pixels on
every printer driver. Painting on a ``QPrinter`` is allowed off the UI thread, so the whole page
(render and paint) runs on the print worker and the UI never waits. The PDF's own page size and
orientation are kept; the page is scaled to fit the paper when the printer has another size.
**Save as PDF** writes the original vector bytes, never the raster.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, QSettings, QSizeF, QStandardPaths
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from milrep.db.files import write_atomic
from milrep.errors import UserError
from ui.i18n import translate
from ui.ops import Worker, run_foreground

PRINT_DPI = (300, 600)
POINTS_PER_INCH = 72.0
SAVE_FOLDER_KEY = "printing/save_folder"


class PrinterError(UserError):
    """The printer (or the file printed to) refused a page; the text says which and what to do."""


# --- the print worker ---------------------------------------------------------------------------

class PrintWorker(Worker):
    """The one thread that calls pdfium and paints on printers; results come back on the UI
    thread in submission order, exactly like the database worker's."""

    def __init__(self) -> None:
        super().__init__()
        # Same delivery machinery as the database worker, on a thread of its own.
        self._executor.shutdown(wait=False)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="milrep-print")


_worker: PrintWorker | None = None


def print_worker() -> PrintWorker:
    """The application's print worker (created on first use, on the UI thread)."""
    global _worker
    if _worker is None or not shiboken6.isValid(_worker):
        _worker = PrintWorker()
        app = QCoreApplication.instance()
        if app is not None:
            _worker.setParent(app)
            app.aboutToQuit.connect(_worker.shutdown)
    return _worker


# --- reading and rendering (print worker only) --------------------------------------------------

@dataclass(frozen=True)
class PageSize:
    """A page's size in PDF points (1/72 inch)."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True)
class PdfLayout:
    """What the preview needs before any page is drawn: the size of every page."""

    pages: tuple[PageSize, ...]

    @property
    def page_count(self) -> int:
        return len(self.pages)


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(bytes(data))
    except pdfium.PdfiumError as e:
        raise UserError(translate("Printing", "The document cannot be read: it is not a valid "
                                  "PDF ({reason}).").format(reason=e)) from e


def read_layout(data: bytes) -> PdfLayout:
    """The page sizes of a PDF. Print worker only."""
    doc = _open(data)
    try:
        sizes = []
        for i in range(len(doc)):
            page = doc[i]
            try:
                w, h = page.get_size()
            finally:
                page.close()
            sizes.append(PageSize(w, h))
        return PdfLayout(tuple(sizes))
    finally:
        doc.close()


def _render(page: pdfium.PdfPage, dpi: float, *, grayscale: bool, for_print: bool) -> QImage:
    kw: dict[str, object] = {"scale": dpi / POINTS_PER_INCH,
                             "optimize_mode": "print" if for_print else None}
    if grayscale:
        kw.update(grayscale=True, force_bitmap_format=pdfium_c.FPDFBitmap_Gray)
        fmt = QImage.Format.Format_Grayscale8
    else:
        kw.update(prefer_bgrx=True)  # BGRx in memory is Qt's RGB32 on little-endian machines
        fmt = QImage.Format.Format_RGB32
    bitmap = page.render(**kw)
    try:
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    finally:
        bitmap.close()


def render_page(data: bytes, index: int, dpi: float, *, grayscale: bool = False) -> QImage:
    """Page ``index`` (from 0) as an image at ``dpi``, for the screen. Print worker only."""
    doc = _open(data)
    try:
        page = doc[index]
        try:
            return _render(page, dpi, grayscale=grayscale, for_print=False)
        finally:
            page.close()
    finally:
        doc.close()


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rasterised at for ``printer`` (see the module docstring)."""
    low, high = PRINT_DPI
    return max(low, min(high, printer.resolution()))


class PrintSession:
    """One print job: pages of any number of PDFs onto one printer. Print worker only.

    The painter starts with the first page and :meth:`finish` ends it, which sends what was
    painted so far (after a Cancel too). Each page takes the orientation of the PDF page.
    """

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.painter = QPainter()
        self.pages = 0

    def add_page(self, data: bytes, index: int) -> int:
        """Print page ``index`` of ``data``; returns the number of pages of that document."""
        doc = _open(data)
        try:
            count = len(doc)
            if index >= count:
                return count
            page = doc[index]
            try:
                w, h = page.get_size()
                self._next_sheet(PageSize(w, h))
                image = _render(page, print_dpi(self.printer), for_print=True,
                                grayscale=self.printer.colorMode() == QPrinter.ColorMode.GrayScale)
            finally:
                page.close()
        finally:
            doc.close()
        self.painter.drawImage(_fit(self.printer, PageSize(w, h)), image)
        self.pages += 1
        return count

    def _next_sheet(self, size: PageSize) -> None:
        orientation = (QPageLayout.Orientation.Landscape if size.landscape
                       else QPageLayout.Orientation.Portrait)
        self.printer.setPageOrientation(orientation)  # applies to the sheet started next
        if self.pages == 0:
            if not self.painter.begin(self.printer):
                raise PrinterError(_failure(self.printer, started=False))
        elif not self.printer.newPage():
            raise PrinterError(_failure(self.printer, started=True))

    def finish(self) -> None:
        """End the job: the pages painted so far go to the printer (or the file)."""
        if not self.painter.isActive():
            return
        ended = self.painter.end()
        if not ended or self.printer.printerState() == QPrinter.PrinterState.Error:
            raise PrinterError(_failure(self.printer, started=True))


def _fit(printer: QPrinter, size: PageSize) -> QRectF:
    """Where the page goes on the sheet, in device pixels: its own size when the paper is the
    same, else scaled to fit and centred."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    dpi = printer.resolution()
    w, h = size.width * dpi / POINTS_PER_INCH, size.height * dpi / POINTS_PER_INCH
    scale = min(1.0, paper.width() / w, paper.height() / h) if w and h else 1.0
    w, h = w * scale, h * scale
    return QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)


def _failure(printer: QPrinter, *, started: bool) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return translate("Printing", "The file {path} could not be written. Check that the "
                         "folder exists, that you may write in it and that the disk is not "
                         "full.").format(path=printer.outputFileName())
    name = printer.printerName() or translate("Printing", "the printer")
    if not started:
        return translate("Printing", "Printing could not start on {printer}. Check that it is "
                         "switched on and connected, or choose another printer.").format(
            printer=name)
    return translate("Printing", "{printer} stopped accepting pages. Check the printer (paper, "
                     "toner, cable) and print again.").format(printer=name)


# --- printers and files (UI thread) -------------------------------------------------------------

def new_printer(first_page: PageSize | None = None) -> QPrinter:
    """A printer set up for the office's documents: full sheet, the PDF's paper (A4)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the PDF carries its own margins
    if first_page is not None:
        printer.setPageSize(QPageSize(QSizeF(first_page.width, first_page.height),
                                      QPageSize.Unit.Point))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if first_page.landscape
                                   else QPageLayout.Orientation.Portrait)
    else:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def choose_printer(parent: QWidget | None, printer: QPrinter, *, pages: int = 0) -> bool:
    """Qt's print dialog; False when the person cancelled. ``pages`` > 0 offers a page range."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print"))
    options = QAbstractPrintDialog.PrintDialogOption.PrintToFile
    if pages > 1:
        options |= QAbstractPrintDialog.PrintDialogOption.PrintPageRange
        dialog.setMinMax(1, pages)
    dialog.setOptions(options)
    return bool(dialog.exec())


def safe_filename(name: str, *, suffix: str = ".pdf") -> str:
    """``name`` usable as a file name everywhere: slashes and other reserved signs become "-"."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .-") or "document"
    return cleaned if cleaned.lower().endswith(suffix) else cleaned + suffix


def ask_save_path(parent: QWidget | None, filename: str, *,
                  settings: QSettings | None = None) -> Path | None:
    """The file dialog for Save as PDF, in the folder used last time; None when cancelled."""
    settings = settings or QSettings()
    folder = str(settings.value(SAVE_FOLDER_KEY, "") or "")
    if not folder or not Path(folder).is_dir():
        folder = (QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
    name, _f = QFileDialog.getSaveFileName(
        parent, translate("Printing", "Save as PDF"), str(Path(folder) / safe_filename(filename)),
        translate("Printing", "PDF documents (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    settings.setValue(SAVE_FOLDER_KEY, str(path.parent))
    return path


def write_pdf(parent: QWidget | None, path: Path, data: bytes, *,
              saved: Callable[[Path], None] | None = None) -> None:
    """Write ``data`` to ``path`` atomically on the print worker; a full or read-only disk is
    told as such and leaves no file behind. ``saved(path)`` is called once it is on disk."""
    def done(_r: object) -> None:
        if saved is not None:
            saved(path)

    run_foreground(print_worker(), lambda: write_atomic(path, data), parent=parent, success=done,
                   title=translate("Printing", "Saving {name}…").format(name=path.name))


__all__ = ["PRINT_DPI", "PageSize", "PdfLayout", "PrintSession", "PrintWorker", "PrinterError",
           "ask_save_path", "choose_printer", "new_printer", "print_dpi", "print_worker",
           "read_layout", "render_page", "safe_filename", "write_pdf"]
