"""``milrep verify INPUT [--trust FILE ...] [--root FINGERPRINT ...] [--json]``.

INPUT is the QR text, a PNG/JPEG scan or photo, or a PDF. Exit 0 only when at least one seal was
found and every seal found is valid; 1 for any other verdict or an unreadable input; 2 when no
trust list can be had (usage).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from milrep.commands.common import (EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Progress, UsageError,
                                    db_path, err, open_db)
from milrep.documents.seal import SealClaims, Verification, verdict_label
from milrep.documents.trust import TrustList, check_root, load_trust_list
from milrep.errors import UserError
from milrep.i18n import translate
from milrep.verify import InputReport, verify_input


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("verify", help=translate(
        "milrep", "verify the QR seal of a certificate (a PDF, a PNG/JPEG scan or the QR text)"),
        description=translate(
            "milrep", "Prints the verdict (valid, invalid signature, unknown key, revoked key, "
            "revoked certificate, malformed) and the fields of every seal found. Exit status 0 "
            "only when every seal found is valid. Without --trust the office database (--db) "
            "provides the trust list."))
    p.add_argument("input", metavar="INPUT", help=translate(
        "milrep", "a PDF, an image file, a text file, or the seal text itself (MR1:…)"))
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="FILE",
                   help=translate("milrep", "the issuing office's trust list (repeat for several "
                                  "offices)"))
    p.add_argument("--root", action="append", default=[], metavar="FINGERPRINT",
                   help=translate("milrep", "accept a trust list only if its root key has this "
                                  "fingerprint (as the office gave it to you)"))
    p.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    return {"verify": cmd_verify}


def cmd_verify(args: argparse.Namespace) -> int:
    lists = _trust_lists(args)
    progress = Progress(sys.stderr, translate("milrep", "Read page {done:,} of {total:,}"))
    try:
        report = verify_input(args.input, lists, progress=progress)
    finally:
        progress.finish()
    if args.json:
        print(json.dumps(report_json(report, lists), ensure_ascii=False, indent=2))
    else:
        _print_report(report, lists, pinned=bool(args.root))
    return EXIT_OK if report.valid else EXIT_REFUSED


def _trust_lists(args: argparse.Namespace) -> list[TrustList]:
    if args.trust:
        lists = [load_trust_list(path) for path in args.trust]
        for t in lists:
            if args.root:
                _pinned(t, args.root)
        return lists
    explicit = args.db is not None
    if not explicit and not db_path(args).exists():
        raise UsageError(translate(
            "milrep", "A trust list is needed to verify a seal: give the issuing office's trust "
            "list with --trust FILE (the office exports it with `milrep keys export-trust`), or "
            "the office database with --db."))
    from milrep.services.site_keys import local_trust_list

    try:
        db, _actor = open_db(args)
    except UserError as e:
        if explicit:
            raise
        raise UserError(translate(
            "milrep", "{reason}\nWithout the office database, give the issuing office's trust "
            "list with --trust FILE.").format(reason=e)) from None
    try:
        with db.read() as s:
            return [local_trust_list(s)]
    finally:
        db.close()


def _pinned(trust: TrustList, roots: list[str]) -> None:
    problems: list[UserError] = []
    for root in roots:
        try:
            check_root(trust, root)
            return
        except UserError as e:
            problems.append(e)
    raise problems[-1]


def report_json(report: InputReport, lists: list[TrustList]) -> dict[str, Any]:
    return {
        "input": report.source, "kind": report.kind, "valid": report.valid,
        "trust_lists": [{"office": t.office_code, "version": t.version,
                         "root_fingerprint": t.root_fingerprint,
                         "signed": t.signature is not None} for t in lists],
        "seals": [{"page": found.page, **verification_json(v)}
                  for found, v in zip(report.seals, report.results, strict=True)],
    }


def verification_json(v: Verification) -> dict[str, Any]:
    return {
        "verdict": v.verdict.value, "detail": v.detail,
        "kid": v.kid.hex() if v.kid is not None else None,
        "site": v.key.site if v.key is not None else None,
        "claims": None if v.claims is None else claims_json(v.claims),
        "extra_claims": {str(k): _jsonable(x) for k, x in v.extra_claims.items()},
    }


def claims_json(c: SealClaims) -> dict[str, Any]:
    return {"office": c.office_code, "issued_at": _when(c.issued_at),
            "issued_at_unix": c.issued_at, "certificate_id": str(c.certificate_id),
            "number": c.number, "contract_number": c.contract_number,
            "contractor_bin": c.contractor_bin, "nomenclature_code": c.nomenclature_code,
            "quantity": c.quantity, "unit": c.unit, "lots": c.lots,
            "record_digest": c.record_digest.hex()}


def _jsonable(x: Any) -> Any:
    if isinstance(x, bytes):
        return x.hex()
    if isinstance(x, list):
        return [_jsonable(i) for i in x]
    if isinstance(x, dict):
        return {str(k): _jsonable(v) for k, v in x.items()}
    return x


def _when(unix: int) -> str:
    try:
        return dt.datetime.fromtimestamp(unix, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (OverflowError, OSError, ValueError):
        return str(unix)


def _print_report(report: InputReport, lists: list[TrustList], *, pinned: bool) -> None:
    for t in lists:
        signed = t.signature is not None
        print(translate("milrep", "Trust list of office {office}, version {version}; root key "
                        "{fingerprint}").format(office=t.office_code, version=t.version,
                                                fingerprint=t.root_fingerprint))
        if signed and not pinned:
            print(translate("milrep", "  Compare this fingerprint with the one the office gave "
                            "you (or pass it with --root)."))
    if not report.results:
        err(translate("milrep", "No QR seal was found in {source}. Scan at 300 dpi or more, "
                      "flat and in focus, with the whole symbol and its white margin."
                      ).format(source=report.source))
        return
    total = len(report.results)
    for i, (found, v) in enumerate(zip(report.seals, report.results, strict=True), start=1):
        print()
        where = translate("milrep", " (page {page})").format(page=found.page) \
            if found.page is not None else ""
        print(translate("milrep", "Seal {i} of {n}{where}: {verdict}").format(
            i=i, n=total, where=where, verdict=verdict_label(v.verdict).upper()))
        print(f"  {v.detail}")
        if v.claims is not None:
            if not v.valid:
                print(translate("milrep", "  What the seal claims (NOT confirmed):"))
            for label, value in claim_rows(v.claims):
                print(f"  {label:<24} {value}")
        if v.key is not None:
            label = translate("milrep", "Signing key")
            print(f"  {label:<24} {v.key.fingerprint} ({v.key.site})")
        for k, x in v.extra_claims.items():
            label = translate("milrep", "Other claim {key}").format(key=k)
            print(f"  {label:<24} {_jsonable(x)!r}")


def claim_rows(c: SealClaims) -> list[tuple[str, str]]:
    """The decoded fields in the order of the printed certificate, for comparison with paper."""
    return [
        (translate("milrep", "Office"), c.office_code),
        (translate("milrep", "Certificate number"), c.number),
        (translate("milrep", "Issued"), _when(c.issued_at)),
        (translate("milrep", "Contract"), c.contract_number),
        (translate("milrep", "Contractor BIN"), c.contractor_bin),
        (translate("milrep", "Nomenclature code"), c.nomenclature_code),
        (translate("milrep", "Quantity"), f"{c.quantity} {c.unit}".strip()),
        (translate("milrep", "Lot / serial numbers"), c.lots),
        (translate("milrep", "Certificate id"), str(c.certificate_id)),
        (translate("milrep", "Record digest"), c.record_digest.hex()),
    ]


__all__ = ["register", "cmd_verify", "EXIT_USAGE"]
