"""``milrep document list|pdf``: the printed documents (protocols, notices, decisions, opinions).

    milrep document list [--kind KIND] [--json]
    milrep document pdf KIND NUMBER --out FILE [--lang ru|kk|en] [--force]

KIND is one of :data:`milrep.documents.DOCUMENT_KINDS`; NUMBER the document's number (for an
inspection protocol also the notice of presentation, or the acceptance record or return notice
that decided it). Reading needs any account, the viewer's too.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from milrep.commands.common import EXIT_OK, open_db
from milrep.errors import StorageError, UserError
from milrep.i18n import LANGUAGES, translate


def register(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:  # type: ignore[type-arg]
    from milrep.documents import DOCUMENT_KINDS

    kinds = list(DOCUMENT_KINDS)
    doc = sub.add_parser("document", help=translate(
        "milrep", "printed documents: list them, write one as PDF"))
    doc_sub = doc.add_subparsers(dest="document_command", metavar="ACTION", required=True)
    ls = doc_sub.add_parser("list", help=translate("milrep", "list the printable documents"))
    ls.add_argument("--kind", choices=kinds, help=translate("milrep", "only documents of KIND"))
    ls.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    pdf = doc_sub.add_parser("pdf", help=translate("milrep", "write a document as PDF"))
    pdf.add_argument("kind", choices=kinds, metavar="KIND",
                     help=translate("milrep", "kind of document: {kinds}").format(
                         kinds=", ".join(kinds)))
    pdf.add_argument("number", metavar="NUMBER", help=translate("milrep", "document number"))
    pdf.add_argument("--out", type=Path, required=True, metavar="FILE",
                     help=translate("milrep", "the PDF file to write"))
    pdf.add_argument("--lang", choices=LANGUAGES,
                     help=translate("milrep", "language of the document (default: yours)"))
    pdf.add_argument("--force", action="store_true",
                     help=translate("milrep", "overwrite an existing file"))
    return {"document": cmd_document}


def cmd_document(args: argparse.Namespace) -> int:
    if args.document_command == "list":
        return _list(args)
    return _pdf(args)


def _list(args: argparse.Namespace) -> int:
    from milrep.documents import list_documents

    db, _actor = open_db(args)
    try:
        with db.read() as s:
            refs = list_documents(s, args.kind)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"kind": r.kind, "title": r.title, "number": r.number,
                           "date": r.date.isoformat() if r.date else None,
                           "id": str(r.object_id)} for r in refs],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    if not refs:
        print(translate("milrep", "No documents yet."))
    for r in refs:
        print(f"{r.date.isoformat() if r.date else '':10}  {r.kind:20}  {r.number}")
    return EXIT_OK


def _pdf(args: argparse.Namespace) -> int:
    from milrep.documents import find_document, render_document

    out: Path = args.out.expanduser()
    if out.exists() and not args.force:
        raise UserError(translate("milrep", "{path} already exists. Use --force to overwrite it.")
                        .format(path=out))
    db, _actor = open_db(args)
    try:
        with db.read() as s:
            object_id = find_document(s, args.kind, args.number)
            data = render_document(s, args.kind, object_id, language=args.lang)
    finally:
        db.close()
    _write(out, data)
    print(translate("milrep", "Written: {path} ({size:,} bytes)").format(path=out,
                                                                       size=len(data)))
    return EXIT_OK


def _write(path: Path, data: bytes) -> None:
    """Write whole or not at all: a temporary file beside the target, then a rename."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".milrep-", suffix=".pdf", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise StorageError(translate("milrep", "{path} cannot be written: {reason}").format(
            path=path, reason=e.strerror or e)) from None


__all__ = ["register", "cmd_document"]
