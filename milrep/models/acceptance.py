"""The acceptance flow: presentation → inspection (or acceptance test) → acceptance or return.

Presentations and inspections change state as the work goes on. The documents they produce —
acceptance records and return notices — are immutable: a correction is a new document. What an
inspection checks is a frozen copy of the item's requirements at the moment it was opened.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, ExactDecimal, Synced
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.models.types import enum_type


class PresentationStatus(enum.StrEnum):
    PRESENTED = "presented"  # awaiting inspection
    IN_INSPECTION = "in_inspection"
    ACCEPTED = "accepted"
    PARTIALLY_ACCEPTED = "partially_accepted"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"


class InspectionKind(enum.StrEnum):
    ACCEPTANCE_TEST = "acceptance_test"  # ПСИ of goods
    INSPECTION = "inspection"  # inspection of goods, components, materials
    WORK_STAGE = "work_stage"  # a stage of a military work (27.4.2)
    SERVICE_ACT = "service_act"  # a military service rendered (27.4.2)


class InspectionStatus(enum.StrEnum):
    OPEN = "open"
    DECIDED = "decided"


class Verdict(enum.StrEnum):
    ACCEPT = "accept"
    PARTIAL = "partial"  # accept part, reject part
    RETURN = "return"


class Presentation(Synced, Base):
    """A notice of presentation from the plant's quality department (OTK)."""

    __tablename__ = "presentations"
    __table_args__ = (UniqueConstraint("lot_id", "attempt", name="uq_presentations_lot_attempt"),
                      Index("ix_presentations_status_date", "status", "presented_on"))

    number: Mapped[str] = mapped_column(String(64))
    presented_on: Mapped[dt.date]
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"), index=True)
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    serials: Mapped[str] = mapped_column(default="")  # one per line; empty: the whole lot
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("presentations.id"),
                                                          default=None)
    status: Mapped[PresentationStatus] = mapped_column(enum_type(PresentationStatus),
                                                       default=PresentationStatus.PRESENTED)
    otk_reference: Mapped[str] = mapped_column(default="")  # the plant's own inspection record
    notes: Mapped[str] = mapped_column(default="")


class Inspection(Synced, Base):
    """An inspection or acceptance test of one presentation, in the office's presence."""

    __tablename__ = "inspections"

    presentation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("presentations.id"),
                                                       unique=True)
    kind: Mapped[InspectionKind] = mapped_column(enum_type(InspectionKind))
    opened_at: Mapped[dt.datetime]
    opened_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    # the sampling plan as resolved at opening (JSON: mode, level, AQL, code letter, n, Ac, Re,
    # switching severity) — never recomputed
    plan: Mapped[str]
    sample_size: Mapped[int] = mapped_column(Integer)
    retest_only: Mapped[bool] = mapped_column(default=False)  # only what failed last attempt
    status: Mapped[InspectionStatus] = mapped_column(enum_type(InspectionStatus),
                                                     default=InspectionStatus.OPEN)
    verdict: Mapped[Verdict | None] = mapped_column(enum_type(Verdict), default=None)
    verdict_reason: Mapped[str] = mapped_column(default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    signature_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("signatures.id"),
                                                           default=None)


class InspectionRequirement(Synced, Base):
    """A characteristic as it was copied onto the inspection when it was opened."""

    __tablename__ = "inspection_requirements"
    __immutable__ = True
    __table_args__ = (Index("ix_inspection_requirements_inspection", "inspection_id",
                            "position"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"))
    characteristic_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("characteristics.id"), default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str]
    kind: Mapped[CharacteristicKind] = mapped_column(enum_type(CharacteristicKind))
    nominal: Mapped[Decimal | None] = mapped_column(ExactDecimal(), default=None)
    lower_limit: Mapped[Decimal | None] = mapped_column(ExactDecimal(), default=None)
    upper_limit: Mapped[Decimal | None] = mapped_column(ExactDecimal(), default=None)
    unit: Mapped[str] = mapped_column(String(32), default="")
    allowed_answers: Mapped[str] = mapped_column(default="")
    method: Mapped[str] = mapped_column(default="")
    reference: Mapped[str] = mapped_column(default="")
    severity: Mapped[Severity] = mapped_column(enum_type(Severity))
    # the technical document the characteristic was linked to when the inspection was opened
    # (27.3.4/27.3.6): designation, revision and clause, as they stood then ("" when unlinked)
    document: Mapped[str] = mapped_column(String(128), default="", server_default="")
    document_revision: Mapped[str] = mapped_column(String(32), default="", server_default="")
    document_clause: Mapped[str] = mapped_column(String(64), default="", server_default="")


class Measurement(Synced, Base):
    """One result: a sample unit against a requirement, with the instrument used."""

    __tablename__ = "measurements"
    __table_args__ = (UniqueConstraint("requirement_id", "sample_no",
                                       name="uq_measurements_requirement_sample"),
                      Index("ix_measurements_inspection", "inspection_id"),
                      # the nonconforming results only: what the reliability analysis reads
                      Index("ix_measurements_failed", "inspection_id", "requirement_id",
                            sqlite_where=text("conforms = 0")))

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"))
    requirement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_requirements.id"))
    sample_no: Mapped[int] = mapped_column(Integer)  # 1 … sample size
    serial: Mapped[str] = mapped_column(String(64), default="")
    value: Mapped[Decimal | None] = mapped_column(ExactDecimal(), default=None)  # variables
    answer: Mapped[str] = mapped_column(default="")  # attributes
    conforms: Mapped[bool]
    instrument_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("measuring_instruments.id"), default=None)
    measured_at: Mapped[dt.datetime]
    measured_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class CompletenessCheck(Synced, Base):
    """One line of the completeness list as found on the presented lot."""

    __tablename__ = "completeness_checks"

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str]
    expected_quantity: Mapped[int] = mapped_column(Integer)
    found_quantity: Mapped[int | None] = mapped_column(Integer, default=None)
    unit: Mapped[str] = mapped_column(String(16), default="pcs")


class Attachment(Synced, Base):
    """A photo or scan attached to a record, stored (encrypted) in the database itself."""

    __tablename__ = "attachments"
    __immutable__ = True
    __table_args__ = (Index("ix_attachments_owner", "owner_type", "owner_id"),)

    owner_type: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[uuid.UUID]
    filename: Mapped[str]
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime]
    added_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class AcceptanceRecord(Synced, Base):
    """The act of acceptance on the state's behalf (whole or part of a presented lot)."""

    __tablename__ = "acceptance_records"
    __immutable__ = True
    __table_args__ = (Index("ix_acceptance_records_item_date", "item_id", "accepted_on"),)

    number: Mapped[str] = mapped_column(String(64), unique=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), unique=True)
    presentation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("presentations.id"))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    accepted_quantity: Mapped[int] = mapped_column(Integer)
    rejected_quantity: Mapped[int] = mapped_column(Integer, default=0)
    accepted_serials: Mapped[str] = mapped_column(default="")
    rejected_serials: Mapped[str] = mapped_column(default="")
    accepted_on: Mapped[dt.date]
    deadline: Mapped[dt.date | None] = mapped_column(default=None)  # the contract's, if any
    late: Mapped[bool] = mapped_column(default=False)
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("acceptance_records.id"),
                                                            default=None)


class ReturnNotice(Synced, Base):
    """The notice returning a presented lot to the plant, with the defects found."""

    __tablename__ = "return_notices"
    __immutable__ = True

    number: Mapped[str] = mapped_column(String(64), unique=True)
    presentation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("presentations.id"), index=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), unique=True)
    issued_on: Mapped[dt.date]
    defects: Mapped[str]  # JSON list: requirement, sample, serial, value, limits, severity
    failed_requirements: Mapped[str]  # JSON list of characteristic ids to re-test next attempt
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))
