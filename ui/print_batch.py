"""Printing one or many documents as one print job, with progress and Cancel.

A :class:`PrintRun` is driven from the UI thread one step at a time: it asks a document's
provider for its PDF bytes (on the worker given, the database worker when the provider reads the
database), then has the print worker print one page, then the next. Nothing waits on the UI
thread, and because each page is its own step, Cancel stops after the page being printed: the
pages already painted are still sent (the job is ended, not thrown away) and the person is told
how far it got. A printer that fails stops the run with a message naming it.

Certificates use :func:`print_many` for batches; the print preview uses the same run for one
document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from milrep.errors import Cancelled, UserError
from ui import errors
from ui.i18n import translate
from ui.ops import Worker
from ui.printing import PrintSession, choose_printer, new_printer, print_worker

log = logging.getLogger("milrep.ui.printing")

Provider = Callable[[], bytes]
"""Gives a document's PDF bytes; runs on the worker handed to the run."""

STEPS = 1000  # progress units per document
_RUNNING: set[PrintRun] = set()  # a run outlives the window it was started from


@dataclass
class PrintOutcome:
    """How a run ended, for the message and for tests."""

    total: int
    printed: list[str] = field(default_factory=list)  # titles printed in full
    pages: int = 0  # pages sent to the printer
    cancelled: bool = False
    cut_short: str = ""  # the document Cancel stopped in the middle of
    not_prepared: list[tuple[str, str]] = field(default_factory=list)  # (title, reason)
    error: str = ""  # the printer failed: what to tell the person

    @property
    def complete(self) -> bool:
        return not (self.cancelled or self.error or self.not_prepared)


class PrintRun(QObject):
    """Prints ``documents`` on ``printer``; see the module docstring.

    The run has no Qt parent: closing the window it was started from cancels nothing by itself
    and deletes nothing under it; the job is always ended on the printer."""

    page_printed = Signal(int, int, int)
    """sig: a page was painted: (document, page, pages of the document), counted from 1."""
    finished = Signal()
    """sig: the run ended (printed, cancelled or failed); :attr:`outcome` says how."""

    def __init__(self, printer: QPrinter, documents: Iterable[tuple[str, Provider]], *,
                 parent: QWidget | None = None, source: Worker | None = None,
                 page_range: tuple[int, int] | None = None, show_progress: bool = True) -> None:
        super().__init__()
        self.printer = printer
        self.documents = list(documents)
        self.parent_widget = parent
        self.source = source or print_worker()
        self.page_range = page_range  # (first, last) from 1, for a single document
        self.session = PrintSession(printer)
        self.outcome = PrintOutcome(total=len(self.documents))
        self.running = False
        self._cancel = False
        self._doc = -1
        self._data = b""
        self._page = 0
        self._unexpected: BaseException | None = None
        self.progress: QProgressDialog | None = None
        if show_progress:
            self.progress = self._progress_dialog()

    # --- control -----------------------------------------------------------------------------

    def start(self) -> None:
        self.running = True
        _RUNNING.add(self)
        self._next_document()

    def cancel(self) -> None:
        """Stop after the page being printed now."""
        self._cancel = True

    # --- steps (UI thread) -------------------------------------------------------------------

    def _next_document(self) -> None:
        self._doc += 1
        if self._cancel or self._doc >= len(self.documents):
            self._end()
            return
        title, provider = self.documents[self._doc]
        self._show(translate("PrintRun", "Preparing “{title}”…").format(title=title))
        self.source.submit(provider, self._document_ready)

    def _document_ready(self, data: object, error: BaseException | None) -> None:
        title = self.documents[self._doc][0]
        if error is not None or not isinstance(data, (bytes, bytearray)) or not data:
            if isinstance(error, Cancelled):
                self._cancel = True
            else:
                self.outcome.not_prepared.append((title, _reason(error)))
            self._next_document()
            return
        if self._cancel:
            self._end()
            return
        self._data = bytes(data)
        self._page = max(0, (self.page_range or (1, 0))[0] - 1)
        self._print_page()

    def _print_page(self) -> None:
        data, index, session = self._data, self._page, self.session
        print_worker().submit(lambda: session.add_page(data, index), self._page_done)

    def _page_done(self, count: object, error: BaseException | None) -> None:
        title = self.documents[self._doc][0]
        if error is not None:
            if isinstance(error, UserError):
                self.outcome.error = str(error)
            else:
                self._unexpected = error
            self._end()
            return
        assert isinstance(count, int)
        last = min(count, self.page_range[1]) if self.page_range else count
        if self._page < count:
            self._page += 1
            self.outcome.pages += 1
            self._show(self._label(title, self._page, last), self._page / max(1, last))
            self.page_printed.emit(self._doc + 1, self._page, last)
        if self._page >= last:
            self.outcome.printed.append(title)
            self._next_document()
        elif self._cancel:
            self.outcome.cut_short = title
            self._end()
        else:
            self._print_page()

    def _end(self) -> None:
        self.outcome.cancelled = self._cancel
        print_worker().submit(self.session.finish, self._ended)

    def _ended(self, _r: object, error: BaseException | None) -> None:
        if error is not None and not self.outcome.error:
            if isinstance(error, UserError):
                self.outcome.error = str(error)
            else:
                self._unexpected = self._unexpected or error
        self.running = False
        if self.progress is not None and shiboken6.isValid(self.progress):
            self.progress.canceled.disconnect(self._cancel_pressed)  # closing emits it
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        if self.parent_widget is not None and not shiboken6.isValid(self.parent_widget):
            self.parent_widget = None
        self._tell()
        self.finished.emit()
        _RUNNING.discard(self)

    # --- feedback ----------------------------------------------------------------------------

    def _progress_dialog(self) -> QProgressDialog:
        d = QProgressDialog(self.parent_widget)
        d.setWindowTitle(translate("PrintRun", "Printing"))
        d.setCancelButtonText(translate("PrintRun", "Cancel"))
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setAutoClose(False)
        d.setAutoReset(False)
        d.setRange(0, max(1, len(self.documents)) * STEPS)
        d.setMinimumWidth(420)
        d.setMinimumDuration(400)
        d.canceled.connect(self._cancel_pressed)
        return d

    def _cancel_pressed(self) -> None:
        self.cancel()
        if self.progress is not None and shiboken6.isValid(self.progress) and self.running:
            self.progress.setLabelText(translate("PrintRun", "Stopping after this page…"))

    def _label(self, title: str, page: int, pages: int) -> str:
        where = translate("PrintRun", "Page {page} of {pages}").format(page=page, pages=pages)
        if len(self.documents) > 1:
            where = translate("PrintRun", "Document {n} of {total}, page {page} of {pages}"
                              ).format(n=self._doc + 1, total=len(self.documents), page=page,
                                       pages=pages)
        return translate("PrintRun", "Printing “{title}”").format(title=title) + "\n" + where

    def _show(self, label: str, fraction: float = 0.0) -> None:
        if self.progress is None or self._cancel or not shiboken6.isValid(self.progress):
            return
        self.progress.setLabelText(label)
        self.progress.setValue(int((self._doc + fraction) * STEPS))

    def _tell(self) -> None:
        """Say what did not go as asked; a complete run says nothing."""
        o, parent = self.outcome, self.parent_widget
        if self._unexpected is not None:
            errors.report(parent, self._unexpected)
            return
        parts: list[str] = []
        if o.error:
            parts.append(o.error)
        elif o.cancelled:
            parts.append(translate("PrintRun", "Printing was cancelled."))
        if (o.error or o.cancelled) and o.pages:
            parts.append(summary(o))
        if o.not_prepared:
            parts.append(translate("PrintRun", "Not printed:") + "\n" + "\n".join(
                f"• {title}: {reason}" for title, reason in o.not_prepared))
        if not parts:
            return
        text = "\n\n".join(parts)
        if o.error:
            errors.show_user_error(parent, text)
            return
        box = QMessageBox(QMessageBox.Icon.Information, translate("PrintRun", "Printing"), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box


def summary(o: PrintOutcome) -> str:
    """What reached the printer: the documents printed in full and where it stopped."""
    text = translate("PrintRun", "Pages sent to the printer: {pages}. Documents printed in "
                     "full: {printed} of {total}.").format(pages=o.pages, printed=len(o.printed),
                                                           total=o.total)
    if o.cut_short:
        text += " " + translate("PrintRun", "“{title}” was stopped part-way.").format(
            title=o.cut_short)
    return text


def _reason(error: BaseException | None) -> str:
    if isinstance(error, UserError):
        return str(error)
    if error is not None:
        log.error("a document could not be prepared for printing", exc_info=error)
    return translate("PrintRun", "the document could not be prepared (see the log)")


def print_many(documents: Iterable[tuple[str, Provider]], *, parent: QWidget | None,
               source: Worker | None = None, printer: QPrinter | None = None) -> PrintRun | None:
    """Print many documents as one job: Qt's print dialog (unless ``printer`` is given), then a
    progress dialog with Cancel. Providers run on ``source`` (pass the database worker when
    they read the database; by default the print worker). None when the person cancelled the
    print dialog or there was nothing to print."""
    docs = list(documents)
    if not docs:
        return None
    if printer is None:
        printer = new_printer()
        if not choose_printer(parent, printer):
            return None
    run = PrintRun(printer, docs, parent=parent, source=source)
    run.start()
    return run


__all__ = ["PrintOutcome", "PrintRun", "Provider", "print_many", "summary"]
