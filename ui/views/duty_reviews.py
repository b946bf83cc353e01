"""Draft contract reviews (Article 27.3.1): the list, opening a review of a draft contract, and the
review itself: the Article 22.4 checklist (each term found present or missing from the contract's
record, or marked by the reviewer with the draft's clause), remarks, the signed conclusion and
its print."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)
from sqlalchemy import select

from milrep.db.store import Changes
from milrep.models.contracts import Contract, ContractStatus
from milrep.models.office_duties import ReviewStatus
from milrep.rules import contract_terms as ct
from milrep.services import contract_reviews as cr
from milrep.services.auth import Permission, can
from milrep.services.duty_lists import CONTRACT_REVIEWS
from milrep.services.signing import Meaning
from ui import errors
from ui.i18n import translate
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.views.quality_forms import ChoiceCombo, FormDialog, sign
from ui.widgets.document_button import DocumentsButton
from ui.widgets.forms import DateEdit

TABLES = frozenset({"contract_reviews", "contract_review_terms", "contract_review_conclusions",
                    "contracts"})


def review_status_label(value: str) -> str:
    return (translate("OfficeDuties", "Open") if value == ReviewStatus.OPEN.value
            else translate("OfficeDuties", "Concluded"))


def verdict_short(value: str | None) -> str:
    return {ct.Verdict.AGREED.value: translate("OfficeDuties", "Agreed"),
            ct.Verdict.AGREED_WITH_REMARKS.value: translate("OfficeDuties", "Agreed with remarks"),
            ct.Verdict.NOT_AGREED.value: translate("OfficeDuties", "Not agreed")}.get(
                value or "", "")


class ContractReviewsPanel(ListScreen):
    area = "contract_reviews"
    icon_name = "checklist"
    spec = CONTRACT_REVIEWS
    tables = TABLES
    widths = {"contract": 140, "opened_on": 100, "draft_ref": 320, "status": 100,
              "verdict": 160, "conclusion": 190}
    stretch = "draft_ref"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"status": review_status_label, "verdict": verdict_short},
                         badges={"status"}, parent=parent)

    def title(self) -> str:
        return translate("OfficeDuties", "Contract reviews")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.OFFICE_DUTIES)

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if self.model.query.text:
            return (translate("OfficeDuties", "No review matches"),
                    translate("OfficeDuties", "Try part of the contract number or subject."), "")
        return (translate("OfficeDuties", "No draft contract reviewed yet"),
                translate("OfficeDuties", "Check a draft contract against every term Article "
                          "22.4 requires, note remarks and sign the office's conclusion."),
                translate("OfficeDuties", "Review a draft contract"))

    def new_record(self) -> None:
        if self.can_edit():
            dialog = OpenReviewDialog(self.ops, self)
            dialog.saved.connect(lambda ch: ch.id and ReviewDialog(self.ops, ch.id, self).open())
            dialog.open()

    def open_record(self, record_id: uuid.UUID) -> None:
        ReviewDialog(self.ops, record_id, self).open()


class OpenReviewDialog(FormDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(translate("OfficeDuties", "Review a draft contract"))
        self.contract = ChoiceCombo(ops, empty=translate("OfficeDuties", "Choose a draft "
                                                                         "contract"))
        self.contract.load(lambda s: s.execute(
            select(Contract.id, Contract.number, Contract.subject)
            .where(Contract.status == ContractStatus.DRAFT).order_by(Contract.number)).all(),
            lambda c: f"{c.number} — {c.subject}")
        self.opened_on = DateEdit(dt.date.today())
        self.draft_ref = QLineEdit()
        self.draft_ref.setPlaceholderText(translate("OfficeDuties", "e.g. MoD letter 12/1187, "
                                                                    "draft version 2"))
        self.row("contract_id", translate("OfficeDuties", "Draft contract"), self.contract)
        self.row("opened_on", translate("OfficeDuties", "Review opened"), self.opened_on)
        self.row("draft_ref", translate("OfficeDuties", "Draft as received"), self.draft_ref)
        self.ok_button(translate("OfficeDuties", "Open the review"))

    def submit(self) -> None:
        contract_id = self.contract.value() or uuid.uuid4()
        opened, ref = self.opened_on.value(), self.draft_ref.text()
        self.run(lambda uow, actor: cr.open_review(uow, actor, contract_id=contract_id,
                                                   opened_on=opened, draft_ref=ref))


FINDINGS: tuple[tuple[ct.TermStatus | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("OfficeDuties", "As the contract's record says")),
    (ct.TermStatus.PRESENT, QT_TRANSLATE_NOOP("OfficeDuties", "Present in the draft")),
    (ct.TermStatus.MISSING, QT_TRANSLATE_NOOP("OfficeDuties", "Missing from the draft")),
    (ct.TermStatus.NOT_APPLICABLE,
     QT_TRANSLATE_NOOP("OfficeDuties", "Not applicable (an advance only)")))


class ReviewDialog(QDialog):
    """One review: the checklist, the reviewer's marks, remarks, the conclusion (see the module
    docstring). Every change runs its service and reads the review again."""

    def __init__(self, ops: Ops, review_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.review_id = ops, review_id
        self.info: cr.ReviewInfo | None = None
        self.setMinimumSize(980, 680)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        for col, width in enumerate((70, 330, 110, 110, 80, 0)):
            if width:
                self.table.setColumnWidth(col, width)
        hh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_chosen)

        self.finding = QComboBox()
        for status, text in FINDINGS:
            self.finding.addItem(translate("OfficeDuties", text), status)
        self.clause = QLineEdit()
        self.clause.setPlaceholderText(translate("OfficeDuties", "clause of the draft"))
        self.clause.setMaximumWidth(160)
        self.remark = QLineEdit()
        self.remark.setPlaceholderText(translate("OfficeDuties", "remark"))
        self.apply_button = QPushButton(translate("OfficeDuties", "Apply to the term"))
        self.apply_button.clicked.connect(self.apply_mark)
        mark_row = QHBoxLayout()
        mark_row.addWidget(self.finding)
        mark_row.addWidget(self.clause)
        mark_row.addWidget(self.remark, 1)
        mark_row.addWidget(self.apply_button)

        self.remarks = QPlainTextEdit()
        self.remarks.setFixedHeight(70)
        self.save_remarks = QPushButton(translate("OfficeDuties", "Save remarks"))
        self.save_remarks.clicked.connect(self.store_remarks)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setFixedHeight(60)
        self.conclusion.setPlaceholderText(translate("OfficeDuties", "The office's conclusion "
                                                                     "on the draft"))
        self.sign_button = QPushButton(translate("OfficeDuties", "Sign the conclusion…"))
        self.sign_button.clicked.connect(self.sign_conclusion)
        self.print_button = DocumentsButton(ops, self)
        self.print_button.set_record("contract_reviews", review_id)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.addRow(translate("OfficeDuties", "Remarks"), self.remarks)
        form.addRow("", self.save_remarks)
        form.addRow(translate("OfficeDuties", "Conclusion"), self.conclusion)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verdict, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.sign_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(mark_row)
        lay.addWidget(self.message)
        lay.addLayout(form)
        lay.addLayout(bottom)
        self.setWindowTitle(translate("OfficeDuties", "Review of a draft contract"))
        self.table.setHorizontalHeaderLabels([
            translate("OfficeDuties", "Clause"), translate("OfficeDuties", "Term of Article 22.4"),
            translate("OfficeDuties", "Finding"), translate("OfficeDuties", "Draft clause"),
            translate("OfficeDuties", "From"), translate("OfficeDuties", "Remark")])
        ops.changes_applied.connect(self._changed)
        self.reload()

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.ops.query(lambda uow, actor: cr.get_review(uow, actor, review_id=self.review_id),
                       parent=self, success=self._show)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*TABLES) and self.isVisible():
            self.reload()
            self.print_button.reload()

    def _show(self, info: cr.ReviewInfo) -> None:
        self.info = info
        row = self.table.currentRow()
        self.summary.setText(translate(
            "OfficeDuties", "<b>Contract {number}</b> — draft as received: {ref}; review opened "
            "{date}").format(number=info.contract_number, ref=info.draft_ref or "—",
                             date=info.opened_on.strftime("%d.%m.%Y")))
        self.table.setRowCount(len(info.terms))
        for r, t in enumerate(info.terms):
            source = (translate("OfficeDuties", "record") if t.derived else
                      translate("OfficeDuties", "reviewer")
                      if t.status is not ct.TermStatus.NOT_CHECKED else "")
            cells = (t.clause, t.law_text, ct.status_label(t.status), t.clause_ref, source,
                     t.remark)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 2 and t.status is ct.TermStatus.MISSING:
                    item.setForeground(QColor("#b42318"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                elif c == 2 and t.status is ct.TermStatus.NOT_CHECKED:
                    item.setForeground(QColor("#b54708"))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if 0 <= row < len(info.terms):
            self.table.selectRow(row)
        if not self.remarks.hasFocus():
            self.remarks.setPlainText(info.remarks)
        open_ = info.status is ReviewStatus.OPEN
        editable = open_ and can(self.ops.actor, Permission.OFFICE_DUTIES)
        for w in (self.finding, self.clause, self.remark, self.apply_button, self.save_remarks,
                  self.sign_button):
            w.setEnabled(editable)
            w.setVisible(open_)  # a concluded review is a record: nothing to change
        self.remarks.setReadOnly(not editable)
        self.conclusion.setReadOnly(not editable)
        if not open_:
            self.conclusion.setPlainText(info.conclusion_text)
        verdict = ct.verdict_label(info.verdict)
        if open_ and info.unchecked:
            verdict = translate("OfficeDuties", "Still to check: {terms}").format(
                terms=", ".join(t.clause for t in info.unchecked))
        elif not open_:
            verdict = translate("OfficeDuties", "{verdict} — conclusion No. {number}").format(
                verdict=verdict, number=info.conclusion_number)
        else:
            verdict = translate("OfficeDuties", "So far: {verdict}").format(verdict=verdict)
        self.verdict.setText(verdict)

    def _row_chosen(self) -> None:
        if self.info is None or self.table.currentRow() < 0:
            return
        t = self.info.terms[self.table.currentRow()]
        status = None if t.derived or t.status is ct.TermStatus.NOT_CHECKED else t.status
        self.finding.setCurrentIndex(next(i for i, (s, _) in enumerate(FINDINGS) if s == status))
        self.clause.setText(t.clause_ref)
        self.remark.setText(t.remark)

    # --- changing --------------------------------------------------------------------------

    def _mutate(self, fn: object) -> None:
        self.message.hide()

        self.ops.mutate(fn, parent=self,  # type: ignore[arg-type]
                        failure=errors.in_label(self.message))

    def apply_mark(self) -> None:
        if self.info is None or self.table.currentRow() < 0:
            return
        term = self.info.terms[self.table.currentRow()].code
        data = self.finding.currentData()
        status = ct.TermStatus(data) if data else None
        clause, remark = self.clause.text(), self.remark.text()
        self._mutate(lambda uow, actor: cr.mark_term(uow, actor, review_id=self.review_id,
                                                     term=term, status=status, clause_ref=clause,
                                                     remark=remark))

    def store_remarks(self) -> None:
        text = self.remarks.toPlainText()
        self._mutate(lambda uow, actor: cr.set_remarks(uow, actor, review_id=self.review_id,
                                                       remarks=text))

    def sign_conclusion(self) -> None:
        if self.info is None:
            return
        text = self.conclusion.toPlainText()
        summary = translate("OfficeDuties", "Conclusion on the draft of contract {number}: "
                                            "{verdict}").format(
            number=self.info.contract_number, verdict=ct.verdict_label(self.info.verdict))
        self.sign_dialog = sign(
            self.ops, self, meaning=Meaning.OPINION, summary=summary,
            service=lambda uow, actor, pw: cr.issue_conclusion(
                uow, actor, review_id=self.review_id, conclusion=text, password=pw))
