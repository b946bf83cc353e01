"""The contracts area: state defense order contracts, their status, and the way to their lists."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget

from milrep.models.contracts import ContractStatus
from milrep.services import contracts
from milrep.services.auth import Permission, can
from milrep.services.lists import CONTRACTS
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.list_screen import ListScreen


class ContractsView(ListScreen):
    area = "contracts"
    icon_name = "contracts"
    spec = CONTRACTS
    tables = frozenset({"contracts", "organizations", "contract_stages", "contract_amendments"})
    widths = {"number": 130, "signed_on": 96, "contractor": 220, "subject": 300,
              "value": 170, "valid_until": 100, "status": 110}
    stretch = "subject"

    show_control_list = Signal(object, str)
    """sig: the user asked for the control list of contract (id, number)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"status": lambda v: contracts.status_label(
            ContractStatus(v))}, badges={"status"}, parent=parent)

    @classmethod
    def title(cls) -> str:
        return translate("ContractsView", "Contracts")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.EDIT_CONTRACTS)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setMinimumWidth(150)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        bar.addWidget(self.status_filter)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.list_button = QPushButton(icon("checklist"), "")
        self.list_button.clicked.connect(self._open_control_list)
        self.status_button = QPushButton()
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        bar.addWidget(self.list_button)
        bar.addWidget(self.status_button)

    def _retranslate_list(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("ContractsView", "All statuses"), None)
        for status in ContractStatus:
            self.status_filter.addItem(contracts.status_label(status), status.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.list_button.setText(translate("ContractsView", "Control list"))
        self.list_button.setToolTip(translate("ContractsView",
                                              "Show the control list of this contract"))
        self.status_button.setText(translate("ContractsView", "Change status"))
        super()._retranslate_list()

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("ContractsView", "No contract matches"),
                    translate("ContractsView", "Try fewer words or another status."), "")
        return (translate("ContractsView", "No contracts yet"),
                translate("ContractsView", "Enter a state defense order contract with its "
                          "Article 22.4 terms, then its control list."),
                translate("ContractsView", "Add the first contract"))

    def update_actions(self) -> None:
        super().update_actions()
        has = self.current_id() is not None
        self.list_button.setEnabled(has)
        self.status_menu.clear()
        status = self.current_value("status")
        targets = contracts.TRANSITIONS.get(ContractStatus(status), frozenset()) if status else ()
        for target in sorted(targets, key=list(ContractStatus).index):
            action = self.status_menu.addAction(_transition_label(target))
            action.triggered.connect(partial(self._set_status, target))
        self.status_button.setEnabled(has and bool(targets) and self.can_edit())

    def _status_filter_changed(self) -> None:
        value = self.status_filter.currentData()
        self.model.set_scope({"status": value} if value else {})

    def new_record(self) -> None:
        if self.can_edit():
            from ui.views.contract_editor import ContractEditor  # noqa: PLC0415

            ContractEditor(self.ops, None, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        from ui.views.contract_editor import ContractEditor  # noqa: PLC0415

        ContractEditor(self.ops, record_id, self).open()

    def _open_control_list(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.show_control_list.emit(record_id, str(self.current_value("number") or ""))

    def _set_status(self, target: ContractStatus) -> None:
        record_id, number = self.current_id(), self.current_value("number")
        if record_id is None:
            return
        if target in (ContractStatus.TERMINATED, ContractStatus.COMPLETED):
            answer = QMessageBox.question(self, translate("ContractsView", "Change status"),
                                          translate("ContractsView", "Mark contract {number} as "
                                                    "\"{status}\"? A closed contract can no longer "
                                                    "be edited.").format(
                                              number=number, status=contracts.status_label(target)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ops.mutate(lambda uow, actor: contracts.set_status(
            uow, actor, contract_id=record_id, status=target), parent=self)


def _transition_label(target: ContractStatus) -> str:
    return {
        ContractStatus.ACTIVE: translate("ContractsView", "Bring into force"),
        ContractStatus.COMPLETED: translate("ContractsView", "Mark as fulfilled"),
        ContractStatus.TERMINATED: translate("ContractsView", "Terminate"),
        ContractStatus.DRAFT: translate("ContractsView", "Back to draft"),
    }[target]
