"""Register a measuring instrument, correct it, enter its new calibration, or retire it."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from milrep.services import instruments
from milrep.services.auth import Permission, can
from milrep.services.instruments import InstrumentForm, InstrumentRow
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import DateEdit, FieldErrors, UnsavedChanges, set_read_only

STATUS_STYLE = {"overdue": "color: #b71c1c; font-weight: 600;",
                "due_soon": "color: #8d4b00; font-weight: 600;", "valid": "color: #1b5e20;",
                "retired": "color: #455a64;"}


def confirm_retire(parent: QWidget, text: str) -> bool:
    """Yes/No before retiring. (Replaced in tests.)"""
    answer = QMessageBox.question(parent, translate("InstrumentEditor", "Retire instrument"),
                                  text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class InstrumentEditor(QDialog):
    def __init__(self, ops: Ops, instrument_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.instrument_id = ops, instrument_id
        self.row: InstrumentRow | None = None
        self.editable = can(ops.actor, Permission.EDIT_INSTRUMENTS)
        self.setWindowTitle(translate("InstrumentEditor", "Register a measuring instrument")
                            if instrument_id is None
                            else translate("InstrumentEditor", "Measuring instrument"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.name, self.type, self.serial = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(translate("InstrumentEditor", "e.g. Wattmeter M3-93"))
        self.serial.setMaxLength(64)
        self.range, self.accuracy = QLineEdit(), QLineEdit()
        self.range.setPlaceholderText(translate("InstrumentEditor", "e.g. 0.1–100 W"))
        today = dt.date.today()
        self.calibrated_on = DateEdit(today)
        self.calibration_due = DateEdit(today.replace(year=today.year + 1)
                                        if not (today.month == 2 and today.day == 29)
                                        else today + dt.timedelta(days=365))
        self.certificate, self.location = QLineEdit(), QLineEdit()
        self.certificate.setPlaceholderText(translate("InstrumentEditor",
                                                      "Calibration certificate No."))
        form = QFormLayout()
        form.setVerticalSpacing(6)
        for field, text, w in (
                ("name", translate("InstrumentEditor", "Instrument"), self.name),
                ("instrument_type", translate("InstrumentEditor", "Type"), self.type),
                ("serial", translate("InstrumentEditor", "Serial No."), self.serial),
                ("measuring_range", translate("InstrumentEditor", "Measuring range"), self.range),
                ("accuracy", translate("InstrumentEditor", "Accuracy"), self.accuracy),
                ("calibrated_on", translate("InstrumentEditor", "Calibrated on"),
                 self.calibrated_on),
                ("calibration_due", translate("InstrumentEditor", "Next calibration due"),
                 self.calibration_due),
                ("certificate_ref", translate("InstrumentEditor", "Certificate"),
                 self.certificate),
                ("location", translate("InstrumentEditor", "Location"), self.location)):
            self.errors.add_row(form, field, QLabel(text), w)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.hint = QLabel(translate("InstrumentEditor", "Valid through the due date inclusive; "
                                     "from the next day a measurement with it is refused."))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.recalibrate_button: QPushButton | None = None
        self.retire_button: QPushButton | None = None
        if instrument_id is not None and self.editable:
            self.recalibrate_button = self.buttons.addButton(
                translate("InstrumentEditor", "New calibration"),
                QDialogButtonBox.ButtonRole.ActionRole)
            self.recalibrate_button.setToolTip(translate(
                "InstrumentEditor", "Enter the dates and certificate of a new calibration"))
            self.recalibrate_button.clicked.connect(self.recalibrate)
            self.retire_button = self.buttons.addButton(
                translate("InstrumentEditor", "Retire"), QDialogButtonBox.ButtonRole.ActionRole)
            self.retire_button.clicked.connect(self.retire)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addWidget(self.status)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        self._set_editable(self.editable)
        if instrument_id is not None:
            self.ops.query(lambda uow, actor: instruments.list_instruments(
                uow, actor, today=dt.date.today(), include_retired=True), parent=self,
                success=self._loaded)
        self.unsaved.mark_clean()
        self.name.setFocus()

    def _fields(self) -> tuple[QWidget, ...]:
        return (self.name, self.type, self.serial, self.range, self.accuracy, self.calibrated_on,
                self.calibration_due, self.certificate, self.location)

    def _set_editable(self, on: bool) -> None:
        set_read_only(*self._fields(), read_only=not on)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(on)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("InstrumentEditor", "Cancel") if on
            else translate("InstrumentEditor", "Close"))
        for b in (self.recalibrate_button, self.retire_button):
            if b is not None:
                b.setVisible(on)
        self.unsaved.enabled = on

    def _loaded(self, rows: tuple[InstrumentRow, ...]) -> None:
        row = next((r for r in rows if r.id == self.instrument_id), None)
        if row is None:
            return
        self.row = row
        self.setWindowTitle(translate("InstrumentEditor", "{name} No. {serial}").format(
            name=row.name, serial=row.serial))
        self.name.setText(row.name)
        self.type.setText(row.instrument_type)
        self.serial.setText(row.serial)
        self.range.setText(row.measuring_range)
        self.accuracy.setText(row.accuracy)
        self.calibrated_on.set_date(row.calibrated_on)
        self.calibration_due.set_date(row.calibration_due)
        self.certificate.setText(row.certificate_ref)
        self.location.setText(row.location)
        self._show_status(row)
        if not row.active:
            self._set_editable(False)
        self.unsaved.mark_clean()

    def _show_status(self, row: InstrumentRow) -> None:
        due = fmt.date(row.calibration_due)
        if not row.active:
            key, text = "retired", translate("InstrumentEditor", "Retired from the register; "
                                             "kept because measurements name it.")
        elif row.overdue:
            key, text = "overdue", translate(
                "InstrumentEditor", "Calibration expired on {due} ({n} days ago): measurements "
                "with it are refused until a new calibration is entered.").format(
                due=due, n=-row.days_left)
        elif row.due_soon:
            key, text = "due_soon", translate(
                "InstrumentEditor", "Calibration due on {due}: {n} days left.").format(
                due=due, n=row.days_left)
        else:
            key, text = "valid", translate("InstrumentEditor", "Calibrated, valid until {due}."
                                           ).format(due=due)
        self.status.setText(text)
        self.status.setStyleSheet(STATUS_STYLE[key])
        self.status.setProperty("status", key)
        self.status.show()

    def recalibrate(self) -> None:
        """Start a new calibration entry: today, the same interval as before, a new certificate."""
        old_from, old_due = self.calibrated_on.value(), self.calibration_due.value()
        today = dt.date.today()
        self.calibrated_on.set_date(today)
        self.calibration_due.set_date(today + (old_due - old_from))
        self.certificate.clear()
        self.certificate.setFocus()

    def retire(self) -> None:
        row, instrument_id = self.row, self.instrument_id
        if row is None or instrument_id is None:
            return
        if not confirm_retire(self, translate(
                "InstrumentEditor", "Retire {name} No. {serial}? It stays in the register, but "
                "no measurement can be recorded with it.").format(name=row.name,
                                                                  serial=row.serial)):
            return
        self.ops.mutate(lambda uow, actor: instruments.retire_instrument(
            uow, actor, instrument_id=instrument_id), parent=self,
            success=lambda _c: self.accept(), failure=self.failed)

    def form(self) -> InstrumentForm:
        return InstrumentForm(
            name=self.name.text(), serial=self.serial.text(),
            calibrated_on=self.calibrated_on.value(),
            calibration_due=self.calibration_due.value(), instrument_type=self.type.text(),
            measuring_range=self.range.text(), accuracy=self.accuracy.text(),
            certificate_ref=self.certificate.text(), location=self.location.text())

    def reject(self) -> None:
        if self.unsaved.allow_close():
            super().reject()

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        form, instrument_id = self.form(), self.instrument_id
        if instrument_id is None:
            self.ops.mutate(lambda uow, actor: instruments.register_instrument(
                uow, actor, form=form), parent=self, success=lambda _c: self.accept(),
                failure=self.failed)
        else:
            self.ops.mutate(lambda uow, actor: instruments.update_instrument(
                uow, actor, instrument_id=instrument_id, form=form), parent=self,
                success=lambda _c: self.accept(), failure=self.failed)
