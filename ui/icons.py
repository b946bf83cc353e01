"""Icons from resources/icons (SVG, drawn in one stroke style), cached by name and colour."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">'
        '{}</svg>')
#: Icons drawn here in the same stroke style as resources/icons (the UI's own additions).
INLINE = {
    "eye": _SVG.format('<path d="M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z"/>'
                       '<circle cx="12" cy="12" r="3"/>'),
    "clear": _SVG.format('<line x1="18" y1="6" x2="6" y2="18"/>'
                         '<line x1="6" y1="6" x2="18" y2="18"/>'),
}


def icon(name: str, color: str = "#455a64", size: int = 48) -> QIcon:
    # Only the QImage is cached: a QIcon or QPixmap kept in a module-level cache would outlive
    # the QApplication and crash the interpreter at exit.
    image = _image(name, color, size)
    return QIcon(QPixmap.fromImage(image)) if image is not None else QIcon()


@cache
def _image(name: str, color: str, size: int) -> QImage | None:
    path = ICONS_DIR / f"{name}.svg"
    if name in INLINE:
        svg = INLINE[name]
    elif path.exists():
        svg = path.read_text(encoding="utf-8")
    else:
        return None
    svg = svg.replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image
