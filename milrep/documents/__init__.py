"""Printed documents: A4 PDFs made with reportlab, fonts embedded, in the user's language.

The public API (Qt-free; call it on the database worker with a read session)::

    from milrep.documents import (DOCUMENT_KINDS, DocumentRef, render_document,
                                  document_kinds_for, find_document, list_documents)

    render_document(session, kind: str, object_id: uuid.UUID, *,
                    language: str | None = None) -> bytes
        The PDF of document ``kind`` printing record ``object_id``. ``language`` None prints in
        the user's language (the installed translator); "ru", "kk" or "en" prints in that
        language from the .ts catalogues, in this thread only (the UI's translator is untouched).
        Unknown kind or language: ValidationError; missing record: NotFound (messages translated).

    DOCUMENT_KINDS: dict[str, DocumentType]
        kind -> DocumentType(kind, object_type, module); ``.title()`` is the translated title,
        ``.render(session, object_id) -> bytes`` renders in the current language.
        Kinds and the record (table) each prints:
          "inspection_protocol"  inspections      protocol of an inspection / acceptance test
          "return_notice"        return_notices   notice returning a lot, with the defects
          "suspension_notice"    suspensions      suspension of acceptance and shipment
          "resumption_decision"  resumptions      the head of office's resumption decision
          "test_opinion"         test_opinions    the office's opinion on a test (27.4.4)

    document_kinds_for(session, object_type: str, object_id: uuid.UUID) -> tuple[DocumentRef, ...]
        The documents a record on screen has (for its "Print" menu). object_type is a table:
        presentations, inspections, acceptance_records, return_notices, suspensions,
        resumptions, product_tests, test_opinions. Nothing printable: ().

    DocumentRef(kind, title, object_id, number, date) — ``.filename`` suggests a file name.
    find_document(session, kind, number) -> uuid.UUID      (NotFound when there is none)
    list_documents(session, kind: str | None = None) -> tuple[DocumentRef, ...]

Building blocks for further documents (the certificate reuses them): :mod:`.layout`
(:class:`~milrep.documents.layout.OfficialDocument`: letterhead, title/number/date, numbered
sections, facts table, data tables with repeated headers, signature block with the place for the
stamp, classification marking top and bottom of every page, "Page X of Y"), :mod:`.fonts`
(DejaVu Serif/Sans/Sans Condensed registered once, covering Kazakh and Russian) and
:mod:`.sources` (letterhead, signing acts, the contract of an item). A new document is a module
with ``render(session, object_id) -> bytes`` plus one entry in ``registry.DOCUMENT_KINDS``.

PDFs are reproducible: the same records in the same language give the same bytes.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from milrep import i18n
from milrep.documents.registry import (DOCUMENT_KINDS, DocumentRef, DocumentType,
                                       document_kinds_for, document_type, find_document,
                                       list_documents)

__all__ = ["DOCUMENT_KINDS", "DocumentRef", "DocumentType", "render_document",
           "document_kinds_for", "find_document", "list_documents"]


def render_document(session: Session, kind: str, object_id: uuid.UUID, *,
                    language: str | None = None) -> bytes:
    """The PDF bytes of document ``kind`` for record ``object_id`` (see the module docstring)."""
    t = document_type(kind)
    with i18n.language(language):
        return t.render(session, object_id)
