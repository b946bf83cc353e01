"""The dashboard's quality block: suspensions in force, periodic tests due, open
nonconformities, overdue decisions — counts, and the records behind them (double-click opens)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.services.dashboard import AttentionEntry, AttentionKind, QualitySummary, quality_summary
from ui import errors
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops

TABLES = ("suspensions", "resumptions", "product_tests", "item_requirements", "nonconformities",
          "quality_decisions", "acceptance_records")
AREA_OF = {AttentionKind.SUSPENSION: "suspensions", AttentionKind.TEST_DUE: "tests",
           AttentionKind.DECISION_OVERDUE: "quality"}
RED = QColor("#b3261e")


class _Card(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 10, 18, 10)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)


class QualityBlock(QWidget):
    open_record = Signal(str, object)
    """sig: the person opened an entry: (area, record id) — a suspension, an item whose
    periodic test is due, or a decision."""

    def __init__(self, ops: Ops, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.fixed_today = ops, today
        self.data: QualitySummary | None = None
        self.title = QLabel()
        self.title.setObjectName("section")
        self.cards = [_Card() for _ in range(4)]
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, 0, i)
        self.entries = QListWidget()
        self.entries.setMaximumHeight(120)
        self.entries.itemActivated.connect(self._activated)
        self.entries.itemDoubleClicked.connect(self._activated)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(grid)
        lay.addWidget(self.entries)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(translate("QualityBlock", "Suspensions and quality"))
        captions = (translate("QualityBlock", "Suspensions in force"),
                    translate("QualityBlock", "Periodic tests due"),
                    translate("QualityBlock", "Open nonconformities"),
                    translate("QualityBlock", "Overdue quality decisions"))
        for card, caption in zip(self.cards, captions, strict=True):
            card.caption.setText(caption)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        today = self.fixed_today or dt.date.today()
        self.ops.background(lambda s: quality_summary(s, today), self._arrived)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*TABLES):
            self.refresh()

    def _arrived(self, data: QualitySummary | None, error: BaseException | None) -> None:
        if error is not None:
            errors.report(self, error)
            return
        self.data = data
        self._show()

    def _show(self) -> None:
        d = self.data
        if d is None:
            return
        values = (d.active_suspensions, d.tests_due, d.open_nonconformities, d.overdue_decisions)
        for card, value in zip(self.cards, values, strict=True):
            card.value.setText(fmt.number(value))
        self.cards[1].caption.setText(
            translate("QualityBlock", "Periodic tests due ({n} overdue)").format(
                n=fmt.number(d.tests_overdue)) if d.tests_overdue
            else translate("QualityBlock", "Periodic tests due"))
        self.entries.clear()
        for e in d.entries:
            item = QListWidgetItem(entry_text(e))
            item.setData(Qt.ItemDataRole.UserRole, (AREA_OF[e.kind], e.record_id))
            if e.overdue:
                item.setForeground(RED)
            self.entries.addItem(item)
        self.entries.setVisible(bool(d.entries))
        rows = min(len(d.entries), 6)
        self.entries.setFixedHeight(rows * self.entries.sizeHintForRow(0) + 6 if rows else 0)

    def _activated(self, item: QListWidgetItem) -> None:
        area, record_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(record_id, uuid.UUID):
            self.open_record.emit(area, record_id)


def entry_text(e: AttentionEntry) -> str:
    if e.kind == AttentionKind.SUSPENSION:
        return translate("QualityBlock", "Suspension {number} in force since {date}: {what}"
                         ).format(number=e.title, date=fmt.date(e.since), what=e.detail)
    if e.kind == AttentionKind.TEST_DUE:
        if e.since is None:
            return translate("QualityBlock", "Periodic test of {item} ({contract}) is due"
                             ).format(item=e.title, contract=e.detail)
        text = (translate("QualityBlock", "Periodic test of {item} ({contract}) overdue since "
                          "{date}") if e.overdue else
                translate("QualityBlock", "Periodic test of {item} ({contract}) due on {date}"))
        return text.format(item=e.title, contract=e.detail, date=fmt.date(e.since))
    return translate("QualityBlock", "Decision \"{title}\" ({owner}) overdue since {date}"
                     ).format(title=e.title, owner=e.detail, date=fmt.date(e.since))
