"""Cost verification (Article 27.3.8): the list, opening a verification for a contract, and the
verification itself: cost items claimed / verified / disputed with their documents, the totals
(always derived), the signed conclusion and its print."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
from sqlalchemy import select

from milrep.db.store import Changes
from milrep.models.contracts import Contract
from milrep.models.office_duties import CostCategory, VerificationStatus
from milrep.services import cost_verification as cv
from milrep.services.auth import Permission, can
from milrep.services.duty_lists import COST_VERIFICATIONS
from milrep.services.signing import Meaning
from ui import errors
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.views.quality_forms import ChoiceCombo, FormDialog, enum_combo, sign
from ui.widgets.document_button import DocumentsButton
from ui.widgets.forms import DateEdit

TABLES = frozenset({"cost_verifications", "cost_items", "cost_verification_conclusions"})


def money(value: Decimal) -> str:
    """``1,840,000,000.00`` (the ₸ is in the heading or the sentence)."""
    return fmt.number(value, 2)


def verification_status_label(value: str) -> str:
    return (translate("OfficeDuties", "Open") if value == VerificationStatus.OPEN.value
            else translate("OfficeDuties", "Concluded"))


class CostVerificationsPanel(ListScreen):
    area = "cost_verifications"
    icon_name = "file-text"
    spec = COST_VERIFICATIONS
    tables = TABLES
    widths = {"contract": 130, "subject": 320, "opened_on": 100, "status": 100, "claimed": 150,
              "disputed": 130, "conclusion": 180}
    stretch = "subject"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"status": verification_status_label}, badges={"status"},
                         parent=parent)

    def title(self) -> str:
        return translate("OfficeDuties", "Cost verification")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.OFFICE_DUTIES)

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if self.model.query.text:
            return (translate("OfficeDuties", "No verification matches"),
                    translate("OfficeDuties", "Try part of the contract number or what is "
                              "verified."), "")
        return (translate("OfficeDuties", "No cost verification yet"),
                translate("OfficeDuties", "Verify the actual costs a contractor claims, item by "
                          "item: verified and disputed amounts, documents, a signed "
                          "conclusion."),
                translate("OfficeDuties", "Verify costs"))

    def new_record(self) -> None:
        if self.can_edit():
            dialog = OpenVerificationDialog(self.ops, self)
            dialog.saved.connect(lambda ch: ch.id and VerificationDialog(
                self.ops, ch.id, self).open())
            dialog.open()

    def open_record(self, record_id: uuid.UUID) -> None:
        VerificationDialog(self.ops, record_id, self).open()


class OpenVerificationDialog(FormDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(translate("OfficeDuties", "Verify costs"))
        self.contract = ChoiceCombo(ops, empty=translate("OfficeDuties", "Choose a contract"))
        self.contract.load(lambda s: s.execute(
            select(Contract.id, Contract.number, Contract.subject)
            .order_by(Contract.number)).all(), lambda c: f"{c.number} — {c.subject}")
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(translate("OfficeDuties", "e.g. actual costs of stage 1"))
        self.opened_on = DateEdit(dt.date.today())
        self.row("contract_id", translate("OfficeDuties", "Contract"), self.contract)
        self.row("subject", translate("OfficeDuties", "What is verified"), self.subject)
        self.row("opened_on", translate("OfficeDuties", "Opened"), self.opened_on)
        self.ok_button(translate("OfficeDuties", "Open the verification"))

    def submit(self) -> None:
        contract_id = self.contract.value() or uuid.uuid4()
        subject, opened = self.subject.text(), self.opened_on.value()
        self.run(lambda uow, actor: cv.open_verification(
            uow, actor, contract_id=contract_id, subject=subject, opened_on=opened))


class CostItemDialog(FormDialog):
    def __init__(self, ops: Ops, verification_id: uuid.UUID, item: cv.CostItemInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.verification_id, self.item = verification_id, item
        self.setWindowTitle(translate("OfficeDuties", "Cost item"))
        self.category = enum_combo(CostCategory, cv.category_label)
        self.description = QLineEdit()
        self.claimed, self.verified, self.disputed = QLineEdit(), QLineEdit("0"), QLineEdit("0")
        self.documents = QPlainTextEdit()
        self.documents.setFixedHeight(60)
        self.remarks = QLineEdit()
        self.row("category", translate("OfficeDuties", "Category"), self.category)
        self.row("description", translate("OfficeDuties", "Cost item"), self.description)
        self.row("claimed", translate("OfficeDuties", "Claimed, ₸"), self.claimed)
        self.row("verified", translate("OfficeDuties", "Verified, ₸"), self.verified)
        self.row("disputed", translate("OfficeDuties", "Disputed, ₸"), self.disputed)
        self.row("documents", translate("OfficeDuties", "Supporting documents"), self.documents)
        self.row("remarks", translate("OfficeDuties", "Remarks (why disputed)"), self.remarks)
        if item is not None:
            self.category.setCurrentIndex(list(CostCategory).index(item.category))
            self.description.setText(item.description)
            for w, v in ((self.claimed, item.claimed), (self.verified, item.verified),
                         (self.disputed, item.disputed)):
                w.setText(format(v, "f"))
            self.documents.setPlainText(item.documents)
            self.remarks.setText(item.remarks)

    def submit(self) -> None:
        form = cv.CostItemForm(self.category.currentData(), self.description.text(),
                               fmt.parse_money(self.claimed.text()),
                               fmt.parse_money(self.verified.text()) or "0",
                               fmt.parse_money(self.disputed.text()) or "0",
                               self.documents.toPlainText(), self.remarks.text())
        if self.item is None:
            vid = self.verification_id
            self.run(lambda uow, actor: cv.add_cost_item(uow, actor, verification_id=vid,
                                                         form=form))
        else:
            iid = self.item.id
            self.run(lambda uow, actor: cv.update_cost_item(uow, actor, item_id=iid, form=form))


class VerificationDialog(QDialog):
    """One verification (see the module docstring)."""

    def __init__(self, ops: Ops, verification_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.verification_id = ops, verification_id
        self.info: cv.VerificationInfo | None = None
        self.setMinimumSize(1000, 620)
        self.setWindowTitle(translate("OfficeDuties", "Cost verification"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([
            translate("OfficeDuties", "Category"), translate("OfficeDuties", "Cost item"),
            translate("OfficeDuties", "Claimed, ₸"), translate("OfficeDuties", "Verified, ₸"),
            translate("OfficeDuties", "Disputed, ₸"), translate("OfficeDuties", "Documents"),
            translate("OfficeDuties", "Remarks")])
        for col, width in enumerate((180, 250, 130, 130, 120, 160, 0)):
            if width:
                self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.table.itemSelectionChanged.connect(self._update)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.add_button = QPushButton(translate("OfficeDuties", "Add item…"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(translate("OfficeDuties", "Edit item…"))
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button = QPushButton(translate("OfficeDuties", "Remove item"))
        self.remove_button.clicked.connect(self.remove_item)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setFixedHeight(60)
        self.conclusion.setPlaceholderText(translate("OfficeDuties", "The office's conclusion "
                                                                     "on the verified costs"))
        self.sign_button = QPushButton(translate("OfficeDuties", "Sign the conclusion…"))
        self.sign_button.clicked.connect(self.sign_conclusion)
        self.print_button = DocumentsButton(ops, self)
        self.print_button.set_record("cost_verifications", verification_id)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        items_bar = QHBoxLayout()
        items_bar.addWidget(self.totals, 1)
        for b in (self.add_button, self.edit_button, self.remove_button):
            items_bar.addWidget(b)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.sign_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(items_bar)
        lay.addWidget(self.message)
        lay.addWidget(self.conclusion)
        lay.addLayout(bottom)
        ops.changes_applied.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.ops.query(lambda uow, actor: cv.get_verification(
            uow, actor, verification_id=self.verification_id), parent=self, success=self._show)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*TABLES) and self.isVisible():
            self.reload()
            self.print_button.reload()

    def _show(self, info: cv.VerificationInfo) -> None:
        self.info = info
        row = self.table.currentRow()
        self.summary.setText(translate("OfficeDuties", "<b>Contract {number}</b> — {subject}; "
                                                       "opened {date}").format(
            number=info.contract_number, subject=info.subject,
            date=info.opened_on.strftime("%d.%m.%Y")))
        self.table.setRowCount(len(info.items))
        for r, i in enumerate(info.items):
            cells = (cv.category_label(i.category), i.description, money(i.claimed),
                     money(i.verified), money(i.disputed), i.documents.replace("\n", "; "),
                     i.remarks)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if 2 <= c <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c == 4 and i.disputed > 0:
                    item.setForeground(QColor("#b42318"))
                self.table.setItem(r, c, item)
        if 0 <= row < len(info.items):
            self.table.selectRow(row)
        t = info.totals
        text = translate("OfficeDuties", "Claimed {claimed} ₸ · verified {verified} ₸ · disputed "
                                         "{disputed} ₸").format(
            claimed=money(t.claimed), verified=money(t.verified), disputed=money(t.disputed))
        if t.unverified:
            text += " · " + translate("OfficeDuties", "still to verify {amount} ₸").format(
                amount=money(t.unverified))
        if info.conclusion_number:
            text += " · " + translate("OfficeDuties", "conclusion No. {number}").format(
                number=info.conclusion_number)
        self.totals.setText(text)
        self._update()

    def _update(self) -> None:
        info = self.info
        editable = (info is not None and info.status is VerificationStatus.OPEN
                    and can(self.ops.actor, Permission.OFFICE_DUTIES))
        has = self.table.currentRow() >= 0
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and has)
        self.remove_button.setEnabled(editable and has)
        self.conclusion.setReadOnly(not editable)
        self.sign_button.setEnabled(editable and bool(info and info.items))
        concluded = info is not None and info.status is not VerificationStatus.OPEN
        for w in (self.add_button, self.edit_button, self.remove_button, self.sign_button):
            w.setVisible(not concluded)
        if concluded and info is not None:
            self.conclusion.setPlainText(info.conclusion_text)

    def _current(self) -> cv.CostItemInfo | None:
        r = self.table.currentRow()
        return self.info.items[r] if self.info is not None and 0 <= r < len(self.info.items) \
            else None

    def add_item(self) -> None:
        CostItemDialog(self.ops, self.verification_id, None, self).open()

    def edit_item(self) -> None:
        item = self._current()
        if item is not None and self.edit_button.isEnabled():
            CostItemDialog(self.ops, self.verification_id, item, self).open()

    def remove_item(self) -> None:
        item = self._current()
        if item is not None:
            self._mutate(lambda uow, actor: cv.remove_cost_item(uow, actor, item_id=item.id))

    def _mutate(self, fn: object) -> None:
        self.message.hide()

        self.ops.mutate(fn, parent=self,  # type: ignore[arg-type]
                        failure=errors.in_label(self.message))

    def sign_conclusion(self) -> None:
        if self.info is None:
            return
        text = self.conclusion.toPlainText()
        t = self.info.totals
        summary = translate("OfficeDuties", "Conclusion on the costs of contract {number}: "
                                            "claimed {claimed} ₸, verified {verified} ₸, disputed "
                                            "{disputed} ₸").format(
            number=self.info.contract_number, claimed=money(t.claimed),
            verified=money(t.verified), disputed=money(t.disputed))
        self.sign_dialog = sign(
            self.ops, self, meaning=Meaning.OPINION, summary=summary,
            service=lambda uow, actor, pw: cv.issue_conclusion(
                uow, actor, verification_id=self.verification_id, conclusion=text,
                password=pw))
