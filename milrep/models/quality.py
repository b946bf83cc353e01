"""Nonconformities, periodic/qualification/type tests and opinions, quality decisions, storage
checks, and suspensions of acceptance with their resumption (Articles 27.4.4, 27.4.6, 27.4.8–9).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.requirements import Severity
from milrep.models.types import enum_type


class Disposition(enum.StrEnum):
    REWORK = "rework"
    REPAIR = "repair"
    SCRAP = "scrap"
    RETURN = "return"
    USE_AS_IS = "use_as_is"  # only under a concession with an expiry date


class NonconformityStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Nonconformity(Synced, Base):
    __tablename__ = "nonconformities"
    __table_args__ = (Index("ix_nonconformities_status_item", "status", "item_id"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    lot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lots.id"), default=None)
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspections.id"),
                                                            default=None)
    requirement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("inspection_requirements.id"), default=None)
    severity: Mapped[Severity] = mapped_column(enum_type(Severity))
    description: Mapped[str]
    disposition: Mapped[Disposition | None] = mapped_column(enum_type(Disposition), default=None)
    concession_ref: Mapped[str] = mapped_column(default="")
    concession_expires: Mapped[dt.date | None] = mapped_column(default=None)
    corrective_action: Mapped[str] = mapped_column(default="")
    verification: Mapped[str] = mapped_column(default="")  # how the effect was verified
    status: Mapped[NonconformityStatus] = mapped_column(enum_type(NonconformityStatus),
                                                        default=NonconformityStatus.OPEN)
    raised_at: Mapped[dt.datetime]
    raised_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)


class TestKind(enum.StrEnum):
    PERIODIC = "periodic"
    QUALIFICATION = "qualification"
    TYPE = "type"


class TestResult(enum.StrEnum):
    PENDING = "pending"
    POSITIVE = "positive"
    NEGATIVE = "negative"


class ProductTest(Synced, Base):
    """A periodic, qualification or type test the office takes part in, and its protocol."""

    __tablename__ = "product_tests"
    __table_args__ = (Index("ix_product_tests_item_kind_date", "item_id", "kind", "completed_on"),)

    kind: Mapped[TestKind] = mapped_column(enum_type(TestKind))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    lot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lots.id"), default=None)
    programme_ref: Mapped[str] = mapped_column(default="")
    protocol_number: Mapped[str] = mapped_column(String(64), default="")
    started_on: Mapped[dt.date]
    completed_on: Mapped[dt.date | None] = mapped_column(default=None)
    result: Mapped[TestResult] = mapped_column(enum_type(TestResult), default=TestResult.PENDING)
    results_summary: Mapped[str] = mapped_column(default="")  # what failed or passed, per test
    repeat_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("product_tests.id"),
                                                           default=None)


class TestOpinion(Synced, Base):
    """The office's opinion on the results of a test (Article 27.4.4)."""

    __tablename__ = "test_opinions"
    __immutable__ = True

    number: Mapped[str] = mapped_column(String(64), unique=True)
    test_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product_tests.id"), index=True)
    issued_on: Mapped[dt.date]
    conclusion: Mapped[str]
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))


class DecisionStatus(enum.StrEnum):
    OPEN = "open"
    IMPLEMENTED = "implemented"
    CANCELLED = "cancelled"


class QualityDecision(Synced, Base):
    """A decision on quality and reliability whose implementation the office monitors."""

    __tablename__ = "quality_decisions"
    __table_args__ = (Index("ix_quality_decisions_status_due", "status", "due_on"),)

    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("control_list_items.id"),
                                                      default=None)
    contract_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contracts.id"),
                                                          default=None)
    title: Mapped[str]
    description: Mapped[str] = mapped_column(default="")
    owner: Mapped[str] = mapped_column(default="")  # who at the plant must implement it
    due_on: Mapped[dt.date]
    status: Mapped[DecisionStatus] = mapped_column(enum_type(DecisionStatus),
                                                   default=DecisionStatus.OPEN)
    implemented_on: Mapped[dt.date | None] = mapped_column(default=None)
    verification: Mapped[str] = mapped_column(default="")


class StorageCheck(Synced, Base):
    """A check of the storage conditions of accepted goods awaiting shipment."""

    __tablename__ = "storage_checks"
    __immutable__ = True

    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    checked_on: Mapped[dt.date]
    conditions_ok: Mapped[bool]
    findings: Mapped[str] = mapped_column(default="")
    checked_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class SuspensionGround(enum.StrEnum):
    """The grounds of Article 27.4.8 (goods) and 27.4.9 (works and services), as the law lists them."""

    CONTRACT_TERMS = "contract_terms"  # terms of the SDO contract not fulfilled
    QUALITY_DECISIONS = "quality_decisions"  # decisions on quality and reliability not implemented
    FAILED_TESTS = "failed_tests"
    IN_SERVICE_DEFECTS = "in_service_defects"  # defects found in service also in work in progress


class SuspensionScope(enum.StrEnum):
    CONTRACT = "contract"
    ITEM = "item"
    LOT = "lot"
    WORK = "work"  # a military work or service (an item of that kind)


class Suspension(Synced, Base):
    """A signed suspension of acceptance and shipment (or of a work or service).

    Immutable: it stays in force until a resumption decision names it.
    """

    __tablename__ = "suspensions"
    __immutable__ = True

    number: Mapped[str] = mapped_column(String(64), unique=True)
    ground: Mapped[SuspensionGround] = mapped_column(enum_type(SuspensionGround))
    scope: Mapped[SuspensionScope] = mapped_column(enum_type(SuspensionScope))
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("control_list_items.id"),
                                                      default=None, index=True)
    lot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lots.id"), default=None)
    # lots manufactured on or after this date are covered (after a failed periodic test: the
    # date of the last positive one); None covers every lot in the scope
    covers_made_since: Mapped[dt.date | None] = mapped_column(default=None)
    effective_at: Mapped[dt.datetime]
    reason: Mapped[str]
    test_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("product_tests.id"),
                                                      default=None)
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))


class Resumption(Synced, Base):
    """The head of office's decision resuming what a suspension stopped."""

    __tablename__ = "resumptions"
    __immutable__ = True

    number: Mapped[str] = mapped_column(String(64), unique=True)
    suspension_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suspensions.id"), unique=True)
    decided_at: Mapped[dt.datetime]
    corrective_actions: Mapped[str]  # what was done and how its effect was verified
    repeat_test_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("product_tests.id"),
                                                             default=None)
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))
