"""One reclamation, step by step: the notification, the joint commission (29.2), the findings with
the outcome Article 29 gives them shown live as they are ticked (signed), the remedy with the
penalty period (29.6), closing; "Print…" gives the act, and "Propose suspension…" appears when the
findings say goods in production have the same defect (27.4.8)."""

from __future__ import annotations

import datetime as dt
import html
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from milrep.models.reclamations import CommissionParty, ReclamationStatus, Remedy
from milrep.rules.reclamation import Findings, evaluate
from milrep.services import reclamation_views as rv
from milrep.services import reclamations as rc
from milrep.services.auth import Permission, can
from milrep.services.reclamation_labels import (basis_label, finding_labels, party_label,
                                                remedy_label, status_label)
from milrep.services.signing import Meaning
from ui import format as fmt
from ui.errors import in_label
from ui.i18n import translate
from ui.ops import Ops
from ui.views.quality_forms import sign
from ui.views.reclamation_forms import propose_suspension
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.document_button import DocumentsButton

EDITABLE_COMMISSION = (ReclamationStatus.NOTIFIED, ReclamationStatus.COMMISSION)


class ReclamationWindow(QDialog):
    def __init__(self, ops: Ops, reclamation_id: uuid.UUID, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ops, self.reclamation_id = ops, reclamation_id
        self.info: rv.ReclamationInfo | None = None
        self.may_edit = can(ops.actor, Permission.INSPECT)
        self.setMinimumSize(940, 660)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.penalty = QLabel()
        self.penalty.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._notification_tab(), translate("ReclamationWindow", "Notification"))
        self.tabs.addTab(self._commission_tab(), translate("ReclamationWindow", "Commission"))
        self.tabs.addTab(self._findings_tab(), translate("ReclamationWindow", "Findings"))
        self.tabs.addTab(self._remedy_tab(), translate("ReclamationWindow", "Remedy and closing"))
        self.print_button = DocumentsButton(ops)
        self.print_button.set_record("reclamations", reclamation_id)
        self.suspend_button = QPushButton(translate("ReclamationWindow", "Propose suspension…"))
        self.suspend_button.setToolTip(translate(
            "ReclamationWindow", "Goods in production have the same defect: suspend their "
            "acceptance and shipment (Article 27.4.8)"))
        self.suspend_button.clicked.connect(
            lambda: propose_suspension(self.ops, self, self.reclamation_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.suspend_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.penalty)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(buttons)
        ops.changes_applied.connect(self._changes_applied)
        self.reload()

    # --- tabs --------------------------------------------------------------------------------

    def _notification_tab(self) -> QWidget:
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        QVBoxLayout(page).addWidget(self.facts)
        return page

    def _commission_tab(self) -> QWidget:
        self.formed_on = OptionalDateEdit()
        self.members = QTableWidget(0, 4)
        self.members.setHorizontalHeaderLabels([
            translate("ReclamationWindow", "Represents"), translate("ReclamationWindow", "Name"),
            translate("ReclamationWindow", "Organization"), translate("ReclamationWindow", "Role")])
        hh = self.members.horizontalHeader()
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 230), (1, 200), (3, 170)):
            self.members.setColumnWidth(col, width)
        self.members.verticalHeader().hide()
        self.add_member = QPushButton(translate("ReclamationWindow", "Add member"))
        self.add_member.clicked.connect(lambda: self._add_member(CommissionParty.RECIPIENT))
        self.remove_member = QPushButton(translate("ReclamationWindow", "Remove member"))
        self.remove_member.clicked.connect(
            lambda: self.members.removeRow(self.members.currentRow()))
        self.save_commission = QPushButton(translate("ReclamationWindow", "Save the commission"))
        self.save_commission.setObjectName("primary")
        self.save_commission.clicked.connect(self._save_commission)
        note = QLabel(translate(
            "ReclamationWindow", "Article 29.2: representatives of the recipient, the contractor "
            "and the military representative office establish the causes of the defect."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ReclamationWindow", "Formed on")))
        row.addWidget(self.formed_on)
        row.addStretch(1)
        row.addWidget(self.add_member)
        row.addWidget(self.remove_member)
        row.addWidget(self.save_commission)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(note)
        lay.addLayout(row)
        lay.addWidget(self.members, 1)
        return page

    def _findings_tab(self) -> QWidget:
        self.checks: dict[str, QCheckBox] = {}
        boxes = QVBoxLayout()
        for key, label in finding_labels().items():
            box = QCheckBox(label)
            box.toggled.connect(self._show_outcome)
            self.checks[key] = box
            boxes.addWidget(box)
        self.findings_on = OptionalDateEdit()
        self.cause = QPlainTextEdit()
        self.cause.setFixedHeight(90)
        self.signed = QLabel()
        self.signed.setObjectName("muted")
        self.signed.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.outcome.setObjectName("outcome")
        self.sign_findings = QPushButton(translate("ReclamationWindow", "Sign the findings…"))
        self.sign_findings.setObjectName("primary")
        self.sign_findings.clicked.connect(self._sign_findings)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.findings_on.setMaximumWidth(200)
        form.addRow(translate("ReclamationWindow", "Findings dated"), self.findings_on)
        form.addRow(translate("ReclamationWindow", "Cause established"), self.cause)
        left = QVBoxLayout()
        left.addLayout(boxes)
        left.addSpacing(8)
        left.addLayout(form)
        left.addWidget(self.signed)
        left.addStretch(1)
        right = QVBoxLayout()
        title = QLabel(translate("ReclamationWindow", "What Article 29 gives these findings"))
        title.setObjectName("section")
        right.addWidget(title)
        right.addWidget(self.outcome, 1)
        right.addWidget(self.sign_findings, 0, Qt.AlignmentFlag.AlignRight)
        page = QWidget()
        lay = QHBoxLayout(page)
        lay.addLayout(left, 5)
        lay.addSpacing(12)
        lay.addLayout(right, 4)
        return page

    def _remedy_tab(self) -> QWidget:
        self.allowed = QLabel()
        self.allowed.setWordWrap(True)
        self.remedy = QComboBox()
        self.started_on = OptionalDateEdit()
        self.term = QSpinBox()
        self.term.setRange(0, 3650)
        self.term.setSpecialValueText(translate("ReclamationWindow", "not set"))
        self.term.setSuffix(translate("ReclamationWindow", " days"))
        self.completed_on = OptionalDateEdit()
        self.notes = QLineEdit()
        self.save_remedy = QPushButton(translate("ReclamationWindow", "Save the remedy"))
        self.save_remedy.setObjectName("primary")
        self.save_remedy.clicked.connect(self._save_remedy)
        self.closed_on = OptionalDateEdit()
        self.close_button = QPushButton(translate("ReclamationWindow", "Close the reclamation"))
        self.close_button.clicked.connect(self._close_reclamation)
        self.remedy.setMinimumWidth(360)
        self.notes.setMinimumWidth(560)
        self.term.setMinimumWidth(140)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.allowed)
        form.addRow(translate("ReclamationWindow", "Remedy"), self.remedy)
        form.addRow(translate("ReclamationWindow", "Started on"), self.started_on)
        form.addRow(translate("ReclamationWindow", "Term (contract)"), self.term)
        form.addRow(translate("ReclamationWindow", "Completed on"), self.completed_on)
        form.addRow(translate("ReclamationWindow", "Notes"), self.notes)
        form.addRow("", self.save_remedy)
        closing = QHBoxLayout()
        closing.addWidget(QLabel(translate("ReclamationWindow", "Closed on")))
        closing.addWidget(self.closed_on)
        closing.addWidget(self.close_button)
        closing.addStretch(1)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addLayout(form)
        lay.addSpacing(12)
        lay.addLayout(closing)
        lay.addStretch(1)
        return page

    # --- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        rid = self.reclamation_id
        self.ops.query(lambda uow, actor: rv.get_reclamation(uow, actor, reclamation_id=rid),
                       parent=self, success=self.show_info)

    def _changes_applied(self, changes: object) -> None:
        if getattr(changes, "touches", lambda *_t: False)("reclamations", "suspensions"):
            self.reload()
            self.print_button.reload()

    def show_info(self, r: rv.ReclamationInfo) -> None:
        self.info = r
        self.setWindowTitle(translate("ReclamationWindow", "Reclamation {number}").format(
            number=r.number))
        self.heading.setText(translate("ReclamationWindow", "Reclamation {number} — {status}")
                             .format(number=r.number, status=status_label(r.status)))
        self._show_penalty(r)
        rows = [(translate("ReclamationWindow", "Recipient"),
                 f"{r.recipient_name} {r.notification_ref}".strip()),
                (translate("ReclamationWindow", "Contract"),
                 f"{r.contract_number} — {r.contractor_name}"),
                (translate("ReclamationWindow", "Item"), r.item_name),
                (translate("ReclamationWindow", "Lot"), r.lot_number or "—"),
                (translate("ReclamationWindow", "Serial numbers"), ", ".join(r.serials) or "—"),
                (translate("ReclamationWindow", "Quantity"), f"{r.quantity} {r.unit}"),
                (translate("ReclamationWindow", "Defect"), r.defect_description),
                (translate("ReclamationWindow", "Characteristic"), r.characteristic_name or "—"),
                (translate("ReclamationWindow", "Defect found on"), fmt.date(r.defect_found_on)),
                (translate("ReclamationWindow", "Notification received on"),
                 fmt.date(r.notified_on)),
                (translate("ReclamationWindow", "Warranty (Article 29.1)"),
                 translate("ReclamationWindow", "{months} months, {start} to {end} ({basis})")
                 .format(months=r.warranty_months, start=fmt.date(r.warranty_start),
                         end=fmt.date(r.warranty_ends), basis=basis_label(r.warranty_basis))),
                (translate("ReclamationWindow", "Goods kept at"), r.storage_place or "—")]
        self.facts.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in rows) + "</table>")
        self._show_commission(r)
        self._show_findings(r)
        self._show_remedy(r)
        self.suspend_button.setVisible(r.needs_suspension)
        self.suspend_button.setEnabled(can(self.ops.actor, Permission.SUSPEND))

    def _show_penalty(self, r: rv.ReclamationInfo) -> None:
        p = r.penalty
        if p is None:
            self.penalty.setText(
                translate("ReclamationWindow", "No penalty period: the contractor is not found "
                                               "at fault (yet).") if r.findings is None else
                translate("ReclamationWindow", "No penalty period: the contractor is not at "
                                               "fault."))
            self.penalty.setStyleSheet("")
            return
        text = translate("ReclamationWindow", "Penalty period (Article 29.6): {days} days from "
                                              "the notification").format(days=p.days)
        if p.running:
            text += translate("ReclamationWindow", ", still running")
        if p.term_days is not None:
            text += translate("ReclamationWindow", "; the contract's term is {term} days").format(
                term=p.term_days)
        if p.overdue:
            text += translate("ReclamationWindow", " — overdue by {days} days").format(
                days=p.overdue_days)
        if r.suspension_number:
            text += "\n" + translate("ReclamationWindow", "Suspension (Article 27.4.8): {number}"
                                      ).format(number=r.suspension_number)
        self.penalty.setText(text)
        self.penalty.setStyleSheet("color: #b71c1c; font-weight: bold;" if p.overdue else "")

    def _show_commission(self, r: rv.ReclamationInfo) -> None:
        self.members.setRowCount(0)
        if r.members:
            for m in r.members:
                self._add_member(m.party, m.name, m.organization, m.role)
        else:
            self._add_member(CommissionParty.RECIPIENT, "", r.recipient_name,
                             translate("ReclamationWindow", "Chair"))
            self._add_member(CommissionParty.CONTRACTOR, "", r.contractor_name, "")
            self._add_member(CommissionParty.MILITARY_REPRESENTATIVE, self.ops.actor.full_name,
                             "", translate("ReclamationWindow", "Member"))
        self.formed_on.set_date(r.commission_formed_on or dt.date.today())
        editable = self.may_edit and r.status in EDITABLE_COMMISSION
        for w in (self.formed_on, self.add_member, self.remove_member, self.save_commission):
            w.setEnabled(editable)
        self.members.setEnabled(editable)

    def _add_member(self, party: CommissionParty, name: str = "", organization: str = "",
                    role: str = "") -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        combo = QComboBox()
        for p in CommissionParty:
            combo.addItem(party_label(p), p)
        combo.setCurrentIndex(combo.findData(party))
        self.members.setCellWidget(row, 0, combo)
        for col, text in ((1, name), (2, organization), (3, role)):
            self.members.setItem(row, col, QTableWidgetItem(text))

    def _show_findings(self, r: rv.ReclamationInfo) -> None:
        recorded = r.findings is not None
        for key, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(bool(recorded and getattr(r.findings, key)))
            box.setEnabled(self.may_edit and r.status == ReclamationStatus.COMMISSION)
            box.blockSignals(False)
        self.findings_on.set_date(r.findings_on or dt.date.today())
        self.cause.setPlainText(r.cause)
        editable = self.may_edit and r.status == ReclamationStatus.COMMISSION
        for w in (self.findings_on, self.cause, self.sign_findings):
            w.setEnabled(editable)
        self.cause.setReadOnly(not editable)
        self.sign_findings.setVisible(not recorded)
        self.signed.setText(translate("ReclamationWindow", "Signed by {who} on {when}.").format(
            who=r.findings_signed_by, when=fmt.date(r.findings_signed_at)) if recorded else "")
        self._show_outcome()

    def ticked(self) -> Findings:
        return Findings(**{k: b.isChecked() for k, b in self.checks.items()})

    def _show_outcome(self) -> None:
        o = evaluate(self.ticked(), goods=self.info.goods if self.info else True)
        parts = [f"<p style='color:#b71c1c'><b>{html.escape(p)}</b></p>" for p in o.problems]
        parts += [f"<p>• {html.escape(x)}</p>" for x in o.reasons]
        if o.remedies:
            allowed = translate("ReclamationWindow", "Remedies allowed: {remedies}").format(
                remedies="; ".join(remedy_label(x) for x in o.remedies))
            parts.append(f"<p><b>{html.escape(allowed)}</b></p>")
        self.outcome.setText("".join(parts))
        # contradictory findings cannot be signed (the service refuses them too)
        editable = (self.info is not None and self.may_edit
                    and self.info.status == ReclamationStatus.COMMISSION)
        self.sign_findings.setEnabled(editable and o.consistent)

    def _show_remedy(self, r: rv.ReclamationInfo) -> None:
        o = r.outcome
        allowed = o.remedies if o is not None else ()
        self.remedy.clear()
        for x in allowed:
            self.remedy.addItem(remedy_label(x), x)
        if r.remedy is not None:
            self.remedy.setCurrentIndex(max(0, self.remedy.findData(r.remedy)))
        if o is None:
            self.allowed.setText(translate("ReclamationWindow",
                                           "The commission's findings decide the remedy."))
        elif not allowed:
            self.allowed.setText(translate("ReclamationWindow", "The contractor is not at fault: "
                                           "no remedy at its expense; close the reclamation."))
        else:
            self.allowed.setText(translate("ReclamationWindow", "The findings allow: {remedies}.")
                                 .format(remedies="; ".join(remedy_label(x) for x in allowed)))
        self.started_on.set_date(r.remedy_started_on or (dt.date.today() if allowed else None))
        self.term.setValue(r.penalty.term_days or 0 if r.penalty else 0)
        self.completed_on.set_date(r.remedy_completed_on)
        self.notes.setText(r.remedy_notes)
        editable = (self.may_edit and bool(allowed)
                    and r.status in (ReclamationStatus.FINDINGS, ReclamationStatus.REMEDY))
        for w in (self.remedy, self.started_on, self.term, self.completed_on, self.notes,
                  self.save_remedy):
            w.setEnabled(editable)
        closable = self.may_edit and r.status in (ReclamationStatus.FINDINGS,
                                                  ReclamationStatus.REMEDY)
        self.closed_on.set_date(r.closed_on or dt.date.today())
        self.closed_on.setEnabled(closable)
        self.close_button.setEnabled(closable)

    # --- actions -----------------------------------------------------------------------------

    def _mutate(self, fn: object) -> None:
        self.message.hide()
        self.ops.mutate(fn, parent=self, success=lambda _c: self.reload(),  # type: ignore[arg-type]
                        failure=in_label(self.message))

    def _say(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.show()

    def _date(self, edit: OptionalDateEdit) -> dt.date | None:
        problem = edit.problem() or ("" if edit.value() else
                                     translate("ReclamationWindow", "Enter the date."))
        if problem:
            self._say(problem)
            return None
        return edit.value()

    def _save_commission(self) -> None:
        formed = self._date(self.formed_on)
        if formed is None:
            return
        members = []
        for row in range(self.members.rowCount()):
            combo = self.members.cellWidget(row, 0)
            texts = [(self.members.item(row, c).text() if self.members.item(row, c) else "")
                     for c in (1, 2, 3)]
            members.append(rc.MemberForm(CommissionParty(combo.currentData()),  # type: ignore[attr-defined]
                                         *texts))
        rid, frozen = self.reclamation_id, tuple(members)
        self._mutate(lambda uow, actor: rc.set_commission(
            uow, actor, reclamation_id=rid, formed_on=formed, members=frozen))

    def _sign_findings(self) -> None:
        on = self._date(self.findings_on)
        if on is None:
            return
        form = rc.FindingsForm(self.ticked(), self.cause.toPlainText(), on)
        o = evaluate(form.findings, goods=self.info.goods if self.info else True)
        cause = translate("ReclamationWindow", "Cause: {cause}").format(cause=form.cause)
        summary = "\n".join([cause, *o.reasons])
        rid = self.reclamation_id
        self.sign_dialog = sign(
            self.ops, self, meaning=Meaning.APPROVED, summary=summary,
            service=lambda uow, actor, pw: rc.record_findings(
                uow, actor, reclamation_id=rid, form=form, password=pw),
            success=lambda _c: self.reload())

    def _save_remedy(self) -> None:
        started = self._date(self.started_on)
        if started is None:
            return
        if self.completed_on.problem():
            self._say(self.completed_on.problem())
            return
        remedy = Remedy(self.remedy.currentData())
        term = self.term.value() or None
        completed, notes, rid = self.completed_on.value(), self.notes.text(), self.reclamation_id
        self._mutate(lambda uow, actor: rc.record_remedy(
            uow, actor, reclamation_id=rid, remedy=remedy, started_on=started, term_days=term,
            completed_on=completed, notes=notes))

    def _close_reclamation(self) -> None:
        closed = self._date(self.closed_on)
        if closed is None:
            return
        rid = self.reclamation_id
        self._mutate(lambda uow, actor: rc.close(uow, actor, reclamation_id=rid,
                                                 closed_on=closed))
