"""The control list area (Article 27.2): what the office controls and accepts, per contract."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from milrep.models.control_list import ItemKind
from milrep.services import control_list
from milrep.services.auth import Permission, can
from milrep.services.lists import CONTROL_LIST
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.list_screen import ListScreen


class ControlListView(ListScreen):
    area = "control_list"
    icon_name = "checklist"
    spec = CONTROL_LIST
    tables = frozenset({"control_list_items", "contracts"})
    widths = {"name": 240, "nomenclature_code": 130, "kind": 140, "quantity": 70, "unit": 50,
              "delivery_deadline": 96, "tech_doc": 170, "contract": 120}
    stretch = "name"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        self.contract: tuple[uuid.UUID, str] | None = None
        super().__init__(ops, labels={"kind": lambda v: control_list.kind_label(ItemKind(v))},
                         badges={"kind"}, parent=parent)

    def title(self) -> str:
        if self.contract is not None:
            return translate("ControlListView", "Control list of contract {number}").format(
                number=self.contract[1])
        return self.area_title()

    @classmethod
    def area_title(cls) -> str:
        return translate("ControlListView", "Control list")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.EDIT_CONTROL_LIST)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.scope_button = QPushButton()
        self.scope_button.setObjectName("chip")
        self.scope_button.clicked.connect(lambda: self.set_contract(None))
        self.scope_button.hide()
        bar.addWidget(self.scope_button)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.requirements_button = QPushButton(icon("checklist"), "")
        self.requirements_button.clicked.connect(self.open_requirements)
        bar.addWidget(self.requirements_button)

    def update_actions(self) -> None:
        super().update_actions()
        self.requirements_button.setEnabled(self.current_id() is not None)

    def open_requirements(self) -> None:
        """Characteristics, completeness, sampling plan and periodic tests of the item."""
        record_id = self.current_id()
        if record_id is not None:
            from ui.views.requirements import RequirementsDialog  # noqa: PLC0415

            RequirementsDialog(self.ops, record_id, self,
                               item_name=str(self.current_value("name") or "")).open()

    def set_contract(self, contract: tuple[uuid.UUID, str] | None) -> None:
        """Show one contract's items (or, with None, the items of every contract)."""
        self.contract = contract
        self.model.set_scope({"contract_id": contract[0]} if contract else {})
        self._show_contract_column()
        self._retranslate_list()

    def _show_contract_column(self) -> None:
        """One contract's list says the contract once, in its title: the column would repeat it
        on every row, and Name (the stretching column) gets the width instead."""
        col = next(i for i, c in enumerate(self.spec.columns) if c.key == "contract")
        self.table.setColumnHidden(col, self.contract is not None)

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        self._show_contract_column()

    def _retranslate_list(self) -> None:
        if self.contract is not None:
            self.scope_button.setText(translate("ControlListView", "Contract {number}  ✕").format(
                number=self.contract[1]))
            self.scope_button.setToolTip(translate("ControlListView",
                                                   "Show the items of every contract"))
            self.scope_button.show()
        else:
            self.scope_button.hide()
        self.requirements_button.setText(translate("ControlListView", "Requirements…"))
        self.requirements_button.setToolTip(translate(
            "ControlListView", "Characteristics to check, completeness, sampling plan and "
            "periodic tests of this item"))
        super()._retranslate_list()

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if self.model.query.text:
            return (translate("ControlListView", "No item matches"),
                    translate("ControlListView", "Try fewer words or a nomenclature code."), "")
        if self.contract is not None:
            return (translate("ControlListView", "This contract's control list is empty"),
                    translate("ControlListView", "Add the products, works and services the office "
                              "controls and accepts under this contract."),
                    translate("ControlListView", "Add an item"))
        return (translate("ControlListView", "The control list is empty"),
                translate("ControlListView", "Open a contract's control list from the Contracts "
                          "area, or add an item here."),
                translate("ControlListView", "Add an item"))

    def new_record(self) -> None:
        if self.can_edit():
            from ui.views.item_editor import ItemEditor  # noqa: PLC0415

            ItemEditor(self.ops, None, self.contract, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        from ui.views.item_editor import ItemEditor  # noqa: PLC0415

        number = str(self.current_value("contract") or "")
        ItemEditor(self.ops, record_id, None, self, contract_number=number).open()
