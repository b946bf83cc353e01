"""The two reliability charts on screen, drawn with QPainter from :mod:`milrep.reports.charts`
(the same objects the PDF draws): bars by month stacked by source, and the Pareto with its
cumulative line. A bar's figures show in its tooltip.

Why not QtCharts: it comes with PySide6-Addons (about 175 MB more on every workstation), and
Qt Charts is offered under the GPLv3 or a commercial licence only, never the LGPL — not
something to pull into a proprietary application for two charts.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from milrep.reports.charts import Pareto, StackedBars, nice_scale
from ui import icons
from ui.i18n import translate

SERIES = (QColor("#1f3a5f"), QColor("#e08a2c"), QColor("#8aa4c2"), QColor("#b0bec5"))
GRID = QColor("#e3e8ee")
AXIS = QColor("#5f6b73")
TEXT = QColor("#1b2733")
LINE = QColor("#b3261e")

icons.INLINE.setdefault("bar-chart", icons._SVG.format(  # the sidebar icon of the area
    '<line x1="4" y1="20" x2="20" y2="20"/><rect x="5" y="11" width="3" height="9"/>'
    '<rect x="10.5" y="6" width="3" height="14"/><rect x="16" y="14" width="3" height="6"/>'))


class _Chart(QWidget):
    """Axes, grid and the hit rectangles of the bars (for tooltips)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.hits: list[tuple[QRectF, str]] = []

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def event(self, e: object) -> bool:
        if isinstance(e, QHelpEvent) and e.type() == e.Type.ToolTip:
            pos = QPointF(e.pos())
            tip = next((text for rect, text in self.hits if rect.contains(pos)), "")
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)  # type: ignore[arg-type]

    def _frame(self, p: QPainter, title: str, *, right: float = 12, legend: bool = True
               ) -> QRectF:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(TEXT)
        fm = QFontMetrics(bold)
        p.drawText(QPointF(8, fm.ascent() + 6), title)
        p.setFont(self.font())
        line = QFontMetrics(self.font()).height()
        top = fm.height() + 14 + QFontMetrics(self.font()).height()  # room for bar labels
        bottom = line * (2.4 if legend else 1.4) + 6
        return QRectF(44, top, max(10.0, self.width() - 44 - right),
                      max(10.0, self.height() - top - bottom))

    def _axis(self, p: QPainter, area: QRectF, top: int, step: int) -> None:
        fm = QFontMetrics(self.font())
        for v in range(0, top + 1, step):
            y = area.bottom() - area.height() * v / top
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(AXIS)
            p.drawText(QRectF(0, y - fm.height() / 2, area.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(v))
        p.setPen(QPen(AXIS, 1))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())

    def _empty(self, p: QPainter, text: str) -> None:
        p.setPen(AXIS)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _legend(self, p: QPainter, entries: list[tuple[QColor, str, bool]]) -> None:
        fm = QFontMetrics(self.font())
        x, y = 44.0, self.height() - fm.height() - 4
        for color, label, is_line in entries:
            if is_line:
                p.setPen(QPen(color, 2))
                p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 16, y + fm.height() / 2))
                p.setBrush(QColor("white"))
                p.drawEllipse(QPointF(x + 8, y + fm.height() / 2), 3, 3)
            else:
                p.fillRect(QRectF(x + 2, y + 2, 12, fm.height() - 4), color)
            p.setPen(TEXT)
            p.drawText(QPointF(x + 20, y + fm.ascent()), label)
            x += 20 + fm.horizontalAdvance(label) + 18


class StackedBarChart(_Chart):
    """Bars by month, stacked by source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: StackedBars | None = None

    def set_chart(self, chart: StackedBars | None) -> None:
        self.chart = chart
        if chart is not None:
            self.setAccessibleName(chart.title)
            self.setAccessibleDescription("; ".join(
                f"{c}: {t}" for c, t in zip(chart.categories, chart.totals, strict=True)))
        self.update()

    def paintEvent(self, _e: object) -> None:
        p = QPainter(self)
        c = self.chart
        self.hits = []
        if c is None:
            return
        area = self._frame(p, c.title)
        if c.empty or not c.categories:
            self._empty(p, c.empty_text)
            return
        top, step = nice_scale(max(c.totals))
        self._axis(p, area, top, step)
        fm = QFontMetrics(self.font())
        n = len(c.categories)
        slot = area.width() / n
        bar = min(slot * 0.62, 42.0)
        every = max(1, int((fm.horizontalAdvance("00.0000") + 8) // slot) + 1)
        for i, label in enumerate(c.categories):
            x = area.left() + slot * i + (slot - bar) / 2
            y = area.bottom()
            for k, s in enumerate(c.series):
                v = s.values[i]
                if v:
                    h = area.height() * v / top
                    p.fillRect(QRectF(x, y - h, bar, h), SERIES[k % len(SERIES)])
                    y -= h
            total = c.totals[i]
            if total:
                p.setPen(TEXT)
                p.drawText(QRectF(x - 10, y - fm.height() - 1, bar + 20, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, str(total))
            if i % every == 0:
                p.setPen(AXIS)
                p.drawText(QRectF(area.left() + slot * i - 20, area.bottom() + 3, slot + 40,
                                  fm.height()), Qt.AlignmentFlag.AlignCenter, label)
            tip = "\n".join([label] + [f"{s.label}: {s.values[i]}" for s in c.series])
            self.hits.append((QRectF(area.left() + slot * i, area.top(), slot, area.height()),
                              tip))
        self._legend(p, [(SERIES[k % len(SERIES)], s.label, False)
                         for k, s in enumerate(c.series)])


class ParetoChart(_Chart):
    """Defect categories, most first (numbered as in the table), and the cumulative share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Pareto | None = None

    def set_chart(self, chart: Pareto | None) -> None:
        self.chart = chart
        if chart is not None:
            self.setAccessibleName(chart.title)
            self.setAccessibleDescription("; ".join(
                f"{label}: {v}" for label, v in zip(chart.labels, chart.values, strict=True)))
        self.update()

    def paintEvent(self, _e: object) -> None:
        p = QPainter(self)
        c = self.chart
        self.hits = []
        if c is None:
            return
        fm = QFontMetrics(self.font())
        area = self._frame(p, c.title, right=fm.horizontalAdvance("100 %") + 14)
        if c.empty:
            self._empty(p, c.empty_text)
            return
        top, step = nice_scale(max(c.values))
        self._axis(p, area, top, step)
        p.setPen(QPen(AXIS, 1))
        p.drawLine(area.bottomRight(), area.topRight())
        for pct in range(0, 101, 20):
            y = area.bottom() - area.height() * pct / 100
            p.drawText(QRectF(area.right() + 5, y - fm.height() / 2, 60, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{pct} %")
        n = len(c.values)
        slot = area.width() / n
        bar = min(slot * 0.7, 56.0)
        path = QPainterPath()
        points: list[QPointF] = []
        for i, v in enumerate(c.values):
            x = area.left() + slot * i + (slot - bar) / 2
            h = area.height() * v / top
            p.fillRect(QRectF(x, area.bottom() - h, bar, h), SERIES[0])
            p.setPen(TEXT)
            p.drawText(QRectF(x - 10, area.bottom() - h - fm.height() - 1, bar + 20,
                              fm.height()), Qt.AlignmentFlag.AlignCenter, str(v))
            p.setPen(AXIS)
            p.drawText(QRectF(area.left() + slot * i, area.bottom() + 3, slot, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, str(i + 1))
            pt = QPointF(x + bar / 2, area.bottom() - area.height() * c.cumulative[i])
            points.append(pt)
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
            self.hits.append((QRectF(area.left() + slot * i, area.top(), slot, area.height()),
                              translate("Charts", "{n}. {label}\nDefects: {value}\n"
                                        "Cumulative: {share:.1f} %").format(
                                  n=i + 1, label=c.labels[i], value=v,
                                  share=c.cumulative[i] * 100)))
        p.setPen(QPen(LINE, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setBrush(QColor("white"))
        for pt in points:
            p.drawEllipse(pt, 3.5, 3.5)
        self._legend(p, [(SERIES[0], c.bars_label, False), (LINE, c.line_label, True)])
