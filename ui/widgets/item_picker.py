"""Choose a control-list item by typing part of its name or code (SQL-paged, any list size)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from milrep.services.lists import CONTROL_LIST, ListQuery, count_rows, fetch_page
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.search import SearchBox

MATCHES = 50


class ItemPicker(QWidget):
    changed = Signal()
    """sig: another item (or none) was chosen."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, any_text: str = "") -> None:
        super().__init__(parent)
        self.ops = ops
        self.any_text = any_text
        self.search = SearchBox()
        self.search.setMinimumWidth(150)
        self.search.setPlaceholderText(translate("ItemPicker", "Find an item…"))
        self.search.search_changed.connect(self.find)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(300)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.combo, 1)
        self.find("")

    def value(self) -> uuid.UUID | None:
        data = self.combo.currentData()
        return uuid.UUID(data) if data else None

    def choose(self, item_id: uuid.UUID) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(str(item_id))))

    def find(self, text: str) -> None:
        q = ListQuery(text=text, sort="name")

        def job(session: Any) -> list[tuple[Any, ...]]:
            total = count_rows(session, CONTROL_LIST, q)
            return fetch_page(session, CONTROL_LIST, q, offset=0, limit=MATCHES, total=total)

        def done(rows: list[tuple[Any, ...]] | None, _error: BaseException | None) -> None:
            keep = self.combo.currentData()
            self.combo.blockSignals(True)
            self.combo.clear()
            self.combo.addItem(self.any_text or translate("ItemPicker", "Choose…"), None)
            for row in rows or []:
                # name, code — contract
                self.combo.addItem(f"{row[1]} ({row[2]}) — {row[8]}"[:100], str(row[0]))
            index = self.combo.findData(keep)
            if index < 0 and text and rows:
                index = 1
            self.combo.setCurrentIndex(max(0, index))
            self.combo.blockSignals(False)
            self.changed.emit()

        self.ops.background(job, done)
