"""The Print… actions of the screens on real records: offered only for the documents a record has
(the return notice only after a return, the resumption decision only after a resumption, the
opinion only once issued), and opening one shows the core's PDF in the print preview."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QApplication

from milrep.documents import render_document
from milrep.models import quality as q
from milrep.models.acceptance import Verdict
from milrep.models.requirements import SamplingMode
from milrep.services import suspensions as sp
from tests.conftest import REP_PASSWORD
from tests.core.acceptance_helpers import decide, fill, open_insp, present, setup_radio
from tests.core.documents_helpers import quality_records
from tests.core.suspension_helpers import suspend
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui import errors
from ui.ops import Ops, Worker
from ui.printing import print_worker
from ui.views.decision_dialog import DecisionDialog
from ui.views.inspection_window import InspectionWindow
from ui.views.product_tests import ProductTestsView, TestViewer
from ui.views.suspensions import SuspensionsView, SuspensionViewer
from ui.widgets.document_button import DocumentsButton
from ui.widgets.print_preview import PrintPreviewDialog
from ui.widgets.sign_dialog import SignDialog


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _p, text: seen.append(text))
    monkeypatch.setattr(errors, "show_unexpected", lambda _p, e: seen.append(repr(e)))
    yield seen
    print_worker().submit(lambda: None, lambda _r, _e: None).result(timeout=30)
    QApplication.processEvents()


def kinds(qtbot, button: DocumentsButton, worker: Worker) -> list[str]:
    drain(qtbot, worker)
    return button.kinds() if button.isEnabled() else []


def open_from_menu(qtbot, button: DocumentsButton, worker: Worker,
                   kind: str) -> PrintPreviewDialog:
    action = button.action_for(kind)
    assert action is not None
    with qtbot.waitSignal(button.preview_opened, timeout=10000) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, PrintPreviewDialog)
    if dialog.pdf_layout is None:
        with qtbot.waitSignal(dialog.layout_loaded, timeout=10000):
            pass
    return dialog


def page_count(o: OfficeFixture, kind: str, object_id: uuid.UUID) -> int:
    with o.db.read() as s:
        doc = pdfium.PdfDocument(render_document(s, kind, object_id))
    try:
        return len(doc)
    finally:
        doc.close()


def test_the_return_notice_is_offered_only_after_the_return(qtbot, worker: Worker,
                                                            records: OfficeFixture,
                                                            messages: list[str]) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.FIXED, fixed=3)
    iid = open_insp(o, present(o, "OTK-311"))
    fill(o, iid, bad={("freq", 2): Decimal("2.1")})
    ops = make_ops(worker, o, o.rep)
    window = InspectionWindow(ops, iid)
    qtbot.addWidget(window)
    assert kinds(qtbot, window.print_button, worker) == ["inspection_protocol"]  # a draft

    window.decide()
    decision = window.findChildren(DecisionDialog)[-1]
    assert decision.return_lot.isChecked()
    assert not decision.print_button.isVisibleTo(decision)  # nothing is issued before signing
    decision.reason.setPlainText("Frequency stability out of limits on 0406")
    decision.submit()
    sign = decision.findChildren(SignDialog)[-1]
    sign.password.setText(REP_PASSWORD)
    sign.submit()
    drain(qtbot, worker)
    assert "RN-" in decision.document_number()
    both = ["inspection_protocol", "return_notice"]
    assert kinds(qtbot, decision.print_button, worker) == both
    assert decision.print_button.isVisibleTo(decision)
    assert kinds(qtbot, window.print_button, worker) == both  # the window heard the change
    action = window.print_button.action_for("return_notice")
    assert action is not None and decision.document_number() in action.text()

    before = dump_database(o.db)
    dialog = open_from_menu(qtbot, window.print_button, worker, "return_notice")
    notice = window.print_button.refs[1].object_id
    assert dialog.page_count == page_count(o, "return_notice", notice) >= 1
    assert decision.document_number().replace("/", "-") in dialog.filename
    assert dump_database(o.db) == before  # printing changes nothing stored
    assert messages == []


def test_an_accepted_inspection_has_no_return_notice(qtbot, worker: Worker,
                                                     records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.FIXED, fixed=3)
    iid = open_insp(o, present(o, "OTK-312"))
    fill(o, iid)
    decide(o, iid, Verdict.ACCEPT)
    button = DocumentsButton(make_ops(worker, o, o.viewer))  # a viewer may print too
    qtbot.addWidget(button)
    button.set_record("inspections", iid)
    assert kinds(qtbot, button, worker) == ["inspection_protocol"]
    button.set_record("inspections", None)
    assert kinds(qtbot, button, worker) == [] and not button.isEnabled()


@pytest.fixture
def quality(records: OfficeFixture) -> OfficeFixture:
    """A failed periodic test with its opinion, its suspension resumed after a positive repeat
    test (scenario 5), and a second suspension, by hand, still in force."""
    o = records
    setup_radio(o)
    failed, repeat, opinion, resumed, resumption = quality_records(o)
    o.ids.update(failed=failed, repeat=repeat, opinion=opinion, resumed=resumed,
                 resumption=resumption)
    o.ids["in_force"] = suspend(o, sp.SuspensionForm(
        ground=q.SuspensionGround.CONTRACT_TERMS, scope=q.SuspensionScope.CONTRACT,
        contract_id=o.ids["contract"], reason="Technical documentation not delivered"))
    return o


def _select(qtbot, view, worker: Worker, record_id: uuid.UUID) -> None:
    drain(qtbot, worker)
    for row in range(view.model.rowCount()):
        if view.model.row_id(row) == record_id:
            view.select_row(row)
            break
    else:
        raise AssertionError(f"{record_id} not listed")
    drain(qtbot, worker)


def test_suspensions_print_the_notice_and_the_resumption_once_resumed(
        qtbot, worker: Worker, quality: OfficeFixture) -> None:
    o = quality
    ops = make_ops(worker, o, o.chief)
    view = SuspensionsView(ops)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert kinds(qtbot, view.print_button, worker) == []  # nothing selected
    _select(qtbot, view, worker, o.ids["in_force"])
    assert kinds(qtbot, view.print_button, worker) == ["suspension_notice"]
    _select(qtbot, view, worker, o.ids["resumed"])
    assert kinds(qtbot, view.print_button, worker) == ["suspension_notice", "resumption_decision"]
    dialog = open_from_menu(qtbot, view.print_button, worker, "resumption_decision")
    assert dialog.page_count == page_count(o, "resumption_decision", o.ids["resumption"])

    with o.db.unit_of_work() as uow:
        info = sp.get_suspension(uow, o.viewer, suspension_id=o.ids["in_force"])
    viewer = SuspensionViewer(info, view, ops=ops)
    assert viewer.print_button is not None
    assert kinds(qtbot, viewer.print_button, worker) == ["suspension_notice"]


def test_tests_print_the_opinion_only_once_issued(qtbot, worker: Worker,
                                                  quality: OfficeFixture) -> None:
    o = quality
    ops: Ops = make_ops(worker, o, o.viewer)
    view = ProductTestsView(ops)
    qtbot.addWidget(view)
    _select(qtbot, view, worker, o.ids["repeat"])  # positive, no opinion issued
    assert kinds(qtbot, view.print_button, worker) == [] and not view.print_button.isEnabled()
    _select(qtbot, view, worker, o.ids["failed"])
    assert kinds(qtbot, view.print_button, worker) == ["test_opinion"]
    button = view.print_button  # the icon only in this crowded toolbar; named for the keyboard
    assert button.text() == "" and button.accessibleName() == "Print…"
    assert button.toolTip().startswith("Print… Preview, print or save as PDF")
    dialog = open_from_menu(qtbot, view.print_button, worker, "test_opinion")
    assert dialog.page_count == page_count(o, "test_opinion", o.ids["opinion"])

    from milrep.services import product_tests as pt

    with o.db.unit_of_work() as uow:
        info = pt.get_test(uow, o.viewer, test_id=o.ids["repeat"])
    viewer = TestViewer(info, view, ops=ops)
    assert viewer.print_button is not None
    assert kinds(qtbot, viewer.print_button, worker) == []
