"""The QR symbol of a seal: its module matrix, its size budget, and drawing it.

DESIGN.md §7: QR alphanumeric mode (the Base45 alphabet is exactly the QR alphanumeric set),
error correction level Q (about 25 % of the symbol may be lost), at most version 13, drawn as
vector rectangles in the PDF with modules of at least 0.5 mm and the 4-module quiet zone kept
white. The matrix comes from ``qrcode``; nothing here depends on Qt.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import qrcode
import qrcode.constants
from qrcode.exceptions import DataOverflowError
from qrcode.util import MODE_ALPHA_NUM, QRData

from milrep.documents.qr_mask import make_with_best_mask
from milrep.errors import UserError
from milrep.i18n import translate

if TYPE_CHECKING:
    from PIL.Image import Image
    from reportlab.pdfgen.canvas import Canvas

MAX_VERSION = 13
QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
MIN_MODULE_MM = 0.5
MM = 72 / 25.4  # PDF points per millimetre
ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


class SealTooLarge(UserError):
    """The seal would need a QR symbol above version 13 at level Q; nothing is truncated."""


@dataclass(frozen=True)
class QrMatrix:
    """The dark (True) and light modules of a symbol, row 0 at the top, without quiet zone."""

    version: int
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        return len(self.rows)

    def side_mm(self, module_mm: float) -> float:
        """Width (= height) of the symbol with its quiet zone at ``module_mm`` per module."""
        return (self.size + 2 * QUIET_ZONE) * module_mm


def seal_matrix(text: str, *, max_version: int = MAX_VERSION) -> QrMatrix:
    """The QR matrix of ``text`` in alphanumeric mode at level Q, the smallest version that holds
    it; :class:`SealTooLarge` when that is above ``max_version``.

    qrcode picks the mask by the standard's penalty rules in pure Python (about 25 ms for a
    version-13 symbol here): the last matrices made are kept, so the preview, the PDF and the
    print of one certificate pay it once.
    """
    return _matrix(text, max_version)


def check_fits(text: str, *, max_version: int = MAX_VERSION) -> int:
    """The version ``text`` needs (without building the symbol); :class:`SealTooLarge` above
    ``max_version``."""
    _check_alphanumeric(text)
    version = _version_for(text)
    if version > max_version:
        raise _too_large(text, max_version)
    return version


def _check_alphanumeric(text: str) -> None:
    if not set(text) <= ALPHANUMERIC:
        raise ValueError("a seal holds only QR alphanumeric characters")


@functools.lru_cache(maxsize=64)
def _matrix(text: str, max_version: int) -> QrMatrix:
    _check_alphanumeric(text)
    code = _code(text)
    version = _fit(code)
    if version > max_version:
        raise _too_large(text, max_version)
    make_with_best_mask(code)  # what code.make() does, in a fraction of the time
    return QrMatrix(version=version,
                    rows=tuple(tuple(map(bool, row)) for row in code.get_matrix()))


def _too_large(text: str, max_version: int) -> SealTooLarge:
    return SealTooLarge(translate(
        "milrep", "The seal is too long for a QR symbol of version {max} at error correction "
        "Q ({length} characters; at most {limit} fit). Shorten the certificate number, "
        "contract number, nomenclature code, unit or lot text.").format(
            max=max_version, length=len(text), limit=capacity(max_version)))


def _code(text: str) -> qrcode.QRCode:  # type: ignore[type-arg]
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0)
    code.add_data(QRData(text.encode("ascii"), mode=MODE_ALPHA_NUM))
    return code


def _fit(code: qrcode.QRCode) -> int:  # type: ignore[type-arg]
    """Set the smallest version that holds the data; 41 when even version 40 is too small.

    qrcode measures the data once for each band of versions with the same length field it
    passes through (1-9, 10-26, 27-40). A seal needs version 10 to 13, so the search starts at
    10 and measures it once; only when 10 is the answer might a smaller version do, and the
    search is made again from 1.
    """
    try:
        version = int(code.best_fit(start=10))
        return version if version > 10 else int(code.best_fit())
    except (DataOverflowError, ValueError):  # qrcode says "Invalid version (was 41…)"
        return 41


def _version_for(text: str) -> int:
    return _fit(_code(text))


_CAPACITY: dict[int, int] = {}


def capacity(version: int = MAX_VERSION) -> int:
    """How many alphanumeric characters a version-``version`` symbol holds at level Q."""
    if version not in _CAPACITY:
        low, high = 0, 4296
        while low < high:  # the largest length that still fits, by bisection over qrcode itself
            mid = (low + high + 1) // 2
            if _version_for("0" * mid) <= version:
                low = mid
            else:
                high = mid - 1
        _CAPACITY[version] = low
    return _CAPACITY[version]


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, *,
            module_mm: float = MIN_MODULE_MM) -> float:
    """Draw ``matrix`` on a reportlab canvas as filled rectangles; return the side in points.

    (``x``, ``y``) is the lower-left corner of the quiet zone, in points. The quiet zone is
    painted white so nothing drawn underneath can touch the symbol. Dark modules of a row are
    merged into runs: one rectangle per run keeps the PDF small and the edges exact. The runs
    are written in module units under one scaling (``cm``) as a single filled path of ``re``
    operators with whole numbers: a version-13 symbol is about 1,200 rectangles, and building
    them one by one through the path object costs more than the rest of the page.
    """
    if module_mm < MIN_MODULE_MM:
        raise ValueError(f"QR module {module_mm} mm is below the {MIN_MODULE_MM} mm minimum")
    m = module_mm * MM
    side = (matrix.size + 2 * QUIET_ZONE) * m
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # origin at the top-left corner of the first module, one unit per module, rows downwards
    canvas.transform(m, 0, 0, -m, x + QUIET_ZONE * m, y + side - QUIET_ZONE * m)
    canvas.addLiteral(_path_operators(matrix))
    canvas.restoreState()
    return side


def _path_operators(matrix: QrMatrix) -> str:
    """``column row length 1 re`` for each run of dark modules, then ``f`` (fill)."""
    ops = [f"{start} {r} {length} 1 re" for r, row in enumerate(_runs(matrix))
           for start, length in row]
    return "\n".join([*ops, "f"])


def _runs(matrix: QrMatrix) -> list[list[tuple[int, int]]]:
    """Per row, the (start, length) of each run of dark modules."""
    return [[(m.start(), m.end() - m.start()) for m in _DARK_RUN.finditer(bytes(row))]
            for row in matrix.rows]


_DARK_RUN = re.compile(rb"\x01+")


def matrix_image(matrix: QrMatrix, *, module_px: int = 4) -> Image:
    """A greyscale Pillow image of the symbol with its quiet zone (for screens and tests)."""
    from PIL import Image as PilImage

    n = matrix.size + 2 * QUIET_ZONE
    small = PilImage.new("L", (n, n), 255)
    small.putdata([0 if (QUIET_ZONE <= r < n - QUIET_ZONE and QUIET_ZONE <= c < n - QUIET_ZONE
                         and matrix.rows[r - QUIET_ZONE][c - QUIET_ZONE]) else 255
                   for r in range(n) for c in range(n)])
    return small.resize((n * module_px, n * module_px), PilImage.Resampling.NEAREST)
