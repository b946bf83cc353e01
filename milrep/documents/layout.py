"""The A4 skeleton every printed document shares: letterhead, title with number and date, numbered
sections, a facts table, data tables whose header repeats on each page, signatures with the place
for the stamp; on every page the classification marking (top and bottom, when the contract has
one) and "Page X of Y".

Documents are built with :class:`OfficialDocument`; every text passed in is plain text (escaped
here), already in the document's language. The look follows Russian/Kazakh administrative
practice (GOST R 7.0.97 in spirit): serif text, a binding margin on the left, black on white so a
photocopy keeps everything, no colour carrying meaning. Page decorations (marking, running title,
"Page X of Y", draft watermark) are drawn by :mod:`milrep.documents.page_frame`.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

from milrep.documents.fonts import CONDENSED, SANS, SERIF, face, register_fonts
from milrep.documents.text_cell import TextCell
from milrep.i18n import format_date, translate

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm  # binding margin
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

GRID = colors.black
LINE = 0.5
SHADE = colors.Color(0.86, 0.86, 0.86)  # prints as a light grey on any printer
HEADER_SHADE = colors.Color(0.93, 0.93, 0.93)
MARK = "\u2717"  # ✗ next to a value out of limits (the shade alone may not survive a copier)


# --- what a document is made of -------------------------------------------------------------

@dataclass(frozen=True)
class Letterhead:
    """Who issues the document: the office and the plant it works at."""

    office_name: str
    plant_name: str
    office_code: str = ""


@dataclass(frozen=True)
class Signature:
    """A signing act as printed: who, in what capacity, what it means, when, and its digest."""

    position: str  # e.g. "Senior military representative"
    rank: str
    full_name: str
    meaning: str  # the meaning of the signature, in the document's language
    signed_at: dt.datetime
    digest: str  # SHA-256 (hex) of the signed content, from the SignatureRecord


@dataclass(frozen=True)
class Column:
    """A column of a data table: its heading, its share of the width and its alignment."""

    heading: str
    width: float  # relative; the widths of a table are scaled to the frame
    align: str = "LEFT"  # LEFT, CENTER or RIGHT


@dataclass
class DocumentHead:
    """Title block and page decorations of one document."""

    letterhead: Letterhead
    title: str  # e.g. "RETURN NOTICE" (printed in capitals)
    number: str
    date: dt.date | None
    classification: str = ""  # the contract's marking; printed on every page when not empty
    subtitle: str = ""  # one line under the title, e.g. what the document concerns
    draft: str = ""  # when not empty: the document is not final and says why, on every page
    keywords: tuple[str, ...] = field(default_factory=tuple)


# --- formatting helpers shared by the documents ---------------------------------------------

fmt_date = format_date  # dates as Kazakh and Russian documents write them: 25.11.2026


def fmt_time(t: dt.datetime | None) -> str:
    """A moment in the workstation's local time with its UTC offset: 25.11.2026 14:30 (UTC+05:00)."""
    if t is None:
        return "—"
    if t.tzinfo is None:  # stored as UTC
        t = t.replace(tzinfo=dt.UTC)
    local = t.astimezone()
    offset = local.strftime("%z")
    return f"{local:%d.%m.%Y %H:%M} (UTC{offset[:3]}:{offset[3:]})"


def fmt_decimal(d: Decimal | None) -> str:
    """A value as entered (no float rounding, no exponent)."""
    if d is None:
        return ""
    text = format(d, "f")
    return "\u2212" + text[1:] if text.startswith("-") else text  # a real minus sign


def fmt_limits(lower: Decimal | None, upper: Decimal | None, unit: str = "") -> str:
    """"36 … 44 W", "≥ 36 W", "≤ 44 W"; "" when there are no limits."""
    u = f" {unit}" if unit else ""
    if lower is not None and upper is not None:
        return f"{fmt_decimal(lower)} … {fmt_decimal(upper)}{u}"
    if lower is not None:
        return f"\u2265 {fmt_decimal(lower)}{u}"
    if upper is not None:
        return f"\u2264 {fmt_decimal(upper)}{u}"
    return ""


def text_markup(text: str) -> str:
    """Plain text made safe for a Paragraph, line breaks kept."""
    return "<br/>".join(escape(line) for line in (text or "").strip().splitlines())


# --- styles -----------------------------------------------------------------------------------

def _styles(small: str = SANS) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a document (a copy of the dict; the styles are shared and never
    changed: a document derives a new style with ``ParagraphStyle(parent=...)``)."""
    return dict(_shared_styles(small))


@functools.lru_cache(maxsize=4)
def _shared_styles(small: str) -> dict[str, ParagraphStyle]:
    register_fonts()
    # every style names its fonts (bullets too): nothing may fall back to a base-14 font, which
    # has no Cyrillic and is not embedded
    body = ParagraphStyle("body", fontName=SERIF, bulletFontName=SERIF, fontSize=10,
                          leading=13.2, alignment=TA_LEFT, spaceAfter=3)
    return {
        "body": body,
        "justify": ParagraphStyle("justify", parent=body, alignment=4, firstLineIndent=10 * mm),
        "indent": ParagraphStyle("indent", parent=body, firstLineIndent=10 * mm),
        "office": ParagraphStyle("office", parent=body, fontName=face(SERIF, bold=True),
                                 fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=0),
        "plant": ParagraphStyle("plant", parent=body, fontSize=9.5, leading=12,
                                alignment=TA_CENTER, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=face(SERIF, bold=True),
                                fontSize=14, leading=18, alignment=TA_CENTER, spaceBefore=4,
                                spaceAfter=2),
        "number": ParagraphStyle("number", parent=body, fontSize=10.5, leading=14,
                                 alignment=TA_CENTER, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14,
                                   alignment=TA_CENTER, spaceAfter=0),
        "draft": ParagraphStyle("draft", parent=body, fontName=face(SANS, bold=True),
                                fontSize=9.5, leading=12, alignment=TA_CENTER, spaceBefore=3),
        "section": ParagraphStyle("section", parent=body, fontName=face(SERIF, bold=True),
                                  fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
        "label": ParagraphStyle("label", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "value": ParagraphStyle("value", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "cell": ParagraphStyle("cell", fontName=CONDENSED, fontSize=8, leading=9.6),
        "head": ParagraphStyle("head", fontName=face(CONDENSED, bold=True), fontSize=8,
                               leading=9.6, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=body, fontName=face(SERIF, italic=True),
                               fontSize=8.5, leading=11, spaceBefore=2),
        "legend": ParagraphStyle("legend", fontName=CONDENSED, fontSize=7.5, leading=9,
                                 spaceBefore=0, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm,
                                 bulletFontName=SERIF),
        "sign": ParagraphStyle("sign", parent=body, fontSize=10, leading=12.5, spaceAfter=0),
        "sign_small": ParagraphStyle("sign_small", fontName=small, fontSize=6.8, leading=8.4,
                                     textColor=colors.Color(0.2, 0.2, 0.2)),
        "caption": ParagraphStyle("caption", fontName=small, fontSize=6.5, leading=8,
                                  alignment=TA_CENTER),
    }


_ALIGN = {"LEFT": TA_LEFT, "CENTER": TA_CENTER, "RIGHT": TA_RIGHT}


# --- the builder ------------------------------------------------------------------------------

class OfficialDocument:
    """Collects the content of one document and renders it to PDF bytes with :meth:`build`."""

    #: the face of data tables: condensed, so wide measurement grids fit the page; a document
    #: with few narrow tables may set its text face (one font fewer to embed)
    table_font = CONDENSED
    #: the face of small print: captions, signing-act lines and the page frame
    small_font = SANS

    def __init__(self, head: DocumentHead) -> None:
        self.head = head
        self.styles = _styles(self.small_font)
        self.story: list[Flowable] = []
        self._section = 0
        self._title_block()

    # the title block: letterhead, rule, title, number and date, subtitle
    def _title_block(self) -> None:
        h, st = self.head, self.styles
        self.story.append(Paragraph(text_markup(h.letterhead.office_name), st["office"]))
        if h.letterhead.plant_name:
            self.story.append(Paragraph(text_markup(translate(
                "milrep", "at {plant}").format(plant=h.letterhead.plant_name)), st["plant"]))
        self.story.append(_Rule(FRAME_WIDTH, 0.8, space=5))
        self.story.append(Paragraph(escape(h.title.upper()), st["title"]))
        if h.number or h.date:
            if h.number and h.date:
                line = translate("milrep", "No. {number} of {date}").format(
                    number=h.number, date=fmt_date(h.date))
            elif h.number:
                line = translate("milrep", "No. {number}").format(number=h.number)
            else:
                line = fmt_date(h.date)
            self.story.append(Paragraph(escape(line), st["number"]))
        if h.subtitle:
            self.story.append(Paragraph(text_markup(h.subtitle), st["subtitle"]))
        if h.draft:
            self.story.append(Paragraph(escape(h.draft), st["draft"]))
        self.story.append(Spacer(1, 6))

    # content
    def section(self, heading: str) -> None:
        """A numbered section heading ("1. Sampling plan"), kept with what follows it."""
        self._section += 1
        self.story.append(CondPageBreak(30 * mm))
        self.story.append(TextCell.styled(f"{self._section}. {heading}", self.styles["section"]))

    def paragraph(self, text: str, *, justify: bool = False, indent: bool = False,
                  bold: bool = False) -> None:
        """Plain text. ``justify``: a justified paragraph with its first line indented (prose);
        ``indent``: the indent without justification (text with long numbers that would leave
        wide gaps)."""
        markup = text_markup(text)
        if bold:
            markup = f"<b>{markup}</b>"
        style = "justify" if justify else "indent" if indent else "body"
        self.story.append(Paragraph(markup, self.styles[style]))

    def markup(self, markup: str) -> None:
        """A paragraph of reportlab markup built by the caller from escaped pieces."""
        self.story.append(Paragraph(markup, self.styles["body"]))

    def cell(self, text: str, style: str = "value") -> TextCell:
        """Plain text for a table cell in one of the styles' face, size and leading (a
        :class:`TextCell`: a Paragraph costs ten times as much for a cell's plain text)."""
        st = self.styles[style]
        return TextCell.plain(text, st.fontName, st.fontSize, st.leading,
                              align=st.alignment, color=None)

    def note(self, text: str) -> None:
        self.story.append(Paragraph(text_markup(text), self.styles["note"]))

    def legend(self, text: str) -> None:
        """A small line under a table explaining its marks (set in the table's font, which has
        the ✗ mark)."""
        self.story.append(Paragraph(text_markup(text), self.styles["legend"]))

    def bullets(self, items: Iterable[str]) -> None:
        for text in items:
            self.story.append(Paragraph(text_markup(text), self.styles["bullet"],
                                        bulletText="\u2013"))

    def facts(self, rows: Sequence[tuple[str, str]], *, label_width: float = 0.34) -> None:
        """Key/value lines ("Lot" — "L-2026-004") in a ruled two-column table."""
        data = [[self.cell(k, "label"), self.cell((v or "").strip() or "—", "value")]
                for k, v in rows]
        if not data:
            return
        t = Table(data, colWidths=[FRAME_WIDTH * label_width, FRAME_WIDTH * (1 - label_width)],
                  hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), SERIF),  # never Helvetica (see _canvas_class)
            ("GRID", (0, 0), (-1, -1), LINE * 0.8, GRID),
            ("BACKGROUND", (0, 0), (0, -1), HEADER_SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ]))
        self.story.append(t)
        self.story.append(Spacer(1, 4))

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *,
              marked: Iterable[tuple[int, int]] = (), bold_rows: Iterable[int] = (),
              font_size: float = 8, empty: str = "", width_mm: float | None = None) -> None:
        """A data table with a header row repeated on every page it spans.

        ``marked`` cells (body row, column) are out of limits or nonconforming: bold, shaded and
        followed by ✗. ``rows`` hold plain text. With no rows, ``empty`` is printed instead.
        Column widths are shares of the frame width; with ``width_mm`` they are millimetres per
        unit of width instead (narrow tables stay narrow), shrunk only to fit the frame.
        """
        if not rows:
            if empty:
                self.note(empty)
            return
        leading = font_size * 1.2
        regular, strong = self.table_font, face(self.table_font, bold=True)
        marks = set(marked)
        bold = set(bold_rows)
        data: list[list[Any]] = [[TextCell.plain(c.heading, strong, font_size, leading,
                                                 align=TA_CENTER) for c in columns]]
        for r, row in enumerate(rows):
            line = []
            for c, (text, col) in enumerate(zip(row, columns, strict=True)):
                font = regular
                if (r, c) in marks:
                    text, font = f"{(text or '').strip()}\u00a0{MARK}", strong
                elif r in bold:
                    font = strong
                line.append(TextCell.plain(text, font, font_size, leading,
                                           align=_ALIGN[col.align]))
            data.append(line)
        total = sum(c.width for c in columns)
        if width_mm is not None and total * width_mm * mm <= FRAME_WIDTH:
            widths = [c.width * width_mm * mm for c in columns]
        else:
            widths = [FRAME_WIDTH * c.width / total for c in columns]
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("GRID", (0, 0), (-1, -1), LINE * 0.8, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for r, c in marks:
            style.append(("BACKGROUND", (c, r + 1), (c, r + 1), SHADE))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.story.append(Spacer(1, 4))

    def signatures(self, signatures: Sequence[Signature], *, stamp: bool = True,
                   blank: Sequence[tuple[str, str]] = ()) -> None:
        """The signature block: for each signing act the position and rank, a line to sign on
        paper and the name, with the electronic signing act (meaning, time, digest) under it;
        ``blank`` adds lines for people who sign on paper only (position, name)."""
        st = self.styles
        widths = [FRAME_WIDTH * 0.46, FRAME_WIDTH * 0.24, FRAME_WIDTH * 0.30]
        stamp_line = Paragraph(escape(translate("milrep", "Place for the stamp")),
                               ParagraphStyle("mp", parent=st["sign"], fontSize=9,
                                              leftIndent=4 * mm))
        groups: list[list[Flowable]] = []
        for sig in signatures:
            who = escape(sig.position)
            if sig.rank:
                who = f"{who}<br/>{escape(sig.rank)}" if who else escape(sig.rank)
            act = translate(
                "milrep", "Signed in milrep with the password: \u201c{meaning}\u201d, {time}. "
                "SHA-256 of the signed content: {digest}").format(
                    meaning=sig.meaning, time=fmt_time(sig.signed_at),
                    digest=_group(sig.digest))
            rows = [[Paragraph(who, st["sign"]), "", Paragraph(escape(sig.full_name), st["sign"])],
                    ["", Paragraph(escape(translate("milrep", "(signature)")), st["caption"]),
                     ""],
                    [Paragraph(escape(act), st["sign_small"]), "", ""]]
            groups.append([Spacer(1, 10), self._sign_table(rows, widths, span_last=True)])
        if stamp:  # the office's stamp goes with the office's signatures
            if groups:
                groups[-1] += [Spacer(1, 4), stamp_line]
            else:
                groups.append([Spacer(1, 10), stamp_line])
        for position, name in blank:
            rows = [[Paragraph(escape(position), st["sign"]), "",
                     Paragraph(escape(name), st["sign"])],
                    ["", Paragraph(escape(translate("milrep", "(signature)")), st["caption"]),
                     ""]]
            groups.append([Spacer(1, 12), self._sign_table(rows, widths, span_last=False)])
        for group in groups:
            self.story.append(KeepTogether(group))

    @staticmethod
    def _sign_table(rows: list[list[Any]], widths: list[float], *, span_last: bool) -> Table:
        t = Table(rows, colWidths=widths, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, 0), LINE, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 0),
            ("LEFTPADDING", (2, 0), (2, 0), 6),
        ]
        if span_last:
            style.append(("SPAN", (0, 2), (-1, 2)))
            style.append(("TOPPADDING", (0, 2), (-1, 2), 2))
        t.setStyle(TableStyle(style))
        return t

    def spacer(self, height_mm: float = 3) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    # output
    def build(self) -> bytes:
        """The PDF (A4, fonts embedded as subsets, reproducible: same content, same bytes)."""
        buf = io.BytesIO()
        h = self.head
        doc = SimpleDocTemplate(
            buf, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=f"{h.title} {h.number}".strip(), author=h.letterhead.office_name,
            subject=h.subtitle, creator="milrep", producer="milrep (reportlab)",
            keywords=", ".join(h.keywords), invariant=1, lang=None)
        from milrep.documents.page_frame import Decorations, canvas_class

        doc.build(list(self.story), canvasmaker=canvas_class(Decorations(h, self.small_font)))
        return buf.getvalue()


def _group(digest: str) -> str:
    """A 64-digit hex digest in groups of eight, so a person can compare it by eye."""
    return " ".join(digest[i:i + 8] for i in range(0, len(digest), 8))


class _Rule(Flowable):
    """A horizontal line across the frame."""

    def __init__(self, width: float, thickness: float, *, space: float = 4) -> None:
        super().__init__()
        self.width, self.thickness, self.space = width, thickness, space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)
