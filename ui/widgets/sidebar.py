"""The navigation sidebar: one entry per area, in the order of the Ctrl+1… shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.icons import icon


class Sidebar(QWidget):
    area_selected = Signal(str)
    """sig: the user picked an area (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(220)
        self.brand = QLabel("milrep")
        self.brand.setObjectName("brand")
        self.office = QLabel()
        self.office.setObjectName("brandSub")
        self.office.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("nav")
        self.list.setIconSize(QSize(20, 20))
        self.list.currentItemChanged.connect(self._changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 16, 0, 12)
        lay.setSpacing(4)
        lay.addWidget(self.brand)
        lay.addWidget(self.office)
        lay.addSpacing(12)
        lay.addWidget(self.list, 1)
        self._areas: list[str] = []

    def add_area(self, area: str, icon_name: str, text: str) -> None:
        item = QListWidgetItem(icon(icon_name, "#cfd8dc"), text)
        item.setSizeHint(QSize(200, 34))  # 19 areas fit a 1360 × 820 window without scrolling
        self.list.addItem(item)
        self._areas.append(area)

    def set_text(self, area: str, text: str, tooltip: str) -> None:
        item = self.list.item(self._areas.index(area))
        item.setText(text)
        item.setToolTip(tooltip)

    def select(self, area: str) -> None:
        if area in self._areas:
            self.list.setCurrentRow(self._areas.index(area))

    def areas(self) -> list[str]:
        return list(self._areas)

    def _changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.area_selected.emit(self._areas[self.list.row(current)])
