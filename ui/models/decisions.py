"""Small table models of the quality area: decisions on quality and reliability (overdue ones in
red) and storage checks of accepted lots. A few hundred rows at most: plain models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from milrep.services import decisions
from ui import format as fmt
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE
from ui.models.records import RecordsModel

OVERDUE = QColor("#b3261e")


class DecisionsModel(RecordsModel[decisions.DecisionInfo]):
    headers = (lambda: translate("DecisionsModel", "Decision"),
               lambda: translate("DecisionsModel", "Responsible"),
               lambda: translate("DecisionsModel", "Due"),
               lambda: translate("DecisionsModel", "Status"),
               lambda: translate("DecisionsModel", "Implemented"),
               lambda: translate("DecisionsModel", "Verification"))

    def text(self, row: decisions.DecisionInfo, column: int) -> str:
        if column == 3:
            label = decisions.status_label(row.status)
            return (translate("DecisionsModel", "{status}, overdue").format(status=label)
                    if row.overdue else label)
        return (row.title, row.owner, fmt.date(row.due_on), "", fmt.date(row.implemented_on),
                row.verification)[column]

    def extra(self, row: decisions.DecisionInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return OVERDUE
        if role == BADGE_ROLE and column == 3:
            return "overdue" if row.overdue else row.status.value
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.description:
            return row.description
        return None


class StorageChecksModel(RecordsModel[decisions.StorageCheckInfo]):
    headers = (lambda: translate("StorageChecksModel", "Lot"),
               lambda: translate("StorageChecksModel", "Checked on"),
               lambda: translate("StorageChecksModel", "Conditions"),
               lambda: translate("StorageChecksModel", "Findings"))

    def text(self, row: decisions.StorageCheckInfo, column: int) -> str:
        ok = (translate("StorageChecksModel", "Met") if row.conditions_ok
              else translate("StorageChecksModel", "Not met"))
        return (row.lot_number, fmt.date(row.checked_on), ok, row.findings)[column]

    def extra(self, row: decisions.StorageCheckInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.conditions_ok:
            return OVERDUE
        return None
