"""State-secret protection measures evaluated with the contractor (Article 27.3.7), per classified
contract: the measure, when evaluated, the result, remarks and the next check."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from milrep.errors import ValidationError
from milrep.models.contracts import Contract
from milrep.models.office_duties import MeasureResult, SecrecyMeasure
from milrep.services import secrecy
from milrep.services.auth import Permission, can
from milrep.services.duty_lists import SECRECY_MEASURES
from ui.i18n import translate
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.views.quality_forms import ChoiceCombo, FormDialog, enum_combo
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.forms import DateEdit


class SecrecyPanel(ListScreen):
    area = "secrecy_measures"
    icon_name = "lock"
    spec = SECRECY_MEASURES
    tables = frozenset({"secrecy_measures", "contracts"})
    widths = {"contract": 130, "classification": 110, "measure": 420, "evaluated_on": 100,
              "result": 140, "next_check": 100}
    stretch = "measure"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"result": lambda v: secrecy.result_label(
            MeasureResult(v))}, badges={"result"}, parent=parent)

    def title(self) -> str:
        return translate("OfficeDuties", "Secrecy measures")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.OFFICE_DUTIES)

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if self.model.query.text:
            return (translate("OfficeDuties", "No measure matches"),
                    translate("OfficeDuties", "Try part of the contract number or the measure."),
                    "")
        return (translate("OfficeDuties", "No protection measure evaluated yet"),
                translate("OfficeDuties", "Record the state-secret protection measures "
                          "evaluated with the contractor for a classified contract."),
                translate("OfficeDuties", "Record a measure"))

    def new_record(self) -> None:
        if self.can_edit():
            MeasureDialog(self.ops, None, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        MeasureDialog(self.ops, record_id, self).open()


class MeasureDialog(FormDialog):
    def __init__(self, ops: Ops, measure_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.measure_id = measure_id
        self.setMinimumWidth(680)
        self.setWindowTitle(translate("OfficeDuties", "Protection measure"))
        self.contract = ChoiceCombo(ops, empty=translate("OfficeDuties", "Choose a classified "
                                                                         "contract"))
        self.contract.load(lambda s: s.execute(
            select(Contract.id, Contract.number, Contract.classification)
            .where(Contract.classification != "").order_by(Contract.number)).all(),
            lambda c: f"{c.number} ({c.classification})")
        self.measure = QLineEdit()
        self.evaluated_on = DateEdit(dt.date.today())
        self.result = enum_combo(MeasureResult, secrecy.result_label)
        self.remarks = QPlainTextEdit()
        self.remarks.setFixedHeight(70)
        self.next_check = OptionalDateEdit()
        self.row("contract_id", translate("OfficeDuties", "Contract"), self.contract)
        self.row("measure", translate("OfficeDuties", "Protection measure"), self.measure)
        self.row("evaluated_on", translate("OfficeDuties", "Evaluated on"), self.evaluated_on)
        self.row("result", translate("OfficeDuties", "Result"), self.result)
        self.row("remarks", translate("OfficeDuties", "Remarks"), self.remarks)
        self.row("next_check", translate("OfficeDuties", "Next check"), self.next_check)
        self.ok_button(translate("OfficeDuties", "Save"))
        if not can(ops.actor, Permission.OFFICE_DUTIES):
            self.buttons.setEnabled(False)
        if measure_id is not None:
            self.contract.setEnabled(False)
            ops.background(lambda s: s.get(SecrecyMeasure, measure_id) and _frozen(
                s.get(SecrecyMeasure, measure_id)), self._loaded)

    def _loaded(self, m: dict | None, error: BaseException | None) -> None:  # type: ignore[type-arg]
        if not m:
            return
        self.contract.set_value(m["contract_id"])
        self.measure.setText(m["measure"])
        self.measure.setCursorPosition(0)
        self.evaluated_on.set_date(m["evaluated_on"])
        self.result.setCurrentIndex(list(MeasureResult).index(m["result"]))
        self.remarks.setPlainText(m["remarks"])
        self.next_check.set_date(m["next_check"])

    def submit(self) -> None:
        problem = self.next_check.problem()
        if problem:
            self.errors.show(ValidationError(problem, field="next_check"))
            return
        form = secrecy.MeasureForm(self.measure.text(), self.evaluated_on.value(),
                                   self.result.currentData(), self.remarks.toPlainText(),
                                   self.next_check.value())
        if self.measure_id is None:
            contract_id = self.contract.value() or uuid.uuid4()
            self.run(lambda uow, actor: secrecy.record_measure(uow, actor,
                                                               contract_id=contract_id,
                                                               form=form))
        else:
            mid = self.measure_id
            self.run(lambda uow, actor: secrecy.update_measure(uow, actor, measure_id=mid,
                                                               form=form))


def _frozen(m: SecrecyMeasure) -> dict:  # type: ignore[type-arg]
    """The row as plain values (only frozen data crosses to the UI thread)."""
    return {"contract_id": m.contract_id, "measure": m.measure, "evaluated_on": m.evaluated_on,
            "result": m.result, "remarks": m.remarks, "next_check": m.next_check}
