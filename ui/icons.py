"""Icons from resources/icons (SVG, drawn in one stroke style), cached by name and colour."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def icon(name: str, color: str = "#455a64", size: int = 48) -> QIcon:
    # Only the QImage is cached: a QIcon or QPixmap kept in a module-level cache would outlive
    # the QApplication and crash the interpreter at exit.
    image = _image(name, color, size)
    return QIcon(QPixmap.fromImage(image)) if image is not None else QIcon()


@cache
def _image(name: str, color: str, size: int) -> QImage | None:
    path = ICONS_DIR / f"{name}.svg"
    if not path.exists():
        return None
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image
