"""A table model over a SQL-paged list (milrep.services.lists): never the whole table in memory.

``rowCount`` is the filtered count; rows arrive a page (200) at a time from the database worker,
only when the view asks for them, and the last few pages are kept in a small LRU cache. A new
filter or sort resets the model once the new count is known; a refresh after a change keeps the
old rows on screen until fresh ones arrive, so nothing flickers and the selection stays put.
Requests made obsolete by newer typing are dropped before they reach the database.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
                            Signal)
from PySide6.QtGui import QColor

from milrep.services.lists import (LONG_LIST_ROWS, ListQuery, ListSpec, count_rows, fetch_page,
                                   ignored_words)
from ui import format as fmt
from ui.ops import Ops

PAGE_SIZE = 200
CACHE_PAGES = 24
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
Label = Callable[[Any], str]


class PagedListModel(QAbstractTableModel):
    count_changed = Signal(int)
    """sig: the number of rows matching the current filter is known (after each refresh)."""
    failed = Signal(object)
    """sig: a page or count could not be read; the argument is the exception."""

    def __init__(self, ops: Ops, spec: ListSpec, *, labels: dict[str, Label] | None = None,
                 badges: set[str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops, self.spec = ops, spec
        self.labels = labels or {}
        self.badges = badges or set()
        self.query = ListQuery(sort=spec.default_sort)
        self.total = 0
        self.loaded = False
        #: rows of the list with no filter (known after the first unfiltered load); a list this
        #: long searches only words the index serves, and ``ignored`` names the others
        self.unfiltered_total: int | None = None
        self.ignored: list[str] = []
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._stale: set[int] = set()
        self._pending: set[int] = set()
        self._generation = 0

    # --- what the view asked for -----------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.refresh(reset=True)

    def set_text(self, text: str) -> None:
        if text != self.query.text:
            self.set_query(replace(self.query, text=text))

    def set_scope(self, scope: dict[str, Any]) -> None:
        self.set_query(replace(self.query, scope=dict(scope)))

    def refresh(self, *, reset: bool = False) -> None:
        """Re-read the count and the first page; ``reset`` for a new filter or sort."""
        self._generation += 1
        gen, spec, q = self._generation, self.spec, self._effective_query()

        def job(session: Any) -> tuple[int, list[tuple[Any, ...]]] | None:
            if gen != self._generation:  # overtaken by newer typing: skip the query
                return None
            total = count_rows(session, spec, q)
            return total, fetch_page(session, spec, q, offset=0, limit=PAGE_SIZE, total=total)

        self.ops.background(job, lambda res, err: self._refreshed(gen, reset, res, err))

    def _effective_query(self) -> ListQuery:
        long_list = (self.unfiltered_total or 0) > LONG_LIST_ROWS
        return replace(self.query, short_words=not long_list)

    def row_id(self, row: int) -> uuid.UUID | None:
        r = self._row(row, request=False)
        return r[0] if r is not None else None

    def is_loading(self) -> bool:
        return bool(self._pending) or not self.loaded

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._header(section, orientation, role)

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        col = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.label()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_alignment(col.kind))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or index.row() >= self.total:
            return None
        col = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_alignment(col.kind))
        row = self._row(index.row(), request=role in (Qt.ItemDataRole.DisplayRole, ID_ROLE))
        if row is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9aa0a6")
            return None
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(col.key, col.kind, value)
        if role == Qt.ItemDataRole.ToolTipRole and col.kind == "text" and value:
            return str(value)
        if role == ID_ROLE:
            return row[0]
        if role == RAW_ROLE:
            return value
        if role == BADGE_ROLE and col.key in self.badges:
            return str(value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns) or not self.spec.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.spec.columns[column].key
        if (key, descending) != (self.query.sort or self.spec.default_sort, self.query.descending):
            self.set_query(replace(self.query, sort=key, descending=descending))

    def retranslate(self) -> None:
        """Labels of headers and enum values follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.spec.columns) - 1)
        if self.total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.total - 1, len(self.spec.columns) - 1))

    # --- internals ---------------------------------------------------------------------------

    def _display(self, key: str, kind: str, value: Any) -> str:
        if value is None:
            return ""
        if key in self.labels:
            return self.labels[key](value)
        if kind == "money":
            return fmt.money(value)
        if kind == "quantity":
            return fmt.quantity(value)
        if kind == "date":
            return fmt.date(value)
        return str(value)

    def _row(self, row: int, *, request: bool) -> tuple[Any, ...] | None:
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            if page_no in self._stale and request:
                self._request(page_no)
            return page[offset] if offset < len(page) else None
        if request:
            self._request(page_no)
        return None

    def _request(self, page_no: int) -> None:
        if page_no in self._pending:
            return
        self._pending.add(page_no)
        gen, spec, q, total = self._generation, self.spec, self._effective_query(), self.total

        def job(session: Any) -> list[tuple[Any, ...]] | None:
            if gen != self._generation:
                return None
            return fetch_page(session, spec, q, offset=page_no * PAGE_SIZE, limit=PAGE_SIZE,
                              total=total)

        self.ops.background(job, lambda res, err: self._page_arrived(gen, page_no, res, err))

    def _store(self, page_no: int, rows: list[tuple[Any, ...]]) -> None:
        self._pages[page_no] = rows
        self._pages.move_to_end(page_no)
        self._stale.discard(page_no)
        while len(self._pages) > CACHE_PAGES:
            old, _ = self._pages.popitem(last=False)
            self._stale.discard(old)

    def _page_arrived(self, gen: int, page_no: int, rows: list[tuple[Any, ...]] | None,
                      error: BaseException | None) -> None:
        if gen != self._generation:
            return
        self._pending.discard(page_no)
        if error is not None:
            self.failed.emit(error)
            return
        if rows is None:
            return
        self._store(page_no, rows)
        first = page_no * PAGE_SIZE
        last = min(first + len(rows), self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.spec.columns) - 1))

    def _refreshed(self, gen: int, reset: bool, result: tuple[int, list[tuple[Any, ...]]] | None,
                   error: BaseException | None) -> None:
        if gen != self._generation:
            return
        if error is not None:
            self.failed.emit(error)
            return
        if result is None:
            return
        total, first = result
        self._pending.clear()
        if not self.query.all_words() and not self.query.scope:
            self.unfiltered_total = total
        self.ignored = ignored_words(self._effective_query())
        if reset or not self.loaded:
            self.beginResetModel()
            self.total = total
            self._pages.clear()
            self._stale.clear()
            self._store(0, first)
            self.endResetModel()
        else:
            self._resize(total)
            self._stale = set(self._pages) - {0}
            self._store(0, first)
            if self.total:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.total - 1, len(self.spec.columns) - 1))
        self.loaded = True
        self.count_changed.emit(total)

    def _resize(self, total: int) -> None:
        if total > self.total:
            self.beginInsertRows(QModelIndex(), self.total, total - 1)
            self.total = total
            self.endInsertRows()
        elif total < self.total:
            self.beginRemoveRows(QModelIndex(), total, self.total - 1)
            self.total = total
            for p in [p for p in self._pages if p * PAGE_SIZE >= total]:
                del self._pages[p]
            self.endRemoveRows()


def _alignment(kind: str) -> Qt.AlignmentFlag:
    if kind in ("money", "quantity"):
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
