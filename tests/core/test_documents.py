"""The printed-documents framework: fonts that cover Kazakh and Russian and are embedded, the A4
skeleton (classification marking on every page or none, header rows repeated on every page a table
spans, "Page X of Y"), rendering to PNG, the per-thread document language."""

from __future__ import annotations

import ctypes
import datetime as dt
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from milrep import i18n
from milrep.documents.fonts import FAMILIES, face, register_fonts
from milrep.documents.layout import (Column, DocumentHead, Letterhead, OfficialDocument, Signature,
                                     fmt_decimal, fmt_limits)
from milrep.errors import ValidationError

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
RUSSIAN = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
SIGNS = "№«»—–…≥≤→−“”✗"


def pages_text(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def text_fonts(pdf: bytes) -> set[tuple[str, bool]]:
    """(base font name, embedded) of every text object on every page."""
    doc = pdfium.PdfDocument(pdf)
    out = set()
    for i in range(len(doc)):
        for obj in doc[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            buf = ctypes.create_string_buffer(256)
            pdfium_c.FPDFFont_GetBaseFontName(font, buf, 256)
            out.add((buf.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return out


def assert_fonts_embedded(pdf: bytes) -> None:
    fonts = text_fonts(pdf)
    assert fonts, "no text at all"
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVu" in name for name, _ in fonts), fonts
    assert b"/Subtype /Type1" not in pdf  # no base-14 font declared anywhere
    assert pdf.count(b"/FontFile2") >= 2  # TrueType subsets carried in the file


def sample_document(*, classification: str = "", rows: int = 3, draft: str = "") -> bytes:
    doc = OfficialDocument(DocumentHead(
        letterhead=Letterhead("Әскери өкілдік № 17", "«Жетісу» АҚ", "17"), title="Хаттама",
        number="17/WS1/2026/RN-0001", date=dt.date(2026, 11, 25), classification=classification,
        subtitle="Партия L-2026-004", draft=draft))
    doc.section("Қазақ әріптері")
    doc.facts([("Қазақша", KAZAKH), ("По-русски", RUSSIAN), ("Знаки", SIGNS)])
    doc.section("Нәтижелер")
    doc.table([Column("Үлгі", 0.6, "RIGHT"), Column("Зауыттық №", 1.2),
               Column("Қуаты, W", 1.2, "RIGHT")],
              [[str(n), f"04{n:03d}", "40.2" if n % 7 else "47.5"] for n in range(1, rows + 1)],
              marked=[(n - 1, 2) for n in range(1, rows + 1) if n % 7 == 0])
    doc.signatures([Signature("Аға әскери өкіл", "майор", "Г. С. Ахметова", "Қайтарылды",
                              dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC), "ab" * 32)],
                   blank=[("ТББ өкілі", "")])
    return doc.build()


def test_every_face_covers_kazakh_russian_and_the_signs_used() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    for family in FAMILIES:
        for bold in (False, True):
            for italic in (False, True):
                font = pdfmetrics.getFont(face(family, bold=bold, italic=italic))
                missing = [c for c in KAZAKH + RUSSIAN + "№«»—–…≥≤→−“”"
                           if ord(c) not in font.face.charToGlyph]
                assert missing == [], (face(family, bold=bold, italic=italic), missing)
    # the ✗ mark is only used in table and legend faces, which have it
    for name in (face("MilrepCondensed"), face("MilrepCondensed", bold=True)):
        assert ord("✗") in pdfmetrics.getFont(name).face.charToGlyph


def test_text_comes_back_from_the_pdf_and_every_font_is_embedded() -> None:
    pdf = sample_document()
    text = "".join(pages_text(pdf))
    for word in ("ХАТТАМА", "17/WS1/2026/RN-0001", "25.11.2026", "Партия L-2026-004", KAZAKH,
                 "Г. С. Ахметова", "abababab abababab", "40.2"):
        assert word in text, word
    assert_fonts_embedded(pdf)


def test_a_long_table_repeats_its_header_and_pages_say_x_of_y() -> None:
    pdf = sample_document(rows=150)
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert "Зауыттық №" in text, f"header missing on page {n}"
        assert f"Page {n} of {len(pages)}" in text
    assert "04150" in pages[-1] or "04150" in pages[-2]
    # every row printed exactly once
    body = "\n".join(pages)
    assert all(body.count(f"04{n:03d}") == 1 for n in range(1, 151))


def test_classification_marks_every_page_top_and_bottom() -> None:
    marking = "Для служебного пользования"
    pages = pages_text(sample_document(classification=marking, rows=150))
    assert len(pages) >= 3
    for text in pages:
        assert text.count(marking) == 2
    assert "Copy No. ____" in pages[0]  # the copy number goes with a marking, on the first page


def test_no_marking_at_all_without_a_classification() -> None:
    pages = pages_text(sample_document(rows=150))
    assert not any("Для служебного пользования" in t or "Copy No." in t for t in pages)


def test_a_draft_says_so_on_every_page() -> None:
    pages = pages_text(sample_document(rows=150, draft="Жоба: шешім қабылданған жоқ"))
    assert "Жоба: шешім қабылданған жоқ" in pages[0]
    assert all("DRAFT" in t for t in pages)


def test_pages_render_to_png_at_110_dpi() -> None:
    doc = pdfium.PdfDocument(sample_document())
    image = doc[0].render(scale=110 / 72).to_pil().convert("L")
    width, height = image.size
    assert abs(width - 210 / 25.4 * 110) <= 1 and abs(height - 297 / 25.4 * 110) <= 1  # A4
    dark = image.histogram()[:128]
    dark = sum(dark)
    assert dark > 5_000  # text and rules, not a blank page
    assert image.getextrema()[0] == 0  # black text


def test_the_same_content_gives_the_same_bytes() -> None:
    assert sample_document(rows=20) == sample_document(rows=20)


def test_values_and_limits_are_written_as_entered() -> None:
    from decimal import Decimal

    assert fmt_decimal(Decimal("-2.10")) == "\u22122.10"
    assert fmt_decimal(Decimal("1E+1")) == "10"
    assert fmt_limits(Decimal("36"), Decimal("44"), "W") == "36 … 44 W"
    assert fmt_limits(Decimal("36"), None, "W") == "≥ 36 W"
    assert fmt_limits(None, Decimal("0.5"), "") == "≤ 0.5"
    assert fmt_limits(None, None, "W") == ""


# --- the document's language, per thread ---------------------------------------------------

def test_language_applies_to_this_thread_only() -> None:
    source = "Failed tests"
    kk = i18n.load_catalogue("kk")[("milrep", source)]
    inside = threading.Event()
    release = threading.Event()
    seen: dict[str, str] = {}

    def other_thread() -> None:
        inside.wait(5)
        seen["other"] = i18n.translate("milrep", source)
        release.set()

    t = threading.Thread(target=other_thread)
    t.start()
    with i18n.language("kk"):
        inside.set()
        release.wait(5)
        seen["here"] = i18n.translate("milrep", source)
    t.join()
    assert seen == {"here": kk, "other": source}
    assert i18n.translate("milrep", source) == source  # restored after the block


def test_language_en_overrides_the_users_language() -> None:
    i18n.install_catalogue("ru")
    try:
        ru = i18n.translate("milrep", "Failed tests")
        assert ru != "Failed tests"
        with i18n.language("en"):
            assert i18n.translate("milrep", "Failed tests") == "Failed tests"
        with i18n.language(None):
            assert i18n.translate("milrep", "Failed tests") == ru
    finally:
        i18n.set_translator(None)


def test_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as e:
        with i18n.language("de"):
            pass
    assert str(e.value) == 'Unknown language "de"; choose one of: en, ru, kk.'
    assert e.value.field == "language"
