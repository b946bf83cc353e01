"""``milrep asset``: the register of material assets (Article 27.3.5) from the command line.

    milrep asset list [--at DATE] [--json]
    milrep asset balance INVENTORY_NUMBER [--at DATE] [--json]
    milrep asset export --format xlsx|csv|pdf --out FILE [--at DATE] [--force]
    milrep asset export --movements --from DATE --to DATE --format xlsx|csv|pdf --out FILE

Balances are those the movements give at the end of ``--at`` (today by default). ``export``
writes the register (or, with ``--movements``, the movements of a period) through the same
services as the desktop application; the file is written whole or not at all, and an existing
file is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from milrep.commands.common import EXIT_OK, EXIT_REFUSED, err, open_db
from milrep.i18n import translate


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "milrep", "not a date (YYYY-MM-DD): {v}").format(v=value)) from None


def register(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:  # type: ignore[type-arg]
    p = sub.add_parser("asset", help=translate(
        "milrep", "material assets: list the register, a balance, export"))
    a_sub = p.add_subparsers(dest="asset_command", metavar="ACTION", required=True)

    ls = a_sub.add_parser("list", help=translate("milrep", "list the register with balances"))
    ls.add_argument("--at", type=_date, metavar="DATE",
                    help=translate("milrep", "balances at the end of this day (default: today)"))
    ls.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    bal = a_sub.add_parser("balance", help=translate(
        "milrep", "the balance of one asset, by location"))
    bal.add_argument("number", metavar="INVENTORY_NUMBER",
                     help=translate("milrep", "inventory number"))
    bal.add_argument("--at", type=_date, metavar="DATE",
                     help=translate("milrep", "at the end of this day (default: today)"))
    bal.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    ex = a_sub.add_parser("export", help=translate(
        "milrep", "write the register, or the movements of a period, as XLSX, CSV or PDF"))
    ex.add_argument("--format", required=True, choices=["xlsx", "csv", "pdf"], dest="fmt",
                    help=translate("milrep", "file format"))
    ex.add_argument("--out", type=Path, required=True, metavar="FILE",
                    help=translate("milrep", "the file to write"))
    ex.add_argument("--movements", action="store_true",
                    help=translate("milrep", "the movements of a period instead of the register"))
    ex.add_argument("--from", type=_date, dest="date_from", metavar="DATE",
                    help=translate("milrep", "first day of the period (with --movements)"))
    ex.add_argument("--to", type=_date, dest="date_to", metavar="DATE",
                    help=translate("milrep", "last day of the period (with --movements; "
                                   "default: today)"))
    ex.add_argument("--at", type=_date, metavar="DATE",
                    help=translate("milrep", "register balances at the end of this day"))
    ex.add_argument("--force", action="store_true",
                    help=translate("milrep", "replace an existing file"))
    return {"asset": cmd_asset}


def cmd_asset(args: argparse.Namespace) -> int:
    return {"list": _list, "balance": _balance, "export": _export}[args.asset_command](args)


def _num(d: Decimal) -> str:
    return format(d, "f")


def _list(args: argparse.Namespace) -> int:
    from milrep.services.assets import list_assets, status_label

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            rows = list_assets(uow, actor, on=args.at or dt.date.today())
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "inventory_number": r.inventory_number, "name": r.name, "category": r.category.value,
            "origin": r.origin.value, "contract": r.contract_number, "unit": r.unit,
            "balance": _num(r.balance), "unit_cost": _num(r.unit_cost),
            "total_cost": _num(r.total_cost), "location": r.location,
            "responsible": r.responsible, "status": r.status.value,
            "acquisition_document": r.acquisition_doc_number,
            "acquisition_date": r.acquisition_doc_date.isoformat()} for r in rows],
            ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(translate("milrep", "The register has no assets on this date."))
        return EXIT_OK
    for r in rows:
        print(f"{r.inventory_number:<16} {_num(r.balance):>10} {r.unit:<6} "
              f"{status_label(r.status):<24} {r.location:<28} {r.name}")
    return EXIT_OK


def _balance(args: argparse.Namespace) -> int:
    from milrep.services.assets import find_asset

    on = args.at or dt.date.today()
    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            d = find_asset(uow, actor, inventory_number=args.number, on=on)
    finally:
        db.close()
    a = d.asset
    if args.json:
        print(json.dumps({"inventory_number": a.inventory_number, "name": a.name,
                          "at": on.isoformat(), "unit": a.unit, "balance": _num(a.balance),
                          "by_location": {k: _num(v) for k, v in d.by_location}},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    print(translate("milrep", "{number} {name}: {balance} {unit} at the end of {date}").format(
        number=a.inventory_number, name=a.name, balance=_num(a.balance), unit=a.unit,
        date=on.isoformat()))
    for place, q in d.by_location:
        print(f"  {place}: {_num(q)} {a.unit}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from milrep.services import asset_exports

    out: Path = args.out
    if out.exists() and not args.force:
        err(translate("milrep", "{path} already exists; add --force to replace it.")
            .format(path=out))
        return EXIT_REFUSED
    if args.movements and args.date_from is None:
        err(translate("milrep", "Give the first day of the period with --from."))
        return EXIT_REFUSED
    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            result: Any
            if args.movements:
                result = asset_exports.export_movements(
                    uow, actor, path=out, fmt=args.fmt, date_from=args.date_from,
                    date_to=args.date_to or dt.date.today())
            else:
                result = asset_exports.export_register(uow, actor, path=out, fmt=args.fmt,
                                                       on=args.at)
    finally:
        db.close()
    print(translate("milrep", "Wrote {path} ({n} rows).").format(path=result.path, n=result.rows))
    return EXIT_OK
