"""Python's cycle collector, run on the UI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is
reached. On the database worker it may finalise a Qt widget whose last reference was in a
cycle; PySide's disconnect then waits for the GIL while holding Qt's connection lock, which the
UI thread, holding the GIL, is waiting for: the application freezes for good (seen in the UI
tests). So automatic collection is switched off and :class:`UiThreadCollector` collects from a
timer on the UI thread, generation by generation with Python's own thresholds, as the collector
itself would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class UiThreadCollector(QObject):
    """Disables automatic collection while it lives; collects on its timer (UI thread)."""

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.was_enabled = gc.isenabled()
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        gc.disable()  # again: a library may have switched automatic collection back on
        count0, count1, count2 = gc.get_count()
        freed = 0
        if count0 > self.threshold[0]:
            freed += gc.collect(0)
            if count1 > self.threshold[1]:
                freed += gc.collect(1)
                if count2 > self.threshold[2]:
                    freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        """Back to automatic collection (as it was before)."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
