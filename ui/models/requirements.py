"""Small per-item tables of the requirements dialog: characteristics and the completeness list.

An item has a handful of each, so both are loaded whole on the worker (frozen views from
:mod:`milrep.services.requirements`) and shown by plain table models.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from milrep.models.requirements import CharacteristicKind, Severity
from milrep.services.characteristics import CharacteristicView
from milrep.services.completeness_list import CompletenessView
from ui import format as fmt
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE, ID_ROLE

Index = QModelIndex | QPersistentModelIndex


def severity_label(severity: Severity) -> str:
    return {
        Severity.CRITICAL: translate("Requirements", "Critical"),
        Severity.MAJOR: translate("Requirements", "Major"),
        Severity.MINOR: translate("Requirements", "Minor"),
    }[severity]


def kind_label(kind: CharacteristicKind) -> str:
    return {
        CharacteristicKind.VARIABLE: translate("Requirements", "Measured"),
        CharacteristicKind.ATTRIBUTE: translate("Requirements", "Attribute"),
    }[kind]


def number_text(value: Decimal | None) -> str:
    """A limit as typed back into a field: no grouping, the decimal comma of the office."""
    if value is None:
        return ""
    text = format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return text.replace(".", ",")


class CharacteristicsModel(QAbstractTableModel):
    NAME, KIND, NOMINAL, LOWER, UPPER, UNIT, SEVERITY, METHOD, REFERENCE = range(9)
    COLUMNS = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CharacteristicView] = []

    def set_rows(self, rows: tuple[CharacteristicView, ...] | list[CharacteristicView]) -> None:
        self.beginResetModel()
        # active ones in their order first; deactivated ones stay visible (greyed) at the end
        self.rows = [c for c in rows if c.active] + [c for c in rows if not c.active]
        self.endResetModel()

    def characteristic(self, row: int) -> CharacteristicView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, characteristic_id: uuid.UUID) -> int:
        return next((r for r, c in enumerate(self.rows) if c.id == characteristic_id), -1)

    def active_ids(self) -> list[uuid.UUID]:
        return [c.id for c in self.rows if c.active]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("Requirements", "Characteristic"), translate("Requirements", "Kind"),
                    translate("Requirements", "Nominal"), translate("Requirements", "Lower"),
                    translate("Requirements", "Upper"), translate("Requirements", "Unit"),
                    translate("Requirements", "Class"), translate("Requirements", "Method"),
                    translate("Requirements", "Reference"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_align(section in (self.NOMINAL, self.LOWER, self.UPPER)))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.characteristic(index.row()) if index.isValid() else None
        if c is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not c.active:
                return translate("Requirements", "Deactivated: no longer checked on new "
                                 "inspections.")
            if c.kind == CharacteristicKind.ATTRIBUTE and col == self.NAME:
                return (translate("Requirements", "Allowed answers: {answers}").format(
                    answers=", ".join(c.answers)) if c.answers
                    else translate("Requirements", "Pass / fail"))
            return self._text(c, col) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_align(col in (self.NOMINAL, self.LOWER, self.UPPER)))
        if role == Qt.ItemDataRole.ForegroundRole and not c.active:
            return QColor("#9aa0a6")
        if role == Qt.ItemDataRole.FontRole and not c.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == BADGE_ROLE and col == self.SEVERITY and c.active:
            return f"severity_{c.severity.value}"
        if role == ID_ROLE:
            return c.id
        return None

    def _text(self, c: CharacteristicView, col: int) -> str:
        if col == self.NAME:
            return c.name if c.active else translate("Requirements", "{name} (deactivated)"
                                                     ).format(name=c.name)
        if col == self.KIND:
            return kind_label(c.kind)
        if col in (self.NOMINAL, self.LOWER, self.UPPER):
            value = (c.nominal, c.lower_limit, c.upper_limit)[col - self.NOMINAL]
            return number_text(value) if value is not None else "—" if (
                c.kind == CharacteristicKind.VARIABLE) else ""
        if col == self.UNIT:
            return c.unit
        if col == self.SEVERITY:
            return severity_label(c.severity)
        if col == self.METHOD:
            return c.method
        return c.reference

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.COLUMNS - 1))


class CompletenessModel(QAbstractTableModel):
    NAME, QUANTITY, UNIT = range(3)
    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CompletenessView] = []

    def set_rows(self, rows: tuple[CompletenessView, ...] | list[CompletenessView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> CompletenessView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, entry_id: uuid.UUID) -> int:
        return next((r for r, e in enumerate(self.rows) if e.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("Requirements", "Part of the set"),
                    translate("Requirements", "Quantity"),
                    translate("Requirements", "Unit"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_align(section == self.QUANTITY))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (e.name, fmt.number(e.quantity), e.unit)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_align(col == self.QUANTITY))
        if role == ID_ROLE:
            return e.id
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)


def _align(right: bool) -> Qt.AlignmentFlag:
    return (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) \
        | Qt.AlignmentFlag.AlignVCenter
