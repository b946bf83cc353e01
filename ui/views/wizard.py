"""First run: create the office database, the head of office's account, and the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from milrep.db.keyslots import DEFAULT_KDF, KdfParams
from milrep.db.store import NewOffice
from milrep.errors import ValidationError
from ui import session
from ui.i18n import translate
from ui.ops import Worker, Workspace, run_foreground
from ui.paths import documents_folder
from ui.views import recovery
from ui.widgets.forms import FieldErrors
from ui.widgets.password import PasswordFeedback, password_field


CODE_MAX_LENGTH = 32


class _RequiredPage(QWizardPage):
    """A page whose Next button waits for its required fields, and says which one is missing.

    QWizard's own mandatory fields ("name*") count a field as filled only once it differs from
    the value it had when registered, so a sensible pre-filled value (WS1) kept Next disabled
    with no explanation. The rule is ours instead, and its reason is shown on the page.
    """

    def __init__(self) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.form.setVerticalSpacing(10)
        self.required: list[tuple[QLineEdit, QLabel, int]] = []
        self.reason = QLabel()
        self.reason.setObjectName("muted")
        self.reason.setWordWrap(True)

    def require(self, edit: QLineEdit, label: QLabel, max_length: int = 0) -> None:
        self.required.append((edit, label, max_length))
        edit.textChanged.connect(self._changed)

    def finish(self) -> None:
        """Call once every row is added: the reason goes below the fields."""
        self.form.addRow(self.reason)
        self._changed()

    def problem(self) -> str:
        """Why Next is disabled ("" when it is not)."""
        for edit, label, max_length in self.required:
            name = label.text().replace("&", "")
            text = edit.text().strip()
            if not text:
                return translate("Wizard", "Fill in “{field}” to continue.").format(field=name)
            if max_length and len(text) > max_length:
                return translate("Wizard", "“{field}” is at most {n} characters long.").format(
                    field=name, n=max_length)
        return ""

    def _changed(self) -> None:
        text = self.problem()
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()

    def refresh_reason(self) -> None:
        """The labels were translated: say the reason again in the new language."""
        self._changed()


def _row(form: QFormLayout, widget: QWidget | QHBoxLayout) -> QLabel:
    label = QLabel()
    form.addRow(label, widget)
    if isinstance(widget, QWidget):
        label.setBuddy(widget)
    return label


class FirstRunWizard(QWizard):
    created = Signal(object)
    """sig: the office database exists and is open; the argument is the Workspace."""

    def __init__(self, worker: Worker, path: Path, *, kdf: KdfParams = DEFAULT_KDF,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.kdf = worker, kdf
        self.workspace: Workspace | None = None
        self.recovery_code = ""
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(680, 560)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

        # 1. the office
        self.office_page = _RequiredPage()
        form = self.office_page.form
        self.office_code = QLineEdit()
        self.office_code.setPlaceholderText("17")
        self.office_name = QLineEdit()
        self.plant = QLineEdit()
        self.path = QLineEdit(str(path))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.office_labels = [_row(form, w) for w in (self.office_code, self.office_name,
                                                       self.plant)]
        self.office_labels.append(_row(form, row))
        self.office_labels[-1].setBuddy(self.path)
        self.office_page.require(self.office_code, self.office_labels[0], CODE_MAX_LENGTH)
        self.office_page.require(self.office_name, self.office_labels[1])
        self.office_page.require(self.plant, self.office_labels[2])
        self.office_page.require(self.path, self.office_labels[3])
        self.office_page.finish()
        self.addPage(self.office_page)

        # 2. this workstation
        self.site_page = _RequiredPage()
        self.site_code = QLineEdit("WS1")
        self.site_name = QLineEdit()
        self.site_labels = [_row(self.site_page.form, w) for w in (self.site_code,
                                                                   self.site_name)]
        self.site_page.require(self.site_code, self.site_labels[0], CODE_MAX_LENGTH)
        self.site_page.require(self.site_name, self.site_labels[1])
        self.site_page.finish()
        self.addPage(self.site_page)

        # 3. the head of office (creating the database happens when this page is left)
        self.chief_page = _ChiefPage(self)
        self.addPage(self.chief_page)

        # 4. the recovery code, shown once
        self.recovery_page = _RecoveryPage(self)
        self.addPage(self.recovery_page)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the current language; what was typed stays (QEvent.LanguageChange
        reaches an open wizard when the language is switched)."""
        self.setWindowTitle(translate("Wizard", "Set up the office database"))
        self.office_page.setTitle(translate("Wizard", "The office"))
        self.office_page.setSubTitle(translate(
            "Wizard", "The military representative office this workstation belongs to."))
        self.office_name.setPlaceholderText(translate("Wizard", "Military representative office "
                                                      "No. 17"))
        self.plant.setPlaceholderText(translate("Wizard", "Zhetysu Instrument Plant JSC"))
        self.browse.setText(translate("Wizard", "Browse…"))
        for label, text in zip(self.office_labels, (
                translate("Wizard", "Office code"), translate("Wizard", "Office name"),
                translate("Wizard", "Plant"), translate("Wizard", "Database file")), strict=True):
            label.setText(text)
        self.site_page.setTitle(translate("Wizard", "This workstation"))
        self.site_page.setSubTitle(translate(
            "Wizard", "Each computer of the office is a site; its code appears on everything it "
            "exchanges with the others."))
        self.site_name.setPlaceholderText(translate("Wizard", "Head of office laptop"))
        for label, text in zip(self.site_labels, (translate("Wizard", "Workstation code"),
                                                  translate("Wizard", "Workstation name")),
                               strict=True):
            label.setText(text)
        self.office_page.refresh_reason()
        self.site_page.refresh_reason()
        self.chief_page.retranslate()
        self.recovery_page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self.setCommitPage(True)
        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        self.errors = FieldErrors(QLabel())
        form.addRow(self.errors.general)
        self.full_name = QLineEdit()
        self.rank = QLineEdit()
        self.username = QLineEdit("chief")
        self.password = password_field()
        self.confirm = password_field()
        self.labels: list[QLabel] = []
        for field, widget in (("chief_full_name", self.full_name), ("chief_rank", self.rank),
                              ("username", self.username), ("password", self.password),
                              ("confirm", self.confirm)):
            self.labels.append(QLabel())
            self.errors.add_row(form, field, self.labels[-1], widget)
        self.feedback = PasswordFeedback()
        form.addRow("", self.feedback)
        self.reason = QLabel()
        self.reason.setObjectName("muted")
        self.reason.setWordWrap(True)
        form.addRow("", self.reason)
        for w in (self.username, self.password, self.confirm, self.full_name):
            w.textChanged.connect(self._changed)
        self._changed()

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Head of office"))
        self.setSubTitle(translate("Wizard", "Your own account. You will add the representatives "
                                   "and viewers later, under Users."))
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("Wizard", "Create"))
        for label, text in zip(self.labels, (
                translate("Wizard", "Full name"), translate("Wizard", "Rank"),
                translate("Wizard", "User name"), translate("Wizard", "Password"),
                translate("Wizard", "Repeat password")), strict=True):
            label.setText(text)
        self._changed()

    def _changed(self) -> None:
        self.feedback.check(self.username.text().strip(), self.password.text(),
                            self.confirm.text())
        # The password feedback explains its own rules; the other required fields say it here.
        required = ((self.labels[0], self.full_name), (self.labels[2], self.username)) \
            if len(self.labels) > 2 else ()
        missing = [label.text() for label, edit in required if not edit.text().strip()]
        text = translate("Wizard", "Fill in “{field}” to continue.").format(
            field=missing[0]) if missing else ""
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
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
        self.saved_path: Path | None = None
        self.code = QLabel()
        self.code.setObjectName("recovery")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self._pdf)
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        self.stored = QCheckBox()
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

    def retranslate(self) -> None:
        self.setTitle(translate("Wizard", "Recovery code"))
        self.setSubTitle(translate("Wizard", "Shown this once. With the database's key file it "
                                   "opens the database if every password is lost. Print it or save it as PDF, seal it in an "
                                   "envelope and keep it in the safe."))
        self.print_button.setText(translate("Wizard", "Print…"))
        self.pdf_button.setText(translate("Wizard", "Save as PDF…"))
        self.stored.setText(translate("Wizard", "I have stored the recovery code in a safe place"))
        self._show_saved()

    def _show_saved(self) -> None:
        if self.saved_path is not None:
            self.saved.setText(translate("Wizard", "Saved to {path}. Print it, then delete the "
                                         "file.").format(path=self.saved_path))

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
        # Documents, not beside the database: the sheet is printed and the file deleted, and
        # it must never travel with the database and its key file (a backup of that folder).
        suggested = documents_folder() / "recovery-code.pdf"
        path = recovery.save_pdf(self, self._sheet(), suggested)  # type: ignore[arg-type]
        if path is not None:
            self.saved_path = path
            self._show_saved()
