"""Table models of the certificate screens: the acceptance records still to certify (with a
check box each, for the issuing wizard) and the goods one certificate covers (its detail)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from milrep.services.certificate_views import CertifiableRecord, CoveredGoods
from ui import format as fmt
from ui.i18n import translate
from ui.models.records import RecordsModel

Index = QModelIndex | QPersistentModelIndex


class CertifiableModel(RecordsModel[CertifiableRecord]):
    """Acceptance records with units not yet certified; the first column is a check box."""

    checked_changed = Signal()
    """sig: the set of records ticked changed."""

    headers = (lambda: translate("CertificateWizard", "Acceptance record"),
               lambda: translate("CertificateWizard", "Item"),
               lambda: translate("CertificateWizard", "Lot"),
               lambda: translate("CertificateWizard", "Accepted on"),
               lambda: translate("CertificateWizard", "Accepted"),
               lambda: translate("CertificateWizard", "Not yet certified"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.checked: set[uuid.UUID] = set()

    def set_rows(self, rows: Any) -> None:
        super().set_rows(rows)
        self.checked &= {r.id for r in self.rows}
        self.checked_changed.emit()

    def text(self, row: CertifiableRecord, column: int) -> str:
        return [row.number, row.item_name, row.lot_number, fmt.date(row.accepted_on),
                f"{fmt.quantity(row.accepted_quantity)} {row.unit}",
                f"{fmt.quantity(row.remaining_quantity)} {row.unit}"][column]

    def extra(self, row: CertifiableRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (Qt.CheckState.Checked if row.id in self.checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.rows[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.set_checked(row.id, state == Qt.CheckState.Checked)
        return True

    def set_checked(self, record_id: uuid.UUID, on: bool) -> None:
        if on:
            self.checked.add(record_id)
        else:
            self.checked.discard(record_id)
        row = self.row_of(record_id)
        if row >= 0:
            idx = self.index(row, 0)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def checked_records(self) -> list[CertifiableRecord]:
        """The ticked records, in the order shown."""
        return [r for r in self.rows if r.id in self.checked]


class GoodsModel(RecordsModel[CoveredGoods]):
    """What one certificate covers: per acceptance record and lot, the quantity and serials."""

    headers = (lambda: translate("CertificatesView", "Acceptance record"),
               lambda: translate("CertificatesView", "Lot"),
               lambda: translate("CertificatesView", "Quantity"),
               lambda: translate("CertificatesView", "Serial numbers"))

    def text(self, row: CoveredGoods, column: int) -> str:
        return [row.acceptance_record, row.lot, fmt.quantity(row.quantity),
                ", ".join(row.serials)][column]

    def extra(self, row: CoveredGoods, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.serials:
            return "\n".join(row.serials)
        return None


__all__ = ["CertifiableModel", "GoodsModel"]
