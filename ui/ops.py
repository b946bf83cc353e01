"""Every data action of the UI is one operation on the single database worker.

The pattern follows Anki's ``CollectionOp``/``QueryOp``: the widget hands a plain function to
:class:`Ops`; it runs on the worker thread with its own unit of work; after ~300 ms the cursor
turns busy and after ~600 ms a progress dialog appears (with Cancel when the function takes a
:class:`Progress`); the result comes back on the UI thread; an error goes to the one handler in
:mod:`ui.errors`; and a mutation's :class:`Changes` is broadcast through
:attr:`Ops.changes_applied`, which every view refreshes from. Widgets never open sessions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from milrep.db.store import Changes, Database, UnitOfWork
from milrep.errors import Cancelled
from milrep.services.auth import Actor
from milrep.services.dashboard import OfficeInfo
from ui import errors
from ui.i18n import translate

T = TypeVar("T")
BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600

Done = Callable[[Any, BaseException | None], None]


class Progress:
    """Thread-safe progress and cancel flag, passed to long functions on the worker.

    The worker calls :meth:`update` and :meth:`check`; the UI polls :attr:`value` and friends.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.value = 0
        self.maximum = 0  # 0: unknown (busy indicator)
        self.label = ""

    def update(self, value: int, maximum: int | None = None, label: str | None = None) -> None:
        self.value = value
        if maximum is not None:
            self.maximum = maximum
        if label is not None:
            self.label = label
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Worker(QObject):
    """The one database thread. Results are delivered on the UI thread, in submission order.

    Only a job number crosses the queued signal; the outcome waits in a locked dict. (Python
    objects passed through a queued ``Signal(object)`` upset reference counts in PySide6 6.12 and
    crash the interpreter at exit.)
    """

    _ready = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="milrep-db")
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[Done, Any, BaseException | None]] = {}
        self._next = 0
        self.pending = 0

    def submit(self, fn: Callable[[], Any], done: Done) -> Future[None]:
        self.pending += 1
        self._next += 1
        number = self._next

        def job() -> None:
            try:
                result, error = fn(), None
            except BaseException as e:  # delivered to the one error handler
                result, error = None, e
            with self._lock:
                self._outcomes[number] = (done, result, error)
            self._ready.emit(number)

        return self._executor.submit(job)

    def _deliver(self, number: int) -> None:
        with self._lock:
            done, result, error = self._outcomes.pop(number)
        self.pending -= 1
        done(result, error)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def run_foreground(worker: Worker, fn: Callable[[], T], *, parent: QWidget | None,
                   success: Callable[[T], None] | None = None,
                   failure: Callable[[BaseException], bool] | None = None,
                   progress: Progress | None = None, title: str = "") -> None:
    """Run ``fn`` on the worker with the delayed busy cursor and progress dialog.

    ``failure`` may handle an error itself (e.g. a ValidationError shown next to its field) by
    returning True; anything it does not handle goes to :func:`ui.errors.report`.
    """
    feedback = _Feedback(parent, progress, title)

    def done(result: Any, error: BaseException | None) -> None:
        feedback.finish()
        if error is None:
            if success is not None:
                success(result)
            return
        if failure is not None and not isinstance(error, Cancelled) and failure(error):
            return
        errors.report(parent, error)

    worker.submit(fn, done)


class _Feedback:
    """Busy cursor after 300 ms, progress dialog after 600 ms, both gone when the op ends."""

    def __init__(self, parent: QWidget | None, progress: Progress | None, title: str) -> None:
        self.parent, self.progress, self.title = parent, progress, title
        self.cursor = False
        self.dialog: QProgressDialog | None = None
        self._cursor_timer = self._timer(BUSY_CURSOR_MS, self._show_cursor)
        self._dialog_timer = self._timer(PROGRESS_DIALOG_MS, self._show_dialog)
        self._poll = QTimer()
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._update)
        self.finished = False

    @staticmethod
    def _timer(ms: int, slot: Callable[[], None]) -> QTimer:
        t = QTimer()
        t.setSingleShot(True)
        t.timeout.connect(slot)
        t.start(ms)
        return t

    def _show_cursor(self) -> None:
        if not self.finished:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.cursor = True

    def _show_dialog(self) -> None:
        if self.finished:
            return
        d = QProgressDialog(self.parent)
        d.setWindowTitle(self.title or translate("Ops", "Working"))
        d.setLabelText(self.title or translate("Ops", "Please wait…"))
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setMinimumDuration(0)
        d.setRange(0, 0)
        d.setAutoClose(False)
        d.setAutoReset(False)
        if self.progress is not None:
            d.setCancelButtonText(translate("Ops", "Cancel"))
            d.canceled.connect(self.progress.cancel)
        else:
            d.setCancelButton(None)  # type: ignore[arg-type]
        d.show()
        self.dialog = d
        self._poll.start()

    def _update(self) -> None:
        if self.dialog is None or self.progress is None:
            return
        p = self.progress
        if p.maximum:
            self.dialog.setRange(0, p.maximum)
            self.dialog.setValue(min(p.value, p.maximum))
        if p.label:
            self.dialog.setLabelText(p.label)

    def finish(self) -> None:
        self.finished = True
        self._cursor_timer.stop()
        self._dialog_timer.stop()
        self._poll.stop()
        if self.cursor:
            QApplication.restoreOverrideCursor()
            self.cursor = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


@dataclass(frozen=True)
class Workspace:
    """The unlocked database and who is signed in. The Database is used only on the worker."""

    db: Database
    actor: Actor
    office: OfficeInfo


class Ops(QObject):
    """The operations of one signed-in session."""

    changes_applied = Signal(object)
    """sig: a mutation committed; the argument is its ``Changes``. Views refresh from it."""

    def __init__(self, worker: Worker, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.workspace = workspace

    @property
    def actor(self) -> Actor:
        return self.workspace.actor

    def mutate(self, fn: Callable[[UnitOfWork, Actor], Changes], *, parent: QWidget | None,
               success: Callable[[Changes], None] | None = None,
               failure: Callable[[BaseException], bool] | None = None, title: str = "") -> None:
        """Run a mutating service; on success broadcast its Changes, then call ``success``."""
        db, actor = self.workspace.db, self.workspace.actor

        def job() -> Changes:
            with db.unit_of_work() as uow:
                return fn(uow, actor)

        def ok(changes: Changes) -> None:
            self.changes_applied.emit(changes)
            if success is not None:
                success(changes)

        run_foreground(self.worker, job, parent=parent, success=ok, failure=failure, title=title)

    def query(self, fn: Callable[[UnitOfWork, Actor], T], *, parent: QWidget | None,
              success: Callable[[T], None], failure: Callable[[BaseException], bool] | None = None,
              title: str = "") -> None:
        """Run a reading service (one that checks the actor's right to read)."""
        db, actor = self.workspace.db, self.workspace.actor

        def job() -> T:
            with db.unit_of_work() as uow:
                return fn(uow, actor)

        run_foreground(self.worker, job, parent=parent, success=success, failure=failure,
                       title=title)

    def task(self, fn: Callable[[Database, Progress], T], *, parent: QWidget | None,
             success: Callable[[T], None], title: str) -> None:
        """A long job with a progress dialog and Cancel (e.g. verifying the audit journal)."""
        db, progress = self.workspace.db, Progress()
        run_foreground(self.worker, lambda: fn(db, progress), parent=parent, success=success,
                       progress=progress, title=title)

    def background(self, fn: Callable[[Session], T], done: Callable[[T | None,
                   BaseException | None], None]) -> None:
        """A quiet read for views (list pages, counts): no cursor, no dialog; ``done`` gets
        ``(result, error)`` and decides what to show."""
        db = self.workspace.db

        def job() -> T:
            with db.read() as s:
                return fn(s)

        self.worker.submit(job, done)
