"""The lots area: lots presented by the plant, their items and serial numbers (Articles 15.3,
26.9). A lot is registered once; its units (serial, marking) open from the list."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QWidget

from milrep.services.auth import Permission, can
from milrep.services.lists import LOTS
from ui.i18n import translate
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.widgets.item_picker import ItemPicker


class LotsView(ListScreen):
    area = "lots"
    icon_name = "box"
    spec = LOTS
    tables = frozenset({"lots", "product_units", "control_list_items", "contracts"})
    widths = {"number": 140, "item": 260, "contract": 130, "quantity": 80,
              "manufactured_on": 110, "serials": 80}
    stretch = "item"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent=parent)

    @classmethod
    def title(cls) -> str:
        return translate("LotsView", "Lots")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.EDIT_LOTS)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.item_filter = ItemPicker(self.ops, any_text=translate("LotsView", "All items"))
        self.item_filter.search.setMinimumWidth(130)
        self.item_filter.changed.connect(self._item_changed)
        bar.addWidget(self.item_filter)

    def _item_changed(self) -> None:
        item_id = self.item_filter.value()
        scope = {"item_id": item_id} if item_id else {}
        if scope != self.model.query.scope:
            self.model.set_scope(scope)

    def _retranslate_list(self) -> None:
        self.new_button.setText(translate("LotsView", "Register lot"))
        super()._retranslate_list()
        self.new_button.setText(translate("LotsView", "Register lot"))
        self.new_button.setToolTip(translate("LotsView", "Register a lot with its serial "
                                             "numbers (Ctrl+N)"))

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("LotsView", "No lot matches"),
                    translate("LotsView", "Try another lot number or all items."), "")
        return (translate("LotsView", "No lots yet"),
                translate("LotsView", "Register the lots the plant makes under a control-list "
                          "item, with their serial numbers, before they are presented."),
                translate("LotsView", "Register a lot"))

    def new_record(self) -> None:
        if self.can_edit():
            from ui.views.lot_dialog import RegisterLotDialog  # noqa: PLC0415

            RegisterLotDialog(self.ops, self, item_id=self.item_filter.value()).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        from ui.views.lot_units import LotUnitsDialog  # noqa: PLC0415

        LotUnitsDialog(self.ops, record_id, str(self.current_value("number") or ""),
                       str(self.current_value("item") or ""), self).open()
