"""Add an amendment to a contract, with its Article 23 ground (amendments never change)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from milrep.errors import ValidationError
from milrep.models.contracts import AmendmentGround
from milrep.services import contracts
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import DateEdit, FieldErrors, UnsavedChanges


class AmendmentDialog(QDialog):
    def __init__(self, ops: Ops, contract_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.contract_id = ops, contract_id
        self.setWindowTitle(translate("AmendmentDialog", "Add amendment"))
        self.setMinimumWidth(640)
        self.errors = FieldErrors(QLabel())
        self.number, self.signed_on = QLineEdit(), DateEdit()
        self.ground = QComboBox()
        for g in AmendmentGround:
            self.ground.addItem(contracts.ground_label(g), g.value)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        form = QFormLayout()
        for field, text, w in (("number", translate("AmendmentDialog", "Number"), self.number),
                               ("signed_on", translate("AmendmentDialog", "Signed on"),
                                self.signed_on),
                               ("ground", translate("AmendmentDialog", "Ground (Art. 23)"),
                                self.ground),
                               ("description", translate("AmendmentDialog", "Description"),
                                self.description)):
            self.errors.add_row(form, field, QLabel(text), w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.unsaved = UnsavedChanges(self)
        self.unsaved.mark_clean()
        self.number.setFocus()

    def reject(self) -> None:
        """Escape, Cancel, the close button: ask first when something typed would be lost."""
        self.unsaved.close_or_ask(super().reject)

    def submit(self) -> None:
        cid, number, signed = self.contract_id, self.number.text(), self.signed_on.value()
        ground = AmendmentGround(self.ground.currentData())
        text = self.description.toPlainText()

        def failed(error: BaseException) -> bool:
            if isinstance(error, ValidationError):
                self.errors.show(error)
                return True
            return False

        self.ops.mutate(lambda uow, actor: contracts.add_amendment(
            uow, actor, contract_id=cid, number=number, signed_on=signed, ground=ground,
            description=text), parent=self, success=lambda _c: self.accept(), failure=failed)
