"""One way to hand a table to a spreadsheet: XLSX for people, CSV for other programs.

A :class:`Sheet` is a title, column headers, rows of Python values and (optionally) the kind of
each column. Both writers are atomic (the bytes are built in memory, then written through
:func:`milrep.db.files.write_atomic`: temp file, fsync, rename), so a failure leaves the file
that was there before untouched and no temp file behind.

Values:

* ``Decimal`` stays a number (never a string): in XLSX a numeric cell with the format
  ``#,##0.00`` (kind ``money``/``decimal``) or ``0.###`` (kind ``quantity``); in CSV the exact
  decimal text with a dot (``1234.50``).
* ``date``/``datetime`` become date cells in XLSX (shown ``DD.MM.YYYY``) and ISO 8601 in CSV.
* ``None`` is an empty cell. Enums are written by their ``.value`` unless the caller passes a label.
* Text that a spreadsheet would run as a formula (starting with ``= + - @`` or a tab/CR) is
  kept literal: an XLSX string cell, and in CSV prefixed with an apostrophe (OWASP advice).

CSV decision (documented in docs/FORMATS.md): UTF-8 **with BOM**, comma separator, CRLF line
ends, RFC 4180 quoting, dot decimals, ISO dates. The BOM makes Excel (and LibreOffice) read
Cyrillic correctly; the comma/dot choice keeps the file machine-readable the same way on every
locale. People who work in Excel should take the XLSX, which carries real numbers and dates
regardless of locale. Callers may pass ``delimiter=";"`` for a locale-specific file.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from milrep.db.files import write_atomic
from milrep.i18n import translate

KINDS = ("text", "int", "money", "decimal", "quantity", "date", "datetime")
_NUMBER_FORMATS = {
    "int": "0",
    "money": "#,##0.00",
    "decimal": "#,##0.00",
    "quantity": "0.###",
    "date": "DD.MM.YYYY",
    "datetime": "DD.MM.YYYY HH:MM",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Sheet:
    """A table to export; ``kinds`` (one of :data:`KINDS` per column) is inferred when ``None``."""

    title: str
    columns: list[str]
    rows: list[list[Any]]
    kinds: list[str] | None = field(default=None)

    def __post_init__(self) -> None:
        width = len(self.columns)
        for i, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"row {i} has {len(row)} cells, the sheet has {width} columns")
        if self.kinds is not None:
            if len(self.kinds) != width:
                raise ValueError("kinds must name one kind per column")
            unknown = [k for k in self.kinds if k not in KINDS]
            if unknown:
                raise ValueError(f"unknown column kinds: {unknown}")

    def column_kinds(self) -> list[str]:
        """The declared kinds, or kinds inferred from the first non-empty value of each column."""
        if self.kinds is not None:
            return list(self.kinds)
        kinds = []
        for c in range(len(self.columns)):
            value = next((r[c] for r in self.rows if r[c] is not None), None)
            kinds.append(_infer(value))
        return kinds


def _infer(value: Any) -> str:
    if isinstance(value, bool):
        return "text"
    if isinstance(value, int):
        return "int"
    if isinstance(value, (Decimal, float)):
        return "decimal"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    return "text"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return translate("milrep", "yes") if value else translate("milrep", "no")
    return value


def _title(title: str, used: set[str]) -> str:
    base = _BAD_TITLE.sub(" ", title).strip() or "Sheet"
    base = base[:31]
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def _width(values: Sequence[Any], header: str) -> float:
    longest = len(header)
    for v in values[:500]:
        if v is None:
            continue
        if isinstance(v, (dt.date, dt.datetime)):
            n = 16 if isinstance(v, dt.datetime) else 10
        elif isinstance(v, Decimal):
            n = len(f"{v:,.2f}")
        else:
            n = max((len(line) for line in str(v).splitlines()), default=0)
        longest = max(longest, n)
    return float(min(max(longest + 2, 8), 60))


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The XLSX file of ``sheets`` as bytes (no file written)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    if not sheets:
        raise ValueError("an XLSX file needs at least one sheet")
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    bold = Font(bold=True)
    for sheet in sheets:
        ws = wb.create_sheet(_title(sheet.title, used))
        kinds = sheet.column_kinds()
        for c, header in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=c, value=header)
            cell.data_type = "s"
            cell.font = bold
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for r, row in enumerate(sheet.rows, start=2):
            for c, (raw, kind) in enumerate(zip(row, kinds), start=1):
                value = _plain(raw)
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(value, (Decimal, int, float)) and kind != "text":
                    cell.value = value
                    cell.number_format = _NUMBER_FORMATS.get(kind, "General")
                elif isinstance(value, (dt.date, dt.datetime)) and kind != "text":
                    cell.value = value
                    cell.number_format = _NUMBER_FORMATS[
                        "datetime" if isinstance(value, dt.datetime) else "date"]
                else:
                    cell.value = str(value)
                    cell.data_type = "s"  # never a formula, whatever the text starts with
        for c, header in enumerate(sheet.columns, start=1):
            column = [_plain(row[c - 1]) for row in sheet.rows]
            ws.column_dimensions[get_column_letter(c)].width = _width(column, header)
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_xlsx(path: Path | str, sheets: Sequence[Sheet]) -> None:
    """Write ``sheets`` to the XLSX file ``path`` atomically (StorageError on a write failure)."""
    write_atomic(Path(path), xlsx_bytes(sheets))


def _csv_text(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_bytes(sheet: Sheet, *, delimiter: str = ",") -> bytes:
    """The CSV file of ``sheet`` as bytes: UTF-8 with BOM, CRLF, RFC 4180 quoting."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_csv_text(h) for h in sheet.columns])
    for row in sheet.rows:
        writer.writerow([_csv_text(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


def write_csv(path: Path | str, sheet: Sheet, *, delimiter: str = ",") -> None:
    """Write ``sheet`` to the CSV file ``path`` atomically (StorageError on a write failure)."""
    write_atomic(Path(path), csv_bytes(sheet, delimiter=delimiter))
