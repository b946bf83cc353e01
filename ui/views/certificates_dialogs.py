"""Dialogs on one issued certificate: revoke it (head of office, with the reason, signed),
re-issue it (a new certificate for the same goods that supersedes it, signed), and record a
shipment of the goods it covers."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from milrep.db.store import Changes
from milrep.errors import ValidationError
from milrep.services import certificates, shipments
from milrep.services.certificate_screen import recipients, shippable_of_certificate
from milrep.services.certificate_views import CertificateView
from milrep.services.signing import Meaning
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.views.quality_forms import ChoiceCombo, FormDialog, sign
from ui.widgets.forms import DateEdit


def _describe(view: CertificateView) -> str:
    s = view.summary
    return translate("CertificateDialogs", "Certificate No. {number} of {date}: {item}, "
                     "{qty} {unit}, lot {lots}; recipient {recipient}.").format(
        number=s.number, date=fmt.date(s.issued_on), item=s.item_name,
        qty=fmt.quantity(s.quantity), unit=s.unit, lots=", ".join(s.lots),
        recipient=s.recipient_name or "—")


class _SignedReasonDialog(FormDialog):
    """A reason, then the sign dialog; field errors come back to the form."""

    meaning = Meaning.REVOKED_CERTIFICATE

    def __init__(self, ops: Ops, view: CertificateView, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.view = view
        self.setMinimumWidth(620)
        self.about = QLabel(_describe(view))
        self.about.setWordWrap(True)
        self.about.setObjectName("section")
        self.layout().insertWidget(0, self.about)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout().insertWidget(1, self.intro)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(90)
        self.sign_dialog = None

    def summary(self) -> str:
        raise NotImplementedError

    def service(self, uow: object, actor: object, password: str) -> Changes:
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        self.sign_dialog = sign(self.ops, self, meaning=self.meaning, summary=self.summary(),
                                service=self.service,  # type: ignore[arg-type]
                                on_error=self._field_failed, success=self._done)

    def _field_failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError) and error.field not in (None, "password"):
            self.errors.show(error)
            return True
        return False


class RevokeDialog(_SignedReasonDialog):
    """Revoke a certificate (head of office). The goods it covered may be certified again."""

    def __init__(self, ops: Ops, view: CertificateView, parent: QWidget | None = None) -> None:
        super().__init__(ops, view, parent)
        self.setWindowTitle(translate("CertificateDialogs", "Revoke certificate {number}").format(
            number=view.summary.number))
        self.intro.setText(translate(
            "CertificateDialogs", "The certificate stops being valid at once, here and, with the "
            "next trust list, for every verifier. It cannot be undone."))
        self.row("reason", translate("CertificateDialogs", "Reason"), self.reason)
        self.ok_button(translate("CertificateDialogs", "Sign revocation…"))
        self.unsaved.mark_clean()

    def summary(self) -> str:
        return translate("CertificateDialogs", "Revocation of certificate {number}.\nReason: "
                         "{reason}").format(number=self.view.summary.number,
                                            reason=self.reason.toPlainText())

    def service(self, uow: object, actor: object, password: str) -> Changes:
        return certificates.revoke_certificate(
            uow, actor, certificate_id=self.view.summary.id,  # type: ignore[arg-type]
            reason=self.reason.toPlainText(), password=password)


class ReissueDialog(_SignedReasonDialog):
    """A new certificate for the same goods replacing this one (head of office); the Article
    27.5 gate runs again."""

    meaning = Meaning.ISSUED_CERTIFICATE

    def __init__(self, ops: Ops, view: CertificateView, parent: QWidget | None = None) -> None:
        super().__init__(ops, view, parent)
        self.setWindowTitle(translate("CertificateDialogs", "Re-issue certificate {number}")
                            .format(number=view.summary.number))
        self.intro.setText(translate(
            "CertificateDialogs", "A new certificate is issued for the same goods (the Article "
            "27.5 conditions are checked again) and this one is revoked as superseded."))
        self.recipient = ChoiceCombo(ops, empty=translate("CertificateDialogs",
                                                          "The same recipient"))
        self.recipient.load(recipients)
        self.row("reason", translate("CertificateDialogs", "Reason"), self.reason)
        self.row("recipient_id", translate("CertificateDialogs", "Recipient"), self.recipient)
        self.ok_button(translate("CertificateDialogs", "Sign new certificate…"))
        self.new_id: uuid.UUID | None = None
        self.unsaved.mark_clean()

    def summary(self) -> str:
        return translate("CertificateDialogs", "New certificate replacing {number}.\nReason: "
                         "{reason}").format(number=self.view.summary.number,
                                            reason=self.reason.toPlainText())

    def service(self, uow: object, actor: object, password: str) -> Changes:
        return certificates.reissue_certificate(
            uow, actor, certificate_id=self.view.summary.id,  # type: ignore[arg-type]
            reason=self.reason.toPlainText(), password=password,
            recipient_id=self.recipient.value())

    def _done(self, changes: Changes) -> None:
        self.new_id = changes.id  # type: ignore[assignment]
        super()._done(changes)


class ShipmentDialog(FormDialog):
    """Record that goods covered by the certificate left the plant (the shipment service checks
    the certificate is valid, nothing is suspended, and no more than certified is shipped)."""

    def __init__(self, ops: Ops, view: CertificateView, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.view = view
        s = view.summary
        self.setWindowTitle(translate("CertificateDialogs", "Record shipment"))
        self.about = QLabel(_describe(view))
        self.about.setWordWrap(True)
        self.about.setObjectName("section")
        self.layout().insertWidget(0, self.about)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, max(1, s.quantity))
        self.quantity.setSuffix(f" {s.unit}")
        self.quantity.setValue(s.quantity)
        self.shipped_on = DateEdit(dt.date.today())
        self.document_no = QLineEdit()
        self.document_no.setPlaceholderText(translate("CertificateDialogs", "e.g. waybill "
                                                      "TTN-0001"))
        self.consignee = ChoiceCombo(ops, empty=translate("CertificateDialogs",
                                                          "The certificate's recipient"))
        self.consignee.load(recipients)
        self.left = QLabel()
        self.left.setObjectName("muted")
        self.row("quantity", translate("CertificateDialogs", "Quantity"), self.quantity)
        self.form.addRow("", self.left)
        self.row("shipped_on", translate("CertificateDialogs", "Shipped on"), self.shipped_on)
        self.row("document_no", translate("CertificateDialogs", "Shipping document"),
                 self.document_no)
        self.row("consignee_id", translate("CertificateDialogs", "Consignee"), self.consignee)
        self.ok_button(translate("CertificateDialogs", "Record"))
        cid = s.id
        ops.background(lambda session: shippable_of_certificate(session, cid), self._left)
        self.unsaved.mark_clean()

    def _left(self, n: int | None, error: BaseException | None) -> None:
        if error is None and n is not None:
            self.left.setText(translate("CertificateDialogs", "Certified and not yet shipped: "
                                        "{n} {unit}").format(n=n, unit=self.view.summary.unit))
            if n < self.quantity.value():
                self.quantity.setValue(n)
            self.unsaved.mark_clean()

    def submit(self) -> None:
        qty, on, doc = self.quantity.value(), self.shipped_on.value(), self.document_no.text()
        cid, consignee = self.view.summary.id, self.consignee.value()
        self.run(lambda uow, actor: shipments.record_shipment(
            uow, actor, quantity=qty, shipped_on=on, document_no=doc, certificate_id=cid,
            consignee_id=consignee))


__all__ = ["ReissueDialog", "RevokeDialog", "ShipmentDialog"]
