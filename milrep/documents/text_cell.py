"""Plain text in table cells, set without a reportlab Paragraph.

A Paragraph parses markup with an HTML parser, builds fragments and breaks lines with its general
machinery: about ten times the work of the text of a table cell, which is plain text in one or
two faces (a bilingual label: the first language upright, the second in italics). The tables of
the printed documents hold hundreds of cells, so :class:`TextCell` sets them directly: words
wrapped at spaces by their measured widths (a word wider than the cell is broken between
letters rather than run over the rule), lines aligned left, centred or right, the first baseline
and the leading exactly where a Paragraph of the same size and leading puts them, so a document
looks the same either way.

    TextCell.plain("L-2026-002\\n03.04.2026", "MilrepCondensed", 8.5, 10.2)
    TextCell([[("Contractor / ", serif), ("Подрядчик", serif_italic)]], 9.5, 12)
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

Run = tuple[str, str]  # (text, registered font name)
Line = Sequence[Run]  # one line of the source text: runs in their faces, wrapped as one
_Piece = tuple[float, str, str]  # (x offset in the line, text, font)


class TextCell(Flowable):
    """Lines of plain text, wrapped to the width the table gives the cell."""

    def __init__(self, lines: Sequence[Line], size: float, leading: float, *,
                 align: int = TA_LEFT, color: Color | None = None) -> None:
        super().__init__()
        if align not in (TA_LEFT, TA_CENTER, TA_RIGHT):
            raise ValueError(f"unsupported alignment {align}")
        self.lines, self.size, self.leading = lines, size, leading
        self.align, self.color = align, color
        self._set: tuple[float, list[tuple[float, list[_Piece]]]] | None = None

    @classmethod
    def plain(cls, text: str, font: str, size: float, leading: float, *,
              align: int = TA_LEFT, color: Color | None = None) -> TextCell:
        """``text`` in one face, its line breaks kept (leading and trailing blank space
        dropped, as a Paragraph of the same text would)."""
        lines = [[(line, font)] for line in (text or "").strip().splitlines()]
        return cls(lines, size, leading, align=align, color=color)

    @classmethod
    def styled(cls, text: str, style: ParagraphStyle) -> TextCell:
        """``text`` as a Paragraph of ``style`` would set it (face, size, leading, alignment,
        the space before and after), for text that needs no markup, justification or indent."""
        cell = cls.plain(text, style.fontName, style.fontSize, style.leading,
                         align=style.alignment, color=style.textColor)
        cell.spaceBefore, cell.spaceAfter = style.spaceBefore, style.spaceAfter
        return cell

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._set is None or self._set[0] != availWidth:
            # an empty line inside the text keeps its height, as a Paragraph's <br/><br/> did
            self._set = (availWidth, [x for line in self.lines
                                      for x in self._break(line, availWidth) or [(0.0, [])]])
        self.width, self.height = availWidth, len(self._set[1]) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        if self._set is None:
            raise RuntimeError("a TextCell is drawn after wrap(), as every flowable")
        width, lines = self._set
        canvas = self.canv
        if self.color is not None:
            canvas.setFillColor(self.color)
        text = canvas.beginText()
        y = len(lines) * self.leading - self.size  # where a Paragraph puts its first baseline
        font = None
        for line_width, pieces in lines:
            shift = 0.0 if self.align == TA_LEFT else (width - line_width) / (
                2 if self.align == TA_CENTER else 1)
            for x, words, face in pieces:
                if face != font:
                    text.setFont(face, self.size)
                    font = face
                text.setTextOrigin(shift + x, y)
                text.textOut(words)
            y -= self.leading
        canvas.drawText(text)

    # --- line breaking ---------------------------------------------------------------------------
    def _break(self, line: Line, width: float) -> list[tuple[float, list[_Piece]]]:
        """One source line as the lines it takes at ``width``: (width used, pieces). Words are
        separated by a space unless a run starts right after the previous one without one
        (``[("Date", f), (": 25.11.2026", g)]`` prints "Date: 25.11.2026")."""
        size = self.size
        words: list[tuple[str, str, float, bool]] = []  # (word, font, width, glued to previous)
        spaced = True  # the text so far ends with a space (or nothing is there yet)
        for text, font in line:
            glued = not spaced and not text[:1].isspace()
            spaced = text[-1:].isspace() if text else spaced
            for word in filter(None, text.replace("\t", " ").split(" ")):  # not at no-break
                w = stringWidth(word, font, size)
                parts = [word] if w <= width else _split_word(word, font, size, width)
                for part in parts:
                    pw = w if len(parts) == 1 else stringWidth(part, font, size)
                    words.append((part, font, pw, glued))
                    glued = False
        out: list[tuple[float, list[_Piece]]] = []
        pieces: list[_Piece] = []
        x, spaces = 0.0, 0
        for word, font, w, glued in words:
            if pieces:
                space = 0.0 if glued else stringWidth(" ", pieces[-1][2], size)
                # a Paragraph lets each space of a line shrink a little to fit: so do we, so a
                # cell breaks its lines where a Paragraph would
                if x + space + w > width + rl_config.spaceShrinkage * space * (spaces + 1):
                    out.append((x, pieces))
                    pieces, x, spaces = [], 0.0, 0
                else:
                    x += space
                    spaces += space > 0
            if pieces and pieces[-1][2] == font:  # same face: extend the piece
                start, text, _ = pieces[-1]
                pieces[-1] = (start, f"{text}{'' if glued else ' '}{word}", font)
            else:
                pieces.append((x, word, font))
            x += w
        if pieces:
            out.append((x, pieces))
        return out


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the cell, cut into parts that fit (at least one letter each)."""
    parts, current = [], ""
    for ch in word:
        if current and stringWidth(current + ch, font, size) > width:
            parts.append(current)
            current = ""
        current += ch
    return [*parts, current] if current else parts
