"""Local bookkeeping tables: audit journal, change log, tombstones, the persisted clock.

These are not synced rows themselves (the change log *is* what sync carries). They use integer
keys because they are local to one workstation.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base


class AuditEntry(Base):
    """Append-only, hash-chained journal entry (DESIGN.md §5). Triggers forbid UPDATE and DELETE."""

    __tablename__ = "audit_journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(64))
    object_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None]
    after: Mapped[str | None]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChangeLogEntry(Base):
    """One row change, written in the same transaction as the change, gap-free per site."""

    __tablename__ = "change_log"
    __table_args__ = (UniqueConstraint("site_id", "seq", name="uq_change_log_site_seq"),
                      Index("ix_change_log_row", "table_name", "row_id"))

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    op: Mapped[str] = mapped_column(String(8))  # insert, update, delete
    data: Mapped[str | None]  # JSON of the columns written; None for deletes


class Tombstone(Base):
    """A deleted synced row: key, clock and origin only, no content."""

    __tablename__ = "tombstones"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    origin_site: Mapped[uuid.UUID]


class SiteClock(Base):
    """The last hybrid-logical-clock value this workstation issued (one row)."""

    __tablename__ = "site_clock"

    site_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    last_hlc: Mapped[int] = mapped_column(BigInteger)


class Meta(Base):
    """Local facts about this database file: its id (matched by the key file) and this site."""

    __tablename__ = "milrep_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str]


class NumberSequence(Base):
    """The last number this workstation gave to each kind of document in each year.

    Local, never synced: numbers carry the site code (office/site/year/sequence), so two
    workstations numbering offline never collide.
    """

    __tablename__ = "number_sequences"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)
