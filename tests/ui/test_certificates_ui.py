"""Scenario 4 through the screens: the certificates list of the demo office, the issuing wizard
(blocked by a failing Article 27.5 condition, the core's refusal shown, then issued and stored),
revocation refused for a representative and done by the head of office, re-issue, a shipment,
and batch printing; the main window's certificates area and its Verify action (the window itself:
test_verify_window.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from milrep.db.store import Database
from milrep.models.certificates import CertificateStatus
from milrep.services import shipments
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core import suspension_helpers as sh
from tests.core.certificate_helpers import RADIO, YEAR, certifiable, issue, view
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import demo_ops
from tests.ui.conftest import drain as drain_worker
from tests.ui.conftest import make_ops
from ui.models.certificates import CertifiableModel, GoodsModel
from ui.ops import Worker
from ui.views.certificate_wizard import CertificateWizard, split_serials
from ui.views.certificates import CertificatesView
from ui.views.certificates_dialogs import ReissueDialog, RevokeDialog, ShipmentDialog
from ui.views.verify_window import VerifyWindow
from ui.widgets.print_preview import PrintPreviewDialog
from ui.widgets.sign_dialog import SignDialog


QC1, QC2 = f"17/WS1/{YEAR}/QC-0001", f"17/WS1/{YEAR}/QC-0002"


def drain(qtbot: object, worker: Worker, timeout: int = 60000) -> None:
    """As the fixtures' drain, with room for a loaded machine (PDFs are rendered here)."""
    drain_worker(qtbot, worker, timeout)


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


