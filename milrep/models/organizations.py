"""Organizations: the contractor (the plant), recipients, the authorized body."""

from __future__ import annotations

import enum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.types import enum_type


class OrgKind(enum.StrEnum):
    CONTRACTOR = "contractor"
    RECIPIENT = "recipient"
    AUTHORIZED_BODY = "authorized_body"


class Organization(Synced, Base):
    __tablename__ = "organizations"

    kind: Mapped[OrgKind] = mapped_column(enum_type(OrgKind))
    name: Mapped[str]
    bin: Mapped[str] = mapped_column(String(12), default="")  # business identification number
    address: Mapped[str] = mapped_column(default="")
