"""The contract editor: the Article 22.4 terms, the stages, and the Article 23 amendments."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from milrep.errors import ValidationError
from milrep.models.contracts import ContractStatus
from milrep.models.organizations import OrgKind
from milrep.services import contracts, organizations
from milrep.services.auth import Permission, can
from milrep.services.contracts import ContractDetail, ContractForm, StageForm
from milrep.services.organizations import OrganizationInfo
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import DateEdit, FieldErrors, UnsavedChanges, set_read_only
from ui.widgets.org_choice import OrganizationChoice

TERMS = (("quality_control_terms", QT_TRANSLATE_NOOP("ContractEditor", "Quality control")),
         ("acceptance_terms", QT_TRANSLATE_NOOP("ContractEditor", "Acceptance")),
         ("delivery_terms", QT_TRANSLATE_NOOP("ContractEditor", "Delivery dates and terms")),
         ("penalty_terms", QT_TRANSLATE_NOOP("ContractEditor", "Penalties")),
         ("termination_grounds", QT_TRANSLATE_NOOP("ContractEditor", "Termination grounds")),
         ("liability_terms", QT_TRANSLATE_NOOP("ContractEditor", "Liability")))


class ContractEditor(QDialog):
    def __init__(self, ops: Ops, contract_id: uuid.UUID | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ops, self.contract_id = ops, contract_id
        self.detail: ContractDetail | None = None
        self.editable = can(ops.actor, Permission.EDIT_CONTRACTS)
        self.setMinimumSize(820, 640)
        self.setWindowTitle(translate("ContractEditor", "New contract") if contract_id is None
                            else translate("ContractEditor", "Contract"))
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), translate("ContractEditor", "General"))
        self.tabs.addTab(self._terms_tab(), translate("ContractEditor", "Terms (Art. 22.4)"))
        self.tabs.addTab(self._stages_tab(), translate("ContractEditor", "Stages"))
        self.tabs.addTab(self._amendments_tab(), translate("ContractEditor", "Amendments (Art. 23)"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addWidget(self.errors.general)
        lay.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        lay.addLayout(bottom)
        self.orgs: list[OrganizationInfo] = []
        self._load_orgs()
        if contract_id is not None:
            ops.query(lambda uow, actor: contracts.get_contract(uow, actor, contract_id=contract_id),
                      parent=self, success=self._loaded)
        self._set_editable(self.editable)
        self.unsaved.mark_clean()
        self.tabs.setCurrentIndex(0)
        self.number.setFocus()

    # --- building ----------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        form.setVerticalSpacing(6)
        self.number = QLineEdit()
        self.signed_on = DateEdit()
        self.customer = OrganizationChoice(OrgKind.AUTHORIZED_BODY)
        self.contractor = OrganizationChoice(OrgKind.CONTRACTOR)
        self.recipient = OrganizationChoice(OrgKind.RECIPIENT, optional=True)
        for choice in (self.customer, self.contractor, self.recipient):
            choice.new_requested.connect(lambda c=choice: self._new_organization(c))
        self.subject = QPlainTextEdit()
        self.subject.setFixedHeight(64)
        # Fixed, so the form does not hand it the spare height and float it off its label.
        self.subject.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.valid_from, self.valid_until = DateEdit(), DateEdit(dt.date.today().replace(
            month=12, day=31))
        self.value, self.advance = QLineEdit(), QLineEdit("0")
        self.value.setPlaceholderText("1 840 000 000,00")
        self.classification = QLineEdit()
        self.delivery_place = QLineEdit()
        rows = (("number", translate("ContractEditor", "Number"), self.number),
                ("signed_on", translate("ContractEditor", "Signed on"), self.signed_on),
                ("customer_id", translate("ContractEditor", "Customer"), self.customer),
                ("contractor_id", translate("ContractEditor", "Contractor"), self.contractor),
                ("recipient_id", translate("ContractEditor", "Recipient"), self.recipient),
                ("subject", translate("ContractEditor", "Subject"), self.subject),
                ("valid_from", translate("ContractEditor", "Valid from"), self.valid_from),
                ("valid_until", translate("ContractEditor", "Valid until"), self.valid_until),
                ("value", translate("ContractEditor", "Value, ₸"), self.value),
                ("advance", translate("ContractEditor", "Advance, ₸"), self.advance),
                ("delivery_place", translate("ContractEditor", "Place of delivery"),
                 self.delivery_place),
                ("classification", translate("ContractEditor", "Classification"),
                 self.classification))
        for field, text, widget in rows:
            target = widget.combo if isinstance(widget, OrganizationChoice) else None
            self.errors.add_row(form, field, QLabel(text), widget, page=0, target=target)
        return w

    def _terms_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.terms: dict[str, QPlainTextEdit] = {}
        for field, text in TERMS:
            edit = QPlainTextEdit()
            edit.setFixedHeight(62)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.terms[field] = edit
            self.errors.add_row(form, field, QLabel(translate("ContractEditor", text)), edit,
                                page=1)
        return w

    def _stages_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.stages = QTableWidget(0, 2)
        self.stages.setHorizontalHeaderLabels([translate("ContractEditor", "Stage"),
                                               translate("ContractEditor", "Deadline")])
        self.stages.horizontalHeader().setStretchLastSection(False)
        self.stages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stages.setColumnWidth(1, 150)
        self.stages.verticalHeader().setDefaultSectionSize(34)
        self.stage_error = QLabel()
        self.errors.register("stages", self.stages, self.stage_error, page=2)
        self.add_stage_button = QPushButton(translate("ContractEditor", "Add stage"))
        self.add_stage_button.clicked.connect(lambda: self._add_stage(StageForm("", dt.date.today())))
        self.remove_stage_button = QPushButton(translate("ContractEditor", "Remove stage"))
        self.remove_stage_button.clicked.connect(
            lambda: self.stages.removeRow(self.stages.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.add_stage_button)
        row.addWidget(self.remove_stage_button)
        row.addStretch(1)
        lay.addWidget(self.stages, 1)
        lay.addWidget(self.stage_error)
        lay.addLayout(row)
        return w

    def _amendments_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.amendments = QTableWidget(0, 4)
        self.amendments.setHorizontalHeaderLabels([
            translate("ContractEditor", "No."), translate("ContractEditor", "Signed"),
            translate("ContractEditor", "Ground"), translate("ContractEditor", "Description")])
        self.amendments.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((60, 100, 320)):
            self.amendments.setColumnWidth(col, width)
        self.amendments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.amendments.verticalHeader().hide()
        self.amend_button = QPushButton(translate("ContractEditor", "Add amendment…"))
        self.amend_button.clicked.connect(self._amend)
        self.amend_note = QLabel(translate("ContractEditor", "Amendments are documents: once "
                                           "added they are never changed."))
        self.amend_note.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.amend_note, 1)
        row.addWidget(self.amend_button)
        lay.addWidget(self.amendments, 1)
        lay.addLayout(row)
        return w

    def _add_stage(self, stage: StageForm) -> None:
        r = self.stages.rowCount()
        self.stages.insertRow(r)
        self.stages.setItem(r, 0, QTableWidgetItem(stage.name))
        date = DateEdit(stage.deadline)
        date.dateChanged.connect(lambda _d: self.errors.clear_field("stages"))
        self.stages.setCellWidget(r, 1, date)
        if self.add_stage_button.isHidden():
            set_read_only(date)

    # --- loading -----------------------------------------------------------------------------

    def _load_orgs(self, choose: tuple[OrganizationChoice, uuid.UUID] | None = None) -> None:
        self.ops.query(lambda uow, actor: organizations.list_organizations(uow, actor),
                       parent=self, success=lambda orgs: self._orgs_loaded(orgs, choose))

    def _orgs_loaded(self, orgs: list[OrganizationInfo],
                     choose: tuple[OrganizationChoice, uuid.UUID] | None = None) -> None:
        self.orgs = orgs
        customers = [o for o in orgs if o.kind in (OrgKind.AUTHORIZED_BODY, OrgKind.RECIPIENT)]
        for choice, choices in (
                (self.customer, customers),
                (self.contractor, [o for o in orgs if o.kind == OrgKind.CONTRACTOR]),
                (self.recipient, [o for o in orgs if o.kind == OrgKind.RECIPIENT])):
            choice.set_choices(choices)
        if choose is not None:
            choose[0].set_value(choose[1])
        elif self.detail is not None:
            self._fill(self.detail)
        else:
            self.unsaved.mark_clean()

    def _new_organization(self, choice: OrganizationChoice) -> None:
        from ui.views.organization_editor import OrganizationEditor  # noqa: PLC0415

        editor = OrganizationEditor(self.ops, None, self, kind=choice.kind)
        editor.saved.connect(lambda org_id: self._load_orgs((choice, org_id)))
        editor.open()

    def _loaded(self, detail: ContractDetail) -> None:
        self.detail = detail
        self._fill(detail)

    def _fill(self, d: ContractDetail) -> None:
        f = d.form
        self.setWindowTitle(translate("ContractEditor", "Contract {number}").format(number=f.number))
        self.number.setText(f.number)
        self.signed_on.set_date(f.signed_on)
        for choice, value in ((self.customer, f.customer_id),
                              (self.contractor, f.contractor_id),
                              (self.recipient, f.recipient_id)):
            choice.set_value(value)
        self.subject.setPlainText(f.subject)
        self.valid_from.set_date(f.valid_from)
        self.valid_until.set_date(f.valid_until)
        self.value.setText(fmt.number(f.value, 2))
        self.advance.setText(fmt.number(f.advance, 2))
        self.delivery_place.setText(f.delivery_place)
        self.classification.setText(f.classification)
        for field, edit in self.terms.items():
            edit.setPlainText(str(getattr(f, field)))
        self.stages.setRowCount(0)
        for st in f.stages:
            self._add_stage(st)
        self.amendments.setRowCount(0)
        for a in d.amendments:
            r = self.amendments.rowCount()
            self.amendments.insertRow(r)
            for col, text in enumerate((a.number, fmt.date(a.signed_on),
                                        contracts.ground_label(a.ground), a.description)):
                self.amendments.setItem(r, col, QTableWidgetItem(text))
        self.status.setText(translate("ContractEditor", "Status: {status}").format(
            status=contracts.status_label(d.status)))
        closed = d.status in (ContractStatus.COMPLETED, ContractStatus.TERMINATED)
        self._set_editable(self.editable and not closed, d.status)
        self.unsaved.mark_clean()

    def _set_editable(self, on: bool, status: ContractStatus | None = None) -> None:
        set_read_only(self.number, self.signed_on, self.subject, self.valid_from,
                      self.valid_until, self.value, self.advance, self.delivery_place,
                      self.classification, *self.terms.values(), read_only=not on)
        for choice in (self.customer, self.contractor, self.recipient):
            choice.set_editable(on)
        for r in range(self.stages.rowCount()):
            cell = self.stages.cellWidget(r, 1)
            if cell is not None:
                set_read_only(cell, read_only=not on)
        self.stages.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers if on
                                    else QTableWidget.EditTrigger.NoEditTriggers)
        self.add_stage_button.setVisible(on)
        self.remove_stage_button.setVisible(on)
        self.amend_button.setVisible(on and self.contract_id is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(on)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("ContractEditor", "Cancel") if on
                       else translate("ContractEditor", "Close"))
        self.unsaved.enabled = on
        self._show_banner(on, status)

    def _show_banner(self, on: bool, status: ContractStatus | None) -> None:
        if on:
            self.banner.hide()
            return
        if status == ContractStatus.COMPLETED:
            text = translate("ContractEditor", "Fulfilled contracts cannot be edited. The terms "
                             "are kept as they were when the contract was fulfilled.")
        elif status == ContractStatus.TERMINATED:
            text = translate("ContractEditor", "Terminated contracts cannot be edited. The terms "
                             "are kept as they were when the contract was terminated.")
        else:
            text = translate("ContractEditor", "You can read this contract. Representatives and "
                             "the head of office edit contracts.")
        self.banner.setText(text)
        self.banner.show()

    # --- saving ------------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape, Cancel, the close button: ask first when something typed would be lost."""
        self.unsaved.close_or_ask(super().reject)


    def form(self) -> ContractForm:
        stages = []
        for r in range(self.stages.rowCount()):
            item = self.stages.item(r, 0)
            date = self.stages.cellWidget(r, 1)
            assert isinstance(date, DateEdit)
            stages.append(StageForm(item.text() if item else "", date.value()))
        return ContractForm(
            number=self.number.text(), signed_on=self.signed_on.value(),
            customer_id=self.customer.value(), contractor_id=self.contractor.value(),
            recipient_id=self.recipient.value(), subject=self.subject.toPlainText(),
            valid_from=self.valid_from.value(), valid_until=self.valid_until.value(),
            value=fmt.parse_money(self.value.text()),
            advance=fmt.parse_money(self.advance.text()) or Decimal(0),
            delivery_place=self.delivery_place.text(), classification=self.classification.text(),
            stages=tuple(stages), **{k: e.toPlainText() for k, e in self.terms.items()})

    def failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            page = self.errors.show(error)
            if page >= 0:
                self.tabs.setCurrentIndex(page)
            if error.field == "stages":
                self._mark_stage_row()
            return True
        return False

    def _mark_stage_row(self) -> None:
        """Frame the stage the message is about (no name, or a deadline outside the validity),
        not the whole table."""
        start, end = self.valid_from.value(), self.valid_until.value()
        for r in range(self.stages.rowCount()):
            item, date = self.stages.item(r, 0), self.stages.cellWidget(r, 1)
            if item is None or not item.text().strip():
                self.stages.setCurrentCell(r, 0)
                if item is not None:
                    self.stages.editItem(item)
                return
            if isinstance(date, DateEdit) and not start <= date.value() <= end:
                self.errors.mark(date)
                self.stages.setCurrentCell(r, 1)
                date.setFocus()
                return

    def submit(self) -> None:
        form, contract_id = self.form(), self.contract_id
        self.errors.clear()
        if contract_id is None:
            self.ops.mutate(lambda uow, actor: contracts.create_contract(uow, actor, form=form),
                            parent=self, success=lambda _c: self.accept(), failure=self.failed)
        else:
            self.ops.mutate(lambda uow, actor: contracts.update_contract(
                uow, actor, contract_id=contract_id, form=form), parent=self,
                success=lambda _c: self.accept(), failure=self.failed)

    def _amend(self) -> None:
        from ui.views.amendment import AmendmentDialog  # noqa: PLC0415

        if self.contract_id is not None:
            dialog = AmendmentDialog(self.ops, self.contract_id, self)
            dialog.accepted.connect(self._reload)
            dialog.open()

    def _reload(self) -> None:
        cid = self.contract_id
        if cid is not None:
            self.ops.query(lambda uow, actor: contracts.get_contract(uow, actor, contract_id=cid),
                           parent=self, success=self._reload_amendments)

    def _reload_amendments(self, detail: ContractDetail) -> None:
        self.amendments.setRowCount(0)
        for a in detail.amendments:
            r = self.amendments.rowCount()
            self.amendments.insertRow(r)
            for col, text in enumerate((a.number, fmt.date(a.signed_on),
                                        contracts.ground_label(a.ground), a.description)):
                self.amendments.setItem(r, col, QTableWidgetItem(text))

