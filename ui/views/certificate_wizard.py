"""The issuing wizard (Articles 25.10, 27.5): choose the accepted goods, see the Article 27.5
checklist condition by condition, sign with the password, then print.

The checklist is the core's (:func:`milrep.services.certificates.certificate_checklist`); "Sign
and issue…" stays disabled while any condition fails, and the core checks again when issuing (in
the same transaction): if something changed meanwhile, its refusal is shown on the signing page
and nothing is stored.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QTableView,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

from milrep.db.store import Changes
from milrep.errors import UserError, ValidationError
from milrep.services import certificates
from milrep.services.certificate_screen import recipients
from milrep.services.signing import Meaning, meaning_label
from ui.i18n import translate
from ui.icons import icon
from ui.models.certificates import CertifiableModel
from ui.ops import Ops
from ui.views.certificates_checklist import OK_COLORS, ChecklistPage
from ui.views.certificates_print import preview, print_certificates
from ui.views.quality_forms import ChoiceCombo
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.password import password_field



def split_serials(text: str) -> list[str]:
    """Serial numbers typed separated by commas, semicolons, spaces or new lines."""
    return [s for s in re.split(r"[\s,;]+", text) if s]


class GoodsPage(QWizardPage):
    """Step 1: the acceptance records to certify, how many units, and the recipient."""

    def __init__(self, ops: Ops, preselect: Sequence[uuid.UUID] = ()) -> None:
        super().__init__()
        self.ops = ops
        self.preselect = set(preselect)
        self.model = CertifiableModel(self)
        self.model.checked_changed.connect(self.completeChanged.emit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._toggle)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 10_000_000)
        self.quantity.setFixedWidth(220)
        self.serials = QLineEdit()
        self.serials.setMaximumWidth(520)
        self.recipient = ChoiceCombo(ops, empty=translate("CertificateWizard",
                                                          "The contract's recipient"))
        self.recipient.setMaximumWidth(520)
        self.recipient.load(recipients)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.labels = {k: QLabel() for k in ("quantity", "serials", "recipient")}
        form = QFormLayout()
        form.addRow(self.labels["quantity"], self.quantity)
        form.addRow(self.labels["serials"], self.serials)
        form.addRow(self.labels["recipient"], self.recipient)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addLayout(form)
        lay.addWidget(self.error)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setTitle(translate("CertificateWizard", "Goods to certify"))
        self.setSubTitle(translate("CertificateWizard", "Tick the acceptance records of one "
                                   "item. Without a quantity or serial numbers, every unit not "
                                   "yet certified is covered."))
        self.labels["quantity"].setText(translate("CertificateWizard", "Quantity"))
        self.quantity.setSpecialValueText(translate("CertificateWizard", "All not yet certified"))
        self.labels["serials"].setText(translate("CertificateWizard", "Serial numbers"))
        self.serials.setPlaceholderText(translate("CertificateWizard", "Only these units, e.g. "
                                                  "0405, 0406 (optional)"))
        self.labels["recipient"].setText(translate("CertificateWizard", "Recipient"))
        self.empty.setText(translate("CertificateWizard", "No acceptance record has units left "
                                     "to certify. Goods are certified after they are accepted "
                                     "(Acceptance area)."))

    def reload(self) -> None:
        self.ops.query(lambda uow, actor: certificates.certifiable_records(uow, actor),
                       parent=self, success=self._records_arrived)

    def _records_arrived(self, rows: Sequence[certificates.CertifiableRecord]) -> None:
        self.model.set_rows(rows)
        for r in rows:
            if r.id in self.preselect:
                self.model.set_checked(r.id, True)
        self.preselect = set()
        self.empty.setVisible(not rows)

    def _toggle(self, index: object) -> None:
        row = self.model.record(self.table.currentIndex().row())
        if row is not None:
            self.model.set_checked(row.id, row.id not in self.model.checked)

    def isComplete(self) -> bool:
        return bool(self.model.checked)

    def record_ids(self) -> list[uuid.UUID]:
        return [r.id for r in self.model.checked_records()]

    def quantity_value(self) -> int | None:
        return self.quantity.value() or None

    def serial_values(self) -> list[str] | None:
        return split_serials(self.serials.text()) or None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class SignPage(QWizardPage):
    """Step 3: the signing act (Meaning: issued the certificate) with the password."""

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.busy = False
        self.issued_id: uuid.UUID | None = None
        self.setCommitPage(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("section")
        self.meaning = QLabel(meaning_label(Meaning.ISSUED_CERTIFICATE))
        self.signer = QLabel(ops.actor.full_name)
        self.password = password_field()
        self.password.textChanged.connect(lambda _t: self.error.hide())
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.labels = {k: QLabel() for k in ("meaning", "signer", "password")}
        form = QFormLayout()
        form.addRow(self.labels["meaning"], self.meaning)
        form.addRow(self.labels["signer"], self.signer)
        form.addRow(self.labels["password"], self.password)
        lay = QVBoxLayout(self)
        lay.addWidget(self.about)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("CertificateWizard", "Sign the certificate"))
        self.setSubTitle(translate("CertificateWizard", "Your signature is stored with the "
                                   "certificate. Once issued, it cannot be changed, only revoked "
                                   "or re-issued by the head of office."))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           translate("CertificateWizard", "Sign and issue"))
        self.labels["meaning"].setText(translate("CertificateWizard", "Meaning"))
        self.labels["signer"].setText(translate("CertificateWizard", "Signed by"))
        self.labels["password"].setText(translate("CertificateWizard", "Your password"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, CertificateWizard)
        goods = wizard.goods_page
        records = goods.model.checked_records()
        lots = ", ".join(dict.fromkeys(r.lot_number for r in records))
        unit = records[0].unit if records else ""
        qty = goods.quantity_value() or (len(goods.serial_values() or []) or
                                         sum(r.remaining_quantity for r in records))
        self.about.setText(translate(
            "CertificateWizard", "Certificate for {item}: {qty} {unit}, lot {lots}. Recipient: "
            "{recipient}.").format(item=records[0].item_name if records else "", qty=qty,
                                   unit=unit, lots=lots, recipient=goods.recipient.currentText()))
        self.password.setFocus()

    def validatePage(self) -> bool:
        if self.issued_id is not None:
            return True
        if self.busy:
            return False
        if not self.password.text():
            self.show_error(translate("CertificateWizard", "Type your password to sign."))
            return False
        wizard = self.wizard()
        assert isinstance(wizard, CertificateWizard)
        goods = wizard.goods_page
        ids, qty, serials = goods.record_ids(), goods.quantity_value(), goods.serial_values()
        recipient, password = goods.recipient.value(), self.password.text()
        self.busy = True
        self.ops.mutate(lambda uow, actor: certificates.issue_certificate(
            uow, actor, acceptance_record_ids=ids, password=password, recipient_id=recipient,
            quantity=qty, serials=serials), parent=self, success=self._issued,
            failure=self._failed,
            title=translate("CertificateWizard", "Issuing the certificate…"))
        return False

    def _issued(self, changes: Changes) -> None:
        self.busy = False
        self.password.clear()
        self.issued_id = changes.id  # type: ignore[assignment]
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, error: BaseException) -> bool:
        self.busy = False
        if isinstance(error, ValidationError) and error.field not in (None, "password"):
            self.show_error(str(error))
            return True
        if isinstance(error, UserError):
            self.show_error(str(error))
            return True
        self.show_error(translate("CertificateWizard", "The certificate was not issued."))
        return False

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.setFocus()
        self.password.selectAll()


class ResultPage(QWizardPage):
    """Step 4: the number issued; print or preview it at once."""

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.number = ""
        self.certificate_id: uuid.UUID | None = None
        self.headline = QLabel()
        self.headline.setStyleSheet(f"color: {OK_COLORS[0]}; font-size: 20px; "
                                    "font-weight: 700;")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.print_button = QPushButton(icon("printer"), "")
        self.print_button.clicked.connect(self.print_)
        self.preview_button = QPushButton(icon("eye"), "")
        self.preview_button.clicked.connect(self.preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        lay.addWidget(self.text)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("CertificateWizard", "Certificate issued"))
        self.print_button.setText(translate("CertificateWizard", "Print…"))
        self.preview_button.setText(translate("CertificateWizard", "Preview"))
        self.text.setText(translate("CertificateWizard", "The certificate is signed and sealed. "
                                    "Print it and put the office stamp in its place; the QR code "
                                    "lets the receiving unit verify it."))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, CertificateWizard)
        self.certificate_id = wizard.sign_page.issued_id
        cid = self.certificate_id
        if cid is None:
            return
        self.ops.query(lambda uow, actor: certificates.get_certificate(
            uow, actor, certificate_id=cid), parent=self, success=self._arrived)

    def _arrived(self, view: certificates.CertificateView) -> None:
        self.number = view.summary.number
        self.headline.setText(translate("CertificateWizard", "Certificate No. {number}").format(
            number=self.number))
        wizard = self.wizard()
        if isinstance(wizard, CertificateWizard):
            wizard.issued.emit(view.summary.id)

    def print_(self) -> None:
        if self.certificate_id is not None:
            print_certificates(self.ops, [(self.certificate_id, self.number)], self.window())

    def preview(self) -> None:
        if self.certificate_id is not None:
            preview(self.ops, self.certificate_id, self.number, self.window())


class CertificateWizard(QWizard):
    """See the module docstring."""

    issued = Signal(object)
    """sig: a certificate was issued; the argument is its id."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 preselect: Sequence[uuid.UUID] = ()) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(860, 640)
        self.goods_page = GoodsPage(ops, preselect)
        self.checklist_page = ChecklistPage(ops)
        self.sign_page = SignPage(ops)
        self.result_page = ResultPage(ops)
        for page in (self.goods_page, self.checklist_page, self.sign_page, self.result_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("CertificateWizard", "Issue a certificate"))
        for page in (self.goods_page, self.checklist_page, self.sign_page, self.result_page):
            page.retranslate()
        self.goods_page.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["CertificateWizard", "ChecklistPage", "GoodsPage", "ResultPage", "SignPage",
           "split_serials"]
