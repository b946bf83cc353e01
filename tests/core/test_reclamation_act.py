"""The reclamation act PDF: commission, findings with the law's clause, outcome, signatures."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pypdfium2 as pdfium

from milrep.documents import registry, render_document
from milrep.models.reclamations import Remedy
from tests.core.reclamation_helpers import at_findings, notify, remedy
from tests.helpers import OfficeFixture


def pdf_text(o: OfficeFixture, object_id: uuid.UUID, name: str) -> str:
    with o.db.unit_of_work() as uow:
        pdf = render_document(uow.session, "reclamation_act", object_id)
    keep = os.environ.get("MILREP_KEEP_PDF")
    if keep:
        Path(keep, f"{name}.pdf").write_bytes(pdf)
        doc = pdfium.PdfDocument(pdf)
        for i in range(len(doc)):
            doc[i].render(scale=1.6).to_pil().save(Path(keep, f"{name}-{i + 1}.png"))
    doc = pdfium.PdfDocument(pdf)
    return " ".join(" ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
                    .split())


def test_act_prints_commission_findings_with_clauses_outcome_and_signatures(
        records: OfficeFixture) -> None:
    o = records
    rid = at_findings(o, irreparable=True, hidden_defect=True, whole_lot_affected=True)
    remedy(o, rid, Remedy.WHOLE_LOT_RETURN, completed_on=None, term_days=5)
    text = pdf_text(o, rid, "reclamation_act")
    for expected in ("RECLAMATION ACT", "17/WS1/2026/RC-0001", "Military unit 12345",
                     "L-2026-004", "0412", "No transmission on channel 3",
                     "Joint commission (Article 29.2)", "Maj. B. Nurlanov", "E. Sadykov",
                     "Cold solder joint on the PA board", "29.3.3",
                     "Article 29.4: an irreparable hidden defect",
                     "the whole lot shall be returned", "Return of the whole lot (29.4)",
                     "overdue by", "G. Akhmetova", "SHA-256"):
        assert expected in text, expected
    assert "Draft" not in text
    with o.db.read() as s:
        refs = registry.document_kinds_for(s, "reclamations", rid)
        assert [r.kind for r in refs] == ["reclamation_act"]
        assert refs[0].date == dt.date(2026, 11, 18)
        assert registry.find_document(s, "reclamation_act", "17/WS1/2026/RC-0001") == rid


def test_act_before_findings_is_a_draft(records: OfficeFixture) -> None:
    rid = notify(records)
    text = pdf_text(records, rid, "reclamation_act_draft")
    assert "Draft: the joint commission's findings are not recorded" in text
    assert "Not formed yet." in text and "Not recorded yet." in text
