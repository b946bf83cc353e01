"""Scenario 5 through the screens: a negative periodic test proposes a suspension, the head of
office signs it, the list shows it in force, resumption is blocked with a checklist until the
nonconformity is closed and a repeat test is positive; a representative cannot resume."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from milrep.errors import PermissionDenied
from milrep.models import quality as q
from milrep.models.requirements import Severity
from milrep.services import nonconformities, product_tests
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from milrep.services.lists import PRODUCT_TESTS, SUSPENSIONS
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.paged import PagedListModel
from ui.ops import Worker
from ui.views.product_tests import RecordResultDialog, RegisterTestDialog, ProductTestsView
from ui.views.suspensions import ResumeDialog, SuspendDialog, SuspensionsView
from ui.widgets.sign_dialog import SignDialog

VIBRATION = "Vibration strength: resonance at 55 Hz, the front panel came loose"


def _test(o: OfficeFixture, *, started: dt.date, result: q.TestResult | None = None,
          protocol: str = "", summary: str = "All checks passed",
          repeat_of: object = None) -> object:
    with o.db.unit_of_work() as uow:
        tid = product_tests.register_test(uow, o.rep, kind=q.TestKind.PERIODIC,
                                          item_id=o.ids["radio"], started_on=started,
                                          repeat_of_id=repeat_of).id  # type: ignore[arg-type]
    if result is not None:
        with o.db.unit_of_work() as uow:
            product_tests.record_result(uow, o.rep, test_id=tid, result=result,  # type: ignore[arg-type]
                                        protocol_number=protocol, results_summary=summary,
                                        completed_on=started + dt.timedelta(days=4))
    return tid


def _select(view: object, key: str, value: object) -> None:
    for row in range(view.model.rowCount()):  # type: ignore[attr-defined]
        view.select_row(row)  # type: ignore[attr-defined]
        if view.current_value(key) == value:  # type: ignore[attr-defined]
            return
    raise AssertionError(f"no row with {key}={value!r}")


def _sign(qtbot: object, worker: Worker, parent: object, password: str) -> SignDialog:
    dialog = parent.sign_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, SignDialog)
    dialog.password.setText(password)
    dialog.submit()
    drain(qtbot, worker)
    return dialog


def test_suspension_and_test_models(qtbot, qtmodeltester, worker: Worker,
                                    records: OfficeFixture) -> None:
    o = records
    _test(o, started=dt.date(2026, 5, 10), result=q.TestResult.POSITIVE, protocol="PI-1/2026")
    failed = _test(o, started=dt.date(2026, 11, 16), result=q.TestResult.NEGATIVE,
                   protocol="PI-2/2026", summary=VIBRATION)
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.chief, test_id=failed)  # type: ignore[arg-type]
    with o.db.unit_of_work() as uow:
        sp.suspend(uow, o.chief, form=proposal.form, password=CHIEF_PASSWORD)
    ops = make_ops(worker, o, o.viewer)
    tests = PagedListModel(ops, PRODUCT_TESTS)
    tests.refresh(reset=True)
    susp = PagedListModel(ops, SUSPENSIONS, labels={"state": lambda v: v}, badges={"state"})
    susp.refresh(reset=True)
    drain(qtbot, worker)
    assert tests.rowCount() == 2 and susp.rowCount() == 1
    state = [c.key for c in SUSPENSIONS.columns].index("state")
    assert susp.index(0, state).data() == "in_force"
    qtmodeltester.check(tests, force_py=True)
    qtmodeltester.check(susp, force_py=True)
    susp.set_scope({"state": "resumed"})
    drain(qtbot, worker)
    assert susp.rowCount() == 0


def test_scenario_5_through_the_screens(qtbot, worker: Worker, records: OfficeFixture,
                                        monkeypatch: pytest.MonkeyPatch,
                                        no_message_boxes: list[str]) -> None:
    o = records
    _test(o, started=dt.date(2026, 5, 10), result=q.TestResult.POSITIVE, protocol="PI-1/2026")
    ops = make_ops(worker, o, o.chief)
    tests = ProductTestsView(ops)
    suspensions = SuspensionsView(ops)
    for view in (tests, suspensions):
        ops.changes_applied.connect(view.on_changes)
        qtbot.addWidget(view)
    drain(qtbot, worker)

    # the periodic test is registered and recorded negative in the Tests area
    tests.new_record()
    register = tests.findChildren(RegisterTestDialog)[-1]
    drain(qtbot, worker)
    register.item.set_value(o.ids["radio"])
    register.started.set_date(dt.date(2026, 11, 16))
    register.submit()
    drain(qtbot, worker)
    _select(tests, "result", "pending")
    # answer "Yes" to "review the proposed suspension now?"
    monkeypatch.setattr(QMessageBox, "open", lambda box: box.buttonClicked.emit(
        box.button(QMessageBox.StandardButton.Yes)))
    tests.record_result()
    record = tests.findChildren(RecordResultDialog)[-1]
    record.outcome.setCurrentIndex(record.outcome.findData(q.TestResult.NEGATIVE))
    record.protocol.setText("PI-2/2026")
    record.summary.setPlainText(VIBRATION)
    record.completed.set_date(dt.date(2026, 11, 20))
    record.submit()
    drain(qtbot, worker)
    drain(qtbot, worker)

    # the proposal, pre-filled: ground, scope, item, "made since" the last positive test
    dialog = tests.suspend_dialog
    assert isinstance(dialog, SuspendDialog)
    drain(qtbot, worker)
    assert dialog.ground.currentData() == q.SuspensionGround.FAILED_TESTS
    assert dialog.scope.currentData() == q.SuspensionScope.ITEM
    assert dialog.item.value() == o.ids["radio"]
    assert dialog.since.value() == dt.date(2026, 5, 14)
    assert "PI-2/2026" in dialog.reason.toPlainText()
    assert "L-2026-004" in dialog.intro.text()

    # a wrong password: said in the sign dialog, nothing stored, the input kept
    dialog.submit()
    before = dump_database(o.db)
    sign = _sign(qtbot, worker, dialog, "wrong-password")
    assert sign.isVisible() and not sign.error.isHidden()
    assert sign.password.text() == "wrong-password"
    assert dump_database(o.db) == before
    sign.password.setText(CHIEF_PASSWORD)
    sign.submit()
    drain(qtbot, worker)
    assert not sign.isVisible() and not dialog.isVisible()
    drain(qtbot, worker)

    # the list shows it in force
    assert suspensions.model.rowCount() == 1
    suspensions.select_row(0)
    assert suspensions.current_value("state") == "in_force"
    assert suspensions.resume_button.isEnabled()

    # resumption is blocked: the checklist says what is missing
    with o.db.unit_of_work() as uow:
        nc = nonconformities.raise_nonconformity(uow, o.rep, item_id=o.ids["radio"],
                                                 severity=Severity.CRITICAL,
                                                 description=VIBRATION).id
    suspensions.resume_current()
    resume = suspensions.findChildren(ResumeDialog)[-1]
    drain(qtbot, worker)
    resume.actions.setPlainText("Front-panel fastening changed; 3 stations reworked")
    missing = resume.missing()
    assert any(m.startswith("Nonconformities still open") for m in missing)
    assert any(m.startswith("No positive repeat test of Periodic test No. PI-2/2026")
               for m in missing)
    ok = resume.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()

    # the nonconformity is closed and a positive repeat test recorded: the checklist clears
    for fn, kw in ((nonconformities.set_disposition, {"disposition": q.Disposition.REWORK}),
                   (nonconformities.set_corrective_action, {"corrective_action": "M4 screws"}),
                   (nonconformities.verify_effect, {"verification": "Vibration re-test ok"}),
                   (nonconformities.close_nonconformity, {})):
        with o.db.unit_of_work() as uow:
            changes = fn(uow, o.rep, nonconformity_id=nc, **kw)  # type: ignore[operator]
    failed = next(t for t in _tests(o) if t.protocol_number == "PI-2/2026")
    _test(o, started=dt.date(2026, 11, 21), result=q.TestResult.POSITIVE, protocol="PI-3/2026",
          summary="Vibration strength: ok", repeat_of=failed.id)
    ops.changes_applied.emit(changes)
    drain(qtbot, worker)
    drain(qtbot, worker)
    assert resume.missing() == []
    assert ok.isEnabled()
    resume.submit()
    _sign(qtbot, worker, resume, CHIEF_PASSWORD)
    drain(qtbot, worker)
    assert not resume.isVisible()
    suspensions.select_row(0)
    assert suspensions.current_value("state") == "resumed"
    assert not suspensions.resume_button.isEnabled()
    with o.db.unit_of_work() as uow:
        assert sp.list_suspensions(uow, o.viewer, active_only=True) == ()
    assert no_message_boxes == []


def _tests(o: OfficeFixture) -> tuple[product_tests.TestInfo, ...]:
    with o.db.unit_of_work() as uow:
        return product_tests.list_tests(uow, o.viewer)


def test_representative_sees_resume_disabled_and_the_service_refuses(
        qtbot, worker: Worker, records: OfficeFixture, no_message_boxes: list[str]) -> None:
    o = records
    failed = _test(o, started=dt.date(2026, 11, 16), result=q.TestResult.NEGATIVE,
                   protocol="PI-2/2026", summary=VIBRATION)
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.rep, test_id=failed)  # type: ignore[arg-type]
    with o.db.unit_of_work() as uow:  # a representative may suspend
        sid = sp.suspend(uow, o.rep, form=proposal.form, password=REP_PASSWORD).id
    ops = make_ops(worker, o, o.rep)
    view = SuspensionsView(ops)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    view.select_row(0)
    assert view.current_value("state") == "in_force"
    assert view.new_button.isEnabled()
    assert not view.resume_button.isEnabled()
    # the dialog, opened anyway, keeps Sign disabled; the service is the gate
    dialog = ResumeDialog(ops, sid, view)  # type: ignore[arg-type]
    drain(qtbot, worker)
    dialog.actions.setPlainText("x")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    before = dump_database(o.db)
    dialog.submit()
    sign = _sign(qtbot, worker, dialog, REP_PASSWORD)
    assert "not allowed" in sign.error.text()
    assert dump_database(o.db) == before
    with pytest.raises(PermissionDenied), o.db.unit_of_work() as uow:
        sp.resume(uow, o.rep, suspension_id=sid, corrective_actions="x",
                  password=REP_PASSWORD)


def test_dashboard_counts_and_opens_the_suspension(qtbot, worker: Worker, records: OfficeFixture,
                                                   languages, settings) -> None:
    from ui.views.main_window import MainWindow  # noqa: PLC0415
    from ui.views.suspensions import SuspensionViewer  # noqa: PLC0415

    o = records
    failed = _test(o, started=dt.date(2026, 11, 16), result=q.TestResult.NEGATIVE,
                   protocol="PI-2/2026", summary=VIBRATION)
    with o.db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, o.chief, test_id=failed)  # type: ignore[arg-type]
    with o.db.unit_of_work() as uow:
        sid = sp.suspend(uow, o.chief, form=proposal.form, password=CHIEF_PASSWORD).id
    with o.db.unit_of_work() as uow:
        nonconformities.raise_nonconformity(uow, o.rep, item_id=o.ids["radio"],
                                            severity=Severity.MAJOR, description=VIBRATION)
    window = MainWindow(make_ops(worker, o, o.chief), languages, settings)
    qtbot.addWidget(window)
    drain(qtbot, worker)
    block = window.screens["dashboard"].quality  # type: ignore[attr-defined]
    assert [c.value.text() for c in block.cards][0::2] == ["1", "1"]  # suspensions, open NCs
    entry = block.entries.item(0)
    assert "SP-0001 in force since" in entry.text() and "R-168-5UN" in entry.text()
    block._activated(entry)
    drain(qtbot, worker)
    assert window.current().area == "suspensions"
    viewer = window.findChildren(SuspensionViewer)[-1]
    assert sp.ground_label(q.SuspensionGround.FAILED_TESTS) in viewer.findChild(
        type(viewer.layout().itemAt(0).widget())).text()
    assert window.suspensions.current_id() == sid


def test_opinion_signed_and_tests_due(qtbot, worker: Worker, records: OfficeFixture,
                                      no_message_boxes: list[str]) -> None:
    from ui.views.product_tests import OpinionDialog, TestsDueDialog  # noqa: PLC0415

    o = records
    _test(o, started=dt.date(2026, 11, 16), result=q.TestResult.NEGATIVE, protocol="PI-2/2026",
          summary=VIBRATION)
    ops = make_ops(worker, o, o.rep)
    view = ProductTestsView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    view.select_row(0)
    assert view.opinion_button.isEnabled() and view.repeat_button.isEnabled()
    assert not view.result_button.isEnabled()
    view.issue_opinion()
    dialog = view.findChildren(OpinionDialog)[-1]
    dialog.submit()  # no conclusion: the service's message by the field, after the password
    _sign(qtbot, worker, dialog, REP_PASSWORD)
    assert dialog.errors.message_for("conclusion")
    dialog.conclusion.setPlainText("The radio stations do not meet the vibration requirement.")
    dialog.submit()
    _sign(qtbot, worker, dialog, REP_PASSWORD)
    assert not dialog.isVisible()
    view.select_row(0)
    assert str(view.current_value("opinion")).endswith("0001")
    assert not view.opinion_button.isEnabled()
    view.open_current()
    drain(qtbot, worker)
    from ui.views.product_tests import TestViewer  # noqa: PLC0415
    assert "PI-2/2026" in view.findChildren(TestViewer)[-1].text.text()
    view.show_due()
    drain(qtbot, worker)
    due = view.findChildren(TestsDueDialog)[-1]
    assert due.table.rowCount() >= 0
    assert no_message_boxes == []
