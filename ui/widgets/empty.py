"""The empty state of a list: what is missing and what to do about it, instead of a blank grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon


class EmptyState(QWidget):
    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel()
        self.picture.setPixmap(icon(icon_name, "#90a4ae", 96).pixmap(64, 64))
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.action = QPushButton()
        self.action.setObjectName("primary")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        for w in (self.picture, self.title, self.hint, self.action):
            lay.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
            if isinstance(w, QLabel):
                w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMaximumWidth(460)
        lay.addStretch(2)

    def set_texts(self, title: str, hint: str, action: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.action.setText(action)
        self.action.setVisible(bool(action))
