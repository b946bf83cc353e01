"""The office's conclusion on a draft state defense order contract (Article 27.3.1): the contract,
the checklist of the terms Article 22.4 requires as it stood when signed, the remarks, the
verdict and the conclusion, signed."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from milrep.documents.layout import Column, DocumentHead, OfficialDocument, fmt_date, fmt_decimal
from milrep.documents.sources import contract_label, letterhead, signature
from milrep.documents.suspension_notice import law_name
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.office_duties import ContractReviewConclusion
from milrep.models.organizations import Organization
from milrep.rules.contract_terms import TermStatus, Verdict, status_label, verdict_label
from milrep.services.contract_reviews import review_info


def render(session: Session, conclusion_id: uuid.UUID) -> bytes:
    s = session
    c = s.get(ContractReviewConclusion, conclusion_id)
    if c is None:
        raise NotFound(translate("milrep", "The conclusion on the draft contract no longer "
                                           "exists."))
    info = review_info(s, c.review_id)
    contract = s.get(Contract, info.contract_id)
    assert contract is not None
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=translate("milrep", "Conclusion on a draft contract"),
        number=c.number, date=c.issued_on, classification=info.classification,
        subtitle=translate("milrep", "Draft state defense order contract No. {number}")
        .format(number=contract.number), keywords=(c.number, contract.number)))

    doc.section(translate("milrep", "The draft contract"))
    doc.facts([
        (translate("milrep", "Contract"), contract_label(contract)),
        (translate("milrep", "Customer"), _org(s, contract.customer_id)),
        (translate("milrep", "Contractor"), _org(s, contract.contractor_id)),
        (translate("milrep", "Subject of the contract"), contract.subject),
        (translate("milrep", "Contract value, tenge"), fmt_decimal(contract.value)),
        (translate("milrep", "Draft as received"), info.draft_ref),
        (translate("milrep", "Review opened"), fmt_date(info.opened_on)),
    ])

    doc.section(translate("milrep", "Terms required by paragraph 4 of Article 22 of the Law"))
    rows, marked = [], []
    for r, t in enumerate(info.terms):
        source = (translate("milrep", "record") if t.derived
                  else translate("milrep", "reviewer"))
        rows.append([t.clause, t.law_text, status_label(t.status), t.clause_ref, source,
                     t.remark])
        if t.status is TermStatus.MISSING:
            marked.append((r, 2))
    doc.table([Column(translate("milrep", "Clause of the Law"), 1.2, "CENTER"),
               Column(translate("milrep", "Term"), 4.6),
               Column(translate("milrep", "Finding"), 1.4, "CENTER"),
               Column(translate("milrep", "Clause of the draft"), 1.8, "CENTER"),
               Column(translate("milrep", "Found from"), 1.3, "CENTER"),
               Column(translate("milrep", "Remark"), 3.4)], rows, marked=marked)
    doc.legend(translate("milrep", "\u2717 a term the law requires that the draft does not "
                                   "contain. Found from: the contract's record in milrep, or the "
                                   "reviewer's reading of the draft."))

    doc.section(translate("milrep", "Remarks of the military representative office"))
    doc.paragraph(info.remarks or translate("milrep", "No remarks."))

    doc.section(translate("milrep", "Conclusion"))
    doc.paragraph(verdict_label(Verdict(c.verdict)) + ".", bold=True)
    doc.paragraph(c.conclusion, justify=True)
    doc.note(translate("milrep", "Issued under subparagraph 1) of paragraph 3 of Article 27 of "
                                 "{law}.").format(law=law_name()))
    sig = signature(s, c.signature_id)
    doc.signatures([sig] if sig else [])
    return doc.build()


def _org(s: Session, org_id: uuid.UUID | None) -> str:
    o = s.get(Organization, org_id) if org_id else None
    return o.name if o is not None else ""
