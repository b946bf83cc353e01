"""Register a notice of presentation: the plant's quality department (OTK) presents a lot, or
part of it, for acceptance. The attempt number is computed by the service, never typed."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.services import presentation_choices, presentations
from milrep.services.presentation_choices import ItemChoice, LotChoice
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import DateEdit, FieldErrors, UnsavedChanges


def split_serials(text: str) -> list[str]:
    """Serial numbers typed one per line or separated by commas, semicolons or spaces."""
    return [x for x in re.split(r"[\s,;]+", text) if x]


class RegisterPresentationDialog(QDialog):
    saved = Signal(object)
    """sig: the presentation was registered; the argument is its id (uuid.UUID)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setMinimumWidth(600)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.lots: tuple[LotChoice, ...] = ()
        self._wanted_lot: uuid.UUID | None = None
        self.number = QLineEdit()
        self.number.setPlaceholderText("OTK-311/2026")
        self.presented_on = DateEdit(today or dt.date.today())
        self.item = QComboBox()
        self.item.setMinimumWidth(360)
        self.item.currentIndexChanged.connect(lambda _i: self._load_lots())
        self.lot = QComboBox()
        self.lot.currentIndexChanged.connect(lambda _i: self._lot_changed())
        self.quantity = QLineEdit()
        self.serials = QPlainTextEdit()
        self.serials.setFixedHeight(70)
        self.otk_reference = QLineEdit()
        self.notes = QLineEdit()
        self.lot_hint = QLabel()
        self.lot_hint.setObjectName("muted")
        self.lot_hint.setWordWrap(True)
        self.labels = {f: QLabel() for f in ("number", "presented_on", "item_id", "lot_id",
                                             "quantity", "serials", "otk_reference", "notes")}
        form = QFormLayout()
        form.setVerticalSpacing(8)
        for field, widget in (("number", self.number), ("presented_on", self.presented_on),
                              ("item_id", self.item), ("lot_id", self.lot),
                              ("quantity", self.quantity), ("serials", self.serials),
                              ("otk_reference", self.otk_reference), ("notes", self.notes)):
            self.errors.add_row(form, field, self.labels[field], widget)
            if field == "lot_id":
                form.addRow("", self.lot_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.number.setFocus()
        self.ops.background(presentation_choices.items_with_lots, self._items_arrived)
        self.unsaved.mark_clean()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("RegisterPresentation", "Register a notice of presentation"))
        for field, text in (
                ("number", translate("RegisterPresentation", "Notice number")),
                ("presented_on", translate("RegisterPresentation", "Presented on")),
                ("item_id", translate("RegisterPresentation", "Control-list item")),
                ("lot_id", translate("RegisterPresentation", "Lot")),
                ("quantity", translate("RegisterPresentation", "Quantity presented")),
                ("serials", translate("RegisterPresentation", "Serial numbers")),
                ("otk_reference", translate("RegisterPresentation", "OTK reference")),
                ("notes", translate("RegisterPresentation", "Notes"))):
            self.labels[field].setText(text)
        self.quantity.setPlaceholderText(translate("RegisterPresentation",
                                                   "empty: every unit not accepted yet"))
        self.serials.setPlaceholderText(translate(
            "RegisterPresentation", "Only when part of the lot is presented: the serials, one per "
            "line or separated by commas. Empty: the whole lot."))
        self.otk_reference.setPlaceholderText(translate("RegisterPresentation",
                                                        "e.g. OTK certificate No. 311/2026"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("RegisterPresentation", "Register"))
        self._lot_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choices -----------------------------------------------------------------------------

    def _items_arrived(self, items: tuple[ItemChoice, ...] | None,
                       error: BaseException | None) -> None:
        self.item.blockSignals(True)
        self.item.clear()
        self.item.addItem(translate("RegisterPresentation", "Choose…"), None)
        for it in items or ():
            self.item.addItem(it.name, str(it.id))
        if items and len(items) == 1:
            self.item.setCurrentIndex(1)
        self.item.blockSignals(False)
        self._load_lots()
        self.unsaved.mark_clean()

    def _load_lots(self) -> None:
        item_id = self.item_id()
        self.lot.clear()
        self.lots = ()
        if item_id is None:
            self._lot_changed()
            return
        self.ops.background(lambda s: presentation_choices.lots_for(s, item_id),
                            lambda lots, err: self._lots_arrived(item_id, lots))

    def _lots_arrived(self, item_id: uuid.UUID, lots: tuple[LotChoice, ...] | None) -> None:
        if item_id != self.item_id():
            return
        self.lots = lots or ()
        self.lot.blockSignals(True)
        self.lot.clear()
        self.lot.addItem(translate("RegisterPresentation", "Choose…"), None)
        for lot in self.lots:
            self.lot.addItem(translate("RegisterPresentation", "{number} (not accepted yet: {n})")
                             .format(number=lot.number, n=lot.remaining), str(lot.id))
        open_lots = [i for i, lot in enumerate(self.lots) if lot.remaining > 0]
        if len(open_lots) == 1:
            self.lot.setCurrentIndex(open_lots[0] + 1)
        if self._wanted_lot is not None:
            self.lot.setCurrentIndex(max(0, self.lot.findData(str(self._wanted_lot))))
        self.lot.blockSignals(False)
        self._lot_changed()

    def _lot_changed(self) -> None:
        lot = self.current_lot()
        if lot is None:
            self.lot_hint.setText("")
            return
        if lot.serials:
            first, last = lot.serials[0], lot.serials[-1]
            self.lot_hint.setText(translate(
                "RegisterPresentation", "Not accepted yet: {n} of {total}, serials {first} … "
                "{last}.").format(n=lot.remaining, total=lot.quantity, first=first, last=last))
        else:
            self.lot_hint.setText(translate("RegisterPresentation", "Not accepted yet: {n} of "
                                            "{total}; the lot has no serial numbers.")
                                  .format(n=lot.remaining, total=lot.quantity))

    def item_id(self) -> uuid.UUID | None:
        data = self.item.currentData()
        return uuid.UUID(data) if data else None

    def lot_id(self) -> uuid.UUID | None:
        data = self.lot.currentData()
        return uuid.UUID(data) if data else None

    def current_lot(self) -> LotChoice | None:
        lid = self.lot_id()
        return next((lot for lot in self.lots if lot.id == lid), None)

    def select(self, item_id: uuid.UUID, lot_id: uuid.UUID | None = None) -> None:
        """Choose an item (and a lot once its lots arrive): for tests and the screenshots."""
        self.item.setCurrentIndex(max(0, self.item.findData(str(item_id))))
        if lot_id is not None:
            self._wanted_lot = lot_id
            for i in range(self.lot.count()):
                if self.lot.itemData(i) == str(lot_id):
                    self.lot.setCurrentIndex(i)

    # --- saving ------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.unsaved.allow_close():
            super().reject()

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        self.errors.clear()
        qty_text = self.quantity.text().strip()
        quantity: Any = None
        if qty_text:
            quantity = int(qty_text) if qty_text.isdigit() else qty_text  # the service says why
        serials = split_serials(self.serials.toPlainText()) or None
        kw: dict[str, Any] = dict(
            number=self.number.text(), presented_on=self.presented_on.value(),
            item_id=self.item_id(), lot_id=self.lot_id(), quantity=quantity, serials=serials,
            otk_reference=self.otk_reference.text(), notes=self.notes.text())
        self.ops.mutate(lambda uow, actor: presentations.register_presentation(uow, actor, **kw),
                        parent=self, success=self._saved, failure=self.failed)

    def _saved(self, changes: Changes) -> None:
        if changes.id is not None:
            self.saved.emit(changes.id)
        self.unsaved.enabled = False
        self.accept()
