"""State defense order contracts with the terms Article 22.4 requires, stages and amendments."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.types import enum_type


class ContractStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class AmendmentGround(enum.StrEnum):
    """Article 23: the grounds on which an SDO contract may be modified."""

    SDO_CHANGED = "23.1.2"  # changes and additions to the approved state defense order
    SUBJECT_UNCHANGED = "23.1.3"  # does not change the subject, per law and contract
    PRICE_REDUCED = "23.2.1"
    REQUIREMENTS_CHANGED = "23.2.2"
    QUANTITY_CHANGED = "23.2.3"
    ESTIMATE_CHANGED = "23.2.4"
    LEGISLATION_CHANGED = "23.2.5"
    ANNUAL_AMOUNT_CHANGED = "23.2.6"
    IMPROVEMENT_OFFERED = "23.2.7"
    FORCE_MAJEURE_DEADLINE = "23.2.8"


class Contract(Synced, Base):
    __tablename__ = "contracts"
    __table_args__ = (Index("ix_contracts_signed_on", "signed_on"),)

    number: Mapped[str] = mapped_column(String(64), unique=True)
    signed_on: Mapped[dt.date]
    status: Mapped[ContractStatus] = mapped_column(enum_type(ContractStatus),
                                                   default=ContractStatus.DRAFT)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"))
    contractor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"))
    recipient_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"))
    # Article 22.4 terms
    subject: Mapped[str]
    valid_from: Mapped[dt.date]
    valid_until: Mapped[dt.date]
    value: Mapped[Decimal]
    advance: Mapped[Decimal] = mapped_column(default=Decimal(0))
    quality_control_terms: Mapped[str] = mapped_column(default="")
    acceptance_terms: Mapped[str] = mapped_column(default="")
    delivery_place: Mapped[str] = mapped_column(default="")
    delivery_terms: Mapped[str] = mapped_column(default="")
    penalty_terms: Mapped[str] = mapped_column(default="")
    termination_grounds: Mapped[str] = mapped_column(default="")
    liability_terms: Mapped[str] = mapped_column(default="")
    classification: Mapped[str] = mapped_column(String(64), default="")
    # lower-cased search text, kept by the service: filtering a million rows stays one scan
    search_text: Mapped[str] = mapped_column(default="")


class ContractStage(Synced, Base):
    """A separate phase of the contract with its own deadline (Article 22.4)."""

    __tablename__ = "contract_stages"

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"),
                                                   index=True)
    name: Mapped[str]
    deadline: Mapped[dt.date]


class ContractAmendment(Synced, Base):
    """An amendment with its Article 23 ground; amendments are documents and never change."""

    __tablename__ = "contract_amendments"
    __immutable__ = True

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    number: Mapped[str] = mapped_column(String(64))
    signed_on: Mapped[dt.date]
    ground: Mapped[AmendmentGround] = mapped_column(enum_type(AmendmentGround))
    description: Mapped[str]
