"""The empty state of a list: what is missing and what to do about it, instead of a blank grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

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
        # A centred label gets its size hint, which for wrapped text is not the height the text
        # needs at its width: the top and bottom lines were cut. Fixed width, and the height
        # the text needs at it (set_texts).
        self.hint.setFixedWidth(460)
        self.hint.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        lay.addStretch(2)

    def set_texts(self, title: str, hint: str, action: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setMinimumHeight(self.hint.heightForWidth(self.hint.width()))
        self.action.setText(action)
        self.action.setVisible(bool(action))
