"""The reclamations area (Article 29): every defect notified within the warranty period, its
status and penalty period (overdue ones marked), the record window with the steps notification →
commission → findings → remedy → close, "Print…" of the act, and the suspension the findings
propose when goods in production have the same defect (27.4.8)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QWidget

from milrep.db.store import Changes
from milrep.models.reclamations import ReclamationStatus, Remedy
from milrep.services import reclamation_views as rv
from milrep.services.auth import Permission, can
from milrep.services.reclamation_labels import remedy_label, status_label
from milrep.services.reclamation_lists import RECLAMATIONS
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.widgets.document_button import DocumentsButton

TABLES = frozenset({"reclamations", "reclamation_members", "suspensions", "resumptions"})

def overdue_label(value: object) -> str:
    return translate("ReclamationsView", "Overdue") if value == "overdue" else ""


class ReclamationsView(ListScreen):
    area = "reclamations"
    icon_name = "inbox"
    spec = RECLAMATIONS
    tables = TABLES | {"control_list_items", "lots", "organizations"}
    widths = {"number": 165, "notified_on": 95, "status": 165, "penalty_days": 110,
              "overdue": 90, "item": 180, "lot": 95, "remedy": 200, "defect": 280,
              "recipient": 160}

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={
            "status": lambda v: status_label(ReclamationStatus(v)),
            "remedy": lambda v: remedy_label(Remedy(v)) if v else "",
            "overdue": overdue_label}, badges={"status", "overdue"}, parent=parent)
        self._info: rv.ReclamationInfo | None = None

    @classmethod
    def title(cls) -> str:
        return translate("ReclamationsView", "Reclamations")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.INSPECT)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setMinimumWidth(170)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(self.status_filter)
        self.open_only = QCheckBox()
        self.open_only.toggled.connect(self._filter_changed)
        bar.addWidget(self.open_only)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.print_button = DocumentsButton(self.ops)
        bar.addWidget(self.print_button)
        self.suspend_button = QPushButton(icon("lock"), "")
        self.suspend_button.clicked.connect(self.propose_suspension)
        bar.addWidget(self.suspend_button)

    def _retranslate_list(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("ReclamationsView", "Every status"), None)
        for st in ReclamationStatus:
            self.status_filter.addItem(status_label(st), st.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.open_only.setText(translate("ReclamationsView", "Open only"))
        self.suspend_button.setText(translate("ReclamationsView", "Propose suspension…"))
        self.suspend_button.setToolTip(translate(
            "ReclamationsView", "The findings say goods in production have the same defect: "
            "suspend their acceptance and shipment (Article 27.4.8)"))
        super()._retranslate_list()
        self.new_button.setText(translate("ReclamationsView", "Register…"))
        self.new_button.setToolTip(translate("ReclamationsView", "Register a defect notification "
                                             "from a recipient (Ctrl+N)"))

    def _filter_changed(self) -> None:
        scope: dict[str, object] = {}
        if self.status_filter.currentData():
            scope["status"] = self.status_filter.currentData()
        if self.open_only.isChecked():
            scope["open"] = 1
        self.model.set_scope(scope)

    def update_actions(self) -> None:
        super().update_actions()
        self.edit_button.setText(translate("ListScreen", "Open"))
        self.edit_button.setIcon(icon("eye"))
        rid = self.current_id()
        self.print_button.set_record("reclamations", rid)
        self.suspend_button.setEnabled(False)
        if rid is None:
            return

        def done(result: rv.ReclamationInfo | None, error: BaseException | None) -> None:
            if error is not None or result is None or result.id != self.current_id():
                return
            self._info = result
            self.suspend_button.setEnabled(result.needs_suspension
                                           and can(self.ops.actor, Permission.SUSPEND))

        self.ops.background(lambda s: rv.info_of(s, rid), done)

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches(*TABLES):
            self.print_button.reload()
            self.update_actions()

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("ReclamationsView", "No reclamation matches"),
                    translate("ReclamationsView", "Try fewer words or another status."), "")
        return (translate("ReclamationsView", "No reclamations"),
                translate("ReclamationsView", "When a recipient reports a defect found within "
                          "the warranty period, register it here (Article 29)."),
                translate("ReclamationsView", "Register…"))

    def new_record(self) -> None:
        if self.can_edit():
            from ui.views.reclamation_forms import NotificationDialog  # noqa: PLC0415

            dialog = NotificationDialog(self.ops, self)
            dialog.saved.connect(lambda ch: ch.id and self.open_record(ch.id))
            dialog.open()

    def open_record(self, record_id: uuid.UUID) -> None:
        from ui.views.reclamation_window import ReclamationWindow  # noqa: PLC0415

        ReclamationWindow(self.ops, record_id, self).open()

    def show_record(self, record_id: uuid.UUID) -> None:
        for row in range(min(self.model.rowCount(), 200)):
            if self.model.row_id(row) == record_id:
                self.select_row(row)
                break
        self.open_record(record_id)

    def propose_suspension(self) -> None:
        rid = self.current_id()
        if rid is not None:
            from ui.views.reclamation_forms import propose_suspension  # noqa: PLC0415

            propose_suspension(self.ops, self, rid)

