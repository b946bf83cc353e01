"""A list area: heading with a live count, search, filters, actions, and the SQL-paged table."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QHBoxLayout, QHeaderView,
                               QLabel, QMenu, QPushButton, QStackedWidget, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.services.lists import ListSpec
from ui import errors
from ui import format as fmt
from ui.i18n import translate
from ui.icons import icon
from ui.models.paged import ID_ROLE, RAW_ROLE, Label, PagedListModel
from ui.ops import Ops
from ui.views.base import Screen, heading
from ui.widgets.badge import BadgeDelegate
from ui.widgets.columns import restore_columns, save_columns
from ui.widgets.empty import EmptyState
from ui.widgets.search import SearchBox

ROW_HEIGHT = 30
SEARCH_MIN_WIDTH = 220  # the search box never shrinks below this: actions overflow first


class ListScreen(Screen):
    """Subclasses give the spec, the tables it shows, column widths and their own buttons."""

    spec: ListSpec
    tables: frozenset[str] = frozenset()
    widths: dict[str, int] = {}
    stretch = ""  # the column that takes the spare width

    def __init__(self, ops: Ops, *, labels: dict[str, Label] | None = None,
                 badges: set[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = PagedListModel(ops, self.spec, labels=labels, badges=badges, parent=self)
        self.model.count_changed.connect(self._count_changed)
        self.model.failed.connect(lambda e: errors.report(self, e))
        self.heading = heading()
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.search = SearchBox()
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search.search_changed.connect(self.model.set_text)
        self.new_button = QPushButton(icon("plus", "#ffffff"), "")
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(icon("edit"), "")
        self.edit_button.clicked.connect(self.open_current)

        self.table = QTableView()
        self.table.setObjectName("list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setStretchLastSection(False)
        hh.setSectionsMovable(True)
        hh.sortIndicatorChanged.connect(self._sort_indicator_changed)
        for i, col in enumerate(self.spec.columns):
            if col.key in self.widths:
                self.table.setColumnWidth(i, self.widths[col.key])
            if col.key == self.stretch:
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            if badges and col.key in badges:
                self.table.setItemDelegateForColumn(i, BadgeDelegate(self.table))
        sort_col = next(i for i, c in enumerate(self.spec.columns)
                        if c.key == self.spec.default_sort)
        hh.setSortIndicator(sort_col, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())

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
        # in a widget of its own whose minimum width does not add up the buttons: the window may
        # get narrower than all of them, and fit_toolbar() moves what does not fit into "More"
        self.toolbar_widget = QWidget()
        self.toolbar_widget.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.toolbar = QHBoxLayout(self.toolbar_widget)
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(self.search)
        self.build_filters(self.toolbar)
        self.toolbar.addStretch(1)
        first_action = self.toolbar.count()
        self.build_actions(self.toolbar)
        # the subclass's actions, right to left: they move into "More" when the window is narrow
        self._collapsible = [w for i in range(first_action, self.toolbar.count())
                             if isinstance(w := self.toolbar.itemAt(i).widget(), QAbstractButton)]
        self._overflowed: list[QAbstractButton] = []
        self.more_button = QToolButton()
        self.more_button.setIcon(icon("more"))
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.aboutToShow.connect(self._fill_more_menu)
        self.more_button.setMenu(self.more_menu)
        self.more_button.hide()
        self.toolbar.addWidget(self.more_button)
        self.toolbar.addWidget(self.edit_button)
        self.toolbar.addWidget(self.new_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 12)
        lay.setSpacing(12)
        lay.addLayout(top)
        lay.addWidget(self.toolbar_widget)
        lay.addWidget(self.stack, 1)
        self._retranslate_list()
        self.model.refresh(reset=True)

    # --- hooks for subclasses ----------------------------------------------------------------

    def build_filters(self, bar: QHBoxLayout) -> None:
        """Add filter widgets after the search box."""

    def build_actions(self, bar: QHBoxLayout) -> None:
        """Add action buttons before Edit and New."""

    def can_edit(self) -> bool:
        return False

    def open_record(self, record_id: uuid.UUID) -> None:
        """Open the editor (or viewer) of one record."""

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        raise NotImplementedError

    def update_actions(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.new_button.setEnabled(self.can_edit())
        self.edit_button.setText(translate("ListScreen", "Open") if not self.can_edit()
                                 else translate("ListScreen", "Edit"))
        self.edit_button.setIcon(icon("edit") if self.can_edit() else icon("eye"))

    # --- Screen ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslate_list()
        self.model.retranslate()

    # --- a toolbar that fits: actions overflow into "More" ---------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_toolbar()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.fit_toolbar()  # translated texts have other widths

    def fit_toolbar(self) -> None:
        """Show every action that fits; the rest, from the right, go into the "More" menu."""
        for button in self._overflowed:
            button.show()
        self._overflowed = []
        margins = self.layout().contentsMargins()
        available = self.width() - margins.left() - margins.right()
        visible = [b for b in self._collapsible if not b.isHidden()]
        more = self.more_button.sizeHint().width() + self.toolbar.spacing()
        while visible and self._needed_width() + (more if self._overflowed else 0) > available:
            button = visible.pop()
            button.hide()
            self._overflowed.insert(0, button)
        self.more_button.setVisible(bool(self._overflowed))

    def _needed_width(self) -> int:
        widgets = [w for i in range(self.toolbar.count())
                   if (w := self.toolbar.itemAt(i).widget()) is not None and not w.isHidden()
                   and w is not self.more_button]
        hints = [max(w.minimumWidth(), w.minimumSizeHint().width()) if w is self.search
                 else w.sizeHint().width() for w in widgets]
        return sum(hints) + self.toolbar.spacing() * max(0, len(widgets) - 1)

    def _fill_more_menu(self) -> None:
        self.more_menu.clear()
        for button in self._overflowed:
            text = button.text() or button.accessibleName() or button.toolTip()
            if isinstance(button, QPushButton) and button.menu() is not None:
                sub = self.more_menu.addMenu(button.icon(), text)
                sub.addActions(button.menu().actions())
                sub.setEnabled(button.isEnabled())
            else:
                action = self.more_menu.addAction(button.icon(), text)
                action.setEnabled(button.isEnabled())
                action.triggered.connect(button.click)

    def _retranslate_list(self) -> None:
        self.heading.setText(self.title())
        self.search.setPlaceholderText(translate("ListScreen", "Search (Ctrl+F)"))
        self.more_button.setToolTip(translate("ListScreen", "More actions"))
        self.more_button.setAccessibleName(translate("ListScreen", "More actions"))
        self.new_button.setText(translate("ListScreen", "New"))
        self.new_button.setToolTip(translate("ListScreen", "Add a record (Ctrl+N)"))
        self._count_changed(self.model.total)
        self.update_actions()
        self._fit_headers()

    def _fit_headers(self) -> None:
        """Widen any column whose (translated) header would be cut off."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for i, col in enumerate(self.spec.columns):
            if col.key == self.stretch:
                continue
            label = str(self.model.headerData(i, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.DisplayRole) or "")
            # padding of the header style plus room for the sort arrow
            needed = metrics.horizontalAdvance(label) + 40
            if self.table.columnWidth(i) < needed:
                self.table.setColumnWidth(i, needed)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.tables):
            self.model.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self, settings: QSettings) -> None:
        save_columns(settings, self.spec.name, self.table)

    def restore_state(self, settings: QSettings) -> None:
        restore_columns(settings, self.spec.name, self.table)
        self._fit_headers()

    def new_record(self) -> None:
        """Subclasses open their editor for a new record."""

    # --- helpers -----------------------------------------------------------------------------

    def current_id(self) -> uuid.UUID | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or not self.table.selectionModel().isRowSelected(idx.row()):
            return None
        value = idx.data(ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def current_value(self, key: str) -> Any:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        col = next(i for i, c in enumerate(self.spec.columns) if c.key == key)
        return self.model.index(idx.row(), col).data(RAW_ROLE)

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index: QModelIndex = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _count_changed(self, total: int) -> None:
        filtered = bool(self.model.query.text or self.model.query.scope)
        if filtered:
            text = translate("ListScreen", "{n} found").format(n=fmt.number(total))
            if self.model.ignored:
                text += " · " + translate(
                    "ListScreen", "not searched in a list this long (type at least 3 letters): "
                    "{words}").format(words=", ".join(self.model.ignored))
        else:
            text = translate("ListScreen", "{n} in total").format(n=fmt.number(total))
        self.count_label.setText(text if self.model.loaded else "")
        if self.model.loaded and total == 0:
            title, hint, action = self.empty_texts(filtered)
            self.empty.set_texts(title, hint, action if self.can_edit() else "")
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        self.update_actions()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.spec.columns[column].sortable:
            # Only indexed columns sort (a million rows); put the arrow back where it was.
            key = self.model.query.sort or self.spec.default_sort
            current = next(i for i, c in enumerate(self.spec.columns) if c.key == key)
            hh = self.table.horizontalHeader()
            hh.blockSignals(True)
            hh.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.model.query.descending
                                else Qt.SortOrder.AscendingOrder)
            hh.blockSignals(False)
