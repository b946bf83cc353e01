"""Form pieces: dates shown dd.MM.yyyy, optional dates (ui.widgets.dates), and errors shown next
to their field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QTableWidget, QVBoxLayout, QWidget)

from milrep.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from ui.i18n import translate
from ui.widgets.dates import OptionalDateEdit

DATE_FORMAT = "dd.MM.yyyy"
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


def set_read_only(*widgets: QWidget, read_only: bool = True) -> None:
    """Show fields as read-only, all alike (grey background, text still selectable where it can
    be): text fields become read-only, choices (combo boxes, dates) are disabled."""
    for w in widgets:
        if isinstance(w, (QLineEdit, QPlainTextEdit, OptionalDateEdit)):
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


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` taller if its layout now needs it (a message appeared): it grows, the
    fields keep their height instead of being squeezed."""
    lay = window.layout()
    if lay is None:
        return
    lay.activate()
    need = lay.totalHeightForWidth(window.width()) if lay.hasHeightForWidth() else -1
    need = max(need, lay.totalMinimumSize().height())
    if need > window.height():
        window.resize(window.width(), need)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _on_edit(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever the person changes what ``widget`` holds."""
    if isinstance(widget, OptionalDateEdit):
        widget.date_changed.connect(callback)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(callback)
        widget.editTextChanged.connect(callback)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(callback)
    elif isinstance(widget, QTableWidget):
        widget.itemChanged.connect(callback)
        widget.model().rowsRemoved.connect(callback)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(callback)


class FieldErrors:
    """Red messages under the fields of a form, keyed by the service's ``ValidationError.field``.

    A field's message goes away as soon as the person edits that field (every form gets this
    from here, no dialog wires it itself); the general message stays until the next attempt.
    Fields are marked with the ``invalid`` property, which the theme draws as a red frame on
    that widget alone (a style sheet set on the widget would also frame its children: every
    cell of a table, the parts of a composite field).
    """

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self._fields: dict[str, tuple[QWidget, QLabel, int]] = {}
        self._marked: list[QWidget] = []

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
        if isinstance(widget, OptionalDateEdit) and target is None:
            target = widget.edit
        label.setBuddy(target or widget)
        self._fields[field] = (target or widget, err, page)
        _on_edit(widget, lambda: self.clear_field(field))
        if target is not None and target is not widget:
            _on_edit(target, lambda: self.clear_field(field))

    def register(self, field: str, widget: QWidget, error_label: QLabel, page: int = -1) -> None:
        error_label.setStyleSheet(ERROR_STYLE)
        error_label.setWordWrap(True)
        error_label.hide()
        self._fields[field] = (widget, error_label, page)
        _on_edit(widget, lambda: self.clear_field(field))

    def clear_field(self, field: str) -> None:
        entry = self._fields.get(field)
        if entry is None or entry[1].isHidden():
            return
        entry[1].hide()
        self._unmark_all()

    def clear(self) -> None:
        self.general.hide()
        for _widget, err, _page in self._fields.values():
            err.hide()
        self._unmark_all()

    def mark(self, widget: QWidget) -> None:
        """Frame ``widget`` red (e.g. one cell of a table); cleared with the field's message."""
        widget.setProperty(INVALID_PROPERTY, True)
        _repolish(widget)
        self._marked.append(widget)

    def _unmark_all(self) -> None:
        for widget in self._marked:
            widget.setProperty(INVALID_PROPERTY, False)
            _repolish(widget)
        self._marked.clear()

    def failed(self, error: BaseException) -> bool:
        """The failure handler of a form for :meth:`ui.ops.Ops.mutate`: a ValidationError under
        its field, a refusal of the rules (RuleViolation, PermissionDenied, NotFound) in the
        form's general message; True when shown. Anything else goes on to the one error
        handler: a storage failure (disk full, damaged file) deserves more than a line in a
        form, and a bug its details."""
        if isinstance(error, ValidationError):
            self.show(error)
            return True
        if isinstance(error, (RuleViolation, PermissionDenied, NotFound)):
            self.clear()
            self.general.setText(str(error))
            self.general.show()
            grow_to_fit(self.general.window())
            return True
        return False

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
        if not isinstance(widget, QAbstractItemView):
            self.mark(widget)  # a table marks the offending row itself (see mark())
        widget.setFocus()
        grow_to_fit(err.window())
        return page

    def message_for(self, field: str) -> str:
        entry = self._fields.get(field)
        return entry[1].text() if entry and not entry[1].isHidden() else ""



def _value_of(widget: QWidget) -> object:
    if isinstance(widget, OptionalDateEdit):
        return None  # its line edit is walked on its own
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentData(), widget.currentText())
    if isinstance(widget, QDateEdit):
        return widget.date().toJulianDay()
    if isinstance(widget, QTableWidget):
        cells = []
        for r in range(widget.rowCount()):
            for c in range(widget.columnCount()):
                item, cell = widget.item(r, c), widget.cellWidget(r, c)
                cells.append((item.text() if item else None,
                              _value_of(cell) if cell is not None else None))
        return tuple(cells)
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def ask_discard(parent: QWidget, discard: Callable[[], None] | None = None) -> bool:
    """Ask "Discard the changes?".

    With ``discard``: window-modal without a nested event loop; returns False at once and calls
    ``discard`` on yes (what the editors use). Without: waits for the answer and returns it.
    """
    box = QMessageBox(QMessageBox.Icon.Question, translate("Forms", "Unsaved changes"),
                      translate("Forms", "Discard the changes?"),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if discard is None:
        return box.exec() == QMessageBox.StandardButton.Discard
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: QAbstractButton) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Discard:
            discard()

    box.buttonClicked.connect(answered)
    box.open()
    return False


class UnsavedChanges:
    """Whether a dialog's fields differ from what was loaded into them; asks before losing them.

    The dialog calls :meth:`mark_clean` once its fields hold what was loaded (and after each
    later load), and lets :meth:`close_or_ask` decide in its ``reject()`` (Escape, Cancel, the
    window's close button). Every input widget of the dialog is compared, so no dialog lists
    its fields twice.
    """

    def __init__(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self.enabled = True
        self.baseline: dict[int, object] | None = None

    def snapshot(self) -> dict[int, object]:
        """What each field of this dialog holds, keyed by the widget (children come and go and
        change order as a dialog is shown, so positions would not do)."""
        out: dict[int, object] = {}
        for w in self.dialog.findChildren(QWidget):
            # Only this dialog's own fields: a dialog opened from it (a new organization) is a
            # child too, and stays one after it closes. Parts of a field (a combo box's line
            # edit, a table's cells) count through the field.
            if w.window() is not self.dialog or self._part_of_a_field(w):
                continue
            value = _value_of(w)
            if value is not None:
                out[shiboken6.getCppPointer(w)[0]] = value
        return out

    def _part_of_a_field(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not self.dialog:
            if isinstance(parent, (QAbstractItemView, QAbstractSpinBox, QComboBox)):
                return True
            parent = parent.parentWidget()
        return False

    def mark_clean(self) -> None:
        self.baseline = self.snapshot()

    def dirty(self) -> bool:
        return self.enabled and self.baseline is not None and self.snapshot() != self.baseline

    def allow_close(self) -> bool:
        """For ``reject()``: True to close now; False while the question is asked (on Discard
        the dialog's ``reject()`` runs again and is let through)."""
        if not self.dirty():
            return True

        def discard() -> None:
            self.enabled = False
            self.dialog.reject()

        ask_discard(self.dialog, discard)
        return False

    def close_or_ask(self, close: Callable[[], None]) -> None:
        """``close()`` now, or once the person agrees to lose the changes."""
        if not self.dirty():
            close()
            return

        def discard() -> None:
            self.enabled = False
            close()

        ask_discard(self.dialog, discard)


__all__ = ["DATE_FORMAT", "DateEdit", "FieldErrors", "OptionalDateEdit", "UnsavedChanges",
           "ask_discard", "set_read_only"]
