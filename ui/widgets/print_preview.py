"""The print preview of one of the office's PDFs: its pages as they will print, zoom, page by
page, Print… (Qt's print dialog) and Save as PDF… (the original bytes).

Pages are drawn by pdfium on the print worker (see :mod:`ui.printing`), only those in view (and
the next ones), at the zoom and the screen's pixel density; until its image arrives a page shows
as a blank sheet of the right size, so scrolling and zooming never wait.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPageSize, QPainter, QPaintEvent, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSpinBox, QToolButton, QVBoxLayout, QWidget)

from milrep.errors import UserError
from ui import errors
from ui.i18n import translate
from ui.icons import icon
from ui.print_batch import PrintRun
from ui.printing import (PageSize, PdfLayout, ask_save_path, choose_printer, new_printer,
                         print_worker, read_layout, render_page, safe_filename, write_pdf)

log = logging.getLogger("milrep.ui.printing")
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"
GAP = 16  # between pages and around them, in pixels
KEEP = 6  # images kept this many pages away from the view; farther ones are dropped


class PageWidget(QWidget):
    """One sheet: white, the size of the page at the zoom, its image once rendered."""

    def __init__(self, number: int, size: PageSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number, self.page_size = number, size
        self.pixmap: QPixmap | None = None
        self.key = 0  # the zoom key the pixmap was rendered at (0: none)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_image(self, pixmap: QPixmap | None, key: int) -> None:
        self.pixmap, self.key = pixmap, key if pixmap is not None else 0
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        r = self.rect()
        p.fillRect(r, Qt.GlobalColor.white)
        if self.pixmap is not None:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.drawPixmap(r, self.pixmap)
        else:
            p.setPen(QColor("#9aa5b1"))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter,
                       translate("PrintPreview", "Page {n}…").format(n=self.number))
        p.setPen(QColor("#5f6b73"))
        p.drawRect(r.adjusted(0, 0, -1, -1))
        p.end()


class PrintPreviewDialog(QDialog):
    """Preview, print and save one PDF. ``title`` names it (window, print queue, progress);
    ``filename`` is the name Save as PDF suggests (slashes and the like replaced)."""

    layout_loaded = Signal()
    """sig: the number and sizes of the pages are known (:attr:`pdf_layout`)."""
    page_rendered = Signal(int)
    """sig: page n (from 1) got its image at the current zoom."""
    saved = Signal(str)
    """sig: the PDF was written to this path."""

    def __init__(self, data: bytes, *, title: str, filename: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.title = bytes(data), title
        self.filename = safe_filename(filename or title)
        self.pdf_layout: PdfLayout | None = None
        self.pages: list[PageWidget] = []
        self.zoom: str | float = FIT_WIDTH
        self.run: PrintRun | None = None
        self.closed = False
        self.status_note = ""  # about the last print or save, kept until the next one
        self._pending: set[tuple[int, int]] = set()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(980, 780)
        self._build()
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(30)
        self._render_timer.timeout.connect(self._render_visible)
        self.retranslate()
        data = self.data
        print_worker().submit(lambda: read_layout(data), self._layout_arrived)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        def tool(name: str, slot: object) -> QToolButton:
            b = QToolButton()
            b.setIcon(icon(name))
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            return b

        self.print_button = QPushButton(icon("printer", "#ffffff"), "")
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(icon("save"), "")
        self.save_button.clicked.connect(self.save_as)
        self.first_button = tool("chevrons-left", lambda: self.go_to(1))
        self.prev_button = tool("chevron-left", lambda: self.go_to(self.current_page() - 1))
        self.next_button = tool("chevron-right", lambda: self.go_to(self.current_page() + 1))
        self.last_button = tool("chevrons-right", lambda: self.go_to(len(self.pages)))
        self.page_label = QLabel()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, 1)
        self.page_box.setMinimumWidth(64)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self.go_to)
        self.page_label.setBuddy(self.page_box)
        self.of_label = QLabel()
        self.zoom_out_button = tool("zoom-out", lambda: self.step_zoom(-1))
        self.zoom_in_button = tool("zoom-in", lambda: self.step_zoom(+1))
        self.zoom_box = QComboBox()
        self.zoom_box.setMinimumWidth(130)
        self.zoom_box.activated.connect(lambda _i: self.set_zoom(self.zoom_box.currentData()))

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(18)
        for w in (self.first_button, self.prev_button, self.page_label, self.page_box,
                  self.of_label, self.next_button, self.last_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_box, self.zoom_in_button):
            bar.addWidget(w)

        self.sheet = QWidget()
        self.sheet.setObjectName("previewSheet")
        self.sheet.setStyleSheet("QWidget#previewSheet { background: #7b8794; }")
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.setContentsMargins(GAP, GAP, GAP, GAP)
        self.sheet_layout.setSpacing(GAP)
        self.sheet_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: white; font-size: 14px;")
        self.sheet_layout.addWidget(self.message)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.sheet)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        self.scroll.viewport().installEventFilter(self)

        self.status = QLabel()
        self.status.setObjectName("muted")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addLayout(bar)
        lay.addWidget(self.scroll, 1)
        lay.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.step_zoom(+1))
        QShortcut(QKeySequence("Ctrl+="), self, activated=lambda: self.step_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.step_zoom(-1))
        QShortcut(QKeySequence("Ctrl+Home"), self, activated=lambda: self.go_to(1))
        QShortcut(QKeySequence("Ctrl+End"), self, activated=lambda: self.go_to(len(self.pages)))
        for b in (self.print_button, self.save_button, self.close_button):
            b.setAutoDefault(False)  # Enter in the page box must not start printing
        self._set_enabled(False)
        self.save_button.setEnabled(True)
        self.scroll.setFocus()  # PageUp, PageDown and the arrows scroll the pages

    def retranslate(self) -> None:
        self.setWindowTitle(translate("PrintPreview", "{title} — print preview").format(
            title=self.title))
        self.print_button.setText(translate("PrintPreview", "Print…"))
        self.print_button.setToolTip(translate("PrintPreview", "Print on paper (Ctrl+P)"))
        self.save_button.setText(translate("PrintPreview", "Save as PDF…"))
        self.save_button.setToolTip(translate("PrintPreview", "Save the document as a PDF file "
                                              "(Ctrl+S)"))
        self.first_button.setToolTip(translate("PrintPreview", "First page"))
        self.prev_button.setToolTip(translate("PrintPreview", "Previous page"))
        self.next_button.setToolTip(translate("PrintPreview", "Next page"))
        self.last_button.setToolTip(translate("PrintPreview", "Last page"))
        self.page_label.setText(translate("PrintPreview", "Page"))
        self.zoom_out_button.setToolTip(translate("PrintPreview", "Zoom out (Ctrl+-)"))
        self.zoom_in_button.setToolTip(translate("PrintPreview", "Zoom in (Ctrl++)"))
        self.close_button.setText(translate("PrintPreview", "Close"))
        current = self.zoom_box.currentData()
        self.zoom_box.clear()
        self.zoom_box.addItem(translate("PrintPreview", "Fit width"), FIT_WIDTH)
        self.zoom_box.addItem(translate("PrintPreview", "Whole page"), FIT_PAGE)
        for z in ZOOMS:
            self.zoom_box.addItem(f"{round(z * 100)} %", z)
        self._show_zoom(current if current is not None else self.zoom)
        self._show_position()
        if self.pdf_layout is None and not self.message.text():
            self.message.setText(translate("PrintPreview", "Reading the document…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.print_button, self.first_button, self.prev_button, self.next_button,
                  self.last_button, self.page_box, self.zoom_box, self.zoom_in_button,
                  self.zoom_out_button):
            w.setEnabled(on)

    # --- the pages ---------------------------------------------------------------------------

    def _layout_arrived(self, layout: PdfLayout | None, error: BaseException | None) -> None:
        if not self._alive():
            return
        if error is not None or layout is None or not layout.page_count:
            self.message.setText(str(error) if isinstance(error, UserError) else translate(
                "PrintPreview", "This document has no pages to show."))
            if error is not None and not isinstance(error, UserError):
                errors.report(self, error)
            return
        self.pdf_layout = layout
        self.message.hide()
        for n, size in enumerate(layout.pages, start=1):
            page = PageWidget(n, size, self.sheet)
            self.pages.append(page)
            self.sheet_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page_box.setRange(1, layout.page_count)
        self._set_enabled(True)
        self._apply_zoom(keep=1)
        self._show_position(1)
        self.layout_loaded.emit()

    @property
    def page_count(self) -> int:
        return self.pdf_layout.page_count if self.pdf_layout is not None else 0

    def px_per_point(self) -> float:
        """Screen pixels (device-independent) per PDF point at the zoom in force."""
        base = self.logicalDpiX() / 72.0
        if not self.pages:
            return base
        if isinstance(self.zoom, float):
            return base * self.zoom
        view = self.scroll.viewport().size()
        widest = max(p.page_size.width for p in self.pages)
        fit = (view.width() - 2 * GAP) / widest
        if self.zoom == FIT_PAGE:
            page = self.pages[max(0, self.current_page() - 1)].page_size
            fit = min(fit, (view.height() - 2 * GAP) / page.height)
        return max(0.1, fit)

    def _key(self) -> int:
        return round(self.px_per_point() * self.devicePixelRatioF() * 1000)

    def _apply_zoom(self, keep: int | None = None) -> None:
        keep = keep or self.current_page()
        ppp = self.px_per_point()
        for page in self.pages:
            page.setFixedSize(QSize(round(page.page_size.width * ppp),
                                    round(page.page_size.height * ppp)))
        self.sheet_layout.activate()
        QTimer.singleShot(0, lambda: self._alive() and self.go_to(keep, render=True))

    def _render_visible(self) -> None:
        """Ask for the images of the pages in view and the next ones; drop far-away ones."""
        if not self.pages or not self._alive():
            return
        view = self.scroll.viewport().rect()
        top = self.scroll.verticalScrollBar().value()
        wanted = QRect(0, top - view.height() // 2, self.sheet.width(), view.height() * 2)
        key, dpr = self._key(), self.devicePixelRatioF()
        dpi = key / 1000 * 72.0
        visible = [p for p in self.pages if p.geometry().intersects(wanted)]
        if not visible:
            visible = [self.pages[self.current_page() - 1]]
        near = {p.number for p in visible}
        for page in self.pages:
            if min(abs(page.number - n) for n in near) > KEEP and page.pixmap is not None:
                page.set_image(None, 0)
        data = self.data
        for page in visible:
            if page.key == key or (page.number, key) in self._pending:
                continue
            self._pending.add((page.number, key))
            index = page.number - 1
            print_worker().submit(lambda i=index: render_page(data, i, dpi),
                                  lambda img, err, n=page.number: self._image_arrived(
                                      n, key, dpr, img, err))
        self._show_position()

    def _image_arrived(self, number: int, key: int, dpr: float, image: object,
                       error: BaseException | None) -> None:
        if not self._alive():
            return
        self._pending.discard((number, key))
        if error is not None:
            if not isinstance(error, UserError):
                log.error("page %d not drawn", number, exc_info=error)
            self.status.setText(str(error) if isinstance(error, UserError) else translate(
                "PrintPreview", "Page {n} could not be drawn.").format(n=number))
            return
        page = self.pages[number - 1]
        if key != self._key() and page.pixmap is not None:
            return  # the zoom changed meanwhile; the image at the new zoom is on its way
        pixmap = QPixmap.fromImage(image)  # type: ignore[arg-type]
        pixmap.setDevicePixelRatio(dpr)
        page.set_image(pixmap, key)
        self._show_position()
        if key == self._key():
            self.page_rendered.emit(number)

    def rendered(self) -> list[int]:
        """The pages showing their image at the current zoom (for tests and the status)."""
        key = self._key()
        return [p.number for p in self.pages if p.key == key]

    # --- navigation and zoom -----------------------------------------------------------------

    def current_page(self) -> int:
        if not self.pages:
            return 1
        line = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height() // 3
        for page in self.pages:
            if page.geometry().bottom() + GAP >= line:
                return page.number
        return len(self.pages)

    def go_to(self, number: int, *, render: bool = False) -> None:
        if not self.pages:
            return
        number = max(1, min(len(self.pages), number))
        page = self.pages[number - 1]
        self.scroll.verticalScrollBar().setValue(0 if number == 1 else page.y() - GAP)
        self._show_position(number)
        if render:
            self._render_timer.start()

    def set_zoom(self, zoom: object) -> None:
        if zoom not in (FIT_WIDTH, FIT_PAGE) and not isinstance(zoom, float):
            return
        self.zoom = zoom  # type: ignore[assignment]
        self._show_zoom(zoom)
        self._apply_zoom()

    def step_zoom(self, direction: int) -> None:
        if not self.pages:
            return
        now = self.px_per_point() / (self.logicalDpiX() / 72.0)
        if direction > 0:
            bigger = [z for z in ZOOMS if z > now + 0.01]
            self.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < now - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    def _show_zoom(self, zoom: object) -> None:
        i = self.zoom_box.findData(zoom)
        self.zoom_box.setCurrentIndex(max(0, i))

    def _scrolled(self) -> None:
        self._show_position()
        self._render_timer.start()

    def _show_position(self, number: int | None = None) -> None:
        count = len(self.pages)
        current = number or self.current_page()
        self.page_box.blockSignals(True)
        self.page_box.setValue(current)
        self.page_box.blockSignals(False)
        self.of_label.setText(translate("PrintPreview", "of {n}").format(n=count or "…"))
        self.prev_button.setEnabled(count > 0 and current > 1)
        self.first_button.setEnabled(count > 0 and current > 1)
        self.next_button.setEnabled(count > 0 and current < count)
        self.last_button.setEnabled(count > 0 and current < count)
        if self.pdf_layout is not None and not self.status_note:
            first = self.pdf_layout.pages[0]
            name = QPageSize(QSizeF(first.width, first.height), QPageSize.Unit.Point).name()
            pending = len(self.pages) and len(self._pending)
            text = translate("PrintPreview", "Pages: {n} · paper {paper}").format(
                n=count, paper=name)
            if pending:
                text += " · " + translate("PrintPreview", "drawing the pages…")
            self.status.setText(text)

    def _note(self, text: str) -> None:
        self.status_note = text
        self.status.setText(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.scroll.viewport():
            if event.type() == QEvent.Type.Resize and self.pages and not isinstance(self.zoom,
                                                                                     float):
                QTimer.singleShot(0, lambda: self._alive() and self._apply_zoom())
            elif (event.type() == QEvent.Type.Wheel
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):  # type: ignore[attr-defined]
                self.step_zoom(1 if event.angleDelta().y() > 0 else -1)  # type: ignore[attr-defined]
                return True
        return super().eventFilter(obj, event)

    # --- print and save ----------------------------------------------------------------------

    def print_(self) -> None:
        """Qt's print dialog, then the pages to the printer chosen (Ctrl+P)."""
        if self.pdf_layout is None or (self.run is not None and self.run.running):
            return
        printer = new_printer(self.pdf_layout.pages[0])
        if choose_printer(self, printer, pages=self.page_count):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintRun:
        """Print on ``printer`` as set up (its page range is honoured)."""
        page_range = None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            page_range = (printer.fromPage(), printer.toPage() or self.page_count)
        data = self.data
        run = PrintRun(printer, [(self.title, lambda: data)], parent=self, page_range=page_range)
        run.finished.connect(lambda: self._printed(run, printer))
        self.run = run
        self.print_button.setEnabled(False)
        run.start()
        return run

    def _printed(self, run: PrintRun, printer: QPrinter) -> None:
        if not self._alive():
            return
        self.print_button.setEnabled(self.pdf_layout is not None)
        o = run.outcome
        if o.complete:
            where = (printer.outputFileName()
                     if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                     else printer.printerName())
            self._note(translate("PrintPreview", "Sent to {printer}. Pages: {n}.").format(
                n=o.pages, printer=where))

    def save_as(self) -> None:
        """Save the original PDF under a name the person chooses (Ctrl+S)."""
        path = ask_save_path(self, self.filename)
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        write_pdf(self, Path(path), self.data, saved=self._saved)

    def _saved(self, path: Path) -> None:
        if not self._alive():
            return
        self._note(translate("PrintPreview", "Saved as {path}.").format(path=path))
        self.saved.emit(str(path))

    # --- lifetime ----------------------------------------------------------------------------

    def _alive(self) -> bool:
        return not self.closed and shiboken6.isValid(self)

    def done(self, result: int) -> None:
        """Closed: the preview is deleted (once its print run, if any, has ended: Cancel stops
        it after the page being printed, and the pages already printed still go out)."""
        self.closed = True
        self._render_timer.stop()
        for page in self.pages:
            page.set_image(None, 0)
        super().done(result)
        if self.run is not None and self.run.running:
            self.run.cancel()
            self.run.finished.connect(self.deleteLater)
        else:
            self.deleteLater()


__all__ = ["PageWidget", "PrintPreviewDialog"]
