"""``milrep reclamation``: reclamations under Article 29 from the command line.

    milrep reclamation list [--status STATUS] [--open] [--json]
    milrep reclamation show NUMBER [--json]

The act prints with ``milrep document pdf reclamation_act NUMBER``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from milrep.commands.common import EXIT_OK, open_db
from milrep.i18n import translate
from milrep.models.reclamations import ReclamationStatus


def register(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:  # type: ignore[type-arg]
    p = sub.add_parser("reclamation", help=translate(
        "milrep", "reclamations under Article 29: list, show"))
    r_sub = p.add_subparsers(dest="reclamation_command", metavar="ACTION", required=True)
    ls = r_sub.add_parser("list", help=translate("milrep", "list the reclamations, newest "
                                                 "notification first"))
    ls.add_argument("--status", choices=[s.value for s in ReclamationStatus],
                    help=translate("milrep", "only reclamations with this status"))
    ls.add_argument("--open", action="store_true",
                    help=translate("milrep", "only reclamations not closed"))
    ls.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    show = r_sub.add_parser("show", help=translate("milrep", "show one reclamation"))
    show.add_argument("number", metavar="NUMBER", help=translate("milrep", "reclamation number"))
    show.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    return {"reclamation": cmd_reclamation}


def cmd_reclamation(args: argparse.Namespace) -> int:
    return {"list": _list, "show": _show}[args.reclamation_command](args)


def summary_json(r: Any) -> dict[str, Any]:
    p = r.penalty
    return {"number": r.number, "status": r.status.value, "notified_on": r.notified_on.isoformat(),
            "recipient": r.recipient_name, "contract": r.contract_number, "item": r.item_name,
            "lot": r.lot_number, "serials": list(r.serials), "quantity": r.quantity,
            "defect": r.defect_description, "remedy": r.remedy.value if r.remedy else None,
            "penalty_days": p.days if p else None, "term_days": p.term_days if p else None,
            "overdue": bool(p and p.overdue)}


def detail_json(r: Any) -> dict[str, Any]:
    out = summary_json(r)
    o = r.outcome
    out.update(
        notification_ref=r.notification_ref, defect_found_on=r.defect_found_on.isoformat(),
        characteristic=r.characteristic_name or None, storage_place=r.storage_place,
        warranty={"basis": r.warranty_basis.value, "start": r.warranty_start.isoformat(),
                  "months": r.warranty_months, "ends": r.warranty_ends.isoformat()},
        commission={"formed_on": r.commission_formed_on.isoformat()
                    if r.commission_formed_on else None,
                    "members": [{"party": m.party.value, "name": m.name,
                                 "organization": m.organization, "role": m.role}
                                for m in r.members]},
        findings=None if r.findings is None else {
            "findings_on": r.findings_on.isoformat() if r.findings_on else None,
            "cause": r.cause, **{k: getattr(r.findings, k)
                                 for k in r.findings.__dataclass_fields__}},
        outcome=None if o is None else {
            "at_fault": o.at_fault, "penalties": o.penalties,
            "return_grounds": list(o.return_grounds), "whole_lot_return": o.whole_lot_return,
            "remedies": [x.value for x in o.remedies], "suspension_ground": o.suspension_ground,
            "clauses": list(o.clauses), "reasons": list(o.reasons)},
        remedy_started_on=r.remedy_started_on.isoformat() if r.remedy_started_on else None,
        remedy_completed_on=r.remedy_completed_on.isoformat() if r.remedy_completed_on
        else None,
        suspension=r.suspension_number or None,
        closed_on=r.closed_on.isoformat() if r.closed_on else None)
    return out


def _list(args: argparse.Namespace) -> int:
    from milrep.services.reclamation_labels import status_label
    from milrep.services.reclamation_views import list_reclamations

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            status = ReclamationStatus(args.status) if args.status else None
            rows = list_reclamations(uow, actor, status=status)
    finally:
        db.close()
    if args.open:
        rows = tuple(r for r in rows if r.status != ReclamationStatus.CLOSED)
    if args.json:
        print(json.dumps([summary_json(r) for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(translate("milrep", "No reclamations."))
        return EXIT_OK
    for r in rows:
        p = r.penalty
        days = ""
        if p is not None:
            days = translate("milrep", "{days} d").format(days=p.days)
            if p.overdue:
                days += " " + translate("milrep", "OVERDUE")
        print(f"{r.number:<24} {r.notified_on.isoformat()}  {status_label(r.status):<18} "
              f"{days:<12} {r.item_name}  {r.lot_number}  {r.defect_description}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from milrep.services.reclamation_labels import (basis_label, party_label, remedy_label,
                                                    status_label)
    from milrep.services.reclamation_views import find_reclamation

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            r = find_reclamation(uow, actor, number=args.number)
    finally:
        db.close()
    if args.json:
        print(json.dumps(detail_json(r), ensure_ascii=False, indent=2))
        return EXIT_OK
    label = {"reclamation": translate("milrep", "Reclamation"),
             "recipient": translate("milrep", "Recipient"),
             "contract": translate("milrep", "Contract"),
             "contractor": translate("milrep", "Contractor"),
             "item": translate("milrep", "Item"), "lot": translate("milrep", "Lot"),
             "serials": translate("milrep", "Serial numbers"),
             "defect": translate("milrep", "Defect"),
             "found": translate("milrep", "Defect found on"),
             "notified": translate("milrep", "Notification received on")}
    lines = [
        f"{label['reclamation']} {r.number} — {status_label(r.status)}",
        f"{label['recipient']}: {r.recipient_name} {r.notification_ref}".rstrip(),
        f"{label['contract']}: {r.contract_number}   {label['contractor']}: {r.contractor_name}",
        f"{label['item']}: {r.item_name}   {label['lot']}: {r.lot_number or '—'}   "
        f"{label['serials']}: {', '.join(r.serials) or '—'}",
        f"{label['defect']}: {r.defect_description}",
        f"{label['found']}: {r.defect_found_on.isoformat()}   "
        f"{label['notified']}: {r.notified_on.isoformat()}",
        translate("milrep", "Warranty: {months} months, {start} to {end} ({basis})").format(
            months=r.warranty_months, start=r.warranty_start.isoformat(),
            end=r.warranty_ends.isoformat(), basis=basis_label(r.warranty_basis)),
    ]
    if r.commission_formed_on:
        lines.append(translate("milrep", "Joint commission formed on {date}:").format(
            date=r.commission_formed_on.isoformat()))
        lines += [f"  - {m.name}, {m.organization} ({party_label(m.party)}) {m.role}".rstrip()
                  for m in r.members]
    if r.outcome is not None:
        lines.append(translate("milrep", "Findings of {date}: {cause}").format(
            date=r.findings_on.isoformat() if r.findings_on else "", cause=r.cause))
        lines += [f"  * {x}" for x in r.outcome.reasons]
    if r.remedy is not None:
        lines.append(translate("milrep", "Remedy") + f": {remedy_label(r.remedy)}")
    if r.penalty is not None:
        p = r.penalty
        text = translate("milrep", "Penalty period: {days} days").format(days=p.days)
        if p.term_days is not None:
            text += " / " + translate("milrep", "term {term} days").format(term=p.term_days)
        if p.overdue:
            text += " — " + translate("milrep", "overdue by {days} days").format(
                days=p.overdue_days)
        lines.append(text)
    if r.suspension_number:
        lines.append(translate("milrep", "Suspension (Article 27.4.8): {number}").format(
            number=r.suspension_number))
    elif r.needs_suspension:
        lines.append(translate("milrep", "The same defect is in goods in production: a "
                                         "suspension is proposed (Article 27.4.8)."))
    print("\n".join(lines))
    return EXIT_OK
