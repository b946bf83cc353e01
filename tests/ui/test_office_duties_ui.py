"""The "Office duties" area: four tabs of paged lists; a draft contract review marked term by term
and its conclusion signed; a cost verification with items and a signed conclusion; the warning
for requirements referencing a superseded revision; a viewer can open but not change."""

from __future__ import annotations

import datetime as dt
import uuid


from milrep.models.office_duties import (ContractReviewConclusion, CostItem,
                                         CostVerificationConclusion, TechDocKind)
from milrep.rules.contract_terms import TermStatus
from milrep.services import characteristics
from milrep.services import contract_reviews as cr
from milrep.services import cost_verification as cv
from milrep.services import tech_documents as td
from milrep.services.duty_lists import DUTY_LISTS
from tests.conftest import REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.paged import PagedListModel
from ui.ops import Worker
from ui.views.duty_costs import CostItemDialog, VerificationDialog
from ui.views.duty_documents import LinkRequirementDialog
from ui.views.duty_reviews import FINDINGS, OpenReviewDialog, ReviewDialog
from ui.views.office_duties import OfficeDutiesView
from ui.widgets.sign_dialog import SignDialog


def _count(o: OfficeFixture, model: type) -> int:
    with o.db.read() as s:
        return len(s.query(model).all())


def test_the_area_has_four_tabs_and_models_pass_the_tester(
        qtbot, qtmodeltester, worker: Worker, records: OfficeFixture) -> None:  # type: ignore[no-untyped-def]
    o = records
    with o.db.unit_of_work() as uow:
        cr.open_review(uow, o.rep, contract_id=o.ids["contract"], opened_on=dt.date(2026, 1, 5))
    ops = make_ops(worker, o, o.rep)
    view = OfficeDutiesView(ops)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert [view.tabs.tabText(i) for i in range(4)] == [
        "Contract reviews", "Documents and standards", "Secrecy measures", "Cost verification"]
    assert view.reviews.model.rowCount() == 1
    for spec in DUTY_LISTS.values():
        model = PagedListModel(ops, spec)
        model.refresh(reset=True)
        drain(qtbot, worker)
        qtmodeltester.check(model, force_py=True)


def test_review_marked_then_signed(qtbot, worker: Worker, records: OfficeFixture) -> None:  # type: ignore[no-untyped-def]
    o = records
    ops = make_ops(worker, o, o.rep)
    opener = OpenReviewDialog(ops)
    qtbot.addWidget(opener)
    drain(qtbot, worker)
    opener.contract.set_value(o.ids["contract"])
    opener.draft_ref.setText("MoD letter 12/001")
    opener.submit()
    drain(qtbot, worker)
    with o.db.unit_of_work() as uow:
        (review,) = cr.reviews_of_contract(uow, o.viewer, contract_id=o.ids["contract"])
    assert review.draft_ref == "MoD letter 12/001"

    dialog = ReviewDialog(ops, review.id)
    qtbot.addWidget(dialog)
    dialog.show()  # an open dialog reads the review again after each change
    drain(qtbot, worker)
    assert dialog.table.rowCount() == 10 and dialog.table.item(7, 0).text() == "22.4(8)"
    dialog.table.selectRow(7)  # the penalty
    dialog.finding.setCurrentIndex(next(i for i, (s, _t) in enumerate(FINDINGS)
                                        if s is TermStatus.MISSING))
    dialog.remark.setText("")
    before = dump_database(o.db)
    dialog.apply_mark()
    drain(qtbot, worker)
    assert dialog.message.text() == ("Say what the draft lacks about the amount of a forfeit "
                                     "(fine, penalty).")
    assert dump_database(o.db) == before
    dialog.remark.setText("No amount, only a reference to the law")
    dialog.apply_mark()
    drain(qtbot, worker)
    assert dialog.table.item(7, 2).text() == "Missing"
    assert dialog.table.item(7, 4).text() == "reviewer"
    dialog.remarks.setPlainText("State the TU revision in clause 5.1.")
    dialog.store_remarks()
    drain(qtbot, worker)
    dialog.conclusion.setPlainText("Not agreed until the penalty is stated.")
    dialog.sign_conclusion()
    sign = dialog.sign_dialog
    assert isinstance(sign, SignDialog)
    sign.password.setText("wrong")
    sign.submit()
    drain(qtbot, worker)
    assert _count(o, ContractReviewConclusion) == 0 and sign.error.isVisible()
    sign.password.setText(REP_PASSWORD)
    sign.submit()
    drain(qtbot, worker)
    assert _count(o, ContractReviewConclusion) == 1
    assert "not agreed" in dialog.verdict.text() and "CR-0001" in dialog.verdict.text()
    assert not dialog.apply_button.isVisibleTo(dialog)
    dialog.print_button.reload()
    drain(qtbot, worker)
    assert dialog.print_button.kinds() == ["contract_review"]


def test_cost_verification_items_and_conclusion(qtbot, worker: Worker,  # type: ignore[no-untyped-def]
                                                records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        vid = cv.open_verification(uow, o.rep, contract_id=o.ids["contract"], subject="Stage 1",
                                   opened_on=dt.date(2026, 7, 1)).id
    assert vid
    ops = make_ops(worker, o, o.rep)
    dialog = VerificationDialog(ops, vid)
    qtbot.addWidget(dialog)
    dialog.show()
    drain(qtbot, worker)
    item = CostItemDialog(ops, vid, None, dialog)
    item.description.setText("Assembly")
    item.claimed.setText("1,000.50")  # English separators
    item.verified.setText("900")
    item.disputed.setText("100.50")
    before = dump_database(o.db)
    item.submit()
    drain(qtbot, worker)
    assert item.errors.message_for("remarks") == "Say why the amount is disputed."
    assert dump_database(o.db) == before
    item.remarks.setText("Hours above the norm")
    item.submit()
    drain(qtbot, worker)
    assert _count(o, CostItem) == 1
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "100.50"
    assert "disputed 100.50" in dialog.totals.text()
    dialog.conclusion.setPlainText("Confirmed except the disputed hours.")
    dialog.sign_conclusion()
    sign = dialog.sign_dialog
    assert isinstance(sign, SignDialog)
    sign.password.setText(REP_PASSWORD)
    sign.submit()
    drain(qtbot, worker)
    assert not sign.error.isVisible(), sign.error.text()
    assert _count(o, CostVerificationConclusion) == 1
    assert "CV-0001" in dialog.totals.text() and not dialog.add_button.isVisibleTo(dialog)


def test_documents_tab_warns_of_a_superseded_revision(qtbot, worker: Worker,  # type: ignore[no-untyped-def]
                                                      records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        doc = td.register_document(uow, o.rep, form=td.TechDocumentForm(
            "TU 6574-012-2026", "Technical conditions", TechDocKind.SPECIFICATION)).id
    assert doc
    with o.db.unit_of_work() as uow:
        rev2 = td.add_revision(uow, o.rep, document_id=doc, number="2",
                               dated=dt.date(2025, 1, 1)).id
    with o.db.unit_of_work() as uow:
        ch = characteristics.add_characteristic(uow, o.rep, item_id=o.ids["radio"],
                                                form=characteristics.CharacteristicForm(
                                                    name="Output power", lower_limit="36")).id
    assert ch and rev2
    ops = make_ops(worker, o, o.rep)
    with o.db.unit_of_work() as uow:
        (revision,) = td.get_document(uow, o.rep, document_id=doc).revisions
    link = LinkRequirementDialog(ops, revision, "TU 6574-012-2026")
    qtbot.addWidget(link)
    drain(qtbot, worker)
    link.characteristic.set_value(ch)
    before = dump_database(o.db)
    link.submit()  # no clause
    drain(qtbot, worker)
    assert link.errors.message_for("clause") == "Clause is required."
    assert dump_database(o.db) == before
    link.clause.setText("3.2.1")
    link.submit()
    drain(qtbot, worker)
    with o.db.unit_of_work() as uow:
        ref = td.requirement_reference(uow.session, ch)
    assert ref is not None and (ref.revision, ref.clause) == ("2", "3.2.1")
    view = OfficeDutiesView(ops)
    qtbot.addWidget(view)
    view.show()
    drain(qtbot, worker)
    view.tabs.setCurrentIndex(1)
    assert view.documents.warning.isHidden()
    with o.db.unit_of_work() as uow:
        changes = td.add_revision(uow, o.rep, document_id=doc, number="3",
                                  dated=dt.date(2026, 1, 15))
    view.on_changes(changes)
    drain(qtbot, worker)
    assert not view.documents.warning.isHidden()
    assert "Output power — TU 6574-012-2026 rev. 2 cl. 3.2.1 is superseded (current: 3)" in \
        view.documents.warning.text()


def test_a_viewer_opens_but_cannot_change(qtbot, worker: Worker, records: OfficeFixture) -> None:  # type: ignore[no-untyped-def]
    o = records
    with o.db.unit_of_work() as uow:
        rid = cr.open_review(uow, o.rep, contract_id=o.ids["contract"],
                             opened_on=dt.date(2026, 1, 5)).id
    assert isinstance(rid, uuid.UUID)
    ops = make_ops(worker, o, o.viewer)
    view = OfficeDutiesView(ops)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    for panel in view.panels:
        assert not panel.new_button.isEnabled()
    dialog = ReviewDialog(ops, rid)
    qtbot.addWidget(dialog)
    drain(qtbot, worker)
    assert dialog.table.rowCount() == 10
    assert not dialog.apply_button.isEnabled() and not dialog.sign_button.isEnabled()
