"""Opening an inspection: a presentation awaiting inspection asks how (the kind, re-test only
what failed); any other shows its inspection window."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QMessageBox, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.models.acceptance import InspectionKind, PresentationStatus
from milrep.models.control_list import ItemKind
from milrep.services import inspections, presentation_choices, presentations
from milrep.services.auth import Permission, can
from milrep.services.presentations import PresentationInfo
from ui import format as fmt
from ui.i18n import translate
from ui.models.acceptance import attempt_label
from ui.ops import Ops
from ui.widgets.forms import FieldErrors


def open_or_show(ops: Ops, presentation_id: uuid.UUID, parent: QWidget) -> None:
    """A presentation awaiting inspection: ask how to open it. Otherwise show its inspection."""

    from ui.views.inspection_window import InspectionWindow  # noqa: PLC0415 - imports us

    def loaded(result: tuple[PresentationInfo, uuid.UUID | None, ItemKind | None]) -> None:
        info, inspection_id, kind = result
        if info.status is PresentationStatus.PRESENTED and can(ops.actor, Permission.INSPECT):
            OpenInspectionDialog(ops, info, kind, parent).open()
        elif inspection_id is not None:
            InspectionWindow(ops, inspection_id, parent).show()
        else:
            QMessageBox.information(parent, translate("InspectionWindow", "No inspection"),
                                    translate("InspectionWindow", "Notice {number} is “{status}”: "
                                              "it has no inspection.").format(
                                        number=info.number,
                                        status=presentations.status_label(info.status)))

    def job(uow: Any, actor: Any) -> tuple[PresentationInfo, uuid.UUID | None, ItemKind | None]:
        info = presentations.get_presentation(uow, actor, presentation_id=presentation_id)
        return (info, presentation_choices.inspection_of(uow.session, presentation_id),
                presentation_choices.item_kind(uow.session, info.item_id))

    ops.query(job, parent=parent, success=loaded)


class OpenInspectionDialog(QDialog):
    """How to inspect: the kind (by the item's kind) and, after a return, re-test only what
    failed (checked by default from the second attempt on)."""

    def __init__(self, ops: Ops, info: PresentationInfo, item_kind: ItemKind | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.info = ops, info
        self.window_opened: QDialog | None = None  # the inspection window, once opened
        self.setMinimumWidth(520)
        self.errors = FieldErrors(QLabel())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.kind = QComboBox()
        kinds = sorted(inspections.KINDS_FOR_ITEM.get(item_kind, set(InspectionKind))
                       if item_kind else set(InspectionKind))
        for k in kinds:
            self.kind.addItem(inspections.kind_label(k), k.value)
        self.retest = QCheckBox()
        self.retest.setChecked(info.attempt >= 2)
        self.retest.setEnabled(info.attempt >= 2)
        self.labels = {"kind": QLabel(), "retest_only": QLabel()}
        form = QFormLayout()
        self.errors.add_row(form, "kind", self.labels["kind"], self.kind)
        self.errors.add_row(form, "retest_only", self.labels["retest_only"], self.retest)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.errors.general)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.kind.setFocus()

    def retranslate(self) -> None:
        i = self.info
        self.setWindowTitle(translate("OpenInspection", "Open the inspection of notice {number}")
                            .format(number=i.number))
        self.summary.setText(translate("OpenInspection", "Notice {number} of {date}: quantity "
                                       "{qty}, {attempt}.").format(number=i.number,
                                                            date=fmt.date(i.presented_on),
                                                            qty=fmt.quantity(i.quantity),
                                                            attempt=attempt_label(i.attempt)))
        self.labels["kind"].setText(translate("OpenInspection", "Kind of inspection"))
        self.labels["retest_only"].setText(translate("OpenInspection", "Re-test"))
        self.retest.setText(translate("OpenInspection", "Re-test only what failed at the last "
                                      "return"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("OpenInspection", "Open inspection"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def failed(self, error: BaseException) -> bool:
        return self.errors.failed(error)

    def submit(self) -> None:
        self.errors.clear()
        pid, kind = self.info.id, InspectionKind(self.kind.currentData())
        retest = self.retest.isChecked()
        self.ops.mutate(lambda uow, actor: inspections.open_inspection(
            uow, actor, presentation_id=pid, kind=kind, retest_only=retest), parent=self,
            success=self._opened, failure=self.failed)

    def _opened(self, changes: Changes) -> None:
        from ui.views.inspection_window import InspectionWindow  # noqa: PLC0415 - imports us

        if changes.id is not None:
            parent = self.parentWidget()
            self.window_opened = InspectionWindow(self.ops, changes.id, parent)
            self.window_opened.show()
        self.accept()



__all__ = ["OpenInspectionDialog", "open_or_show"]
