"""Dialogs of the material-asset register: add or correct an asset, look at one with its
movements, record a movement, and choose a period for a report."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
from sqlalchemy import select

from milrep.models.assets import AssetCategory, AssetOrigin, AssetStatus
from milrep.models.contracts import Contract
from milrep.services import asset_movements, assets
from milrep.services.asset_balances import known_locations
from milrep.services.assets import AssetDetail, AssetForm
from milrep.services.auth import Permission, can
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import DateEdit, FieldErrors, UnsavedChanges, set_read_only


def _combo(items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def _select(box: QComboBox, data: Any) -> None:
    i = box.findData(data)
    if i >= 0:
        box.setCurrentIndex(i)


def places_combo(ops: Ops, current: str = "") -> QComboBox:
    """An editable list of the places the register knows, filled from the database."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumWidth(280)
    box.setEditText(current)

    def done(names: list[str] | None, _e: BaseException | None) -> None:
        text = box.currentText()
        box.clear()
        box.addItems(names or [])
        box.setEditText(text)

    ops.background(known_locations, done)
    return box


class AssetEditor(QDialog):
    """Register an asset (with its first receipt) or correct one."""

    def __init__(self, ops: Ops, asset_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.asset_id = ops, asset_id
        self.setWindowTitle(translate("AssetEditor", "Add an asset") if asset_id is None
                            else translate("AssetEditor", "Correct the asset"))
        self.setMinimumWidth(620)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.number, self.name, self.unit = QLineEdit(), QLineEdit(), QLineEdit("шт")
        self.number.setMaxLength(64)
        self.unit.setMaxLength(16)
        self.name.setPlaceholderText(translate("AssetEditor", "e.g. Vibration test bench VS-100"))
        self.category = _combo([(assets.category_label(c), c.value) for c in AssetCategory])
        self.origin = _combo([(assets.origin_label(o), o.value) for o in AssetOrigin])
        self.contract = QComboBox()
        self.contract.setMinimumWidth(320)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0,00")
        self.quantity = QLineEdit()
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText(translate("AssetEditor", "Waybill, invoice or "
                                                     "manufacturing act No."))
        self.doc_date = DateEdit(dt.date.today())
        self.location = places_combo(ops)
        self.responsible, self.signed_by = QLineEdit(), QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        rows: list[tuple[str, str, QWidget]] = [
            ("inventory_number", translate("AssetEditor", "Inventory No."), self.number),
            ("name", translate("AssetEditor", "Name"), self.name),
            ("category", translate("AssetEditor", "Category"), self.category),
            ("origin", translate("AssetEditor", "Created or purchased"), self.origin),
            ("contract_id", translate("AssetEditor", "Contract"), self.contract),
            ("unit", translate("AssetEditor", "Unit"), self.unit),
            ("unit_cost", translate("AssetEditor", "Unit cost, ₸"), self.cost),
            ("acquisition_doc_number", translate("AssetEditor", "Acquisition document"),
             self.doc_number),
            ("acquisition_doc_date", translate("AssetEditor", "Document date"), self.doc_date),
            ("location", translate("AssetEditor", "Location"), self.location),
            ("responsible", translate("AssetEditor", "Responsible person"), self.responsible)]
        if asset_id is None:
            rows += [("quantity", translate("AssetEditor", "Quantity received"), self.quantity),
                     ("signed_by", translate("AssetEditor", "Receipt signed by"),
                      self.signed_by)]
        rows.append(("notes", translate("AssetEditor", "Notes"), self.notes))
        for field, text, w in rows:
            self.errors.add_row(form, field, QLabel(text), w)
        self.hint = QLabel(
            translate("AssetEditor", "The quantity is recorded as a receipt movement; later "
                      "changes are movements (transfer, handover, write-off).")
            if asset_id is None else
            translate("AssetEditor", "Location and acquisition document follow the movements "
                      "and cannot be corrected here."))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        if asset_id is not None:
            set_read_only(self.doc_number, self.doc_date, read_only=True)
            self.location.setEnabled(False)
        self.ops.background(lambda s: [(c.number, c.id) for c in s.scalars(
            select(Contract).order_by(Contract.number))], self._contracts_loaded)
        self.unsaved.mark_clean()
        self.number.setFocus()

    def _contracts_loaded(self, rows: list[tuple[str, uuid.UUID]] | None,
                          _e: BaseException | None) -> None:
        self.contract.clear()
        self.contract.addItem(translate("AssetEditor", "Choose…"), None)
        for number, cid in rows or []:
            self.contract.addItem(number, cid)
        if self.asset_id is not None:
            asset_id = self.asset_id
            self.ops.query(lambda uow, actor: assets.get_asset(uow, actor, asset_id=asset_id),
                           parent=self, success=self._loaded)
        self.unsaved.mark_clean()

    def _loaded(self, d: AssetDetail) -> None:
        a = d.asset
        self.number.setText(a.inventory_number)
        self.name.setText(a.name)
        _select(self.category, a.category.value)
        _select(self.origin, a.origin.value)
        _select(self.contract, a.contract_id)
        self.unit.setText(a.unit)
        self.cost.setText(str(a.unit_cost))
        self.doc_number.setText(a.acquisition_doc_number)
        self.doc_date.set_date(a.acquisition_doc_date)
        self.location.setEditText(a.location)
        self.responsible.setText(a.responsible)
        self.notes.setPlainText(a.notes)
        self.unsaved.mark_clean()

    def form(self) -> AssetForm:
        return AssetForm(
            inventory_number=self.number.text(), name=self.name.text(),
            category=self.category.currentData(), origin=self.origin.currentData(),
            contract_id=self.contract.currentData(), unit=self.unit.text(),
            unit_cost=self.cost.text().replace("\u00a0", "").replace(" ", "") or "0",
            acquisition_doc_number=self.doc_number.text(),
            acquisition_doc_date=self.doc_date.value(), location=self.location.currentText(),
            responsible=self.responsible.text(), notes=self.notes.toPlainText(),
            quantity=self.quantity.text(), signed_by=self.signed_by.text())

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def reject(self) -> None:
        if self.unsaved.allow_close():
            super().reject()

    def submit(self) -> None:
        form, asset_id = self.form(), self.asset_id
        if asset_id is None:
            self.ops.mutate(lambda uow, actor: assets.register_asset(uow, actor, form=form),
                            parent=self, success=lambda _c: self.accept(), failure=self.failed)
        else:
            self.ops.mutate(lambda uow, actor: assets.update_asset(
                uow, actor, asset_id=asset_id, form=form), parent=self,
                success=lambda _c: self.accept(), failure=self.failed)


class AssetDetailDialog(QDialog):
    """One asset: its data, where it is, and every movement with the balance after it."""

    def __init__(self, ops: Ops, asset_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.asset_id = ops, asset_id
        self.detail: AssetDetail | None = None
        self.setMinimumSize(1040, 560)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.movements = QTableWidget(0, 8)
        self.movements.verticalHeader().hide()
        self.movements.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.movements.setAlternatingRowColors(True)
        self.movements.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.movements.setWordWrap(False)
        hh = self.movements.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((88, 100, 85, 135, 155, 160, 0, 115)):
            if width:
                self.movements.setColumnWidth(col, width)
        self.title = QLabel()
        self.title.setObjectName("section")
        self.title.setWordWrap(True)
        self.history = QLabel()
        self.history.setObjectName("section")
        editable = can(ops.actor, Permission.EDIT_ASSETS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.move_button = QPushButton(translate("AssetDetail", "Record movement…"))
        self.edit_button = QPushButton(translate("AssetDetail", "Correct…"))
        for b in (self.move_button, self.edit_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
            b.setVisible(editable)
        self.move_button.clicked.connect(self.record_movement)
        self.edit_button.clicked.connect(self.correct)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.facts)
        lay.addWidget(self.history)
        lay.addWidget(self.movements, 1)
        lay.addWidget(self.buttons)
        self.history.setText(translate("AssetDetail", "Movements"))
        self.movements.setHorizontalHeaderLabels([
            translate("AssetDetail", "Date"), translate("AssetDetail", "Kind"),
            translate("AssetDetail", "Quantity"), translate("AssetDetail", "From"),
            translate("AssetDetail", "To / recipient"), translate("AssetDetail", "Document"),
            translate("AssetDetail", "Grounds, signed by"),
            translate("AssetDetail", "Balance after")])
        self.load()

    def load(self) -> None:
        asset_id = self.asset_id
        self.ops.query(lambda uow, actor: assets.get_asset(uow, actor, asset_id=asset_id),
                       parent=self, success=self._loaded)

    def _loaded(self, d: AssetDetail) -> None:
        self.detail = d
        a = d.asset
        self.setWindowTitle(f"{a.inventory_number} — {a.name}")
        self.title.setText(f"{a.inventory_number} — {a.name}")
        where = "; ".join(f"{p}: {fmt.quantity(q)} {a.unit}" for p, q in d.by_location) or "—"
        rows = [
            (translate("AssetDetail", "Category"), assets.category_label(a.category)),
            (translate("AssetDetail", "Origin"), assets.origin_label(a.origin)),
            (translate("AssetDetail", "Contract"), a.contract_number),
            (translate("AssetDetail", "Balance"), f"{fmt.quantity(a.balance)} {a.unit}"),
            (translate("AssetDetail", "Unit cost / value"),
             f"{fmt.money(a.unit_cost)} / {fmt.money(a.total_cost)}"),
            (translate("AssetDetail", "Where"), where),
            (translate("AssetDetail", "Responsible"), a.responsible or "—"),
            (translate("AssetDetail", "Acquired by"), translate(
                "AssetDetail", "{number} of {date}").format(
                    number=a.acquisition_doc_number, date=fmt.date(a.acquisition_doc_date))),
            (translate("AssetDetail", "Status"), assets.status_label(a.status))]
        from html import escape

        self.facts.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#5f6368;padding-right:14px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
        self.movements.setRowCount(len(d.movements))
        for r, m in enumerate(d.movements):
            cells = [fmt.date(m.moved_on), asset_movements.kind_label(m.kind),
                     f"{fmt.quantity(m.quantity)} {m.unit}", m.from_location,
                     m.to_location or m.counterparty,
                     translate("AssetDetail", "{number} of {date}").format(
                         number=m.document_number, date=fmt.date(m.document_date)),
                     " · ".join(x for x in (m.grounds, m.signed_by) if x),
                     fmt.quantity(m.balance_after)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in (2, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.movements.setItem(r, c, item)
        left = a.status in (AssetStatus.HANDED_OVER, AssetStatus.WRITTEN_OFF)
        self.move_button.setEnabled(not left or a.balance > 0)

    def record_movement(self) -> None:
        if self.detail is not None:
            from ui.views.asset_movement_dialog import MovementDialog

            dlg = MovementDialog(self.ops, self.detail, self)
            dlg.accepted.connect(self.load)
            dlg.open()

    def correct(self) -> None:
        dlg = AssetEditor(self.ops, self.asset_id, self)
        dlg.accepted.connect(self.load)
        dlg.open()


class PeriodDialog(QDialog):
    """The first and last day of a report's period (this month so far by default)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        today = dt.date.today()
        self.first = DateEdit(today.replace(day=1))
        self.last = DateEdit(today)
        form = QFormLayout(self)
        form.addRow(translate("PeriodDialog", "From"), self.first)
        form.addRow(translate("PeriodDialog", "To"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.first.value(), self.last.value()
