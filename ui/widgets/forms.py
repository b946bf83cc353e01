"""Form pieces: dates shown dd.MM.yyyy, optional dates, and errors shown next to their field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractSpinBox, QDateEdit, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from milrep.errors import ValidationError

DATE_FORMAT = "dd.MM.yyyy"
NO_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b3261e;"
INVALID_PROPERTY = "invalid"
READ_ONLY_PROPERTY = "lockedField"


class DateEdit(QDateEdit):
    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumWidth(130)
        self.set_date(value or dt.date.today())

    def set_date(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    def value(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())


class OptionalDateEdit(DateEdit):
    """A date that may be left empty: the minimum date stands for "not set" and shows "—"."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def value(self) -> dt.date | None:  # type: ignore[override]
        if self.date() == NO_DATE:
            return None
        return super().value()


def set_read_only(*widgets: QWidget, read_only: bool = True) -> None:
    """Show fields as read-only, all alike (grey background, text still selectable where it can
    be): text fields become read-only, choices (combo boxes, dates) are disabled."""
    for w in widgets:
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.setReadOnly(read_only)
        elif isinstance(w, QAbstractSpinBox):
            w.setReadOnly(read_only)
            w.setEnabled(not read_only)
        else:
            w.setEnabled(not read_only)
        w.setProperty(READ_ONLY_PROPERTY, read_only)
        style = w.style()
        style.unpolish(w)
        style.polish(w)


class FieldErrors:
    """Red messages under the fields of a form, keyed by the service's ``ValidationError.field``."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self._fields: dict[str, tuple[QWidget, QLabel, int]] = {}

    def add_row(self, form: QFormLayout, field: str, label: QLabel, widget: QWidget,
                page: int = -1, target: QWidget | None = None) -> None:
        """Add ``widget`` to ``form`` with room for its error message below it; ``target``
        is the part marked red on an error (default: the widget itself)."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        form.addRow(label, box)
        label.setBuddy(target or widget)
        self._fields[field] = (target or widget, err, page)

    def register(self, field: str, widget: QWidget, error_label: QLabel, page: int = -1) -> None:
        error_label.setStyleSheet(ERROR_STYLE)
        error_label.setWordWrap(True)
        error_label.hide()
        self._fields[field] = (widget, error_label, page)

    def clear(self) -> None:
        self.general.hide()
        for widget, err, _page in self._fields.values():
            err.hide()
            widget.setProperty(INVALID_PROPERTY, False)
            widget.setStyleSheet("")

    def show(self, error: ValidationError) -> int:
        """Show the message by its field (or on top); return the page holding it (-1: none)."""
        self.clear()
        entry = self._fields.get(error.field or "")
        if entry is None:
            self.general.setText(str(error))
            self.general.show()
            return -1
        widget, err, page = entry
        err.setText(str(error))
        err.show()
        widget.setStyleSheet("border: 1px solid #b3261e; border-radius: 3px;")
        widget.setFocus()
        return page

    def message_for(self, field: str) -> str:
        entry = self._fields.get(field)
        return entry[1].text() if entry and not entry[1].isHidden() else ""
