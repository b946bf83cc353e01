"""Record a movement of a material asset: receipt, transfer, handover or write-off; the fields
follow the kind, and a refusal (beyond the balance, a count covering the date) is shown in the
dialog with everything typed kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from milrep.models.assets import MovementKind
from milrep.services import asset_movements
from milrep.services.assets import AssetDetail
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.views.asset_dialogs import _combo, _select, places_combo
from ui.widgets.forms import DateEdit, FieldErrors


class MovementDialog(QDialog):
    """Record a receipt, transfer, handover or write-off; the fields follow the kind."""

    def __init__(self, ops: Ops, detail: AssetDetail, parent: QWidget | None = None,
                 kind: MovementKind = MovementKind.TRANSFER) -> None:
        super().__init__(parent)
        self.ops, self.detail = ops, detail
        a = detail.asset
        self.setWindowTitle(translate("MovementDialog", "Record a movement of {number}")
                            .format(number=a.inventory_number))
        self.setMinimumWidth(600)
        self.errors = FieldErrors(QLabel())
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.kind = _combo([(asset_movements.kind_label(k), k.value) for k in MovementKind])
        self.moved_on = DateEdit(dt.date.today())
        self.quantity = QLineEdit()
        self.unit = QLabel(a.unit)
        qty = QWidget()
        ql = QHBoxLayout(qty)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.addWidget(self.quantity, 1)
        ql.addWidget(self.unit)
        self.source = QComboBox()
        for place, q in detail.by_location:
            self.source.addItem(f"{place} ({fmt.quantity(q)} {a.unit})", place)
        _select(self.source, a.location)
        self.dest = places_combo(ops)
        self.counterparty, self.responsible = QLineEdit(), QLineEdit()
        self.doc_number, self.doc_date = QLineEdit(), DateEdit(dt.date.today())
        self.grounds = QPlainTextEdit()
        self.grounds.setFixedHeight(54)
        self.signed_by = QLineEdit()
        self.form_layout = form = QFormLayout()
        form.setVerticalSpacing(6)
        self.rows: dict[str, QLabel] = {}
        for field, text, w in (
                ("kind", translate("MovementDialog", "Kind"), self.kind),
                ("moved_on", translate("MovementDialog", "Date"), self.moved_on),
                ("quantity", translate("MovementDialog", "Quantity"), qty),
                ("from_location", translate("MovementDialog", "From"), self.source),
                ("to_location", translate("MovementDialog", "To"), self.dest),
                ("counterparty", translate("MovementDialog", "Recipient"), self.counterparty),
                ("responsible", translate("MovementDialog", "New responsible person"),
                 self.responsible),
                ("document_number", translate("MovementDialog", "Document No."),
                 self.doc_number),
                ("document_date", translate("MovementDialog", "Document date"), self.doc_date),
                ("grounds", translate("MovementDialog", "Grounds"), self.grounds),
                ("signed_by", translate("MovementDialog", "Signed by"), self.signed_by)):
            label = QLabel(text)
            self.rows[field] = label
            self.errors.add_row(form, field, label, w,
                                target=self.quantity if field == "quantity" else None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("MovementDialog", "Record"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.balance)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        _select(self.kind, kind.value)
        self._kind_changed()
        self.quantity.setFocus()

    def _show(self, field: str, on: bool) -> None:
        self.form_layout.setRowVisible(self.rows[field], on)

    def _kind_changed(self) -> None:
        k = MovementKind(self.kind.currentData())
        a = self.detail.asset
        self._show("from_location", k != MovementKind.RECEIPT)
        self._show("to_location", k in (MovementKind.RECEIPT, MovementKind.TRANSFER))
        self._show("counterparty", k == MovementKind.HANDOVER)
        self._show("responsible", k == MovementKind.TRANSFER)
        self._show("grounds", k == MovementKind.WRITE_OFF)
        self.rows["grounds"].setText(translate("MovementDialog", "Grounds (required)"))
        if k == MovementKind.RECEIPT and not self.dest.currentText():
            self.dest.setEditText(a.location)
        places = ", ".join(f"{p}: {fmt.quantity(q)} {a.unit}" for p, q in self.detail.by_location)
        self.balance.setText(translate(
            "MovementDialog", "<b>{number}</b> {name}<br>Balance now: {balance} {unit}{places}")
            .format(number=a.inventory_number, name=a.name, balance=fmt.quantity(a.balance),
                    unit=a.unit, places=f" ({places})" if places else ""))
        self.adjustSize()

    def form(self) -> asset_movements.MovementForm:
        k = MovementKind(self.kind.currentData())
        return asset_movements.MovementForm(
            asset_id=self.detail.asset.id, kind=k, moved_on=self.moved_on.value(),
            quantity=self.quantity.text(), document_number=self.doc_number.text(),
            document_date=self.doc_date.value(), signed_by=self.signed_by.text(),
            from_location=(self.source.currentData() or "") if k != MovementKind.RECEIPT else "",
            to_location=self.dest.currentText()
            if k in (MovementKind.RECEIPT, MovementKind.TRANSFER) else "",
            counterparty=self.counterparty.text() if k == MovementKind.HANDOVER else "",
            responsible=self.responsible.text() if k == MovementKind.TRANSFER else "",
            grounds=self.grounds.toPlainText() if k == MovementKind.WRITE_OFF else "")

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        form = self.form()
        self.ops.mutate(lambda uow, actor: asset_movements.record_movement(uow, actor, form=form),
                        parent=self, success=lambda _c: self.accept(), failure=self.failed)
