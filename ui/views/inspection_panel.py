"""The side of the inspection window: the verdict as it stands (or as decided) with the counts
per severity, the completeness check typed in place, and the photos and scans kept with the
inspection. Completeness and attachments are saved here, each as one operation on the worker."""

from __future__ import annotations

import mimetypes
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QFrame, QHeaderView, QLabel, QListWidget,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.models.acceptance import Verdict
from milrep.models.requirements import Severity
from milrep.rules import verdict as rules
from milrep.services import inspections
from milrep.services.inspection_grid import InspectionGrid
from ui import format as fmt
from ui.errors import in_label
from ui.i18n import translate
from ui.ops import Ops
from ui.widgets.forms import ERROR_STYLE

VERDICT_COLORS = {Verdict.ACCEPT: "#1b5e20", Verdict.PARTIAL: "#8d4b00",
                  Verdict.RETURN: "#b3261e", None: "#455a64"}


class InspectionPanel(QWidget):
    """Verdict, completeness and attachments of one inspection (see the module docstring)."""

    def __init__(self, ops: Ops, inspection_id: uuid.UUID, *, may_inspect: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.inspection_id, self.may_inspect = ops, inspection_id, may_inspect
        self.completeness_typed: set[uuid.UUID] = set()
        self.setMinimumWidth(300)

        self.verdict_box = QFrame()
        self.verdict_box.setObjectName("card")
        self.verdict_title = QLabel()
        self.verdict_title.setObjectName("section")
        self.verdict = QLabel()
        self.verdict.setObjectName("cardValue")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setObjectName("muted")
        vb = QVBoxLayout(self.verdict_box)
        vb.addWidget(self.verdict_title)
        vb.addWidget(self.verdict)
        vb.addWidget(self.reason)
        vb.addWidget(self.counts)

        # completeness
        self.completeness_title = QLabel()
        self.completeness_title.setObjectName("section")
        self.completeness = QTableWidget(0, 3)
        self.completeness.verticalHeader().hide()
        self.completeness.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.completeness.itemChanged.connect(self._completeness_edited)
        self.completeness_error = QLabel()
        self.completeness_error.setStyleSheet(ERROR_STYLE)
        self.completeness_error.setWordWrap(True)
        self.completeness_error.hide()

        # attachments
        self.attachments_title = QLabel()
        self.attachments_title.setObjectName("section")
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(110)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_attachment)

        rl = QVBoxLayout(self)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.verdict_box)
        rl.addWidget(self.completeness_title)
        rl.addWidget(self.completeness, 1)
        rl.addWidget(self.completeness_error)
        rl.addWidget(self.attachments_title)
        rl.addWidget(self.attachments)
        rl.addWidget(self.attach_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.verdict_title.setText(translate("InspectionWindow", "Verdict of the rules"))
        self.completeness_title.setText(translate("InspectionWindow", "Completeness"))
        self.completeness.setHorizontalHeaderLabels([
            translate("InspectionWindow", "Line"), translate("InspectionWindow", "Expected"),
            translate("InspectionWindow", "Found")])
        self.attachments_title.setText(translate("InspectionWindow", "Photos and scans"))
        self.attach_button.setText(translate("InspectionWindow", "Add photo or scan…"))

    def show_grid(self, g: InspectionGrid) -> None:
        """Show the verdict, the completeness and the attachments of ``g``."""
        plan = g.plan
        v = g.verdict
        decided = g.decided
        if decided is not None:
            self.verdict_title.setText(translate("InspectionWindow", "Decided"))
            self.verdict.setText(inspections.verdict_label(decided))
            self.reason.setText(g.decided_reason)
            color = VERDICT_COLORS[decided]
        else:
            self.verdict_title.setText(translate("InspectionWindow", "Verdict of the rules"))
            self.verdict.setText(inspections.verdict_label(v.verdict) if v.verdict is not None
                                 else translate("InspectionWindow", "No verdict yet"))
            self.reason.setText(v.reason)
            color = VERDICT_COLORS[v.verdict]
        self.verdict.setStyleSheet(f"color: {color};")
        lines = []
        for sev in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR):
            cls = plan.get("classes", {}).get(sev.value)
            if cls is None:
                continue
            found = v.counts.get(sev, 0)
            if cls.get("ac") is None:
                lines.append(translate("InspectionWindow", "{severity}: {d} nonconforming of {n} "
                                       "(each unit judged)").format(
                    severity=rules.severity_label(sev).capitalize(), d=found, n=cls["n"]))
            else:
                lines.append(translate("InspectionWindow", "{severity}: {d} nonconforming of {n} "
                                       "(Ac {ac}, Re {re})").format(
                    severity=rules.severity_label(sev).capitalize(), d=found, n=cls["n"],
                    ac=cls["ac"], re=cls["re"]))
        self.counts.setText("\n".join(lines))
        self._show_completeness(g)
        self.attachments.clear()
        for a in g.attachments:
            self.attachments.addItem(f"{a.filename} · {_size(a.size)} · "
                                     f"{fmt.date(a.added_at.astimezone())}")
        self.attach_button.setEnabled(self.may_inspect)

    def _show_completeness(self, g: InspectionGrid) -> None:
        self.completeness.blockSignals(True)
        self.completeness.setRowCount(len(g.completeness))
        editable = g.decided is None and self.may_inspect
        for row, c in enumerate(g.completeness):
            name = QTableWidgetItem(c.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            expected = QTableWidgetItem(f"{c.expected} {c.unit}".strip())
            expected.setFlags(Qt.ItemFlag.ItemIsEnabled)
            current = self.completeness.item(row, 2)
            keep = (current is not None and current.data(Qt.ItemDataRole.UserRole) == str(c.id)
                    and c.id in self.completeness_typed)
            found = QTableWidgetItem(current.text() if keep and current is not None
                                     else ("" if c.found is None else str(c.found)))
            found.setData(Qt.ItemDataRole.UserRole, str(c.id))
            found.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            found.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            if c.found is not None and c.found < c.expected:
                found.setForeground(Qt.GlobalColor.red)
            self.completeness.setItem(row, 0, name)
            self.completeness.setItem(row, 1, expected)
            self.completeness.setItem(row, 2, found)
        self.completeness.resizeColumnToContents(1)
        self.completeness.blockSignals(False)

    # --- completeness ------------------------------------------------------------------------

    def _completeness_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        check_id = uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole)))
        text = item.text().strip()
        if not text:
            return
        qty: Any = int(text) if text.isdigit() else text  # the service says why not
        self.completeness_typed.add(check_id)  # typed, not saved yet
        iid = self.inspection_id
        self.completeness_error.hide()

        def saved(_c: Changes) -> None:
            self.completeness_typed.discard(check_id)

        self.ops.mutate(lambda uow, actor: inspections.record_completeness(
            uow, actor, inspection_id=iid, found={check_id: qty}), parent=self, success=saved,
            failure=in_label(self.completeness_error))

    # --- attachments -------------------------------------------------------------------------

    def choose_attachment(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, translate("InspectionWindow", "Add a photo or scan"), str(Path.home()),
            translate("InspectionWindow", "Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif "
                      "*.tiff);;All files (*)"))
        if path:
            self.add_attachment_file(Path(path))

    def add_attachment_file(self, path: Path) -> None:
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        iid = self.inspection_id

        def job(uow: Any, actor: Any) -> Changes:
            return inspections.add_attachment(uow, actor, inspection_id=iid, filename=path.name,
                                              media_type=media, content=path.read_bytes())

        self.ops.mutate(job, parent=self, title=translate("InspectionWindow", "Adding {name}")
                        .format(name=path.name))


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return translate("InspectionWindow", "{n} MB").format(n=fmt.number(n / 1024 / 1024, 1))
    return translate("InspectionWindow", "{n} KB").format(n=fmt.number(max(1, n // 1024)))


__all__ = ["InspectionPanel", "VERDICT_COLORS"]
