"""Small table models of the quality area: decisions on quality and reliability (overdue ones in
red) and storage checks of accepted lots. A few hundred rows at most: plain models."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from milrep.services import decisions
from ui import format as fmt
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE, ID_ROLE

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#b3261e")


class RecordsModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen records; subclasses say the headers and the text of each cell."""

    headers: Sequence[Callable[[], str]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return self.extra(row, index.column(), role)

    def text(self, row: T, column: int) -> str:
        raise NotImplementedError

    def extra(self, row: T, column: int, role: int) -> Any:
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.headers) - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.headers) - 1))


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
