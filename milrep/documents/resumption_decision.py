"""The head of office's decision resuming what a suspension stopped (Article 27.4.8): the
suspension it lifts, the corrective actions verified (with the nonconformities of the scope
closed), the positive repeat test when the suspension named a failed test."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.acceptance_data import severity_text
from milrep.documents.layout import Column, DocumentHead, OfficialDocument, fmt_date, fmt_time
from milrep.documents.sources import contract_label, letterhead, signature
from milrep.documents.suspension_notice import (SuspensionFacts, law_name, law_wording,
                                               load_suspension)
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.control_list import ControlListItem
from milrep.models.quality import (Nonconformity, NonconformityStatus, ProductTest, Resumption,
                                   SuspensionScope, TestOpinion)
from milrep.services.product_tests import kind_label, result_label


def render(session: Session, resumption_id: uuid.UUID) -> bytes:
    s = session
    r = s.get(Resumption, resumption_id)
    if r is None:
        raise NotFound(translate("milrep", "The resumption decision no longer exists."))
    f = load_suspension(s, r.suspension_id)
    susp = f.suspension
    title = (translate("milrep", "Decision on resumption of works and services") if f.works
             else translate("milrep", "Decision on resumption of acceptance and shipment"))
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=title, number=r.number, date=r.decided_at.date(),
        classification=f.classification, subtitle=f.target(), keywords=(r.number, susp.number)))
    doc.facts([(translate("milrep", "To"), f.contractor),
               (translate("milrep", "Contract"), contract_label(f.contract))])
    doc.paragraph(translate(
        "milrep", "Having verified the corrective actions taken on suspension notice No. {number} "
        "of {date}, and under paragraph 4 of Article 27 of {law}, the head of the military "
        "representative office decided to resume {what} of {target} from {time}.").format(
            number=susp.number, date=fmt_date(susp.effective_at.date()), law=law_name(),
            what=f.what_stops(), target=f.target(), time=fmt_time(r.decided_at)), indent=True)

    doc.section(translate("milrep", "The suspension lifted"))
    doc.facts([
        (translate("milrep", "Suspension notice"), translate(
            "milrep", "No. {number} of {date}").format(number=susp.number,
                                                      date=fmt_date(susp.effective_at.date()))),
        (translate("milrep", "Ground (Article {article} of the Law)").format(
            article=f.article()), law_wording(susp.ground, f.works)),
        (translate("milrep", "In force"), translate("milrep", "from {start} to {end}").format(
            start=fmt_time(susp.effective_at), end=fmt_time(r.decided_at))),
    ])

    doc.section(translate("milrep", "Corrective actions verified"))
    doc.paragraph(r.corrective_actions, justify=True)
    closed = _closed_nonconformities(s, f, r)
    if closed:
        doc.note(translate("milrep", "Nonconformities of the suspended scope, each closed after "
                                     "its corrective action was verified:"))
        doc.table([Column(translate("milrep", "No."), 0.45, "RIGHT"),
                   Column(translate("milrep", "Nonconformity"), 2.6),
                   Column(translate("milrep", "Class"), 1.25),
                   Column(translate("milrep", "Corrective action"), 2.2),
                   Column(translate("milrep", "Verification of its effect"), 2.2),
                   Column(translate("milrep", "Closed on"), 0.95, "CENTER")],
                  [[str(i), nc.description, severity_text(nc.severity), nc.corrective_action,
                    nc.verification, fmt_date(nc.closed_at.date() if nc.closed_at else None)]
                   for i, nc in enumerate(closed, start=1)])

    if susp.test_id is not None:
        doc.section(translate("milrep", "Repeat test"))
        repeat = s.get(ProductTest, r.repeat_test_id) if r.repeat_test_id else None
        failed = s.get(ProductTest, susp.test_id)
        rows = []
        if failed is not None:
            rows.append((translate("milrep", "Failed test"), _test_line(failed)))
        if repeat is not None:
            rows.append((translate("milrep", "Repeat test"), _test_line(repeat)))
            rows.append((translate("milrep", "Results of the repeat test"),
                         repeat.results_summary))
            opinion = s.scalar(select(TestOpinion).where(TestOpinion.test_id == repeat.id))
            if opinion is not None:
                rows.append((translate("milrep", "Opinion of the office"), translate(
                    "milrep", "No. {number} of {date}").format(
                        number=opinion.number, date=fmt_date(opinion.issued_on))))
        doc.facts(rows)

    sig = signature(s, r.signature_id)
    doc.signatures([sig] if sig else [])
    return doc.build()


def _test_line(t: ProductTest) -> str:
    protocol = (translate("milrep", "protocol No. {number}").format(number=t.protocol_number)
                if t.protocol_number else "")
    parts = [kind_label(t.kind), protocol,
             translate("milrep", "completed on {date}").format(date=fmt_date(t.completed_on))
             if t.completed_on else "",
             translate("milrep", "result: {result}").format(result=result_label(t.result).lower())]
    return ", ".join(p for p in parts if p)


def _closed_nonconformities(s: Session, f: SuspensionFacts, r: Resumption) -> list[Nonconformity]:
    """The scope's nonconformities closed by the time of the decision (the condition checked)."""
    susp = f.suspension
    q = select(Nonconformity).where(Nonconformity.status == NonconformityStatus.CLOSED,
                                    Nonconformity.closed_at <= r.decided_at)
    if susp.scope is SuspensionScope.CONTRACT:
        q = q.join(ControlListItem, ControlListItem.id == Nonconformity.item_id).where(
            ControlListItem.contract_id == susp.contract_id)
    elif susp.scope is SuspensionScope.LOT:
        q = q.where(Nonconformity.lot_id == susp.lot_id)
    else:
        q = q.where(Nonconformity.item_id == susp.item_id)
    # those raised while it was in force or before it, and closed after it took effect: what the
    # corrective actions answered
    q = q.where(Nonconformity.closed_at >= susp.effective_at)
    return list(s.scalars(q.order_by(Nonconformity.raised_at)))
