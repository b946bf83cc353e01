"""The tests area (Article 27.4.4): periodic, qualification and type tests, their protocols, the
office's signed opinion (printed with "Print…" once issued), the periodic tests due; a negative
periodic test proposes a suspension."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.errors import ValidationError
from milrep.models.quality import TestKind, TestResult
from milrep.services import product_tests as pt
from milrep.services import quality_choices as choices
from milrep.services import suspension_proposals as proposals
from milrep.services.auth import Permission, can
from milrep.services.lists import PRODUCT_TESTS
from milrep.services.signing import Meaning
from ui import format as fmt
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.views.quality_forms import ChoiceCombo, FormDialog, enum_combo, sign
from ui.widgets.document_button import DocumentsButton
from ui.widgets.forms import DateEdit


class ProductTestsView(ListScreen):
    area = "tests"
    icon_name = "play"
    spec = PRODUCT_TESTS
    tables = frozenset({"product_tests", "test_opinions", "control_list_items"})
    widths = {"kind": 130, "item": 200, "protocol": 100, "started_on": 96,
              "completed_on": 96, "result": 96, "repeat": 100, "opinion": 150}
    stretch = "summary"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={
            "kind": lambda v: pt.kind_label(TestKind(v)),
            "result": lambda v: pt.result_label(TestResult(v))}, badges={"result"},
            parent=parent)

    @classmethod
    def title(cls) -> str:
        return translate("TestsView", "Tests")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.INSPECT)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.result_filter = QComboBox()
        self.result_filter.setMinimumWidth(140)
        self.result_filter.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(self.result_filter)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.due_button = QPushButton(icon("calendar"), "")
        self.due_button.clicked.connect(self.show_due)
        self.result_button = QPushButton()
        self.result_button.clicked.connect(self.record_result)
        self.repeat_button = QPushButton()
        self.repeat_button.clicked.connect(self.repeat_test)
        self.opinion_button = QPushButton()
        self.opinion_button.clicked.connect(self.issue_opinion)
        self.propose_button = QPushButton(icon("lock"), "")
        self.propose_button.clicked.connect(self.propose_suspension)
        self.print_button = DocumentsButton(self.ops, compact=True)
        for b in (self.due_button, self.result_button, self.repeat_button, self.opinion_button,
                  self.propose_button, self.print_button):
            bar.addWidget(b)

    def _retranslate_list(self) -> None:
        current = self.result_filter.currentData()
        self.result_filter.blockSignals(True)
        self.result_filter.clear()
        self.result_filter.addItem(translate("TestsView", "All results"), None)
        for r in TestResult:
            self.result_filter.addItem(pt.result_label(r), r.value)
        self.result_filter.setCurrentIndex(max(0, self.result_filter.findData(current)))
        self.result_filter.blockSignals(False)
        self.due_button.setText(translate("TestsView", "Due…"))
        self.due_button.setToolTip(translate("TestsView", "Periodic tests due by the schedule"))
        self.result_button.setText(translate("TestsView", "Record result…"))
        self.repeat_button.setText(translate("TestsView", "Repeat…"))
        self.opinion_button.setText(translate("TestsView", "Opinion…"))
        self.propose_button.setText(translate("TestsView", "Propose suspension…"))
        super()._retranslate_list()
        self.new_button.setText(translate("TestsView", "Register…"))

    def _filter_changed(self) -> None:
        value = self.result_filter.currentData()
        self.model.set_scope({"result": value} if value else {})

    def update_actions(self) -> None:
        super().update_actions()
        self.edit_button.hide()
        result = self.current_value("result")
        edit = self.can_edit() and self.current_id() is not None
        self.result_button.setEnabled(edit and result == TestResult.PENDING.value)
        self.repeat_button.setEnabled(edit and result == TestResult.NEGATIVE.value)
        self.opinion_button.setEnabled(edit and result in (TestResult.POSITIVE.value,
                                                           TestResult.NEGATIVE.value)
                                       and not self.current_value("opinion"))
        self.propose_button.setEnabled(self.current_id() is not None
                                       and result == TestResult.NEGATIVE.value
                                       and can(self.ops.actor, Permission.SUSPEND))
        self.print_button.set_record("product_tests", self.current_id())

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches("test_opinions"):
            self.print_button.reload()  # the opinion just signed can be printed

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("TestsView", "No test matches"),
                    translate("TestsView", "Try fewer words or another result."), "")
        return (translate("TestsView", "No tests yet"),
                translate("TestsView", "Register the periodic, qualification and type tests of "
                          "goods the office takes part in, then record their protocols."),
                translate("TestsView", "Register a test"))

    def new_record(self) -> None:
        if self.can_edit():
            RegisterTestDialog(self.ops, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        self.ops.query(lambda uow, actor: pt.get_test(uow, actor, test_id=record_id),
                       parent=self,
                       success=lambda info: TestViewer(info, self, ops=self.ops).open())

    def show_record(self, item_id: uuid.UUID) -> None:
        """From the dashboard's "periodic test due": the item's tests and the tests due."""
        self.result_filter.setCurrentIndex(0)
        self.model.set_scope({"item_id": item_id})
        self.show_due()

    def record_result(self) -> None:
        test_id = self.current_id()
        if test_id is None:
            return
        kind = self.current_value("kind")
        dialog = RecordResultDialog(self.ops, test_id, self)
        dialog.saved.connect(lambda _c: self._recorded(test_id, kind, dialog.result()))
        dialog.open()

    def _recorded(self, test_id: uuid.UUID, kind: str, result: TestResult) -> None:
        if result != TestResult.NEGATIVE or kind != TestKind.PERIODIC.value:
            return
        if not can(self.ops.actor, Permission.SUSPEND):
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("TestsView", "Negative test"),
                          translate("TestsView", "The periodic test is negative. Acceptance and "
                                    "shipment of the goods made since the last positive periodic "
                                    "test should be suspended. Review the proposed suspension "
                                    "now?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self.proposal_question = box
        box.buttonClicked.connect(
            lambda b: box.buttonRole(b) == QMessageBox.ButtonRole.YesRole
            and self.propose_suspension(test_id))
        box.open()

    def propose_suspension(self, test_id: uuid.UUID | None = None) -> None:
        test_id = test_id or self.current_id()
        if test_id is None:
            return
        from ui.views.suspensions import SuspendDialog  # noqa: PLC0415

        def show(proposal: proposals.SuspensionProposal) -> None:
            self.suspend_dialog = SuspendDialog(self.ops, self, proposal=proposal)
            self.suspend_dialog.open()

        self.ops.query(lambda uow, actor: proposals.propose_suspension_after_failed_test(
            uow, actor, test_id=test_id), parent=self, success=show)

    def repeat_test(self) -> None:
        test_id = self.current_id()
        if test_id is not None:
            RegisterTestDialog(self.ops, self, repeat_of=test_id).open()

    def issue_opinion(self) -> None:
        test_id = self.current_id()
        if test_id is not None:
            OpinionDialog(self.ops, test_id, self).open()

    def show_due(self) -> None:
        today = dt.date.today()
        self.ops.query(lambda uow, actor: pt.tests_due(uow, actor, today=today), parent=self,
                       success=lambda rows: TestsDueDialog(rows, self).open())


class RegisterTestDialog(FormDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 repeat_of: uuid.UUID | None = None, item_id: uuid.UUID | None = None) -> None:
        super().__init__(ops, parent)
        self.repeat_of = repeat_of
        self.setWindowTitle(translate("RegisterTestDialog", "Repeat test") if repeat_of
                            else translate("RegisterTestDialog", "Register a test"))
        choose = translate("RegisterTestDialog", "Choose…")
        self.kind = enum_combo(TestKind, pt.kind_label)
        self.item = ChoiceCombo(ops, empty=choose)
        self.started = DateEdit()
        self.programme = QLineEdit()
        self.programme.setPlaceholderText(translate(
            "RegisterTestDialog", "Empty: the programme from the item's requirements"))
        self.repeat = ChoiceCombo(ops, empty=translate("RegisterTestDialog", "Not a repeat"))
        self.row("kind", translate("RegisterTestDialog", "Test"), self.kind)
        self.row("item_id", translate("RegisterTestDialog", "Item"), self.item)
        self.row("started_on", translate("RegisterTestDialog", "Started on"), self.started)
        self.row("programme_ref", translate("RegisterTestDialog", "Programme"), self.programme)
        self.row("repeat_of_id", translate("RegisterTestDialog", "Repeats"), self.repeat)
        self.ok_button(translate("RegisterTestDialog", "Register"))
        self.item.load(choices.items, text=lambda c: c.name)
        self.repeat.load(choices.negative_tests)
        if repeat_of is not None:
            self.repeat.set_value(repeat_of)
            self.repeat.loaded.connect(self._repeat_loaded)
        elif item_id is not None:
            self.item.set_value(item_id)
        self.unsaved.mark_clean()

    def _repeat_loaded(self) -> None:
        # a repeat is of the same item and kind as the failed test
        def done(info: pt.TestInfo) -> None:
            self.item.set_value(info.item_id)
            self.kind.setCurrentIndex(self.kind.findData(info.kind))
            self.programme.setText(info.programme_ref)
            self.unsaved.mark_clean()

        rid = self.repeat_of
        assert rid is not None
        self.ops.query(lambda uow, actor: pt.get_test(uow, actor, test_id=rid), parent=self,
                       success=done)

    def submit(self) -> None:
        kind, item, started = TestKind(self.kind.currentData()), self.item.value(), \
            self.started.value()
        ref, repeat = self.programme.text(), self.repeat.value()
        if item is None:
            self.errors.show(ValidationError(translate("RegisterTestDialog",
                                                       "Choose the control-list item."),
                                             field="item_id"))
            return
        self.run(lambda uow, actor: pt.register_test(
            uow, actor, kind=kind, item_id=item, started_on=started, programme_ref=ref,
            repeat_of_id=repeat))


class RecordResultDialog(FormDialog):
    def __init__(self, ops: Ops, test_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.test_id = test_id
        self.setWindowTitle(translate("RecordResultDialog", "Record the test result"))
        self.outcome = QComboBox()
        self.outcome.addItem(translate("RecordResultDialog", "Choose…"), None)
        for r in (TestResult.POSITIVE, TestResult.NEGATIVE):
            self.outcome.addItem(pt.result_label(r), r)
        self.protocol = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(90)
        self.summary.setPlaceholderText(translate("RecordResultDialog",
                                                  "What passed or failed, per test"))
        self.completed = DateEdit()
        self.row("result", translate("RecordResultDialog", "Result"), self.outcome)
        self.row("protocol_number", translate("RecordResultDialog", "Protocol No."),
                 self.protocol)
        self.row("results_summary", translate("RecordResultDialog", "Results"), self.summary)
        self.row("completed_on", translate("RecordResultDialog", "Completed on"), self.completed)
        self.ok_button(translate("RecordResultDialog", "Record"))
        self.unsaved.mark_clean()

    def result(self) -> TestResult:
        return TestResult(self.outcome.currentData() or TestResult.PENDING)

    def submit(self) -> None:
        tid, result = self.test_id, self.result()
        protocol, summary = self.protocol.text(), self.summary.toPlainText()
        completed = self.completed.value()
        self.run(lambda uow, actor: pt.record_result(
            uow, actor, test_id=tid, result=result, protocol_number=protocol,
            results_summary=summary, completed_on=completed))


class OpinionDialog(FormDialog):
    """The office's opinion on a test's results: the conclusion, then the signature."""

    def __init__(self, ops: Ops, test_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.test_id = test_id
        self.setWindowTitle(translate("OpinionDialog", "Opinion on the test results"))
        self.conclusion = QPlainTextEdit()
        self.conclusion.setFixedHeight(120)
        self.row("conclusion", translate("OpinionDialog", "Conclusion"), self.conclusion)
        self.ok_button(translate("OpinionDialog", "Sign…"))
        self.unsaved.mark_clean()

    def submit(self) -> None:
        tid, text = self.test_id, self.conclusion.toPlainText()
        self.sign_dialog = sign(
            self.ops, self, meaning=Meaning.OPINION, summary=text,
            service=lambda uow, actor, pw: pt.issue_opinion(uow, actor, test_id=tid,
                                                            conclusion=text, password=pw),
            on_error=lambda e: isinstance(e, ValidationError) and e.field != "password"
            and self.errors.show(e) is not None, success=self._done)


class TestsDueDialog(QDialog):
    def __init__(self, rows: tuple[pt.TestDue, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TestsView", "Periodic tests due"))
        self.setMinimumSize(760, 320)
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([
            translate("TestsView", "Item"), translate("TestsView", "Contract"),
            translate("TestsView", "Last positive"), translate("TestsView", "Due"),
            translate("TestsView", "State")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 240)
        for r, d in enumerate(rows):
            state = (translate("TestsView", "Overdue") if d.overdue
                     else translate("TestsView", "Due"))
            if d.pending_test_id is not None:
                state += " · " + translate("TestsView", "registered, not completed")
            values = (d.item_name, d.contract_number, fmt.date(d.last_positive_on),
                      fmt.date(d.due_on) if d.due_on else translate(
                          "TestsView", "{n} lots since").format(n=d.lots_since), state)
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                if d.overdue:
                    cell.setForeground(QColor("#b3261e"))
                self.table.setItem(r, c, cell)
        empty = QLabel(translate("TestsView", "No periodic test is due."))
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(empty)
        lay.addWidget(self.table)
        lay.addWidget(buttons)


class TestViewer(QDialog):
    """One test as recorded: programme, protocol, result, opinion."""

    __test__ = False  # not a pytest test class

    def __init__(self, info: pt.TestInfo, parent: QWidget | None = None, *,
                 ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(pt.kind_label(info.kind))
        self.setMinimumWidth(560)
        lines = [translate("TestsView", "{kind} of {item}").format(
                     kind=pt.kind_label(info.kind), item=info.item_name),
                 translate("TestsView", "Programme: {ref}").format(ref=info.programme_ref or "—"),
                 translate("TestsView", "Started on {date}").format(date=fmt.date(info.started_on)),
                 translate("TestsView", "Result: {result}").format(
                     result=pt.result_label(info.result))]
        if info.completed_on:
            lines.append(translate("TestsView", "Protocol No. {protocol} of {date}: {summary}")
                         .format(protocol=info.protocol_number,
                                 date=fmt.date(info.completed_on), summary=info.results_summary))
        if info.opinion_number:
            lines.append(translate("TestsView", "Opinion {number} issued").format(
                number=info.opinion_number))
        self.text = QLabel("\n".join(lines))
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button: DocumentsButton | None = None
        if ops is not None:  # the opinion, once issued
            self.print_button = DocumentsButton(ops)
            self.print_button.set_record("product_tests", info.id)
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
