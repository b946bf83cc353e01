"""Register a lot of a control-list item: serial numbers pasted one per line, or a quantity."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from milrep.errors import ValidationError
from milrep.services import lots
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import FieldErrors, UnsavedChanges
from ui.widgets.item_picker import ItemPicker


class RegisterLotDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 item_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(translate("RegisterLotDialog", "Register a lot"))
        self.setMinimumWidth(620)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.item = ItemPicker(ops)
        if item_id is not None:
            self.item.changed.connect(lambda: self._choose_once(item_id))
        self.number = QLineEdit()
        self.number.setMaxLength(64)
        self.number.setPlaceholderText(translate("RegisterLotDialog", "e.g. L-2026-004"))
        self.serials = QPlainTextEdit()
        self.serials.setPlaceholderText(translate("RegisterLotDialog", "One serial number per "
                                                  "line (paste from the plant's list)"))
        self.serials.setMinimumHeight(150)
        self.serials.textChanged.connect(self._count_serials)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 10_000_000)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setSpecialValueText(translate("RegisterLotDialog", "by the serials"))
        self.manufactured = OptionalDateEdit(field="manufactured_on")
        self.marking = QLineEdit()
        self.marking.setPlaceholderText(translate("RegisterLotDialog",
                                                  "Marking on every unit, e.g. ВП 17"))
        self.serial_count = QLabel()
        self.serial_count.setObjectName("muted")
        form = QFormLayout()
        form.setVerticalSpacing(6)
        for field, text, w in (
                ("item_id", translate("RegisterLotDialog", "Control-list item"), self.item),
                ("number", translate("RegisterLotDialog", "Lot number"), self.number),
                ("serials", translate("RegisterLotDialog", "Serial numbers"), self.serials),
                ("quantity", translate("RegisterLotDialog", "Quantity"), self.quantity),
                ("manufactured_on", translate("RegisterLotDialog", "Manufactured on"),
                 self.manufactured),
                ("marking", translate("RegisterLotDialog", "Marking"), self.marking)):
            target = self.item.combo if w is self.item else None
            self.errors.add_row(form, field, QLabel(text), w, target=target)
            if w is self.serials:
                form.addRow("", self.serial_count)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("RegisterLotDialog", "Register"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self._count_serials()
        self.unsaved.mark_clean()
        self.item.search.setFocus()

    def _choose_once(self, item_id: uuid.UUID) -> None:
        if self.item.combo.findData(str(item_id)) >= 0 and self.item.value() is None:
            self.item.choose(item_id)
            self.unsaved.mark_clean()
            self.number.setFocus()

    def serial_list(self) -> list[str]:
        return [line.strip() for line in self.serials.toPlainText().splitlines() if line.strip()]

    def _count_serials(self) -> None:
        n = len(self.serial_list())
        self.serial_count.setText(translate("RegisterLotDialog", "{n} serial numbers").format(n=n)
                                  if n else translate("RegisterLotDialog", "No serial numbers: "
                                                      "enter the quantity instead."))

    def reject(self) -> None:
        if self.unsaved.allow_close():
            super().reject()

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        item_id = self.item.value()
        if item_id is None:
            self.failed(ValidationError(translate("RegisterLotDialog",
                                                  "Choose the control-list item."),
                                        field="item_id"))
            return
        try:
            manufactured = self.manufactured.value()
        except ValidationError as e:
            self.failed(e)
            return
        number, serials, marking = self.number.text(), self.serial_list(), self.marking.text()
        quantity = self.quantity.value() or None
        self.ops.mutate(lambda uow, actor: lots.register_lot(
            uow, actor, item_id=item_id, number=number, serials=serials, quantity=quantity,
            manufactured_on=manufactured, marking=marking), parent=self,
            success=lambda _c: self.accept(), failure=self.failed)
