"""The units of one lot: serial numbers and marking (SQL-paged: a lot may hold thousands)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from milrep.services.lists import LOT_UNITS
from ui import errors
from ui.i18n import translate
from ui.models.paged import PagedListModel
from ui.ops import Ops


class LotUnitsDialog(QDialog):
    def __init__(self, ops: Ops, lot_id: uuid.UUID, number: str, item: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LotUnitsDialog", "Lot {number}").format(number=number))
        self.setMinimumSize(520, 460)
        self.model = PagedListModel(ops, LOT_UNITS, parent=self)
        self.model.failed.connect(lambda e: errors.report(self, e))
        self.model.count_changed.connect(self._counted)
        self.caption = QLabel(translate("LotUnitsDialog", "{item} · lot {number}").format(
            item=item, number=number))
        self.caption.setObjectName("section")
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.table = QTableView()
        self.table.setObjectName("list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setColumnWidth(0, 160)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.caption)
        lay.addWidget(self.count)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.model.set_scope({"lot_id": lot_id})

    def _counted(self, total: int) -> None:
        self.count.setText(translate("LotUnitsDialog", "{n} units with serial numbers").format(
            n=total) if total else translate("LotUnitsDialog", "Registered by quantity: no "
                                             "serial numbers."))
