"""The quality area: nonconformities (open first) in one tab; decisions on quality and
reliability and storage checks of accepted lots in the other."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from milrep.db.store import Changes
from ui.i18n import translate
from ui.ops import Ops
from ui.views.base import Screen, heading
from ui.views.decisions import DecisionsPanel
from ui.views.nonconformities import NonconformitiesView


class QualityView(Screen):
    area = "quality"
    icon_name = "shield"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.heading = heading()
        self.nonconformities = NonconformitiesView(ops)
        self.nonconformities.heading.hide()  # the tab names it
        self.nonconformities.layout().setContentsMargins(0, 8, 0, 0)
        self.decisions = DecisionsPanel(ops)
        self.decisions.layout().setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.nonconformities, "")
        self.tabs.addTab(self.decisions, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addWidget(self.heading)
        lay.addWidget(self.tabs, 1)
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        return translate("QualityView", "Quality")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.tabs.setTabText(0, translate("QualityView", "Nonconformities"))
        self.tabs.setTabText(1, translate("QualityView", "Decisions and storage checks"))

    def on_changes(self, changes: Changes) -> None:
        self.nonconformities.on_changes(changes)
        self.decisions.on_changes(changes)

    def refresh(self) -> None:
        self.nonconformities.refresh()
        self.decisions.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.nonconformities.focus_search()

    def new_record(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.nonconformities.new_record()
        elif self.decisions.new_button.isEnabled():
            self.decisions.new_decision()

    def show_record(self, decision_id: object) -> None:
        """From the dashboard's overdue decisions: the decision, selected."""
        self.tabs.setCurrentIndex(1)
        for row, d in enumerate(self.decisions.model.rows):
            if d.id == decision_id:
                self.decisions.table.selectRow(row)

    def take_focus(self) -> None:
        self.tabs.currentWidget().setFocus()

    def save_state(self, settings: QSettings) -> None:
        self.nonconformities.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.nonconformities.restore_state(settings)
