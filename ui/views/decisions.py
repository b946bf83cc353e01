"""Decisions on quality and reliability the office monitors (overdue ones in red) and storage
checks of accepted lots awaiting shipment (Article 27.4.6)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from milrep.db.store import Changes
from milrep.errors import ValidationError
from milrep.services import decisions
from milrep.services import quality_choices as choices
from milrep.services.auth import Permission, can
from ui.i18n import translate
from ui.icons import icon
from ui.models.decisions import DecisionsModel, StorageChecksModel
from ui.models.paged import ID_ROLE
from ui.ops import Ops
from ui.views.quality_forms import ChoiceCombo, FormDialog
from ui.widgets.forms import DateEdit


def _table(model: object) -> QTableView:
    t = QTableView()
    t.setObjectName("list")
    t.setModel(model)  # type: ignore[arg-type]
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(30)
    t.setShowGrid(False)
    t.setAlternatingRowColors(True)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return t


class DecisionsPanel(QWidget):
    tables = ("quality_decisions", "storage_checks", "acceptance_records")

    def __init__(self, ops: Ops, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ops, self.fixed_today = ops, today
        self.model = DecisionsModel(self)
        self.checks = StorageChecksModel(self)
        self.table = _table(self.model)
        for col, width in enumerate((340, 220, 100, 230, 110)):
            self.table.setColumnWidth(col, width)
        self.checks_table = _table(self.checks)
        for col, width in enumerate((160, 110, 110)):
            self.checks_table.setColumnWidth(col, width)
        self.decisions_title = QLabel()
        self.decisions_title.setObjectName("section")
        self.checks_title = QLabel()
        self.checks_title.setObjectName("section")
        self.new_button = QPushButton(icon("plus", "#ffffff"), "")
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_decision)
        self.implemented_button = QPushButton()
        self.implemented_button.clicked.connect(self.mark_implemented)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_decision)
        self.check_button = QPushButton(icon("plus"), "")
        self.check_button.clicked.connect(self.new_check)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        top = QHBoxLayout()
        top.addWidget(self.decisions_title)
        top.addStretch(1)
        for b in (self.implemented_button, self.cancel_button, self.new_button):
            top.addWidget(b)
        mid = QHBoxLayout()
        mid.addWidget(self.checks_title)
        mid.addStretch(1)
        mid.addWidget(self.check_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 3)
        lay.addLayout(mid)
        lay.addWidget(self.checks_table, 2)
        self.retranslate()
        self.refresh()

    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    def retranslate(self) -> None:
        self.decisions_title.setText(translate("DecisionsPanel", "Decisions on quality and "
                                               "reliability"))
        self.checks_title.setText(translate("DecisionsPanel", "Storage checks of accepted lots"))
        self.new_button.setText(translate("DecisionsPanel", "New decision…"))
        self.implemented_button.setText(translate("DecisionsPanel", "Implemented…"))
        self.cancel_button.setText(translate("DecisionsPanel", "Cancel decision…"))
        self.check_button.setText(translate("DecisionsPanel", "Record a check…"))
        self.model.retranslate()
        self.checks.retranslate()
        self.update_actions()

    def refresh(self) -> None:
        today = self.today()
        self.ops.query(lambda uow, actor: (decisions.list_decisions(uow, actor, today=today),
                                           decisions.list_storage_checks(uow, actor)),
                       parent=self, success=self._arrived)

    def _arrived(self, data: tuple[tuple[decisions.DecisionInfo, ...],
                                   tuple[decisions.StorageCheckInfo, ...]]) -> None:
        rows, checks = data
        current = self.current_id()
        # open first, the most overdue on top; closed ones after
        self.model.set_rows(sorted(rows, key=lambda d: (d.status != d.status.OPEN, d.due_on)))
        self.checks.set_rows(checks)
        for r, d in enumerate(self.model.rows):
            if d.id == current:
                self.table.selectRow(r)
        self.update_actions()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.tables):
            self.refresh()

    def current_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def current(self) -> decisions.DecisionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def update_actions(self) -> None:
        edit = can(self.ops.actor, Permission.EDIT_DECISIONS)
        d = self.current()
        is_open = d is not None and d.status == d.status.OPEN
        self.new_button.setEnabled(edit)
        self.check_button.setEnabled(edit)
        self.implemented_button.setEnabled(edit and is_open)
        self.cancel_button.setEnabled(edit and is_open)

    def new_decision(self) -> None:
        DecisionDialog(self.ops, self).open()

    def mark_implemented(self) -> None:
        d = self.current()
        if d is not None:
            CloseDecisionDialog(self.ops, d, implemented=True, parent=self).open()

    def cancel_decision(self) -> None:
        d = self.current()
        if d is not None:
            CloseDecisionDialog(self.ops, d, implemented=False, parent=self).open()

    def new_check(self) -> None:
        StorageCheckDialog(self.ops, self).open()


class DecisionDialog(FormDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(translate("DecisionDialog", "Decision on quality and reliability"))
        self.title = QLineEdit()
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(translate("DecisionDialog", "Who at the plant implements it"))
        self.due = DateEdit(dt.date.today() + dt.timedelta(days=30))
        self.item = ChoiceCombo(ops, empty=translate("DecisionDialog", "Not for one item"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        self.row("title", translate("DecisionDialog", "Decision"), self.title)
        self.row("owner", translate("DecisionDialog", "Responsible"), self.owner)
        self.row("due_on", translate("DecisionDialog", "Due"), self.due)
        self.row("item_id", translate("DecisionDialog", "Item"), self.item)
        self.row("description", translate("DecisionDialog", "Details"), self.description)
        self.ok_button(translate("DecisionDialog", "Create"))
        self.item.load(choices.items, text=lambda c: c.name)
        self.unsaved.mark_clean()

    def submit(self) -> None:
        title, owner, due = self.title.text(), self.owner.text(), self.due.value()
        item, text = self.item.value(), self.description.toPlainText()
        self.run(lambda uow, actor: decisions.create_decision(
            uow, actor, title=title, owner=owner, due_on=due, description=text, item_id=item))


class CloseDecisionDialog(FormDialog):
    """Mark a decision implemented (date, how verified) or cancel it (why)."""

    def __init__(self, ops: Ops, decision: decisions.DecisionInfo, *, implemented: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.decision, self.implemented = decision, implemented
        self.setWindowTitle(decision.title)
        self.on = DateEdit()
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        if implemented:
            self.row("implemented_on", translate("CloseDecisionDialog", "Implemented on"),
                     self.on)
            self.row("verification", translate("CloseDecisionDialog", "How it was verified"),
                     self.text)
            self.ok_button(translate("CloseDecisionDialog", "Mark implemented"))
        else:
            self.row("reason", translate("CloseDecisionDialog", "Why it is cancelled"),
                     self.text)
            self.ok_button(translate("CloseDecisionDialog", "Cancel the decision"))
        self.unsaved.mark_clean()

    def submit(self) -> None:
        did, text, on = self.decision.id, self.text.toPlainText(), self.on.value()
        if self.implemented:
            self.run(lambda uow, actor: decisions.mark_implemented(
                uow, actor, decision_id=did, implemented_on=on, verification=text))
        else:
            self.run(lambda uow, actor: decisions.cancel_decision(uow, actor, decision_id=did,
                                                                  reason=text))


class StorageCheckDialog(FormDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(translate("StorageCheckDialog", "Storage check"))
        self.lot = ChoiceCombo(ops, empty=translate("StorageCheckDialog", "Choose…"))
        self.on = DateEdit()
        self.ok = QCheckBox(translate("StorageCheckDialog", "Storage conditions are met"))
        self.ok.setChecked(True)
        self.findings = QPlainTextEdit()
        self.findings.setFixedHeight(80)
        self.row("lot_id", translate("StorageCheckDialog", "Accepted lot"), self.lot)
        self.row("checked_on", translate("StorageCheckDialog", "Checked on"), self.on)
        self.row("conditions_ok", translate("StorageCheckDialog", "Result"), self.ok)
        self.row("findings", translate("StorageCheckDialog", "Findings"), self.findings)
        self.ok_button(translate("StorageCheckDialog", "Record"))
        self.lot.load(choices.accepted_lots)
        self.unsaved.mark_clean()

    def submit(self) -> None:
        lot = self.lot.value()
        if lot is None:
            self.errors.show(ValidationError(translate("StorageCheckDialog", "Choose the lot."),
                                             field="lot_id"))
            return
        on, ok, text = self.on.value(), self.ok.isChecked(), self.findings.toPlainText()
        self.run(lambda uow, actor: decisions.record_storage_check(
            uow, actor, lot_id=lot, checked_on=on, conditions_ok=ok, findings=text))

