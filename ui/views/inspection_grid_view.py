"""The inspection grid's view and editors: Enter and Tab go to the next cell to fill, the
instrument column chooses among calibrated instruments, attribute rows complete their answers."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QComboBox, QCompleter,
                               QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QTableView,
                               QWidget)

from milrep.models.requirements import CharacteristicKind
from milrep.rules import verdict as rules
from ui.i18n import translate
from ui.models.acceptance import InspectionGridModel


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


__all__ = ["GridDelegate", "GridView"]
