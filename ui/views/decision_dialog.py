"""The decision on an inspection: accept (whole or in part) or return, then the signature.

The rules' verdict is shown and chosen by default; the service decides whether the choice is
allowed (and refuses an acceptance under a suspension). After signing, the document issued is
named (acceptance record AR-…, return notice RN-…), with a suspension proposal when the item has
been returned too often, and "Print…" offers the documents the decision produced (the protocol;
the return notice after a return).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QRadioButton, QStackedWidget, QVBoxLayout, QWidget)

from milrep.errors import AuthenticationError, UserError, ValidationError
from milrep.models.acceptance import Verdict
from milrep.rules import verdict as rules
from milrep.services import inspection_decisions, inspections
from milrep.services.inspection_decisions import DecisionResult
from milrep.services.inspection_grid import InspectionGrid
from milrep.services.signing import Meaning
from ui import format as fmt
from ui.i18n import translate
from ui.models.acceptance import attempt_label
from ui.ops import Ops
from ui.widgets.document_button import DocumentsButton
from ui.widgets.forms import FieldErrors
from ui.widgets.sign_dialog import SignDialog


def defect_text(d: rules.Defect) -> str:
    """One line of the defects list, as the return notice lists them."""
    if d.requirement_id is None:
        return translate("DecisionDialog", "{name}: {found} of {expected} {unit}").format(
            name=d.name, found=d.found, expected=d.expected, unit=d.unit).strip()
    unit = d.serial or f"#{d.sample_no}"
    got = f"{fmt.quantity(d.value)} {d.unit}".strip() if d.value is not None else d.answer
    lo = fmt.quantity(d.lower_limit) if d.lower_limit is not None else ""
    hi = fmt.quantity(d.upper_limit) if d.upper_limit is not None else ""
    limits = f" ({lo} … {hi})" if lo or hi else ""
    return translate("DecisionDialog", "{name}, unit {unit}: {got}{limits} — {severity}").format(
        name=d.name, unit=unit, got=got, limits=limits,
        severity=rules.severity_label(d.severity))


class DecisionDialog(QDialog):
    def __init__(self, ops: Ops, grid: InspectionGrid, presented: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.grid, self.presented = ops, grid, presented
        self.result_: DecisionResult | None = None
        self.sign: SignDialog | None = None
        self.setMinimumWidth(620)
        self.errors = FieldErrors(QLabel())
        self.rules_says = QLabel()
        self.rules_says.setWordWrap(True)
        self.accept_all = QRadioButton()
        self.accept_part = QRadioButton()
        self.return_lot = QRadioButton()
        self.choice = QButtonGroup(self)
        for i, b in enumerate((self.accept_all, self.accept_part, self.return_lot)):
            self.choice.addButton(b, i)
        self.choice.idToggled.connect(lambda _i, on: on and self._choice_changed())

        # accept in part: serials (checked = accepted) or quantities
        self.part_page = QWidget()
        pl = QVBoxLayout(self.part_page)
        pl.setContentsMargins(0, 0, 0, 0)
        self.part_hint = QLabel()
        self.part_hint.setWordWrap(True)
        self.part_hint.setObjectName("muted")
        pl.addWidget(self.part_hint)
        self.serials = QListWidget()
        self.accepted_quantity = QLineEdit()
        self.rejected_quantity = QLineEdit()
        self.serial_error = QLabel()
        self.qty_labels = (QLabel(), QLabel())
        qform = QFormLayout()
        if presented:
            pl.addWidget(self.serials)
            pl.addWidget(self.serial_error)
            self.errors.register("accepted_serials", self.serials, self.serial_error)
            rejected = set(grid.verdict.rejected_serials)
            for s in presented:
                item = QListWidgetItem(s)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if s in rejected
                                   else Qt.CheckState.Checked)
                self.serials.addItem(item)
        else:
            self.errors.add_row(qform, "accepted_quantity", self.qty_labels[0],
                                self.accepted_quantity)
            self.errors.add_row(qform, "rejected_quantity", self.qty_labels[1],
                                self.rejected_quantity)
            pl.addLayout(qform)

        # return: reason and the defects from the grid
        self.return_page = QWidget()
        rl = QVBoxLayout(self.return_page)
        rl.setContentsMargins(0, 0, 0, 0)
        self.defects_title = QLabel()
        self.defects = QListWidget()
        self.defects.setMaximumHeight(140)
        for d in grid.verdict.defects:
            self.defects.addItem(defect_text(d))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.reason_label = QLabel()
        rform = QFormLayout()
        self.errors.add_row(rform, "reason", self.reason_label, self.reason)
        rl.addWidget(self.defects_title)
        rl.addWidget(self.defects)
        rl.addLayout(rform)

        self.pages = QStackedWidget()
        self.empty_page = QWidget()
        for w in (self.empty_page, self.part_page, self.return_page):
            self.pages.addWidget(w)

        # after signing
        self.done_box = QWidget()
        dl = QVBoxLayout(self.done_box)
        self.done_text = QLabel()
        self.done_text.setObjectName("section")
        self.done_text.setWordWrap(True)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.proposal.setStyleSheet("color: #8d4b00;")
        self.proposal_hint = QLabel()
        self.proposal_hint.setObjectName("muted")
        self.proposal_hint.setWordWrap(True)
        dl.addWidget(self.done_text)
        dl.addWidget(self.proposal)
        dl.addWidget(self.proposal_hint)
        self.next_step = QLabel()
        self.next_step.setObjectName("muted")
        self.next_step.setWordWrap(True)
        dl.addWidget(self.next_step)
        self.print_button = DocumentsButton(ops)
        dl.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        dl.addStretch(1)
        self.done_box.hide()

        self.form_box = QWidget()
        fl = QVBoxLayout(self.form_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.rules_says)
        fl.addWidget(self.errors.general)
        fl.addWidget(self.accept_all)
        fl.addWidget(self.accept_part)
        fl.addWidget(self.return_lot)
        fl.addWidget(self.pages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.form_box)
        lay.addWidget(self.done_box)
        lay.addWidget(self.buttons)
        computed = grid.verdict.verdict
        {Verdict.ACCEPT: self.accept_all, Verdict.PARTIAL: self.accept_part,
         Verdict.RETURN: self.return_lot}.get(computed, self.return_lot).setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        g = self.grid
        self.setWindowTitle(translate("DecisionDialog", "Decision on notice {number}").format(
            number=g.presentation_number))
        computed = (inspections.verdict_label(g.verdict.verdict) if g.verdict.verdict is not None
                    else translate("DecisionDialog", "no verdict yet"))
        self.rules_says.setText(translate("DecisionDialog", "{item}, lot {lot}, {attempt}. The "
                                          "rules say: {verdict}. {reason}").format(
            item=g.item_name, lot=g.lot_number, attempt=attempt_label(g.attempt),
            verdict=computed, reason=g.verdict.reason))
        self.accept_all.setText(translate("DecisionDialog", "Accept the whole presentation"))
        self.accept_part.setText(translate("DecisionDialog", "Accept in part"))
        self.return_lot.setText(translate("DecisionDialog", "Return (issue a return notice)"))
        self.part_hint.setText(translate("DecisionDialog", "Tick the units accepted; the others "
                                         "are rejected.") if self.presented else
                               translate("DecisionDialog", "The units have no serial numbers: "
                                         "give the quantities."))
        self.qty_labels[0].setText(translate("DecisionDialog", "Accepted"))
        self.qty_labels[1].setText(translate("DecisionDialog", "Rejected"))
        self.defects_title.setText(translate("DecisionDialog", "Defects listed on the return "
                                             "notice:") if g.verdict.defects else
                                   translate("DecisionDialog", "No defects recorded: give the "
                                             "reason for returning the lot."))
        self.reason_label.setText(translate("DecisionDialog", "Reason"))
        self.proposal_hint.setText(translate(
            "DecisionDialog", "The head of office can sign a suspension of acceptance and "
            "shipment of this item (Suspensions)."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("DecisionDialog", "Sign…") if self.result_ is None
                   else translate("DecisionDialog", "Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choice_changed(self) -> None:
        self.errors.clear()
        page = {0: self.empty_page, 1: self.part_page, 2: self.return_page}[
            self.choice.checkedId()]
        self.pages.setCurrentWidget(page)

    def verdict(self) -> Verdict:
        return {0: Verdict.ACCEPT, 1: Verdict.PARTIAL, 2: Verdict.RETURN}[self.choice.checkedId()]

    def arguments(self) -> dict[str, Any]:
        v = self.verdict()
        kw: dict[str, Any] = {"verdict": v}
        if v is Verdict.PARTIAL:
            if self.presented:
                items = [self.serials.item(i) for i in range(self.serials.count())]
                kw["accepted_serials"] = [i.text() for i in items
                                          if i.checkState() == Qt.CheckState.Checked]
                kw["rejected_serials"] = [i.text() for i in items
                                          if i.checkState() != Qt.CheckState.Checked]
            else:
                for name, w in (("accepted_quantity", self.accepted_quantity),
                                ("rejected_quantity", self.rejected_quantity)):
                    t = w.text().strip()
                    if t:
                        kw[name] = int(t) if t.isdigit() else t  # the service says why not
        if v is Verdict.RETURN:
            kw["reason"] = self.reason.toPlainText()
        return kw

    def summary(self) -> str:
        g, kw = self.grid, self.arguments()
        v = kw["verdict"]
        lines = [translate("DecisionDialog", "Notice {number}: {item}, lot {lot}, {attempt}")
                 .format(number=g.presentation_number, item=g.item_name, lot=g.lot_number,
                         attempt=attempt_label(g.attempt)),
                 translate("DecisionDialog", "Decision: {verdict}").format(
                     verdict=inspections.verdict_label(v))]
        if kw.get("accepted_serials") is not None:
            lines.append(translate("DecisionDialog", "Accepted: {serials}").format(
                serials=", ".join(kw["accepted_serials"]) or "—"))
            lines.append(translate("DecisionDialog", "Rejected: {serials}").format(
                serials=", ".join(kw["rejected_serials"]) or "—"))
        if v is Verdict.RETURN:
            lines += [defect_text(d) for d in g.verdict.defects]
            if kw.get("reason"):
                lines.append(translate("DecisionDialog", "Reason: {reason}").format(
                    reason=kw["reason"]))
        return "\n".join(lines)

    # --- signing -----------------------------------------------------------------------------

    def submit(self) -> None:
        if self.result_ is not None:
            self.accept()
            return
        self.errors.clear()
        meaning = Meaning.RETURNED if self.verdict() is Verdict.RETURN else Meaning.ACCEPTED
        self.sign = SignDialog(signer=self.ops.actor.full_name, meaning=meaning,
                               summary=self.summary(), parent=self)
        self.sign.sign_requested.connect(self._sign)
        self.sign.open()

    def _sign(self, password: str) -> None:
        kw, iid = self.arguments(), self.grid.inspection_id
        sign = self.sign
        assert sign is not None

        def job(uow: Any, actor: Any) -> DecisionResult:
            return inspection_decisions.decide(uow, actor, inspection_id=iid, password=password, **kw)

        def failed(error: BaseException) -> bool:
            if isinstance(error, AuthenticationError):
                sign.show_error(str(error))
                return True
            if isinstance(error, UserError):
                sign.busy = False
                sign.reject()
                if isinstance(error, ValidationError) and error.field == "verdict":
                    error = UserError(str(error))
                if isinstance(error, ValidationError):
                    self.errors.show(error)
                else:
                    self.errors.clear()
                    self.errors.general.setText(str(error))
                    self.errors.general.show()
                return True
            sign.busy = False
            sign.reject()
            return False

        self.ops.query(job, parent=sign, success=self._decided, failure=failed,
                       title=translate("DecisionDialog", "Signing"))

    def _decided(self, result: DecisionResult) -> None:
        self.result_ = result
        if self.sign is not None:
            self.sign.finish()
        self.ops.changes_applied.emit(result.changes)
        if self.verdict() is Verdict.RETURN:
            text = translate("DecisionDialog", "Return notice {number} is issued and signed.")
        else:
            text = translate("DecisionDialog", "Acceptance record {number} is issued and signed.")
        self.done_text.setText(text.format(number=result.document_number))
        self.proposal.setText(result.proposal_reason)
        self.proposal.setVisible(result.suspension_proposed)
        self.proposal_hint.setVisible(result.suspension_proposed)
        self.next_step.setText(
            translate("DecisionDialog", "The plant may present the lot again after rework: it "
                      "comes back as the next attempt, and only what failed is re-tested.")
            if self.verdict() is Verdict.RETURN else
            translate("DecisionDialog", "The accepted units can now be certified (quality "
                      "certificate)."))
        self.print_button.set_record("inspections", self.grid.inspection_id)
        self.form_box.hide()
        self.done_box.show()
        self.setMinimumHeight(0)
        lay = self.layout()
        lay.activate()
        # wrapped labels need the height for this width, which minimumSizeHint does not give
        self.resize(self.width(), max(self.minimumSizeHint().height(),
                                      lay.totalHeightForWidth(self.width())))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
        self.retranslate()

    def document_number(self) -> str:
        return self.result_.document_number if self.result_ is not None else ""


__all__ = ["DecisionDialog", "defect_text"]
