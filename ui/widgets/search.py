"""A search field that waits for a pause in typing before it asks the database."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.icons import icon

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    search_changed = Signal(str)
    """sig: the text after the user paused typing (or pressed Enter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(260)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._emit)
        self._last = ""

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)

    def clear_search(self) -> None:
        self.clear()
        self._emit()
