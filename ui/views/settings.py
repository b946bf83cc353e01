"""Settings: interface language (applied live), where the database is, password, journal check."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from milrep.audit import AuditReport, verify_journal
from milrep.db.store import Database
from ui.i18n import LANGUAGES, LanguageManager, translate
from ui.ops import Ops, Progress
from ui.paths import default_database_path
from ui.views.base import Screen, heading


class SettingsView(Screen):
    area = "settings"
    icon_name = "settings"

    def __init__(self, ops: Ops, languages: LanguageManager, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.languages, self.settings = languages, settings
        self.heading = heading()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(languages.current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.setMinimumWidth(220)
        self.db_path = QLabel(str(ops.workspace.db.path))
        self.default_path = QLabel(str(default_database_path()))
        for label in (self.db_path, self.default_path):
            label.setObjectName("mono")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self._change_password)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self._verify_journal)
        self.labels = [QLabel() for _ in range(5)]
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(24)
        self.form.setVerticalSpacing(14)
        for label, field in zip(self.labels, (self.language, self.db_path, self.default_path,
                                              self.password_button, self.verify_button),
                                strict=True):
            if isinstance(field, QPushButton):
                row = QHBoxLayout()
                row.addWidget(field)
                row.addStretch(1)
                self.form.addRow(label, row)
            else:
                self.form.addRow(label, field)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addLayout(self.form)
        inner.addSpacing(8)
        inner.addWidget(self.note)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addWidget(self.heading)
        lay.addWidget(card)
        lay.addStretch(1)
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        return translate("SettingsView", "Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        texts = (translate("SettingsView", "Language"),
                 translate("SettingsView", "This database"),
                 translate("SettingsView", "Default database location"),
                 translate("SettingsView", "Password"),
                 translate("SettingsView", "Audit journal"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.password_button.setText(translate("SettingsView", "Change my password…"))
        self.verify_button.setText(translate("SettingsView", "Verify the journal…"))
        self.note.setText(translate(
            "SettingsView", "The language changes at once; open forms keep what you typed. "
            "The database and its key file (.keys) must stay together: back up both."))

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code and code != self.languages.current:
            self.languages.apply(str(code))

    def _change_password(self) -> None:
        from ui.views.user_dialogs import ChangePasswordDialog  # noqa: PLC0415

        ChangePasswordDialog(self.ops, self).open()

    def _verify_journal(self) -> None:
        def job(db: Database, progress: Progress) -> AuditReport:
            return verify_journal(db, progress=lambda n: progress.update(
                n, None, translate("SettingsView", "Checked {n} entries…").format(n=n)))

        self.ops.task(job, parent=self, success=self._journal_verified,
                      title=translate("SettingsView", "Verifying the audit journal"))

    def _journal_verified(self, report: AuditReport) -> None:
        if report.ok:
            QMessageBox.information(self, translate("SettingsView", "Audit journal"), translate(
                "SettingsView", "The audit journal is intact: {n} entries, none edited, deleted "
                "or reordered.").format(n=report.entries))
            return
        lines = "\n".join(f"#{seq}: {text}" for seq, text in report.problems[:20])
        QMessageBox.critical(self, translate("SettingsView", "Audit journal"), translate(
            "SettingsView", "The audit journal has been tampered with:\n{lines}").format(
                lines=lines))
