"""The shared table exports: values and types survive a round trip; failures leave no trace."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from milrep.errors import StorageError
from milrep.exports import Sheet, write_csv, write_xlsx

ROWS = [
    ["ИНВ-001", "Стенд испытательный «Луч»", Decimal("1234567.50"), Decimal("3"),
     dt.date(2026, 3, 14), 7],
    ["ИНВ-002", "=HYPERLINK(\"http://x\")", Decimal("0.05"), Decimal("2.5"), None, 0],
]
COLUMNS = ["Инв. №", "Наименование", "Стоимость", "Кол-во", "Дата", "Целое"]
KINDS = ["text", "text", "money", "quantity", "date", "int"]


def _sheet(title="Реестр"):
    return Sheet(title, list(COLUMNS), [list(r) for r in ROWS], list(KINDS))


def test_xlsx_round_trip_keeps_values_types_and_formats(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, [_sheet(), Sheet("Движение", ["A"], [["x"]])])
    wb = load_workbook(path)
    assert wb.sheetnames == ["Реестр", "Движение"]
    ws = wb["Реестр"]
    assert [c.value for c in ws[1]] == COLUMNS
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    a2, b2, c2, d2, e2, f2 = ws[2]
    assert a2.value == "ИНВ-001" and b2.value == "Стенд испытательный «Луч»"
    assert isinstance(c2.value, (int, float)) and Decimal(str(c2.value)) == Decimal("1234567.5")
    assert c2.number_format == "#,##0.00"
    assert isinstance(d2.value, (int, float)) and d2.value == 3
    assert isinstance(e2.value, dt.datetime) and e2.value.date() == dt.date(2026, 3, 14)
    assert e2.is_date and e2.number_format == "DD.MM.YYYY"
    assert f2.value == 7 and isinstance(f2.value, int)
    # text that looks like a formula stays text, and an empty value stays empty
    assert ws["B3"].value == "=HYPERLINK(\"http://x\")" and ws["B3"].data_type == "s"
    assert ws["E3"].value is None
    # widths follow the contents, within sensible bounds
    assert 8 <= ws.column_dimensions["A"].width <= 60
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width


def test_xlsx_sheet_titles_are_made_valid_and_unique(tmp_path):
    path = tmp_path / "t.xlsx"
    long = "Очень длинное название листа: с [запрещёнными] символами"
    write_xlsx(path, [Sheet(long, ["a"], []), Sheet(long, ["a"], [])])
    names = load_workbook(path).sheetnames
    assert len(names) == 2 and names[0] != names[1]
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)


def test_csv_round_trip_utf8_bom_and_plain_values(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, _sheet())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    assert rows[1] == ["ИНВ-001", "Стенд испытательный «Луч»", "1234567.50", "3",
                       "2026-03-14", "7"]
    # a formula-looking text is neutralised, an empty value is an empty field
    assert rows[2][1] == "'=HYPERLINK(\"http://x\")"
    assert rows[2][4] == ""


def test_csv_with_semicolons_and_quotes(tmp_path):
    path = tmp_path / "semi.csv"
    write_csv(path, Sheet("x", ["a", "b"], [["с;точкой", "в \"кавычках\"\nи строкой"]]),
              delimiter=";")
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))
    assert rows == [["a", "b"], ["с;точкой", "в \"кавычках\"\nи строкой"]]


def test_rows_of_the_wrong_width_and_unknown_kinds_are_refused():
    with pytest.raises(ValueError, match="row 0"):
        Sheet("x", ["a", "b"], [["only one"]])
    with pytest.raises(ValueError, match="unknown column kinds"):
        Sheet("x", ["a"], [], ["colour"])


def test_kinds_are_inferred_when_not_given(tmp_path):
    s = Sheet("x", ["n", "d", "t", "m"], [[None, dt.date(2026, 1, 2), "t", Decimal("1.10")],
                                         [3, None, None, None]])
    assert s.column_kinds() == ["int", "date", "text", "decimal"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
@pytest.mark.parametrize("writer", ["xlsx", "csv"])
def test_read_only_folder_gives_a_clear_message_and_leaves_nothing(tmp_path, writer):
    folder = tmp_path / "ro"
    folder.mkdir()
    existing = folder / ("old." + writer)
    existing.write_bytes(b"old contents")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StorageError) as info:
            if writer == "xlsx":
                write_xlsx(existing, [_sheet()])
            else:
                write_csv(existing, _sheet())
        assert "read-only or not writable" in str(info.value)
        assert str(existing) in str(info.value)
        assert sorted(p.name for p in folder.iterdir()) == [existing.name]
        assert existing.read_bytes() == b"old contents"
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_missing_folder_gives_a_message_and_no_file(tmp_path):
    target = tmp_path / "nowhere" / "out.csv"
    with pytest.raises(StorageError) as info:
        write_csv(target, _sheet())
    assert str(target) in str(info.value)
    assert not target.parent.exists()


@pytest.mark.parametrize("writer", ["xlsx", "csv"])
def test_a_refused_rename_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch, writer):
    """The same refusal as a read-only folder, reached even when the tests run as root: the temp
    file was written, then the rename into place is refused."""
    import errno

    import milrep.db.files as files

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    existing = tmp_path / ("old." + writer)
    existing.write_bytes(b"old contents")
    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(StorageError) as info:
        if writer == "xlsx":
            write_xlsx(existing, [_sheet()])
        else:
            write_csv(existing, _sheet())
    assert "read-only or not writable" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing.name]
    assert existing.read_bytes() == b"old contents"
