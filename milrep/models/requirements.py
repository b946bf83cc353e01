"""What is checked for a control-list item: characteristics, completeness, sampling, periodic tests;
and the measuring instruments they are checked with (Articles 27.3.2, 27.4.4, 27.4.7).

These are the *current* requirements. An inspection copies them when it is opened, so a later
edit never rewrites what an earlier inspection checked.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, ExactDecimal, Synced
from milrep.models.types import enum_type


class Severity(enum.StrEnum):
    """Class of a characteristic and of a defect against it."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"


class CharacteristicKind(enum.StrEnum):
    VARIABLE = "variable"  # a measured value against lower/upper limits
    ATTRIBUTE = "attribute"  # pass/fail, or one of a list of allowed answers


class SamplingMode(enum.StrEnum):
    ALL = "all"  # 100 % inspection
    FIXED = "fixed"  # a fixed sample size
    ISO2859 = "iso2859"  # ISO 2859-1 single sampling with switching rules


class Characteristic(Synced, Base):
    __tablename__ = "characteristics"
    __table_args__ = (Index("ix_characteristics_item_position", "item_id", "position"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str]
    kind: Mapped[CharacteristicKind] = mapped_column(enum_type(CharacteristicKind))
    nominal: Mapped[Decimal | None] = mapped_column(ExactDecimal(), default=None)
    lower_limit: Mapped[Decimal | None] = mapped_column(ExactDecimal(), default=None)
    upper_limit: Mapped[Decimal | None] = mapped_column(ExactDecimal(), default=None)
    unit: Mapped[str] = mapped_column(String(32), default="")
    allowed_answers: Mapped[str] = mapped_column(default="")  # attribute: one per line
    method: Mapped[str] = mapped_column(default="")
    reference: Mapped[str] = mapped_column(default="")  # TU clause, drawing, national standard
    severity: Mapped[Severity] = mapped_column(enum_type(Severity), default=Severity.MAJOR)
    active: Mapped[bool] = mapped_column(default=True)


class CompletenessEntry(Synced, Base):
    """One line of what a complete set of the item contains."""

    __tablename__ = "completeness_entries"
    __table_args__ = (Index("ix_completeness_entries_item_position", "item_id", "position"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str]
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(16), default="pcs")


class ItemRequirements(Synced, Base):
    """Sampling plan, return threshold and periodic-test schedule of one item (one row per item)."""

    __tablename__ = "item_requirements"

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"), unique=True)
    sampling_mode: Mapped[SamplingMode] = mapped_column(enum_type(SamplingMode),
                                                        default=SamplingMode.ALL)
    fixed_sample_size: Mapped[int | None] = mapped_column(Integer, default=None)
    inspection_level: Mapped[str] = mapped_column(String(8), default="II")  # I–III, S-1…S-4
    aql_major: Mapped[str] = mapped_column(String(8), default="1.0")
    aql_minor: Mapped[str] = mapped_column(String(8), default="2.5")
    # ISO 2859-1 switching state of this item (normal / tightened / reduced / discontinued) and
    # its counters, as the rules module serializes it
    switching_state: Mapped[str] = mapped_column(default="")
    return_threshold: Mapped[int] = mapped_column(Integer, default=2)
    periodic_interval_months: Mapped[int | None] = mapped_column(Integer, default=None)
    periodic_every_lots: Mapped[int | None] = mapped_column(Integer, default=None)
    periodic_programme_ref: Mapped[str] = mapped_column(default="")
    acceptance_programme_ref: Mapped[str] = mapped_column(default="")


class MeasuringInstrument(Synced, Base):
    """A measuring instrument and its calibration (Article 27.4.7)."""

    __tablename__ = "measuring_instruments"
    __table_args__ = (Index("ix_measuring_instruments_calibration_due", "calibration_due"),)

    name: Mapped[str]
    instrument_type: Mapped[str] = mapped_column(default="")
    serial: Mapped[str] = mapped_column(String(64), unique=True)
    measuring_range: Mapped[str] = mapped_column(default="")
    accuracy: Mapped[str] = mapped_column(default="")
    calibrated_on: Mapped[dt.date]
    calibration_due: Mapped[dt.date]
    certificate_ref: Mapped[str] = mapped_column(default="")
    location: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)
