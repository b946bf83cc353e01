"""First run: create the office database, the head of office's account, and the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from milrep.db.keyslots import DEFAULT_KDF, KdfParams
from milrep.db.store import NewOffice
from milrep.errors import ValidationError
from ui import session
from ui.i18n import translate
from ui.ops import Worker, Workspace, run_foreground
from ui.views import recovery
from ui.widgets.forms import FieldErrors
from ui.widgets.password import PasswordFeedback, password_field


def _form_page(title: str, subtitle: str) -> tuple[QWizardPage, QFormLayout]:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    form = QFormLayout(page)
    form.setVerticalSpacing(10)
    return page, form


class FirstRunWizard(QWizard):
    created = Signal(object)
    """sig: the office database exists and is open; the argument is the Workspace."""

    def __init__(self, worker: Worker, path: Path, *, kdf: KdfParams = DEFAULT_KDF,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.kdf = worker, kdf
        self.workspace: Workspace | None = None
        self.recovery_code = ""
        self.setWindowTitle(translate("Wizard", "Set up the office database"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(680, 560)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

        # 1. the office
        page, form = _form_page(translate("Wizard", "The office"), translate(
            "Wizard", "The military representative office this workstation belongs to."))
        self.office_code = QLineEdit()
        self.office_code.setPlaceholderText("17")
        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(translate("Wizard", "Military representative office "
                                                      "No. 17"))
        self.plant = QLineEdit()
        self.plant.setPlaceholderText(translate("Wizard", "Zhetysu Instrument Plant JSC"))
        self.path = QLineEdit(str(path))
        browse = QPushButton(translate("Wizard", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(translate("Wizard", "Office code"), self.office_code)
        form.addRow(translate("Wizard", "Office name"), self.office_name)
        form.addRow(translate("Wizard", "Plant"), self.plant)
        form.addRow(translate("Wizard", "Database file"), row)
        page.registerField("office_code*", self.office_code)
        page.registerField("office_name*", self.office_name)
        page.registerField("plant*", self.plant)
        self.addPage(page)

        # 2. this workstation
        page, form = _form_page(translate("Wizard", "This workstation"), translate(
            "Wizard", "Each computer of the office is a site; its code appears on everything it "
            "exchanges with the others."))
        self.site_code = QLineEdit("WS1")
        self.site_name = QLineEdit()
        self.site_name.setPlaceholderText(translate("Wizard", "Head of office laptop"))
        form.addRow(translate("Wizard", "Workstation code"), self.site_code)
        form.addRow(translate("Wizard", "Workstation name"), self.site_name)
        page.registerField("site_code*", self.site_code)
        page.registerField("site_name*", self.site_name)
        self.addPage(page)

        # 3. the head of office (creating the database happens when this page is left)
        self.chief_page = _ChiefPage(self)
        self.addPage(self.chief_page)

        # 4. the recovery code, shown once
        self.recovery_page = _RecoveryPage(self)
        self.addPage(self.recovery_page)

    def office_spec(self) -> NewOffice:
        c = self.chief_page
        return NewOffice(
            office_code=self.office_code.text().strip(), office_name=self.office_name.text(),
            plant_name=self.plant.text(), site_code=self.site_code.text().strip(),
            site_name=self.site_name.text(), chief_username=c.username.text().strip(),
            chief_full_name=c.full_name.text().strip(), chief_rank=c.rank.text().strip(),
            chief_password=c.password.text())

    def database_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Wizard", "Where to keep the office database"), self.path.text(),
            translate("Wizard", "milrep databases (*.milrep)"))
        if name:
            self.path.setText(name if name.endswith(".milrep") else name + ".milrep")

    def accept(self) -> None:
        if self.workspace is not None:
            self.created.emit(self.workspace)
        super().accept()


class _ChiefPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.busy = False
        self.setTitle(translate("Wizard", "Head of office"))
        self.setSubTitle(translate("Wizard", "Your own account. You will add the representatives "
                                   "and viewers later, under Users."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("Wizard", "Create"))
        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        self.errors = FieldErrors(QLabel())
        form.addRow(self.errors.general)
        self.full_name = QLineEdit()
        self.rank = QLineEdit()
        self.username = QLineEdit("chief")
        self.password = password_field()
        self.confirm = password_field()
        for field, text, widget in (
                ("chief_full_name", translate("Wizard", "Full name"), self.full_name),
                ("chief_rank", translate("Wizard", "Rank"), self.rank),
                ("username", translate("Wizard", "User name"), self.username),
                ("password", translate("Wizard", "Password"), self.password),
                ("confirm", translate("Wizard", "Repeat password"), self.confirm)):
            self.errors.add_row(form, field, QLabel(text), widget)
        self.feedback = PasswordFeedback()
        form.addRow("", self.feedback)
        for w in (self.username, self.password, self.confirm, self.full_name):
            w.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.feedback.check(self.username.text().strip(), self.password.text(),
                            self.confirm.text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (self.feedback.ok and bool(self.full_name.text().strip())
                and bool(self.username.text().strip()) and not self.busy)

    def validatePage(self) -> bool:
        return self._validate()

    def _validate(self) -> bool:
        if self.wiz.workspace is not None:
            return True
        if self.busy:
            return False
        self.busy = True
        self.completeChanged.emit()
        path, spec, kdf = self.wiz.database_path(), self.wiz.office_spec(), self.wiz.kdf

        def done(result: tuple[Workspace, str]) -> None:
            self.busy = False
            self.wiz.workspace, self.wiz.recovery_code = result
            self.wiz.recovery_page.show_code(result[1])
            self.wiz.next()

        def failed(error: BaseException) -> bool:
            self.busy = False
            self.completeChanged.emit()
            if isinstance(error, ValidationError):
                self.errors.show(error)
                return True
            return False

        run_foreground(self.wiz.worker, lambda: session.create(path, spec, kdf), parent=self.wiz,
                       success=done, failure=failed,
                       title=translate("Wizard", "Creating the encrypted database…"))
        return False


class _RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("Wizard", "Recovery code"))
        self.setSubTitle(translate("Wizard", "Shown this once. It opens the database if every "
                                   "password is lost. Print it or save it as PDF, seal it in an "
                                   "envelope and keep it in the safe."))
        self.code = QLabel()
        self.code.setObjectName("recovery")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.print_button = QPushButton(translate("Wizard", "Print…"))
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton(translate("Wizard", "Save as PDF…"))
        self.pdf_button.clicked.connect(self._pdf)
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        self.stored = QCheckBox(translate("Wizard", "I have stored the recovery code in a safe "
                                          "place"))
        self.stored.toggled.connect(lambda _on: self.completeChanged.emit())
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addSpacing(12)
        lay.addWidget(self.code)
        lay.addSpacing(8)
        lay.addLayout(row)
        lay.addWidget(self.saved)
        lay.addStretch(1)
        lay.addWidget(self.stored)

    def show_code(self, code: str) -> None:
        self.code.setText(code)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def _sheet(self) -> object:
        spec = self.wiz.office_spec()
        return recovery.sheet(f"{spec.office_code} — {spec.office_name}", self.wiz.database_path(),
                              self.wiz.recovery_code)

    def _print(self) -> None:
        recovery.print_sheet(self, self._sheet())  # type: ignore[arg-type]

    def _pdf(self) -> None:
        suggested = self.wiz.database_path().with_name("recovery-code.pdf")
        path = recovery.save_pdf(self, self._sheet(), suggested)  # type: ignore[arg-type]
        if path is not None:
            self.saved.setText(translate("Wizard", "Saved to {path}. Print it, then delete the "
                                         "file.").format(path=path))
