"""The office's conclusion on the verification of actual costs (Article 27.3.8): the cost items
claimed by the contractor, the amounts verified and disputed with the grounds, totals by category
and overall, the conclusion, signed."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from milrep.documents.layout import Column, DocumentHead, OfficialDocument, fmt_date, fmt_decimal
from milrep.documents.sources import contract_label, letterhead, signature
from milrep.documents.suspension_notice import law_name
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.office_duties import CostVerificationConclusion
from milrep.models.organizations import Organization
from milrep.services.cost_verification import category_label, verification_info


def render(session: Session, conclusion_id: uuid.UUID) -> bytes:
    s = session
    c = s.get(CostVerificationConclusion, conclusion_id)
    if c is None:
        raise NotFound(translate("milrep", "The conclusion on the verified costs no longer "
                                           "exists."))
    info = verification_info(s, c.verification_id)
    contract = s.get(Contract, info.contract_id)
    assert contract is not None
    contractor = s.get(Organization, contract.contractor_id)
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=translate("milrep", "Conclusion on the verification of "
                                                            "actual costs"),
        number=c.number, date=c.issued_on, classification=info.classification,
        subtitle=info.subject, keywords=(c.number, contract.number)))

    doc.section(translate("milrep", "What was verified"))
    doc.facts([
        (translate("milrep", "Contract"), contract_label(contract)),
        (translate("milrep", "Contractor"), contractor.name if contractor else ""),
        (translate("milrep", "Subject of the verification"), info.subject),
        (translate("milrep", "Verification opened"), fmt_date(info.opened_on)),
    ])

    doc.section(translate("milrep", "Cost items, tenge"))
    rows, marked = [], []
    for r, i in enumerate(info.items):
        rows.append([str(i.position), f"{category_label(i.category)}: {i.description}",
                     fmt_decimal(i.claimed), fmt_decimal(i.verified), fmt_decimal(i.disputed),
                     i.documents, i.remarks])
        if i.disputed > 0:
            marked.append((r, 4))
    t = info.totals
    rows.append(["", translate("milrep", "Total"), fmt_decimal(t.claimed),
                 fmt_decimal(t.verified), fmt_decimal(t.disputed), "", ""])
    doc.table([Column(translate("milrep", "No."), 0.7, "CENTER"),
               Column(translate("milrep", "Cost item"), 3.6),
               Column(translate("milrep", "Claimed"), 2.2, "RIGHT"),
               Column(translate("milrep", "Verified"), 2.2, "RIGHT"),
               Column(translate("milrep", "Disputed"), 2.4, "RIGHT"),
               Column(translate("milrep", "Supporting documents"), 2.3),
               Column(translate("milrep", "Remarks"), 2.6)], rows, marked=marked,
              bold_rows=[len(rows) - 1])
    if any(i.disputed > 0 for i in info.items):
        doc.legend(translate("milrep", "\u2717 an amount the office disputes (grounds in the "
                                       "remarks)."))

    doc.section(translate("milrep", "Totals by category, tenge"))
    doc.table([Column(translate("milrep", "Category"), 3.0),
               Column(translate("milrep", "Claimed"), 2.0, "RIGHT"),
               Column(translate("milrep", "Verified"), 2.0, "RIGHT"),
               Column(translate("milrep", "Disputed"), 2.0, "RIGHT")],
              [[category_label(cat), fmt_decimal(ct.claimed), fmt_decimal(ct.verified),
                fmt_decimal(ct.disputed)] for cat, ct in info.by_category]
              + [[translate("milrep", "Total"), fmt_decimal(c.claimed_total),
                  fmt_decimal(c.verified_total), fmt_decimal(c.disputed_total)]],
              bold_rows=[len(info.by_category)])

    doc.section(translate("milrep", "Conclusion"))
    doc.paragraph(translate(
        "milrep", "Claimed {claimed} tenge; verified {verified} tenge; disputed {disputed} "
        "tenge.").format(claimed=fmt_decimal(c.claimed_total),
                         verified=fmt_decimal(c.verified_total),
                         disputed=fmt_decimal(c.disputed_total)), bold=True)
    if info.remarks:
        doc.paragraph(info.remarks, justify=True)
    doc.paragraph(c.conclusion, justify=True)
    doc.note(translate("milrep", "Issued under subparagraph 8) of paragraph 3 of Article 27 of "
                                 "{law}, in accordance with the pricing rules for the state "
                                 "defense order.").format(law=law_name()))
    sig = signature(s, c.signature_id)
    doc.signatures([sig] if sig else [])
    return doc.build()
