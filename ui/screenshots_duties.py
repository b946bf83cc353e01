"""Screenshots of the "Office duties" area (called by :mod:`ui.screenshots`; or alone:
``python -m ui.screenshots_duties --out DIR``): the four tabs on the demo office, the review of
draft contract 21-ГОЗ/2026 with two missing terms, a cost verification with disputed items, a
document with a superseded revision, a protection measure, and a review refused for an unchecked
term."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.ops import Ops  # noqa: E402


def render(window: Any, ops: Ops, password: str, snap: Callable[[QWidget, str], None]) -> None:
    from ui.views.duty_costs import VerificationDialog  # noqa: PLC0415
    from ui.views.duty_documents import DocumentDialog  # noqa: PLC0415
    from ui.views.duty_reviews import OpenReviewDialog, ReviewDialog  # noqa: PLC0415
    from ui.views.duty_secrecy import MeasureDialog  # noqa: PLC0415
    from ui.views.office_duties import OfficeDutiesView  # noqa: PLC0415

    window.show_area("office_duties")
    view = window.screens["office_duties"]
    assert isinstance(view, OfficeDutiesView)
    names = ("90-duties-reviews", "91-duties-documents", "92-duties-secrecy", "93-duties-costs")
    for i, name in enumerate(names):
        view.tabs.setCurrentIndex(i)
        view.current().refresh()
        snap(window, name)
    panels = [view.reviews, view.documents, view.secrecy, view.costs]
    for panel in panels:
        panel.model.refresh(reset=True)

    def first(panel: Any) -> Any:
        _wait(ops)
        panel.table.selectRow(0)
        return panel.current_id()

    view.tabs.setCurrentIndex(0)
    review = ReviewDialog(ops, first(view.reviews), window)
    review.resize(1120, 760)
    review.table.selectRow(6)
    snap(review, "94-review-concluded")
    review.close()
    snap(OpenReviewDialog(ops, window), "95-review-open")
    # a second review of the same draft (a revised version), being worked: the editing controls
    from milrep.services import contract_reviews as cr  # noqa: PLC0415

    with ops.workspace.db.unit_of_work() as uow:
        contract_id = cr.get_review(uow, ops.actor, review_id=view.reviews.current_id()
                                    ).contract_id
    with ops.workspace.db.unit_of_work() as uow:
        again = cr.open_review(uow, ops.actor, contract_id=contract_id,
                               opened_on=dt.date.today(),
                               draft_ref="MoD letter 12/1302, draft version 3").id
    working = ReviewDialog(ops, again, window)
    working.resize(1120, 760)
    working.show()
    _wait(ops)
    working.table.selectRow(9)
    working.finding.setCurrentIndex(1)
    working.clause.setText("cl. 14.1")
    working.remark.setText("Liability and warranty after modernization added")
    snap(working, "94b-review-working")
    working.close()
    view.tabs.setCurrentIndex(3)
    costs = VerificationDialog(ops, _row_where(view.costs, "status", "concluded"), window)
    costs.resize(1180, 620)
    snap(costs, "96-cost-verification")
    costs.close()
    open_costs = VerificationDialog(ops, _row_where(view.costs, "status", "open"), window)
    open_costs.resize(1180, 620)
    snap(open_costs, "97-cost-verification-open")
    open_costs.close()
    view.tabs.setCurrentIndex(1)
    doc = DocumentDialog(ops, _row_where(view.documents, "designation", "TU 6574-012-2026"),
                         window)
    snap(doc, "98-document-revisions")
    doc.unsaved.enabled = False
    doc.close()
    view.tabs.setCurrentIndex(2)
    measure = MeasureDialog(ops, first(view.secrecy), window)
    snap(measure, "99-secrecy-measure")
    measure.unsaved.enabled = False
    measure.close()


def _wait(ops: Ops) -> None:
    """Let the lists' pages arrive from the database worker."""
    for _ in range(3):
        while ops.worker.pending:
            QApplication.processEvents()
        QApplication.processEvents()


def _row_where(panel: Any, key: str, value: str) -> Any:
    _wait(panel.ops)
    for row in range(panel.model.rowCount()):
        panel.table.selectRow(row)
        if str(panel.current_value(key)) == value:
            return panel.current_id()
    panel.table.selectRow(0)
    return panel.current_id()


def main(argv: list[str] | None = None) -> int:
    """Only this area's pictures, on a fresh demo office (quicker than the whole set)."""
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from ui import session, theme  # noqa: PLC0415
    from ui.i18n import LanguageManager  # noqa: PLC0415
    from ui.ops import Worker  # noqa: PLC0415
    from ui.screenshots import PASSWORD, SIZE, build_office, shoot  # noqa: PLC0415
    from ui.views.main_window import MainWindow  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app)
    tmp = Path(tempfile.mkdtemp(prefix="milrep-duties-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply("en", remember=False)
    worker = Worker()
    try:
        build_office(tmp / "office.milrep")
        ws = session.unlock(tmp / "office.milrep", "rep1", PASSWORD)
        ops = Ops(worker, ws)
        window = MainWindow(ops, languages, settings)
        window.resize(*SIZE)
        render(window, ops, PASSWORD, lambda w, n: shoot(w, args.out, n, app, worker))
        window.close()
        ws.db.close()
    finally:
        worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
