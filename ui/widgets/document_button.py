"""The "Print…" button of a record on screen: the printed documents the record has, in a menu;
each opens the print preview (with Print… and Save as PDF…).

Which documents a record has comes from :func:`milrep.documents.document_kinds_for`, read on the
database worker whenever the record shown changes (and again after a change that may add one,
e.g. the return notice after a return): the button is disabled while the record has none, and
the menu lists only those it has.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget
from sqlalchemy.orm import Session

from milrep.db.store import UnitOfWork
from milrep.documents import DOCUMENT_KINDS, DocumentRef, document_kinds_for, render_document
from milrep.services.auth import Actor, Permission
from ui.i18n import translate
from ui.icons import icon
from ui.ops import Ops
from ui.widgets.print_preview import PrintPreviewDialog

log = logging.getLogger("milrep.ui.printing")


def document_label(ref: DocumentRef) -> str:
    """"Return notice No. 17-WS1-2026-RN-0001": the document's title (in the language of the
    interface now) and number."""
    kind = DOCUMENT_KINDS.get(ref.kind)
    title = kind.title() if kind is not None else ref.title
    if not ref.number:
        return title
    return translate("Documents", "{title} No. {number}").format(title=title, number=ref.number)


def render_for_print(uow: UnitOfWork, actor: Actor, ref: DocumentRef) -> bytes:
    """The PDF of ``ref`` for someone who may read the office's records (database worker)."""
    s = uow.begin(actor, Permission.READ, "document.print")
    return render_document(s, ref.kind, ref.object_id)


def open_preview(ops: Ops, ref: DocumentRef, parent: QWidget | None, *,
                 opened: Callable[[PrintPreviewDialog], None] | None = None) -> None:
    """Render ``ref`` on the database worker, then show it in the print preview."""
    def show(data: bytes) -> None:
        label = document_label(ref)
        dialog = PrintPreviewDialog(data, title=label, filename=label, parent=parent)
        dialog.open()
        if opened is not None:
            opened(dialog)

    ops.query(lambda uow, actor: render_for_print(uow, actor, ref), parent=parent, success=show,
              title=translate("Documents", "Preparing {document}…").format(
                  document=document_label(ref)))


class DocumentsButton(QPushButton):
    """"Print…" with the documents of one record (see the module docstring)."""

    loaded = Signal()
    """sig: the documents of the record shown are known (:attr:`refs`)."""
    preview_opened = Signal(object)
    """sig: a print preview was opened from the menu (the dialog)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__(icon("printer"), "", parent)
        self.ops = ops
        self.compact = compact  # the icon only (a crowded toolbar); the text is in the tooltip
        if compact:
            self.setStyleSheet("QPushButton { padding: 6px 4px 6px 8px; }")
        self.refs: tuple[DocumentRef, ...] = ()
        self.record: tuple[str, uuid.UUID] | None = None
        self._asked = 0
        self.documents_menu = QMenu(self)
        self.setMenu(self.documents_menu)
        self.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        text = translate("Documents", "Print…")
        self.setText("" if self.compact else text)
        self.setAccessibleName(text)
        tip = (translate("Documents", "Preview, print or save as PDF the documents of this "
                         "record") if self.refs else
               translate("Documents", "This record has no printed document yet"))
        self.setToolTip(f"{text} {tip}" if self.compact else tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for action in self.documents_menu.actions():
                ref = next((r for r in self.refs if r.kind == action.data()), None)
                if ref is not None:
                    action.setText(document_label(ref))
        super().changeEvent(event)

    # --- the record --------------------------------------------------------------------------

    def set_record(self, object_type: str, object_id: uuid.UUID | None) -> None:
        """Show the documents of this record (a table name and an id; None: no record)."""
        record = (object_type, object_id) if object_id is not None else None
        if record == self.record and self._asked:
            return
        self.record = record
        self.reload()

    def reload(self) -> None:
        """Read the record's documents again (after a change that may have added one)."""
        self._asked += 1
        asked = self._asked
        if self.record is None:
            self._show(())
            self.loaded.emit()
            return
        object_type, object_id = self.record

        def read(s: Session) -> tuple[DocumentRef, ...]:
            return document_kinds_for(s, object_type, object_id)

        def done(refs: tuple[DocumentRef, ...] | None, error: BaseException | None) -> None:
            if asked != self._asked or not shiboken6.isValid(self):
                return  # another record was chosen meanwhile, or the button is gone
            if error is not None:
                log.warning("documents of %s %s not read: %s", object_type, object_id, error)
            self._show(refs or ())
            self.loaded.emit()

        self.ops.background(read, done)

    def _show(self, refs: tuple[DocumentRef, ...]) -> None:
        self.refs = tuple(refs)
        self.documents_menu.clear()
        for ref in self.refs:
            action = self.documents_menu.addAction(icon("file-text"), document_label(ref))
            action.setData(ref.kind)
            action.triggered.connect(lambda _checked=False, r=ref: self.open(r))
        self.setEnabled(bool(self.refs))
        self.retranslate()

    # --- opening -----------------------------------------------------------------------------

    def kinds(self) -> list[str]:
        """The kinds of document offered, in menu order."""
        return [r.kind for r in self.refs]

    def action_for(self, kind: str) -> QAction | None:
        return next((a for a in self.documents_menu.actions() if a.data() == kind), None)

    def open(self, ref: DocumentRef) -> None:
        open_preview(self.ops, ref, self.window(), opened=self.preview_opened.emit)


__all__ = ["DocumentsButton", "document_label", "open_preview", "render_for_print"]
