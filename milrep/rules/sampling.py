"""ISO 2859-1 single sampling by attributes: code letters, master tables, arrows, the lot verdict.

Pure and free of Qt and the database. The tables themselves are transcribed in
:mod:`milrep.rules.sampling_tables`; this module parses them once and follows their arrows. The
switching rules of clause 9 are in :mod:`milrep.rules.switching`.

* :func:`code_letter` — Table I (lot size and inspection level → sample size code letter).
* :func:`raw_cell` — one cell of Table II-A/B/C exactly as printed (a plan, an arrow or empty).
* :func:`plan` — the sampling plan to use: code letter → cell → arrows followed → 100 % inspection
  when the sample would be as large as the lot.
* :func:`lot_verdict` — accept or reject a lot from the number of nonconforming items, with the reason.

Conventions and sources: ``docs/SAMPLING.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from milrep.errors import ValidationError
from milrep.i18n import translate
from milrep.rules import sampling_tables as _t


class InspectionLevel(StrEnum):
    """General inspection levels I–III and special levels S-1…S-4 (Table I columns)."""

    S1 = "S-1"
    S2 = "S-2"
    S3 = "S-3"
    S4 = "S-4"
    I = "I"  # noqa: E741 - the standard's name
    II = "II"
    III = "III"


class Severity(StrEnum):
    """Severity of inspection, which selects Table II-A, II-B or II-C."""

    NORMAL = "normal"
    TIGHTENED = "tightened"
    REDUCED = "reduced"


class Arrow(StrEnum):
    """A printed arrow: use the first sampling plan below (``DOWN``) or above (``UP``) it."""

    DOWN = "↓"
    UP = "↑"


class Verdict(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"


@dataclass(frozen=True)
class AcRe:
    """A printed plan cell: acceptance number Ac and rejection number Re."""

    ac: int
    re: int

    def __str__(self) -> str:
        return f"{self.ac}/{self.re}"


#: A raw table cell: a plan, an arrow, or ``None`` for a cell the table leaves empty.
Cell = AcRe | Arrow | None

AQL_VALUES: Final[tuple[Decimal, ...]] = _t.AQL_COLUMNS


# --- parsing the transcribed tables ------------------------------------------------------------

@dataclass(frozen=True)
class _Table:
    letters: tuple[str, ...]
    sample_sizes: Mapping[str, int]
    cells: Mapping[str, tuple[Cell, ...]]


def _parse_cell(token: str) -> Cell:
    if token == "·":
        return None
    if token in (Arrow.DOWN.value, Arrow.UP.value):
        return Arrow(token)
    ac, re = token.split("/")
    return AcRe(int(ac), int(re))


def _parse_table(text: str) -> _Table:
    letters: list[str] = []
    sizes: dict[str, int] = {}
    cells: dict[str, tuple[Cell, ...]] = {}
    for line in text.strip().splitlines():
        letter, size, *tokens = line.split()
        if len(tokens) != len(AQL_VALUES):
            raise AssertionError(f"row {letter}: {len(tokens)} cells, expected {len(AQL_VALUES)}")
        letters.append(letter)
        sizes[letter] = int(size)
        cells[letter] = tuple(_parse_cell(t) for t in tokens)
    return _Table(tuple(letters), sizes, cells)


def _parse_table_i(text: str) -> tuple[tuple[int, int | None, Mapping[str, str]], ...]:
    rows = []
    for line in text.strip().splitlines():
        low, high, *letters = line.split()
        rows.append((int(low), None if high == "-" else int(high),
                     dict(zip(_t.TABLE_I_LEVELS, letters, strict=True))))
    return tuple(rows)


_TABLES: Final[Mapping[Severity, _Table]] = {
    Severity.NORMAL: _parse_table(_t.NORMAL_TEXT),
    Severity.TIGHTENED: _parse_table(_t.TIGHTENED_TEXT),
    Severity.REDUCED: _parse_table(_t.REDUCED_TEXT),
}
_TABLE_I: Final = _parse_table_i(_t.TABLE_I_TEXT)

#: The code letters Table I can give, smallest sample first (I and O are not used by the standard).
CODE_LETTERS: Final[tuple[str, ...]] = _TABLES[Severity.NORMAL].letters


# --- validation of inputs ----------------------------------------------------------------------

def _level(level: InspectionLevel | str) -> InspectionLevel:
    text = str(level).strip().upper().replace("–", "-")
    if text in ("S1", "S2", "S3", "S4"):
        text = f"S-{text[1]}"
    try:
        return InspectionLevel(text)
    except ValueError:
        raise ValidationError(
            translate("milrep", "Unknown inspection level “{level}”: use I, II, III or S-1 to S-4.")
            .format(level=level), field="level") from None


def _severity(severity: Severity | str) -> Severity:
    try:
        return Severity(str(severity).strip().lower())
    except ValueError:
        raise ValidationError(
            translate("milrep", "Unknown severity of inspection “{severity}”: use normal, "
                                "tightened or reduced.").format(severity=severity),
            field="severity") from None


def aql_index(aql: Decimal | str | float | int) -> int:
    """Column of ``aql`` in the master tables; a :class:`ValidationError` for a non-standard AQL."""
    try:
        value = Decimal(str(aql).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        value = None
    if value is not None and value.is_finite():
        for i, column in enumerate(AQL_VALUES):
            if column == value:
                return i
    raise ValidationError(
        translate("milrep", "AQL {aql} is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … "
                            "650, 1000).").format(aql=aql), field="aql")


def _lot_size(lot_size: int) -> int:
    if isinstance(lot_size, bool) or not isinstance(lot_size, int) or lot_size < 1:
        raise ValidationError(
            translate("milrep", "The lot size must be a whole number of at least 1 (got {value}).")
            .format(value=lot_size), field="lot_size")
    return lot_size


# --- Table I and the raw cells -----------------------------------------------------------------

def code_letter(lot_size: int, level: InspectionLevel | str) -> str:
    """Table I: the sample size code letter for a lot of ``lot_size`` items at ``level``.

    The printed table starts at lots of 2; a lot of one item is read in the 2–8 row (it is then
    inspected 100 % anyway)."""
    lot_size, lvl = _lot_size(lot_size), _level(level)
    for low, high, letters in _TABLE_I:
        if max(lot_size, 2) >= low and (high is None or lot_size <= high):
            return letters[lvl.value]
    raise AssertionError("Table I covers every lot size")  # pragma: no cover


def table_letters(severity: Severity | str) -> tuple[str, ...]:
    """The rows of a master table (Table II-B has the extra row S)."""
    return _TABLES[_severity(severity)].letters


def sample_size(letter: str, severity: Severity | str = Severity.NORMAL) -> int:
    """The sample size printed for ``letter`` in the master table of ``severity``."""
    table = _TABLES[_severity(severity)]
    if letter not in table.sample_sizes:
        raise ValidationError(translate("milrep", "Unknown sample size code letter “{letter}”.")
                              .format(letter=letter), field="code_letter")
    return table.sample_sizes[letter]


def raw_cell(severity: Severity | str, letter: str, aql: Decimal | str | float | int) -> Cell:
    """One cell of Table II-A/B/C as printed: an :class:`AcRe`, an :class:`Arrow` or ``None``."""
    table = _TABLES[_severity(severity)]
    sample_size(letter, severity)
    return table.cells[letter][aql_index(aql)]


@dataclass(frozen=True)
class ResolvedCell:
    """Where following the arrows from (letter, AQL) lands: the plan's row and its numbers."""

    code_letter: str
    sample_size: int
    ac: int
    re: int
    path: tuple[str, ...]  # the letters visited, starting with the one asked for


def resolve(severity: Severity | str, letter: str, aql: Decimal | str | float | int) -> ResolvedCell:
    """Follow the arrows from (``letter``, ``aql``) to the first plan in their direction.

    Following an arrow changes the code letter: the sample size *and* Ac/Re are those of the plan
    the arrow leads to."""
    sev = _severity(severity)
    table = _TABLES[sev]
    column = aql_index(aql)
    sample_size(letter, sev)
    row = table.letters.index(letter)
    path = [letter]
    cell = table.cells[letter][column]
    if cell is None:
        raise ValidationError(
            translate("milrep", "The {severity} table has no plan for code letter {letter} at AQL "
                                "{aql}.").format(severity=sev.value, letter=letter, aql=aql),
            field="aql")
    direction = cell if isinstance(cell, Arrow) else None
    while isinstance(cell, Arrow):
        row += 1 if direction is Arrow.DOWN else -1
        if not 0 <= row < len(table.letters):
            raise AssertionError(f"{sev} {letter} AQL {aql}: the arrow leaves the table")
        path.append(table.letters[row])
        cell = table.cells[table.letters[row]][column]
        if cell is None:
            raise AssertionError(f"{sev} {letter} AQL {aql}: the arrow leads to an empty cell")
    assert isinstance(cell, AcRe)
    found = table.letters[row]
    return ResolvedCell(found, table.sample_sizes[found], cell.ac, cell.re, tuple(path))


# --- the plan ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SamplingPlan:
    """The plan to apply to one lot.

    ``code_letter`` is the letter whose plan is used (after arrows); ``table_letter`` the one Table I
    gave. With ``inspect_all`` the whole lot is inspected (``sample_size == lot_size``) and the plan's
    Ac/Re still decide."""

    code_letter: str
    sample_size: int
    ac: int
    re: int
    inspect_all: bool
    table_letter: str = ""
    lot_size: int = 0
    level: InspectionLevel = InspectionLevel.II
    aql: Decimal = Decimal("1.0")
    severity: Severity = Severity.NORMAL

    def describe(self) -> str:
        """One line for the inspection screen and the protocol, in the user's language."""
        if self.inspect_all:
            text = translate("milrep", "Code letter {letter}: inspect all {n} items (100 %), accept "
                                       "with at most {ac} nonconforming, reject with {re} or more.")
        else:
            text = translate("milrep", "Code letter {letter}: sample {n} items, accept with at most "
                                       "{ac} nonconforming, reject with {re} or more.")
        return text.format(letter=self.code_letter, n=self.sample_size, ac=self.ac, re=self.re)


def plan(lot_size: int, level: InspectionLevel | str, aql: Decimal | str | float | int,
         severity: Severity | str = Severity.NORMAL) -> SamplingPlan:
    """ISO 2859-1 single sampling plan for a lot: Table I, then Table II-A/B/C with arrows followed.

    When the sample would be as large as the lot or larger, the whole lot is inspected
    (``inspect_all``; ``sample_size`` becomes ``lot_size``) and the plan's Ac/Re are kept."""
    lot_size = _lot_size(lot_size)
    lvl, sev, column = _level(level), _severity(severity), aql_index(aql)
    letter = code_letter(lot_size, lvl)
    cell = resolve(sev, letter, AQL_VALUES[column])
    inspect_all = cell.sample_size >= lot_size
    return SamplingPlan(
        code_letter=cell.code_letter,
        sample_size=lot_size if inspect_all else cell.sample_size,
        ac=cell.ac, re=cell.re, inspect_all=inspect_all, table_letter=letter,
        lot_size=lot_size, level=lvl, aql=AQL_VALUES[column], severity=sev)


# --- the verdict -------------------------------------------------------------------------------

@dataclass(frozen=True)
class LotVerdict:
    """Accept or reject, why, and whether reduced inspection must end (Ac < d < Re on reduced)."""

    verdict: Verdict
    reason: str
    reinstate_normal: bool = False

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPT


def lot_verdict(plan: SamplingPlan, nonconforming: int) -> LotVerdict:
    """Accept the lot when ``nonconforming`` ≤ Ac, reject it when it reaches Re.

    Only the reduced table (MIL-STD-105E / Z1.4 form) has Re > Ac + 1: a count strictly between them
    accepts the lot but reinstates normal inspection from the next lot."""
    if (isinstance(nonconforming, bool) or not isinstance(nonconforming, int)
            or not 0 <= nonconforming <= plan.sample_size):
        raise ValidationError(
            translate("milrep", "The number of nonconforming items must be between 0 and the "
                                "sample size {n} (got {value}).")
            .format(n=plan.sample_size, value=nonconforming), field="nonconforming")
    values = {"d": nonconforming, "ac": plan.ac, "re": plan.re, "n": plan.sample_size}
    if nonconforming <= plan.ac:
        return LotVerdict(Verdict.ACCEPT, translate(
            "milrep", "Accepted: {d} nonconforming in {n} inspected, acceptance number {ac}.")
            .format(**values))
    if nonconforming >= plan.re:
        return LotVerdict(Verdict.REJECT, translate(
            "milrep", "Not accepted: {d} nonconforming in {n} inspected reaches the rejection "
                      "number {re}.").format(**values))
    return LotVerdict(Verdict.ACCEPT, translate(
        "milrep", "Accepted: {d} nonconforming in {n} inspected is above the acceptance number "
                  "{ac} but below the rejection number {re}; normal inspection is reinstated from "
                  "the next lot.").format(**values), reinstate_normal=True)
