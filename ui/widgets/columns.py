"""Remember each list's column widths, order and sort per user settings (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QTableView

KEY = "columns/{list}"


def save_columns(settings: QSettings, name: str, table: QTableView) -> None:
    settings.setValue(KEY.format(list=name), table.horizontalHeader().saveState())


def restore_columns(settings: QSettings, name: str, table: QTableView) -> bool:
    """Put back the stored layout; False (and the defaults kept) when none is stored or the
    stored one no longer fits the list's columns."""
    state = settings.value(KEY.format(list=name))
    header = table.horizontalHeader()
    if not isinstance(state, QByteArray) or state.isEmpty():
        return False
    count = header.count()
    if not header.restoreState(state) or header.count() != count:
        return False
    return True
