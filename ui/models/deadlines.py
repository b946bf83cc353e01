"""The dashboard's upcoming deadlines: a small, fully loaded list (at most 50 rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from milrep.services.dashboard import Deadline, DeadlineKind
from ui import format as fmt
from ui.i18n import translate
from ui.models.paged import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class DeadlinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[Deadline, ...] = ()
        self.today: Any = None

    def set_rows(self, rows: tuple[Deadline, ...], today: Any) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def headers(self) -> list[str]:
        return [translate("DeadlinesModel", "Due"), translate("DeadlinesModel", "Days left"),
                translate("DeadlinesModel", "Contract"), translate("DeadlinesModel", "What")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._header(section, orientation, role)

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 4):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return fmt.date(d.due)
            if col == 1:
                days = (d.due - self.today).days if self.today else 0
                if days == 0:
                    return translate("DeadlinesModel", "today")
                return fmt.number(days)
            if col == 2:
                return d.contract_number
            kind = (translate("DeadlinesModel", "Stage") if d.kind == DeadlineKind.STAGE
                    else translate("DeadlinesModel", "Delivery"))
            return f"{kind}: {d.title}"
        if role == ID_ROLE:
            return d.contract_id
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and self.today is not None:
            from PySide6.QtGui import QColor  # noqa: PLC0415

            return QColor("#b3261e") if (d.due - self.today).days <= 7 else None
        return None
