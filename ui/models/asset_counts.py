"""The lines of one inventory count as a table model: Counted and Note are edited in place and
saved together; differences and invalid entries are shown as they are typed."""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from milrep.services import inventory_counts as ic
from ui import format as fmt
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
SHORTAGE, SURPLUS = QColor("#fde2e1"), QColor("#fff1c7")
COUNTED, NOTE = 4, 6


def _parse(text: str) -> Decimal | None:
    t = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not t:
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


class CountLinesModel(QAbstractTableModel):
    """The lines of one count; Counted and Note are edited here and saved together."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: tuple[ic.CountLineRow, ...] = ()
        self.counted: dict[uuid.UUID, str] = {}
        self.notes: dict[uuid.UUID, str] = {}
        self.editable = False

    def set_detail(self, detail: ic.CountDetail | None, editable: bool) -> None:
        self.beginResetModel()
        self.lines = detail.lines if detail else ()
        self.counted = {ln.id: "" if ln.counted is None else fmt.quantity(ln.counted)
                        for ln in self.lines}
        self.notes = {ln.id: ln.note for ln in self.lines}
        self.editable = editable
        self.endResetModel()

    def headers(self) -> list[str]:
        return [translate("CountsPanel", "Inventory No."), translate("CountsPanel", "Name"),
                translate("CountsPanel", "Unit"), translate("CountsPanel", "Expected"),
                translate("CountsPanel", "Counted"), translate("CountsPanel", "Difference"),
                translate("CountsPanel", "Note")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (COUNTED, NOTE):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def difference(self, row: int) -> Decimal | None:
        ln = self.lines[row]
        d = _parse(self.counted.get(ln.id, ""))
        return None if d is None else d - ln.expected

    def invalid(self, row: int) -> bool:
        text = self.counted.get(self.lines[row].id, "").strip()
        return bool(text) and (_parse(text) is None or (_parse(text) or 0) < 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ln, c = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == COUNTED:
                return self.counted.get(ln.id, "")
            if c == NOTE:
                return self.notes.get(ln.id, "")
            if c == 5:
                d = self.difference(index.row())
                return "" if d is None else ("+" if d > 0 else "") + fmt.quantity(d)
            return [ln.inventory_number, ln.name, ln.unit, fmt.quantity(ln.expected)][c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        d = self.difference(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            if c == COUNTED and self.invalid(index.row()):
                return QBrush(SHORTAGE)
            if d is not None and d != 0 and c in (COUNTED, 5):
                return QBrush(SHORTAGE if d < 0 else SURPLUS)
        if role == Qt.ItemDataRole.FontRole and c == 5 and d:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == COUNTED and self.invalid(index.row()):
                return translate("CountsPanel", "Not a quantity: type a number, e.g. 12 or 3,5.")
            if c == 5 and d:
                return (translate("CountsPanel", "Shortage") if d < 0
                        else translate("CountsPanel", "Surplus"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        ln = self.lines[index.row()]
        if index.column() == COUNTED:
            text = str(value).strip()
            d = _parse(text)
            self.counted[ln.id] = fmt.quantity(d) if d is not None and d >= 0 else text
            self.dataChanged.emit(self.index(index.row(), COUNTED), self.index(index.row(), 5))
            return True
        if index.column() == NOTE:
            self.notes[ln.id] = str(value)
            self.dataChanged.emit(index, index)
            return True
        return False

    def dirty(self) -> bool:
        return any((self.counted.get(ln.id, "") != ("" if ln.counted is None
                                                     else fmt.quantity(ln.counted)))
                   or self.notes.get(ln.id, "") != ln.note for ln in self.lines)

    def entries(self) -> list[ic.CountEntry]:
        return [ic.CountEntry(ln.id, self.counted.get(ln.id, "").replace("\u00a0", "") or None,
                              self.notes.get(ln.id, "")) for ln in self.lines]
