"""The plain table model of a few hundred frozen records at most, loaded whole on the worker:
organizations, accounts, decisions, storage checks. Subclasses say the headers and the text of each
cell; everything else (counts, ids, retranslation) is here once."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.models.paged import ID_ROLE

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


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

    def record(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: uuid.UUID) -> int:
        """The row of the record with this id, -1 when it is not shown."""
        return next((r for r, x in enumerate(self.rows) if getattr(x, "id", None) == record_id),
                    -1)

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
        """Any other role of a cell (tool tip, badge, colour); None by default."""
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.headers) - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.headers) - 1))
