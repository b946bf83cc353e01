"""The dashboard: what is in force, what is under control, and what falls due within 30 days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHeaderView, QLabel,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.services.dashboard import DEADLINE_HORIZON_DAYS, DashboardSummary, summary
from milrep.services.dashboard import CalibrationSummary, calibration_summary
from milrep.services.instruments import DUE_SOON_DAYS
from ui import errors
from ui import format as fmt
from ui.i18n import translate
from ui.models.deadlines import DeadlinesModel
from ui.ops import Ops
from ui.views.acceptance_dashboard import AcceptanceBlock
from ui.views.base import Screen, heading
from ui.views.quality_dashboard import QualityBlock
from ui.widgets.empty import EmptyState


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        lay.addWidget(self.note)


class DashboardView(Screen):
    area = "dashboard"
    icon_name = "dashboard"

    def __init__(self, ops: Ops, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(ops, parent)
        self.fixed_today = today
        self.data: DashboardSummary | None = None
        self.heading = heading()
        self.subheading = QLabel()
        self.subheading.setObjectName("muted")
        self.cards = [Card() for _ in range(4)]
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, 0, i)
        self.calibration_card = Card()  # measuring instruments due for calibration
        grid.addWidget(self.calibration_card, 0, len(self.cards))
        self.quality = QualityBlock(ops, today)
        self.open_record = self.quality.open_record
        self.acceptance_block = AcceptanceBlock(ops)
        self.deadlines_title = QLabel()
        self.deadlines_title.setObjectName("section")
        self.model = DeadlinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("list")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(30)
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        for col, width in enumerate((110, 90, 160)):
            self.table.setColumnWidth(col, width)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty = EmptyState("calendar")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addWidget(self.heading)
        lay.addWidget(self.subheading)
        lay.addLayout(grid)
        lay.addSpacing(8)
        lay.addWidget(self.acceptance_block)
        lay.addSpacing(8)
        lay.addWidget(self.quality)
        lay.addSpacing(8)
        lay.addWidget(self.deadlines_title)
        lay.addWidget(self.stack, 1)
        self.retranslate()
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return translate("DashboardView", "Dashboard")

    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    def retranslate(self) -> None:
        office = self.ops.workspace.office
        self.heading.setText(self.title())
        self.subheading.setText(translate("DashboardView", "Office {code} · {name} · {plant}")
                                .format(code=office.code, name=office.name,
                                        plant=office.plant_name))
        captions = (translate("DashboardView", "Contracts in force"),
                    translate("DashboardView", "Control-list items"),
                    translate("DashboardView", "Lots registered"),
                    translate("DashboardView", "Deadlines in the next {n} days")
                    .format(n=DEADLINE_HORIZON_DAYS))
        for card, caption in zip(self.cards, captions, strict=True):
            card.caption.setText(caption)
        self.calibration_card.caption.setText(translate(
            "DashboardView", "Instruments due for calibration in {n} days").format(
            n=DUE_SOON_DAYS))
        self.deadlines_title.setText(translate("DashboardView", "Upcoming stage and delivery "
                                               "deadlines"))
        self.empty.set_texts(translate("DashboardView", "Nothing falls due in the next {n} days")
                             .format(n=DEADLINE_HORIZON_DAYS),
                             translate("DashboardView", "Stage deadlines of contracts and delivery "
                                       "deadlines of control-list items appear here."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show()

    def refresh(self) -> None:
        today = self.today()
        self.ops.background(lambda s: summary(s, today), self._arrived)
        self.ops.background(lambda s: calibration_summary(s, today), self._calibration_arrived)
        self.acceptance_block.refresh()
        self.quality.refresh()

    def _calibration_arrived(self, data: CalibrationSummary | None,
                             error: BaseException | None) -> None:
        if error is not None or data is None:
            if error is not None:
                errors.report(self, error)
            return
        card = self.calibration_card
        card.value.setText(fmt.number(data.due))
        card.note.setText(translate("DashboardView", "Overdue: {n}").format(
            n=fmt.number(data.overdue)) if data.overdue else "")
        card.note.setStyleSheet("color: #b71c1c; font-weight: 600;" if data.overdue else "")

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("measuring_instruments"):
            today = self.today()
            self.ops.background(lambda s: calibration_summary(s, today),
                                self._calibration_arrived)
        self.acceptance_block.on_changes(changes)
        self.quality.on_changes(changes)
        if changes.touches("contracts", "contract_stages", "control_list_items", "lots"):
            self.refresh()

    def _arrived(self, data: DashboardSummary | None, error: BaseException | None) -> None:
        if error is not None:
            errors.report(self, error)
            return
        self.data = data
        self._show()

    def _show(self) -> None:
        d = self.data
        if d is None:
            return
        values = (d.contracts_in_force, d.control_list_items, d.lots, len(d.deadlines))
        for card, value in zip(self.cards, values, strict=True):
            card.value.setText(fmt.number(value))
        self.cards[0].note.setText(translate("DashboardView", "Drafts: {n}").format(
            n=fmt.number(d.draft_contracts)) if d.draft_contracts else "")
        self.model.set_rows(d.deadlines, d.today)
        self.stack.setCurrentWidget(self.table if d.deadlines else self.empty)
