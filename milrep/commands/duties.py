"""The office's other duties from the command line (issue 6):

    milrep contract-review show CONTRACT [--json]
    milrep documents-register list [--stale] [--json]

``contract-review show`` prints the Article 22.4 checklist of the latest review of a contract's
draft (by contract number): each term of the law with its clause, found present or missing (from
the contract's record or by the reviewer, with the draft's clause), the remarks and the
conclusion. It exits 1 when the contract has no review.

``documents-register list`` prints the register of technical documents and national standards
with their revisions; ``--stale`` prints only the inspection requirements that still reference a
superseded or cancelled revision (the warnings), exiting 1 when there are any.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from milrep.commands.common import EXIT_OK, EXIT_REFUSED, open_db
from milrep.errors import NotFound
from milrep.i18n import translate


def register(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:  # type: ignore[type-arg]
    p = sub.add_parser("contract-review", help=translate(
        "milrep", "draft contract reviews: the Article 22.4 checklist"))
    r_sub = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    show = r_sub.add_parser("show", help=translate(
        "milrep", "the checklist, remarks and conclusion of the latest review of a contract"))
    show.add_argument("contract", metavar="CONTRACT", help=translate("milrep", "contract number"))
    show.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))

    d = sub.add_parser("documents-register", help=translate(
        "milrep", "the register of technical documents and national standards"))
    d_sub = d.add_subparsers(dest="register_command", metavar="ACTION", required=True)
    ls = d_sub.add_parser("list", help=translate(
        "milrep", "documents with their revisions, by designation"))
    ls.add_argument("--stale", action="store_true", help=translate(
        "milrep", "only requirements referencing a superseded or cancelled revision (exit 1 "
        "when there are any)"))
    ls.add_argument("--json", action="store_true", help=translate("milrep", "print JSON"))
    return {"contract-review": cmd_contract_review, "documents-register": cmd_documents_register}


def cmd_contract_review(args: argparse.Namespace) -> int:
    from milrep.models.contracts import Contract
    from milrep.rules.contract_terms import status_label, verdict_label
    from milrep.services.contract_reviews import reviews_of_contract

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            number = args.contract.strip()
            contract_id = uow.session.scalar(select(Contract.id).where(Contract.number == number))
            if contract_id is None:
                raise NotFound(translate("milrep", "There is no contract No. {number}.")
                               .format(number=number))
            reviews = reviews_of_contract(uow, actor, contract_id=contract_id)
    finally:
        db.close()
    if not reviews:
        print(translate("milrep", "The draft of contract {number} has not been reviewed.")
              .format(number=number))
        return EXIT_REFUSED
    r = reviews[0]
    if args.json:
        print(json.dumps(_review_json(r), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(translate("milrep", "Review of the draft of contract {number}, opened {date}").format(
        number=r.contract_number, date=r.opened_on.isoformat()))
    if r.draft_ref:
        print(translate("milrep", "Draft as received: {ref}").format(ref=r.draft_ref))
    print()
    for term in r.terms:
        where = term.clause_ref or (translate("milrep", "contract record") if term.derived else "")
        line = f"{term.clause:<9} {status_label(term.status):<15} {term.law_text}"
        if where:
            line += f"  [{where}]"
        print(line)
        if term.remark:
            print(f"{'':<25} {term.remark}")
    print()
    print(translate("milrep", "Remarks:") + " " + (r.remarks or translate("milrep", "none")))
    state = (translate("milrep", "conclusion No. {number}").format(number=r.conclusion_number)
             if r.conclusion_number else translate("milrep", "not concluded yet"))
    print(f"{verdict_label(r.verdict)} ({state})")
    return EXIT_OK


def _review_json(r: Any) -> dict[str, Any]:
    return {"contract": r.contract_number, "opened_on": r.opened_on.isoformat(),
            "draft": r.draft_ref, "status": r.status.value, "remarks": r.remarks,
            "verdict": r.verdict.value, "conclusion": r.conclusion_number or None,
            "terms": [{"clause": t.clause, "term": t.code, "law": t.law_text,
                       "status": t.status.value, "derived": t.derived,
                       "draft_clause": t.clause_ref, "remark": t.remark} for t in r.terms],
            "missing": [t.clause for t in r.missing]}


def cmd_documents_register(args: argparse.Namespace) -> int:
    from milrep.services.tech_documents import (kind_label, list_documents,
                                                revision_status_label, stale_references)

    db, actor = open_db(args)
    try:
        with db.unit_of_work() as uow:
            docs = list_documents(uow, actor)
        with db.unit_of_work() as uow:
            stale = stale_references(uow, actor)
    finally:
        db.close()
    if args.stale:
        if args.json:
            print(json.dumps([{"item": w.item, "characteristic": w.characteristic,
                               "document": w.designation, "revision": w.revision,
                               "status": w.status.value, "clause": w.clause,
                               "current": w.current or None} for w in stale],
                             ensure_ascii=False, indent=2))
        elif not stale:
            print(translate("milrep", "No requirement references a superseded or cancelled "
                                      "revision."))
        for w in stale if not args.json else ():
            print(translate("milrep", "{item}: {characteristic} references {document} rev. "
                                      "{revision}, cl. {clause} ({status}; current: {current})")
                  .format(item=w.item, characteristic=w.characteristic, document=w.designation,
                          revision=w.revision, clause=w.clause,
                          status=revision_status_label(w.status).lower(),
                          current=w.current or "—"))
        return EXIT_REFUSED if stale else EXIT_OK
    if args.json:
        print(json.dumps([{
            "designation": d.form.designation, "title": d.form.title, "kind": d.form.kind.value,
            "remarks": d.form.remarks,
            "revisions": [{"number": r.number, "dated": r.dated.isoformat(),
                           "status": r.status.value, "remarks": r.remarks,
                           "referenced_by": r.references} for r in d.revisions]}
            for d in docs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not docs:
        print(translate("milrep", "The register is empty."))
    rev = translate("milrep", "rev.")
    for d in docs:
        print(f"{d.form.designation}  {d.form.title}  ({kind_label(d.form.kind)})")
        for r in d.revisions:
            print(f"    {rev} {r.number:<6} {r.dated.isoformat()}  "
                  f"{revision_status_label(r.status):<11} {r.remarks}".rstrip())
    if stale:
        print()
        print(translate("milrep", "Warning: {n} requirement(s) reference a superseded or "
                                  "cancelled revision (milrep documents-register list --stale).")
              .format(n=len(stale)))
    return EXIT_OK
