"""Users of the office, their roles, and the record of every signing act."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.types import enum_type


class Role(enum.StrEnum):
    CHIEF = "chief"  # head of office: users, keys, resumption decisions, revocations
    REPRESENTATIVE = "representative"  # inspections, tests, suspensions, acceptance, certificates
    VIEWER = "viewer"  # read and print


class User(Synced, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str]
    rank: Mapped[str] = mapped_column(default="")
    position: Mapped[str] = mapped_column(default="")
    role: Mapped[Role] = mapped_column(enum_type(Role))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class SignatureRecord(Synced, Base):
    """A signing act: who confirmed with their password, what they signed and what it means."""

    __tablename__ = "signatures"
    __immutable__ = True

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    meaning: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(64))
    object_id: Mapped[uuid.UUID]
    content_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[dt.datetime]
