"""Models of the acceptance screens: the day's queue, and the measurement grid of an inspection.

The grid's first row holds the serial number of each sample unit; every other row is a copied
requirement (name, limits, severity, instrument) followed by one column per sample. A typed value
is coloured at once from the copied limits (:func:`milrep.rules.verdict.conforms`, the same rule
the service applies); the service still stores it and decides. A value the service refused keeps
its text, marked "not saved" with the service's message.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from milrep.models.requirements import CharacteristicKind
from milrep.rules import verdict as rules
from milrep.services.inspection_grid import GridRequirement, InspectionGrid
from milrep.services.presentations import QueueEntry, status_label
from ui import format as fmt
from ui.i18n import translate
from ui.models.paged import BADGE_ROLE, ID_ROLE

Index = QModelIndex | QPersistentModelIndex

RED_BG, RED_FG = QColor("#fbe4e4"), QColor("#b3261e")
AMBER_BG = QColor("#fff3cd")
NA_BG = QColor("#f1f3f4")
GREY_FG = QColor("#80868b")
STATE_ROLE = Qt.ItemDataRole.UserRole + 10


def attempt_label(n: int) -> str:
    """"1st attempt", "2nd attempt" … in the interface language."""
    if n == 1:
        return translate("Acceptance", "1st attempt")
    if n == 2:
        return translate("Acceptance", "2nd attempt")
    if n == 3:
        return translate("Acceptance", "3rd attempt")
    return translate("Acceptance", "attempt {n}").format(n=n)


class QueueModel(QAbstractTableModel):
    """The day's queue: presentations awaiting or in inspection, oldest notice first."""

    COLUMNS = ("number", "presented_on", "item", "lot", "quantity", "attempt", "status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: tuple[QueueEntry, ...] = ()

    def set_entries(self, entries: Sequence[QueueEntry]) -> None:
        self.beginResetModel()
        self.entries = tuple(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(self.COLUMNS)):
            return None
        return (translate("Acceptance", "Notice"), translate("Acceptance", "Presented"),
                translate("Acceptance", "Item"), translate("Acceptance", "Lot"),
                translate("Acceptance", "Quantity"), translate("Acceptance", "Attempt"),
                translate("Acceptance", "Status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"number": e.number, "presented_on": fmt.date(e.presented_on),
                    "item": e.item_name, "lot": e.lot_number, "quantity": fmt.quantity(e.quantity),
                    "attempt": attempt_label(e.attempt), "status": status_label(e.status)}[key]
        if role == ID_ROLE:
            return e.presentation_id
        if role == BADGE_ROLE and key == "status":
            return e.status.value
        if role == Qt.ItemDataRole.ForegroundRole and key == "attempt" and e.attempt > 1:
            return RED_FG
        return None


class CellState(enum.StrEnum):
    STORED = "stored"  # as the database holds it
    SAVING = "saving"  # typed, sent to the worker
    REFUSED = "refused"  # the service refused it: the text stays, not saved


FIXED_COLUMNS = 4  # characteristic, limits, class, instrument


def limits_text(r: GridRequirement) -> str:
    if r.kind != CharacteristicKind.VARIABLE.value:
        return " / ".join(r.allowed_answers) if r.allowed_answers else translate(
            "Acceptance", "pass / fail")
    lo = fmt.quantity(r.lower_limit) if r.lower_limit is not None else ""
    hi = fmt.quantity(r.upper_limit) if r.upper_limit is not None else ""
    if lo and hi:
        text = f"{lo} … {hi}"
    elif lo:
        text = f"≥ {lo}"
    elif hi:
        text = f"≤ {hi}"
    else:
        text = "—"
    return f"{text} {r.unit}".strip()


def facts_of(r: GridRequirement) -> rules.RequirementFacts:
    return rules.RequirementFacts(
        id=r.id, name=r.name, kind=CharacteristicKind(r.kind), severity=r.severity,
        lower_limit=r.lower_limit, upper_limit=r.upper_limit, allowed_answers=r.allowed_answers,
        unit=r.unit, characteristic_id=r.characteristic_id)


def local_conforms(r: GridRequirement, text: str) -> bool | None:
    """The colour of a typed value: True/False by the copied limits, None when nothing typed."""
    text = text.strip()
    if not text:
        return None
    facts = facts_of(r)
    if facts.kind is CharacteristicKind.VARIABLE:
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation:
            return False
        return rules.conforms(facts, value=value)
    return rules.conforms(facts, answer=text)


class InspectionGridModel(QAbstractTableModel):
    """Rows: the serial row, then the copied requirements; columns: 4 fixed, then samples."""

    value_entered = Signal(object, int, str)
    """sig: a value was typed in a sample cell: (requirement id, sample number, text)."""
    serial_entered = Signal(int, str)
    """sig: a serial was typed for a sample: (sample number, serial)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: InspectionGrid | None = None
        self.requirements: tuple[GridRequirement, ...] = ()
        self.sample_count = 0
        self.editable = True
        self.texts: dict[tuple[uuid.UUID, int], str] = {}
        self.states: dict[tuple[uuid.UUID, int], CellState] = {}
        self.messages: dict[tuple[uuid.UUID, int], str] = {}
        self.serials: dict[int, str] = {}
        self.suggested: dict[int, str] = {}  # serials proposed from the presented units
        self.instrument_of: dict[uuid.UUID, uuid.UUID | None] = {}
        self.instrument_names: dict[uuid.UUID, str] = {}

    # --- loading -----------------------------------------------------------------------------

    def set_grid(self, grid: InspectionGrid, presented: Sequence[str] = ()) -> None:
        """Load what the database holds; typed values not saved yet (or refused) stay."""
        reset = self.grid is None or self.grid.inspection_id != grid.inspection_id
        if reset:
            self.beginResetModel()
        self.grid = grid
        self.requirements = grid.requirements
        self.sample_count = grid.sample_size
        self.editable = grid.decided is None and grid.status.value == "open"
        for c in grid.cells:
            key = (c.requirement_id, c.sample_no)
            if self.states.get(key) in (CellState.SAVING, CellState.REFUSED):
                continue
            self.texts[key] = f"{c.value:f}" if c.value is not None else c.answer
            self.states[key] = CellState.STORED
            self.messages.pop(key, None)
            if c.instrument_id is not None:
                self.instrument_of.setdefault(c.requirement_id, c.instrument_id)
                self.instrument_names.setdefault(c.instrument_id, c.instrument)
        for n, serial in grid.samples:
            if serial:
                self.serials[n] = serial
        free = [s for s in presented if s not in set(self.serials.values())]
        self.suggested = {}
        for n in range(1, self.sample_count + 1):
            if n not in self.serials and free:
                self.suggested[n] = free.pop(0)
        if reset:
            self.endResetModel()
        elif self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_instrument(self, requirement_id: uuid.UUID, instrument_id: uuid.UUID | None,
                       name: str = "") -> None:
        self.instrument_of[requirement_id] = instrument_id
        if instrument_id is not None and name:
            self.instrument_names[instrument_id] = name
        row = self.row_of(requirement_id)
        if row is not None:
            i = self.index(row, 3)
            self.dataChanged.emit(i, i)

    def set_cell_state(self, requirement_id: uuid.UUID, sample_no: int, state: CellState,
                       message: str = "") -> None:
        key = (requirement_id, sample_no)
        self.states[key] = state
        if message:
            self.messages[key] = message
        else:
            self.messages.pop(key, None)
        row = self.row_of(requirement_id)
        if row is not None:
            i = self.index(row, FIXED_COLUMNS + sample_no - 1)
            self.dataChanged.emit(i, i)

    # --- addressing --------------------------------------------------------------------------

    def row_of(self, requirement_id: uuid.UUID) -> int | None:
        for i, r in enumerate(self.requirements):
            if r.id == requirement_id:
                return i + 1
        return None

    def requirement_at(self, row: int) -> GridRequirement | None:
        return self.requirements[row - 1] if 1 <= row <= len(self.requirements) else None

    def sample_at(self, column: int) -> int | None:
        n = column - FIXED_COLUMNS + 1
        return n if 1 <= n <= self.sample_count else None

    def is_value_cell(self, index: Index) -> bool:
        if not index.isValid():
            return False
        n = self.sample_at(index.column())
        if n is None:
            return False
        if index.row() == 0:
            return True
        r = self.requirement_at(index.row())
        return r is not None and n <= r.samples

    def failed_samples(self, requirement_id: uuid.UUID) -> list[tuple[int, str, str]]:
        """(sample number, serial, value) of the stored results of a requirement that are out of
        its limits or not an allowed answer."""
        r = next((x for x in self.requirements if x.id == requirement_id), None)
        if r is None:
            return []
        return [(n, self.serial_for(n), text) for n in range(1, r.samples + 1)
                if self.states.get((r.id, n)) is CellState.STORED
                and local_conforms(r, text := self.texts.get((r.id, n), "")) is False]

    def serial_for(self, sample_no: int) -> str:
        return self.serials.get(sample_no) or self.suggested.get(sample_no, "")

    def refused_count(self) -> int:
        return sum(1 for s in self.states.values() if s is CellState.REFUSED)

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.requirements) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else FIXED_COLUMNS + self.sample_count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == 0:
            return translate("Acceptance", "Characteristic")
        if section == 1:
            return translate("Acceptance", "Limits")
        if section == 2:
            return translate("Acceptance", "Class")
        if section == 3:
            return translate("Acceptance", "Instrument")
        n = self.sample_at(section)
        return str(n) if n is not None else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if self.is_value_cell(index):
            return base | Qt.ItemFlag.ItemIsEditable
        r = self.requirement_at(index.row())
        if index.column() == 3 and r is not None and r.kind == CharacteristicKind.VARIABLE.value:
            return base | Qt.ItemFlag.ItemIsEditable
        if self.sample_at(index.column()) is not None:
            return Qt.ItemFlag.NoItemFlags  # beyond this requirement's sample
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, col = index.row(), index.column()
        n = self.sample_at(col)
        if row == 0:
            return self._serial_data(col, n, role)
        r = self.requirement_at(row)
        if r is None:
            return None
        if n is None:
            return self._fixed_data(r, col, role)
        if n > r.samples:
            return NA_BG if role == Qt.ItemDataRole.BackgroundRole else None
        key = (r.id, n)
        text = self.texts.get(key, "")
        state = self.states.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == STATE_ROLE:
            return state.value if state else ""
        ok = local_conforms(r, text)
        if role == Qt.ItemDataRole.BackgroundRole:
            if state is CellState.REFUSED:
                return AMBER_BG
            return RED_BG if ok is False else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return RED_FG if ok is False else None
        if role == Qt.ItemDataRole.FontRole and state is not None and state is not CellState.STORED:
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if state is CellState.REFUSED:
                return translate("Acceptance", "Not saved: {message}").format(
                    message=self.messages.get(key, ""))
            if ok is False:
                return translate("Acceptance", "Out of limits ({limits})").format(
                    limits=limits_text(r))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _serial_data(self, col: int, n: int | None, role: int) -> Any:
        if n is None:
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return translate("Acceptance", "Serial number")
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.serial_for(n)
        if role == Qt.ItemDataRole.ForegroundRole and n not in self.serials:
            return GREY_FG
        if role == Qt.ItemDataRole.FontRole:
            f = QFont()
            f.setBold(n in self.serials)
            f.setItalic(n not in self.serials)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and n not in self.serials:
            return translate("Acceptance", "Proposed from the units presented; saved with the "
                             "sample's first value. Type another serial to change it.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _fixed_data(self, r: GridRequirement, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.name
            if col == 1:
                return limits_text(r)
            if col == 2:
                return rules.severity_label(r.severity)
            if col == 3:
                if r.kind != CharacteristicKind.VARIABLE.value:
                    return "—"
                inst = self.instrument_of.get(r.id)
                return self.instrument_names.get(inst, "") if inst else translate(
                    "Acceptance", "Choose…")
        if role == Qt.ItemDataRole.EditRole and col == 3:
            inst = self.instrument_of.get(r.id)
            return str(inst) if inst else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return "\n".join(x for x in (r.method, r.reference) if x) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and r.severity.value == "critical":
            return RED_FG
        if (role == Qt.ItemDataRole.ForegroundRole and col == 3
                and r.kind == CharacteristicKind.VARIABLE.value and not self.instrument_of.get(r.id)):
            return GREY_FG
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                     & Qt.ItemFlag.ItemIsEditable):
            return False
        text = "" if value is None else str(value).strip()
        n = self.sample_at(index.column())
        if index.row() == 0 and n is not None:
            if text == self.serial_for(n):
                return False
            if text:
                self.serials[n] = text
            else:
                self.serials.pop(n, None)
            self.dataChanged.emit(index, index)
            self.serial_entered.emit(n, text)
            return True
        r = self.requirement_at(index.row())
        if r is None:
            return False
        if index.column() == 3:
            try:
                inst = uuid.UUID(text) if text else None
            except ValueError:
                return False
            self.set_instrument(r.id, inst)
            return True
        if n is None:
            return False
        key = (r.id, n)
        if text == self.texts.get(key, "") and self.states.get(key) is CellState.STORED:
            return False
        self.texts[key] = text
        self.states[key] = CellState.SAVING
        self.messages.pop(key, None)
        self.dataChanged.emit(index, index)
        if text:
            self.value_entered.emit(r.id, n, text)
        return True
