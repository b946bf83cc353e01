"""The certificate confirming quality (Articles 25.10, 27.5; issue 4) as an A4 PDF.

Printed from the signed record (:mod:`milrep.documents.certificate_data`): the office, the
contractor, the recipient, the contract, the item and its nomenclature code, quantity and unit,
the lots with their serial numbers (long lists continue over pages in an annex), the statement of
conformity to the technical documentation, the operational requirement and the contract, the
tests with their protocols, the completeness, the warranty, the representative's signature with
the place for the stamp, the classification marking on every page when the contract has one,
and the QR seal drawn as vectors (level Q, module 0.6 mm, quiet zone kept) with how to verify
it. A revoked or superseded certificate says so in a box under the title and across every page;
a re-issued one names the certificate it supersedes. Layout: :mod:`.certificate_layout`.

Languages (:mod:`.certificate_text`): Kazakh then Russian on the same paper by default; one
language when asked (``languages="ru"``, or ``render_document(..., language="ru")``).

API::

    render(session, certificate_id, *, languages=None) -> bytes        # one certificate
    build(parts, langs, *, progress=None, cancelled=None) -> bytes     # several, one PDF
    # many certificates from a database: milrep.documents.certificate_batch
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from milrep import i18n
from milrep.documents.certificate_data import CertificateFacts, load_certificate
from milrep.documents.certificate_layout import CertificateLayout
from milrep.documents.certificate_text import (BILINGUAL, Languages,
                                               explicit_language_in_force, parse_languages)
from milrep.documents.fonts import SERIF, face
from milrep.documents.layout import (MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP,
                                     PAGE_HEIGHT, PAGE_WIDTH)
from milrep.documents.qr import seal_matrix
from milrep.errors import Cancelled
from milrep.i18n import translate

Progress = Callable[[int, int], None]


def render(session: Any, certificate_id: uuid.UUID, *,
           languages: str | Sequence[str] | None = None) -> bytes:
    """The PDF of one certificate.

    ``languages``: ``None`` — Kazakh and Russian, unless a language was chosen for the document
    (``render_document(..., language="ru")``, which then prints in that one); ``"both"``,
    ``"kk"``, ``"ru"``, ``"en"`` or a sequence of them. NotFound for an unknown certificate,
    ValidationError for an unknown language.
    """
    langs = document_languages(languages)
    facts = load_certificate(session, certificate_id)
    return build([facts], langs)


def document_languages(languages: str | Sequence[str] | None) -> Languages:
    codes = parse_languages(languages)
    if codes is None:
        return Languages((None,)) if explicit_language_in_force() else Languages(BILINGUAL)
    return Languages(codes)


def build(parts: Sequence[CertificateFacts] | Iterator[CertificateFacts], langs: Languages, *,
          count: int | None = None, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> bytes:
    """One PDF of the certificates in ``parts``, each starting on a new page and numbering its
    own pages ("Page 1 of 2"), with its own marking and status across its pages; the fonts are
    embedded once for all of them.

    ``parts`` may be a lazy iterator: each certificate is laid out only when the previous one is
    on paper, so memory stays flat and ``progress(done, count)`` follows the real work.
    ``cancelled()`` is asked before each certificate; when it answers True the work stops with
    :class:`~milrep.errors.Cancelled` and nothing is returned.
    """
    source = iter(parts)
    total = count if count is not None else (len(parts) if isinstance(parts, Sequence) else 0)
    with i18n.language(langs.last):  # the page frame's own words (footer, "Copy No.")
        story: list[Flowable] = []
        state = _State()

        def next_certificate(first: bool) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled(translate("milrep", "Printing cancelled."))
            facts = next(source, None)
            if facts is None:
                return
            layout = CertificateLayout(facts, langs, seal_matrix(facts.seal))
            index = len(state.heads)
            state.heads.append(layout.head)
            state.marks.append(layout.status_mark())
            if not first:
                story.append(PageBreak())
            story.append(_Starts(state, index))
            story.extend(layout.story)
            story.append(_Then(lambda: done(index)))

        def done(index: int) -> None:
            if progress is not None:
                progress(index + 1, total)
            next_certificate(first=False)

        next_certificate(first=True)
        if not state.heads:
            raise ValueError("no certificate to print")
        head = state.heads[0]
        title = head.title if len(state.heads) == 1 and total <= 1 else \
            f"{head.title} ({total or len(state.heads)})"
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=f"{title} {head.number}".strip() if len(state.heads) == 1 else title,
            author=head.letterhead.office_name, subject=head.subtitle, creator="milrep",
            producer="milrep (reportlab)", keywords=", ".join(head.keywords), invariant=1,
            lang=None)
        from milrep.documents.page_frame import Decorations, canvas_class

        frames: dict[int, Decorations] = {}

        def decorate(canvas: Canvas, page: int, pages: int) -> None:
            index, first, last = state.owner(page, pages)
            if index not in frames:
                frames[index] = Decorations(state.heads[index], CertificateLayout.small_font)
            frames[index](canvas, page - first + 1, last - first + 1)
            if state.marks[index]:
                _watermark(canvas, state.marks[index])

        doc.build(story, canvasmaker=canvas_class(decorate))
        return buf.getvalue()


@dataclass
class _State:
    heads: list[Any] = field(default_factory=list)
    marks: list[list[str]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # first page of each certificate

    def owner(self, page: int, pages: int) -> tuple[int, int, int]:
        """(certificate index, its first page, its last page) of a page."""
        index = max(i for i, start in enumerate(self.starts) if start <= page)
        last = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else pages
        return index, self.starts[index], last


class _Starts(Flowable):
    """Zero-size mark at the top of a certificate's first page: remembers which page it is."""

    def __init__(self, state: _State, index: int) -> None:
        super().__init__()
        self.state, self.index = state, index

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        while len(self.state.starts) <= self.index:
            self.state.starts.append(0)
        self.state.starts[self.index] = self.canv.getPageNumber()


class _Then(Flowable):
    """Zero-size flowable that runs ``action`` once, when the layout reaches it."""

    def __init__(self, action: Callable[[], None]) -> None:
        super().__init__()
        self.action: Callable[[], None] | None = action

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.action is not None:
            action, self.action = self.action, None
            action()
        return 0, 0

    def draw(self) -> None:
        pass


def _watermark(canvas: Canvas, lines: list[str]) -> None:
    """REVOKED / SUPERSEDED across the page, drawn over the content but light enough for the
    text (and the QR's light modules) to stay legible."""
    canvas.saveState()
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    canvas.setFillAlpha(0.18)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    size = 54 if max(len(x) for x in lines) <= 14 else 40
    canvas.setFont(face(SERIF, bold=True), size)
    for i, line in enumerate(lines):
        canvas.drawCentredString(0, (len(lines) / 2 - i - 0.7) * size * 1.15, line)
    canvas.restoreState()
