"""The reliability charts as reportlab vector drawings (for the monthly report PDF).

Drawn from :mod:`milrep.reports.charts` with plain shapes, in the document fonts (never
Helvetica: it lacks Kazakh letters), in greys and black so a black-and-white printer keeps the
series apart.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from milrep.documents.fonts import CONDENSED, SANS, face, register_fonts
from milrep.reports.charts import Pareto, StackedBars, nice_scale

FILLS = (colors.Color(0.25, 0.25, 0.25), colors.Color(0.6, 0.6, 0.6),
         colors.Color(0.88, 0.88, 0.88), colors.white)
LABEL = 7
LEFT, BOTTOM, TOP = 28.0, 30.0, 16.0


def _axis(d: Drawing, x0: float, y0: float, w: float, h: float, top: int, step: int) -> None:
    font = face(CONDENSED)
    for v in range(0, top + 1, step):
        y = y0 + h * v / top
        d.add(Line(x0, y, x0 + w, y, strokeColor=colors.Color(0.8, 0.8, 0.8), strokeWidth=0.3))
        d.add(String(x0 - 3, y - 2.5, str(v), fontName=font, fontSize=LABEL, textAnchor="end"))
    d.add(Line(x0, y0, x0, y0 + h, strokeWidth=0.6))
    d.add(Line(x0, y0, x0 + w, y0, strokeWidth=0.6))


def _empty(d: Drawing, text: str) -> Drawing:
    d.add(String(d.width / 2, d.height / 2, text, fontName=face(SANS), fontSize=9,
                 textAnchor="middle", fillColor=colors.Color(0.3, 0.3, 0.3)))
    return d


def stacked_bars(chart: StackedBars, width: float, height: float) -> Drawing:
    register_fonts()
    d = Drawing(width, height)
    d.add(String(0, height - 10, chart.title, fontName=face(SANS, bold=True), fontSize=9))
    if chart.empty:
        return _empty(d, chart.empty_text)
    x0, y0 = LEFT, BOTTOM
    w, h = width - LEFT - 4, height - BOTTOM - TOP - 6
    top, step = nice_scale(max(chart.totals))
    _axis(d, x0, y0, w, h, top, step)
    n = len(chart.categories)
    slot = w / n
    bar = min(slot * 0.6, 28)
    font = face(CONDENSED)
    for i, label in enumerate(chart.categories):
        x = x0 + slot * i + (slot - bar) / 2
        y = y0
        for k, s in enumerate(chart.series):
            v = s.values[i]
            if v:
                bh = h * v / top
                d.add(Rect(x, y, bar, bh, fillColor=FILLS[k % len(FILLS)], strokeColor=colors.black,
                           strokeWidth=0.4))
                y += bh
        total = chart.totals[i]
        if total:
            d.add(String(x + bar / 2, y + 2, str(total), fontName=font, fontSize=LABEL,
                         textAnchor="middle"))
        if n <= 12 or i % 2 == 0:
            d.add(String(x + bar / 2, y0 - 9, label, fontName=font, fontSize=LABEL,
                         textAnchor="middle"))
    # legend under the axis labels
    lx = x0
    for k, s in enumerate(chart.series):
        d.add(Rect(lx, 4, 8, 7, fillColor=FILLS[k % len(FILLS)], strokeColor=colors.black,
                   strokeWidth=0.4))
        d.add(String(lx + 11, 5, s.label, fontName=face(SANS), fontSize=LABEL))
        lx += 20 + 4.2 * len(s.label) + 12
    return d


def pareto_chart(chart: Pareto, width: float, height: float) -> Drawing:
    """Bars numbered 1…n (the table under the chart names them) and the cumulative line on a
    0–100 % axis at the right."""
    register_fonts()
    d = Drawing(width, height)
    d.add(String(0, height - 10, chart.title, fontName=face(SANS, bold=True), fontSize=9))
    if chart.empty:
        return _empty(d, chart.empty_text)
    x0, y0 = LEFT, BOTTOM
    w, h = width - LEFT - 30, height - y0 - TOP - 6
    top, step = nice_scale(max(chart.values))
    _axis(d, x0, y0, w, h, top, step)
    font = face(CONDENSED)
    for p in range(0, 101, 20):  # the right axis: cumulative share
        y = y0 + h * p / 100
        d.add(Line(x0 + w, y, x0 + w + 3, y, strokeWidth=0.6))
        d.add(String(x0 + w + 5, y - 2.5, f"{p} %", fontName=font, fontSize=LABEL))
    d.add(Line(x0 + w, y0, x0 + w, y0 + h, strokeWidth=0.6))
    n = len(chart.values)
    slot = w / n
    bar = min(slot * 0.7, 36)
    points: list[float] = []
    for i, v in enumerate(chart.values):
        x = x0 + slot * i + (slot - bar) / 2
        bh = h * v / top
        d.add(Rect(x, y0, bar, bh, fillColor=FILLS[1], strokeColor=colors.black,
                   strokeWidth=0.4))
        d.add(String(x + bar / 2, y0 + bh + 2, str(v), fontName=font, fontSize=LABEL,
                     textAnchor="middle"))
        d.add(String(x + bar / 2, y0 - 9, str(i + 1), fontName=font, fontSize=LABEL,
                     textAnchor="middle"))
        points += [x + bar / 2, y0 + h * chart.cumulative[i]]
    d.add(PolyLine(points, strokeColor=colors.black, strokeWidth=1.0))
    for i in range(0, len(points), 2):
        d.add(Circle(points[i], points[i + 1], 1.8, fillColor=colors.white,
                     strokeColor=colors.black, strokeWidth=0.8))
    d.add(Rect(x0, 4, 8, 7, fillColor=FILLS[1], strokeColor=colors.black, strokeWidth=0.4))
    d.add(String(x0 + 11, 5, chart.bars_label, fontName=face(SANS), fontSize=LABEL))
    lx = x0 + 11 + 4.2 * len(chart.bars_label) + 16
    d.add(Line(lx, 7.5, lx + 14, 7.5, strokeWidth=1.0))
    d.add(Circle(lx + 7, 7.5, 1.8, fillColor=colors.white, strokeColor=colors.black,
                 strokeWidth=0.8))
    d.add(String(lx + 18, 5, chart.line_label, fontName=face(SANS), fontSize=LABEL))
    return d
