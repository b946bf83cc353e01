"""The office's other duties of Article 27.3 in one area: draft contract reviews (27.3.1),
technical documents and national standards (27.3.4, 27.3.6), state-secret protection measures
(27.3.7) and cost verification (27.3.8), one tab each."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from milrep.db.store import Changes
from ui.i18n import translate
from ui.ops import Ops
from ui.views.base import Screen, heading
from ui.views.duty_costs import CostVerificationsPanel
from ui.views.duty_documents import TechDocumentsPanel
from ui.views.duty_reviews import ContractReviewsPanel
from ui.views.duty_secrecy import SecrecyPanel
from ui.views.list_screen import ListScreen


class OfficeDutiesView(Screen):
    area = "office_duties"
    icon_name = "folder"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.heading = heading()
        self.reviews = ContractReviewsPanel(ops)
        self.documents = TechDocumentsPanel(ops)
        self.secrecy = SecrecyPanel(ops)
        self.costs = CostVerificationsPanel(ops)
        self.panels: list[ListScreen] = [self.reviews, self.documents, self.secrecy, self.costs]
        self.tabs = QTabWidget()
        for panel in self.panels:
            panel.heading.hide()  # the tab names it
            panel.layout().setContentsMargins(0, 8, 0, 0)
            self.tabs.addTab(panel, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addWidget(self.heading)
        lay.addWidget(self.tabs, 1)
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        return translate("OfficeDutiesView", "Office duties")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for i, panel in enumerate(self.panels):
            self.tabs.setTabText(i, panel.title())

    def current(self) -> ListScreen:
        return self.panels[self.tabs.currentIndex()]

    def on_changes(self, changes: Changes) -> None:
        for panel in self.panels:
            panel.on_changes(changes)

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()

    def focus_search(self) -> None:
        self.current().focus_search()

    def new_record(self) -> None:
        self.current().new_record()

    def take_focus(self) -> None:
        self.current().take_focus()

    def save_state(self, settings: QSettings) -> None:
        for panel in self.panels:
            panel.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        for panel in self.panels:
            panel.restore_state(settings)
