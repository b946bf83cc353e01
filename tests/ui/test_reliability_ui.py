"""The reliability screen and the monthly report dialog on a real history (see
tests/core/test_reliability.py): figures on the cards, charts and tables, filters, the period
check, the preview and the XLSX export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor

from tests.core.test_reliability import (HISTORY, NAMES, RECLAMATIONS, build_history,
                                         expected_decisions)
from tests.helpers import OfficeFixture
from tests.ui.conftest import drain, make_ops
from ui.i18n import LanguageManager
from ui.ops import Worker
from ui.views.reliability import ReliabilityView, default_period
from ui.views.reliability_monthly import MonthlyReportDialog, default_month
from ui.widgets.charts import ParetoChart, StackedBarChart

TODAY = dt.date(2026, 11, 26)


def _computed(qtbot, view: ReliabilityView, worker: Worker, action) -> None:  # type: ignore[no-untyped-def]
    """Do ``action`` and wait until the analysis on screen is the one of the filters shown
    (filter edits start a short timer; earlier computations may still arrive first)."""
    with qtbot.waitSignal(view.computed, timeout=10000):
        action()
    qtbot.waitUntil(lambda: not view.timer.isActive() and worker.pending == 0
                    and view.report is not None and view.report.filter == view.current_filter(),
                    timeout=10000)
    drain(qtbot, worker)


def _column(table, c: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_the_screen_shows_the_history(qtbot, worker: Worker, records: OfficeFixture) -> None:  # type: ignore[no-untyped-def]
    o = records
    build_history(o)
    view = ReliabilityView(make_ops(worker, o, o.viewer), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    drain(qtbot, worker)
    assert (view.date_from.value(), view.date_to.value()) == default_period(TODAY) == (
        dt.date(2025, 12, 1), TODAY)
    view.date_from.set_date(dt.date(2026, 9, 1))
    view.date_to.set_date(dt.date(2026, 11, 30))
    _computed(qtbot, view, worker, view.refresh)
    defects = (sum(len(st.bad) for st in HISTORY) + 1 + 1  # results, the failed test, the kit
               + sum(c.units for c in RECLAMATIONS if not c.improper_operation))
    assert [c.value.text() for c in view.cards] == ["50.0 %", "50.0 %", str(len(HISTORY)),
                                                     str(defects)]
    want = expected_decisions()
    assert _column(view.by_month, 0) == ["09.2026", "10.2026", "11.2026"]
    assert _column(view.by_month, 3) == [str(want[m]["returned"])
                                         for m in ("2026-09", "2026-10", "2026-11")]
    assert _column(view.categories, 1)[0] == "Output power"
    assert set(_column(view.categories, 1)) >= set(
        NAMES[k] for st in HISTORY for k, _ in st.bad)
    # the charts hold what the tables say, and the bars have their tooltips
    assert view.trend_chart.chart is not None
    assert sum(view.trend_chart.chart.totals) == defects
    assert view.pareto_chart.chart is not None and view.pareto_chart.chart.values[0] == 3
    view.trend_chart.grab()
    view.pareto_chart.grab()
    assert len(view.trend_chart.hits) == 3 and len(view.pareto_chart.hits) == 6
    assert "Output power" in view.pareto_chart.hits[0][1]

    # one source: the cards and the trend count only it
    _computed(qtbot, view, worker, lambda: view.source.setCurrentIndex(
        view.source.findData("test")))
    assert view.cards[3].value.text() == "1"
    assert [s.key for s in view.trend_chart.chart.series] == ["test"]
    assert _column(view.categories, 1) == ["Periodic test failed"]

    # a period ending before it starts is said, and nothing is computed
    before = view.report
    view.date_to.set_date(dt.date(2026, 8, 1))
    qtbot.wait(400)
    drain(qtbot, worker)
    assert view.problem.text() == "The period ends before it starts."
    assert view.report is before


def test_empty_office_says_every_figure_is_zero(qtbot, worker: Worker,  # type: ignore[no-untyped-def]
                                                records: OfficeFixture) -> None:
    o = records
    view = ReliabilityView(make_ops(worker, o, o.viewer), today=TODAY)
    qtbot.addWidget(view)
    view.show()
    _computed(qtbot, view, worker, view.refresh)
    assert [c.value.text() for c in view.cards] == ["—", "—", "0", "0"]
    assert view.problem.text() == ("No presentation was decided and no defect recorded with "
                                   "these filters: every figure is zero.")
    assert view.by_month.rowCount() == 12 and view.categories.rowCount() == 0
    image = view.pareto_chart.grab().toImage()
    assert image.pixelColor(QPoint(5, image.height() - 5)) == QColor("white")


def test_chart_widgets_draw_bars(qtbot) -> None:  # type: ignore[no-untyped-def]
    from milrep.reports.charts import Pareto, Series, StackedBars

    bars, pareto = StackedBarChart(), ParetoChart()
    for w in (bars, pareto):
        qtbot.addWidget(w)
        w.resize(500, 260)
    bars.set_chart(StackedBars("Defects", ("10.2026", "11.2026"),
                               (Series("inspection", "Inspections", (2, 0)),
                                Series("test", "Tests", (1, 4))), "none"))
    pareto.set_chart(Pareto("Pareto", ("A", "B"), (4, 1), (0.8, 1.0), "none", "Defects",
                            "Cumulative share"))
    navy = QColor("#1f3a5f")
    for w in (bars, pareto):
        image = w.grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, 500, 4)
                   for y in range(0, 260, 4)}
        assert navy.name() in colours
    assert bars.hits[1][1] == "11.2026\nInspections: 0\nTests: 4"
    assert bars.accessibleDescription() == "10.2026: 3; 11.2026: 4"


def test_monthly_report_preview_and_export(qtbot, worker: Worker, records: OfficeFixture,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    o = records
    build_history(o)
    assert default_month(dt.date(2026, 12, 3)).label() == "11.2026"
    assert default_month(TODAY).label() == "11.2026"
    dialog = MonthlyReportDialog(make_ops(worker, o, o.viewer), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.month.currentText() == "11.2026" and dialog.month.count() == 24
    path = tmp_path / "november.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_to(path)
    assert dialog.status.text() == f"Written: {path}"
    wb = openpyxl.load_workbook(path)
    assert wb["Figures"]["C2"].value == 3  # notices of presentation in November
    with qtbot.waitSignal(dialog.preview_opened, timeout=10000) as opened:
        dialog.open_preview()
    preview = opened.args[0]
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=10000)
    assert preview.title == "Monthly report 11.2026"
    assert preview.filename.startswith("monthly_report_2026-11")
    preview.close()


def test_the_main_window_has_the_area(qtbot, worker: Worker, records: OfficeFixture,  # type: ignore[no-untyped-def]
                                      languages: LanguageManager, settings: QSettings) -> None:
    from ui.views.main_window import MainWindow

    o = records
    window = MainWindow(make_ops(worker, o, o.viewer), languages, settings)
    qtbot.addWidget(window)
    assert "reliability" in window.screens
    with qtbot.waitSignal(window.reliability.computed, timeout=10000):
        window.show_area("reliability")
    drain(qtbot, worker)
    assert window.reliability.report is not None
