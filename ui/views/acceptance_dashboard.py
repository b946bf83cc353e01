"""The dashboard's acceptance block: how many presentations await inspection, and the oldest of
them; opening one shows it in the Acceptance area."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from milrep.db.store import Changes
from milrep.models.acceptance import PresentationStatus
from milrep.services import presentation_choices, presentations
from milrep.services.presentation_choices import AwaitingEntry
from ui import errors
from ui import format as fmt
from ui.i18n import translate
from ui.models.acceptance import attempt_label
from ui.ops import Ops

SHOWN = 8


class AcceptanceBlock(QWidget):
    open_presentation = Signal(object)
    """sig: an entry of the queue was opened; the argument is the presentation id (uuid.UUID)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.count = 0
        self.entries: tuple[AwaitingEntry, ...] = ()
        self.title = QLabel()
        self.title.setObjectName("section")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.list = QListWidget()
        self.list.itemActivated.connect(self._opened)
        self.list.itemDoubleClicked.connect(self._opened)
        head = QHBoxLayout()
        head.addWidget(self.value)
        head.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.title)
        lay.addLayout(head)
        lay.addWidget(self.list)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("AcceptanceBlock", "Presentations awaiting inspection"))
        self.caption.setText(translate("AcceptanceBlock", "in today's queue — open one to inspect "
                                       "it (Enter or double-click)") if self.count else
                             translate("AcceptanceBlock", "nothing awaits inspection"))
        self._fill()

    def refresh(self) -> None:
        def job(session: object) -> tuple[int, tuple[AwaitingEntry, ...]]:
            return (presentation_choices.awaiting_count(session),  # type: ignore[arg-type]
                    presentation_choices.awaiting(session, SHOWN))  # type: ignore[arg-type]

        self.ops.background(job, self._arrived)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("presentations", "inspections"):
            self.refresh()

    def _arrived(self, result: tuple[int, tuple[AwaitingEntry, ...]] | None,
                 error: BaseException | None) -> None:
        if error is not None:
            errors.report(self, error)
            return
        if result is None:
            return
        self.count, self.entries = result
        self.value.setText(fmt.number(self.count))
        self.retranslate()

    def _fill(self) -> None:
        self.list.clear()
        for e in self.entries:
            text = translate("AcceptanceBlock", "Notice {number} · {item}, lot {lot} · {attempt} · "
                             "{status}").format(number=e.number, item=e.item_name,
                                                lot=e.lot_number, attempt=attempt_label(e.attempt),
                                                status=presentations.status_label(
                                                    PresentationStatus(e.status)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(e.presentation_id))
            self.list.addItem(item)
        self.list.setVisible(bool(self.entries))
        self.list.setFixedHeight(min(len(self.entries), 4) * 26 + 6)

    def _opened(self, item: QListWidgetItem) -> None:
        self.open_presentation.emit(uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole))))


__all__ = ["AcceptanceBlock"]
