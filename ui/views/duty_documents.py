"""The register of technical documents and national standards (Articles 27.3.4, 27.3.6): the list
with a warning when inspection requirements still reference a superseded or cancelled revision;
a document with its revisions (a new revision supersedes the current one; a revision may be
cancelled with its reason, or made current again)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)
from sqlalchemy import select

from milrep.db.store import Changes
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.requirements import Characteristic
from milrep.models.office_duties import RevisionStatus, TechDocKind
from milrep.services import tech_documents as td
from milrep.services.auth import Permission, can
from milrep.services.duty_lists import TECH_DOCUMENTS
from ui import errors
from ui.i18n import translate
from ui.ops import Ops
from ui.views.list_screen import ListScreen
from ui.views.quality_forms import ChoiceCombo, FormDialog, enum_combo
from ui.widgets.forms import DateEdit

TABLES = frozenset({"tech_documents", "tech_document_revisions", "requirement_document_refs",
                    "characteristics"})


class TechDocumentsPanel(ListScreen):
    area = "tech_documents"
    icon_name = "folder"
    spec = TECH_DOCUMENTS
    tables = TABLES
    widths = {"designation": 190, "title": 380, "kind": 230, "revision": 120, "dated": 100,
              "contract": 130}
    stretch = "title"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, labels={"kind": lambda v: td.kind_label(TechDocKind(v))},
                         parent=parent)
        self.warning = QLabel()
        self.warning.setObjectName("banner")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.layout().insertWidget(2, self.warning)
        self.stale: tuple[td.StaleReference, ...] = ()
        self.read_stale()

    def title(self) -> str:
        return translate("OfficeDuties", "Documents and standards")

    def can_edit(self) -> bool:
        return can(self.ops.actor, Permission.OFFICE_DUTIES)

    def read_stale(self) -> None:
        def done(rows: tuple[td.StaleReference, ...] | None, error: BaseException | None) -> None:
            self.stale = rows or ()
            if not self.stale:
                self.warning.hide()
                return
            lines = [translate("OfficeDuties", "{item}: {characteristic} — {document} rev. "
                               "{revision} cl. {clause} is {status} (current: {current})").format(
                item=w.item, characteristic=w.characteristic, document=w.designation,
                revision=w.revision, clause=w.clause,
                status=td.revision_status_label(w.status).lower(), current=w.current or "—")
                for w in self.stale[:5]]
            more = len(self.stale) - len(lines)
            if more > 0:
                lines.append(translate("OfficeDuties", "… and {n} more").format(n=more))
            self.warning.setText("⚠ " + translate(
                "OfficeDuties", "Inspection requirements reference a revision that is no longer "
                "current:") + "\n" + "\n".join(lines))
            self.warning.show()

        self.ops.background(td.stale, done)

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        if changes.touches(*TABLES):
            self.read_stale()

    def refresh(self) -> None:
        super().refresh()
        self.read_stale()

    def empty_texts(self, filtered: bool) -> tuple[str, str, str]:
        if self.model.query.text:
            return (translate("OfficeDuties", "No document matches"),
                    translate("OfficeDuties", "Try part of the designation or title."), "")
        return (translate("OfficeDuties", "The register is empty"),
                translate("OfficeDuties", "Register technical conditions, drawings, test "
                          "programmes and national standards with their revisions, so "
                          "requirements can reference the exact revision and clause."),
                translate("OfficeDuties", "Register a document"))

    def new_record(self) -> None:
        if self.can_edit():
            DocumentDialog(self.ops, None, self).open()

    def open_record(self, record_id: uuid.UUID) -> None:
        DocumentDialog(self.ops, record_id, self).open()


class DocumentDialog(FormDialog):
    """A document of the register and its revisions."""

    def __init__(self, ops: Ops, document_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.document_id = document_id
        self.setMinimumWidth(900)
        self.setWindowTitle(translate("OfficeDuties", "Technical document"))
        self.designation, self.title_edit = QLineEdit(), QLineEdit()
        self.kind = enum_combo(TechDocKind, td.kind_label)
        self.contract = ChoiceCombo(ops, empty=translate("OfficeDuties", "(not one contract)"))
        self.contract.load(lambda s: s.execute(select(Contract.id, Contract.number)
                                               .order_by(Contract.number)).all(),
                           lambda c: c.number)
        self.remarks = QLineEdit()
        self.row("designation", translate("OfficeDuties", "Designation"), self.designation)
        self.row("title", translate("OfficeDuties", "Title"), self.title_edit)
        self.row("kind", translate("OfficeDuties", "Kind"), self.kind)
        self.row("contract_id", translate("OfficeDuties", "Contract"), self.contract)
        self.row("remarks", translate("OfficeDuties", "Remarks of the office"), self.remarks)
        self.revisions = QTableWidget(0, 5)
        self.revisions.setHorizontalHeaderLabels([
            translate("OfficeDuties", "Revision"), translate("OfficeDuties", "Dated"),
            translate("OfficeDuties", "Status"), translate("OfficeDuties", "Referenced by"),
            translate("OfficeDuties", "Remarks")])
        self.revisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revisions.verticalHeader().hide()
        self.revisions.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((90, 100, 110, 130)):
            self.revisions.setColumnWidth(col, width)
        self.rev_number, self.rev_date, self.rev_remarks = QLineEdit(), DateEdit(
            dt.date.today()), QLineEdit()
        self.rev_number.setPlaceholderText(translate("OfficeDuties", "new revision"))
        self.rev_number.setMaximumWidth(120)
        self.rev_remarks.setPlaceholderText(translate("OfficeDuties", "what changed / why "
                                                                      "cancelled"))
        self.add_rev = QPushButton(translate("OfficeDuties", "Add revision"))
        self.add_rev.clicked.connect(self.add_revision)
        self.cancel_rev = QPushButton(translate("OfficeDuties", "Cancel revision"))
        self.cancel_rev.clicked.connect(lambda: self.set_status(RevisionStatus.CANCELLED))
        self.current_rev = QPushButton(translate("OfficeDuties", "Make current"))
        self.current_rev.clicked.connect(lambda: self.set_status(RevisionStatus.CURRENT))
        self.link_button = QPushButton(translate("OfficeDuties", "Link a requirement…"))
        self.link_button.setToolTip(translate(
            "OfficeDuties", "Check an inspection requirement against the selected (current) "
            "revision and a clause of it"))
        self.link_button.clicked.connect(self.link_requirement)
        self.rev_message = QLabel()
        self.rev_message.setObjectName("error")
        self.rev_message.hide()
        rev_bar = QHBoxLayout()
        for w in (self.rev_number, self.rev_date, self.rev_remarks, self.add_rev,
                  self.cancel_rev, self.current_rev, self.link_button):
            rev_bar.addWidget(w, 1 if w is self.rev_remarks else 0)
        box = QVBoxLayout()
        box.addWidget(QLabel(translate("OfficeDuties", "<b>Revisions</b>")))
        box.addWidget(self.revisions)
        box.addLayout(rev_bar)
        box.addWidget(self.rev_message)
        self.layout().insertLayout(2, box)
        self.revision_rows: tuple[td.RevisionInfo, ...] = ()
        editable = can(ops.actor, Permission.OFFICE_DUTIES)
        for w in (self.rev_number, self.rev_date, self.rev_remarks, self.add_rev,
                  self.cancel_rev, self.current_rev):
            w.setEnabled(editable and document_id is not None)
        self.link_button.setEnabled(can(ops.actor, Permission.EDIT_REQUIREMENTS)
                                    and document_id is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(editable)
        self.ok_button(translate("OfficeDuties", "Save"))
        ops.changes_applied.connect(self._changed)
        if document_id is not None:
            self.reload()

    def reload(self) -> None:
        doc_id = self.document_id
        if doc_id is None:
            return
        self.ops.query(lambda uow, actor: td.get_document(uow, actor, document_id=doc_id),
                       parent=self, success=self._show)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*TABLES) and self.isVisible():
            self.reload()

    def _show(self, info: td.TechDocumentInfo) -> None:
        f = info.form
        if not self.designation.isModified():
            self.designation.setText(f.designation)
            self.title_edit.setText(f.title)
            self.kind.setCurrentIndex(list(TechDocKind).index(f.kind))
            self.contract.set_value(f.contract_id)
            self.remarks.setText(f.remarks)
        self.revision_rows = info.revisions
        self.revisions.setRowCount(len(info.revisions))
        for r, rev in enumerate(info.revisions):
            for c, text in enumerate((rev.number, rev.dated.strftime("%d.%m.%Y"),
                                      td.revision_status_label(rev.status), str(rev.references),
                                      rev.remarks)):
                self.revisions.setItem(r, c, QTableWidgetItem(text))

    def submit(self) -> None:
        form = td.TechDocumentForm(self.designation.text(), self.title_edit.text(),
                                   self.kind.currentData(), self.contract.value(),
                                   self.remarks.text())
        doc_id = self.document_id
        if doc_id is None:
            self.run(lambda uow, actor: td.register_document(uow, actor, form=form))
        else:
            self.run(lambda uow, actor: td.update_document(uow, actor, document_id=doc_id,
                                                           form=form))

    def _mutate(self, fn: object) -> None:
        self.rev_message.hide()

        self.ops.mutate(fn, parent=self,  # type: ignore[arg-type]
                        failure=errors.in_label(self.rev_message))

    def add_revision(self) -> None:
        doc_id, number = self.document_id, self.rev_number.text()
        dated, remarks = self.rev_date.value(), self.rev_remarks.text()
        if doc_id is not None:
            self._mutate(lambda uow, actor: td.add_revision(
                uow, actor, document_id=doc_id, number=number, dated=dated, remarks=remarks))

    def set_status(self, status: RevisionStatus) -> None:
        r = self.revisions.currentRow()
        if not 0 <= r < len(self.revision_rows):
            return
        rev_id, remarks = self.revision_rows[r].id, self.rev_remarks.text().strip() or None
        self._mutate(lambda uow, actor: td.set_revision_status(
            uow, actor, revision_id=rev_id, status=status, remarks=remarks))

    def link_requirement(self) -> None:
        r = self.revisions.currentRow()
        if not 0 <= r < len(self.revision_rows):
            current = [i for i, rev in enumerate(self.revision_rows)
                       if rev.status is RevisionStatus.CURRENT]
            if not current:
                return
            r = current[0]
        LinkRequirementDialog(self.ops, self.revision_rows[r], self.designation.text(),
                              self).open()


class LinkRequirementDialog(FormDialog):
    """Tie an active characteristic to a revision and clause of this document."""

    def __init__(self, ops: Ops, revision: td.RevisionInfo, designation: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.revision = revision
        self.setWindowTitle(translate("OfficeDuties", "Link a requirement to {document} rev. "
                                                      "{revision}").format(
            document=designation, revision=revision.number))
        self.characteristic = ChoiceCombo(ops, empty=translate("OfficeDuties",
                                                               "Choose a requirement"))
        self.characteristic.load(lambda s: s.execute(
            select(Characteristic.id, Characteristic.name, ControlListItem.name.label("item"))
            .join(ControlListItem, ControlListItem.id == Characteristic.item_id)
            .where(Characteristic.active.is_(True))
            .order_by(ControlListItem.name, Characteristic.position)).all(),
            lambda c: f"{c.item}: {c.name}")
        self.clause = QLineEdit()
        self.clause.setPlaceholderText(translate("OfficeDuties", "e.g. 3.2.1"))
        self.row("characteristic_id", translate("OfficeDuties", "Requirement"),
                 self.characteristic)
        self.row("clause", translate("OfficeDuties", "Clause"), self.clause)
        self.ok_button(translate("OfficeDuties", "Link"))

    def submit(self) -> None:
        ch = self.characteristic.value() or uuid.uuid4()
        rev, clause = self.revision.id, self.clause.text()
        self.run(lambda uow, actor: td.reference_requirement(
            uow, actor, characteristic_id=ch, revision_id=rev, clause=clause))
