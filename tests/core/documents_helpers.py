"""Records behind every printed document, built through the real services (scenarios 3 and 5):
lot L-2026-004 returned on attempt 1 (frequency stability out of limits on 0406, a nonconformity
raised), re-presented and accepted on attempt 2; a periodic test failed on vibration with the
office's opinion, the suspension it called for, the nonconformity closed, a positive repeat test
and the resumption decision.

``python -m tests.core.documents_helpers OUTDIR`` renders every document in ru, kk and en to PDF
and PNG (110 dpi) there, to look at them.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from milrep.models.acceptance import Verdict
from milrep.models.quality import Disposition, TestKind, TestResult
from milrep.models.requirements import Severity
from milrep.services import nonconformities, product_tests, suspension_proposals, suspensions
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core.acceptance_helpers import (decide, fill, open_insp, present, requirement_ids,
                                           setup_radio)
from tests.helpers import OfficeFixture

TODAY = dt.date.today()
VIBRATION = "Vibration strength at 55 Hz: the front panel came loose on 2 of 3 stations"


@dataclass(frozen=True)
class DocumentRecords:
    returned_inspection: uuid.UUID
    accepted_inspection: uuid.UUID
    return_notice: uuid.UUID
    return_notice_number: str
    acceptance_number: str
    failed_test: uuid.UUID
    repeat_test: uuid.UUID
    opinion: uuid.UUID
    suspension: uuid.UUID
    resumption: uuid.UUID


def close(o: OfficeFixture, nc: uuid.UUID, *, action: str, verification: str) -> None:
    """Disposition (rework), corrective action, its effect verified, closed."""
    steps = (
        lambda uow: nonconformities.set_disposition(uow, o.rep, nonconformity_id=nc,
                                                    disposition=Disposition.REWORK),
        lambda uow: nonconformities.set_corrective_action(uow, o.rep, nonconformity_id=nc,
                                                          corrective_action=action),
        lambda uow: nonconformities.verify_effect(uow, o.rep, nonconformity_id=nc,
                                                  verification=verification),
        lambda uow: nonconformities.close_nonconformity(uow, o.rep, nonconformity_id=nc))
    for step in steps:
        with o.db.unit_of_work() as uow:
            step(uow)


def acceptance_records(o: OfficeFixture) -> tuple[uuid.UUID, uuid.UUID, str, uuid.UUID, str]:
    """Attempt 1 returned (return notice), attempt 2 re-tested and accepted."""
    setup_radio(o)
    first = open_insp(o, present(o, "311"))
    fill(o, first, bad={("freq", 2): Decimal("-2.1")})
    with o.db.unit_of_work() as uow:
        nc = nonconformities.raise_nonconformity(
            uow, o.rep, severity=Severity.MAJOR,
            requirement_id=requirement_ids(o, first)["freq"],
            description="Frequency stability −2.1 ppm on serial 0406 (limits −1.5 … 1.5 ppm)").id
    assert nc
    returned = decide(o, first, Verdict.RETURN)
    with o.db.read() as s:
        from sqlalchemy import select

        from milrep.models.acceptance import ReturnNotice
        notice_id = s.scalar(select(ReturnNotice.id).where(ReturnNotice.inspection_id == first))
    assert notice_id is not None
    second = open_insp(o, present(o, "318"), retest_only=True)
    fill(o, second)
    accepted = decide(o, second, Verdict.ACCEPT)
    close(o, nc, action="Reference oscillator of 0406 replaced; OTK checks the oscillator "
                        "temperature drift on every unit",
          verification="Re-test on attempt 2 within limits")
    return first, notice_id, returned.document_number, second, accepted.document_number


def quality_records(o: OfficeFixture) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID,
                                               uuid.UUID]:
    """A negative periodic test with its opinion, the suspension, a closed nonconformity, the
    positive repeat test and the resumption decision."""
    started, completed = TODAY - dt.timedelta(days=20), TODAY - dt.timedelta(days=10)
    with o.db.unit_of_work() as uow:
        failed = product_tests.register_test(uow, o.rep, kind=TestKind.PERIODIC,
                                             item_id=o.ids["radio"], started_on=started,
                                             programme_ref="PMI 6574-012-2026").id
    assert failed
    with o.db.unit_of_work() as uow:
        product_tests.record_result(uow, o.rep, test_id=failed, result=TestResult.NEGATIVE,
                                    protocol_number="PI-2/2026", results_summary=VIBRATION,
                                    completed_on=completed)
    with o.db.unit_of_work() as uow:
        opinion = product_tests.issue_opinion(
            uow, o.rep, test_id=failed, password=REP_PASSWORD,
            conclusion="The radio station R-168-5UN did not pass the periodic tests (vibration "
                       "strength). Acceptance and shipment are to be suspended until the causes "
                       "are removed and a repeat test is positive.").id
    with o.db.read() as s:
        proposal = suspension_proposals.proposal_after_failed_test(s, failed)
    with o.db.unit_of_work() as uow:
        suspension = suspensions.suspend(uow, o.chief, form=proposal.form,
                                         password=CHIEF_PASSWORD).id
    with o.db.unit_of_work() as uow:
        nc = nonconformities.raise_nonconformity(uow, o.rep, item_id=o.ids["radio"],
                                                 severity=Severity.CRITICAL,
                                                 description=VIBRATION).id
    assert nc
    close(o, nc, action="Front-panel fastening changed to M4 screws with thread locker; drawing "
                        "6574.012.105 rev. 4",
          verification="Vibration test of 3 reworked stations passed")
    with o.db.unit_of_work() as uow:
        repeat = product_tests.register_test(uow, o.rep, kind=TestKind.PERIODIC,
                                             item_id=o.ids["radio"], started_on=completed,
                                             programme_ref="PMI 6574-012-2026",
                                             repeat_of_id=failed).id
    assert repeat
    with o.db.unit_of_work() as uow:
        product_tests.record_result(uow, o.rep, test_id=repeat, result=TestResult.POSITIVE,
                                    protocol_number="PI-3/2026",
                                    results_summary="Vibration, climatic and reliability tests "
                                                    "passed on 3 stations", completed_on=TODAY)
    with o.db.unit_of_work() as uow:
        resumption = suspensions.resume(
            uow, o.chief, suspension_id=suspension, password=CHIEF_PASSWORD,
            repeat_test_id=repeat,
            corrective_actions="Front-panel fastening redesigned (M4 screws, thread locker); "
                               "every station made since the last positive periodic test "
                               "reworked and checked by OTK; repeat periodic test PI-3/2026 "
                               "positive.").id
    assert opinion and suspension and resumption
    return failed, repeat, opinion, suspension, resumption


def all_documents(o: OfficeFixture) -> DocumentRecords:
    first, notice, notice_no, second, acceptance_no = acceptance_records(o)
    failed, repeat, opinion, suspension, resumption = quality_records(o)
    return DocumentRecords(returned_inspection=first, accepted_inspection=second,
                           return_notice=notice, return_notice_number=notice_no,
                           acceptance_number=acceptance_no, failed_test=failed,
                           repeat_test=repeat, opinion=opinion, suspension=suspension,
                           resumption=resumption)


def kinds_and_ids(r: DocumentRecords) -> list[tuple[str, uuid.UUID]]:
    return [("inspection_protocol", r.returned_inspection),
            ("inspection_protocol", r.accepted_inspection),
            ("return_notice", r.return_notice), ("suspension_notice", r.suspension),
            ("resumption_decision", r.resumption), ("test_opinion", r.opinion)]


def make_office(path: Path) -> OfficeFixture:
    """An office database at ``path`` with contract 12-ГОЗ/2026 (tests.helpers.build_records), a
    representative with a position and a viewer; close ``.db`` when done."""
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from milrep.db.store import create_database
    from milrep.models.users import Role
    from milrep.services import users
    from milrep.services.auth import Actor
    from tests.conftest import OFFICE, VIEWER_PASSWORD
    from tests.helpers import build_records

    db, chief, code = create_database(path, OFFICE, kdf=FAST_KDF_FOR_TESTS)
    with db.unit_of_work() as uow:
        rep_id = users.add_user(uow, chief, username="rep1", full_name="G. S. Akhmetova",
                                rank="Maj.", position="Senior military representative",
                                role=Role.REPRESENTATIVE, password=REP_PASSWORD).id
    with db.unit_of_work() as uow:
        viewer_id = users.add_user(uow, chief, username="clerk", full_name="D. Omarova",
                                   role=Role.VIEWER, password=VIEWER_PASSWORD).id
    assert rep_id and viewer_id
    o = OfficeFixture(db=db, path=path, chief=chief,
                      rep=Actor(rep_id, "rep1", "G. S. Akhmetova", Role.REPRESENTATIVE),
                      viewer=Actor(viewer_id, "clerk", "D. Omarova", Role.VIEWER),
                      recovery_code=code)
    build_records(o)
    return o


def _main(out: Path, catalogues: Path | None = None) -> None:  # pragma: no cover - a tool
    """Render every document; ``catalogues``: a folder of .ts files to use instead of the
    project's (to look at translations not yet merged)."""
    import tempfile

    import pypdfium2 as pdfium

    from milrep import i18n
    from milrep.documents import DOCUMENT_KINDS

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        o = make_office(Path(tmp) / "office.milrep")
        r = all_documents(o)
        seen: dict[str, int] = {}
        with o.db.read() as s:
            for kind, object_id in kinds_and_ids(r):
                seen[kind] = seen.get(kind, 0) + 1
                name = kind + ("" if seen[kind] == 1 else f"_{seen[kind]}")
                for lang in ("ru", "kk", "en"):
                    with i18n.language(lang, catalogues or i18n.TRANSLATIONS_DIR):
                        pdf = DOCUMENT_KINDS[kind].render(s, object_id)
                    (out / f"{name}_{lang}.pdf").write_bytes(pdf)
                    doc = pdfium.PdfDocument(pdf)
                    for i in range(len(doc)):
                        doc[i].render(scale=110 / 72).to_pil().save(
                            out / f"{name}_{lang}_p{i + 1}.png")
                    print(out / f"{name}_{lang}.pdf", len(doc), "page(s)")
        o.db.close()


if __name__ == "__main__":  # pragma: no cover
    _main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/docs_png"),
          Path(sys.argv[2]) if len(sys.argv) > 2 else None)
