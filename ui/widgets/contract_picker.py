"""Choose a contract by typing part of its number or subject (a million contracts is fine)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from milrep.services.lists import CONTRACTS, ListQuery, count_rows, fetch_page
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.search import SearchBox

MATCHES = 50


class ContractPicker(QWidget):
    changed = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.search = SearchBox()
        self.search.setMinimumWidth(160)
        self.search.setPlaceholderText(translate("ContractPicker", "Find a contract…"))
        self.search.search_changed.connect(self._find)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(320)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.combo, 1)
        self._find("")

    def value(self) -> uuid.UUID | None:
        data = self.combo.currentData()
        return uuid.UUID(data) if data else None

    def _find(self, text: str) -> None:
        q = ListQuery(text=text, sort="number")

        def job(session: Any) -> list[tuple[Any, ...]]:
            total = count_rows(session, CONTRACTS, q)
            return fetch_page(session, CONTRACTS, q, offset=0, limit=MATCHES, total=total)

        def done(rows: list[tuple[Any, ...]] | None, error: BaseException | None) -> None:
            self.combo.clear()
            self.combo.addItem(translate("ContractPicker", "Choose…"), None)
            for row in rows or []:
                self.combo.addItem(f"{row[1]} — {row[4]}"[:90], str(row[0]))
            if rows and len(rows) == 1 or (rows and text):
                self.combo.setCurrentIndex(1)

        self.ops.background(job, done)
