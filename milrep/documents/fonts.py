"""The fonts of printed documents: DejaVu (Bitstream Vera licence), shipped in ``resources/fonts``.

They cover Kazakh (ә ғ қ ң ө ұ ү һ і), Russian and Latin. reportlab embeds a subset of each
TrueType font a PDF uses, so a printed document never depends on the fonts of the computer that
opens it and never falls back to a base-14 font without Cyrillic.

Three families are registered once per process, each with its bold (and italic) faces so that
``<b>`` and ``<i>`` work inside Paragraphs:

* :data:`SERIF` — the text of the document (a sober, Times-like administrative face);
* :data:`SANS` — small print: headers, footers, the classification marking;
* :data:`CONDENSED` — dense tables (measurement grids).
"""

from __future__ import annotations

import threading
from pathlib import Path

from milrep.errors import StorageError
from milrep.i18n import translate

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

SERIF = "MilrepSerif"
SANS = "MilrepSans"
CONDENSED = "MilrepCondensed"

# family -> (regular, bold, italic, bold italic) file names
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    SERIF: ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
            "DejaVuSerif-BoldItalic.ttf"),
    SANS: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
           "DejaVuSans-Bold.ttf"),
    CONDENSED: ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
_SUFFIXES = ("", "-Bold", "-Italic", "-BoldItalic")

_lock = threading.Lock()
_registered = False


def face(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered name of one face of ``family`` (for canvas drawing and table styles)."""
    return family + _SUFFIXES[int(bold) + 2 * int(italic)]


def register_fonts(folder: Path = FONTS_DIR) -> None:
    """Register the document fonts with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for family, files in FAMILIES.items():
            for suffix, filename in zip(_SUFFIXES, files, strict=True):
                path = folder / filename
                if not path.is_file():
                    raise StorageError(translate(
                        "milrep", "The font file {path} needed to print documents is missing. "
                        "Reinstall milrep.").format(path=path))
                try:
                    pdfmetrics.registerFont(TTFont(family + suffix, str(path)))
                except Exception as e:  # a damaged file: reportlab raises its own TTFError
                    raise StorageError(translate(
                        "milrep", "The font file {path} needed to print documents is damaged "
                        "({reason}). Reinstall milrep.").format(path=path, reason=e)) from None
            for bold in (False, True):
                for italic in (False, True):
                    addMapping(family, int(bold), int(italic), face(family, bold=bold,
                                                                    italic=italic))
        _registered = True
