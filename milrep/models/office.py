"""The office (one per database, the sync realm) and its sites (workstations)."""

from __future__ import annotations

import uuid

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced


class Office(Synced, Base):
    """The military representative office this deployment belongs to."""

    __tablename__ = "office"

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str]
    plant_name: Mapped[str] = mapped_column(default="")
    realm_id: Mapped[uuid.UUID]


class Site(Synced, Base):
    """A workstation of the office (or its headquarters)."""

    __tablename__ = "sites"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str]
    kind: Mapped[str] = mapped_column(String(16), default="workstation")
