"""Progress and cancel for a long export or import (the sync centre shows a bar and Cancel).

Both ``export_bundle`` and ``import_bundle`` take:

- ``progress(done, total)``: called from the working thread; ``total`` 0 means "not known yet"
  (a busy indicator); ``done == total > 0`` at the end.
- ``cancelled()``: polled at safe points; once it returns True the operation stops before its
  commit and raises :class:`milrep.sync.errors.SyncCancelled` (nothing changed). After the
  commit it is no longer polled (the export finishes writing and checking its file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from milrep.errors import Cancelled
from milrep.i18n import translate
from milrep.sync.errors import SyncCancelled

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

#: the export's steps: collected, packed and signed, encrypted, committed, checked on the medium
EXPORT_STEPS = 5
#: an import reports every this many changes applied
IMPORT_EVERY = 500


@dataclass(frozen=True)
class Steps:
    progress: ProgressFn | None = None
    cancelled: CancelledFn | None = None
    export: bool = True

    def report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise SyncCancelled(translate(
                "milrep", "Export cancelled: no bundle was written and its number was not used."
            ) if self.export else translate(
                "milrep", "Import cancelled: nothing of the bundle was applied."))

    def late(self, done: int, total: int) -> None:
        """Report after the commit: a progress callback that raises ``Cancelled`` (as the UI's
        ``Progress.update`` does once Cancel was pressed) can no longer stop anything, so it is
        not allowed to turn a finished export or import into an error."""
        try:
            self.report(done, total)
        except Cancelled:
            pass

    def step(self, done: int, total: int) -> None:
        """Report, then stop here if cancelled."""
        self.report(done, total)
        self.check()
