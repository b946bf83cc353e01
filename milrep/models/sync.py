"""Local bookkeeping of sync (never synced themselves): bundles written and received, what each
other site has, the causal bases of received changes, and the conflicts kept for a person.

Like the journal tables they use integer or natural keys: they describe this workstation's view.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base


class OutgoingBundle(Base):
    """A bundle this site wrote: its number is never reused, even if writing the file failed."""

    __tablename__ = "sync_bundles_out"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    manifest_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]
    recipients: Mapped[str]  # JSON list of site ids (hex)
    ranges: Mapped[str]  # JSON {site hex: [first, last]}
    changes: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str]
    #: set once the file was renamed into place, read back and checked
    written_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class IncomingBundle(Base):
    """A bundle received from another site: applied, or held until the changes it needs arrive."""

    __tablename__ = "sync_bundles_in"

    origin_site: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    manifest_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # "applied" or "held"
    received_at: Mapped[dt.datetime]
    applied_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    changes: Mapped[int] = mapped_column(Integer)
    #: JSON {site hex: [first, last]}: the changes it carries per site, and for the other sites
    #: of its writer's vector [last held + 1, last held] (nothing carried, all needed): what it
    #: waits for is known without opening it again (milrep.sync.importer.requirements)
    ranges: Mapped[str]
    #: the decrypted, still signed envelope of a held bundle (the database is encrypted);
    #: cleared once applied
    envelope: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class SyncPeer(Base):
    """What this site knows another site holds: acknowledged (it said so in a bundle) and sent."""

    __tablename__ = "sync_peers"

    site_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    acked_vector: Mapped[str] = mapped_column(default="{}")  # JSON {site hex: last seq}
    sent_vector: Mapped[str] = mapped_column(default="{}")
    last_import_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_export_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class ChangeBase(Base):
    """The causal base a received update carried (milrep.sync.payload); local updates' bases
    are derived from the change log when they are exported."""

    __tablename__ = "sync_change_bases"

    site_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    base: Mapped[str]  # JSON {column: [[hlc, site hex], …]}


class SyncConflict(Base):
    """A value that lost (column) or an imported change that breaks a rule (business).

    ``key`` identifies it the same way on every site, so re-imports add nothing and every site
    ends with the same set.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # "column" or "business"
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    column_name: Mapped[str | None] = mapped_column(String(64), default=None)
    #: column: the losing write's clock and site and its value (JSON as in the change log)
    loser_hlc: Mapped[int | None] = mapped_column(BigInteger, default=None)
    loser_site: Mapped[uuid.UUID | None] = mapped_column(default=None)
    loser_value: Mapped[str | None] = mapped_column(default=None)
    #: business: the rule broken and the record it collides with
    rule: Mapped[str | None] = mapped_column(String(64), default=None)
    other_table: Mapped[str | None] = mapped_column(String(64), default=None)
    other_row_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    detected_at: Mapped[dt.datetime]
    #: a person's acknowledgement (a column conflict disappears by itself, on every site, once
    #: a later write takes the losing value into account)
    settled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    settled_by: Mapped[str | None] = mapped_column(String(64), default=None)
    #: how a person settled it (milrep.sync.settle): "kept", "taken" or "reviewed", and why
    resolution: Mapped[str | None] = mapped_column(String(16), default=None)
    settle_comment: Mapped[str | None] = mapped_column(default=None)
