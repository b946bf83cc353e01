"""The return notice: a presented lot sent back to the plant with the defects found, and what the
plant must do before presenting it again (DESIGN.md §3, step 4)."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from milrep.documents.acceptance_data import (answer_text, load_inspection, requirement_text,
                                              serial_range, severity_text)
from milrep.documents.layout import Column, DocumentHead, OfficialDocument, fmt_date, fmt_decimal
from milrep.documents.registry import protocol_number
from milrep.documents.sources import contract_label, item_label, letterhead, signature
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.acceptance import ReturnNotice
from milrep.models.requirements import CharacteristicKind
from milrep.services.inspections import kind_label
from milrep.services.nonconformities import disposition_label
from milrep.services.presentations import presented_serials


def render(session: Session, notice_id: uuid.UUID) -> bytes:
    notice = session.get(ReturnNotice, notice_id)
    if notice is None:
        raise NotFound(translate("milrep", "The return notice no longer exists."))
    f = load_inspection(session, notice.inspection_id)
    p, item = f.presentation, f.ctx.item
    serials = presented_serials(session, p)
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(session), title=translate("milrep", "Return notice"),
        number=notice.number, date=notice.issued_on, classification=f.ctx.classification,
        subtitle=translate("milrep", "on the return of lot {lot} of {item} for rework").format(
            lot=f.lot.number, item=item.name),
        keywords=(f.lot.number, p.number)))

    doc.facts([
        (translate("milrep", "To"), f.ctx.contractor),
        (translate("milrep", "Contract"), contract_label(f.ctx.contract)),
        (translate("milrep", "Item"), item_label(item)),
        (translate("milrep", "Lot"), f.lot.number),
        (translate("milrep", "Notice of presentation"), translate(
            "milrep", "No. {number} of {date}").format(number=p.number,
                                                      date=fmt_date(p.presented_on))),
        (translate("milrep", "Attempt"), str(p.attempt)),
        (translate("milrep", "Quantity presented"), f"{p.quantity} {item.unit}"),
        *([(translate("milrep", "Serial numbers presented"), serial_range(serials))]
          if serials else []),
        (translate("milrep", "Inspection"), translate(
            "milrep", "{kind}, protocol No. {protocol}").format(
                kind=kind_label(f.inspection.kind), protocol=protocol_number(p))),
    ])

    doc.paragraph(translate(
        "milrep", "The military representative office returns the lot named above to the "
        "contractor: it does not meet the requirements of the technical documentation and the "
        "contract. The defects found are listed below."), indent=True)

    doc.section(translate("milrep", "Defects found"))
    defects: list[dict[str, Any]] = json.loads(notice.defects or "[]")
    reqs = {str(r.id): r for r in f.requirements}
    rows, marked = [], []
    for i, d in enumerate(defects, start=1):
        req = reqs.get(str(d.get("requirement_id")))
        if d.get("requirement_id") is None:  # a completeness line found short
            found = translate("milrep", "found {found} of {expected} {unit}").format(
                found=d.get("found"), expected=d.get("expected"), unit=d.get("unit", "")).strip()
            rows.append([str(i), translate("milrep", "Completeness: {name}").format(
                name=d.get("name", "")), severity_text(d.get("severity", "major")), "", found,
                translate("milrep", "{expected} {unit}").format(
                    expected=d.get("expected"), unit=d.get("unit", "")).strip()])
        else:
            unit = d.get("unit") or ""
            value = _dec(d.get("value"))
            result = (f"{fmt_decimal(value)} {unit}".strip() if value is not None
                      else answer_text(d.get("answer") or "") or "—")
            kind = req.kind if req is not None else (
                CharacteristicKind.VARIABLE if value is not None else CharacteristicKind.ATTRIBUTE)
            required = requirement_text(kind, _dec(d.get("lower_limit")),
                                        _dec(d.get("upper_limit")), unit,
                                        req.allowed_answers if req is not None else "")
            unit_no = d.get("serial") or (translate("milrep", "sample {n}").format(
                n=d.get("sample_no")) if d.get("sample_no") else "")
            rows.append([str(i), d.get("name", ""), severity_text(d.get("severity", "major")),
                         unit_no, result, required])
        marked.append((i - 1, 4))
    doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
               Column(translate("milrep", "Characteristic"), 2.6),
               Column(translate("milrep", "Class"), 1.3),
               Column(translate("milrep", "Unit (serial No.)"), 1.15),
               Column(translate("milrep", "Found"), 1.25, "RIGHT"),
               Column(translate("milrep", "Required"), 1.6)], rows, marked=marked,
              empty=translate("milrep", "The inspection recorded no nonconforming result; the "
                                        "reason for the return is given below."))
    if f.inspection.verdict_reason:
        doc.paragraph(translate("milrep", "Reason for the return: {reason}").format(
            reason=f.inspection.verdict_reason))

    if f.nonconformities:
        doc.section(translate("milrep", "Nonconformities registered"))
        doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
                   Column(translate("milrep", "Description"), 4.2),
                   Column(translate("milrep", "Class"), 1.3),
                   Column(translate("milrep", "Disposition"), 1.6)],
                  [[str(i), nc.description, severity_text(nc.severity),
                    disposition_label(nc.disposition) if nc.disposition else "—"]
                   for i, nc in enumerate(f.nonconformities, start=1)])

    doc.section(translate("milrep", "The contractor shall"))
    failed = _failed_names(notice, f.requirements)
    todo = [
        translate("milrep", "analyse the causes of the defects and take corrective actions that "
                            "prevent them from recurring;"),
        translate("milrep", "rework the lot (remove the defects from every unit concerned) and "
                            "inspect it again in its quality department (OTK);"),
        translate("milrep", "present the lot again with a new notice of presentation as attempt "
                            "{attempt}, with the report on the causes and the actions taken.")
        .format(attempt=p.attempt + 1),
    ]
    doc.bullets(todo)
    if failed:
        doc.paragraph(translate("milrep", "At the next presentation only these characteristics "
                                          "are re-tested: {names}.").format(
            names=", ".join(failed)), indent=True)

    sig = signature(session, notice.signature_id)
    doc.signatures([sig] if sig else [], blank=[
        (translate("milrep", "Received for the contractor"), "")])
    return doc.build()


def _dec(x: object) -> Decimal | None:
    if x is None or x == "":
        return None
    try:
        return Decimal(str(x))
    except InvalidOperation:
        return None


def _failed_names(notice: ReturnNotice, requirements: tuple[Any, ...]) -> list[str]:
    ids = set(json.loads(notice.failed_requirements or "[]"))
    return [r.name for r in requirements if r.characteristic_id is not None
            and str(r.characteristic_id) in ids]
