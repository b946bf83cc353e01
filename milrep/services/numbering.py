"""Document numbers unique across the office's offline workstations, without coordination.

A number is ``<office>/<site>/<year>/<kind code>-<sequence>``, e.g. ``17/WS1/2026/AR-0007``: the
site code makes two workstations numbering on the same day distinct, and the sequence is kept per
kind and year in this workstation's local ``number_sequences`` table, advanced in the same
transaction as the document (a rolled-back document gives its number back).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import select

from milrep.db.store import UnitOfWork
from milrep.models.journal import NumberSequence
from milrep.models.office import Office, Site


class DocumentKind(enum.StrEnum):
    ACCEPTANCE_RECORD = "AR"
    RETURN_NOTICE = "RN"
    SUSPENSION = "SP"
    RESUMPTION = "RS"
    TEST_OPINION = "OP"
    CERTIFICATE = "QC"
    CONTRACT_REVIEW = "CR"  # conclusion on a draft contract (issue 6)
    COST_VERIFICATION = "CV"  # conclusion on verified costs (issue 6)
    RECLAMATION = "RC"  # reclamation under Article 29 and its commission act (issue 6)


def next_number(uow: UnitOfWork, kind: DocumentKind, *, on: dt.date | None = None) -> str:
    """Reserve the next number of ``kind`` for this workstation in the year of ``on``."""
    s = uow.session
    year = (on or dt.datetime.now(dt.UTC).date()).year
    office = s.scalars(select(Office.code)).first() or ""
    site = s.scalars(select(Site.code).where(Site.id == uow.db.site_id)).first() or ""
    seq = s.get(NumberSequence, (kind.value, year))
    if seq is None:
        seq = NumberSequence(kind=kind.value, year=year, last=0)
        s.add(seq)
    seq.last += 1
    s.flush()
    return f"{office}/{site}/{year}/{kind.value}-{seq.last:04d}"
