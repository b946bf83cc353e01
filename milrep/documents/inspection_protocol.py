"""The protocol of an inspection or acceptance test (ПСИ, Article 27.4.3): what was presented, the
sampling plan, the requirements as copied at opening, the measurement grid with values out of
limits marked, the instruments used with their calibration, completeness, nonconformities and the
verdict with its reason, signed. An inspection not yet decided prints as a draft."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy.orm import Session

from milrep.documents.acceptance_data import (InspectionFacts, load_inspection,
                                              requirement_text, result_text, serial_range,
                                              severity_text)
from milrep.documents.layout import (Column, DocumentHead, OfficialDocument, fmt_date,
                                     fmt_decimal, fmt_time)
from milrep.documents.registry import protocol_number
from milrep.documents.sources import (contract_label, item_label, letterhead, signature,
                                      tech_doc_label, user_name)
from milrep.i18n import translate
from milrep.models.acceptance import InspectionKind, InspectionStatus, Verdict
from milrep.models.requirements import CharacteristicKind, SamplingMode, Severity
from milrep.services.inspections import kind_label, verdict_label
from milrep.services.nonconformities import disposition_label
from milrep.services.presentations import presented_serials

GRID_COLUMNS = 6  # characteristics per results table; more are continued in another table


def title_for(kind: InspectionKind) -> str:
    return {
        InspectionKind.ACCEPTANCE_TEST: translate("milrep", "Protocol of acceptance tests"),
        InspectionKind.INSPECTION: translate("milrep", "Inspection protocol"),
        InspectionKind.WORK_STAGE: translate("milrep", "Protocol of inspection of a work stage"),
        InspectionKind.SERVICE_ACT: translate("milrep", "Protocol of inspection of a service "
                                                        "rendered"),
    }[kind]


def render(session: Session, inspection_id: uuid.UUID) -> bytes:
    f = load_inspection(session, inspection_id)
    insp, p, item = f.inspection, f.presentation, f.ctx.item
    decided = insp.status is InspectionStatus.DECIDED
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(session), title=title_for(insp.kind), number=protocol_number(p),
        date=(insp.decided_at or insp.opened_at).date(), classification=f.ctx.classification,
        subtitle=translate("milrep", "{item}, lot {lot}, attempt {attempt}").format(
            item=item.name, lot=f.lot.number, attempt=p.attempt),
        draft="" if decided else translate(
            "milrep", "DRAFT: the inspection is not decided; results may still change."),
        keywords=(f.lot.number, p.number)))

    doc.section(translate("milrep", "General information"))
    serials = presented_serials(session, p)
    rows = [
        (translate("milrep", "Contract"), contract_label(f.ctx.contract)),
        (translate("milrep", "Contractor"), f.ctx.contractor),
        (translate("milrep", "Item"), item_label(item)),
        (translate("milrep", "Technical documentation"), tech_doc_label(item)),
        (translate("milrep", "Notice of presentation"), translate(
            "milrep", "No. {number} of {date}").format(number=p.number,
                                                      date=fmt_date(p.presented_on))),
        (translate("milrep", "Lot"), f.lot.number + (
            translate("milrep", ", made on {date}").format(date=fmt_date(f.lot.manufactured_on))
            if f.lot.manufactured_on else "")),
        (translate("milrep", "Quantity presented"), f"{p.quantity} {item.unit}"),
    ]
    if serials:
        rows.append((translate("milrep", "Serial numbers presented"), serial_range(serials)))
    rows.append((translate("milrep", "Attempt"), _attempt_text(f)))
    if p.otk_reference:
        rows.append((translate("milrep", "Inspection by the plant's quality department (OTK)"),
                     p.otk_reference))
    rows += [
        (translate("milrep", "Kind of inspection"), kind_label(insp.kind)),
        (translate("milrep", "Opened"), translate("milrep", "{time}, {person}").format(
            time=fmt_time(insp.opened_at), person=user_name(session, insp.opened_by))),
    ]
    doc.facts(rows)

    doc.section(translate("milrep", "Sampling plan"))
    _plan(doc, f.plan)

    doc.section(translate("milrep", "Characteristics checked"))
    doc.note(translate("milrep", "As copied from the item's requirements when the inspection was "
                                 "opened."))
    doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
               Column(translate("milrep", "Characteristic"), 2.5),
               Column(translate("milrep", "Class"), 1.35),
               Column(translate("milrep", "Nominal"), 0.9, "RIGHT"),
               Column(translate("milrep", "Required"), 1.6),
               Column(translate("milrep", "Method, reference"), 2.2),
               Column(translate("milrep", "Units checked"), 1.05, "RIGHT")],
              [[str(i), r.name, severity_text(r.severity),
                fmt_decimal(r.nominal) + (f" {r.unit}" if r.nominal is not None and r.unit
                                          else ""),
                requirement_text(r.kind, r.lower_limit, r.upper_limit, r.unit,
                                 r.allowed_answers),
                _method_and_reference(r),
                str(f.samples_for[r.id])]
               for i, r in enumerate(f.requirements, start=1)])

    doc.section(translate("milrep", "Results"))
    _grid(doc, f)

    doc.section(translate("milrep", "Measuring instruments used"))
    used_for: dict[uuid.UUID, set[int]] = {}
    number_of = {r.id: i for i, r in enumerate(f.requirements, start=1)}
    for m in f.measurements:
        if m.instrument_id is not None:
            used_for.setdefault(m.instrument_id, set()).add(number_of.get(m.requirement_id, 0))
    doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
               Column(translate("milrep", "Instrument"), 2.2),
               Column(translate("milrep", "Serial No."), 1.1),
               Column(translate("milrep", "Range, accuracy"), 1.6),
               Column(translate("milrep", "Calibrated on"), 1.0, "CENTER"),
               Column(translate("milrep", "Calibration due"), 1.0, "CENTER"),
               Column(translate("milrep", "For characteristic No."), 1.3)],
              [[str(i), " ".join(x for x in (inst.name, inst.instrument_type) if x), inst.serial,
                "; ".join(x for x in (inst.measuring_range, inst.accuracy) if x),
                fmt_date(inst.calibrated_on), fmt_date(inst.calibration_due),
                ", ".join(str(n) for n in sorted(used_for.get(inst.id, ())))]
               for i, inst in enumerate(f.instruments, start=1)],
              empty=translate("milrep", "No measuring instrument was recorded with the results."))

    doc.section(translate("milrep", "Completeness"))
    short = [(i, 3) for i, c in enumerate(f.completeness)
             if c.found_quantity is not None and c.found_quantity < c.expected_quantity]
    doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
               Column(translate("milrep", "Component of the set"), 4.0),
               Column(translate("milrep", "Required"), 1.0, "RIGHT"),
               Column(translate("milrep", "Found"), 1.0, "RIGHT"),
               Column(translate("milrep", "Unit"), 0.8)],
              [[str(i), c.name, str(c.expected_quantity),
                "—" if c.found_quantity is None else str(c.found_quantity), c.unit]
               for i, c in enumerate(f.completeness, start=1)], marked=short,
              empty=translate("milrep", "The item has no completeness list."))

    doc.section(translate("milrep", "Nonconformities"))
    _nonconformities(doc, f)

    if f.attachments:
        doc.section(translate("milrep", "Photos and scans kept with the inspection"))
        doc.table([Column(translate("milrep", "File"), 2.5),
                   Column(translate("milrep", "Size, bytes"), 1.0, "RIGHT"),
                   Column(translate("milrep", "SHA-256"), 4.0)],
                  [[a.filename, f"{a.size:,}".replace(",", "\u00a0"), a.sha256]
                   for a in f.attachments])

    doc.section(translate("milrep", "Conclusion"))
    _conclusion(doc, f)
    sig = signature(session, insp.signature_id)
    doc.signatures([sig] if sig else [], blank=[
        (translate("milrep", "Representative of the plant's quality department (OTK)"), "")])
    return doc.build()


def _attempt_text(f: InspectionFacts) -> str:
    p = f.presentation
    if f.inspection.retest_only:
        return translate("milrep", "{attempt} (re-presentation after a return: only the "
                                   "characteristics that failed are re-tested)").format(
            attempt=p.attempt)
    return str(p.attempt)


def _plan(doc: OfficialDocument, plan: Mapping[str, Any]) -> None:
    quantity = int(plan["quantity"])
    mode = plan.get("mode")
    classes = plan.get("classes", {})
    if mode == SamplingMode.ISO2859.value:
        iso = plan.get("iso", {})
        doc.paragraph(translate(
            "milrep", "Single sampling per ISO 2859-1 (MIL-STD-105E), inspection level {level}, "
            "{severity} inspection; lot of {quantity} units.").format(
                level=iso.get("level", ""), severity=_switching(iso.get("severity", "normal")),
                quantity=quantity))
        rows = []
        for sev in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR):
            c = classes.get(sev.value)
            if c is None:
                continue
            letters = iso.get(sev.value, {})
            # Table I gives table_letter; the table's arrows may lead to another code_letter
            letter = letters.get("code_letter", "")
            if letters.get("table_letter") and letters.get("table_letter") != letter:
                letter = f"{letters['table_letter']} \u2192 {letter}"
            rows.append([severity_text(sev), letters.get("aql", "—") if letters else "—",
                         letter or "—", str(c["n"]), _num(c.get("ac")), _num(c.get("re"))])
        doc.table([Column(translate("milrep", "Class"), 1.4),
                   Column(translate("milrep", "AQL, %"), 0.9, "RIGHT"),
                   Column(translate("milrep", "Code letter"), 1.0, "CENTER"),
                   Column(translate("milrep", "Sample size n"), 1.1, "RIGHT"),
                   Column(translate("milrep", "Acceptance number Ac"), 1.4, "RIGHT"),
                   Column(translate("milrep", "Rejection number Re"), 1.4, "RIGHT")], rows)
        doc.note(translate("milrep", "Critical nonconformities are not tolerated: one returns the "
                                     "lot. An arrow shows a code letter moved by the table's "
                                     "arrows."))
    elif mode == SamplingMode.FIXED.value and not plan.get("inspect_all"):
        doc.paragraph(translate(
            "milrep", "Fixed sample of {n} units from a lot of {quantity}; the lot is accepted "
            "when no sampled unit is nonconforming (Ac 0, Re 1).").format(
                n=plan.get("sample_size"), quantity=quantity))
    else:
        doc.paragraph(translate(
            "milrep", "100 % inspection: each of the {quantity} units presented is inspected and "
            "judged on its own.").format(quantity=quantity))


def _num(x: object) -> str:
    return "—" if x is None else str(x)


def _switching(severity: str) -> str:
    return {"normal": translate("milrep", "normal"),
            "tightened": translate("milrep", "tightened"),
            "reduced": translate("milrep", "reduced")}.get(severity, severity)


def _grid(doc: OfficialDocument, f: InspectionFacts) -> None:
    reqs = list(f.requirements)
    n_samples = max(f.samples_for.values(), default=0)
    if not reqs or n_samples == 0:
        doc.note(translate("milrep", "No characteristic was checked."))
        return
    serial_of: dict[int, str] = {}
    for m in f.measurements:
        if m.serial:
            serial_of.setdefault(m.sample_no, m.serial)
    chunks = [reqs[i:i + GRID_COLUMNS] for i in range(0, len(reqs), GRID_COLUMNS)]
    first_no = 1
    bad = 0
    for chunk in chunks:
        if len(chunks) > 1:
            doc.note(translate("milrep", "Characteristics {first}–{last}").format(
                first=first_no, last=first_no + len(chunk) - 1))
        columns = [Column(translate("milrep", "Sample"), 0.8, "RIGHT"),
                   Column(translate("milrep", "Serial No."), 0.95)]
        for i, r in enumerate(chunk, start=first_no):
            head = f"{i}. {r.name}" + (f", {r.unit}" if r.unit else "")
            if r.kind == CharacteristicKind.VARIABLE:
                head += "\n" + requirement_text(r.kind, r.lower_limit, r.upper_limit, "",
                                                r.allowed_answers)
            columns.append(Column(head, 1.3, "RIGHT" if r.kind == CharacteristicKind.VARIABLE
                                  else "CENTER"))
        rows: list[Sequence[str]] = []
        marked: list[tuple[int, int]] = []
        for sample in range(1, n_samples + 1):
            row = [str(sample), serial_of.get(sample, "")]
            for c, r in enumerate(chunk, start=2):
                if sample > f.samples_for[r.id]:
                    row.append("")  # not in this class's sample
                    continue
                m = f.cell(r.id, sample)
                if m is None:
                    row.append("—")
                    continue
                row.append(result_text(m.value, m.answer))
                if not m.conforms:
                    marked.append((sample - 1, c))
                    bad += 1
            rows.append(row)
        doc.table(columns, rows, marked=marked, width_mm=22)
        first_no += len(chunk)
    doc.legend(translate("milrep", "\u2717 out of limits or not conforming;  \u2014 not measured;  "
                                   "a blank cell: the unit is outside that class's sample."))


def _nonconformities(doc: OfficialDocument, f: InspectionFacts) -> None:
    doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
               Column(translate("milrep", "Description"), 3.6),
               Column(translate("milrep", "Class"), 1.3),
               Column(translate("milrep", "Disposition"), 1.6),
               Column(translate("milrep", "Status"), 0.9)],
              [[str(i), nc.description, severity_text(nc.severity),
                disposition_label(nc.disposition) if nc.disposition else "—",
                translate("milrep", "closed") if nc.status.value == "closed"
                else translate("milrep", "open")]
               for i, nc in enumerate(f.nonconformities, start=1)],
              empty=translate("milrep", "No nonconformity was raised from this inspection."))


def _conclusion(doc: OfficialDocument, f: InspectionFacts) -> None:
    insp, item = f.inspection, f.ctx.item
    if insp.status is not InspectionStatus.DECIDED or insp.verdict is None:
        computed = f.computed
        verdict = verdict_label(computed.verdict) if computed.verdict else translate(
            "milrep", "none yet")
        doc.paragraph(translate("milrep", "Not decided. Verdict of the rules as the results "
                                          "stand: {verdict}. {reason}").format(
            verdict=verdict, reason=computed.reason))
        return
    doc.markup("<b>{label}</b> {text}".format(
        label=escape(translate("milrep", "Decision:")), text=escape(verdict_label(insp.verdict))))
    if insp.verdict_reason:
        doc.paragraph(translate("milrep", "Reason: {reason}").format(reason=insp.verdict_reason))
    if f.acceptance is not None:
        a = f.acceptance
        text = translate("milrep", "Acceptance record No. {number} of {date}: accepted {accepted} "
                                   "{unit}, rejected {rejected}.").format(
            number=a.number, date=fmt_date(a.accepted_on), accepted=a.accepted_quantity,
            unit=item.unit, rejected=a.rejected_quantity)
        if a.rejected_serials:
            text += " " + translate("milrep", "Rejected serial numbers: {serials}.").format(
                serials=", ".join(a.rejected_serials.split()))
        doc.paragraph(text)
    elif f.return_notice is not None and insp.verdict is Verdict.RETURN:
        doc.paragraph(translate("milrep", "Return notice No. {number} of {date}.").format(
            number=f.return_notice.number, date=fmt_date(f.return_notice.issued_on)))


def _method_and_reference(r: Any) -> str:
    """The method and free-text reference, then the document revision and clause the
    characteristic was linked to when the inspection was opened."""
    lines = ["; ".join(x for x in dict.fromkeys((r.method, r.reference)) if x)]
    if r.document:
        lines.append(translate("milrep", "{document}, revision {revision}, clause {clause}")
                     .format(document=r.document, revision=r.document_revision,
                             clause=r.document_clause))
    return "\n".join(x for x in lines if x)
