"""Choosing the QR mask quickly, with exactly qrcode's result.

qrcode picks the mask by building the symbol eight times and scoring each with the ISO/IEC 18004
penalty rules cell by cell (about 25 ms for a version-13 seal). Here the symbol is built once
(mask 0, "test" format bits as qrcode uses for scoring), the data cells are unmasked once, and
each mask is applied and scored on whole rows and columns held as bit strings. The chosen mask is
then built by qrcode itself, so the matrix is qrcode's to the module; a test compares the two
over many seals.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import qrcode
from qrcode import util

_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")


class _Recording(qrcode.QRCode):  # type: ignore[type-arg,misc]
    """A QRCode that remembers which cells map_data fills (the data and remainder cells)."""

    data_cells: list[list[bool]]

    def map_data(self, data: Any, mask_pattern: int) -> None:
        self.data_cells = [[cell is None for cell in row] for row in self.modules]
        super().map_data(data, mask_pattern)


def make_with_best_mask(code: qrcode.QRCode) -> None:  # type: ignore[type-arg]
    """``code.make(fit=False)`` for a code whose version is set, choosing the mask fast."""
    probe = _Recording(version=code.version, error_correction=code.error_correction, border=0)
    probe.data_list = code.data_list
    probe.makeImpl(True, 0)
    rows, cols = _bits(probe.modules)
    masks = _masks(code.version, _freeze(probe.data_cells))
    n = len(probe.modules)
    unmasked_rows = [r ^ m for r, m in zip(rows, masks[0][0])]
    unmasked_cols = [c ^ m for c, m in zip(cols, masks[0][1])]
    best, best_points = 0, 0
    for pattern in range(8):
        mask_rows, mask_cols = masks[pattern]
        points = _penalty([r ^ m for r, m in zip(unmasked_rows, mask_rows)],
                          [c ^ m for c, m in zip(unmasked_cols, mask_cols)], n)
        if pattern == 0 or points < best_points:  # the first lowest, as qrcode
            best, best_points = pattern, points
    # the symbol with that mask: the probe's modules with the data cells masked by it, then the
    # format (and version) information written for it by qrcode, as its makeImpl would
    probe.modules = [[ch == "1" for ch in format(r ^ m, f"0{n}b")]
                     for r, m in zip(unmasked_rows, masks[best][0])]
    probe.setup_type_info(False, best)
    if code.version >= 7:
        probe.setup_type_number(False)
    code.modules, code.modules_count = probe.modules, probe.modules_count
    code.data_cache = probe.data_cache
    code.mask_pattern = best


def _bits(modules: list[list[bool]]) -> tuple[list[int], list[int]]:
    n = len(modules)
    rows = [int("".join("1" if m else "0" for m in row), 2) for row in modules]
    cols = [int("".join("1" if modules[r][c] else "0" for r in range(n)), 2) for c in range(n)]
    return rows, cols


def _freeze(cells: list[list[bool]]) -> tuple[tuple[bool, ...], ...]:
    return tuple(tuple(row) for row in cells)


@functools.lru_cache(maxsize=16)
def _masks(version: int, data_cells: tuple[tuple[bool, ...], ...]
           ) -> list[tuple[list[int], list[int]]]:
    """Per mask pattern: the bits it flips, by rows and by columns (data cells only)."""
    n = len(data_cells)
    out = []
    for pattern in range(8):
        flip = util.mask_func(pattern)
        grid = [[data_cells[r][c] and bool(flip(r, c)) for c in range(n)] for r in range(n)]
        out.append(_bits(grid))
    return out


def _penalty(rows: list[int], cols: list[int], n: int) -> int:
    """qrcode's ``util.lost_point`` on the symbol given by its rows and columns as bits."""
    points = 0
    pairs = (1 << (n - 1)) - 1
    for line in (*rows, *cols):  # rule 1: each run of 5 or more of one colour scores length - 2
        same = ~(line ^ (line >> 1)) & pairs  # bit i: cells i and i + 1 alike
        five = same & (same >> 1) & (same >> 2) & (same >> 3)  # bit i: cells i..i+4 alike
        # a run of length L has L - 4 such windows; L - 2 = windows + 2 per run
        points += five.bit_count() + 2 * (five & ~(five << 1)).bit_count()
    lines = "\n".join(format(line, f"0{n}b") for line in (*rows, *cols))
    points += 40 * len(_FINDER_LIKE.findall(lines))  # rule 3
    full = (1 << (n - 1)) - 1
    for a, b in zip(rows, rows[1:]):  # rule 2: uniform 2 x 2 blocks
        same = ~(a ^ b)
        points += 3 * (same & (same >> 1) & ~(a ^ (a >> 1)) & full).bit_count()
    dark = sum(r.bit_count() for r in rows)  # rule 4, with qrcode's own arithmetic
    percent = float(dark) / (n ** 2)
    return points + int(abs(percent * 100 - 50) / 5) * 10
