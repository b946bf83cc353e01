"""First start on this computer: create the office database, open the demo, or open a file."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ui.i18n import LANGUAGES, LanguageManager, translate
from ui.icons import icon


class Choice(enum.Enum):
    CREATE = "create"
    DEMO = "demo"
    OPEN = "open"


class WelcomeDialog(QDialog):
    def __init__(self, path: Path, languages: LanguageManager, *, demo_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.languages = path, languages
        self.choice: Choice | None = None
        self.setMinimumWidth(600)
        self.emblem = QLabel()
        self.emblem.setPixmap(icon("shield", "#1f3a5f", 128).pixmap(64, 64))
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("muted")
        self.buttons: dict[Choice, QPushButton] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 28, 32, 24)
        lay.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(self.emblem, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.text)
        head.addLayout(titles, 1)
        lay.addLayout(head)
        lay.addSpacing(8)
        for choice, icon_name in ((Choice.CREATE, "plus"), (Choice.DEMO, "play"),
                                  (Choice.OPEN, "folder")):
            b = QPushButton(icon(icon_name, "#1f3a5f"), "")
            b.setObjectName("bigChoice")
            b.setIconSize(QSize(22, 22))
            b.clicked.connect(lambda _c=False, choice=choice: self._choose(choice))
            b.setVisible(choice != Choice.DEMO or demo_available)
            self.buttons[choice] = b
            lay.addWidget(b)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(languages.current)))
        self.language.currentIndexChanged.connect(
            lambda _i: languages.apply(str(self.language.currentData())))
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.language)
        lay.addSpacing(8)
        lay.addLayout(foot)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("WelcomeDialog", "Welcome to milrep"))
        self.title.setText(translate("WelcomeDialog", "Welcome to milrep"))
        self.text.setText(translate(
            "WelcomeDialog", "Quality control and acceptance for the military representative "
            "office. There is no office database on this computer yet ({path}).").format(
                path=self.path))
        self.buttons[Choice.CREATE].setText(translate(
            "WelcomeDialog", "Create the office database\nSet up the office, this workstation "
            "and the head of office's account"))
        self.buttons[Choice.DEMO].setText(translate(
            "WelcomeDialog", "Open the demo\nA fictional office with contracts to try things out"))
        self.buttons[Choice.OPEN].setText(translate(
            "WelcomeDialog", "Open another file…\nAn office database copied from elsewhere"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
