"""The Article 27.5 checklist page of the issuing wizard: each condition met or not, with the
core's reason, coloured and marked (✓/✗) so it reads without colour too; Next ("Sign and
issue…") only when every condition is met."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from milrep.errors import UserError
from milrep.rules.certificate_gate import CheckItem, Checklist
from milrep.services import certificates
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.certificates_detail import transparent

OK_COLORS = ("#1b5e20", "#e3f2e6")
FAIL_COLORS = ("#b71c1c", "#fbe4e4")


class ConditionRow(QFrame):
    """One condition of Article 27.5: a coloured mark, its name and the reason."""

    def __init__(self, item: CheckItem) -> None:
        super().__init__()
        self.item = item
        fg, bg = OK_COLORS if item.ok else FAIL_COLORS
        self.setObjectName("condition")
        self.setStyleSheet(f"QFrame#condition {{ background: {bg}; border-radius: 6px; }}")
        self.mark = QLabel("✓" if item.ok else "✗")
        self.mark.setFixedWidth(28)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.mark.setStyleSheet(f"color: {fg}; font-size: 20px; font-weight: 700;")
        state = (translate("CertificateWizard", "met") if item.ok
                 else translate("CertificateWizard", "NOT MET"))
        self.name = QLabel(f"{item.label} — {state}")
        self.name.setStyleSheet(f"color: {fg}; font-weight: 600;")
        self.name.setWordWrap(True)
        self.reason = QLabel(item.reason)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.reason)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 10, 6)
        lay.addWidget(self.mark)
        lay.addLayout(text, 1)


class ChecklistPage(QWizardPage):
    """Step 2: the Article 27.5 checklist; Next ("Sign and issue…") only when every condition
    is met."""

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.checklist: Checklist | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(40)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        inner = QWidget()
        inner_lay = QVBoxLayout(inner)
        inner_lay.setContentsMargins(0, 0, 0, 0)
        inner_lay.addLayout(self.rows)
        inner_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        transparent(scroll)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.again = QPushButton(icon("refresh"), "")
        self.again.clicked.connect(self.check)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.again)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(scroll, 1)
        lay.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("CertificateWizard", "Article 27.5 checklist"))
        self.setSubTitle(translate("CertificateWizard", "A certificate may be issued only when "
                                   "every condition is met."))
        self.setButtonText(QWizard.WizardButton.NextButton,
                           translate("CertificateWizard", "Sign and issue…"))
        self.again.setText(translate("CertificateWizard", "Check again"))
        if self.checklist is not None:
            self._show(self.checklist)

    def goods(self) -> Any:
        """The wizard's goods page (record_ids, quantity_value, serial_values, show_error)."""
        return getattr(self.wizard(), "goods_page")  # noqa: B009 - no import cycle

    def initializePage(self) -> None:
        self.check()

    def check(self) -> None:
        goods = self.goods()
        ids, qty, serials = goods.record_ids(), goods.quantity_value(), goods.serial_values()
        self.checklist = None
        self._show(None)
        self.summary.setText(translate("CertificateWizard", "Checking…"))
        self.ops.query(lambda uow, actor: certificates.certificate_checklist(
            uow, actor, acceptance_record_ids=ids, quantity=qty, serials=serials),
            parent=self, success=self._arrived, failure=self._failed)

    def _failed(self, error: BaseException) -> bool:
        if not isinstance(error, UserError):
            return False
        # a bad choice on the first page (e.g. records of two items): say it there, go back
        self.summary.setText(str(error))
        self.summary.setStyleSheet(f"color: {FAIL_COLORS[0]}; font-weight: 600;")
        self.goods().show_error(str(error))
        return True

    def _arrived(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self.goods().show_error("")
        self._show(checklist)

    def _show(self, checklist: Checklist | None) -> None:
        while self.rows.count():
            w = self.rows.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.hint.clear()
        if checklist is None:
            self.summary.setStyleSheet("")
            self.completeChanged.emit()
            return
        for item in checklist.items:
            self.rows.addWidget(ConditionRow(item))
        failing = len(checklist.failing())
        if failing:
            self.summary.setText(translate(
                "CertificateWizard", "✗  {n} of {total} conditions not met: the certificate "
                "cannot be issued.").format(n=failing, total=len(checklist.items)))
            self.summary.setStyleSheet(f"color: {FAIL_COLORS[0]}; font-size: 16px; "
                                       "font-weight: 700;")
            self.hint.setText(translate(
                "CertificateWizard", "Correct what is not met (or choose other goods), then "
                "press Check again."))
        else:
            self.summary.setText(translate(
                "CertificateWizard", "✓  All {total} conditions are met.").format(
                    total=len(checklist.items)))
            self.summary.setStyleSheet(f"color: {OK_COLORS[0]}; font-size: 16px; "
                                       "font-weight: 700;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.checklist is not None and self.checklist.ok

    def marks(self) -> list[tuple[str, bool]]:
        """(condition, met) as shown, for tests and screenshots."""
        out = []
        for i in range(self.rows.count()):
            w = self.rows.itemAt(i).widget()
            if isinstance(w, ConditionRow):
                out.append((w.item.condition.value, w.item.ok))
        return out


__all__ = ["ChecklistPage", "ConditionRow"]
