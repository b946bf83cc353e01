"""The Acceptance area (scenario 3): the day's queue on top, every presentation below (SQL-paged),
register a notice of presentation, withdraw it, open or continue its inspection."""

from __future__ import annotations

import uuid
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.models.acceptance import PresentationStatus
from milrep.services import presentations
from milrep.services.auth import Permission, can
from milrep.services.lists import PRESENTATIONS
from milrep.services.presentations import QueueEntry
from ui import errors
from ui.i18n import translate
from ui.icons import icon
from ui.models.acceptance import QueueModel, attempt_label
from ui.models.paged import ID_ROLE
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.widgets.badge import BADGE_COLORS, BadgeDelegate

# the same colour means the same thing on every screen: green accepted, red returned …
for _value, _colors in {"presented": ("#fff3e0", "#8d4b00"),
                        "in_inspection": ("#e3ecfa", "#0d47a1"),
                        "accepted": ("#e3f2e6", "#1b5e20"),
                        "partially_accepted": ("#e0f2f1", "#00574b"),
                        "returned": ("#fbe4e4", "#b71c1c"),
                        "withdrawn": ("#eceff1", "#455a64")}.items():
    BADGE_COLORS.setdefault(_value, _colors)

TABLES = frozenset({"presentations", "inspections", "measurements", "acceptance_records",
                    "return_notices", "lots", "control_list_items"})


class AcceptanceView(ListScreen):
    area = "acceptance"
    icon_name = "inbox"
    spec = PRESENTATIONS
    tables = TABLES
    widths = {"number": 120, "presented_on": 100, "item": 240, "lot": 120, "quantity": 80,
              "attempt": 110, "status": 150}
    stretch = "item"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        self.queue_model = QueueModel()
        super().__init__(ops, labels={
            "status": lambda v: presentations.status_label(PresentationStatus(v)),
            "attempt": lambda v: attempt_label(int(v))}, badges={"status"}, parent=parent)
        self.queue_model.setParent(self)
        self.queue_title = QLabel()
        self.queue_title.setObjectName("section")
        self.queue_empty = QLabel()
        self.queue_empty.setObjectName("muted")
        self.queue = QTableView()
        self.queue.setObjectName("list")
        self.queue.setModel(self.queue_model)
        self.queue.verticalHeader().hide()
        self.queue.setShowGrid(False)
        self.queue.setAlternatingRowColors(True)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.verticalHeader().setDefaultSectionSize(30)
        self.queue.setItemDelegateForColumn(6, BadgeDelegate(self.queue))
        for col, width in enumerate((120, 100, 240, 120, 80, 110, 150)):
            self.queue.setColumnWidth(col, width)
        self.queue.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.queue.doubleClicked.connect(lambda _i: self.inspect(self._queue_id()))
        self.queue.activated.connect(lambda _i: self.inspect(self._queue_id()))
        self.queue.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.all_title = QLabel()
        self.all_title.setObjectName("section")
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        box = QVBoxLayout()
        box.setSpacing(6)
        box.addWidget(self.queue_title)
        box.addWidget(self.queue_empty)
        box.addWidget(self.queue)
        box.addSpacing(6)
        box.addWidget(self.all_title)
        lay.insertLayout(2, box)
        self.retranslate_acceptance()
        self.refresh_queue()

    # --- texts -------------------------------------------------------------------------------

    @classmethod
    def title(cls) -> str:
        return translate("AcceptanceView", "Acceptance")

    def retranslate(self) -> None:
        super().retranslate()
        self.retranslate_acceptance()

    def retranslate_acceptance(self) -> None:
        if not hasattr(self, "queue_title"):
            return
        self.queue_title.setText(translate("AcceptanceView", "Today's queue: presentations "
                                           "awaiting or in inspection"))
        self.queue_empty.setText(translate("AcceptanceView", "Nothing awaits inspection. A notice "
                                           "of presentation from the plant's quality department "
                                           "(OTK) is registered with “Register presentation”."))
        self.all_title.setText(translate("AcceptanceView", "All presentations"))
        self.queue_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def _retranslate_list(self) -> None:
        super()._retranslate_list()
        self.new_button.setText(translate("AcceptanceView", "Register presentation"))
        self.new_button.setToolTip(translate("AcceptanceView", "Register a notice of presentation "
                                             "(Ctrl+N)"))
        if hasattr(self, "inspect_button"):
            self.inspect_button.setToolTip(translate("AcceptanceView", "Open the inspection of the "
                                                     "selected presentation, or continue it"))
            self.withdraw_button.setText(translate("AcceptanceView", "Withdraw"))
            self.withdraw_button.setToolTip(translate("AcceptanceView", "The plant withdraws its "
                                                      "notice before the inspection starts"))
        self.update_actions()

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("AcceptanceView", "No presentation matches"),
                    translate("AcceptanceView", "Search by notice number or OTK reference."), "")
        return (translate("AcceptanceView", "No presentations yet"),
                translate("AcceptanceView", "When the plant's quality department presents a lot, "
                          "register its notice here; it then waits in today's queue."),
                translate("AcceptanceView", "Register presentation"))

    # --- actions -----------------------------------------------------------------------------

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.inspect_button = QPushButton(icon("play"), "")
        self.inspect_button.clicked.connect(lambda: self.inspect(self.selected_id()))
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw)
        bar.addWidget(self.withdraw_button)
        bar.addWidget(self.inspect_button)

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.INSPECT)

    def update_actions(self) -> None:
        super().update_actions()
        if not hasattr(self, "queue"):
            return
        self.edit_button.hide()  # "Inspect" is the way in
        status = self.selected_status()
        may = self.can_edit()
        self.withdraw_button.setEnabled(may and status == PresentationStatus.PRESENTED.value)
        self.inspect_button.setEnabled(status is not None)
        if (status is None or status == PresentationStatus.PRESENTED.value) and may:
            text = translate("AcceptanceView", "Open inspection…")
        elif status == PresentationStatus.IN_INSPECTION.value and may:
            text = translate("AcceptanceView", "Continue inspection")
        else:
            text = translate("AcceptanceView", "View inspection")
        self.inspect_button.setText(text)

    def _queue_id(self) -> uuid.UUID | None:
        idx = self.queue.currentIndex()
        if not idx.isValid() or not self.queue.selectionModel().isRowSelected(idx.row()):
            return None
        value = idx.data(ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def selected_id(self) -> uuid.UUID | None:
        """The presentation selected in the queue, else in the list of all."""
        if self.queue.hasFocus() or self.current_id() is None:
            return self._queue_id() or self.current_id()
        return self.current_id()

    def selected_status(self) -> str | None:
        pid = self.selected_id()
        if pid is None:
            return None
        for e in self.queue_model.entries:
            if e.presentation_id == pid:
                return e.status.value
        if pid == self.current_id():
            value = self.current_value("status")
            return str(value) if value is not None else None
        return None

    def open_record(self, record_id: uuid.UUID) -> None:
        self.inspect(record_id)

    def new_record(self) -> None:
        if not self.can_edit():
            return
        from ui.views.presentation_dialog import RegisterPresentationDialog  # noqa: PLC0415

        RegisterPresentationDialog(self.ops, self).open()

    def inspect(self, presentation_id: uuid.UUID | None) -> None:
        """Open the inspection of a presentation (asking how to open it first), or show it."""
        if presentation_id is None:
            return
        from ui.views.inspection_window import open_or_show  # noqa: PLC0415

        open_or_show(self.ops, presentation_id, self)

    def show_record(self, presentation_id: uuid.UUID) -> None:
        self.show_presentation(presentation_id)

    def show_presentation(self, presentation_id: uuid.UUID) -> None:
        """Select it in the queue (from the dashboard) and open its inspection."""
        for row, e in enumerate(self.queue_model.entries):
            if e.presentation_id == presentation_id:
                self.queue.selectRow(row)
        self.inspect(presentation_id)

    def withdraw(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        reason, ok = QInputDialog.getText(
            self, translate("AcceptanceView", "Withdraw presentation"),
            translate("AcceptanceView", "Reason given by the plant (optional):"))
        if not ok:
            return
        self.withdraw_presentation(pid, reason)

    def withdraw_presentation(self, presentation_id: uuid.UUID, reason: str = "") -> None:
        self.ops.mutate(lambda uow, actor: presentations.withdraw_presentation(
            uow, actor, presentation_id=presentation_id, reason=reason), parent=self)

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.refresh_queue()

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches(*self.tables):
            self.refresh_queue()

    def refresh_queue(self) -> None:
        self.ops.query(presentations.presentations_awaiting, parent=self,
                       success=self._queue_arrived, failure=self._queue_failed)

    def _queue_failed(self, error: BaseException) -> bool:
        errors.report(self, error)
        return True

    def _queue_arrived(self, entries: tuple[QueueEntry, ...]) -> None:
        selected = self._queue_id()
        self.queue_model.set_entries(entries)
        self.queue.setVisible(bool(entries))
        header = self.queue.horizontalHeader().sizeHint().height()
        self.queue.setFixedHeight(header + 30 * min(max(len(entries), 1), 5) + 4)
        self.queue_empty.setVisible(not entries)
        for row, e in enumerate(entries):
            if e.presentation_id == selected:
                self.queue.selectRow(row)
        self.update_actions()
