"""Screenshots of the suspensions, tests and quality areas (called by :mod:`ui.screenshots`):
scenario 5 on the demo office — a negative periodic test, the proposal, the signed suspension,
resumption blocked with its checklist, nonconformities and decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from milrep.errors import ValidationError
from milrep.models.quality import Disposition, TestKind, TestResult
from milrep.models.requirements import Severity
from milrep.services import decisions, nonconformities, product_tests
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from milrep.services.lists import CONTROL_LIST, ListQuery, count_rows, fetch_page
from ui.ops import Ops

RADIO = "Radio station R-168-5UN"
VIBRATION = "Vibration strength: resonance at 55 Hz, the front panel came loose"


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from ui.views.nonconformities import DispositionDialog  # noqa: PLC0415
    from ui.views.product_tests import RecordResultDialog  # noqa: PLC0415
    from ui.views.suspensions import ResumeDialog, SuspendDialog  # noqa: PLC0415
    from ui.widgets.sign_dialog import SignDialog  # noqa: PLC0415

    db, chief = ops.workspace.db, ops.actor
    with db.read() as s:
        q = ListQuery(text="R-168-5UN", sort="name")
        radio = next(r[0] for r in fetch_page(s, CONTROL_LIST, q, offset=0, limit=50,
                                               total=count_rows(s, CONTROL_LIST, q))
                     if r[1] == RADIO)
    today = dt.date.today()

    def run(fn: Callable[..., Any], **kw: Any) -> Any:
        with db.unit_of_work() as uow:
            return fn(uow, chief, **kw).id

    # the demo's history has the periodic tests PI-1…PI-3/2026 of the radio (demo_acceptance.py):
    # this is the next one, failing again
    failed = run(product_tests.register_test, kind=TestKind.PERIODIC, item_id=radio,
                 started_on=today - dt.timedelta(days=9), programme_ref="PMI 6574-012-2026")
    window.show_area("tests")
    window.tests.refresh()
    snap(window, "80-main-tests-pending")
    record = RecordResultDialog(ops, failed, window)
    record.outcome.setCurrentIndex(2)
    record.protocol.setText("PI-4/2026")
    record.summary.setPlainText(VIBRATION)
    record.completed.set_date(today - dt.timedelta(days=5))
    snap(record, "82-test-record-negative")
    record.unsaved.enabled = False
    record.close()
    run(product_tests.record_result, test_id=failed, result=TestResult.NEGATIVE,
        protocol_number="PI-4/2026", results_summary=VIBRATION,
        completed_on=today - dt.timedelta(days=5))
    window.tests.refresh()
    snap(window, "81-main-tests")
    with db.unit_of_work() as uow:
        proposal = proposals.propose_suspension_after_failed_test(uow, chief, test_id=failed)
    dialog = SuspendDialog(ops, window, proposal=proposal)
    snap(dialog, "83-suspension-proposal")
    dialog.submit()
    sign = dialog.sign_dialog
    assert isinstance(sign, SignDialog)
    sign.password.setText("wrong-password")
    sign.submit()
    snap(sign, "84-sign-suspension-wrong-password")
    sign.close()
    dialog.unsaved.enabled = False
    dialog.close()
    with db.unit_of_work() as uow:
        sid = sp.suspend(uow, chief, form=proposal.form, password=password).id
    nc = run(nonconformities.raise_nonconformity, item_id=radio, severity=Severity.CRITICAL,
             description=VIBRATION)
    run(nonconformities.raise_nonconformity, item_id=radio, severity=Severity.MINOR,
        description="Marking of serial 0391 hard to read")
    run(decisions.create_decision, title="Replace the front-panel fastening on the line",
        owner="Chief engineer B. Nurlanov", due_on=today - dt.timedelta(days=3), item_id=radio)
    run(decisions.create_decision, title="Add a vibration check to the acceptance tests",
        owner="Head of OTK", due_on=today + dt.timedelta(days=20), item_id=radio)
    window.show_area("suspensions")
    window.suspensions.refresh()
    snap(window, "85-main-suspensions")
    window.suspensions.select_row(0)
    from ui.screenshots_printing import batch_progress, preview_from  # noqa: PLC0415

    preview = preview_from(window.suspensions.print_button, "suspension_notice", ops.worker)
    snap(preview, "85a-print-preview-suspension-notice")
    preview.close()
    batch_progress(snap, "85b-print-batch-progress")
    resume = ResumeDialog(ops, sid, window)  # type: ignore[arg-type]
    resume.actions.setPlainText("Front-panel fastening changed to M4 screws with thread locker")
    snap(resume, "86-resume-blocked")
    resume.unsaved.enabled = False
    resume.close()
    window.show_area("quality")
    window.quality.refresh()  # the records above were written directly, not through Ops
    snap(window, "87-main-quality-nonconformities")
    disp = DispositionDialog(ops, nc, window)
    disp.disposition.setCurrentIndex(disp.disposition.findData(Disposition.USE_AS_IS))
    disp.errors.show(ValidationError(
        "\"Use as is\" is allowed only under a concession: enter the concession reference.",
        field="concession_ref"))
    snap(disp, "88-disposition-concession")
    disp.unsaved.enabled = False
    disp.close()
    window.quality.tabs.setCurrentIndex(1)
    window.quality.refresh()
    snap(window, "89-main-quality-decisions")
    window.show_area("dashboard")
    window.current().refresh()
    snap(window, "90-main-dashboard-quality")
