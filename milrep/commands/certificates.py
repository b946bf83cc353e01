"""``milrep certificate``: certificates confirming quality from the command line.

    milrep certificate list [--status valid|revoked|superseded] [--json]
    milrep certificate show NUMBER [--json]
    milrep certificate check --acceptance NUMBER... [--serial S...] [--quantity N] [--json]
    milrep certificate issue --acceptance NUMBER... [--serial S...] [--quantity N]
    milrep certificate revoke NUMBER --reason TEXT
    milrep certificate reissue NUMBER --reason TEXT
    milrep certificate pdf NUMBER --out FILE [--lang kk|ru|en|both] [--force]
    milrep certificate pdf --all --out FILE_OR_FOLDER [--lang kk|ru|en|both] [--force]

``--acceptance`` takes acceptance record numbers. Issuing, revoking and re-issuing are signing
acts: the password is asked again (or taken from MILREP_PASSWORD / --password-file). They go
through the same services, and the same Article 27.5 gate, as the desktop application. ``check``
prints the checklist and exits 0 only when every condition holds.

``pdf`` writes the certificate as printed (Kazakh and Russian unless ``--lang`` names one
language). ``--all`` writes every certificate: into one PDF (one print job), or, when ``--out``
is an existing folder, one file per certificate there. Files are written whole or not at all,
and an existing file is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from milrep.commands.common import (EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Progress, err, open_db,
                                    read_password)
from milrep.documents.certificate_text import CHOICES
from milrep.errors import UserError
from milrep.i18n import translate
from milrep.models.certificates import CertificateStatus


def register(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:  # type: ignore[type-arg]
    p = sub.add_parser("certificate", help=translate(
        "milrep", "certificates confirming quality: list, show, check, issue, revoke"))
    c_sub = p.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)

    ls = c_sub.add_parser("list", help=translate("milrep", "list the certificates, newest first"))
    ls.add_argument("--status", choices=[s.value for s in CertificateStatus],
                    help=translate("milrep", "only certificates with this status"))
    ls.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    show = c_sub.add_parser("show", help=translate("milrep", "show one certificate and its seal"))
    show.add_argument("number", metavar="NUMBER", help=translate("milrep", "certificate number"))
    show.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    for name, text in (("check", translate("milrep", "print the Article 27.5 checklist for "
                                            "acceptance records (exit 0 only when all hold)")),
                       ("issue", translate("milrep", "issue a certificate for acceptance records "
                                           "(a signing act)"))):
        x = c_sub.add_parser(name, help=text)
        x.add_argument("--acceptance", nargs="+", required=True, metavar="NUMBER",
                       help=translate("milrep", "acceptance record numbers"))
        x.add_argument("--serial", nargs="+", metavar="SERIAL", dest="serials",
                       help=translate("milrep", "certify only these serial numbers"))
        x.add_argument("--quantity", type=int, metavar="N",
                       help=translate("milrep", "certify only N units (goods without serials)"))
        if name == "check":
            x.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    for name, text in (("revoke", translate("milrep", "revoke a certificate (head of office; a "
                                            "signing act)")),
                       ("reissue", translate("milrep", "issue a new certificate superseding one "
                                             "(head of office; a signing act)"))):
        x = c_sub.add_parser(name, help=text)
        x.add_argument("number", metavar="NUMBER", help=translate("milrep", "certificate number"))
        x.add_argument("--reason", required=True, help=translate("milrep", "the reason"))
    pdf = c_sub.add_parser("pdf", help=translate(
        "milrep", "write certificates as PDF (one, or --all into one file or a folder)"))
    pdf.add_argument("number", metavar="NUMBER", nargs="?",
                     help=translate("milrep", "certificate number"))
    pdf.add_argument("--all", action="store_true",
                     help=translate("milrep", "every certificate, in the order of their numbers"))
    pdf.add_argument("--out", type=Path, required=True, metavar="FILE_OR_FOLDER",
                     help=translate("milrep", "the PDF file to write; with --all an existing "
                                    "folder gets one file per certificate"))
    pdf.add_argument("--lang", choices=CHOICES, default="both",
                     help=translate("milrep", "language: kk, ru, en, or both (Kazakh and "
                                    "Russian, the default)"))
    pdf.add_argument("--force", action="store_true",
                     help=translate("milrep", "overwrite existing files"))
    return {"certificate": cmd_certificate}


def cmd_certificate(args: argparse.Namespace) -> int:
    handler = {"list": _list, "show": _show, "check": _check, "issue": _issue,
               "revoke": _revoke, "reissue": _revoke, "pdf": _pdf}[args.certificate_command]
    return handler(args)


def summary_json(c: Any) -> dict[str, Any]:
    return {"number": c.number, "status": c.status.value, "item": c.item_name,
            "nomenclature_code": c.nomenclature_code, "quantity": c.quantity, "unit": c.unit,
            "date": c.issued_on.isoformat(), "lots": list(c.lots),
            "contract": c.contract_number, "recipient": c.recipient_name}


def _list(args: argparse.Namespace) -> int:
    from milrep.services.certificate_views import list_certificates, status_label

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            status = CertificateStatus(args.status) if args.status else None
            rows = list_certificates(uow, actor, status=status)
    finally:
        db.close()
    if args.json:
        print(json.dumps([summary_json(c) for c in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(translate("milrep", "No certificates."))
        return EXIT_OK
    for c in rows:
        print(f"{c.number:<24} {c.issued_on.isoformat()}  {status_label(c.status):<11} "
              f"{c.quantity:>5} {c.unit:<5} {c.item_name}  ({', '.join(c.lots)})")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from milrep.services.certificate_views import get_certificate, status_label

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            v = get_certificate(uow, actor, number=args.number)
    finally:
        db.close()
    c = v.summary
    if args.json:
        out = summary_json(c)
        out.update(record=v.record, record_digest=v.record_digest, seal=v.seal,
                   revocation=None if v.revocation is None else {
                       "revoked_at": v.revocation.revoked_at.isoformat(),
                       "revoked_by": v.revocation.revoked_by, "reason": v.revocation.reason,
                       "superseded_by": v.revocation.superseded_by},
                   supersedes=v.supersedes)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    rows = [(translate("milrep", "Certificate"), c.number),
            (translate("milrep", "Status"), status_label(c.status)),
            (translate("milrep", "Issued"), f"{c.issued_on.isoformat()} ({v.issued_by})"),
            (translate("milrep", "Contract"), c.contract_number),
            (translate("milrep", "Item"), f"{c.item_name} ({c.nomenclature_code})"),
            (translate("milrep", "Quantity"), f"{c.quantity} {c.unit}"),
            (translate("milrep", "Lots"), ", ".join(c.lots)),
            (translate("milrep", "Recipient"), c.recipient_name or "—")]
    if v.serials:
        rows.append((translate("milrep", "Serials"), " ".join(v.serials)))
    if v.supersedes:
        rows.append((translate("milrep", "Supersedes"), f"{v.supersedes}: {v.reissue_reason}"))
    if v.revocation is not None:
        r = v.revocation
        text = f"{r.revoked_at.date().isoformat()} ({r.revoked_by}): {r.reason}"
        if r.superseded_by:
            text += " → " + r.superseded_by
        rows.append((translate("milrep", "Revoked"), text))
    rows.append((translate("milrep", "Record digest"), v.record_digest))
    rows.append((translate("milrep", "Seal"), v.seal))
    width = max(len(k) for k, _ in rows)
    for k, value in rows:
        print(f"{k:<{width}}  {value}")
    return EXIT_OK


def _records(db: Any, numbers: list[str]) -> list[uuid.UUID]:
    from milrep.services.certificate_facts import records_by_number

    with db.read() as s:
        return records_by_number(s, numbers)


def _check(args: argparse.Namespace) -> int:
    from milrep.services.certificates import certificate_checklist

    db, actor = open_db(args)
    try:
        ids = _records(db, args.acceptance)
        with db.unit_of_work() as uow:
            cl = certificate_checklist(uow, actor, acceptance_record_ids=ids,
                                       quantity=args.quantity, serials=args.serials)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"ok": cl.ok, "conditions": [
            {"condition": i.condition.value, "label": i.label, "ok": i.ok, "reason": i.reason}
            for i in cl.items]}, ensure_ascii=False, indent=2))
    else:
        for i in cl.items:
            mark = "[x]" if i.ok else "[ ]"
            print(f"{mark} {i.label}: {i.reason}")
        print()
        print(translate("milrep", "Every condition of Article 27.5 holds: the certificate may be "
                        "issued.") if cl.ok else translate(
            "milrep", "The certificate cannot be issued while a condition fails."))
    return EXIT_OK if cl.ok else EXIT_REFUSED


def _issue(args: argparse.Namespace) -> int:
    from milrep.services.certificates import get_certificate, issue_certificate

    db, actor = open_db(args)
    try:
        ids = _records(db, args.acceptance)
        password = read_password(args, prompt=translate(
            "milrep", "Password of {user} to sign the certificate: ").format(user=actor.username))
        with db.unit_of_work() as uow:
            changes = issue_certificate(uow, actor, acceptance_record_ids=ids, password=password,
                                        quantity=args.quantity, serials=args.serials)
        assert changes.id is not None
        with db.unit_of_work() as uow:
            v = get_certificate(uow, actor, certificate_id=changes.id)
    finally:
        db.close()
    c = v.summary
    print(translate("milrep", "Certificate {number} issued: {qty} {unit} of {item} ({lots}).")
          .format(number=c.number, qty=c.quantity, unit=c.unit, item=c.item_name,
                  lots=", ".join(c.lots)))
    print(translate("milrep", "Seal: {seal}").format(seal=v.seal))
    return EXIT_OK


def _revoke(args: argparse.Namespace) -> int:
    from milrep.services.certificates import (get_certificate, reissue_certificate,
                                              revoke_certificate)

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            old = get_certificate(uow, actor, number=args.number)
        password = read_password(args, prompt=translate(
            "milrep", "Password of {user} to sign: ").format(user=actor.username))
        with db.unit_of_work() as uow:
            if args.certificate_command == "revoke":
                revoke_certificate(uow, actor, certificate_id=old.summary.id,
                                   reason=args.reason, password=password)
                new = None
            else:
                changes = reissue_certificate(uow, actor, certificate_id=old.summary.id,
                                              reason=args.reason, password=password)
                assert changes.id is not None
                new = changes.id
        if new is not None:
            with db.unit_of_work() as uow:
                number = get_certificate(uow, actor, certificate_id=new).summary.number
    finally:
        db.close()
    if new is None:
        print(translate("milrep", "Certificate {number} revoked.").format(number=args.number))
    else:
        print(translate("milrep", "Certificate {new} issued; it supersedes {old}.").format(
            new=number, old=args.number))
    return EXIT_OK


def _pdf(args: argparse.Namespace) -> int:
    from milrep.db.files import write_atomic
    from milrep.documents.certificate_batch import (all_certificate_ids,
                                                    combined_certificates_pdf,
                                                    render_certificates)
    from milrep.documents.certificate_data import find_certificate

    if bool(args.number) == bool(args.all):
        err(translate("milrep", "Name one certificate NUMBER, or --all (not both)."))
        return EXIT_USAGE
    out: Path = args.out.expanduser()
    folder = bool(args.all) and out.is_dir()
    if not folder:
        _refuse_existing(out, args.force)
        if not out.parent.is_dir():
            raise UserError(translate("milrep", "The folder {path} does not exist.").format(
                path=out.parent))
    db, _actor = open_db(args)
    written: list[tuple[Path, int]] = []
    progress = Progress(sys.stderr, translate("milrep", "Certificates: {done} of {total}"))
    try:
        with db.read() as s:
            ids = all_certificate_ids(s) if args.all else [find_certificate(s, args.number)]
        if not ids:
            raise UserError(translate("milrep", "There are no certificates to write."))
        if folder:
            for doc in render_certificates(db, ids, languages=args.lang, progress=progress):
                path = out / doc.filename
                _refuse_existing(path, args.force)
                write_atomic(path, doc.data)
                written.append((path, len(doc.data)))
        else:
            data = combined_certificates_pdf(db, ids, languages=args.lang,
                                             progress=progress if args.all else None)
            write_atomic(out, data)
            written.append((out, len(data)))
    finally:
        progress.finish()
        db.close()
    for path, size in written:
        print(translate("milrep", "Written: {path} ({size:,} bytes)").format(path=path,
                                                                           size=size))
    return EXIT_OK


def _refuse_existing(path: Path, force: bool) -> None:
    if path.is_dir():
        raise UserError(translate("milrep", "{path} is a folder: give a file name, or --all to "
                                  "write one file per certificate into it.").format(path=path))
    if path.exists() and not force:
        raise UserError(translate("milrep", "{path} already exists. Use --force to overwrite "
                                  "it.").format(path=path))
