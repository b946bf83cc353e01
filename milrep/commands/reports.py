"""``milrep report reliability|monthly``: the reliability analysis and the monthly report.

    milrep report reliability [--from DATE] [--to DATE] [--contract NUMBER] [--item ITEM]
                              [--source SOURCE ...] [--json]
    milrep report monthly --month 2026-11 --out FILE.pdf|FILE.xlsx [--lang ru|kk|en] [--force]

ITEM is the item's nomenclature code or its exact name. Reading needs any account.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from milrep.commands.common import EXIT_OK, open_db
from milrep.errors import UserError, ValidationError
from milrep.i18n import LANGUAGES, translate


def register(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:  # type: ignore[type-arg]
    from milrep.reports.sources import DEFECT_SOURCES

    rep = sub.add_parser("report", help=translate(
        "milrep", "reports: reliability analysis, the monthly report"))
    rs = rep.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    rel = rs.add_parser("reliability", help=translate(
        "milrep", "defects, first-pass acceptance and return rates, trend, Pareto"))
    rel.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                     help=translate("milrep", "first day of the period (YYYY-MM-DD)"))
    rel.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                     help=translate("milrep", "last day of the period (YYYY-MM-DD)"))
    rel.add_argument("--contract", metavar="NUMBER",
                     help=translate("milrep", "only the items of this contract"))
    rel.add_argument("--item", metavar="ITEM",
                     help=translate("milrep", "only this item (nomenclature code or name)"))
    rel.add_argument("--source", action="append", choices=list(DEFECT_SOURCES),
                     help=translate("milrep", "count defects from this source only "
                                              "(repeatable)"))
    rel.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    mon = rs.add_parser("monthly", help=translate(
        "milrep", "the monthly report to headquarters as PDF or XLSX"))
    mon.add_argument("--month", required=True, metavar="YYYY-MM",
                     help=translate("milrep", "the month, e.g. 2026-11"))
    mon.add_argument("--out", type=Path, required=True, metavar="FILE",
                     help=translate("milrep", "the file to write: .pdf or .xlsx"))
    mon.add_argument("--lang", choices=LANGUAGES,
                     help=translate("milrep", "language of the report (default: yours)"))
    mon.add_argument("--force", action="store_true",
                     help=translate("milrep", "overwrite an existing file"))
    return {"report": cmd_report}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "milrep", "\"{text}\" is not a date: write it as YYYY-MM-DD.").format(
                text=text)) from None


def cmd_report(args: argparse.Namespace) -> int:
    if args.report_command == "reliability":
        return _reliability(args)
    return _monthly(args)


# --- reliability -----------------------------------------------------------------------------------

def _reliability(args: argparse.Namespace) -> int:
    from milrep.reports.reliability import percent, reliability
    from milrep.reports.sources import ReportFilter

    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ValidationError(translate("milrep", "The period ends before it starts."),
                              field="date_to")
    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            s = uow.session
            f = ReportFilter(date_from=args.date_from, date_to=args.date_to,
                             contract_id=_contract(s, args.contract) if args.contract else None,
                             item_id=_item(s, args.item) if args.item else None,
                             sources=frozenset(args.source) if args.source else None)
            r = reliability(uow, actor, filter=f)
    finally:
        db.close()
    d = r.totals.decisions
    if args.json:
        print(json.dumps(_as_json(r), ensure_ascii=False, indent=2))
        return EXIT_OK
    if r.empty:
        print(translate("milrep", "No presentation was decided and no defect recorded in the "
                                  "period: every figure is zero."))
    print(translate("milrep", "Decided: {decided} (accepted {accepted}, returned {returned})")
          .format(decided=d.decided, accepted=d.accepted, returned=d.returned))
    print(translate("milrep", "First-pass acceptance rate: {rate} ({accepted} of {decided} "
                              "first presentations)").format(
        rate=percent(d.first_pass_rate), accepted=d.first_accepted, decided=d.first_decided))
    print(translate("milrep", "Return rate: {rate}").format(rate=percent(d.return_rate)))
    print(translate("milrep", "Defects: {total} ({sources})").format(
        total=r.totals.total_defects,
        sources=", ".join(f"{label} {n}" for _, label, n in r.by_source)))
    if r.months:
        print()
        print(translate("milrep", "Month     Decided  Returned  First pass  Defects"))
        for m, line in r.months:
            print(f"{m.label():8}  {line.decisions.decided:7}  {line.decisions.returned:8}  "
                  f"{percent(line.decisions.first_pass_rate):>10}  {line.total_defects:7}")
    if r.pareto:
        print()
        print(translate("milrep", "Defect categories (Pareto):"))
        for i, p in enumerate(r.pareto, start=1):
            print(f"{i:3}. {p.defects:5}  {percent(p.cumulative):>8}  {p.category} — {p.item}")
    return EXIT_OK


def _as_json(r: Any) -> dict[str, Any]:
    def decisions(d: Any) -> dict[str, Any]:
        return {"decided": d.decided, "accepted": d.accepted, "returned": d.returned,
                "first_decided": d.first_decided, "first_accepted": d.first_accepted,
                "first_pass_rate": d.first_pass_rate, "return_rate": d.return_rate,
                "accepted_quantity": d.accepted_quantity,
                "rejected_quantity": d.rejected_quantity}

    f = r.filter
    return {
        "filter": {"from": f.date_from.isoformat() if f.date_from else None,
                   "to": f.date_to.isoformat() if f.date_to else None,
                   "contract_id": str(f.contract_id) if f.contract_id else None,
                   "item_id": str(f.item_id) if f.item_id else None,
                   "sources": [k for k, _ in r.sources]},
        "totals": {**decisions(r.totals.decisions), "defects": r.totals.defects},
        "months": [{"month": m.key, **decisions(line.decisions), "defects": line.defects}
                   for m, line in r.months],
        "items": [{"item_id": str(uuid.UUID(hex=line.key)), "item": line.label,
                   **decisions(line.decisions), "defects": line.defects} for line in r.by_item],
        "pareto": [{"source": p.source, "item_id": str(p.item_id), "item": p.item,
                    "category": p.category, "defects": p.defects, "share": p.share,
                    "cumulative": p.cumulative} for p in r.pareto],
    }


def _contract(s: Session, number: str) -> uuid.UUID:
    from milrep.models.contracts import Contract

    found = s.scalar(select(Contract.id).where(Contract.number == number.strip()))
    if found is None:
        raise ValidationError(translate("milrep", "There is no contract No. {number}.").format(
            number=number), field="contract")
    return found


def _item(s: Session, text: str) -> uuid.UUID:
    from milrep.models.control_list import ControlListItem

    wanted = text.strip()
    found = s.scalars(select(ControlListItem.id).where(or_(
        ControlListItem.nomenclature_code == wanted, ControlListItem.name == wanted))).all()
    if len(found) != 1:
        message = (translate("milrep", "No control-list item has the code or name \"{item}\".")
                   if not found else translate("milrep", "Several items are called \"{item}\": "
                                                         "give the nomenclature code."))
        raise ValidationError(message.format(item=wanted), field="item")
    return found[0]


# --- monthly -------------------------------------------------------------------------------------

def _monthly(args: argparse.Namespace) -> int:
    from milrep import i18n
    from milrep.commands.documents import _write
    from milrep.reports.periods import parse_month

    month = parse_month(args.month)
    out: Path = args.out.expanduser()
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(translate("milrep", "Write the report to a .pdf or an .xlsx file "
                                                  "(got \"{name}\").").format(name=out.name),
                              field="out")
    if out.exists() and not args.force:
        raise UserError(translate("milrep", "{path} already exists. Use --force to overwrite it.")
                        .format(path=out))
    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow, i18n.language(args.lang):
            from milrep.reports.monthly import monthly_report

            report = monthly_report(uow, actor, month=month)
            if suffix == ".pdf":
                from milrep.documents.monthly_report import render_report

                data = render_report(uow.session, report)
            else:
                data = b""
                from milrep.reports.export import write_report_xlsx

                write_report_xlsx(out, report)
    finally:
        db.close()
    if suffix == ".pdf":
        _write(out, data)
    print(translate("milrep", "Written: {path} ({size:,} bytes)").format(
        path=out, size=out.stat().st_size))
    return EXIT_OK


__all__ = ["register", "cmd_report"]
