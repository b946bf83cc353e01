"""The organizations area: the contractor (with its BIN and address), recipients, the authorized
body. A fresh office starts here: a contract needs its parties first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.models.organizations import OrgKind
from milrep.services import organizations
from milrep.services.auth import Permission, can
from milrep.services.organizations import OrganizationInfo
from ui import format as fmt
from ui.i18n import translate
from ui.icons import icon
from ui.models.organizations import KIND, OrganizationsFilter, OrganizationsModel, kind_label
from ui.ops import Ops
from ui.views.base import Screen, heading
from ui.widgets.badge import BadgeDelegate
from ui.widgets.columns import restore_columns, save_columns
from ui.widgets.empty import EmptyState
from ui.widgets.search import SearchBox


class OrganizationsView(Screen):
    area = "organizations"
    icon_name = "building"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.loaded = False
        self.select_after_load: uuid.UUID | None = None
        self.model = OrganizationsModel(self)
        self.proxy = OrganizationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = heading()
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.search = SearchBox()
        self.search.search_changed.connect(self._filter_changed)
        self.kind_filter = QComboBox()
        self.kind_filter.setMinimumWidth(170)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.edit_button = QPushButton(icon("edit"), "")
        self.edit_button.clicked.connect(self.open_current)
        self.new_button = QPushButton(icon("plus", "#ffffff"), "")
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_record)

        self.table = QTableView()
        self.table.setObjectName("list")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((360, 150, 130)):
            self.table.setColumnWidth(col, width)
        self.table.setItemDelegateForColumn(KIND, BadgeDelegate(self.table))
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())

        self.empty = EmptyState(self.icon_name)
        self.empty.action.clicked.connect(self.new_record)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search)
        bar.addWidget(self.kind_filter)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.new_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        self.retranslate()
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return translate("OrganizationsView", "Organizations")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.EDIT_ORGANIZATIONS)

    # --- Screen ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.search.setPlaceholderText(translate("OrganizationsView",
                                                 "Search name, BIN, address (Ctrl+F)"))
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(translate("OrganizationsView", "All kinds"), None)
        for k in OrgKind:
            self.kind_filter.addItem(kind_label(k), k.value)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(False)
        self.new_button.setText(translate("OrganizationsView", "New"))
        self.new_button.setToolTip(translate("OrganizationsView", "Add an organization (Ctrl+N)"))
        self.model.retranslate()
        self._update_count()
        self._update_actions()

    def refresh(self) -> None:
        self.ops.query(lambda uow, actor: organizations.list_organizations(uow, actor),
                       parent=self, success=self._loaded)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("organizations"):
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> None:
        if self.can_edit():
            self._edit(None)

    def save_state(self, settings: QSettings) -> None:
        save_columns(settings, self.area, self.table)

    def restore_state(self, settings: QSettings) -> None:
        restore_columns(settings, self.area, self.table)

    # --- list --------------------------------------------------------------------------------

    def _loaded(self, orgs: list[OrganizationInfo]) -> None:
        keep, self.select_after_load = self.select_after_load or self.current_id(), None
        self.model.set_organizations(orgs)
        self.loaded = True
        if keep is not None:
            self.select(keep)
        self._update_count()
        self._update_actions()

    def _filter_changed(self, _text: str = "") -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_kind(self.kind_filter.currentData())
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        if not self.loaded:
            self.count_label.setText("")
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        filtered = bool(self.proxy.words or self.proxy.kind)
        if filtered:
            self.count_label.setText(translate("OrganizationsView", "{n} of {total}").format(
                n=fmt.number(shown), total=fmt.number(total)))
        else:
            self.count_label.setText(translate("OrganizationsView", "{n} in total").format(
                n=fmt.number(total)))
        if shown:
            self.stack.setCurrentWidget(self.table)
            return
        if filtered:
            self.empty.set_texts(translate("OrganizationsView", "No organization matches"),
                                 translate("OrganizationsView", "Try fewer words or another "
                                           "kind."))
        else:
            self.empty.set_texts(
                translate("OrganizationsView", "No organizations yet"),
                translate("OrganizationsView", "Add the contractor (the plant, with its BIN), "
                          "the authorized body and the recipients: every contract names them."),
                translate("OrganizationsView", "Add the first organization")
                if self.can_edit() else "")
        self.stack.setCurrentWidget(self.empty)

    def _update_actions(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)
        self.edit_button.setText(translate("OrganizationsView", "Edit") if self.can_edit()
                                 else translate("OrganizationsView", "Open"))
        self.edit_button.setIcon(icon("edit") if self.can_edit() else icon("eye"))
        self.new_button.setEnabled(self.can_edit())

    def current(self) -> OrganizationInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.organization(self.proxy.mapToSource(rows[0]).row())

    def current_id(self) -> uuid.UUID | None:
        org = self.current()
        return org.id if org is not None else None

    def select(self, org_id: uuid.UUID) -> None:
        row = self.model.row_of(org_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def select_row_of_kind(self, kind: str) -> None:
        """Select the first organization of ``kind`` shown (screenshots, keyboard tests)."""
        for row in range(self.proxy.rowCount()):
            org = self.model.organization(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if org is not None and org.kind.value == kind:
                self.select(org.id)
                return

    def open_current(self) -> None:
        org = self.current()
        if org is not None:
            self._edit(org)

    def _edit(self, org: OrganizationInfo | None) -> None:
        from ui.views.organization_editor import OrganizationEditor  # noqa: PLC0415

        kind = self.kind_filter.currentData()
        editor = OrganizationEditor(self.ops, org, self,
                                    kind=OrgKind(kind) if kind else None)
        editor.saved.connect(self._select_when_loaded)
        editor.open()

    def _select_when_loaded(self, org_id: uuid.UUID) -> None:
        """The refresh after the save is on its way: select the saved organization in it."""
        self.select_after_load = org_id
