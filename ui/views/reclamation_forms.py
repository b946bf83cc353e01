"""Forms of the reclamations area: the defect notification (29.1) and the suspension the findings
propose (27.4.8), signed in the suspensions area's own dialog and linked to the reclamation."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox,
                               QWidget)

from milrep.models.reclamations import WarrantyBasis
from milrep.services import quality_choices as choices
from milrep.services import reclamation_suspension as rs
from milrep.services import reclamation_views as rv
from milrep.services import reclamations as rc
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from milrep.services.reclamation_labels import basis_label
from milrep.services.signing import Meaning
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.views.quality_forms import ChoiceCombo, FormDialog, sign
from ui.views.suspensions import SuspendDialog, _field_error
from ui.widgets.dates import OptionalDateEdit


class NotificationDialog(FormDialog):
    """Register a defect notification from a recipient, within the warranty period (29.1)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(translate("ReclamationForms", "Register a defect notification"))
        self.setMinimumWidth(700)
        intro = QLabel(translate(
            "ReclamationForms", "A defect found within the warranty period, reported by the "
            "recipient (Article 29.1). The warranty starts from the lot's certificate or "
            "acceptance when this database has one; otherwise enter its start."))
        intro.setWordWrap(True)
        self.layout().insertWidget(0, intro)
        choose = translate("ReclamationForms", "Choose…")
        self.recipient = ChoiceCombo(ops, empty=choose)
        self.contract = ChoiceCombo(ops, empty=choose)
        self.item = ChoiceCombo(ops, empty=choose)
        self.lot = ChoiceCombo(ops, empty=translate("ReclamationForms", "No lot"))
        self.serials = QLineEdit()
        self.serials.setPlaceholderText(translate("ReclamationForms", "e.g. 0412, 0413"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100000)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.characteristic = ChoiceCombo(ops, empty=translate("ReclamationForms", "None"))
        self.found = OptionalDateEdit()
        self.notified = OptionalDateEdit()
        self.reference = QLineEdit()
        self.storage = QLineEdit()
        self.months = QSpinBox()
        self.months.setRange(0, rc.MAX_WARRANTY_MONTHS)
        self.months.setValue(24)
        self.months.setSuffix(translate("ReclamationForms", " months"))
        self.start = OptionalDateEdit()
        self.start_hint = QLabel()
        self.start_hint.setObjectName("muted")
        self.start_hint.setWordWrap(True)
        self.row("recipient_id", translate("ReclamationForms", "Recipient"), self.recipient)
        self.row("notification_ref", translate("ReclamationForms", "Their reference"),
                 self.reference)
        self.row("contract_id", translate("ReclamationForms", "Contract"), self.contract)
        self.row("item_id", translate("ReclamationForms", "Item"), self.item)
        self.row("lot_id", translate("ReclamationForms", "Lot"), self.lot)
        self.row("serials", translate("ReclamationForms", "Serial numbers"), self.serials)
        self.row("quantity", translate("ReclamationForms", "Quantity"), self.quantity)
        self.row("defect_description", translate("ReclamationForms", "Defect"), self.description)
        self.row("characteristic_id", translate("ReclamationForms", "Characteristic"),
                 self.characteristic)
        self.row("defect_found_on", translate("ReclamationForms", "Defect found on"), self.found)
        self.row("notified_on", translate("ReclamationForms", "Notification received on"),
                 self.notified)
        self.row("storage_place", translate("ReclamationForms", "Goods kept at"), self.storage)
        self.row("warranty_months", translate("ReclamationForms", "Warranty period"), self.months)
        self.row("warranty_start", translate("ReclamationForms", "Warranty started on"), self.start)
        self.form.addRow("", self.start_hint)
        self.ok_button(translate("ReclamationForms", "Register"))
        self.contract.currentIndexChanged.connect(self._contract_changed)
        self.item.currentIndexChanged.connect(self._item_changed)
        self.lot.currentIndexChanged.connect(self._lot_changed)
        self.recipient.load(rv.recipient_choices)
        self.contract.load(choices.contracts)
        today = dt.date.today()
        self.found.set_date(today)
        self.notified.set_date(today)
        self._lot_changed()
        self.unsaved.mark_clean()

    def _contract_changed(self) -> None:
        cid = self.contract.value()
        self.item.load(lambda s: choices.items(s, cid), text=lambda c: c.name)

    def _item_changed(self) -> None:
        iid = self.item.value()
        self.lot.load(lambda s: choices.lots(s, iid))
        self.characteristic.load(lambda s: rv.characteristic_choices(s, iid))

    def _lot_changed(self) -> None:
        lid = self.lot.value()

        def done(result: tuple[WarrantyBasis, dt.date | None] | None,
                 error: BaseException | None) -> None:
            if error is not None or result is None or lid != self.lot.value():
                return
            basis, start = result
            self.start.setEnabled(start is None)
            if start is not None:
                self.start.set_date(start)
                self.start_hint.setText(translate(
                    "ReclamationForms", "The warranty starts on {date}, {basis}.").format(
                    date=fmt.date(start), basis=basis_label(basis)))
            else:
                self.start_hint.setText(translate(
                    "ReclamationForms", "No certificate or acceptance of this lot is recorded "
                    "here: enter the start from the delivery documents."))

        self.ops.background(lambda s: rv.warranty_start_of_lot(s, lid), done)

    def notification_form(self) -> rc.NotificationForm:
        serials = tuple(x.strip() for x in self.serials.text().replace(";", ",").split(",")
                        if x.strip())
        return rc.NotificationForm(
            recipient_id=self.recipient.value(), item_id=self.item.value(),
            lot_id=self.lot.value(), serials=serials,
            quantity=len(serials) if serials else self.quantity.value(),
            defect_description=self.description.toPlainText(),
            characteristic_id=self.characteristic.value(),
            defect_found_on=self.found.value() or dt.date.today(),
            notified_on=self.notified.value() or dt.date.today(),
            warranty_months=self.months.value(),
            warranty_start=self.start.value(), notification_ref=self.reference.text(),
            storage_place=self.storage.text())

    def submit(self) -> None:
        self.errors.clear()
        for edit, field in ((self.found, "defect_found_on"), (self.notified, "notified_on"),
                            (self.start, "warranty_start")):
            problem = edit.problem()
            if problem:
                self.errors.show(_field_error(problem, field))
                return
        if self.found.value() is None or self.notified.value() is None:
            self.errors.show(_field_error(translate(
                "ReclamationForms", "Enter the date."),
                "defect_found_on" if self.found.value() is None else "notified_on"))
            return
        form = self.notification_form()
        self.run(lambda uow, actor: rc.register_notification(uow, actor, form=form))


class ReclamationSuspendDialog(SuspendDialog):
    """The suspensions area's dialog, filled with the reclamation's proposal; signing links the
    suspension to the reclamation."""

    def __init__(self, ops: Ops, reclamation_id: uuid.UUID,
                 proposal: proposals.SuspensionProposal, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent, proposal=proposal)
        self.reclamation_id = reclamation_id

    def submit(self) -> None:
        self.errors.clear()
        form = self.suspension_form()
        summary = "\n".join([
            translate("SuspensionsView", "Ground: {ground}").format(
                ground=sp.ground_label(form.ground)),
            translate("SuspensionsView", "Scope: {scope} — {target}").format(
                scope=sp.scope_label(form.scope), target=self.item.currentText()),
            translate("SuspensionsView", "Reason: {reason}").format(reason=form.reason)])
        rid = self.reclamation_id
        self.sign_dialog = sign(
            self.ops, self, meaning=Meaning.SUSPENDED, summary=summary,
            service=lambda uow, actor, pw: rs.suspend_for_reclamation(
                uow, actor, reclamation_id=rid, form=form, password=pw),
            on_error=self._field_failed, success=self._done)


def propose_suspension(ops: Ops, parent: QWidget, reclamation_id: uuid.UUID) -> None:
    """Ask for the proposal, then open the suspension dialog filled with it; when a suspension
    of the item for defects found in service is already in force, offer to link that one."""
    def propose() -> None:
        ops.query(lambda uow, actor: rs.propose_suspension(uow, actor,
                                                           reclamation_id=reclamation_id),
                  parent=parent, success=lambda p: ReclamationSuspendDialog(
                      ops, reclamation_id, p, parent).open())

    def found(existing: tuple[uuid.UUID, str] | None) -> None:
        if existing is None:
            propose()
            return
        sid, number = existing
        answer = QMessageBox.question(parent, translate("ReclamationForms", "Link suspension"),
                                      translate("ReclamationForms", "Suspension {number} of this "
                                                "item for defects found in service is already in "
                                                "force. Link it to the reclamation?").format(
                                                    number=number))
        if answer == QMessageBox.StandardButton.Yes:
            ops.mutate(lambda uow, actor: rs.link_suspension(
                uow, actor, reclamation_id=reclamation_id, suspension_id=sid), parent=parent)

    ops.query(lambda uow, actor: rs.suspension_to_link(uow, actor,
                                                       reclamation_id=reclamation_id),
              parent=parent, success=found)
