"""Many certificates at once, for batch printing (UI) and ``milrep certificate pdf --all``.

Two shapes, both plain functions that take a progress callback and a cancel question (no Qt), to
be run on the database worker::

    combined_certificates_pdf(db, ids, *, languages=None, progress=None, cancelled=None) -> bytes
        One PDF, one print job: each certificate starts on a new page and numbers its own pages;
        fonts are embedded once, so 1,000 certificates make one file of a few MB.

    render_certificates(db, ids, *, languages=None, progress=None, cancelled=None)
            -> Iterator[CertificatePdf]
        One PDF per certificate, lazily (for a folder of files, or a caller that prints each).

``db`` is a :class:`~milrep.db.store.Database` (a read session is opened for the work) or an
open read :class:`~sqlalchemy.orm.Session`. ``ids`` are certificate ids; every one is looked up
before any work, so an unknown id is a :class:`~milrep.errors.NotFound` naming it and nothing is
produced. ``progress(done, total)`` is called after each certificate; ``cancelled()`` is asked
before each one and, when it answers True, the work stops with
:class:`~milrep.errors.Cancelled` (the combined PDF is then not returned at all).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.certificate import build, document_languages
from milrep.documents.certificate_data import CertificateFacts, load_certificate
from milrep.errors import Cancelled, NotFound
from milrep.i18n import translate
from milrep.models.certificates import Certificate

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CertificatePdf:
    id: uuid.UUID
    number: str
    data: bytes

    @property
    def filename(self) -> str:
        """``certificate_17-WS1-2026-QC-0001.pdf``: a file name per certificate."""
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in self.number)
        return f"certificate_{safe.strip('-') or self.id.hex[:8]}.pdf"


def all_certificate_ids(session: Session) -> list[uuid.UUID]:
    """Every certificate, in the order of their numbers."""
    return list(session.scalars(select(Certificate.id).order_by(Certificate.number)))


def combined_certificates_pdf(db: Any, ids: Sequence[uuid.UUID], *,
                              languages: str | Sequence[str] | None = None,
                              progress: Progress | None = None,
                              cancelled: Callable[[], bool] | None = None) -> bytes:
    langs = document_languages(languages)
    with _session(db) as s:
        wanted = _checked(s, ids)
        return build(_facts(s, wanted), langs, count=len(wanted), progress=progress,
                     cancelled=cancelled)


def render_certificates(db: Any, ids: Sequence[uuid.UUID], *,
                        languages: str | Sequence[str] | None = None,
                        progress: Progress | None = None,
                        cancelled: Callable[[], bool] | None = None
                        ) -> Iterator[CertificatePdf]:
    langs = document_languages(languages)
    with _session(db) as s:
        wanted = _checked(s, ids)
        for done, facts in enumerate(_facts(s, wanted), start=1):
            if cancelled is not None and cancelled():
                raise Cancelled(translate("milrep", "Printing cancelled."))
            yield CertificatePdf(id=facts.id, number=facts.number, data=build([facts], langs))
            if progress is not None:
                progress(done, len(wanted))


# --- internals ------------------------------------------------------------------------------

@contextmanager
def _session(db: Any) -> Iterator[Session]:
    if isinstance(db, Session):
        yield db
    else:
        with db.read() as s:
            yield s


def _checked(s: Session, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    wanted = list(dict.fromkeys(ids))
    found: set[uuid.UUID] = set()
    for i in range(0, len(wanted), 500):
        found.update(s.scalars(select(Certificate.id).where(Certificate.id.in_(wanted[i:i + 500]))))
    missing = [x for x in wanted if x not in found]
    if missing:
        raise NotFound(translate("milrep", "There is no certificate {number}.").format(
            number=", ".join(str(x) for x in missing[:5])))
    return wanted


def _facts(s: Session, ids: Sequence[uuid.UUID]) -> Iterator[CertificateFacts]:
    for n, certificate_id in enumerate(ids, start=1):
        yield load_certificate(s, certificate_id)
        if n % 50 == 0:
            s.expunge_all()  # the facts are plain data: keep the session small over 1,000
