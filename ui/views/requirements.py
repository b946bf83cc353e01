"""The requirements of one control-list item (Article 27.3.2): characteristics to check, the
completeness list, the sampling plan, returns and periodic tests.

Opened with "Requirements…" from the control list or the item editor. Every change is one
service call on the worker; the dialog reloads from ``changes_applied`` like any view. A viewer
sees everything read-only (the services refuse anyway).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.errors import ValidationError
from milrep.services import characteristics, completeness_list, requirements
from milrep.services.auth import Permission, can
from milrep.services.characteristics import CharacteristicView
from milrep.services.completeness_list import CompletenessView
from milrep.services.requirements import ItemRequirementsView, RequirementsForm
from ui.i18n import translate
from ui.icons import icon
from ui.models.requirements import CharacteristicsModel, CompletenessModel
from ui.ops import Ops
from ui.views.characteristic_form import CharacteristicDialog
from ui.views.completeness_form import CompletenessDialog
from ui.views.sampling_plan import SamplingPlanPage
from ui.widgets.badge import BadgeDelegate
from ui.widgets.forms import ask_discard

TABLES = ("characteristics", "completeness_entries", "item_requirements", "contracts",
          "control_list_items")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No before an action that cannot be taken back. (Replaced in tests.)"""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _table(model: object) -> QTableView:
    t = QTableView()
    t.setObjectName("list")
    t.setModel(model)  # type: ignore[arg-type]
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setShowGrid(False)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(30)
    t.horizontalHeader().setHighlightSections(False)
    return t


class RequirementsDialog(QDialog):
    def __init__(self, ops: Ops, item_id: uuid.UUID, parent: QWidget | None = None, *,
                 item_name: str = "") -> None:
        super().__init__(parent)
        self.ops, self.item_id = ops, item_id
        self.editable = can(ops.actor, Permission.EDIT_REQUIREMENTS)
        self.setMinimumSize(980, 600)
        self._set_title(item_name)
        self.tabs = QTabWidget()

        # characteristics
        self.characteristics = CharacteristicsModel(self)
        self.char_table = _table(self.characteristics)
        self.char_table.setItemDelegateForColumn(CharacteristicsModel.SEVERITY,
                                                 BadgeDelegate(self.char_table))
        hh = self.char_table.horizontalHeader()
        for col, width in ((CharacteristicsModel.NAME, 220), (CharacteristicsModel.KIND, 90),
                           (CharacteristicsModel.NOMINAL, 80), (CharacteristicsModel.LOWER, 80),
                           (CharacteristicsModel.UPPER, 80), (CharacteristicsModel.UNIT, 60),
                           (CharacteristicsModel.SEVERITY, 90), (CharacteristicsModel.METHOD, 150)):
            self.char_table.setColumnWidth(col, width)
        hh.setStretchLastSection(True)
        self.char_table.doubleClicked.connect(lambda _i: self.edit_characteristic())
        self.char_table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.add_char = QPushButton(icon("plus", "#ffffff"), "")
        self.add_char.setObjectName("primary")
        self.add_char.clicked.connect(self.add_characteristic)
        self.edit_char = QPushButton(icon("edit"), "")
        self.edit_char.clicked.connect(self.edit_characteristic)
        self.deactivate_char = QPushButton()
        self.deactivate_char.clicked.connect(self.deactivate_characteristic)
        self.up, self.down = QPushButton(), QPushButton()
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.char_hint = QLabel()
        self.char_hint.setObjectName("muted")
        self.char_hint.setWordWrap(True)
        char_page = QWidget()
        char_bar = QHBoxLayout()
        for b in (self.up, self.down):
            char_bar.addWidget(b)
        char_bar.addStretch(1)
        for b in (self.deactivate_char, self.edit_char, self.add_char):
            char_bar.addWidget(b)
        char_lay = QVBoxLayout(char_page)
        char_lay.addWidget(self.char_hint)
        char_lay.addWidget(self.char_table, 1)
        char_lay.addLayout(char_bar)

        # completeness
        self.completeness = CompletenessModel(self)
        self.set_table = _table(self.completeness)
        self.set_table.setColumnWidth(CompletenessModel.NAME, 420)
        self.set_table.setColumnWidth(CompletenessModel.QUANTITY, 90)
        self.set_table.horizontalHeader().setStretchLastSection(True)
        self.set_table.horizontalHeader().setSectionResizeMode(
            CompletenessModel.NAME, QHeaderView.ResizeMode.Interactive)
        self.set_table.doubleClicked.connect(lambda _i: self.edit_entry())
        self.set_table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.add_entry_button = QPushButton(icon("plus", "#ffffff"), "")
        self.add_entry_button.setObjectName("primary")
        self.add_entry_button.clicked.connect(self.add_entry)
        self.edit_entry_button = QPushButton(icon("edit"), "")
        self.edit_entry_button.clicked.connect(self.edit_entry)
        self.remove_entry_button = QPushButton()
        self.remove_entry_button.clicked.connect(self.remove_entry)
        self.set_hint = QLabel()
        self.set_hint.setObjectName("muted")
        self.set_hint.setWordWrap(True)
        set_page = QWidget()
        set_bar = QHBoxLayout()
        set_bar.addStretch(1)
        for b in (self.remove_entry_button, self.edit_entry_button, self.add_entry_button):
            set_bar.addWidget(b)
        set_lay = QVBoxLayout(set_page)
        set_lay.addWidget(self.set_hint)
        set_lay.addWidget(self.set_table, 1)
        set_lay.addLayout(set_bar)

        # sampling and tests
        self.plan = SamplingPlanPage(self.editable)
        self.plan.save_requested.connect(self.save_plan)

        self.tabs.addTab(char_page, "")
        self.tabs.addTab(set_page, "")
        self.tabs.addTab(self.plan, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.buttons)
        for b in (self.add_char, self.edit_char, self.deactivate_char, self.up, self.down,
                  self.add_entry_button, self.edit_entry_button, self.remove_entry_button):
            b.setVisible(self.editable)
        self.retranslate()
        ops.changes_applied.connect(self._changes_applied)
        self.reload()

    def _set_title(self, item_name: str) -> None:
        self.item_name = item_name
        self.setWindowTitle(translate("RequirementsDialog", "Requirements — {item}").format(
            item=item_name) if item_name else translate("RequirementsDialog", "Requirements"))

    def retranslate(self) -> None:
        self.tabs.setTabText(0, translate("RequirementsDialog", "Characteristics"))
        self.tabs.setTabText(1, translate("RequirementsDialog", "Completeness"))
        self.tabs.setTabText(2, translate("RequirementsDialog", "Sampling and tests"))
        self.add_char.setText(translate("RequirementsDialog", "Add characteristic"))
        self.edit_char.setText(translate("RequirementsDialog", "Edit") if self.editable
                               else translate("RequirementsDialog", "Open"))
        self.deactivate_char.setText(translate("RequirementsDialog", "Deactivate"))
        self.deactivate_char.setToolTip(translate(
            "RequirementsDialog", "Stop checking it on new inspections (it is kept: inspections "
            "already opened refer to it)"))
        self.up.setText(translate("RequirementsDialog", "Move up"))
        self.down.setText(translate("RequirementsDialog", "Move down"))
        self.char_hint.setText(translate(
            "RequirementsDialog", "What the representative checks on every sample unit, in this "
            "order. Inspections copy the list when they are opened; later edits never change "
            "them."))
        self.add_entry_button.setText(translate("RequirementsDialog", "Add part"))
        self.edit_entry_button.setText(translate("RequirementsDialog", "Edit"))
        self.remove_entry_button.setText(translate("RequirementsDialog", "Remove"))
        self.set_hint.setText(translate("RequirementsDialog", "What a complete set of the item "
                                        "contains; checked at every inspection."))
        self._update()

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        item_id = self.item_id
        self.ops.query(lambda uow, actor: characteristics.list_characteristics(
            uow, actor, item_id=item_id), parent=self, success=self._characteristics_loaded)
        self.ops.query(lambda uow, actor: requirements.requirements_for(
            uow, actor, item_id=item_id), parent=self, success=self._requirements_loaded)

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches(*TABLES):
            self.reload()

    def _characteristics_loaded(self, rows: tuple[CharacteristicView, ...]) -> None:
        keep = self.current_characteristic()
        self.characteristics.set_rows(rows)
        if keep is not None:
            self._select(self.char_table, self.characteristics.row_of(keep.id))
        self._update()

    def _requirements_loaded(self, r: ItemRequirementsView) -> None:
        self._set_title(r.item_name)
        keep = self.current_entry()
        self.completeness.set_rows(r.completeness)
        if keep is not None:
            self._select(self.set_table, self.completeness.row_of(keep.id))
        if not self.plan.dirty():
            self.plan.set_requirements(r)
        self._update()

    # --- selection -----------------------------------------------------------------------------

    @staticmethod
    def _select(table: QTableView, row: int) -> None:
        model = table.model()
        if 0 <= row < model.rowCount():
            table.selectionModel().setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    @staticmethod
    def _selected_row(table: QTableView) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_characteristic(self) -> CharacteristicView | None:
        return self.characteristics.characteristic(self._selected_row(self.char_table))

    def current_entry(self) -> CompletenessView | None:
        return self.completeness.entry(self._selected_row(self.set_table))

    def select_characteristic(self, row: int) -> None:
        self._select(self.char_table, row)

    def select_entry(self, row: int) -> None:
        self._select(self.set_table, row)

    def _update(self) -> None:
        c = self.current_characteristic()
        active = self.characteristics.active_ids()
        pos = active.index(c.id) if c is not None and c.active else -1
        self.edit_char.setEnabled(c is not None and (c.active or not self.editable))
        self.deactivate_char.setEnabled(c is not None and c.active)
        self.up.setEnabled(pos > 0)
        self.down.setEnabled(0 <= pos < len(active) - 1)
        has_entry = self.current_entry() is not None
        self.edit_entry_button.setEnabled(has_entry)
        self.remove_entry_button.setEnabled(has_entry)

    # --- characteristics -------------------------------------------------------------------------

    def add_characteristic(self) -> CharacteristicDialog | None:
        if not self.editable:
            return None
        dialog = CharacteristicDialog(self.ops, self.item_id, None, self)
        dialog.open()
        return dialog

    def edit_characteristic(self) -> CharacteristicDialog | None:
        c = self.current_characteristic()
        if c is None or (self.editable and not c.active):
            return None
        dialog = CharacteristicDialog(self.ops, self.item_id, c, self,
                                      read_only=not self.editable)
        dialog.open()
        return dialog

    def deactivate_characteristic(self) -> None:
        c = self.current_characteristic()
        if c is None or not c.active or not self.editable:
            return
        if not confirm(self, translate("RequirementsDialog", "Deactivate characteristic"),
                       translate("RequirementsDialog", "Stop checking \"{name}\" on new "
                                 "inspections? Inspections already opened keep it.")
                       .format(name=c.name)):
            return
        self.ops.mutate(lambda uow, actor: characteristics.deactivate_characteristic(
            uow, actor, characteristic_id=c.id), parent=self)

    def move(self, step: int) -> None:
        c = self.current_characteristic()
        order = self.characteristics.active_ids()
        if c is None or c.id not in order or not self.editable:
            return
        i = order.index(c.id)
        j = i + step
        if not 0 <= j < len(order):
            return
        order[i], order[j] = order[j], order[i]
        item_id = self.item_id
        self.ops.mutate(lambda uow, actor: characteristics.reorder_characteristics(
            uow, actor, item_id=item_id, order=order), parent=self)

    # --- completeness ----------------------------------------------------------------------------

    def add_entry(self) -> CompletenessDialog | None:
        if not self.editable:
            return None
        dialog = CompletenessDialog(self.ops, self.item_id, None, self)
        dialog.open()
        return dialog

    def edit_entry(self) -> CompletenessDialog | None:
        e = self.current_entry()
        if e is None or not self.editable:
            return None
        dialog = CompletenessDialog(self.ops, self.item_id, e, self)
        dialog.open()
        return dialog

    def remove_entry(self) -> None:
        e = self.current_entry()
        if e is None or not self.editable:
            return
        if not confirm(self, translate("RequirementsDialog", "Remove part"),
                       translate("RequirementsDialog", "Remove \"{name}\" from the completeness "
                                 "list? Inspections already opened keep their copy.")
                       .format(name=e.name)):
            return
        self.ops.mutate(lambda uow, actor: completeness_list.remove_completeness_entry(
            uow, actor, entry_id=e.id), parent=self)

    # --- sampling and tests ----------------------------------------------------------------------

    def save_plan(self, form: RequirementsForm) -> None:
        item_id = self.item_id
        self.plan.errors.clear()

        def saved(_c: Changes) -> None:
            self.plan.loaded = self.plan.form()

        def failed(error: BaseException) -> bool:
            if isinstance(error, ValidationError):
                self.plan.show_error(error)
                return True
            return False

        self.ops.mutate(lambda uow, actor: requirements.set_item_requirements(
            uow, actor, item_id=item_id, form=form), parent=self, success=saved, failure=failed)

    def reject(self) -> None:
        if self.plan.dirty() and not ask_discard(self):
            self.tabs.setCurrentWidget(self.plan)
            return
        super().reject()

    def done(self, result: int) -> None:
        try:
            self.ops.changes_applied.disconnect(self._changes_applied)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


__all__ = ["RequirementsDialog", "confirm"]
