"""Inventory counts of material assets: start a count of a place, print its sheet, enter what
was found in a grid (keyboard first: type, Enter, next line), see the discrepancies at once,
and reconcile with a signing act."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QDialog,
                               QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.documents.registry import DocumentRef
from milrep.errors import AuthenticationError, UserError, ValidationError
from milrep.models.assets import CountStatus
from milrep.services import inventory_counts as ic
from milrep.services.auth import Permission, can
from milrep.services.signing import Meaning
from ui import errors
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.models.asset_counts import COUNTED, NOTE, SHORTAGE, CountLinesModel
from ui.views.asset_dialogs import places_combo
from ui.widgets.forms import DateEdit, FieldErrors

__all__ = ["COUNTED", "NOTE", "SHORTAGE", "CountLinesModel", "CountsPanel"]


class CountGrid(QTableView):
    """Type a quantity and press Enter: it is kept and the next line's Counted cell opens."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moving = hint in (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                          QAbstractItemDelegate.EndEditHint.EditNextItem)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        current = self.currentIndex()
        if moving and current.isValid() and current.row() + 1 < self.model().rowCount():
            nxt = self.model().index(current.row() + 1, current.column())
            self.setCurrentIndex(nxt)
            self.edit(nxt)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState:
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class StartCountDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(translate("CountsPanel", "Start an inventory count"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors(QLabel())
        self.location = places_combo(ops)
        self.date = DateEdit(dt.date.today())
        self.commission = QPlainTextEdit()
        self.commission.setPlaceholderText(translate("CountsPanel", "One member per line"))
        self.commission.setFixedHeight(70)
        form = QFormLayout()
        self.errors.add_row(form, "location", QLabel(translate("CountsPanel", "Location")),
                            self.location)
        self.errors.add_row(form, "count_date", QLabel(translate("CountsPanel", "Count date")),
                            self.date)
        self.errors.add_row(form, "commission", QLabel(translate("CountsPanel", "Commission")),
                            self.commission)
        hint = QLabel(translate("CountsPanel", "The sheet lists every asset kept there at the "
                                "end of the count date, with the quantity its movements give. "
                                "Movements there dated on or before the count are refused "
                                "from now on."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("CountsPanel", "Start"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(buttons)
        self.started: uuid.UUID | None = None

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        place, on, members = (self.location.currentText(), self.date.value(),
                              self.commission.toPlainText())

        def done(c: Changes) -> None:
            self.started = c.id
            self.accept()

        self.ops.mutate(lambda uow, actor: ic.start_count(
            uow, actor, location=place, count_date=on, commission=members), parent=self,
            success=done, failure=self.failed)


class CountsPanel(QWidget):
    """The counts (latest first) over the selected count's grid."""

    tables = frozenset({"inventory_counts", "inventory_count_lines", "asset_movements",
                        "assets"})

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = can(ops.actor, Permission.EDIT_ASSETS)
        self.rows: tuple[ic.CountRow, ...] = ()
        self.detail: ic.CountDetail | None = None
        self.list = QTableWidget(0, 6)
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._selected)
        self.model = CountLinesModel(self)
        self.grid = CountGrid()
        self.grid.setModel(self.model)
        self.grid.verticalHeader().hide()
        self.grid.setAlternatingRowColors(True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        gh = self.grid.horizontalHeader()
        gh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        gh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        gh.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(NOTE, 220)
        self.model.dataChanged.connect(lambda *_a: self._update_actions())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.start_button = QPushButton(translate("CountsPanel", "Start count…"))
        self.print_button = QPushButton(translate("CountsPanel", "Print sheet…"))
        self.save_button = QPushButton(translate("CountsPanel", "Save counts"))
        self.reconcile_button = QPushButton(translate("CountsPanel", "Reconcile and sign…"))
        self.discard_button = QPushButton(translate("CountsPanel", "Discard"))
        self.save_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start_count)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_counts)
        self.reconcile_button.clicked.connect(self.reconcile)
        self.discard_button.clicked.connect(self.discard)
        bar = QHBoxLayout()
        bar.addWidget(self.start_button)
        bar.addStretch(1)
        for b in (self.print_button, self.discard_button, self.save_button,
                  self.reconcile_button):
            bar.addWidget(b)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.summary)
        ll.addWidget(self.grid, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(lower)
        split.setSizes([150, 420])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.list.setHorizontalHeaderLabels([
            translate("CountsPanel", "Number"), translate("CountsPanel", "Location"),
            translate("CountsPanel", "Date"), translate("CountsPanel", "Status"),
            translate("CountsPanel", "Counted"), translate("CountsPanel", "Discrepancies")])

    # --- reading -------------------------------------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        keep = select or (self.detail.count.id if self.detail else None)
        self.ops.query(ic.list_counts, parent=self,
                       success=lambda rows: self._listed(rows, keep))

    def _listed(self, rows: tuple[ic.CountRow, ...], keep: uuid.UUID | None) -> None:
        self.rows = rows
        self.list.blockSignals(True)
        self.list.setRowCount(len(rows))
        for r, c in enumerate(rows):
            cells = [c.number, c.location, fmt.date(c.count_date), ic.count_status_label(c.status),
                     f"{c.counted} / {c.lines}", str(c.discrepancies) if c.counted else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 5 and c.discrepancies:
                    item.setBackground(QBrush(SHORTAGE))
                self.list.setItem(r, col, item)
        self.list.blockSignals(False)
        row = next((i for i, c in enumerate(rows) if c.id == keep), 0 if rows else -1)
        if row >= 0:
            self.list.selectRow(row)
            self._selected()
        else:
            self._show(None)

    def _selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.rows):
            self._show(None)
            return
        count_id = self.rows[row].id
        self.ops.query(lambda uow, actor: ic.get_count(uow, actor, count_id=count_id),
                       parent=self, success=self._show)

    def _show(self, detail: ic.CountDetail | None) -> None:
        self.detail = detail
        open_ = detail is not None and detail.count.status == CountStatus.OPEN
        self.model.set_detail(detail, self.editable and open_)
        if detail is None:
            self.summary.setText(translate("CountsPanel", "No inventory count yet. Start one "
                                           "for a place: its sheet lists what should be there."))
        else:
            c = detail.count
            if c.status == CountStatus.RECONCILED:
                text = translate("CountsPanel", "<b>{number}</b> — {location}, {date}: "
                                 "reconciled by {who}; {n} discrepancy(ies).").format(
                    number=c.number, location=c.location, date=fmt.date(c.count_date),
                    who=c.reconciled_by, n=c.discrepancies)
                if c.conclusion:
                    from html import escape

                    text += "<br>" + translate("CountsPanel", "Conclusion: {text}").format(
                        text=escape(c.conclusion))
            else:
                text = translate("CountsPanel", "<b>{number}</b> — {location}, balances at the "
                                 "end of {date}. Type each counted quantity and press Enter; "
                                 "0 when nothing is found.").format(
                    number=c.number, location=c.location, date=fmt.date(c.count_date))
            self.summary.setText(text)
        self._update_actions()

    def _update_actions(self) -> None:
        d = self.detail
        open_ = d is not None and d.count.status == CountStatus.OPEN
        self.start_button.setVisible(self.editable)
        for b in (self.save_button, self.reconcile_button, self.discard_button):
            b.setVisible(self.editable)
        self.print_button.setEnabled(d is not None)
        self.print_button.setText(translate("CountsPanel", "Print sheet…") if open_ or d is None
                                  else translate("CountsPanel", "Print record…"))
        self.save_button.setEnabled(open_ and self.model.dirty())
        self.discard_button.setEnabled(open_)
        self.reconcile_button.setEnabled(open_)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.tables):
            self.refresh()

    # --- actions -------------------------------------------------------------------------------

    def start_count(self) -> None:
        dlg = StartCountDialog(self.ops, self)
        dlg.accepted.connect(lambda: self.refresh(select=dlg.started))
        dlg.open()

    def print_sheet(self) -> None:
        from ui.widgets.document_button import open_preview

        d = self.detail
        if d is None:
            return
        ref = DocumentRef(kind="inventory_count", title=translate(
            "CountsPanel", "Inventory count sheet"), object_id=d.count.id, number=d.count.number,
            date=d.count.count_date)
        open_preview(self.ops, ref, self)

    def save_counts(self, then: Any = None) -> None:
        d = self.detail
        if d is None:
            return
        count_id, entries = d.count.id, self.model.entries()

        def failed(e: BaseException) -> bool:
            if isinstance(e, ValidationError):
                errors.report(self, e)
                return True
            return False

        self.ops.mutate(lambda uow, actor: ic.enter_counts(uow, actor, count_id=count_id,
                                                           entries=entries),
                        parent=self, success=lambda _c: then() if then else None,
                        failure=failed)

    def reconcile(self) -> None:
        d = self.detail
        if d is None:
            return
        if self.model.dirty():  # save what was typed first, then sign
            self.save_counts(then=self.reconcile_saved)
        else:
            self.reconcile_saved()

    def reconcile_saved(self) -> None:
        from ui.widgets.sign_dialog import SignDialog

        d = self.detail
        if d is None:
            return
        c = d.count
        lines = [translate("CountsPanel", "Count {number} of {location} on {date}: {n} line(s), "
                           "{k} discrepancy(ies).").format(
            number=c.number, location=c.location, date=fmt.date(c.count_date), n=c.lines,
            k=sum(1 for x in self.model.lines if self.model.difference(
                self.model.lines.index(x)) not in (None, Decimal(0))))]
        dlg = SignDialog(signer=self.ops.actor.full_name, meaning=Meaning.RECONCILED,
                         summary="\n".join(lines), parent=self)
        conclusion = QPlainTextEdit()
        conclusion.setPlaceholderText(translate("CountsPanel", "Conclusion of the commission "
                                                "(what to do with the discrepancies)"))
        conclusion.setFixedHeight(70)
        dlg.layout().insertWidget(2, conclusion)
        count_id = c.id

        def sign(password: str) -> None:
            text = conclusion.toPlainText()

            def failed(e: BaseException) -> bool:
                if isinstance(e, (AuthenticationError, UserError)):
                    dlg.show_error(str(e))
                    return True
                return False

            self.ops.mutate(lambda uow, actor: ic.reconcile_count(
                uow, actor, count_id=count_id, password=password, conclusion=text),
                parent=dlg, success=lambda _c: dlg.finish(), failure=failed)

        dlg.sign_requested.connect(sign)
        dlg.open()
        self.sign_dialog = dlg

    def discard(self) -> None:
        d = self.detail
        if d is None:
            return
        if confirm_discard(self, translate(
                "CountsPanel", "Discard count {number}? What was entered on it is lost; the "
                "place can be counted again.").format(number=d.count.number)):
            count_id = d.count.id
            self.ops.mutate(lambda uow, actor: ic.discard_count(uow, actor, count_id=count_id),
                            parent=self)


def confirm_discard(parent: QWidget, text: str) -> bool:
    """Yes/No before discarding an open count. (Replaced in tests.)"""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, translate("CountsPanel", "Discard count"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
