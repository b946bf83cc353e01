"""What every page of a document carries besides its content: the classification marking (top
right and bottom, and "Copy No." on the first page), the running title from page 2, the footer
with "Page X of Y", and the DRAFT watermark of a document that is not final."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from milrep.documents.fonts import SANS, SERIF, face
from milrep.documents.layout import (FRAME_WIDTH, MARGIN_LEFT, MARGIN_RIGHT, PAGE_HEIGHT,
                                     PAGE_WIDTH, DocumentHead)
from milrep.i18n import translate


@dataclass(frozen=True)
class Decorations:
    head: DocumentHead
    font: str = SANS  # the family of the page's small print (marking, running title, footer)

    def __call__(self, canvas: Canvas, page: int, pages: int) -> None:
        h, font = self.head, self.font
        canvas.saveState()
        top = PAGE_HEIGHT - 11 * mm
        right = PAGE_WIDTH - MARGIN_RIGHT
        if h.classification:
            canvas.setFont(face(font, bold=True), 10)
            canvas.drawRightString(right, top, h.classification)
            if page == 1:
                canvas.setFont(font, 8)
                canvas.drawRightString(right, top - 11, translate("milrep", "Copy No. ____"))
        if page > 1:  # running header: which document this page belongs to
            canvas.setFont(font, 7.5)
            canvas.drawString(MARGIN_LEFT, top, _running_title(h))
        bottom = 13 * mm
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, bottom + 9, right, bottom + 9)
        canvas.setFont(font, 7.5)
        canvas.drawString(MARGIN_LEFT, bottom, _running_title(h))
        canvas.drawRightString(right, bottom, translate("milrep", "Page {page} of {pages}")
                               .format(page=page, pages=pages))
        if h.classification:
            canvas.setFont(face(font, bold=True), 10)
            canvas.drawCentredString(MARGIN_LEFT + FRAME_WIDTH / 2, 7 * mm, h.classification)
        if h.draft:
            canvas.setFont(face(font, bold=True), 60)
            canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
            canvas.setFillAlpha(0.15)  # drawn over the text: it must stay legible under it
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, translate("milrep", "DRAFT"))
        canvas.restoreState()


def _running_title(h: DocumentHead) -> str:
    text = h.title[:1].upper() + h.title[1:].lower()
    if h.number:
        text = translate("milrep", "{title} No. {number}").format(title=text, number=h.number)
    return text if len(text) <= 110 else text[:109] + "…"


def canvas_class(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "Page X of Y"."""

    class _Canvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # not Helvetica: a base-14 font would be declared (unembedded) in every page
            kwargs["initialFontName"] = SERIF
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                decorate(self, number, pages)
                super().showPage()
            super().save()

    return _Canvas
