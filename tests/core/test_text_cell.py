"""TextCell: the plain-text table cell that replaced Paragraph in the documents' tables."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from milrep.documents.fonts import CONDENSED, SERIF, face, register_fonts
from milrep.documents.layout import text_markup
from milrep.documents.text_cell import TextCell

register_fonts()
ITALIC = face(SERIF, italic=True)
WORDS = st.text(alphabet="абвгдеәғқңөұүһі xyz0123456789-/.", min_size=1, max_size=14)


def lines_of(cell: TextCell, width: float) -> list[tuple[float, list[tuple[float, str, str]]]]:
    cell.wrap(width, 1000)
    assert cell._set is not None
    return cell._set[1]


def text_on_page(cell: TextCell, width: float) -> str:
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=SERIF)
    cell.wrapOn(canvas, width, 1000)
    cell.drawOn(canvas, 50, 500)
    canvas.save()
    doc = pdfium.PdfDocument(out.getvalue())
    try:
        return doc[0].get_textpage().get_text_range()
    finally:
        doc.close()


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.floats(min_value=40, max_value=300))
def test_lines_fit_the_width_keep_every_word_and_take_a_paragraphs_height(
        words: list[str], width: float) -> None:
    text = " ".join(words)
    cell = TextCell.plain(text, CONDENSED, 8.5, 10.2)
    lines = lines_of(cell, width)
    assert all(used <= width * 1.05 for used, _ in lines)  # spaces may shrink 5 %, no more
    printed = " ".join(t for _, pieces in lines for _, t, _ in pieces)
    assert "".join(printed.split()) == "".join(text.split())  # every letter, in order
    if all(stringWidth(w, CONDENSED, 8.5) <= width for w in text.split()):
        assert printed.split() == text.split()  # no word cut when every word fits
        # and the same text as a Paragraph of the same face, size and leading takes the same
        # height (a Paragraph lets a word too wide run over the cell: not compared then)
        para = Paragraph(text_markup(text), ParagraphStyle("p", fontName=CONDENSED,
                                                           fontSize=8.5, leading=10.2))
        assert cell.wrap(width, 1000)[1] == para.wrap(width, 1000)[1]


def test_line_breaks_of_the_text_are_kept_and_blank_text_takes_no_room() -> None:
    cell = TextCell.plain("17/WS1/2026/AR-0004\n14.11.2026\n", SERIF, 9, 11)
    assert [p[0][1] for _, p in lines_of(cell, 300)] == ["17/WS1/2026/AR-0004", "14.11.2026"]
    assert cell.wrap(300, 1000) == (300, 22)
    assert TextCell.plain("  \n ", SERIF, 9, 11).wrap(300, 1000) == (300, 0)
    # a blank line between two paragraphs of a remark keeps its height, as in a Paragraph
    remark = "Packing damaged.\n\nRe-packed by the plant."
    para = Paragraph(text_markup(remark), ParagraphStyle("p", fontName=SERIF, fontSize=9,
                                                         leading=11))
    assert TextCell.plain(remark, SERIF, 9, 11).wrap(300, 1000) == para.wrap(300, 1000) \
        == (300, 33)


def test_a_word_wider_than_the_cell_is_cut_between_letters_not_run_over_the_rule() -> None:
    word = "0405-0406-0407-0408-0409-0410-0411"
    cell = TextCell.plain(word, SERIF, 9, 11)
    lines = lines_of(cell, 60)
    assert len(lines) > 1
    assert all(used <= 60 for used, _ in lines)
    assert "".join(t for _, pieces in lines for _, t, _ in pieces) == word


def test_a_no_break_space_keeps_a_value_with_its_mark() -> None:
    value = "12.75 12.80 12.85 12.90\u00a0\u2717"
    width = stringWidth("12.75 12.80 12.85 12.90", CONDENSED, 8) + 2  # the mark does not fit
    lines = lines_of(TextCell.plain(value, CONDENSED, 8, 9.6), width)
    assert lines[-1][1][-1][1] == "12.90\u00a0\u2717"  # moved down together


def test_runs_in_two_faces_print_with_the_spaces_their_text_has() -> None:
    cell = TextCell([[("Берілген күні / ", SERIF), ("Дата выдачи", ITALIC),
                      (": 26.11.2026", SERIF)]], 10, 12.5)
    pieces = lines_of(cell, 400)[0][1]
    assert [(t, f) for _, t, f in pieces] == [("Берілген күні /", SERIF),
                                               ("Дата выдачи", ITALIC), (": 26.11.2026", SERIF)]
    assert "Берілген күні / Дата выдачи: 26.11.2026" in text_on_page(cell, 400)


@pytest.mark.parametrize("align", [TA_RIGHT, TA_CENTER])
def test_alignment_places_each_line_against_the_right_edge_or_in_the_middle(align: int) -> None:
    out = io.BytesIO()
    canvas = Canvas(out)
    cell = TextCell.plain("20 pcs", SERIF, 10, 12, align=align)
    cell.wrapOn(canvas, 200, 100)
    cell.drawOn(canvas, 100, 500)
    canvas.save()
    doc = pdfium.PdfDocument(out.getvalue())
    try:
        page = doc[0].get_textpage()
        left, right = page.get_charbox(0)[0], page.get_charbox(5)[2]
    finally:
        doc.close()
    width = stringWidth("20 pcs", SERIF, 10)
    expected_left = 100 + (200 - width) / (1 if align == TA_RIGHT else 2)
    assert left == pytest.approx(expected_left, abs=1.5)
    assert right == pytest.approx(expected_left + width, abs=1.5)


def test_justified_text_is_not_a_cells_job() -> None:
    with pytest.raises(ValueError, match="unsupported alignment"):
        TextCell.plain("x", SERIF, 9, 11, align=TA_JUSTIFY)
