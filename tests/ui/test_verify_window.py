"""The "Verify certificate" window: valid for a seal text and a PNG, a clear verdict for every
bad input (nothing stored changed), and use without an office database (trust list files)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from milrep.db.store import Database
from milrep.documents import render_document
from milrep.models.certificates import CertificateStatus
from milrep.services import certificates
from milrep.services.auth import Actor
from tests.conftest import CHIEF_PASSWORD
from tests.core.certificate_helpers import YEAR, certifiable, issue, view
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import demo_ops
from tests.ui.conftest import drain as drain_worker
from ui.ops import Ops, Worker
from ui.views.verify_window import VerifyWindow


QC1 = f"17/WS1/{YEAR}/QC-0001"


def drain(qtbot: object, worker: Worker, timeout: int = 60000) -> None:
    """As the fixtures' drain, with room for a loaded machine (PDFs are rendered here)."""
    drain_worker(qtbot, worker, timeout)


@pytest.fixture
def valid(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)


def seal_of(db: Database, actor: Actor, status: CertificateStatus) -> str:
    with db.unit_of_work() as uow:
        listed = certificates.list_certificates(uow, actor, status=status)
    with db.unit_of_work() as uow:
        return certificates.get_certificate(uow, actor, certificate_id=listed[0].id).seal


def open_window(qtbot: object, worker: Worker, ops: Ops) -> VerifyWindow:
    window = VerifyWindow(ops)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    drain(qtbot, worker)
    qtbot.waitUntil(lambda: window.office is not None, timeout=60000)  # type: ignore[attr-defined]
    return window


def wait_verdict(qtbot: object, window: VerifyWindow, start: object) -> None:
    with qtbot.waitSignal(window.verified, timeout=120000):  # type: ignore[attr-defined]
        start()  # type: ignore[operator]


def test_verify_window_gives_valid_for_a_seal_text_and_a_png(
        qtbot, worker: Worker, demo_db: Database, tmp_path: Path) -> None:
    ops = demo_ops(worker, demo_db)
    seal = seal_of(demo_db, ops.actor, CertificateStatus.VALID)
    window = open_window(qtbot, worker, ops)
    assert window.trust_list.item(0).text().startswith("Office 17 — this database")
    before = dump_database(demo_db)

    window.text.setPlainText(seal + "\n")
    wait_verdict(qtbot, window, window.verify_text_button.click)
    assert window.verdict == "valid" and window.banner.text() == "✓  VALID"
    assert "The seal is valid" in window.detail.text()
    rows = dict(window.field_rows(window.current()))
    assert rows["Office"] == "17" and rows["Certificate number"].startswith("17/WS1/")
    assert window.fields_caption.text() == "What the seal says — compare with the paper"

    # the printed certificate: its PDF, and its last page (with the seal) as a 150 dpi grey scan
    with demo_db.unit_of_work() as uow:
        cid = certificates.list_certificates(uow, ops.actor, status=CertificateStatus.VALID)[0].id
    with demo_db.read() as s:
        pdf_bytes = render_document(s, "certificate", cid)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(pdf_bytes)
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        png = tmp_path / "scan.png"
        doc[len(doc) - 1].render(scale=150 / 72, grayscale=True).to_pil().save(png)
    finally:
        doc.close()
    for path, kind in ((png, "image"), (pdf, "pdf")):
        window.verdict = ""
        wait_verdict(qtbot, window, lambda path=path: window.verify_file(path))
        assert window.verdict == "valid", window.detail.text()
        assert window.report is not None and window.report.kind == kind

    # the revoked certificate of the demo office
    revoked = seal_of(demo_db, ops.actor, CertificateStatus.REVOKED)
    wait_verdict(qtbot, window, lambda: window.verify_text(revoked))
    assert window.verdict == "revoked_certificate"
    assert window.banner.text() == "✗  REVOKED CERTIFICATE"
    assert "was revoked on" in window.detail.text()
    assert window.fields_caption.text() == "What the seal claims (NOT confirmed)"
    assert dump_database(demo_db) == before


@pytest.mark.parametrize("case", ["garbage_text", "tampered", "empty_file", "not_an_image",
                                  "image_without_seal", "nothing_pasted", "bad_trust_list"])
def test_verify_window_says_clearly_what_is_wrong(qtbot, worker: Worker, demo_db: Database,
                                                  tmp_path: Path, case: str) -> None:
    ops = demo_ops(worker, demo_db)
    window = open_window(qtbot, worker, ops)
    before = dump_database(demo_db)
    if case == "garbage_text":
        wait_verdict(qtbot, window, lambda: window.verify_text("hello, is this a seal?"))
        assert window.verdict == "malformed" and window.banner.text() == "✗  MALFORMED"
        assert window.detail.text() and not window.fields_box.isVisible()
    elif case == "tampered":
        seal = seal_of(demo_db, ops.actor, CertificateStatus.VALID)
        at = len(seal) - 12
        bad = seal[:at] + ("A" if seal[at] != "A" else "B") + seal[at + 1:]
        wait_verdict(qtbot, window, lambda: window.verify_text(bad))
        assert window.verdict == "invalid_signature"
        assert "altered or forged" in window.detail.text()
        assert window.fields_caption.text() == "What the seal claims (NOT confirmed)"
    elif case == "empty_file":
        empty = tmp_path / "scan.png"
        empty.write_bytes(b"")
        wait_verdict(qtbot, window, lambda: window.verify_file(empty))
        assert window.verdict == "error" and window.banner.text() == "!  CANNOT BE READ"
        assert window.detail.text() == (f"{empty} is empty (0 bytes): there is nothing to "
                                        "verify. Scan or save the certificate again.")
    elif case == "not_an_image":
        binary = tmp_path / "certificate.jpg"
        binary.write_bytes(bytes(range(256)) * 40)
        wait_verdict(qtbot, window, lambda: window.verify_file(binary))
        assert window.verdict == "error"
        assert window.detail.text() == f"{binary} is neither a PDF, an image nor a seal text."
    elif case == "image_without_seal":
        from PIL import Image

        blank = tmp_path / "blank.png"
        Image.new("L", (400, 300), 255).save(blank)
        wait_verdict(qtbot, window, lambda: window.verify_file(blank))
        assert window.verdict == "no_seal" and window.banner.text() == "?  NO SEAL FOUND"
        assert window.detail.text() == f"No QR seal was found in {blank}."
        assert "300 dpi" in window.advice.text()
    elif case == "nothing_pasted":
        window.text.setPlainText("   ")
        wait_verdict(qtbot, window, window.verify_text_button.click)
        assert window.verdict == "error" and "Paste the text" in window.detail.text()
    else:
        bad = tmp_path / "trust.json"
        bad.write_text('{"office": "17"}', encoding="utf-8")
        wait_verdict(qtbot, window, lambda: window.add_trust_file(bad))
        assert window.trust_error.isVisible()
        assert "is not a usable milrep trust list" in window.trust_error.text()
        assert window.trust_list.count() == 1 and not window.extra
    assert dump_database(demo_db) == before


def test_verify_window_without_a_database_uses_trust_list_files(
        qtbot, valid: OfficeFixture, tmp_path: Path) -> None:
    """Usable by someone with no office database (e.g. the receiving unit): trust list files
    only; without one it says what is missing."""
    from milrep.services.site_keys import export_trust_list

    o = valid
    cid = issue(o)
    seal = view(o, cid).seal
    with o.db.unit_of_work() as uow:
        exported = export_trust_list(uow, o.chief, password=CHIEF_PASSWORD)
    trust_file = tmp_path / "office17.trust.json"
    trust_file.write_bytes(exported.data)

    window = VerifyWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert window.trust_list.count() == 0 and not window.remove_trust_button.isEnabled()
    wait_verdict(qtbot, window, lambda: window.verify_text(seal))
    assert window.verdict == "error" and "A trust list is needed" in window.detail.text()

    wait_verdict(qtbot, window, lambda: window.add_trust_file(trust_file))
    assert window.trust_list.count() == 1
    assert exported.trust.root_fingerprint in window.trust_list.item(0).text()
    wait_verdict(qtbot, window, lambda: window.verify_text(seal))
    assert window.verdict == "valid"
    assert dict(window.field_rows(window.current()))["Certificate number"] == QC1
    window.trust_list.setCurrentRow(0)
    window.remove_trust_file()
    assert window.trust_list.count() == 0 and not window.extra
