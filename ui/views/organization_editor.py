"""Add or edit an organization: the contractor (BIN required), a recipient, the authorized body.

Read-only for those who may not edit organizations (viewers): the same fields, nothing to save.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.models.organizations import OrgKind
from milrep.services import organizations
from milrep.services.auth import Permission, can
from milrep.services.organizations import OrganizationForm, OrganizationInfo
from ui.i18n import translate
from ui.models.organizations import kind_label
from ui.ops import Ops
from ui.widgets.forms import FieldErrors, UnsavedChanges, set_read_only


class OrganizationEditor(QDialog):
    saved = Signal(object)
    """sig: the organization was created or updated; the argument is its id (uuid.UUID)."""

    def __init__(self, ops: Ops, org: OrganizationInfo | None, parent: QWidget | None = None, *,
                 kind: OrgKind | None = None) -> None:
        super().__init__(parent)
        self.ops, self.org = ops, org
        self.editable = can(ops.actor, Permission.EDIT_ORGANIZATIONS)
        self.setMinimumWidth(560)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.kind = QComboBox()
        self.name = QLineEdit()
        self.bin = QLineEdit()
        self.bin.setMaxLength(12)
        self.bin.setPlaceholderText("123456789012")
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(64)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.labels = {f: QLabel() for f in ("kind", "name", "bin", "address")}
        form = QFormLayout()
        form.setVerticalSpacing(8)
        for field, widget in (("kind", self.kind), ("name", self.name), ("bin", self.bin),
                              ("address", self.address)):
            self.errors.add_row(form, field, self.labels[field], widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        self.retranslate()
        initial = org.kind if org is not None else (kind or OrgKind.CONTRACTOR)
        self.kind.setCurrentIndex(max(0, self.kind.findData(initial.value)))
        if org is not None:
            self.name.setText(org.name)
            self.bin.setText(org.bin)
            self.address.setPlainText(org.address)
        self.kind.currentIndexChanged.connect(lambda _i: self._update_hint())
        self._update_hint()
        if not self.editable:
            set_read_only(self.kind, self.name, self.bin, self.address)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.name.setFocus()
        self.unsaved.mark_clean()

    def retranslate(self) -> None:
        if self.org is None:
            self.setWindowTitle(translate("OrganizationEditor", "New organization"))
        else:
            self.setWindowTitle(translate("OrganizationEditor", "Organization {name}").format(
                name=self.org.name))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for k in OrgKind:
            self.kind.addItem(kind_label(k), k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        for field, text in (("kind", translate("OrganizationEditor", "Kind")),
                            ("name", translate("OrganizationEditor", "Name")),
                            ("bin", translate("OrganizationEditor", "BIN")),
                            ("address", translate("OrganizationEditor", "Address"))):
            self.labels[field].setText(text)
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_hint(self) -> None:
        kind = self.kind.currentData()
        if kind == OrgKind.CONTRACTOR.value:
            text = translate("OrganizationEditor", "The contractor executes the state defense "
                             "order; its 12-digit business identification number (BIN) is "
                             "required.")
        elif kind == OrgKind.RECIPIENT.value:
            text = translate("OrganizationEditor", "A recipient (a military unit or state body) "
                             "receives the goods on the basis of the office's quality "
                             "certificate. BIN if known.")
        else:
            text = translate("OrganizationEditor", "The authorized body (e.g. the Ministry of "
                             "Defense) places the order and approves control lists. BIN if "
                             "known.")
        self.hint.setText(text)

    def reject(self) -> None:
        """Escape, Cancel, the close button: ask first when something typed would be lost."""
        self.unsaved.close_or_ask(super().reject)

    def form(self) -> OrganizationForm:
        return OrganizationForm(kind=OrgKind(self.kind.currentData()), name=self.name.text(),
                                bin=self.bin.text().strip(),
                                address=self.address.toPlainText())

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        if not self.editable:
            self.reject()
            return
        form, org = self.form(), self.org
        self.errors.clear()
        if org is None:
            self.ops.mutate(lambda uow, actor: organizations.create_organization(
                uow, actor, form=form), parent=self, success=self._saved, failure=self.failed)
        else:
            org_id = org.id
            self.ops.mutate(lambda uow, actor: organizations.update_organization(
                uow, actor, org_id=org_id, form=form), parent=self, success=self._saved,
                failure=self.failed)

    def _saved(self, changes: Changes) -> None:
        if changes.id is not None:
            self.saved.emit(changes.id)
        self.accept()
