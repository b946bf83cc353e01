"""The reliability analysis (Article 27.4.5): filters, the key figures, the trend and Pareto
charts, and the tables behind them; "Monthly report…" prints or exports the month's report.

The figures are computed by :func:`milrep.reports.reliability.reliability` on the database
worker (one grouped query per source); the screen only shows the frozen result.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from milrep.db.store import Changes
from milrep.reports import charts
from milrep.reports.periods import Month, last_months
from milrep.reports.reliability import ReliabilityReport, percent, reliability
from milrep.reports.sources import DEFECT_SOURCES, ReportFilter
from ui import format as fmt
from ui.i18n import translate
from ui.ops import Ops
from ui.views.base import Screen, heading
from ui.views.quality_dashboard import _Card
from ui.widgets.charts import ParetoChart, StackedBarChart
from ui.widgets.contract_picker import ContractPicker
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.item_picker import ItemPicker

TABLES = ("acceptance_records", "return_notices", "measurements", "completeness_checks",
          "nonconformities", "product_tests", "reclamations")


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The twelve months ending with this one."""
    return last_months(Month.of(today), 12)[0].first_day, today


def _table(columns: list[str], stretch: int | None = None) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _fill(t: QTableWidget, rows: list[list[str]], right_from: int = 1) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c >= right_from:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, c, cell)


class ReliabilityView(Screen):
    area = "reliability"
    icon_name = "bar-chart"

    computed = Signal()
    """sig: a newly computed analysis is on screen (:attr:`report`)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(ops, parent)
        self.today = today or dt.date.today()
        self.report: ReliabilityReport | None = None
        self.stale = True
        self.heading = heading()
        first, last = default_period(self.today)
        self.date_from = OptionalDateEdit(first, field="date_from")
        self.date_to = OptionalDateEdit(last, field="date_to")
        self.source = QComboBox()
        self.contract = ContractPicker(ops)
        self.item = ItemPicker(ops, any_text=translate("Reliability", "All items"))
        self.monthly = QPushButton()
        self.monthly.clicked.connect(self.open_monthly_report)
        self.problem = QLabel()
        self.problem.setObjectName("muted")
        self.labels = [QLabel() for _ in range(5)]
        row1 = QHBoxLayout()
        for label, widget in ((0, self.date_from), (1, self.date_to), (2, self.source)):
            row1.addWidget(self.labels[label])
            row1.addWidget(widget)
        row1.addStretch(1)
        row1.addWidget(self.monthly)
        row2 = QHBoxLayout()
        row2.addWidget(self.labels[3])
        row2.addWidget(self.contract, 1)
        row2.addWidget(self.labels[4])
        row2.addWidget(self.item, 1)
        self.cards = [_Card() for _ in range(4)]
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, card in enumerate(self.cards):
            grid.addWidget(card, 0, i)
        self.trend_chart, self.pareto_chart = StackedBarChart(), ParetoChart()
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.trend_chart, 1)
        chart_row.addWidget(self.pareto_chart, 1)
        self.tabs = QTabWidget()
        self.by_month = _table([""] * 6)
        self.by_item = _table([""] * 6, stretch=0)
        self.categories = _table([""] * 7, stretch=1)
        for t in (self.by_month, self.by_item, self.categories):
            self.tabs.addTab(t, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.setSpacing(10)
        lay.addWidget(self.heading)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.problem)
        lay.addLayout(grid)
        lay.addLayout(chart_row, 3)
        lay.addWidget(self.tabs, 2)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)
        for w in (self.date_from, self.date_to):
            w.date_changed.connect(self.schedule)
        self.source.currentIndexChanged.connect(lambda _i: self.schedule())
        self.contract.changed.connect(self._contract_changed)
        self.item.changed.connect(self.schedule)
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        return translate("Reliability", "Reliability")

    def retranslate(self) -> None:
        self.heading.setText(translate("Reliability", "Reliability analysis (Article 27.4.5)"))
        for label, text in zip(self.labels, (translate("Reliability", "From"), translate("Reliability", "to"),
                                             translate("Reliability", "Defects from"),
                                             translate("Reliability", "Contract"),
                                             translate("Reliability", "Item")), strict=True):
            label.setText(text)
        keep = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(translate("Reliability", "every source"), None)
        for key, src in DEFECT_SOURCES.items():
            self.source.addItem(src.label(), key)
        self.source.setCurrentIndex(max(0, self.source.findData(keep)))
        self.source.blockSignals(False)
        self.monthly.setText(translate("Reliability", "Monthly report…"))
        self.monthly.setToolTip(translate("Reliability", "The office's report for a month: preview, print, "
                                               "or export to a spreadsheet"))
        for card, caption in zip(self.cards, (
                translate("Reliability", "First-pass acceptance rate"), translate("Reliability", "Return rate"),
                translate("Reliability", "Presentations decided"), translate("Reliability", "Defects recorded")),
                strict=True):
            card.caption.setText(caption)
        self.cards[0].setToolTip(translate("Reliability", "Presentations accepted (whole or in part) at "
                                                "attempt 1, of those decided at attempt 1"))
        self.cards[1].setToolTip(translate("Reliability", "Presentations returned, of all decided"))
        for i, text in enumerate((translate("Reliability", "By month"), translate("Reliability", "By item"),
                                  translate("Reliability", "Defect categories (Pareto)"))):
            self.tabs.setTabText(i, text)
        self._show()

    # --- computing ---------------------------------------------------------------------------

    def activated(self) -> None:
        if self.stale:
            self.refresh()

    def schedule(self) -> None:
        """Compute again shortly (filters typed in a row make one computation); a screen not
        on view computes when it is next shown."""
        self.stale = True
        if self.isVisible():
            self.timer.start()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*TABLES):
            self.schedule()

    def _contract_changed(self) -> None:
        if self.contract.combo.count():
            self.contract.combo.setItemText(0, translate("Reliability", "All contracts"))
        self.schedule()

    def period_problem(self) -> str:
        """What is wrong with the period typed ("" when nothing)."""
        problem = self.date_from.problem() or self.date_to.problem()
        first, last = self.date_from.value(), self.date_to.value()
        if not problem and first and last and last < first:
            problem = translate("Reliability", "The period ends before it starts.")
        return problem

    def current_filter(self) -> ReportFilter | None:
        """The filter as chosen; None when the period is not valid."""
        if self.period_problem():
            return None
        source = self.source.currentData()
        return ReportFilter(date_from=self.date_from.value(), date_to=self.date_to.value(),
                            contract_id=self.contract.value(), item_id=self.item.value(),
                            sources=frozenset({source}) if source else None)

    def refresh(self) -> None:
        problem = self.period_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        f = self.current_filter()
        if f is None:
            return
        self.stale = False
        self.ops.query(lambda uow, actor: reliability(uow, actor, filter=f), parent=self,
                       success=self._arrived, title=translate("Reliability", "Computing the reliability "
                                                                   "analysis…"))

    def _arrived(self, report: ReliabilityReport) -> None:
        self.report = report
        self._show()
        self.computed.emit()

    # --- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        r = self.report
        if r is None:
            return
        d = r.totals.decisions
        values = (percent(d.first_pass_rate), percent(d.return_rate), fmt.number(d.decided),
                  fmt.number(r.totals.total_defects))
        for card, value in zip(self.cards, values, strict=True):
            card.value.setText(value)
        self.trend_chart.set_chart(charts.defects_by_month(r))
        pareto = charts.pareto(r)
        self.pareto_chart.set_chart(pareto)
        keys = [k for k, _ in r.sources]
        labels = [label for _, label in r.sources]
        self._columns(self.by_month, [translate("Reliability", "Month"), translate("Reliability", "Decided"),
                                      translate("Reliability", "Accepted"), translate("Reliability", "Returned"),
                                      translate("Reliability", "First pass"),
                                      translate("Reliability", "Return rate"), *labels])
        _fill(self.by_month, [[m.label(), str(line.decisions.decided),
                               str(line.decisions.accepted), str(line.decisions.returned),
                               percent(line.decisions.first_pass_rate),
                               percent(line.decisions.return_rate),
                               *(str(line.defects.get(k, 0)) for k in keys)]
                              for m, line in r.months])
        self._columns(self.by_item, [translate("Reliability", "Item"), translate("Reliability", "Decided"),
                                     translate("Reliability", "Returned"), translate("Reliability", "First pass"),
                                     translate("Reliability", "Return rate"), *labels])
        _fill(self.by_item, [[line.label, str(line.decisions.decided),
                              str(line.decisions.returned),
                              percent(line.decisions.first_pass_rate),
                              percent(line.decisions.return_rate),
                              *(str(line.defects.get(k, 0)) for k in keys)]
                             for line in r.by_item])
        self._columns(self.categories, [translate("Reliability", "No."), translate("Reliability", "Defect category"),
                                        translate("Reliability", "Item"), translate("Reliability", "Source"),
                                        translate("Reliability", "Defects"), translate("Reliability", "Share"),
                                        translate("Reliability", "Cumulative")])
        source = dict(r.sources)
        _fill(self.categories, [[str(i), p.category, p.item, source.get(p.source, p.source),
                                 str(p.defects), percent(p.share), percent(p.cumulative)]
                                for i, p in enumerate(r.pareto, start=1)], right_from=4)
        if r.empty:
            self.problem.setText(translate("Reliability", "No presentation was decided and no defect "
                                                "recorded with these filters: every figure is "
                                                "zero."))
            self.problem.setVisible(True)

    @staticmethod
    def _columns(t: QTableWidget, names: list[str]) -> None:
        t.setColumnCount(len(names))
        t.setHorizontalHeaderLabels(names)
        header = t.horizontalHeader()
        for c in range(len(names)):
            if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    # --- the monthly report ------------------------------------------------------------------

    def open_monthly_report(self) -> None:
        from ui.views.reliability_monthly import MonthlyReportDialog  # noqa: PLC0415

        dialog = MonthlyReportDialog(self.ops, self, today=self.today)
        dialog.open()
        self.monthly_dialog = dialog
