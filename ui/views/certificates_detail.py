"""The detail of one certificate beside the list: its content as signed (decoded from the stored
record), the acceptance records and lots it covers, its revocation or re-issue, and the actions
on it (preview, revoke, re-issue, record a shipment)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget)

from milrep.models.certificates import CertificateStatus
from milrep.services.auth import Permission, can
from milrep.services.certificate_views import CertificateView, status_label
from ui import format as fmt
from ui.i18n import translate
from ui.icons import icon
from ui.models.certificates import GoodsModel
from ui.ops import Ops
from ui.widgets.badge import BADGE_COLORS

STATUS_COLORS = {"valid": ("#e3f2e6", "#1b5e20"), "revoked": ("#fbe4e4", "#b71c1c"),
                 "superseded": ("#eceff1", "#455a64")}


def content_rows(view: CertificateView) -> list[tuple[str, str]]:
    """The certificate's content (label, value) in the order of the printed certificate."""
    r: dict[str, Any] = view.record
    s = view.summary
    contractor = r.get("contractor") or {}
    recipient = r.get("recipient") or {}
    conformity = r.get("conformity") or {}
    docs = [f"{conformity[ref]} {_revision(conformity.get(f'{ref}_revision'))}".strip()
            for ref in ("technical_documentation", "operational_requirement")
            if conformity.get(ref)]
    docs += list(conformity.get("standards") or [])
    tests = "; ".join(
        f"{t.get('protocol', '')} ({fmt.date(_date(t.get('date')))})"
        for t in r.get("tests") or [])
    completeness = r.get("completeness") or []
    complete = all(c.get("found") == c.get("expected") for c in completeness)
    rows = [
        (translate("CertificatesView", "Number"), s.number),
        (translate("CertificatesView", "Issued"), fmt.date(view.issued_at)),
        (translate("CertificatesView", "Representative"), view.issued_by),
        (translate("CertificatesView", "Contract"), s.contract_number),
        (translate("CertificatesView", "Contractor"),
         f"{contractor.get('name', '')} (BIN {contractor.get('bin', '')})"
         if contractor.get("bin") else contractor.get("name", "")),
        (translate("CertificatesView", "Recipient"), recipient.get("name", "") or "—"),
        (translate("CertificatesView", "Item"), s.item_name),
        (translate("CertificatesView", "Nomenclature code"), s.nomenclature_code),
        (translate("CertificatesView", "Quantity"), f"{fmt.quantity(s.quantity)} {s.unit}"),
        (translate("CertificatesView", "Lots"), ", ".join(s.lots)),
        (translate("CertificatesView", "Conforms to"), "; ".join(d for d in docs if d) or "—"),
        (translate("CertificatesView", "Tests"), tests or "—"),
        (translate("CertificatesView", "Completeness"),
         (translate("CertificatesView", "complete ({n} lines checked)").format(
             n=len(completeness)) if complete else
          translate("CertificatesView", "see the acceptance records")) if completeness else "—"),
        (translate("CertificatesView", "Warranty"), r.get("warranty") or "—"),
    ]
    if view.classification:
        rows.append((translate("CertificatesView", "Classification"), view.classification))
    if view.supersedes:
        rows.append((translate("CertificatesView", "Replaces"), translate(
            "CertificatesView", "certificate {number}: {reason}").format(
                number=view.supersedes, reason=view.reissue_reason)))
    rows.append((translate("CertificatesView", "Seal key"), view.seal_kid.upper()))
    return rows


def _revision(value: object) -> str:
    if value in (None, ""):
        return ""
    return translate("CertificatesView", "rev. {n}").format(n=value)


def _date(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        return None


def transparent(scroll: QScrollArea) -> None:
    """A scroll area that shows the window's background, not a grey box."""
    scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: "
                         "transparent; }")


class CertificateDetail(QWidget):
    """See the module docstring. Actions are signals: the screen opens the dialogs."""

    revoke_requested = Signal()
    """sig: Revoke… pressed for the certificate shown."""
    reissue_requested = Signal()
    """sig: Re-issue… pressed for the certificate shown."""
    ship_requested = Signal()
    """sig: Record shipment… pressed for the certificate shown."""
    preview_requested = Signal()
    """sig: Preview pressed for the certificate shown."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.view: CertificateView | None = None
        self.title = QLabel()
        self.title.setObjectName("section")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.revocation = QLabel()
        self.revocation.setWordWrap(True)
        self.revocation.setStyleSheet("color: #b71c1c;")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(4)
        self.goods_caption = QLabel()
        self.goods_caption.setObjectName("section")
        self.goods = GoodsModel(self)
        self.goods_table = QTableView()
        self.goods_table.setModel(self.goods)
        self.goods_table.verticalHeader().hide()
        self.goods_table.setShowGrid(False)
        self.goods_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.goods_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.goods_table.horizontalHeader().setStretchLastSection(True)
        self.goods_table.setMinimumHeight(80)
        self.goods_table.setMaximumHeight(170)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("muted")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.preview_button = QPushButton(icon("eye"), "")
        self.preview_button.clicked.connect(self.preview_requested.emit)
        self.ship_button = QPushButton(icon("box"), "")
        self.ship_button.clicked.connect(self.ship_requested.emit)
        self.reissue_button = QPushButton(icon("refresh"), "")
        self.reissue_button.clicked.connect(self.reissue_requested.emit)
        self.revoke_button = QPushButton(icon("clear", "#b71c1c"), "")
        self.revoke_button.clicked.connect(self.revoke_requested.emit)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.ship_button, self.reissue_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        # left: the content as signed; right: what it covers and the actions
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 8, 0)
        left_lay.addLayout(self.form)
        left_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)
        transparent(scroll)
        right = QVBoxLayout()
        right.addWidget(self.revocation)
        right.addWidget(self.goods_caption)
        right.addWidget(self.goods_table)
        right.addStretch(1)
        right.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addLayout(head)
        body_lay.addLayout(columns, 1)
        self.body = body
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(self.placeholder, 1)
        lay.addWidget(body, 1)
        self.retranslate()
        self.show_certificate(None)

    def retranslate(self) -> None:
        self.placeholder.setText(translate("CertificatesView", "Choose a certificate in the list "
                                           "to see what it certifies."))
        self.goods_caption.setText(translate("CertificatesView", "Acceptance records covered"))
        self.preview_button.setText(translate("CertificatesView", "Preview"))
        self.ship_button.setText(translate("CertificatesView", "Record shipment…"))
        self.ship_button.setToolTip(translate("CertificatesView", "Record that goods covered by "
                                              "this certificate left the plant"))
        self.reissue_button.setText(translate("CertificatesView", "Re-issue…"))
        self.reissue_button.setToolTip(translate("CertificatesView", "A new certificate for the "
                                                 "same goods that replaces this one (head of "
                                                 "office)"))
        self.revoke_button.setText(translate("CertificatesView", "Revoke…"))
        self.revoke_button.setToolTip(translate("CertificatesView", "Revoke this certificate, "
                                                "with the reason (head of office)"))
        self.show_certificate(self.view)

    def show_certificate(self, view: CertificateView | None) -> None:
        self.view = view
        self.placeholder.setVisible(view is None)
        self.body.setVisible(view is not None)
        while self.form.rowCount():
            self.form.removeRow(0)
        if view is None:
            self.goods.set_rows([])
            self.update_actions()
            return
        s = view.summary
        self.title.setText(translate("CertificatesView", "Certificate No. {number}").format(
            number=s.number))
        bg, fg = STATUS_COLORS.get(s.status.value, BADGE_COLORS.get(s.status.value,
                                                                    ("#eceff1", "#455a64")))
        self.status.setText(status_label(s.status))
        self.status.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 9px; "
                                  "padding: 2px 10px; font-weight: 600;")
        rev = view.revocation
        if rev is not None:
            text = translate("CertificatesView", "Revoked on {date} by {who}: {reason}").format(
                date=fmt.date(rev.revoked_at), who=rev.revoked_by, reason=rev.reason)
            if rev.superseded_by:
                text += " " + translate("CertificatesView", "Replaced by certificate {number}."
                                        ).format(number=rev.superseded_by)
            self.revocation.setText(text)
        self.revocation.setVisible(rev is not None)
        for label, value in content_rows(view):
            caption = QLabel(label)
            caption.setObjectName("muted")
            text_label = QLabel(value)
            text_label.setWordWrap(True)
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, text_label)
        self.goods.set_rows(view.goods)
        self.update_actions()

    def update_actions(self) -> None:
        view, actor = self.view, self.ops.actor
        valid = view is not None and view.summary.status is CertificateStatus.VALID
        self.preview_button.setEnabled(view is not None)
        self.ship_button.setEnabled(valid and can(actor, Permission.SHIP))
        head = can(actor, Permission.REVOKE_CERTIFICATES)
        self.revoke_button.setEnabled(valid and head)
        self.reissue_button.setEnabled(valid and head and can(actor,
                                                              Permission.ISSUE_CERTIFICATES))
        if not head:
            tip = translate("CertificatesView", "Only the head of office revokes or re-issues "
                            "a certificate.")
            self.revoke_button.setToolTip(tip)
            self.reissue_button.setToolTip(tip)


__all__ = ["CertificateDetail", "content_rows"]
