"""The content of the certificate confirming quality, laid out on A4 (see
:mod:`milrep.documents.certificate` for what it prints and how it is built).

:class:`CertificateLayout` turns the loaded facts of one certificate into reportlab flowables in
the document's languages: the bilingual title block, the parties and goods, the lots with their
serial numbers, the statement of conformity, the tests, the completeness, the warranty, an annex
for long serial lists, and the signature block with the place for the stamp beside the QR seal
(kept apart, so a stamp pressed on the paper does not cover the symbol).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from milrep import i18n
from milrep.documents.certificate_data import CertificateFacts, iso_date, serial_runs
from milrep.documents.certificate_text import Languages
from milrep.documents.fonts import SERIF, face
from milrep.documents.layout import (FRAME_WIDTH, GRID, HEADER_SHADE, LINE, Column, DocumentHead,
                                     Letterhead, OfficialDocument, _Rule, fmt_date, fmt_time,
                                     text_markup)
from milrep.documents.qr import QrMatrix, draw_qr
from milrep.documents.text_cell import Line, TextCell
from milrep.i18n import translate
from milrep.models.certificates import CertificateStatus

#: every table names its font: a cell left empty would otherwise declare Helvetica (base-14,
#: not embedded, no Cyrillic)
_NO_BASE14 = ("FONTNAME", (0, 0), (-1, -1), SERIF)
#: modules of 0.6 mm: a version-13 seal is 46 mm square with its quiet zone, read by a phone
#: or a 150 dpi scan; never below qr.MIN_MODULE_MM
MODULE_MM = 0.6
#: serial numbers (as runs) longer than this go to an annex that may run over pages
INLINE_SERIALS = 240


class CertificateLayout(OfficialDocument):
    """The content of one certificate as flowables (``story``); built by
    :func:`milrep.documents.certificate.build`."""

    annexed = False
    # one family throughout (fewer fonts to embed: the PDF is made in a third less time); its
    # tables are few and short, and its small print reads as well in the text face
    table_font = SERIF
    small_font = SERIF

    def __init__(self, facts: CertificateFacts, langs: Languages, matrix: QrMatrix) -> None:
        self.facts, self.langs, self.matrix = facts, langs, matrix
        r = facts.record
        self.r = r
        title = langs.join(lambda: translate("milrep", "Certificate confirming quality"))
        super().__init__(DocumentHead(
            letterhead=Letterhead(office_name=r["office"]["name"],
                                  plant_name=r["office"].get("plant", ""),
                                  office_code=r["office"]["code"]),
            title=title, number=facts.number, date=facts.issued_on,
            classification=(r.get("classification") or "").strip(),
            subtitle=f"{r['item']['name']} ({r['item']['nomenclature_code']})",
            keywords=(facts.number, r["contract"]["number"],
                      *[x["lot"] for x in r.get("lots") or []])))
        self.content()

    # --- helpers ------------------------------------------------------------------------------
    def lab(self, text: Callable[[], str], font: str = SERIF) -> list[Line]:
        """A label in every language as the lines of a :class:`TextCell`: the first as is, the
        others in italics (on the same line when short, else each under the other)."""
        first, *others = self.langs.each(text)
        italic = face(font, italic=True)
        if len(first) + sum(len(p) for p in others) <= 30:
            runs = [(first, font)]
            for p in others:
                runs += [(" / ", font), (p, italic)]
            return [runs]
        return [[(first, font)], *[[(p, italic)] for p in others]]

    def numbered(self, number: str, date: str) -> str:
        """"No. 15-ГОЗ/2026 of 03.04.2026" in one language; "№ 15-ГОЗ/2026, 03.04.2026" on a
        bilingual paper (the number and date are the same in both)."""
        if self.langs.bilingual:
            return f"\u2116 {number}, {date}"
        return translate("milrep", "No. {number} of {date}").format(number=number, date=date)

    def heading(self, text: Callable[[], str]) -> str:
        return self.langs.join(text)

    def col(self, text: Callable[[], str], width: float, align: str = "LEFT") -> Column:
        return Column("\n".join(self.langs.each(text)), width, align)

    def rows(self, rows: Sequence[tuple[list[Line], str]]) -> None:
        """Label (lines from :meth:`lab`) — value (plain text) lines in a ruled table."""
        st = self.styles["label"]
        data = [[TextCell(k, st.fontSize, st.leading), self.cell((v or "").strip() or "—")]
                for k, v in rows]
        t = Table(data, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("GRID", (0, 0), (-1, -1), LINE * 0.8, GRID),
            ("BACKGROUND", (0, 0), (0, -1), HEADER_SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ]))
        self.story += [t, Spacer(1, 4)]

    def prose(self, text: Callable[[], str]) -> None:
        """A statement: side by side in two columns when bilingual, else one paragraph."""
        st = self.styles
        parts = self.langs.each(text)
        if len(parts) == 1:
            self.story.append(Paragraph(text_markup(parts[0]), st["justify"]))
            return
        # ragged right: justified, the narrow columns open wide gaps around long words
        style = ParagraphStyle("prose", parent=st["body"], alignment=TA_LEFT, fontSize=9.5,
                               leading=12.4, spaceAfter=0)
        t = Table([[TextCell.styled(p, style) for p in parts]],
                  colWidths=[FRAME_WIDTH / len(parts)] * len(parts), hAlign="LEFT")
        t.setStyle(TableStyle([_NO_BASE14,
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("LEFTPADDING", (1, 0), (-1, -1), 8),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                               ("LINEAFTER", (0, 0), (-2, -1), LINE * 0.6, GRID)]))
        self.story += [t, Spacer(1, 4)]

    # --- the title block (replaces the layout's single-language one) -------------------------
    def _title_block(self) -> None:
        h, st = self.head, self.styles
        self.story.append(TextCell.styled(h.letterhead.office_name, st["office"]))
        if h.letterhead.plant_name:
            self.story.append(TextCell.styled(self.langs.join(lambda: translate(
                "milrep", "at {plant}").format(plant=h.letterhead.plant_name)), st["plant"]))
        self.story.append(_Rule(FRAME_WIDTH, 0.8, space=5))
        for i, line in enumerate(self.langs.each(
                lambda: translate("milrep", "Certificate confirming quality"))):
            style = st["title"] if i == 0 else ParagraphStyle(
                "title2", parent=st["title"], fontSize=12.5, leading=16, spaceBefore=0)
            self.story.append(TextCell.styled(line.upper(), style))
        with i18n.language(self.langs.codes[0]):
            number = self.numbered(h.number, fmt_date(h.date))
        self.story.append(TextCell.styled(number, st["number"]))
        self.story.append(Spacer(1, 4))

    # --- the content --------------------------------------------------------------------------
    def content(self) -> None:
        self.status_box()
        self.parties()
        self.goods()
        self.conformity()
        self.tests()
        self.completeness()
        self.warranty()
        self.serials_annex()
        self.signature_and_seal()

    def status_box(self) -> None:
        f = self.facts
        rev = f.revocation
        lines: list[str] = []
        strong = False
        if f.status is CertificateStatus.SUPERSEDED and rev is not None:
            strong = True
            lines = self.langs.each(lambda: translate(
                "milrep", "SUPERSEDED on {date} by certificate No. {number}: {reason}. Only the "
                "new certificate stands; goods are not accepted on this one.").format(
                    date=fmt_date(rev.revoked_at.date()), number=rev.superseded_by or "?",
                    reason=rev.reason))
        elif f.status is CertificateStatus.REVOKED and rev is not None:
            strong = True
            lines = self.langs.each(lambda: translate(
                "milrep", "REVOKED on {date} by {who}: {reason}. This certificate no longer "
                "confirms the quality of the goods; goods are not accepted on it.").format(
                    date=fmt_date(rev.revoked_at.date()), who=rev.revoked_by, reason=rev.reason))
        if f.supersedes:
            lines += self.langs.each(lambda: translate(
                "milrep", "Issued in place of certificate No. {number}, which it supersedes "
                "({reason}).").format(number=f.supersedes, reason=f.reissue_reason))
        if not lines:
            return
        st = self.styles
        style = ParagraphStyle("status", parent=st["body"], fontName=face(SERIF, bold=strong),
                               fontSize=10 if strong else 9.5, leading=12.5, spaceAfter=1)
        t = Table([[[TextCell.styled(x, style) for x in lines]]], colWidths=[FRAME_WIDTH],
                  hAlign="LEFT")
        t.setStyle(TableStyle([_NO_BASE14,
                               ("BOX", (0, 0), (-1, -1), 2 if strong else 0.8, GRID),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        self.story += [t, Spacer(1, 6)]

    def parties(self) -> None:
        r = self.r

        def org(o: dict[str, str] | None) -> str:
            if not o or not o.get("name"):
                return "—"
            out = [o["name"]]
            if o.get("address"):
                out.append(o["address"])
            if o.get("bin"):
                out.append(self.langs.join(
                    lambda: translate("milrep", "BIN {bin}").format(bin=o["bin"])))
            return "\n".join(out)

        contract = r["contract"]
        rows = [
            (self.lab(lambda: translate("milrep", "Issued by")), r["office"]["name"]),
            (self.lab(lambda: translate("milrep", "Contractor")), org(r.get("contractor"))),
            (self.lab(lambda: translate("milrep", "Recipient")), org(r.get("recipient"))),
            (self.lab(lambda: translate("milrep", "Contract")), self.langs.join(
                lambda: self.numbered(contract["number"],
                                      fmt_date(iso_date(contract["signed_on"]))))),
            (self.lab(lambda: translate("milrep", "Item")), r["item"]["name"]),
            (self.lab(lambda: translate("milrep", "Nomenclature code")),
             r["item"]["nomenclature_code"]),
            (self.lab(lambda: translate("milrep", "Quantity")), f"{r['quantity']} {r['unit']}"),
        ]
        if self.head.classification:
            rows.append((self.lab(lambda: translate("milrep", "Classification marking")),
                         self.head.classification))
        self.rows(rows)

    def goods(self) -> None:
        lots = self.r.get("lots") or []
        self.section(self.heading(lambda: translate("milrep", "Lots and serial numbers")))
        self.annexed = len(", ".join(serial_runs(self.facts.serials))) > INLINE_SERIALS
        rows = []
        for x in lots:
            serials = x.get("serials") or []
            if not serials:
                text = "—"
            elif self.annexed:
                text = self.langs.join(lambda n=len(serials): translate(
                    "milrep", "{n} serial numbers, listed in the annex").format(n=n), "\n")
            else:
                text = ", ".join(serial_runs(serials))
            made = fmt_date(iso_date(x.get("manufactured_on"))) if x.get("manufactured_on") \
                else "—"
            rows.append([x["lot"], f"{x['quantity']} {self.r['unit']}",
                         f"{x['acceptance_record']}\n{fmt_date(iso_date(x['accepted_on']))}",
                         made, text])
        self.table([self.col(lambda: translate("milrep", "Lot"), 1.0),
                    self.col(lambda: translate("milrep", "Quantity"), 1.1, "RIGHT"),
                    self.col(lambda: translate("milrep", "Acceptance record, date"), 1.85),
                    self.col(lambda: translate("milrep", "Manufactured on"), 1.25),
                    self.col(lambda: translate("milrep", "Serial numbers"), 2.5)], rows,
                   font_size=8.5)

    def conformity(self) -> None:
        c = self.r["conformity"]
        self.section(self.heading(lambda: translate("milrep", "Statement of conformity")))
        self.prose(lambda: translate(
            "milrep", "The military representative office confirms that the goods named in this "
            "certificate were manufactured, inspected and accepted in conformity with the "
            "technical documentation, the operational requirement and the contract named below, "
            "and may be delivered to the recipient."))

        def doc(ref: str, revision: str) -> str:
            if not ref:
                return "—"
            if not revision:
                return ref
            return f"{ref}, " + self.langs.join(lambda: translate("milrep", "revision {revision}")
                                                .format(revision=revision))

        rows = [(self.lab(lambda: translate("milrep", "Technical documentation")),
                 doc(c.get("technical_documentation", ""),
                     c.get("technical_documentation_revision", ""))),
                (self.lab(lambda: translate("milrep", "Operational requirement")),
                 doc(c.get("operational_requirement", ""),
                     c.get("operational_requirement_revision", "")))]
        if c.get("standards"):
            rows.append((self.lab(lambda: translate("milrep", "Standards")),
                         "\n".join(c["standards"])))
        rows.append((self.lab(lambda: translate("milrep", "Contract")), c.get("contract", "")))
        self.rows(rows)

    def test_refs(self, x: dict[str, Any]) -> str:
        """The protocol — for an acceptance test the inspection protocol (numbered after the
        notice and attempt) and the acceptance record under it — and the office's opinion."""
        lines = [f"\u2116 {x['notice']}/{x.get('attempt', 1)}", f"\u2116 {x['protocol']}"] \
            if x.get("notice") else [f"\u2116 {x['protocol']}"]
        if x.get("opinion"):
            lines += self.langs.each(lambda: translate("milrep", "opinion No. {number}").format(
                number=x["opinion"]))
        return "\n".join(lines)

    def tests(self) -> None:
        self.section(self.heading(lambda: translate("milrep", "Tests performed")))
        rows = []
        for i, x in enumerate(self.r.get("tests") or [], start=1):
            rows.append([str(i), "\n".join(self.langs.each(lambda x=x: _test_kind(x["kind"]))),
                         x.get("programme") or "—",
                         self.test_refs(x),
                         fmt_date(iso_date(x.get("date"))),
                         "\n".join(self.langs.each(_positive))])
        self.table([Column("№", 0.35, "RIGHT"),
                    self.col(lambda: translate("milrep", "Test"), 1.7),
                    self.col(lambda: translate("milrep", "Programme"), 1.25),
                    self.col(lambda: translate("milrep", "Protocol, acceptance record"), 1.95),
                    self.col(lambda: translate("milrep", "Date"), 0.85),
                    self.col(lambda: translate("milrep", "Result"), 1.3)], rows, font_size=8.5,
                   empty=self.langs.join(lambda: translate("milrep", "No tests are recorded.")))

    def completeness(self) -> None:
        lines = self.r.get("completeness") or []
        self.section(self.heading(lambda: translate("milrep", "Completeness")))
        if not lines:
            self.prose(lambda: translate("milrep", "The item has no completeness list: it is "
                                                   "delivered as one unit."))
            return
        records = {x["acceptance_record"] for x in lines}
        rows = [[str(i), x["name"] + (f" ({x['acceptance_record']})" if len(records) > 1 else ""),
                 str(x["expected"]), str(x["found"]), x.get("unit", "")]
                for i, x in enumerate(lines, start=1)]
        self.table([Column("№", 0.35, "RIGHT"),
                    self.col(lambda: translate("milrep", "Name"), 4.0),
                    self.col(lambda: translate("milrep", "Required"), 1.0, "RIGHT"),
                    self.col(lambda: translate("milrep", "Found"), 1.0, "RIGHT"),
                    self.col(lambda: translate("milrep", "Unit"), 0.9)], rows, font_size=8.5,
                   width_mm=24)
        self.prose(lambda: translate("milrep", "The goods are complete as the completeness list "
                                               "of the technical documentation requires."))

    def warranty(self) -> None:
        self.section(self.heading(lambda: translate("milrep", "Warranty")))
        terms = (self.r.get("warranty") or "").strip()
        if terms:
            self.paragraph(terms, indent=True)
        else:
            self.prose(lambda: translate("milrep", "As stated in the contract."))

    def serials_annex(self) -> None:
        if not self.annexed:
            return
        self.section(self.heading(lambda: translate("milrep", "Annex: serial numbers")))
        for x in self.r.get("lots") or []:
            runs = serial_runs(x.get("serials") or [])
            if not runs:
                continue
            self.paragraph(self.langs.join(lambda x=x: translate(
                "milrep", "Lot {lot}: {n} serial numbers").format(
                    lot=x["lot"], n=len(x["serials"]))), bold=True)
            per_row = 5
            grid = [runs[i:i + per_row] + [""] * (per_row - len(runs[i:i + per_row]))
                    for i in range(0, len(runs), per_row)]
            self.table([Column("", 1.0)] * per_row, grid, font_size=8)

    def signature_and_seal(self) -> None:
        st, f = self.styles, self.facts
        rep = self.r.get("representative") or {}
        sign = ParagraphStyle("signc", parent=st["sign"], fontSize=10, leading=12.5)
        who = [x for x in (rep.get("position") or "", rep.get("rank") or "") if x]
        position = [[(line, SERIF)] for x in who for line in x.splitlines()] or self.lab(
            lambda: translate("milrep", "Military representative"))
        line = Table([[TextCell(position, 10, 12.5), "",
                       TextCell.plain(rep.get("name") or "", SERIF, 10, 12.5)],
            ["", TextCell.styled(self.langs.join(lambda: translate("milrep", "(signature)")),
                                 st["caption"]), ""]],
            colWidths=[48 * mm, 30 * mm, 34 * mm], hAlign="LEFT")
        line.setStyle(TableStyle([_NO_BASE14,
                                  ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                                  ("LINEBELOW", (1, 0), (1, 0), LINE, GRID),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        left: list[Flowable] = [
            TextCell(_then(self.lab(lambda: translate("milrep", "Date of issue")),
                           f": {fmt_date(f.issued_on)}"), 10, 12.5),
            Spacer(1, 14), line, Spacer(1, 12),
            Paragraph(f"<b>{escape(self.langs.join(_stamp))}</b>", ParagraphStyle(
                "mp", parent=sign, fontSize=11, leftIndent=6 * mm)),
            Spacer(1, 16 * mm)]
        if f.signature is not None:
            s = f.signature
            left.append(TextCell.styled(translate(
                "milrep", "Signed in milrep with the password: \u201c{meaning}\u201d, {time}. "
                "SHA-256 of the signed content: {digest}").format(
                    meaning=_meaning(f.signature_meaning) or s.meaning, time=fmt_time(s.signed_at),
                    digest=" ".join(s.digest[i:i + 8] for i in range(0, len(s.digest), 8))),
                st["sign_small"]))
        caption = ParagraphStyle("qrcap", parent=st["sign_small"], fontSize=6.6, leading=8.2)
        right: list[Flowable] = [_SealSymbol(self.matrix, MODULE_MM), Spacer(1, 2)]
        right += [TextCell.styled(x, caption) for x in self.langs.each(lambda: translate(
            "milrep", "QR seal of the office. To verify it: milrep verify with this PDF, a scan "
            "or a photo of it (or Verify certificate in milrep) and the office's trust list; "
            "the fields shown must match this paper."))]
        right.append(TextCell.styled(f"MR1 · kid {f.seal_kid} · {f.record_digest}", caption))
        qr_width = self.matrix.side_mm(MODULE_MM) * mm
        block = Table([[left, right]], colWidths=[FRAME_WIDTH - qr_width - 6 * mm,
                                                  qr_width + 6 * mm], hAlign="LEFT")
        block.setStyle(TableStyle([_NO_BASE14,
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, 0), 10),
                                   ("LEFTPADDING", (1, 0), (1, 0), 6),
                                   ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
        self.story.append(KeepTogether([Spacer(1, 8), block]))

    def status_mark(self) -> list[str]:
        if self.facts.status is CertificateStatus.REVOKED:
            return [x.upper() for x in self.langs.each(lambda: translate("milrep", "Revoked"))]
        if self.facts.status is CertificateStatus.SUPERSEDED:
            return [x.upper() for x in self.langs.each(lambda: translate("milrep", "Superseded"))]
        return []


def _then(lines: list[Line], text: str, font: str = SERIF) -> list[Line]:
    """``lines`` with ``text`` in ``font`` after the last (": 25.11.2026")."""
    *before, last = lines
    return [*before, [*last, (text, font)]]


def _meaning(raw: str) -> str:
    """The signing act's meaning in the language in force (the facts are loaded outside it)."""
    from milrep.services.signing import Meaning, meaning_label

    try:
        return meaning_label(Meaning(raw))
    except ValueError:  # a meaning from a newer version of milrep
        return ""


def _stamp() -> str:
    return translate("milrep", "Place for the stamp")


def _positive() -> str:
    return translate("milrep", "Positive")


def _test_kind(kind: str) -> str:
    from milrep.models.acceptance import InspectionKind
    from milrep.models.quality import TestKind
    from milrep.services import inspections, product_tests

    if kind in InspectionKind._value2member_map_:
        return inspections.kind_label(InspectionKind(kind))
    if kind in TestKind._value2member_map_:
        return product_tests.kind_label(TestKind(kind))
    return kind


class _SealSymbol(Flowable):
    """The QR seal as vector rectangles, quiet zone included (white)."""

    def __init__(self, matrix: QrMatrix, module_mm: float) -> None:
        super().__init__()
        self.matrix, self.module_mm = matrix, module_mm
        self.side = matrix.side_mm(module_mm) * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.side, self.side

    def draw(self) -> None:
        draw_qr(self.canv, self.matrix, 0, 0, module_mm=self.module_mm)
