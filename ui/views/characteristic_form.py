"""Add or edit one characteristic of a control-list item: what is checked, its limits, its class.

While the person types, :func:`milrep.services.characteristics.check_characteristic` (pure, no
database) says at once what is wrong with the numbers ("limits reversed"); saving still goes to
the service, which decides.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from milrep.errors import ValidationError
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.services import characteristics
from milrep.services.characteristics import CharacteristicForm, CharacteristicView
from ui.i18n import translate
from ui.models.requirements import kind_label, number_text, severity_label
from ui.ops import Ops
from ui.widgets.forms import FieldErrors, UnsavedChanges, set_read_only

LIVE_STYLE = "color: #8d4b00; background: #fff4e5; border: 1px solid #ffcc80; " \
             "border-radius: 6px; padding: 6px 8px;"
NUMBER_FIELDS = ("nominal", "lower_limit", "upper_limit", "allowed_answers")


class CharacteristicDialog(QDialog):
    saved = Signal(object)
    """sig: the characteristic was stored; the argument is its id."""

    def __init__(self, ops: Ops, item_id: uuid.UUID, current: CharacteristicView | None,
                 parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.ops, self.item_id, self.current = ops, item_id, current
        self.setWindowTitle(translate("CharacteristicDialog", "New characteristic")
                            if current is None else
                            translate("CharacteristicDialog", "Characteristic {name}")
                            .format(name=current.name))
        self.setMinimumWidth(560)
        self.errors = FieldErrors(QLabel())
        self.unsaved = UnsavedChanges(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("CharacteristicDialog", "e.g. Output power"))
        self.kind = QComboBox()
        for k in CharacteristicKind:
            self.kind.addItem(kind_label(k), k.value)
        self.nominal, self.lower, self.upper = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.nominal, self.lower, self.upper):
            w.setPlaceholderText("—")
        self.unit = QLineEdit()
        self.unit.setMaxLength(32)
        self.answers = QPlainTextEdit()
        self.answers.setFixedHeight(60)
        self.answers.setPlaceholderText(translate("CharacteristicDialog", "One conforming answer "
                                                  "per line; empty: pass / fail"))
        self.severity = QComboBox()
        for s in Severity:
            self.severity.addItem(severity_label(s), s.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MAJOR.value))
        self.method, self.reference = QLineEdit(), QLineEdit()
        self.reference.setPlaceholderText(translate("CharacteristicDialog",
                                                    "TU clause, drawing or national standard"))
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.labels: dict[str, QLabel] = {}
        for field, text, w in (
                ("name", translate("CharacteristicDialog", "Name"), self.name),
                ("kind", translate("CharacteristicDialog", "Checked by"), self.kind),
                ("nominal", translate("CharacteristicDialog", "Nominal value"), self.nominal),
                ("lower_limit", translate("CharacteristicDialog", "Lower limit"), self.lower),
                ("upper_limit", translate("CharacteristicDialog", "Upper limit"), self.upper),
                ("unit", translate("CharacteristicDialog", "Unit"), self.unit),
                ("allowed_answers", translate("CharacteristicDialog", "Allowed answers"),
                 self.answers),
                ("severity", translate("CharacteristicDialog", "Class of defect"), self.severity),
                ("method", translate("CharacteristicDialog", "Method"), self.method),
                ("reference", translate("CharacteristicDialog", "Reference"), self.reference)):
            label = QLabel(text)
            self.labels[field] = label
            self.errors.add_row(form, field, label, w)
        self.live = QLabel()
        self.live.setObjectName("liveCheck")
        self.live.setStyleSheet(LIVE_STYLE)
        self.live.setWordWrap(True)
        self.live.hide()
        self.hint = QLabel(translate("CharacteristicDialog", "Limits are inclusive; leave one "
                                     "empty for a one-sided limit. A critical characteristic "
                                     "rejects the lot on any one defect."))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.live)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        self._touched = current is not None
        for w in (self.nominal, self.lower, self.upper, self.name):
            w.textChanged.connect(self._edited)
        self.answers.textChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if current is not None:
            self._fill(current)
        self._kind_changed()
        if read_only:
            set_read_only(self.name, self.kind, self.nominal, self.lower, self.upper, self.unit,
                          self.answers, self.severity, self.method, self.reference)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                translate("CharacteristicDialog", "Close"))
            self.unsaved.enabled = False
        self.unsaved.mark_clean()
        self.name.setFocus()

    def _fill(self, c: CharacteristicView) -> None:
        self.name.setText(c.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind.value)))
        self.nominal.setText(number_text(c.nominal))
        self.lower.setText(number_text(c.lower_limit))
        self.upper.setText(number_text(c.upper_limit))
        self.unit.setText(c.unit)
        self.answers.setPlainText(c.allowed_answers)
        self.severity.setCurrentIndex(max(0, self.severity.findData(c.severity.value)))
        self.method.setText(c.method)
        self.reference.setText(c.reference)

    def measured(self) -> bool:
        return self.kind.currentData() == CharacteristicKind.VARIABLE.value

    def _kind_changed(self) -> None:
        measured = self.measured()
        for field, w in (("nominal", self.nominal), ("lower_limit", self.lower),
                         ("upper_limit", self.upper), ("unit", self.unit)):
            w.setEnabled(measured)
            self.labels[field].setEnabled(measured)
        self.answers.setEnabled(not measured)
        self.labels["allowed_answers"].setEnabled(not measured)
        self._edited()

    def form(self, *, name: str | None = None) -> CharacteristicForm:
        measured = self.measured()
        # Fields that do not apply to the chosen kind are greyed out and not sent.
        return CharacteristicForm(
            name=self.name.text() if name is None else name,
            kind=CharacteristicKind(self.kind.currentData()),
            nominal=self.nominal.text() if measured else None,
            lower_limit=self.lower.text() if measured else None,
            upper_limit=self.upper.text() if measured else None,
            unit=self.unit.text() if measured else "",
            allowed_answers="" if measured else self.answers.toPlainText(),
            method=self.method.text(), reference=self.reference.text(),
            severity=Severity(self.severity.currentData()))

    def _edited(self) -> None:
        """Check the numbers as they are typed; the name's own check waits for Save."""
        sender = self.sender()
        if sender is not None and sender is not self.name and sender is not self.kind:
            self._touched = True
        if not self._touched:
            return
        name = self.name.text().strip() or translate("CharacteristicDialog",
                                                      "new characteristic")
        try:
            characteristics.check_characteristic(self.form(name=name))
        except ValidationError as e:
            self.live.setText(str(e))
            self.live.setProperty("field", e.field or "")
            self.live.show()
            return
        self.live.hide()
        self.live.setText("")

    def live_message(self) -> str:
        return self.live.text() if not self.live.isHidden() else ""

    def reject(self) -> None:
        if self.unsaved.allow_close():
            super().reject()

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        form, item_id, current = self.form(), self.item_id, self.current

        def done(changes: object) -> None:
            self.saved.emit(getattr(changes, "id", None))
            self.accept()

        if current is None:
            self.ops.mutate(lambda uow, actor: characteristics.add_characteristic(
                uow, actor, item_id=item_id, form=form), parent=self, success=done,
                failure=self.failed)
        else:
            self.ops.mutate(lambda uow, actor: characteristics.update_characteristic(
                uow, actor, characteristic_id=current.id, form=form), parent=self,
                success=done, failure=self.failed)
