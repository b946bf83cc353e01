"""The certificates area (Articles 25.10, 27.5): the SQL-paged list of issued certificates with
their status, the detail of the one chosen, and the actions — issue (wizard), print or preview,
print many at once, revoke, re-issue, record a shipment, verify a certificate."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QPushButton, QSplitter,
                               QWidget)

from milrep.db.store import Changes
from milrep.models.certificates import CertificateStatus
from milrep.services import certificates
from milrep.services.auth import Permission, can
from milrep.services.certificate_views import CertificateView, status_label
from milrep.services.lists import CERTIFICATES
from ui.i18n import translate
from ui.icons import icon
from ui.models.paged import ID_ROLE
from ui.ops import Ops
from ui.print_batch import PrintRun
from ui.views.certificate_wizard import CertificateWizard
from ui.views.certificates_detail import CertificateDetail
from ui.views.certificates_dialogs import ReissueDialog, RevokeDialog, ShipmentDialog
from ui.views.certificates_print import preview, print_certificates
from ui.views.list_screen import ListScreen
from ui.views.verify_window import VerifyWindow, open_verify_window
from ui.widgets.document_button import DocumentsButton

TABLES = frozenset({"certificates", "certificate_revocations", "certificate_acceptances"})


class CertificatesView(ListScreen):
    area = "certificates"
    icon_name = "shield"
    spec = CERTIFICATES
    tables = TABLES | {"organizations", "control_list_items", "contracts"}
    widths = {"number": 160, "issued_on": 92, "status": 96, "item": 220, "quantity": 72,
              "unit": 50, "lots": 100, "contract": 104, "recipient": 150}
    stretch = "item"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"status": lambda v: status_label(CertificateStatus(v))},
                         badges={"status"}, parent=parent)
        self.last_run: PrintRun | None = None
        self.wizard: CertificateWizard | None = None
        self.dialog: QWidget | None = None
        self.verify_window: VerifyWindow | None = None
        self._asked = 0
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._load_detail())
        self.edit_button.hide()  # the detail beside the list shows the certificate
        self.detail = CertificateDetail(ops)
        self.detail.revoke_requested.connect(self.revoke_current)
        self.detail.reissue_requested.connect(self.reissue_current)
        self.detail.ship_requested.connect(self.ship_current)
        self.detail.preview_requested.connect(self.preview_current)
        lay = self.layout()
        lay.removeWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 420])
        lay.addWidget(self.splitter, 1)
        self._retranslate_list()

    @classmethod
    def title(cls) -> str:
        return translate("CertificatesView", "Certificates")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.ISSUE_CERTIFICATES)

    # --- toolbar -------------------------------------------------------------------------------

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setMinimumWidth(150)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        bar.addWidget(self.status_filter)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.verify_button = QPushButton(icon("shield"), "")
        self.verify_button.clicked.connect(self.open_verify)
        bar.addWidget(self.verify_button)
        self.print_selected_button = QPushButton(icon("printer"), "")
        self.print_selected_button.clicked.connect(self.print_selected)
        bar.addWidget(self.print_selected_button)
        self.print_button = DocumentsButton(self.ops)
        bar.addWidget(self.print_button)

    def _retranslate_list(self) -> None:
        if not hasattr(self, "status_filter"):
            return
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("CertificatesView", "Every status"), None)
        for status in CertificateStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.verify_button.setText(translate("CertificatesView", "Verify…"))
        self.verify_button.setToolTip(translate(
            "CertificatesView", "Verify a certificate's QR seal from a PDF, a scan or the text "
            "(Ctrl+Shift+V)"))
        self.print_selected_button.setText(translate("CertificatesView", "Print selected…"))
        self.print_selected_button.setToolTip(translate(
            "CertificatesView", "Print every certificate selected in the list as one job "
            "(Ctrl+click or Shift+click to select several)"))
        super()._retranslate_list()
        self.new_button.setText(translate("CertificatesView", "Issue certificate…"))
        self.new_button.setToolTip(translate("CertificatesView", "Issue a certificate for "
                                             "accepted goods (Ctrl+N)"))
        if hasattr(self, "detail"):
            self.detail.retranslate()

    def _status_filter_changed(self) -> None:
        value = self.status_filter.currentData()
        self.model.set_scope({"status": value} if value else {})

    def update_actions(self) -> None:
        super().update_actions()
        if not hasattr(self, "print_selected_button"):
            return
        n = len(self.selected())
        self.print_selected_button.setEnabled(n > 0)
        self.print_selected_button.setText(
            translate("CertificatesView", "Print selected ({n})…").format(n=n) if n > 1
            else translate("CertificatesView", "Print selected…"))
        self.print_button.set_record("certificates", self.current_id())
        if self.current_id() is None and hasattr(self, "detail"):
            self.detail.show_certificate(None)

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("CertificatesView", "No certificate matches"),
                    translate("CertificatesView", "Try fewer words or another status."), "")
        return (translate("CertificatesView", "No certificates yet"),
                translate("CertificatesView", "A certificate is issued for accepted goods once "
                          "every Article 27.5 condition is met."),
                translate("CertificatesView", "Issue certificate…"))

    # --- the detail ----------------------------------------------------------------------------

    def _load_detail(self) -> None:
        cid = self.current_id()
        self._asked += 1
        asked = self._asked
        if cid is None:
            self.detail.show_certificate(None)
            return

        def arrived(view: CertificateView) -> None:
            if asked == self._asked:
                self.detail.show_certificate(view)

        self.ops.query(lambda uow, actor: certificates.get_certificate(
            uow, actor, certificate_id=cid), parent=self, success=arrived)

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches(*TABLES):
            self.print_button.reload()
            self._load_detail()

    def open_record(self, record_id: uuid.UUID) -> None:
        """A double-click (or Enter) on a certificate: its print preview."""
        number = str(self.current_value("number") or "")
        preview(self.ops, record_id, number, self.window())

    def show_record(self, record_id: uuid.UUID) -> None:
        """Select the certificate when it is on the first page."""
        for row in range(min(self.model.rowCount(), 200)):
            if self.model.row_id(row) == record_id:
                self.select_row(row)
                return

    # --- actions -------------------------------------------------------------------------------

    def selected(self) -> list[tuple[uuid.UUID, str]]:
        """The certificates selected (id, number), in list order."""
        number_col = next(i for i, c in enumerate(self.spec.columns) if c.key == "number")
        out = []
        for index in sorted(self.table.selectionModel().selectedRows(number_col),
                            key=lambda i: i.row()):
            cid = index.data(ID_ROLE)
            if isinstance(cid, uuid.UUID):
                out.append((cid, str(index.data() or "")))
        return out

    def new_record(self) -> None:
        if self.can_edit():
            self.issue()

    def issue(self, preselect: list[uuid.UUID] | None = None) -> CertificateWizard:
        wizard = CertificateWizard(self.ops, self.window(), preselect=preselect or ())
        wizard.issued.connect(self.show_record)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        self.wizard = wizard
        return wizard

    def print_selected(self) -> PrintRun | None:
        run = print_certificates(self.ops, self.selected(), self.window())
        self.last_run = run
        return run

    def preview_current(self) -> None:
        view = self.detail.view
        if view is not None:
            preview(self.ops, view.summary.id, view.summary.number, self.window())

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def revoke_current(self) -> None:
        if self.detail.view is not None:
            self._open(RevokeDialog(self.ops, self.detail.view, self))

    def reissue_current(self) -> None:
        if self.detail.view is not None:
            dialog = ReissueDialog(self.ops, self.detail.view, self)
            dialog.saved.connect(lambda changes: self.show_record(changes.id))
            self._open(dialog)

    def ship_current(self) -> None:
        if self.detail.view is not None:
            self._open(ShipmentDialog(self.ops, self.detail.view, self))

    def open_verify(self) -> VerifyWindow:
        self.verify_window = open_verify_window(self.ops, self.window())
        return self.verify_window


__all__ = ["CertificatesView"]
