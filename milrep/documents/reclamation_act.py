"""The reclamation act (Article 29): the defect notified within the warranty period, the joint
commission, its findings each with the law's clause, the outcome the law gives them, the remedy
and the penalty period, signed by the office and, on paper, by the other members.

Before the findings are recorded the act prints as a draft (marked on every page)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from milrep.documents.layout import Column, DocumentHead, OfficialDocument, fmt_date
from milrep.documents.sources import letterhead, signature
from milrep.documents.suspension_notice import law_name
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.reclamations import Reclamation
from milrep.services.reclamation_labels import (basis_label, finding_labels, party_label,
                                                remedy_label)
from milrep.services.reclamation_views import ReclamationInfo, info

_CLAUSES = {"contractor_at_fault": "29.3, 29.6", "improper_operation": "29.7",
            "counterfeit": "29.3.1", "not_own_production": "29.3.2",
            "own_production_required": "29.3.2", "irreparable": "29.3.3",
            "hidden_defect": "29.4", "whole_lot_affected": "29.4",
            "in_work_in_progress": "27.4.8"}


def render(session: Session, reclamation_id: uuid.UUID, today: dt.date | None = None) -> bytes:
    s = session
    rec = s.get(Reclamation, reclamation_id)
    if rec is None:
        raise NotFound(translate("milrep", "The reclamation no longer exists."))
    r = info(s, rec, today or dt.date.today())
    subtitle = r.item_name + (translate("milrep", ", lot {lot}").format(lot=r.lot_number)
                              if r.lot_number else "")
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=translate("milrep", "Reclamation act"), number=r.number,
        date=r.findings_on or r.notified_on, classification=r.classification, subtitle=subtitle,
        draft="" if r.findings is not None else translate(
            "milrep", "Draft: the joint commission's findings are not recorded"),
        keywords=(r.number, r.notification_ref)))
    doc.paragraph(translate(
        "milrep", "Drawn up under Article 29 of {law} by the joint commission of the recipient, "
        "the contractor and the military representative office, to establish the causes of a "
        "defect found within the established warranty period.").format(law=law_name()),
        indent=True, justify=True)

    doc.section(translate("milrep", "The defect notified"))
    serials = ", ".join(r.serials)
    doc.facts([
        (translate("milrep", "Recipient"), r.recipient_name),
        (translate("milrep", "Notification"), " ".join(x for x in (
            r.notification_ref, translate("milrep", "received by the contractor on {date}")
            .format(date=fmt_date(r.notified_on))) if x)),
        (translate("milrep", "Contract"), r.contract_number),
        (translate("milrep", "Contractor"), r.contractor_name),
        (translate("milrep", "Item"), f"{r.item_name} ({r.nomenclature_code})"
         if r.nomenclature_code else r.item_name),
        (translate("milrep", "Lot"), r.lot_number),
        (translate("milrep", "Serial numbers"), serials),
        (translate("milrep", "Quantity"), f"{r.quantity} {r.unit}".strip()),
        (translate("milrep", "Defect"), r.defect_description),
        (translate("milrep", "Characteristic"), r.characteristic_name),
        (translate("milrep", "Defect found on"), fmt_date(r.defect_found_on)),
        (translate("milrep", "Warranty period (Article 29.1)"), translate(
            "milrep", "{months} months, {start} to {end} ({basis})").format(
            months=r.warranty_months, start=fmt_date(r.warranty_start),
            end=fmt_date(r.warranty_ends), basis=basis_label(r.warranty_basis))),
        (translate("milrep", "Goods kept at (Article 29.1)"), r.storage_place),
    ])

    doc.section(translate("milrep", "Joint commission (Article 29.2)"))
    if r.commission_formed_on is not None:
        doc.note(translate("milrep", "Formed on {date}.").format(
            date=fmt_date(r.commission_formed_on)))
        doc.table([Column(translate("milrep", "No."), 0.4, "RIGHT"),
                   Column(translate("milrep", "Name"), 2.0),
                   Column(translate("milrep", "Organization"), 2.4),
                   Column(translate("milrep", "Represents"), 1.7),
                   Column(translate("milrep", "Role"), 1.5)],
                  [[str(i), m.name, m.organization, party_label(m.party), m.role]
                   for i, m in enumerate(r.members, start=1)])
    else:
        doc.note(translate("milrep", "Not formed yet."))

    _findings(doc, r)
    _remedy(doc, r)

    sig = signature(s, rec.findings_signature_id)
    # every member signs the paper; the office's signer has signed above already
    blank = [(f"{party_label(m.party)}: {m.role}".rstrip(": "), m.name) for m in r.members
             if not (sig and m.name.endswith(sig.full_name))]
    doc.signatures([sig] if sig else [], blank=blank)
    return doc.build()


def _findings(doc: OfficialDocument, r: ReclamationInfo) -> None:
    doc.section(translate("milrep", "Findings of the commission"))
    if r.findings is None or r.outcome is None:
        doc.note(translate("milrep", "Not recorded yet."))
        return
    doc.facts([(translate("milrep", "Findings dated"), fmt_date(r.findings_on)),
               (translate("milrep", "Cause established"), r.cause)])
    yes, no = translate("milrep", "Yes"), translate("milrep", "No")
    labels = finding_labels()
    doc.table([Column(translate("milrep", "Finding"), 4.6),
               Column(translate("milrep", "Established"), 1.1, "CENTER"),
               Column(translate("milrep", "Article"), 1.0, "CENTER")],
              [[_plain(labels[k]), yes if getattr(r.findings, k) else no, _CLAUSES[k]]
               for k in labels])
    doc.section(translate("milrep", "Outcome under Article 29"))
    doc.bullets(r.outcome.reasons)


def _remedy(doc: OfficialDocument, r: ReclamationInfo) -> None:
    if r.outcome is None or not r.outcome.remedies:
        return
    doc.section(translate("milrep", "Remedy and penalty period (Article 29.6)"))
    rows = [(translate("milrep", "Remedies the findings allow"),
             "; ".join(remedy_label(x) for x in r.outcome.remedies)),
            (translate("milrep", "Remedy"), remedy_label(r.remedy) if r.remedy else
             translate("milrep", "not chosen yet"))]
    if r.remedy_started_on:
        rows.append((translate("milrep", "Started on"), fmt_date(r.remedy_started_on)))
    rows.append((translate("milrep", "Completed on"), fmt_date(r.remedy_completed_on)
                 if r.remedy_completed_on else translate("milrep", "not completed")))
    if r.penalty is not None:
        p = r.penalty
        text = translate("milrep", "{days} days from the notification's receipt").format(
            days=p.days)
        if p.running:
            text += translate("milrep", " (still running)")
        if p.term_days is not None:
            text += translate("milrep", "; the contract's term is {term} days").format(
                term=p.term_days)
            if p.overdue:
                text += translate("milrep", " — overdue by {days} days").format(
                    days=p.overdue_days)
        rows.append((translate("milrep", "Penalty period"), text))
    if r.remedy_notes:
        rows.append((translate("milrep", "Notes"), r.remedy_notes))
    if r.suspension_number:
        rows.append((translate("milrep", "Suspension (Article 27.4.8)"), r.suspension_number))
    doc.facts(rows)


def _plain(label: str) -> str:
    """The check-box label without its clause in brackets (the table has a column for it)."""
    head, sep, tail = label.rpartition(" (")
    return head if sep and tail.endswith(")") else label
