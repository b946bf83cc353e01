"""The office's opinion on the results of a periodic, qualification or type test (Article 27.4.4):
the test and its protocol, the results, the conclusion, signed."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from milrep.documents.layout import DocumentHead, OfficialDocument, fmt_date
from milrep.documents.sources import (contract_label, item_context, item_label, letterhead,
                                      lot_number, signature, tech_doc_label)
from milrep.documents.suspension_notice import law_name
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.quality import ProductTest, TestKind, TestOpinion, TestResult
from milrep.services.product_tests import describe_test, kind_label, result_label


def title_for(kind: TestKind) -> str:
    return {
        TestKind.PERIODIC: translate("milrep", "Opinion on the results of periodic tests"),
        TestKind.QUALIFICATION: translate("milrep", "Opinion on the results of qualification "
                                                    "tests"),
        TestKind.TYPE: translate("milrep", "Opinion on the results of type tests"),
    }[kind]


def render(session: Session, opinion_id: uuid.UUID) -> bytes:
    s = session
    op = s.get(TestOpinion, opinion_id)
    if op is None:
        raise NotFound(translate("milrep", "The test opinion no longer exists."))
    test = s.get(ProductTest, op.test_id)
    if test is None:
        raise NotFound(translate("milrep", "The test no longer exists."))
    ctx = item_context(s, test.item_id)
    item = ctx.item
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(s), title=title_for(test.kind), number=op.number, date=op.issued_on,
        classification=ctx.classification, subtitle=item_label(item),
        keywords=(op.number, test.protocol_number)))

    doc.section(translate("milrep", "The test"))
    rows = [
        (translate("milrep", "Contract"), contract_label(ctx.contract)),
        (translate("milrep", "Contractor"), ctx.contractor),
        (translate("milrep", "Item"), item_label(item)),
        (translate("milrep", "Technical documentation"), tech_doc_label(item)),
    ]
    if test.lot_id is not None:
        rows.append((translate("milrep", "Lot"), lot_number(s, test.lot_id)))
    rows += [
        (translate("milrep", "Kind of test"), kind_label(test.kind)),
        (translate("milrep", "Test programme"), test.programme_ref),
        (translate("milrep", "Test protocol"), translate("milrep", "No. {number}").format(
            number=test.protocol_number) if test.protocol_number else ""),
        (translate("milrep", "Held"), translate("milrep", "from {start} to {end}").format(
            start=fmt_date(test.started_on), end=fmt_date(test.completed_on))),
        (translate("milrep", "Result of the test"), result_label(test.result)),
    ]
    if test.repeat_of_id is not None:
        failed = s.get(ProductTest, test.repeat_of_id)
        if failed is not None:
            rows.append((translate("milrep", "Repeat of"), describe_test(s, failed)))
    doc.facts(rows)

    doc.section(translate("milrep", "Results"))
    doc.paragraph(test.results_summary, indent=True)

    doc.section(translate("milrep", "Conclusion of the military representative office"))
    doc.paragraph(op.conclusion, justify=True)
    if test.result is TestResult.NEGATIVE:
        doc.note(translate("milrep", "A negative result is a ground to suspend acceptance and "
                                     "shipment (subparagraph 8) of paragraph 4 of Article 27 of "
                                     "the Law)."))
    doc.note(translate("milrep", "Issued under subparagraph 4) of paragraph 4 of Article 27 of "
                                 "{law}.").format(law=law_name()))
    sig = signature(s, op.signature_id)
    doc.signatures([sig] if sig else [])
    return doc.build()
