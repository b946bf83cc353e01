"""Material assets (Article 27.3.5) in one area: the register with balances and status, every
movement, and the inventory counts, one tab each; Export… writes the register or the
movements of a period as XLSX, CSV or PDF."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QMenu, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.models.assets import AssetStatus
from milrep.services import asset_exports, asset_movements, assets
from milrep.services.asset_balances import to_quantity
from milrep.services.asset_lists import ASSET_MOVEMENTS, ASSETS
from milrep.services.auth import Permission, can
from ui import format as fmt
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.asset_counts import CountsPanel
from ui.views.asset_dialogs import AssetDetailDialog, AssetEditor, PeriodDialog
from ui.views.base import Screen, heading
from ui.views.list_screen import ListScreen

ASSET_TABLES = frozenset({"assets", "asset_movements", "inventory_counts",
                          "inventory_count_lines"})


def choose_save_path(parent: QWidget, title: str, suggested: str, fmt_name: str) -> str:
    """The file to write, asked with the usual dialog. (Replaced in tests.)"""
    filters = {"xlsx": translate("AssetsView", "Excel workbook (*.xlsx)"),
               "csv": translate("AssetsView", "CSV, UTF-8 (*.csv)"),
               "pdf": translate("AssetsView", "PDF document (*.pdf)")}
    path, _f = QFileDialog.getSaveFileName(parent, title, suggested, filters[fmt_name])
    if path and not path.lower().endswith("." + fmt_name):
        path += "." + fmt_name
    return path


def _milli(value: Any) -> str:
    return fmt.quantity(to_quantity(int(value or 0)))


class ExportMenu(QPushButton):
    """Export…: the register (balances today) or the movements of a period, in three formats."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(icon("save"), "", parent)
        self.ops = ops
        self.setMenu(QMenu(self))
        self.last_written: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("AssetsView", "Export…"))
        menu = self.menu()
        menu.clear()
        for f in asset_exports.FORMATS:
            menu.addAction(translate("AssetsView", "Register as {fmt}…").format(fmt=f.upper()),
                           lambda f=f: self.export_register(f))
        menu.addSeparator()
        for f in asset_exports.FORMATS:
            menu.addAction(translate("AssetsView", "Movements of a period as {fmt}…")
                           .format(fmt=f.upper()), lambda f=f: self.export_movements(f))

    def export_register(self, f: str, path: str | None = None) -> None:
        today = dt.date.today()
        path = path or choose_save_path(self, translate("AssetsView", "Export the register"),
                                        f"assets_register_{today.isoformat()}.{f}", f)
        if not path:
            return
        self.ops.query(lambda uow, actor: asset_exports.export_register(
            uow, actor, path=Path(path), fmt=f, on=today), parent=self, success=self._written,
            title=translate("AssetsView", "Writing {path}…").format(path=path))

    def export_movements(self, f: str, path: str | None = None,
                         period: tuple[dt.date, dt.date] | None = None) -> None:
        if period is None:
            dlg = PeriodDialog(translate("AssetsView", "Movements of a period"), self)
            if dlg.exec() != PeriodDialog.DialogCode.Accepted:
                return
            period = dlg.period()
        first, last = period
        path = path or choose_save_path(
            self, translate("AssetsView", "Export the movements"),
            f"asset_movements_{first.isoformat()}_{last.isoformat()}.{f}", f)
        if not path:
            return
        self.ops.query(lambda uow, actor: asset_exports.export_movements(
            uow, actor, path=Path(path), fmt=f, date_from=first, date_to=last), parent=self,
            success=self._written, title=translate("AssetsView", "Writing {path}…").format(
                path=path))

    def _written(self, result: asset_exports.ExportResult) -> None:
        self.last_written = result.path
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(translate("AssetsView", "Wrote {path} ({n} rows).").format(
                path=result.path, n=result.rows), 8000)


class AssetRegisterPanel(ListScreen):
    area = "assets_register"
    icon_name = "box"
    spec = ASSETS
    tables = ASSET_TABLES
    widths = {"inventory_number": 125, "name": 280, "category": 110, "contract": 105,
              "location": 190, "balance": 80, "unit": 55, "status": 190}
    stretch = "name"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={
            "category": lambda v: assets.category_label(v),
            "status": lambda v: assets.status_label(v),
            "balance": _milli}, badges={"status"}, parent=parent)

    def title(self) -> str:
        return translate("AssetsView", "Register")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.EDIT_ASSETS)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox()
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        bar.addWidget(self.status_filter)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.record_movement)
        bar.addWidget(self.move_button)
        self.export_menu = ExportMenu(self.ops)
        bar.addWidget(self.export_menu)

    def _status_changed(self, _i: int) -> None:
        value = self.status_filter.currentData()
        self.model.set_scope({"status": value} if value else {})

    def _retranslate_list(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("AssetsView", "Any status"), None)
        for s in AssetStatus:
            self.status_filter.addItem(assets.status_label(s), s.value)
        i = self.status_filter.findData(current)
        self.status_filter.setCurrentIndex(max(i, 0))
        self.status_filter.blockSignals(False)
        self.move_button.setText(translate("AssetsView", "Record movement…"))
        self.export_menu.retranslate()
        super()._retranslate_list()
        self.new_button.setText(translate("AssetsView", "Add asset…"))

    def update_actions(self) -> None:
        super().update_actions()
        self.move_button.setVisible(self.can_edit())
        self.move_button.setEnabled(self.current_id() is not None)
        self.edit_button.setText(translate("AssetsView", "Open"))
        self.edit_button.setIcon(icon("eye"))

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("AssetsView", "No asset matches"),
                    translate("AssetsView", "Try part of the inventory number, name, place or "
                              "contract, or another status."), "")
        return (translate("AssetsView", "No material assets yet"),
                translate("AssetsView", "Register the assets created or purchased with budget "
                          "funds under the state defense order (Article 27.3.5). Their "
                          "quantities come from movements: a receipt, transfers, handovers, "
                          "write-offs."),
                translate("AssetsView", "Add an asset"))

    def new_record(self) -> None:
        if self.can_edit():
            AssetEditor(self.ops, None, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        AssetDetailDialog(self.ops, record_id, self).open()

    def record_movement(self) -> None:
        from ui.views.asset_movement_dialog import MovementDialog

        asset_id = self.current_id()
        if asset_id is None:
            return
        self.ops.query(lambda uow, actor: assets.get_asset(uow, actor, asset_id=asset_id),
                       parent=self, success=lambda d: MovementDialog(self.ops, d, self).open())


class AssetMovementsPanel(ListScreen):
    area = "asset_movements"
    icon_name = "refresh"
    spec = ASSET_MOVEMENTS
    tables = ASSET_TABLES
    widths = {"moved_on": 95, "kind": 150, "inventory_number": 125, "quantity": 80,
              "from_location": 180, "to_location": 180, "document": 125, "signed_by": 200}
    stretch = "signed_by"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"kind": lambda v: asset_movements.kind_label(v),
                                      "quantity": _milli}, parent=parent)
        self.new_button.hide()
        # the latest first
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    def title(self) -> str:
        return translate("AssetsView", "Movements")

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.export_menu = ExportMenu(self.ops)
        bar.addWidget(self.export_menu)

    def update_actions(self) -> None:
        super().update_actions()
        self.new_button.hide()
        self.edit_button.setText(translate("AssetsView", "Open asset"))
        self.edit_button.setIcon(icon("eye"))

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("AssetsView", "No movement matches"),
                    translate("AssetsView", "Try a document number, grounds or an inventory "
                              "number."), "")
        return (translate("AssetsView", "No movements yet"),
                translate("AssetsView", "Registering an asset records its receipt; transfers, "
                          "handovers and write-offs are recorded from the register."), "")

    def open_record(self, record_id: uuid.UUID) -> None:
        from sqlalchemy import select

        from milrep.models.assets import AssetMovement

        def done(asset_id: uuid.UUID | None, _e: BaseException | None) -> None:
            if asset_id is not None:
                AssetDetailDialog(self.ops, asset_id, self).open()

        self.ops.background(lambda s: s.scalar(select(AssetMovement.asset_id).where(
            AssetMovement.id == record_id)), done)


class AssetsView(Screen):
    area = "assets"
    icon_name = "box"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.heading = heading()
        self.register = AssetRegisterPanel(ops)
        self.movements = AssetMovementsPanel(ops)
        self.counts = CountsPanel(ops)
        self.tabs = QTabWidget()
        for panel in (self.register, self.movements):
            panel.heading.hide()  # the tab names it
            panel.layout().setContentsMargins(0, 8, 0, 0)
        self.tabs.addTab(self.register, "")
        self.tabs.addTab(self.movements, "")
        self.tabs.addTab(self.counts, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addWidget(self.heading)
        lay.addWidget(self.tabs, 1)
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        return translate("AssetsView", "Material assets")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.tabs.setTabText(0, self.register.title())
        self.tabs.setTabText(1, self.movements.title())
        self.tabs.setTabText(2, translate("AssetsView", "Inventory counts"))
        self.counts.retranslate()

    def on_changes(self, changes: Changes) -> None:
        self.register.on_changes(changes)
        self.movements.on_changes(changes)
        self.counts.on_changes(changes)

    def refresh(self) -> None:
        self.register.refresh()
        self.movements.refresh()
        self.counts.refresh()

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, ListScreen):
            current.focus_search()

    def new_record(self) -> None:
        if self.tabs.currentWidget() is self.counts:
            self.counts.start_count()
        else:
            self.tabs.setCurrentWidget(self.register)
            self.register.new_record()

    def take_focus(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, Screen):
            current.take_focus()
        else:
            self.counts.grid.setFocus()

    def save_state(self, settings: QSettings) -> None:
        self.register.save_state(settings)
        self.movements.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.register.restore_state(settings)
        self.movements.restore_state(settings)
