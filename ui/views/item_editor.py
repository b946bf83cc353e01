"""The control-list item editor (Article 27.2): kind, code, quantity, documentation, approval."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from milrep.errors import ValidationError
from milrep.models.control_list import ItemKind
from milrep.models.organizations import OrgKind
from milrep.services import contracts, control_list, organizations
from milrep.services.auth import Permission, can
from milrep.services.contracts import ContractDetail
from milrep.services.control_list import ItemForm
from milrep.services.organizations import OrganizationInfo
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.contract_picker import ContractPicker
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import DateEdit, FieldErrors, UnsavedChanges, set_read_only

UNITS = ("pcs", "set", "kit", "m", "kg", "l")


def _pair(a: QWidget, b: QWidget, label: str) -> QWidget:
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(a, 3)
    lay.addWidget(QLabel(label))
    lay.addWidget(b, 1)
    return w


class ItemEditor(QDialog):
    def __init__(self, ops: Ops, item_id: uuid.UUID | None,
                 contract: tuple[uuid.UUID, str] | None, parent: QWidget | None = None, *,
                 contract_number: str = "") -> None:
        super().__init__(parent)
        self.ops, self.item_id = ops, item_id
        self.contract_id = contract[0] if contract else None
        self.editable = can(ops.actor, Permission.EDIT_CONTROL_LIST)
        self.setWindowTitle(translate("ItemEditor", "New control-list item") if item_id is None
                            else translate("ItemEditor", "Control-list item"))
        self.setMinimumWidth(720)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        if contract is None and item_id is None:
            self.picker: ContractPicker | None = ContractPicker(ops)
            contract_widget: QWidget = self.picker
        else:
            self.picker = None
            self.contract_label = QLabel(contract[1] if contract else contract_number)
            contract_widget = self.contract_label
        self.kind = QComboBox()
        for k in ItemKind:
            self.kind.addItem(control_list.kind_label(k), k.value)
        self.name, self.code = QLineEdit(), QLineEdit()
        self.quantity = QLineEdit()
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.deadline = OptionalDateEdit(field="delivery_deadline")
        self.tech_ref, self.tech_rev = QLineEdit(), QLineEdit()
        self.ttz_ref, self.ttz_rev = QLineEdit(), QLineEdit()
        self.standards, self.tests = QPlainTextEdit(), QPlainTextEdit()
        for e in (self.standards, self.tests):
            e.setFixedHeight(56)
        self.approval_ref = QLineEdit()
        self.approved_on = OptionalDateEdit(field="approved_on")
        self.approved_by = QComboBox()
        rev = translate("ItemEditor", "rev.")
        for field, text, w in (
                ("contract_id", translate("ItemEditor", "Contract"), contract_widget),
                ("kind", translate("ItemEditor", "Kind"), self.kind),
                ("name", translate("ItemEditor", "Name"), self.name),
                ("nomenclature_code", translate("ItemEditor", "Nomenclature code"), self.code),
                ("quantity", translate("ItemEditor", "Quantity"),
                 _pair(self.quantity, self.unit, translate("ItemEditor", "unit"))),
                ("delivery_deadline", translate("ItemEditor", "Delivery by"), self.deadline),
                ("tech_doc_ref", translate("ItemEditor", "Technical documentation (TU)"),
                 _pair(self.tech_ref, self.tech_rev, rev)),
                ("op_requirement_ref", translate("ItemEditor", "Operational requirement (TTZ)"),
                 _pair(self.ttz_ref, self.ttz_rev, rev)),
                ("standards", translate("ItemEditor", "National standards\n(one per line)"),
                 self.standards),
                ("required_tests", translate("ItemEditor", "Required tests\n(one per line)"),
                 self.tests),
                ("approval_ref", translate("ItemEditor", "Approved by document"),
                 self.approval_ref),
                ("approved_on", translate("ItemEditor", "Approved on"), self.approved_on),
                ("approved_by_id", translate("ItemEditor", "Approved by"), self.approved_by)):
            self.errors.add_row(form, field, QLabel(text), w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.requirements_button: QPushButton | None = None
        if item_id is not None:
            self.requirements_button = self.buttons.addButton(
                translate("ItemEditor", "Requirements…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.requirements_button.setToolTip(translate(
                "ItemEditor", "Characteristics to check, completeness, sampling plan and "
                "periodic tests"))
            self.requirements_button.clicked.connect(self.open_requirements)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.form_loaded: ItemForm | None = None
        ops.query(lambda uow, actor: organizations.list_organizations(uow, actor), parent=self,
                  success=self._orgs_loaded)
        if item_id is not None:
            ops.query(lambda uow, actor: control_list.get_item(uow, actor, item_id=item_id),
                      parent=self, success=self._loaded)
        elif self.contract_id is not None:
            self._load_period(self.contract_id)
        self._set_editable(self.editable)
        self.unsaved.mark_clean()
        (self.picker or self.kind).setFocus()

    def _load_period(self, contract_id: uuid.UUID) -> None:
        """The calendars open inside the contract's period when today is outside it."""
        ops = self.ops
        ops.query(lambda uow, actor: contracts.get_contract(uow, actor, contract_id=contract_id),
                  parent=self, success=self._period_loaded)

    def _period_loaded(self, detail: ContractDetail) -> None:
        today = dt.date.today()
        start, end = detail.form.valid_from, detail.form.valid_until
        reference = min(max(today, start), end) if start <= end else today
        for edit in (self.deadline, self.approved_on):
            edit.set_reference_date(reference)

    def _orgs_loaded(self, orgs: list[OrganizationInfo]) -> None:
        keep = self.approved_by.currentData()
        self.approved_by.clear()
        self.approved_by.addItem("—", None)
        for o in orgs:
            if o.kind in (OrgKind.AUTHORIZED_BODY, OrgKind.RECIPIENT):
                self.approved_by.addItem(o.name, str(o.id))
        self.approved_by.setCurrentIndex(max(0, self.approved_by.findData(keep)))
        if self.form_loaded is not None:
            self._fill(self.form_loaded)
        self.unsaved.mark_clean()

    def _loaded(self, form: ItemForm) -> None:
        self.form_loaded = form
        self.contract_id = form.contract_id
        self._load_period(form.contract_id)
        self._fill(form)
        self.unsaved.mark_clean()

    def _fill(self, f: ItemForm) -> None:
        self.setWindowTitle(translate("ItemEditor", "Control-list item {code}").format(
            code=f.nomenclature_code))
        self.kind.setCurrentIndex(max(0, self.kind.findData(f.kind.value)))
        self.name.setText(f.name)
        self.code.setText(f.nomenclature_code)
        self.quantity.setText(fmt.quantity(f.quantity).replace(fmt.NARROW_NBSP, ""))
        self.unit.setCurrentText(f.unit)
        self.deadline.set_date(f.delivery_deadline)
        self.tech_ref.setText(f.tech_doc_ref)
        self.tech_rev.setText(f.tech_doc_revision)
        self.ttz_ref.setText(f.op_requirement_ref)
        self.ttz_rev.setText(f.op_requirement_revision)
        self.standards.setPlainText(f.standards)
        self.tests.setPlainText(f.required_tests)
        self.approval_ref.setText(f.approval_ref)
        self.approved_on.set_date(f.approved_on)
        self.approved_by.setCurrentIndex(max(0, self.approved_by.findData(
            str(f.approved_by_id) if f.approved_by_id else None)))

    def _set_editable(self, on: bool) -> None:
        set_read_only(self.name, self.code, self.quantity, self.tech_ref, self.tech_rev,
                      self.ttz_ref, self.ttz_rev, self.approval_ref, self.standards, self.tests,
                      self.kind, self.unit, self.deadline, self.approved_on, self.approved_by,
                      read_only=not on)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(on)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ItemEditor", "Cancel") if on else translate("ItemEditor", "Close"))
        self.unsaved.enabled = on

    def open_requirements(self) -> None:
        from ui.views.requirements import RequirementsDialog  # noqa: PLC0415

        if self.item_id is not None:
            RequirementsDialog(self.ops, self.item_id, self, item_name=self.name.text()).open()

    def reject(self) -> None:
        """Escape, Cancel, the close button: ask first when something typed would be lost."""
        self.unsaved.close_or_ask(super().reject)

    def form(self) -> ItemForm:
        contract_id = self.picker.value() if self.picker is not None else self.contract_id
        return ItemForm(
            contract_id=contract_id,  # type: ignore[arg-type]
            kind=ItemKind(self.kind.currentData()), name=self.name.text(),
            nomenclature_code=self.code.text(),
            quantity=self.quantity.text().replace(" ", "").replace(",", ".") or Decimal(0),
            unit=self.unit.currentText(), delivery_deadline=self.deadline.value(),
            tech_doc_ref=self.tech_ref.text(), tech_doc_revision=self.tech_rev.text(),
            op_requirement_ref=self.ttz_ref.text(), op_requirement_revision=self.ttz_rev.text(),
            standards=self.standards.toPlainText(), required_tests=self.tests.toPlainText(),
            approval_ref=self.approval_ref.text(), approved_on=self.approved_on.value(),
            approved_by_id=_id(self.approved_by))

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        try:
            form = self.form()
        except ValidationError as e:  # a date typed that is no date
            self.failed(e)
            return
        item_id = self.item_id
        if form.contract_id is None:
            self.failed(ValidationError(translate("ItemEditor", "Choose the contract."),
                                        field="contract_id"))
            return
        if item_id is None:
            self.ops.mutate(lambda uow, actor: control_list.create_item(uow, actor, form=form),
                            parent=self, success=lambda _c: self.accept(), failure=self.failed)
        else:
            self.ops.mutate(lambda uow, actor: control_list.update_item(
                uow, actor, item_id=item_id, form=form), parent=self,
                success=lambda _c: self.accept(), failure=self.failed)


def _id(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(data) if data else None


__all__ = ["DateEdit", "ItemEditor"]
