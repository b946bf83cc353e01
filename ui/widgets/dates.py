"""A date that may be left empty: typed as dd.mm.yyyy, picked on a calendar, cleared at will.

A QDateEdit cannot be empty; the old trick (its minimum date shown as "—") turned typing over the
dash into garbage, stored no date and opened the calendar in January 1900. This is a line edit
instead: what is typed is parsed, the calendar opens at the date shown or at a sensible
reference date (today, or the contract's period), and the clear button or Delete empties it.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget)

from milrep.errors import ValidationError
from ui.i18n import translate
from ui.icons import icon

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[./,-]\s*(\d{1,2})\s*[./,-]\s*(\d{2}|\d{4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4}|\d{2})\s*$")


def parse_date(text: str) -> dt.date | None:
    """``31.12.2026`` (also 31/12/2026, 31-12-26, 31122026) as a date; None if it is not one."""
    m = _SEPARATED.match(text) or _DIGITS.match(text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


class OptionalDateEdit(QWidget):
    date_changed = Signal()
    """sig: the date was set, changed or cleared (typed, picked or programmatically)."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 field: str = "") -> None:
        super().__init__(parent)
        self.field = field
        self.reference: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(110)
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(lambda _t: self._text_changed())
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setIcon(icon("calendar"))
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton()
        self.clear_button.setIcon(icon("clear"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        self.calendar: QCalendarWidget | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.calendar_button)
        lay.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.retranslate()
        self.set_date(value)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(translate("OptionalDateEdit", "— (dd.mm.yyyy)"))
        self.edit.setToolTip(translate("OptionalDateEdit", "Type the date as dd.mm.yyyy or pick "
                                       "it on the calendar; Delete leaves it empty."))
        self.calendar_button.setToolTip(translate("OptionalDateEdit", "Pick on the calendar"))
        self.clear_button.setToolTip(translate("OptionalDateEdit", "No date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- value -------------------------------------------------------------------------------

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value) if value else "")

    def set_reference_date(self, value: dt.date | None) -> None:
        """Where the calendar opens while no date is set (default: today)."""
        self.reference = value

    def text(self) -> str:
        return self.edit.text()

    def problem(self) -> str:
        """Why the text is not a date ("" when it is one or is empty)."""
        text = self.edit.text().strip()
        if not text or parse_date(text) is not None:
            return ""
        return translate("OptionalDateEdit", "“{text}” is not a date: type it as dd.mm.yyyy, "
                         "e.g. 31.12.2026, or leave the field empty.").format(text=text)

    def value(self) -> dt.date | None:
        """The date, None when empty; a :class:`ValidationError` when the text is no date."""
        problem = self.problem()
        if problem:
            raise ValidationError(problem, field=self.field or None)
        text = self.edit.text().strip()
        return parse_date(text) if text else None

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setFocus()

    # --- editing -----------------------------------------------------------------------------

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's spelling, like QLineEdit
        self.edit.setReadOnly(read_only)
        self.calendar_button.setVisible(not read_only)
        self.clear_button.setVisible(not read_only and bool(self.edit.text()))

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.edit.isReadOnly()

    def _text_changed(self) -> None:
        self.clear_button.setVisible(not self.edit.isReadOnly() and bool(self.edit.text()))
        self.date_changed.emit()

    def _tidy(self) -> None:
        parsed = parse_date(self.edit.text())
        if parsed is not None and format_date(parsed) != self.edit.text():
            self.set_date(parsed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and not self.edit.isReadOnly()):
            if event.key() == Qt.Key.Key_Delete and not self.edit.hasSelectedText() \
                    and self.edit.cursorPosition() == 0:
                self.edit.clear()  # Delete at the start: the whole date goes (not one digit)
                return True
            if event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Down) and (
                    event.key() == Qt.Key.Key_F4
                    or event.modifiers() & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # --- calendar ----------------------------------------------------------------------------

    def calendar_start(self) -> dt.date:
        """The month the calendar shows first: the date set, else the reference, else today."""
        text = self.edit.text().strip()
        return parse_date(text) if text and parse_date(text) else (
            self.reference or dt.date.today())

    def open_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.setVerticalHeaderFormat(
                QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        start = self.calendar_start()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.setCurrentPage(start.year, start.month)
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, date: QDate) -> None:
        self.set_date(dt.date(date.year(), date.month(), date.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()
