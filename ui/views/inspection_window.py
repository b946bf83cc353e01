"""Opening an inspection, and the inspection window: the measurement grid (keyboard first), the
completeness check, attachments and the verdict as it stands; "Decide…" leads to the signature.

Every value typed is saved on its own through :func:`milrep.services.measurements.record_measurement`
on the worker; the colour shows at once whether it is within the copied limits.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QCheckBox, QComboBox,
                               QCompleter, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QMessageBox, QPushButton, QSplitter, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.errors import UserError, ValidationError
from milrep.models.acceptance import InspectionKind, PresentationStatus, Verdict
from milrep.models.control_list import ItemKind
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.rules import verdict as rules
from milrep.services import (inspection_grid, inspections, instruments, measurements,
                             presentation_choices, presentations)
from milrep.services.auth import Permission, can
from milrep.services.inspection_grid import InspectionGrid
from milrep.services.instruments import InstrumentRow
from milrep.services.presentations import PresentationInfo

from ui import format as fmt
from ui.i18n import translate
from ui.models.acceptance import (FIXED_COLUMNS, CellState, InspectionGridModel, attempt_label)
from ui.ops import Ops
from ui.widgets.forms import ERROR_STYLE, FieldErrors

VERDICT_COLORS = {Verdict.ACCEPT: "#1b5e20", Verdict.PARTIAL: "#8d4b00",
                  Verdict.RETURN: "#b3261e", None: "#455a64"}


def open_or_show(ops: Ops, presentation_id: uuid.UUID, parent: QWidget) -> None:
    """A presentation awaiting inspection: ask how to open it. Otherwise show its inspection."""

    def loaded(result: tuple[PresentationInfo, uuid.UUID | None, ItemKind | None]) -> None:
        info, inspection_id, kind = result
        if info.status is PresentationStatus.PRESENTED and can(ops.actor, Permission.INSPECT):
            OpenInspectionDialog(ops, info, kind, parent).open()
        elif inspection_id is not None:
            InspectionWindow(ops, inspection_id, parent).show()
        else:
            QMessageBox.information(parent, translate("InspectionWindow", "No inspection"),
                                    translate("InspectionWindow", "Notice {number} is “{status}”: "
                                              "it has no inspection.").format(
                                        number=info.number,
                                        status=presentations.status_label(info.status)))

    def job(uow: Any, actor: Any) -> tuple[PresentationInfo, uuid.UUID | None, ItemKind | None]:
        info = presentations.get_presentation(uow, actor, presentation_id=presentation_id)
        return (info, presentation_choices.inspection_of(uow.session, presentation_id),
                presentation_choices.item_kind(uow.session, info.item_id))

    ops.query(job, parent=parent, success=loaded)


class OpenInspectionDialog(QDialog):
    """How to inspect: the kind (by the item's kind) and, after a return, re-test only what
    failed (checked by default from the second attempt on)."""

    def __init__(self, ops: Ops, info: PresentationInfo, item_kind: ItemKind | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.info = ops, info
        self.window_opened: InspectionWindow | None = None
        self.setMinimumWidth(520)
        self.errors = FieldErrors(QLabel())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.kind = QComboBox()
        kinds = sorted(inspections.KINDS_FOR_ITEM.get(item_kind, set(InspectionKind))
                       if item_kind else set(InspectionKind))
        for k in kinds:
            self.kind.addItem(inspections.kind_label(k), k.value)
        self.retest = QCheckBox()
        self.retest.setChecked(info.attempt >= 2)
        self.retest.setEnabled(info.attempt >= 2)
        self.labels = {"kind": QLabel(), "retest_only": QLabel()}
        form = QFormLayout()
        self.errors.add_row(form, "kind", self.labels["kind"], self.kind)
        self.errors.add_row(form, "retest_only", self.labels["retest_only"], self.retest)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.kind.setFocus()

    def retranslate(self) -> None:
        i = self.info
        self.setWindowTitle(translate("OpenInspection", "Open the inspection of notice {number}")
                            .format(number=i.number))
        self.summary.setText(translate("OpenInspection", "Notice {number} of {date}: quantity "
                                       "{qty}, {attempt}.").format(number=i.number,
                                                            date=fmt.date(i.presented_on),
                                                            qty=fmt.quantity(i.quantity),
                                                            attempt=attempt_label(i.attempt)))
        self.labels["kind"].setText(translate("OpenInspection", "Kind of inspection"))
        self.labels["retest_only"].setText(translate("OpenInspection", "Re-test"))
        self.retest.setText(translate("OpenInspection", "Re-test only what failed at the last "
                                      "return"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("OpenInspection", "Open inspection"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            self.errors.show(error)
            return True
        if isinstance(error, UserError):
            self.errors.clear()
            self.errors.general.setText(str(error))
            self.errors.general.show()
            return True
        return False

    def submit(self) -> None:
        self.errors.clear()
        pid, kind = self.info.id, InspectionKind(self.kind.currentData())
        retest = self.retest.isChecked()
        self.ops.mutate(lambda uow, actor: inspections.open_inspection(
            uow, actor, presentation_id=pid, kind=kind, retest_only=retest), parent=self,
            success=self._opened, failure=self.failed)

    def _opened(self, changes: Changes) -> None:
        if changes.id is not None:
            parent = self.parentWidget()
            self.window_opened = InspectionWindow(self.ops, changes.id, parent)
            self.window_opened.show()
        self.accept()


# --- the grid's view and editors ----------------------------------------------------------------

class GridView(QTableView):
    """Enter and Tab move to the next cell to fill (row by row), skipping the fixed columns."""

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self.model()
        if (isinstance(model, InspectionGridModel)
                and action in (QAbstractItemView.CursorAction.MoveNext,
                               QAbstractItemView.CursorAction.MovePrevious)):
            current = self.currentIndex()
            rows, cols = model.rowCount(), model.columnCount()
            if rows == 0 or cols == 0:
                return QModelIndex()
            pos = current.row() * cols + current.column() if current.isValid() else -1
            step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
            for k in range(1, rows * cols + 1):
                p = pos + step * k
                if not 0 <= p < rows * cols:
                    break
                idx = model.index(p // cols, p % cols)
                if model.is_value_cell(idx) and model.flags(idx) & Qt.ItemFlag.ItemIsEditable:
                    return idx
            return current
        return super().moveCursor(action, modifiers)


class GridDelegate(QStyledItemDelegate):
    """Line editors that commit and move on with Enter; the instrument column is a choice of the
    calibrated instruments; attribute rows complete their allowed answers."""

    def __init__(self, view: GridView) -> None:
        super().__init__(view)
        self.view = view
        self.instruments: list[tuple[uuid.UUID, str]] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        model = index.model()
        if index.column() == 3 and isinstance(model, InspectionGridModel):
            combo = QComboBox(parent)
            combo.addItem(translate("InspectionWindow", "Choose…"), "")
            for iid, name in self.instruments:
                combo.addItem(name, str(iid))
            return combo
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if isinstance(model, InspectionGridModel) and index.row() > 0:
            r = model.requirement_at(index.row())
            if r is not None and r.kind != CharacteristicKind.VARIABLE.value:
                answers = list(r.allowed_answers) or [rules.PASS, rules.FAIL]
                completer = QCompleter(answers, editor)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
                editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (isinstance(obj, QLineEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            completer = obj.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                return False
            self.commitData.emit(obj)
            self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(obj, event)


# --- the window ---------------------------------------------------------------------------------

class InspectionWindow(QDialog):
    """One inspection: grid, completeness, attachments, verdict; decided ones are read-only."""

    def __init__(self, ops: Ops, inspection_id: uuid.UUID, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ops, self.inspection_id = ops, inspection_id
        self.today = today or dt.date.today()
        self.grid: InspectionGrid | None = None
        self.presented: tuple[str, ...] = ()
        self.instrument_rows: tuple[InstrumentRow, ...] = ()
        self.completeness_typed: set[uuid.UUID] = set()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1360, 800)
        self.may_inspect = can(ops.actor, Permission.INSPECT)
        self.may_decide = can(ops.actor, Permission.DECIDE)

        self.title = QLabel()
        self.title.setObjectName("heading")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.all_instruments = QComboBox()
        self.all_instruments.setMinimumWidth(280)
        self.all_instruments.activated.connect(lambda _i: self._instrument_for_all())
        self.all_instruments_label = QLabel()
        self.all_instruments_label.setBuddy(self.all_instruments)

        self.model = InspectionGridModel(self)
        self.model.value_entered.connect(self.save_value)
        self.model.serial_entered.connect(self._serial_entered)
        self.view = GridView()
        self.view.setObjectName("grid")
        self.view.setModel(self.model)
        self.delegate = GridDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        # the verdict as it stands
        self.verdict_box = QFrame()
        self.verdict_box.setObjectName("card")
        self.verdict_title = QLabel()
        self.verdict_title.setObjectName("section")
        self.verdict = QLabel()
        self.verdict.setObjectName("cardValue")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setObjectName("muted")
        vb = QVBoxLayout(self.verdict_box)
        vb.addWidget(self.verdict_title)
        vb.addWidget(self.verdict)
        vb.addWidget(self.reason)
        vb.addWidget(self.counts)

        # completeness
        self.completeness_title = QLabel()
        self.completeness_title.setObjectName("section")
        self.completeness = QTableWidget(0, 3)
        self.completeness.verticalHeader().hide()
        self.completeness.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.completeness.itemChanged.connect(self._completeness_edited)
        self.completeness_error = QLabel()
        self.completeness_error.setStyleSheet(ERROR_STYLE)
        self.completeness_error.setWordWrap(True)
        self.completeness_error.hide()

        # attachments
        self.attachments_title = QLabel()
        self.attachments_title.setObjectName("section")
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(110)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_attachment)

        self.decide_button = QPushButton()
        self.decide_button.setObjectName("primary")
        self.decide_button.clicked.connect(self.decide)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.all_instruments_label)
        top.addWidget(self.all_instruments)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.message)
        ll.addWidget(self.hint)
        right = QWidget()
        right.setMinimumWidth(300)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.verdict_box)
        rl.addWidget(self.completeness_title)
        rl.addWidget(self.completeness, 1)
        rl.addWidget(self.completeness_error)
        rl.addWidget(self.attachments_title)
        rl.addWidget(self.attachments)
        rl.addWidget(self.attach_button)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1010, 310])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.decide_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 12)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        self.retranslate()
        self.ops.changes_applied.connect(self._changes_applied)
        self._listening = True
        self.load(first=True)

    # --- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.all_instruments_label.setText(translate("InspectionWindow", "Instrument for every "
                                                     "measured row:"))
        self.verdict_title.setText(translate("InspectionWindow", "Verdict of the rules"))
        self.completeness_title.setText(translate("InspectionWindow", "Completeness"))
        self.completeness.setHorizontalHeaderLabels([
            translate("InspectionWindow", "Line"), translate("InspectionWindow", "Expected"),
            translate("InspectionWindow", "Found")])
        self.attachments_title.setText(translate("InspectionWindow", "Photos and scans"))
        self.attach_button.setText(translate("InspectionWindow", "Add photo or scan…"))
        self.decide_button.setText(translate("InspectionWindow", "Decide and sign…"))
        self.close_button.setText(translate("InspectionWindow", "Close"))
        self.hint.setText(translate(
            "InspectionWindow", "Type a value and press Enter or Tab to go to the next cell. Each "
            "value is saved at once; red: out of limits; amber: not saved (see the message)."))
        self._show_grid()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------

    def load(self, *, first: bool = False) -> None:
        iid, today = self.inspection_id, self.today

        def job(uow: Any, actor: Any) -> tuple[InspectionGrid, tuple[str, ...],
                                               tuple[InstrumentRow, ...]]:
            grid = inspection_grid.inspection_grid(uow, actor, inspection_id=iid)
            if not first:
                return grid, self.presented, self.instrument_rows
            info = presentations.get_presentation(uow, actor, presentation_id=grid.presentation_id)
            rows = instruments.list_instruments(uow, actor, today=today)
            return grid, info.serials, rows

        self.ops.query(job, parent=self, success=self._loaded)

    def _loaded(self, result: tuple[InspectionGrid, tuple[str, ...],
                                    tuple[InstrumentRow, ...]]) -> None:
        grid, self.presented, self.instrument_rows = result
        first = self.grid is None
        self.grid = grid
        calibrated = [(r.id, f"{r.name} ({r.serial})") for r in self.instrument_rows
                      if not r.overdue]
        self.delegate.instruments = calibrated
        if first:
            self.all_instruments.clear()
            self.all_instruments.addItem(translate("InspectionWindow", "Choose…"), "")
            for iid, name in calibrated:
                self.all_instruments.addItem(name, str(iid))
                self.model.instrument_names[iid] = name
        self.model.set_grid(grid, self.presented)
        if first:
            self._fit_columns()
            first_cell = self.view.moveCursor(QAbstractItemView.CursorAction.MoveNext,
                                              Qt.KeyboardModifier.NoModifier)
            if first_cell.isValid():
                self.view.setCurrentIndex(first_cell)
            self.view.setFocus()
        self._show_grid()

    def _fit_columns(self) -> None:
        # room for the names and ten samples without scrolling sideways
        self.view.setColumnWidth(0, 180)
        self.view.setColumnWidth(1, 110)
        self.view.setColumnWidth(2, 70)
        self.view.setColumnWidth(3, 130)
        for c in range(FIXED_COLUMNS, self.model.columnCount()):
            self.view.setColumnWidth(c, 50)

    def _show_grid(self) -> None:
        g = self.grid
        if g is None:
            return
        self.setWindowTitle(translate("InspectionWindow", "Inspection of notice {number}")
                            .format(number=g.presentation_number))
        self.title.setText(translate("InspectionWindow", "{item}, lot {lot}").format(
            item=g.item_name, lot=g.lot_number))
        plan = g.plan
        if plan.get("inspect_all"):
            plan_text = translate("InspectionWindow", "every unit ({n})").format(n=g.sample_size)
        else:
            plan_text = translate("InspectionWindow", "sample of {n} of {qty}").format(
                n=g.sample_size, qty=plan.get("quantity", ""))
        parts = [translate("InspectionWindow", "Notice {number}").format(
                     number=g.presentation_number),
                 attempt_label(g.attempt), inspections.kind_label(g.kind), plan_text]
        if g.retest_only:
            parts.append(translate("InspectionWindow", "re-test of what failed"))
        self.subtitle.setText(" · ".join(parts))
        v = g.verdict
        decided = g.decided
        if decided is not None:
            self.verdict_title.setText(translate("InspectionWindow", "Decided"))
            self.verdict.setText(inspections.verdict_label(decided))
            self.reason.setText(g.decided_reason)
            color = VERDICT_COLORS[decided]
        else:
            self.verdict_title.setText(translate("InspectionWindow", "Verdict of the rules"))
            self.verdict.setText(inspections.verdict_label(v.verdict) if v.verdict is not None
                                 else translate("InspectionWindow", "No verdict yet"))
            self.reason.setText(v.reason)
            color = VERDICT_COLORS[v.verdict]
        self.verdict.setStyleSheet(f"color: {color};")
        lines = []
        for sev in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR):
            cls = plan.get("classes", {}).get(sev.value)
            if cls is None:
                continue
            found = v.counts.get(sev, 0)
            if cls.get("ac") is None:
                lines.append(translate("InspectionWindow", "{severity}: {d} nonconforming of {n} "
                                       "(each unit judged)").format(
                    severity=rules.severity_label(sev).capitalize(), d=found, n=cls["n"]))
            else:
                lines.append(translate("InspectionWindow", "{severity}: {d} nonconforming of {n} "
                                       "(Ac {ac}, Re {re})").format(
                    severity=rules.severity_label(sev).capitalize(), d=found, n=cls["n"],
                    ac=cls["ac"], re=cls["re"]))
        self.counts.setText("\n".join(lines))
        self._show_completeness(g)
        self.attachments.clear()
        for a in g.attachments:
            self.attachments.addItem(f"{a.filename} · {_size(a.size)} · "
                                     f"{fmt.date(a.added_at.astimezone())}")
        editable = decided is None and self.may_inspect
        self.attach_button.setEnabled(self.may_inspect)
        self.all_instruments.setEnabled(editable)
        self.decide_button.setVisible(decided is None and self.may_decide)

    def _show_completeness(self, g: InspectionGrid) -> None:
        self.completeness.blockSignals(True)
        self.completeness.setRowCount(len(g.completeness))
        editable = g.decided is None and self.may_inspect
        for row, c in enumerate(g.completeness):
            name = QTableWidgetItem(c.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            expected = QTableWidgetItem(f"{c.expected} {c.unit}".strip())
            expected.setFlags(Qt.ItemFlag.ItemIsEnabled)
            current = self.completeness.item(row, 2)
            keep = (current is not None and current.data(Qt.ItemDataRole.UserRole) == str(c.id)
                    and c.id in self.completeness_typed)
            found = QTableWidgetItem(current.text() if keep and current is not None
                                     else ("" if c.found is None else str(c.found)))
            found.setData(Qt.ItemDataRole.UserRole, str(c.id))
            found.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            found.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            if c.found is not None and c.found < c.expected:
                found.setForeground(Qt.GlobalColor.red)
            self.completeness.setItem(row, 0, name)
            self.completeness.setItem(row, 1, expected)
            self.completeness.setItem(row, 2, found)
        self.completeness.resizeColumnToContents(1)
        self.completeness.blockSignals(False)

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches("measurements", "inspections", "completeness_checks", "attachments",
                           "presentations"):
            self.load()

    # --- entering values ---------------------------------------------------------------------

    def _instrument_for_all(self) -> None:
        data = self.all_instruments.currentData()
        inst = uuid.UUID(data) if data else None
        for r in self.model.requirements:
            if r.kind == CharacteristicKind.VARIABLE.value:
                self.model.set_instrument(r.id, inst, self.all_instruments.currentText())

    def _serial_entered(self, sample_no: int, serial: str) -> None:
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save_value(self, requirement_id: uuid.UUID, sample_no: int, text: str) -> None:
        """Save one typed value on the worker; a refusal keeps the text, marked not saved."""
        r = next((x for x in self.model.requirements if x.id == requirement_id), None)
        if r is None:
            return
        kw: dict[str, Any] = {"serial": self.model.serial_for(sample_no)}
        if r.kind == CharacteristicKind.VARIABLE.value:
            kw["value"] = text
            kw["instrument_id"] = self.model.instrument_of.get(requirement_id)
        else:
            kw["answer"] = text
        iid = self.inspection_id

        def failed(error: BaseException) -> bool:
            if isinstance(error, UserError):
                self.model.set_cell_state(requirement_id, sample_no, CellState.REFUSED, str(error))
                self.show_message(translate("InspectionWindow", "Not saved: {message}")
                                  .format(message=str(error)))
                return True
            return False

        def saved(_changes: Changes) -> None:
            if self.model.texts.get((requirement_id, sample_no)) == text:
                self.model.set_cell_state(requirement_id, sample_no, CellState.STORED)
            if not self.model.refused_count():
                self.show_message("")

        self.ops.mutate(lambda uow, actor: measurements.record_measurement(
            uow, actor, inspection_id=iid, requirement_id=requirement_id, sample_no=sample_no,
            **kw), parent=self, success=saved, failure=failed)

    def _completeness_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        check_id = uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole)))
        text = item.text().strip()
        if not text:
            return
        qty: Any = int(text) if text.isdigit() else text  # the service says why not
        self.completeness_typed.add(check_id)  # typed, not saved yet
        iid = self.inspection_id
        self.completeness_error.hide()

        def failed(error: BaseException) -> bool:
            if isinstance(error, UserError):
                self.completeness_error.setText(str(error))
                self.completeness_error.show()
                return True
            return False

        def saved(_c: Changes) -> None:
            self.completeness_typed.discard(check_id)

        self.ops.mutate(lambda uow, actor: inspections.record_completeness(
            uow, actor, inspection_id=iid, found={check_id: qty}), parent=self, success=saved,
            failure=failed)

    # --- attachments -------------------------------------------------------------------------

    def choose_attachment(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, translate("InspectionWindow", "Add a photo or scan"), str(Path.home()),
            translate("InspectionWindow", "Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif "
                      "*.tiff);;All files (*)"))
        if path:
            self.add_attachment_file(Path(path))

    def add_attachment_file(self, path: Path) -> None:
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        iid = self.inspection_id

        def job(uow: Any, actor: Any) -> Changes:
            return inspections.add_attachment(uow, actor, inspection_id=iid, filename=path.name,
                                              media_type=media, content=path.read_bytes())

        self.ops.mutate(job, parent=self, title=translate("InspectionWindow", "Adding {name}")
                        .format(name=path.name))

    # --- deciding ----------------------------------------------------------------------------

    def decide(self) -> None:
        if self.grid is None:
            return
        if self.model.refused_count():
            self.show_message(translate("InspectionWindow", "Some values are not saved (amber): "
                                        "correct them before deciding."))
        from ui.views.decision_dialog import DecisionDialog  # noqa: PLC0415

        DecisionDialog(self.ops, self.grid, self.presented, self).open()

    def closeEvent(self, event: Any) -> None:
        if self._listening:
            self._listening = False
            self.ops.changes_applied.disconnect(self._changes_applied)
        super().closeEvent(event)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return translate("InspectionWindow", "{n} MB").format(n=fmt.number(n / 1024 / 1024, 1))
    return translate("InspectionWindow", "{n} KB").format(n=fmt.number(max(1, n // 1024)))


__all__ = ["InspectionWindow", "OpenInspectionDialog", "open_or_show"]
