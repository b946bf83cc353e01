"""Printing certificates: one (preview, or straight to the print dialog) or many as one job with
progress and Cancel. The PDF is rendered on the database worker by the document registry's
"certificate" kind; pages are printed on the print thread (:mod:`ui.print_batch`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from milrep.documents import DocumentRef
from ui.i18n import translate
from ui.ops import Ops
from ui.print_batch import PrintRun, Provider, print_many
from ui.widgets.document_button import document_label, open_preview, render_for_print

KIND = "certificate"


def certificate_ref(certificate_id: uuid.UUID, number: str) -> DocumentRef:
    return DocumentRef(kind=KIND, title=translate("CertificatesView", "Certificate"),
                       object_id=certificate_id, number=number, date=None)


def provider(ops: Ops, ref: DocumentRef) -> Provider:
    """The certificate's PDF, read on the database worker (the run submits it there)."""
    db, actor = ops.workspace.db, ops.actor

    def render() -> bytes:
        with db.unit_of_work() as uow:
            return render_for_print(uow, actor, ref)
    return render


def preview(ops: Ops, certificate_id: uuid.UUID, number: str, parent: QWidget | None) -> None:
    open_preview(ops, certificate_ref(certificate_id, number), parent)


def print_certificates(ops: Ops, certificates: Sequence[tuple[uuid.UUID, str]],
                       parent: QWidget | None, *, printer: QPrinter | None = None,
                       started: Callable[[PrintRun], None] | None = None) -> PrintRun | None:
    """Print these certificates (id, number) as one job: the print dialog (unless ``printer``),
    then progress with Cancel."""
    refs = [certificate_ref(i, n) for i, n in certificates]
    run = print_many([(document_label(r), provider(ops, r)) for r in refs], parent=parent,
                     source=ops.worker, printer=printer)
    if run is not None and started is not None:
        started(run)
    return run


__all__ = ["KIND", "certificate_ref", "preview", "print_certificates", "provider"]
