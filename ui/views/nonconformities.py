"""Nonconformities (open first): raised by hand or from an inspection, their disposition (use as
is only under a concession with an expiry date), corrective action, verification, closing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPlainTextEdit, QPushButton, QWidget)

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import ValidationError
from milrep.models.quality import Disposition, NonconformityStatus
from milrep.models.requirements import Severity
from milrep.services import nonconformities as ncs
from milrep.services import quality_choices as choices
from milrep.services.auth import Actor, Permission, can
from milrep.services.lists import NONCONFORMITIES, ListQuery
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.views.quality_forms import ChoiceCombo, FormDialog, enum_combo
from ui.widgets.dates import OptionalDateEdit


def status_label(value: str) -> str:
    return (translate("NonconformitiesView", "Open") if value == NonconformityStatus.OPEN.value
            else translate("NonconformitiesView", "Closed"))


def severity_label(value: str) -> str:
    return {Severity.CRITICAL.value: translate("NonconformitiesView", "Critical"),
            Severity.MAJOR.value: translate("NonconformitiesView", "Major"),
            Severity.MINOR.value: translate("NonconformitiesView", "Minor")}.get(value, value)


class NonconformitiesView(ListScreen):
    area = "nonconformities"
    icon_name = "shield"
    spec = NONCONFORMITIES
    tables = frozenset({"nonconformities", "control_list_items", "lots"})
    widths = {"status": 90, "raised_at": 100, "item": 220, "lot": 100, "severity": 90,
              "description": 340, "disposition": 200}
    stretch = "description"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={
            "status": status_label, "severity": severity_label,
            "disposition": lambda v: ncs.disposition_label(Disposition(v))},
            badges={"status"}, parent=parent)
        # open first (they sort after "closed"), the newest first within each
        self.model.set_query(ListQuery(sort="status", descending=True))
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    def title(self) -> str:
        return translate("NonconformitiesView", "Nonconformities")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.INSPECT)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setMinimumWidth(130)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(self.status_filter)

    def build_actions(self, bar: QHBoxLayout) -> None:
        self.work_button = QPushButton(icon("edit"), "")
        self.work_menu = QMenu(self)
        self.work_button.setMenu(self.work_menu)
        bar.addWidget(self.work_button)

    def _retranslate_list(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("NonconformitiesView", "Open and closed"), None)
        for s in NonconformityStatus:
            self.status_filter.addItem(status_label(s.value), s.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.work_button.setText(translate("NonconformitiesView", "Work on it"))
        super()._retranslate_list()
        self.new_button.setText(translate("NonconformitiesView", "Raise…"))

    def _filter_changed(self) -> None:
        value = self.status_filter.currentData()
        self.model.set_scope({"status": value} if value else {})

    def update_actions(self) -> None:
        super().update_actions()
        self.edit_button.hide()
        self.work_menu.clear()
        nc_id = self.current_id()
        status = self.current_value("status")
        edit = self.can_edit() and nc_id is not None
        self.work_button.setEnabled(edit)
        if not edit:
            return
        if status == NonconformityStatus.OPEN.value:
            entries: list[tuple[str, Callable[[], None]]] = [
                (translate("NonconformitiesView", "Disposition…"), self.set_disposition),
                (translate("NonconformitiesView", "Corrective action…"),
                 lambda: self.text_step("corrective_action")),
                (translate("NonconformitiesView", "Verify effect…"),
                 lambda: self.text_step("verification")),
                (translate("NonconformitiesView", "Close"), self.close_current)]
        else:
            entries = [(translate("NonconformitiesView", "Reopen"), self.reopen_current)]
        for text, slot in entries:
            self.work_menu.addAction(text).triggered.connect(lambda _c=False, s=slot: s())

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if filtered:
            return (translate("NonconformitiesView", "No nonconformity matches"),
                    translate("NonconformitiesView", "Try fewer words or another status."), "")
        return (translate("NonconformitiesView", "No nonconformities"),
                translate("NonconformitiesView", "Nonconformities are raised from failed "
                          "characteristics of an inspection, or here by hand."),
                translate("NonconformitiesView", "Raise a nonconformity"))

    def new_record(self) -> None:
        if self.can_edit():
            RaiseDialog(self.ops, self).open()

    def set_disposition(self) -> None:
        nc_id = self.current_id()
        if nc_id is not None:
            DispositionDialog(self.ops, nc_id, self).open()

    def text_step(self, field: str) -> None:
        nc_id = self.current_id()
        if nc_id is not None:
            TextStepDialog(self.ops, nc_id, field, self).open()

    def close_current(self) -> None:
        nc_id = self.current_id()
        if nc_id is not None:
            self.ops.mutate(lambda uow, actor: ncs.close_nonconformity(
                uow, actor, nonconformity_id=nc_id), parent=self)

    def reopen_current(self) -> None:
        nc_id = self.current_id()
        if nc_id is not None:
            self.ops.mutate(lambda uow, actor: ncs.reopen_nonconformity(
                uow, actor, nonconformity_id=nc_id), parent=self)


@dataclass(frozen=True)
class FailedRequirement:
    """A characteristic of an inspection a nonconformity is raised from (the inspection window)."""

    requirement_id: uuid.UUID
    source: str  # e.g. "Frequency stability — lot L-2026-004, notice OTK-311/2026"
    severity: Severity
    description: str  # proposed: what failed on which units


class RaiseDialog(FormDialog):
    """Raise a nonconformity by hand (item, lot) or from a failed characteristic of an
    inspection (``failed``): the item and lot are then the inspection's."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 failed: FailedRequirement | None = None) -> None:
        super().__init__(ops, parent)
        self.failed_requirement = failed
        self.setWindowTitle(translate("RaiseDialog", "Raise a nonconformity"))
        self.item = ChoiceCombo(ops, empty=translate("RaiseDialog", "Choose…"))
        self.lot = ChoiceCombo(ops, empty=translate("RaiseDialog", "The item as a whole"))
        self.severity = enum_combo(Severity, lambda s: severity_label(s.value))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(100)
        if failed is None:
            self.row("item_id", translate("RaiseDialog", "Item"), self.item)
            self.row("lot_id", translate("RaiseDialog", "Lot"), self.lot)
        else:
            source = QLabel(failed.source)
            source.setWordWrap(True)
            self.row("requirement_id", translate("RaiseDialog", "From the inspection"), source)
            self.severity.setCurrentIndex(self.severity.findData(failed.severity))
            self.description.setPlainText(failed.description)
        self.row("severity", translate("RaiseDialog", "Severity"), self.severity)
        self.row("description", translate("RaiseDialog", "Description"), self.description)
        self.ok_button(translate("RaiseDialog", "Raise"))
        if failed is None:
            self.item.currentIndexChanged.connect(self._item_changed)
            self.item.load(choices.items, text=lambda c: c.name)
        self.unsaved.mark_clean()

    def _item_changed(self) -> None:
        iid = self.item.value()
        self.lot.load(lambda s: choices.lots(s, iid))

    def submit(self) -> None:
        severity = Severity(self.severity.currentData())
        text = self.description.toPlainText()
        if self.failed_requirement is not None:
            rid = self.failed_requirement.requirement_id
            self.run(lambda uow, actor: ncs.raise_nonconformity(
                uow, actor, requirement_id=rid, severity=severity, description=text))
            return
        item, lot = self.item.value(), self.lot.value()
        self.run(lambda uow, actor: ncs.raise_nonconformity(
            uow, actor, item_id=item, lot_id=lot, severity=severity, description=text))


class DispositionDialog(FormDialog):
    def __init__(self, ops: Ops, nc_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.nc_id = nc_id
        self.setWindowTitle(translate("DispositionDialog", "Disposition of the nonconformity"))
        self.disposition = enum_combo(Disposition, ncs.disposition_label)
        self.concession = QLineEdit()
        self.expires = OptionalDateEdit()
        self.row("disposition", translate("DispositionDialog", "Disposition"), self.disposition)
        self.row("concession_ref", translate("DispositionDialog", "Concession No."),
                 self.concession)
        self.row("concession_expires", translate("DispositionDialog", "Concession expires"),
                 self.expires)
        self.disposition.currentIndexChanged.connect(self._changed)
        self.ok_button(translate("DispositionDialog", "Save"))
        ops.query(lambda uow, actor: ncs.get_nonconformity(uow, actor, nonconformity_id=nc_id),
                  parent=self, success=self._loaded)
        self._changed()
        self.unsaved.mark_clean()

    def _loaded(self, info: ncs.NonconformityInfo) -> None:
        if info.disposition is not None:
            self.disposition.setCurrentIndex(self.disposition.findData(info.disposition))
        self.concession.setText(info.concession_ref)
        self.expires.set_date(info.concession_expires)
        self.unsaved.mark_clean()

    def _changed(self) -> None:
        as_is = self.disposition.currentData() == Disposition.USE_AS_IS
        self.concession.setEnabled(as_is)
        self.expires.setEnabled(as_is)

    def submit(self) -> None:
        problem = self.expires.problem()
        if problem:
            self.errors.show(ValidationError(problem, field="concession_expires"))
            return
        disposition = Disposition(self.disposition.currentData())
        as_is = disposition == Disposition.USE_AS_IS
        ref = self.concession.text() if as_is else ""
        expires = self.expires.value() if as_is else None
        nc_id = self.nc_id
        self.run(lambda uow, actor: ncs.set_disposition(
            uow, actor, nonconformity_id=nc_id, disposition=disposition, concession_ref=ref,
            concession_expires=expires))


class TextStepDialog(FormDialog):
    """The corrective action, or how its effect was verified."""

    def __init__(self, ops: Ops, nc_id: uuid.UUID, field: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.nc_id, self.field = nc_id, field
        corrective = field == "corrective_action"
        self.setWindowTitle(translate("TextStepDialog", "Corrective action") if corrective
                            else translate("TextStepDialog", "Verification of effect"))
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(110)
        self.row(field, translate("TextStepDialog", "What was done") if corrective
                 else translate("TextStepDialog", "How the effect was verified"), self.text)
        self.ok_button(translate("TextStepDialog", "Save"))
        ops.query(lambda uow, actor: ncs.get_nonconformity(uow, actor, nonconformity_id=nc_id),
                  parent=self, success=self._loaded)
        self.unsaved.mark_clean()

    def _loaded(self, info: ncs.NonconformityInfo) -> None:
        self.text.setPlainText(getattr(info, self.field))
        self.unsaved.mark_clean()

    def submit(self) -> None:
        nc_id, text = self.nc_id, self.text.toPlainText()
        if self.field == "corrective_action":
            def fn(uow: UnitOfWork, actor: Actor) -> Changes:
                return ncs.set_corrective_action(uow, actor, nonconformity_id=nc_id,
                                                 corrective_action=text)
        else:
            def fn(uow: UnitOfWork, actor: Actor) -> Changes:
                return ncs.verify_effect(uow, actor, nonconformity_id=nc_id, verification=text)
        self.run(fn)
