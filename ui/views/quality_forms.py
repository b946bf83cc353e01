"""Pieces the quality screens share: a small form dialog whose service errors appear by their
field, a combo filled from a read on the worker, and "sign, then run the signing service"."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout, QWidget)
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import UserError
from milrep.services.auth import Actor
from milrep.services.signing import Meaning
from ui import errors
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import FieldErrors, UnsavedChanges
from ui.widgets.sign_dialog import SignDialog

SignedService = Callable[[UnitOfWork, Actor, str], Changes]


class FormDialog(QDialog):
    """A form of a few fields; :meth:`save` runs one service; errors go beside their field."""

    saved = Signal(object)
    """sig: the service committed; the argument is its ``Changes``."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.general = QLabel()
        self.errors = FieldErrors(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.unsaved = UnsavedChanges(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.general)
        lay.addLayout(self.form)
        lay.addStretch(1)
        lay.addWidget(self.buttons)

    def row(self, field: str, text: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self.form, field, QLabel(text), widget)
        return widget

    def ok_button(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)

    def reject(self) -> None:
        if self.unsaved.allow_close():
            super().reject()

    def submit(self) -> None:
        raise NotImplementedError

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def run(self, fn: Callable[[UnitOfWork, Actor], Changes]) -> None:
        self.errors.clear()
        self.ops.mutate(fn, parent=self, success=self._done, failure=self.failed)

    def _done(self, changes: Changes) -> None:
        self.unsaved.enabled = False
        self.saved.emit(changes)
        self.accept()


def sign(ops: Ops, parent: QWidget, *, meaning: Meaning, summary: str, service: SignedService,
         on_error: Callable[[BaseException], bool] | None = None,
         success: Callable[[Changes], None] | None = None) -> SignDialog:
    """Ask for the password in the one sign dialog, then run ``service(uow, actor, password)``.

    A wrong password (or any refusal) is shown in the sign dialog with the input kept;
    ``on_error`` may take an error instead (a field of the form being signed): the sign dialog
    then closes so the person can correct the form.
    """
    dialog = SignDialog(signer=ops.actor.full_name, meaning=meaning, summary=summary,
                        parent=parent)

    def failure(error: BaseException) -> bool:
        if on_error is not None and on_error(error):
            dialog.reject()
            return True
        if isinstance(error, UserError):
            dialog.show_error(str(error))
            return True
        dialog.show_error(translate("QualityForms", "The document was not signed."))
        return False

    def done(changes: Changes) -> None:
        dialog.finish()
        if success is not None:
            success(changes)

    def requested(password: str) -> None:
        ops.mutate(lambda uow, actor: service(uow, actor, password), parent=dialog,
                   success=done, failure=failure)

    dialog.sign_requested.connect(requested)
    dialog.open()
    return dialog


class ChoiceCombo(QComboBox):
    """A combo whose choices come from a read on the worker; ``loaded`` once they are in."""

    loaded = Signal()
    """sig: the choices arrived (the selection was restored when still offered)."""

    def __init__(self, ops: Ops, *, empty: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.empty = ops, empty
        self.setMinimumWidth(320)
        self._wanted: Any = None

    def load(self, fn: Callable[[Session], Iterable[Any]],
             text: Callable[[Any], str] = lambda c: c.text) -> None:
        def done(rows: Iterable[Any] | None, error: BaseException | None) -> None:
            if error is not None:
                errors.report(self, error)
                return
            # keep the choice across reloads; a value asked for while loading wins
            wanted = self._wanted if self._wanted is not None else self.value()
            self.blockSignals(True)
            self.clear()
            if self.empty:
                self.addItem(self.empty, None)
            self.choices = list(rows or [])
            for c in self.choices:
                self.addItem(text(c), c.id)
            self._wanted = None
            self.set_value(wanted)
            self.blockSignals(False)
            self._wanted = None
            self.currentIndexChanged.emit(self.currentIndex())
            self.loaded.emit()

        self.ops.background(lambda s: list(fn(s)), done)

    def value(self) -> uuid.UUID | None:
        data = self.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def set_value(self, value: uuid.UUID | None) -> None:
        if value is None:
            self._wanted = None
            return
        # findData does not compare Python objects (UUIDs): look for it ourselves
        i = next((n for n in range(self.count()) if self.itemData(n) == value), -1)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self._wanted = value  # still loading: chosen when the choices arrive

    def chosen(self) -> Any:
        i = self.currentIndex() - (1 if self.empty else 0)
        choices = getattr(self, "choices", [])
        return choices[i] if 0 <= i < len(choices) else None


def enum_combo(values: Iterable[Any], label: Callable[[Any], str]) -> QComboBox:
    combo = QComboBox()
    for v in values:
        combo.addItem(label(v), v)
    return combo
