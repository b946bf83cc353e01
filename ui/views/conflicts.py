"""The conflicts area: what sync kept for a person to review (milrep.sync.settle).

The list (filter: open, settled, business, all) and, beside it, the selected conflict: the
stored value and the other value side by side, each with the site and time it was written, and
the settle actions. Business conflicts are settled by the head of office, with a comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.services import conflicts
from milrep.services.auth import Permission, can
from milrep.services.conflict_lists import CONFLICTS
from milrep.sync.settle import (ConflictView, Resolution, Side, column_label,
                                resolution_label, table_label)
from ui.i18n import translate
from ui.icons import icon
from ui.models.paged import ID_ROLE
from ui.ops import Ops
from ui.views.list_screen import ListScreen



def kind_label(kind: str) -> str:
    return (translate("ConflictsView", "Business") if kind == "business"
            else translate("ConflictsView", "Value"))


def state_label(state: str) -> str:
    if state == "open":
        return translate("ConflictsView", "Open")
    return translate("ConflictsView", "Settled")


def field_label(value: str) -> str:
    if value == "suspended":
        return translate("ConflictsView", "under a suspension")
    if value == "over_certified":
        return translate("ConflictsView", "certified twice (27.5)")
    if value == "asset_overdrawn":
        return translate("ConflictsView", "balance below zero (27.3.5)")
    return column_label(value)


class ConflictsView(ListScreen):
    area = "conflicts"
    icon_name = "checklist"
    spec = CONFLICTS
    tables = frozenset({"sync_conflicts"})
    widths = {"detected_at": 90, "kind": 80, "table": 110, "record": 200, "column": 160,
              "state": 70}
    stretch = "record"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        self.current: ConflictView | None = None
        super().__init__(ops, labels={"kind": kind_label, "table": table_label,
                                      "state": state_label, "column": field_label},
                         parent=parent)
        self.new_button.hide()
        self.edit_button.hide()
        self.detail = ConflictDetail(self)
        self.detail.settle_requested.connect(self.settle)
        lay = self.layout()
        lay.removeWidget(self.stack)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stack)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)  # type: ignore[attr-defined]
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.load_current())
        self.model.count_changed.connect(lambda _n: self._select_first())

    @classmethod
    def title(cls) -> str:
        return translate("ConflictsView", "Conflicts")

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.state_filter = QComboBox()
        self.state_filter.setMinimumWidth(170)
        self.state_filter.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(self.state_filter)

    def _retranslate_list(self) -> None:
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(translate("ConflictsView", "Open"), {"state": "open", "shown": 1})
        self.state_filter.addItem(translate("ConflictsView", "Settled"),
                                  {"state": "settled", "shown": 1})
        self.state_filter.addItem(translate("ConflictsView", "Business, open"),
                                  {"state": "open", "kind": "business", "shown": 1})
        self.state_filter.addItem(translate("ConflictsView", "All"), {"shown": 1})
        idx = next((i for i in range(self.state_filter.count())
                    if self.state_filter.itemData(i) == current), 0)
        self.state_filter.setCurrentIndex(idx)
        self.state_filter.blockSignals(False)
        super()._retranslate_list()
        if current is None:
            self.model.set_scope({"state": "open", "shown": 1})

    def _filter_changed(self) -> None:
        self.model.set_scope(dict(self.state_filter.currentData() or {}))

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        return (translate("ConflictsView", "No conflicts here"),
                translate("ConflictsView", "When two workstations change the same value "
                          "without knowing of each other, or an imported document crosses a "
                          "rule, it is listed here to be settled."), "")

    def on_changes(self, changes: Changes) -> None:
        self.model.refresh()  # names of records and new conflicts come with any import
        self.load_current()

    def refresh(self) -> None:
        super().refresh()
        self.load_current()

    def current_id(self) -> Any:
        """Conflicts are local records with integer ids (not synced UUIDs)."""
        idx = self.table.currentIndex()
        if not idx.isValid() or not self.table.selectionModel().isRowSelected(idx.row()):
            return None
        value = idx.data(ID_ROLE)
        return value if isinstance(value, int) else None

    def _select_first(self) -> None:
        if self.model.total and self.current_id() is None:
            self.select_row(0)
        if not self.model.total:
            self.current = None
            self.detail.show_conflict(None, self.ops)

    def load_current(self) -> None:
        cid = self.current_id()
        if cid is None:
            return

        def done(view: ConflictView) -> None:
            if self.current_id() == view.id:
                self.current = view
                self.detail.show_conflict(view, self.ops)

        self.ops.query(lambda uow, actor: conflicts.get_conflict(uow, actor, conflict_id=cid),
                       parent=self, success=done)

    def settle(self, resolution: Resolution, comment: str) -> None:
        view = self.current
        if view is None:
            return
        if view.kind == "business":
            def fn(uow: Any, actor: Any) -> Changes:
                return conflicts.settle_business_conflict(uow, actor, conflict_id=view.id,
                                                          comment=comment)
        else:
            def fn(uow: Any, actor: Any) -> Changes:
                return conflicts.settle_conflict(uow, actor, conflict_id=view.id,
                                                 resolution=resolution, comment=comment)
        self.ops.mutate(fn, parent=self, success=lambda _c: self.detail.comment.clear())


class ConflictDetail(QFrame):
    """One conflict: what it is, the two values side by side, and how to settle it."""

    settle_requested = Signal(object, str)
    """sig: (Resolution, comment) chosen by the person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(360)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.stored = SideBox()
        self.other = SideBox()
        sides = QHBoxLayout()
        sides.addWidget(self.stored)
        sides.addWidget(self.other)
        self.settled = QLabel()
        self.settled.setWordWrap(True)
        self.settled.setObjectName("muted")
        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(70)
        self.keep_button = QPushButton(icon("lock"), "")
        self.take_button = QPushButton(icon("edit"), "")
        self.review_button = QPushButton(icon("eye"), "")
        self.business_button = QPushButton(icon("shield", "#ffffff"), "")
        self.business_button.setObjectName("primary")
        self.keep_button.clicked.connect(lambda: self._settle(Resolution.KEPT))
        self.take_button.clicked.connect(lambda: self._settle(Resolution.TAKEN))
        self.review_button.clicked.connect(lambda: self._settle(Resolution.REVIEWED))
        self.business_button.clicked.connect(lambda: self._settle(Resolution.REVIEWED))
        buttons = QGridLayout()
        buttons.addWidget(self.keep_button, 0, 0)
        buttons.addWidget(self.take_button, 0, 1)
        buttons.addWidget(self.review_button, 1, 0)
        buttons.addWidget(self.business_button, 1, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.explanation)
        lay.addLayout(sides)
        lay.addWidget(self.settled)
        lay.addWidget(self.comment_label)
        lay.addWidget(self.comment)
        lay.addLayout(buttons)
        lay.addWidget(self.hint)
        lay.addStretch(1)
        self.view: ConflictView | None = None
        self.show_conflict(None, None)

    def _settle(self, resolution: Resolution) -> None:
        self.settle_requested.emit(resolution, self.comment.toPlainText())

    def show_conflict(self, v: ConflictView | None, ops: Ops | None) -> None:
        self.view = v
        self.comment_label.setText(translate("ConflictsView",
                                             "Comment (who decided what, and why)"))
        self.keep_button.setText(translate("ConflictsView", "Keep stored value"))
        self.take_button.setText(translate("ConflictsView", "Take other value"))
        self.review_button.setText(translate("ConflictsView", "Mark reviewed"))
        self.business_button.setText(translate("ConflictsView", "Settle as head of office"))
        column = v is not None and v.kind == "column"
        business = v is not None and v.kind == "business"
        for w in (self.stored, self.other):
            w.setVisible(column or business)
        self.keep_button.setVisible(column)
        self.take_button.setVisible(column)
        self.review_button.setVisible(column)
        self.business_button.setVisible(business)
        if v is None:
            self.title.setText(translate("ConflictsView", "No conflict selected"))
            self.explanation.setText("")
            self.settled.setText("")
            self.hint.setText("")
            for w in (self.comment, self.comment_label):
                w.setVisible(False)
            return
        self.comment.setVisible(v.is_open)
        self.comment_label.setVisible(v.is_open)
        title = v.record if not v.column else f"{v.record} · {v.column_label}"
        self.title.setText(title)
        self.explanation.setText(v.explanation)
        if column:
            self.stored.show_side(translate("ConflictsView", "Stored value"), v.winner)
            self.other.show_side(translate("ConflictsView", "Other value"), v.loser)
        elif business:
            self.stored.show_side(translate("ConflictsView", "This record"), v.record_side)
            self.other.show_side(translate("ConflictsView", "Crossed with"), v.other_side)
        if v.is_open:
            self.settled.setText(translate("ConflictsView", "Open since {when}.").format(
                when=v.detected_at.astimezone().strftime("%d.%m.%Y %H:%M")))
        else:
            assert v.settled_at is not None
            text = translate("ConflictsView", "Settled by {who} on {when}: {how}.").format(
                who=v.settled_by, when=v.settled_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                how=resolution_label(v.resolution))
            if v.comment:
                text += " " + translate("ConflictsView", "Comment: {c}").format(c=v.comment)
            self.settled.setText(text)
        actor = ops.actor if ops is not None else None
        may_column = actor is not None and can(actor, Permission.SYNC)
        may_business = actor is not None and can(actor, Permission.MANAGE_OFFICE)
        for b in (self.keep_button, self.take_button, self.review_button):
            b.setEnabled(v.is_open and may_column and (b is self.review_button
                                                       or v.winner is not None))
        self.business_button.setEnabled(v.is_open and may_business)
        if business and v.is_open and not may_business:
            self.hint.setText(translate("ConflictsView", "Only the head of office settles a "
                                        "business conflict."))
        elif business and v.is_open:
            self.hint.setText(translate("ConflictsView", "Write what was decided (for example, the "
                                        "certificate revoked) in the comment first."))
        elif column and v.is_open:
            self.hint.setText(translate(
                "ConflictsView", "Keeping or taking a value writes it as a new change: the "
                "other sites settle the conflict too when they import your next bundle."))
        else:
            self.hint.setText("")


class SideBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setObjectName("value")
        self.where = QLabel()
        self.where.setObjectName("muted")
        self.where.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.value)
        lay.addWidget(self.where)

    def show_side(self, title: str, side: Side | None) -> None:
        self.setTitle(title)
        if side is None:
            self.value.setText(translate("ConflictsView", "(not known here)"))
            self.where.setText("")
            return
        self.value.setText(side.value or translate("ConflictsView", "(empty)"))
        if side.at is None:
            self.where.setText(translate("ConflictsView", "not on this workstation"))
            return
        at = side.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
        self.where.setText(translate("ConflictsView", "written at {site}, {when}").format(
            site=side.site, when=at))
        self.where.setToolTip(translate("ConflictsView", "clock {hlc}").format(hlc=side.hlc))
