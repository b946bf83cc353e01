"""What the two reliability charts show, independent of how they are drawn.

The PDF draws them with reportlab graphics (:mod:`milrep.reports.chart_drawings`), the screen
with QPainter (``ui/widgets/charts.py``); both draw from these objects, so paper and screen show
the same bars.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from milrep.i18n import translate
from milrep.reports.reliability import ReliabilityReport

PARETO_BARS = 10  # at most; the rest is one "Other" bar at the end


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class StackedBars:
    """Bars by month, each stacked from its series (the sources of defects)."""

    title: str
    categories: tuple[str, ...]  # month labels
    series: tuple[Series, ...]
    empty_text: str

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(s.values[i] for s in self.series) for i in range(len(self.categories)))

    @property
    def empty(self) -> bool:
        return not any(self.totals)


@dataclass(frozen=True)
class Pareto:
    """Defect categories, most defects first, with the cumulative share (0–1) after each."""

    title: str
    labels: tuple[str, ...]  # full names, for the legend and tooltips
    values: tuple[int, ...]
    cumulative: tuple[float, ...]
    empty_text: str
    bars_label: str = ""
    line_label: str = ""

    @property
    def empty(self) -> bool:
        return not self.values


def defects_by_month(r: ReliabilityReport) -> StackedBars:
    return StackedBars(
        title=translate("milrep", "Defects by month and source"),
        categories=tuple(m.label() for m, _ in r.months),
        series=tuple(Series(key, label, tuple(line.defects.get(key, 0) for _, line in r.months))
                     for key, label in r.sources),
        empty_text=translate("milrep", "No defect was recorded in the period."))


def pareto(r: ReliabilityReport, *, bars: int = PARETO_BARS) -> Pareto:
    several_items = len({p.item_id for p in r.pareto}) > 1
    rows = [(f"{p.category} — {p.item}" if several_items else p.category, p.defects)
            for p in r.pareto]
    if len(rows) > bars:
        rest = sum(n for _, n in rows[bars - 1:])
        rows = rows[:bars - 1] + [(translate("milrep", "Other ({count} categories)").format(
            count=len(rows) - bars + 1), rest)]
    total = sum(n for _, n in rows)
    cumulative, running = [], 0
    for _, n in rows:
        running += n
        cumulative.append(running / total)
    return Pareto(title=translate("milrep", "Pareto of defect categories"),
                  labels=tuple(label for label, _ in rows), values=tuple(n for _, n in rows),
                  cumulative=tuple(cumulative),
                  empty_text=translate("milrep", "No defect was recorded in the period."),
                  bars_label=translate("milrep", "Defects"),
                  line_label=translate("milrep", "Cumulative share"))


def nice_scale(maximum: int, ticks: int = 5) -> tuple[int, int]:
    """The top of a count axis and its step: round numbers, at least 1."""
    if maximum <= 0:
        return 1, 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return step * math.ceil(maximum / step), step
