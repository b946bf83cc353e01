"""Status badges: a coloured pill in a table cell, drawn from the model's BADGE_ROLE."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.paged import BADGE_ROLE

# value -> (background, text); the same colour means the same thing on every screen
BADGE_COLORS: dict[str, tuple[str, str]] = {
    "draft": ("#eceff1", "#455a64"),
    "active": ("#e3f2e6", "#1b5e20"),
    "completed": ("#e3ecfa", "#0d47a1"),
    "terminated": ("#fbe4e4", "#b71c1c"),
    "military_goods": ("#e8eaf6", "#283593"),
    "dual_use_goods": ("#fff3e0", "#8d4b00"),
    "military_work": ("#e0f2f1", "#00574b"),
    "military_service": ("#f3e5f5", "#6a1b9a"),
    "chief": ("#fff3e0", "#8d4b00"),
    "representative": ("#e3ecfa", "#0d47a1"),
    "viewer": ("#eceff1", "#455a64"),
    "disabled": ("#fbe4e4", "#b71c1c"),
    # suspensions, tests, nonconformities, quality decisions
    "in_force": ("#fbe4e4", "#b71c1c"),
    "resumed": ("#e3f2e6", "#1b5e20"),
    "positive": ("#e3f2e6", "#1b5e20"),
    "negative": ("#fbe4e4", "#b71c1c"),
    "pending": ("#eceff1", "#455a64"),
    "open": ("#fff3e0", "#8d4b00"),
    "closed": ("#eceff1", "#455a64"),
    "overdue": ("#fbe4e4", "#b71c1c"),
    "implemented": ("#e3f2e6", "#1b5e20"),
    "cancelled": ("#eceff1", "#455a64"),
    # classes of characteristics, calibration of measuring instruments
    "severity_critical": ("#fbe4e4", "#b71c1c"),
    "severity_major": ("#fff3e0", "#8d4b00"),
    "severity_minor": ("#eceff1", "#455a64"),
    "calibration_overdue": ("#fbe4e4", "#b71c1c"),
    "calibration_due_soon": ("#fff3e0", "#8d4b00"),
    "calibration_valid": ("#e3f2e6", "#1b5e20"),
    "instrument_retired": ("#eceff1", "#455a64"),
    # certificates
    "valid": ("#e3f2e6", "#1b5e20"),
    "revoked": ("#fbe4e4", "#b71c1c"),
    "superseded": ("#eceff1", "#455a64"),
}


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not value or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        bg, fg = BADGE_COLORS.get(str(value), ("#eceff1", "#37474f"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        w = metrics.horizontalAdvance(str(text)) + 16
        h = metrics.height() + 4
        r = option.rect
        rect = QRectF(r.x() + 6, r.y() + (r.height() - h) / 2, min(w, r.width() - 8), h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()
