"""The inspection window: the measurement grid (keyboard first), the instrument for every row,
the side panel (verdict, completeness, attachments), "Decide and sign…" and the documents to print
(the protocol; the return notice once the lot was returned).

Every value typed is saved on its own through :func:`milrep.services.measurements.record_measurement`
on the worker; the colour shows at once whether it is within the copied limits. The grid's view
and editors are in :mod:`ui.views.inspection_grid_view`, the side panel in
:mod:`ui.views.inspection_panel`, opening an inspection in :mod:`ui.views.open_inspection`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.errors import UserError
from milrep.models.requirements import CharacteristicKind
from milrep.services import inspection_grid, inspections, instruments, measurements, presentations
from milrep.services.auth import Permission, can
from milrep.services.inspection_grid import GridRequirement, InspectionGrid
from milrep.services.instruments import InstrumentRow
from ui.i18n import translate
from ui.models.acceptance import (FIXED_COLUMNS, CellState, InspectionGridModel, attempt_label,
                                 limits_text)
from ui.ops import Ops
from ui.views.inspection_grid_view import GridDelegate, GridView
from ui.views.inspection_panel import VERDICT_COLORS, InspectionPanel
from ui.views.open_inspection import OpenInspectionDialog, open_or_show
from ui.widgets.document_button import DocumentsButton
from ui.widgets.forms import ERROR_STYLE


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

        # verdict, completeness and attachments; their widgets stay reachable from here
        self.panel = InspectionPanel(ops, inspection_id, may_inspect=self.may_inspect)
        p = self.panel
        self.verdict_box, self.verdict_title = p.verdict_box, p.verdict_title
        self.verdict, self.reason, self.counts = p.verdict, p.reason, p.counts
        self.completeness, self.completeness_error = p.completeness, p.completeness_error
        self.attachments, self.attach_button = p.attachments, p.attach_button
        self.completeness_typed = p.completeness_typed

        self.print_button = DocumentsButton(ops)
        self.print_button.set_record("inspections", inspection_id)
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("primary")
        self.decide_button.clicked.connect(self.decide)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.raise_button = QPushButton()
        self.raise_button.clicked.connect(self.raise_nonconformity)
        self.raise_button.setEnabled(False)

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
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1010, 310])
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.raise_button)
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
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update_raise())
        self._listening = True
        self.load(first=True)

    # --- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.all_instruments_label.setText(translate("InspectionWindow", "Instrument for every "
                                                     "measured row:"))
        self.decide_button.setText(translate("InspectionWindow", "Decide and sign…"))
        self.close_button.setText(translate("InspectionWindow", "Close"))
        self.raise_button.setText(translate("InspectionWindow", "Raise nonconformity…"))
        self.raise_button.setToolTip(translate(
            "InspectionWindow", "Raise a nonconformity from the characteristic of the current row "
            "(its out-of-limit results are proposed as the description)"))
        self.hint.setText(translate(
            "InspectionWindow", "Type a value and press Enter or Tab to go to the next cell. Each "
            "value is saved at once; red: out of limits; amber: not saved (see the message)."))
        self.panel.retranslate()
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
        self.panel.show_grid(g)
        editable = g.decided is None and self.may_inspect
        self.all_instruments.setEnabled(editable)
        self.decide_button.setVisible(g.decided is None and self.may_decide)

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches("measurements", "inspections", "completeness_checks", "attachments",
                           "presentations"):
            self.load()
        if changes.touches("inspections", "return_notices", "acceptance_records"):
            self.print_button.reload()

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

    # --- attachments (kept in the side panel) ------------------------------------------------

    def choose_attachment(self) -> None:
        self.panel.choose_attachment()

    def add_attachment_file(self, path: Path) -> None:
        self.panel.add_attachment_file(path)

    # --- deciding ----------------------------------------------------------------------------

    # --- nonconformities from failed characteristics ----------------------------------------

    def _current_requirement(self) -> GridRequirement | None:
        index = self.view.currentIndex()
        return self.model.requirement_at(index.row()) if index.isValid() else None

    def _update_raise(self) -> None:
        self.raise_button.setEnabled(self.may_inspect and self._current_requirement() is not None)

    def raise_nonconformity(self) -> None:
        """The nonconformity of the current row's characteristic, with what failed proposed."""
        from ui.views.nonconformities import FailedRequirement, RaiseDialog  # noqa: PLC0415

        r, g = self._current_requirement(), self.grid
        if r is None or g is None:
            return
        failed = self.model.failed_samples(r.id)
        found = ", ".join(
            translate("InspectionWindow", "{value} on {unit}").format(
                value=f"{text} {r.unit}".strip(),
                unit=serial or translate("InspectionWindow", "sample {n}").format(n=n))
            for n, serial, text in failed)
        description = (translate("InspectionWindow", "{name}: {found} (required {limits})")
                       .format(name=r.name, found=found, limits=limits_text(r))
                       if failed else r.name)
        source = translate("InspectionWindow", "{name} — lot {lot}, notice {notice}").format(
            name=r.name, lot=g.lot_number, notice=g.presentation_number)
        RaiseDialog(self.ops, self, failed=FailedRequirement(
            requirement_id=r.id, source=source, severity=r.severity,
            description=description)).open()

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


__all__ = ["GridDelegate", "GridView", "InspectionWindow", "OpenInspectionDialog",
           "VERDICT_COLORS", "open_or_show"]
