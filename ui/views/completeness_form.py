"""Add or edit one line of an item's completeness list (what a complete set contains)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from milrep.services import completeness_list
from milrep.services.completeness_list import CompletenessForm, CompletenessView
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import FieldErrors, UnsavedChanges

UNITS = ("pcs", "set", "kit", "m", "copy")


class CompletenessDialog(QDialog):
    def __init__(self, ops: Ops, item_id: uuid.UUID, current: CompletenessView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.item_id, self.current = ops, item_id, current
        self.setWindowTitle(translate("CompletenessDialog", "Part of a complete set"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("CompletenessDialog", "e.g. Whip antenna"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        form = QFormLayout()
        for field, text, w in (("name", translate("CompletenessDialog", "Name"), self.name),
                               ("quantity", translate("CompletenessDialog", "Quantity"),
                                self.quantity),
                               ("unit", translate("CompletenessDialog", "Unit"), self.unit)):
            self.errors.add_row(form, field, QLabel(text), w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        if current is not None:
            self.name.setText(current.name)
            self.quantity.setValue(current.quantity)
            self.unit.setCurrentText(current.unit)
        self.unsaved.mark_clean()
        self.name.setFocus()

    def reject(self) -> None:
        if self.unsaved.allow_close():
            super().reject()

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        form = CompletenessForm(name=self.name.text(), quantity=self.quantity.value(),
                                unit=self.unit.currentText())
        item_id, current = self.item_id, self.current
        if current is None:
            self.ops.mutate(lambda uow, actor: completeness_list.add_completeness_entry(
                uow, actor, item_id=item_id, form=form), parent=self,
                success=lambda _c: self.accept(), failure=self.failed)
        else:
            self.ops.mutate(lambda uow, actor: completeness_list.update_completeness_entry(
                uow, actor, entry_id=current.id, form=form), parent=self,
                success=lambda _c: self.accept(), failure=self.failed)
