"""Scenario 4 through the screens: the certificates list of the demo office, the issuing wizard
(blocked by a failing Article 27.5 condition, the core's refusal shown, then issued and stored),
revocation refused for a representative and done by the head of office, re-issue, a shipment,
batch printing, and the "Verify certificate" window on good and bad inputs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import pypdfium2 as pdfium
from PySide6.QtWidgets import QApplication, QWizard

from milrep.db.store import Database, open_database
from milrep.documents import render_document
from milrep.models.certificates import CertificateStatus
from milrep.services import certificates, shipments
from milrep.services.auth import Actor
from milrep.services.dashboard import office_info
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core import suspension_helpers as sh
from tests.core.certificate_helpers import RADIO, YEAR, certifiable, issue, view
from tests.helpers import copy_database, dump_database, OfficeFixture
from tests.ui.conftest import drain as drain_worker
from tests.ui.conftest import make_ops
from ui import errors
from ui.models.certificates import CertifiableModel, GoodsModel
from ui.ops import Ops, Worker, Workspace
from ui.views.certificate_wizard import CertificateWizard, split_serials
from ui.views.certificates import CertificatesView
from ui.views.certificates_dialogs import ReissueDialog, RevokeDialog, ShipmentDialog
from ui.views.quality_forms import FormDialog
from ui.views.verify_window import VerifyWindow
from ui.widgets.print_preview import PrintPreviewDialog
from ui.widgets.sign_dialog import SignDialog

DEMO_PASSWORD = "Zhetysu2026demo"
QC1, QC2 = f"17/WS1/{YEAR}/QC-0001", f"17/WS1/{YEAR}/QC-0002"


def drain(qtbot: object, worker: Worker, timeout: int = 60000) -> None:
    """As the fixtures' drain, with room for a loaded machine (PDFs are rendered here)."""
    drain_worker(qtbot, worker, timeout)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _p, text: seen.append(text))
    monkeypatch.setattr(errors, "show_unexpected", lambda _p, e: seen.append(repr(e)))
    yield seen
    for w in QApplication.allWidgets():
        if isinstance(w, FormDialog):
            w.unsaved.enabled = False


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    return copy_database(demo_template,
                         tmp_path_factory.mktemp("demo_certificates_ui") / "demo.milrep")


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db, _ = open_database(demo_path, "clerk", DEMO_PASSWORD)
    yield db
    db.close()


def demo_ops(worker: Worker, db: Database, username: str = "clerk") -> Ops:
    actor: Actor = db.actor_for(username)
    with db.read() as s:
        info = office_info(s, db.site_id)
    return Ops(worker, Workspace(db=db, actor=actor, office=info))


@pytest.fixture
def valid(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)


def column(view: CertificatesView, key: str) -> list[object]:
    return [view.model.index(r, [c.key for c in view.spec.columns].index(key)).data()
            for r in range(view.model.rowCount())]


def select(view: CertificatesView, number: str) -> None:
    for row in range(view.model.rowCount()):
        view.select_row(row)
        if view.current_value("number") == number:
            return
    raise AssertionError(f"no certificate {number}")


def sign_with(qtbot: object, worker: Worker, dialog: SignDialog, password: str) -> None:
    dialog.password.setText(password)
    dialog.submit()
    drain(qtbot, worker)


# --- the list ---------------------------------------------------------------------------------

def test_list_shows_the_demo_certificates(qtbot, qtmodeltester, worker: Worker,
                                         demo_db: Database) -> None:
    ops = demo_ops(worker, demo_db)
    view = CertificatesView(ops)
    qtbot.addWidget(view)
    view.show()
    drain(qtbot, worker)
    year = str(YEAR)
    assert sorted(zip(column(view, "number"), column(view, "status"), strict=True)) == [
        (f"17/WS1/{year}/QC-0001", "Valid"), (f"17/WS1/{year}/QC-0002", "Revoked"),
        (f"17/WS1/{year}/QC-0003", "Valid")]
    assert view.count_label.text() == "3 in total"
    # a clerk (viewer) sees them but may not issue
    assert not view.new_button.isEnabled() and view.new_button.text() == "Issue certificate…"

    view.status_filter.setCurrentIndex(view.status_filter.findData("revoked"))
    drain(qtbot, worker)
    assert column(view, "number") == [f"17/WS1/{year}/QC-0002"]
    view.select_row(0)
    drain(qtbot, worker)
    shown = view.detail.view
    assert shown is not None and shown.summary.status is CertificateStatus.REVOKED
    assert view.detail.revocation.isVisible() and "Revoked on" in view.detail.revocation.text()
    assert not view.detail.revoke_button.isEnabled()  # a viewer, and already revoked
    assert view.detail.goods.rowCount() == 1
    goods_model = GoodsModel()  # its own model: the view's is freed before the tester's end
    goods_model.set_rows(shown.goods)
    qtmodeltester.check(goods_model, force_py=True)
    labels = [view.detail.form.itemAt(i, view.detail.form.ItemRole.LabelRole).widget().text()
              for i in range(view.detail.form.rowCount())]
    assert labels[:3] == ["Number", "Issued", "Representative"] and "Tests" in labels

    # a double-click (open) shows the certificate's print preview
    view.open_current()
    drain(qtbot, worker)
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)]
    assert len(previews) == 1
    assert previews[0].windowTitle() == (f"Certificate confirming quality No. 17/WS1/{year}/"
                                         "QC-0002 — print preview")
    previews[0].close()

    view.status_filter.setCurrentIndex(0)
    view.search.setText("ZIP-168")
    view.model.set_text("ZIP-168")
    drain(qtbot, worker)
    assert column(view, "item") == ["Spare-part kit ZIP-168 for R-168-5UN"]


# --- the issuing wizard -----------------------------------------------------------------------

def test_wizard_blocks_on_a_failing_condition_then_issues(qtbot, qtmodeltester, worker: Worker,
                                                         valid: OfficeFixture) -> None:
    o = valid
    ops = make_ops(worker, o, o.rep)
    wizard = CertificateWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    drain(qtbot, worker)
    goods = wizard.goods_page
    assert [r.lot_number for r in goods.model.rows] == ["L-2026-004"]
    records_model = CertifiableModel()
    records_model.set_rows(goods.model.rows)
    qtmodeltester.check(records_model, force_py=True)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing ticked yet
    goods.model.set_checked(goods.model.rows[0].id, True)
    assert next_button.isEnabled()

    # 15 of 10: the quantities condition fails, the others hold; Sign and issue stays disabled
    before = dump_database(o.db)
    goods.quantity.setValue(15)
    wizard.next()
    drain(qtbot, worker)
    page = wizard.checklist_page
    assert wizard.currentPage() is page
    marks = dict(page.marks())
    assert len(marks) == 8 and marks.pop("contract_quantity") is False
    assert all(marks.values())
    assert page.summary.text().startswith("✗  1 of 8 conditions not met")
    assert not next_button.isEnabled() and next_button.text() == "Sign and issue…"
    failing = page.checklist.failing()  # type: ignore[union-attr]
    assert "15 pcs is more than accepted and not yet certified (10 pcs)" in failing[0].reason
    assert dump_database(o.db) == before

    # every unit not yet certified: all met
    wizard.back()
    goods.quantity.setValue(0)
    wizard.next()
    drain(qtbot, worker)
    assert page.checklist is not None and page.checklist.ok
    assert page.summary.text() == "✓  All 8 conditions are met."
    assert next_button.isEnabled()
    wizard.next()
    sign = wizard.sign_page
    assert wizard.currentPage() is sign
    assert "Radio station R-168-5UN: 10 pcs, lot L-2026-004" in sign.about.text()

    # a wrong password: said on the page, nothing stored
    sign.password.setText("not-my-password")
    wizard.next()
    drain(qtbot, worker)
    assert wizard.currentPage() is sign and sign.error.isVisible()
    assert "password" in sign.error.text().lower()
    assert dump_database(o.db) == before

    sign.password.setText(REP_PASSWORD)
    issued: list[object] = []
    wizard.issued.connect(issued.append)
    wizard.next()
    drain(qtbot, worker)
    result = wizard.result_page
    assert wizard.currentPage() is result
    assert result.headline.text() == f"Certificate No. {QC1}"
    assert result.print_button.isEnabled() and result.preview_button.isEnabled()
    assert len(issued) == 1 and isinstance(issued[0], uuid.UUID)
    stored = view(o, issued[0])  # type: ignore[arg-type]
    assert (stored.summary.number, stored.summary.status, stored.summary.quantity,
            stored.summary.item_name, stored.issued_by) == (
        QC1, CertificateStatus.VALID, 10, RADIO, "G. Akhmetova")


def test_wizard_shows_the_core_refusal_when_a_condition_fails_after_the_check(
        qtbot, worker: Worker, valid: OfficeFixture) -> None:
    o = valid
    ops = make_ops(worker, o, o.rep)
    wizard = CertificateWizard(ops, preselect=[o.ids["ar"]])
    qtbot.addWidget(wizard)
    wizard.show()
    drain(qtbot, worker)
    assert wizard.goods_page.model.checked == {o.ids["ar"]}
    wizard.next()
    drain(qtbot, worker)
    assert wizard.checklist_page.isComplete()
    wizard.next()
    # meanwhile the head of office suspends the item on another workstation
    sh.suspend(o, sh.sp.SuspensionForm(ground=sh.G.QUALITY_DECISIONS, scope=sh.S.ITEM,
                                       item_id=o.ids["radio"], reason="Decision 3"))
    before = dump_database(o.db)
    wizard.sign_page.password.setText(REP_PASSWORD)
    wizard.next()
    drain(qtbot, worker)
    error = wizard.sign_page.error.text()
    assert wizard.currentPage() is wizard.sign_page
    assert error.startswith("The certificate cannot be issued (Article 27.5):")
    assert f"suspension 17/WS1/{YEAR}/SP-0001 is in force" in error
    assert dump_database(o.db) == before


def test_wizard_says_what_is_wrong_with_the_goods_chosen(qtbot, worker: Worker,
                                                        valid: OfficeFixture) -> None:
    o = valid
    ops = make_ops(worker, o, o.rep)
    wizard = CertificateWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    drain(qtbot, worker)
    goods = wizard.goods_page
    goods.model.set_checked(goods.model.rows[0].id, True)
    goods.serials.setText("0405, 9999")
    wizard.next()
    drain(qtbot, worker)
    page = wizard.checklist_page
    assert not page.isComplete() and not page.marks()
    assert "9999" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.back()
    assert goods.error.isVisible() and goods.error.text() == page.summary.text()
    assert split_serials(" 0405,0406;\n0407  0408 ") == ["0405", "0406", "0407", "0408"]


# --- revoke, re-issue, ship -------------------------------------------------------------------

def test_revoke_refused_for_a_representative_and_done_by_the_chief(
        qtbot, worker: Worker, valid: OfficeFixture) -> None:
    o = valid
    cid = issue(o)
    rep_ops = make_ops(worker, o, o.rep)
    rep_view = CertificatesView(rep_ops)
    qtbot.addWidget(rep_view)
    drain(qtbot, worker)
    select(rep_view, QC1)
    drain(qtbot, worker)
    assert rep_view.detail.view is not None
    assert not rep_view.detail.revoke_button.isEnabled()
    assert "Only the head of office" in rep_view.detail.revoke_button.toolTip()
    assert rep_view.detail.ship_button.isEnabled()

    # even with the dialog opened, the core refuses the representative
    before = dump_database(o.db)
    dialog = RevokeDialog(rep_ops, rep_view.detail.view, rep_view)
    dialog.reason.setPlainText("Issued to the wrong unit")
    dialog.submit()
    sign_with(qtbot, worker, dialog.sign_dialog, REP_PASSWORD)  # type: ignore[arg-type]
    assert dialog.sign_dialog.error.isVisible()  # type: ignore[union-attr]
    assert "not allowed" in dialog.sign_dialog.error.text().lower() or \
        "head of office" in dialog.sign_dialog.error.text().lower()  # type: ignore[union-attr]
    assert dump_database(o.db) == before

    chief_ops = make_ops(worker, o, o.chief)
    chief_view = CertificatesView(chief_ops)
    qtbot.addWidget(chief_view)
    chief_ops.changes_applied.connect(chief_view.on_changes)
    drain(qtbot, worker)
    select(chief_view, QC1)
    drain(qtbot, worker)
    assert chief_view.detail.revoke_button.isEnabled()
    chief_view.revoke_current()
    revoke = chief_view.dialog
    assert isinstance(revoke, RevokeDialog)
    # no reason: said by the field, the sign dialog closes, nothing stored
    revoke.submit()
    sign_with(qtbot, worker, revoke.sign_dialog, CHIEF_PASSWORD)  # type: ignore[arg-type]
    assert "Reason" in revoke.errors.message_for("reason") or revoke.errors.message_for("reason")
    assert dump_database(o.db) == before
    revoke.reason.setPlainText("Issued to the wrong unit")
    revoke.submit()
    sign_with(qtbot, worker, revoke.sign_dialog, CHIEF_PASSWORD)  # type: ignore[arg-type]
    assert view(o, cid).summary.status is CertificateStatus.REVOKED
    assert view(o, cid).revocation.reason == "Issued to the wrong unit"  # type: ignore[union-attr]
    drain(qtbot, worker)
    assert column(chief_view, "status") == ["Revoked"]
    assert chief_view.detail.view is not None
    assert chief_view.detail.view.summary.status is CertificateStatus.REVOKED
    assert not chief_view.detail.revoke_button.isEnabled()


def test_reissue_and_shipment_through_the_dialogs(qtbot, worker: Worker,
                                                  valid: OfficeFixture) -> None:
    o = valid
    old = issue(o)
    ops = make_ops(worker, o, o.chief)
    screen = CertificatesView(ops)
    qtbot.addWidget(screen)
    ops.changes_applied.connect(screen.on_changes)
    drain(qtbot, worker)
    select(screen, QC1)
    drain(qtbot, worker)

    screen.ship_current()
    ship = screen.dialog
    assert isinstance(ship, ShipmentDialog)
    drain(qtbot, worker)
    assert ship.left.text() == "Certified and not yet shipped: 10 pcs"
    before = dump_database(o.db)
    ship.quantity.setValue(4)
    ship.submit()  # no shipping document
    drain(qtbot, worker)
    assert ship.errors.message_for("document_no") and dump_database(o.db) == before
    ship.document_no.setText("TTN-0042")
    ship.submit()
    drain(qtbot, worker)
    with o.db.unit_of_work() as uow:
        shipped = shipments.list_shipments(uow, o.viewer)
    assert [(s.document_no, s.quantity, s.certificate_number) for s in shipped] == [
        ("TTN-0042", 4, QC1)]

    screen.reissue_current()
    reissue = screen.dialog
    assert isinstance(reissue, ReissueDialog)
    reissue.reason.setPlainText("Recipient corrected")
    reissue.submit()
    sign_with(qtbot, worker, reissue.sign_dialog, CHIEF_PASSWORD)  # type: ignore[arg-type]
    assert reissue.new_id is not None
    assert view(o, old).summary.status is CertificateStatus.SUPERSEDED
    new = view(o, reissue.new_id)
    assert new.summary.number == QC2 and new.supersedes == QC1
    drain(qtbot, worker)
    assert sorted(zip(column(screen, "number"), column(screen, "status"), strict=True)) == [
        (QC1, "Superseded"), (QC2, "Valid")]


def test_print_selected_prints_every_certificate_as_one_job(qtbot, worker: Worker,
                                                           valid: OfficeFixture,
                                                           tmp_path: Path) -> None:
    from tests.ui.test_print_preview import pdf_pages, pdf_printer
    from ui.views.certificates_print import print_certificates

    o = valid
    first = issue(o, quantity=None, serials=["0405", "0406"])
    second = issue(o, serials=["0407"])
    ops = make_ops(worker, o, o.viewer)
    screen = CertificatesView(ops)
    qtbot.addWidget(screen)
    drain(qtbot, worker)
    screen.table.selectAll()
    chosen = screen.selected()
    assert {c for c, _n in chosen} == {first, second}
    assert screen.print_selected_button.text() == "Print selected (2)…"
    out = tmp_path / "batch.pdf"
    run = print_certificates(ops, chosen, screen, printer=pdf_printer(out))
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    assert run.outcome.complete and len(run.outcome.printed) == 2
    assert len(pdf_pages(out)) == run.outcome.pages >= 2


# --- verifying --------------------------------------------------------------------------------

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


def test_main_window_has_the_certificates_area_and_verify_action(
        qtbot, worker: Worker, valid: OfficeFixture, languages, settings) -> None:
    from ui.views.main_window import MainWindow

    o = valid
    window = MainWindow(make_ops(worker, o, o.rep), languages, settings)
    qtbot.addWidget(window)
    drain(qtbot, worker)
    assert "certificates" in window.sidebar.areas()
    window.show_area("certificates")
    assert window.current() is window.certificates and window.certificates.new_button.isEnabled()
    assert window.verify_action.shortcut().toString() == "Ctrl+Shift+V"
    window.verify_action.trigger()
    drain(qtbot, worker)
    opened = window.findChildren(VerifyWindow)
    assert len(opened) == 1 and opened[0].isVisible()
    qtbot.waitUntil(lambda: opened[0].office is not None, timeout=60000)
    # the Issue button opens the wizard with the records still to certify
    window.certificates.new_button.click()
    drain(qtbot, worker)
    wizard = window.certificates.wizard
    assert wizard is not None and wizard.isVisible()
    assert [r.id for r in wizard.goods_page.model.rows] == [o.ids["ar"]]
    # let the other areas' delayed reads (e.g. a filter's debounce) end while the worker runs
    qtbot.wait(400)
    drain(qtbot, worker)
    window.close()


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
