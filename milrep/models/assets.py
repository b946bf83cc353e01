"""Material assets created or purchased with budget funds under the state defense order
(Article 27.3.5): the register, the movements that are its only source of quantities, and the
inventory counts that check it against what is on the shelves.

Quantities are stored as whole thousandths of the unit (``*_milli`` integer columns): SQL sums
them exactly, so the balance of an asset on any date is one ``SUM`` over its movements and is
never stored or edited by hand. Up to three decimal places are allowed (kilograms, metres).

A movement adds its quantity at ``to_location`` and takes it from ``from_location`` (an empty
location means "outside the register"): a receipt has only ``to_location``, a handover or a
write-off only ``from_location``, a transfer both.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.types import enum_type

MILLI = 1000  # stored quantity units per unit of measure


class AssetCategory(enum.StrEnum):
    EQUIPMENT = "equipment"
    TOOLING = "tooling"
    MATERIALS = "materials"
    PROTOTYPES = "prototypes"
    DOCUMENTATION = "documentation"
    OTHER = "other"


class AssetOrigin(enum.StrEnum):
    CREATED = "created"  # made while executing the order
    PURCHASED = "purchased"


class AssetStatus(enum.StrEnum):
    IN_USE = "in_use"
    TRANSFERRED = "transferred"  # moved to another place or holder by a transfer document
    HANDED_OVER = "handed_over"  # handed to the recipient of the state defense order
    WRITTEN_OFF = "written_off"


class MovementKind(enum.StrEnum):
    RECEIPT = "receipt"
    TRANSFER = "transfer"
    HANDOVER = "handover"
    WRITE_OFF = "write_off"


class CountStatus(enum.StrEnum):
    OPEN = "open"  # started: sheet printed, counted quantities being entered
    RECONCILED = "reconciled"  # signed; no longer editable


class Asset(Synced, Base):
    """One line of the register. Its quantity is the sum of its movements (see module doc)."""

    __tablename__ = "assets"
    __table_args__ = (Index("ix_assets_location", "location"),
                      Index("ix_assets_status", "status"))

    inventory_number: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    category: Mapped[AssetCategory] = mapped_column(enum_type(AssetCategory))
    origin: Mapped[AssetOrigin] = mapped_column(enum_type(AssetOrigin))
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    unit: Mapped[str] = mapped_column(String(16))
    unit_cost: Mapped[Decimal]  # tenge, two decimals
    acquisition_doc_number: Mapped[str] = mapped_column(default="")
    acquisition_doc_date: Mapped[dt.date]
    location: Mapped[str]  # where it is kept (the destination of its latest receipt or transfer)
    responsible: Mapped[str] = mapped_column(default="")  # the person answerable for it
    status: Mapped[AssetStatus] = mapped_column(enum_type(AssetStatus),
                                                default=AssetStatus.IN_USE)
    notes: Mapped[str] = mapped_column(default="")
    search_text: Mapped[str] = mapped_column(default="")
    registered_at: Mapped[dt.datetime]
    registered_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class AssetMovement(Synced, Base):
    """A receipt, transfer, handover or write-off, with its document. Never changed afterwards."""

    __tablename__ = "asset_movements"
    __immutable__ = True
    __table_args__ = (
        CheckConstraint("quantity_milli > 0", name="quantity_positive"),
        Index("ix_asset_movements_asset_date", "asset_id", "moved_on"),
        Index("ix_asset_movements_moved_on", "moved_on"),
        Index("ix_asset_movements_to_location", "to_location", "moved_on"),
        Index("ix_asset_movements_from_location", "from_location", "moved_on"),
    )

    asset_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assets.id"))
    kind: Mapped[MovementKind] = mapped_column(enum_type(MovementKind))
    moved_on: Mapped[dt.date]
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    from_location: Mapped[str] = mapped_column(default="")
    to_location: Mapped[str] = mapped_column(default="")
    counterparty: Mapped[str] = mapped_column(default="")  # recipient, or the new holder
    responsible: Mapped[str] = mapped_column(default="")  # new responsible person (transfer)
    document_number: Mapped[str]
    document_date: Mapped[dt.date]
    grounds: Mapped[str] = mapped_column(default="")  # required for a write-off
    signed_by: Mapped[str]  # who signed the movement document
    recorded_at: Mapped[dt.datetime]
    recorded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class InventoryCount(Synced, Base):
    """A count of one location on one date; reconciled with a signing act, then frozen."""

    __tablename__ = "inventory_counts"
    __table_args__ = (Index("ix_inventory_counts_location_date", "location", "count_date"),)

    number: Mapped[str] = mapped_column(String(64), unique=True)
    location: Mapped[str]
    count_date: Mapped[dt.date]
    commission: Mapped[str] = mapped_column(default="")  # members, one per line
    status: Mapped[CountStatus] = mapped_column(enum_type(CountStatus), default=CountStatus.OPEN)
    conclusion: Mapped[str] = mapped_column(default="")
    started_at: Mapped[dt.datetime]
    started_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    reconciled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reconciled_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    signature_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("signatures.id"),
                                                           default=None)


class InventoryCountLine(Synced, Base):
    """One asset on a count sheet: the balance expected on the count date and what was found."""

    __tablename__ = "inventory_count_lines"
    __table_args__ = (UniqueConstraint("count_id", "asset_id", name="uq_inventory_count_lines_asset"),)

    count_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inventory_counts.id"), index=True)
    asset_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assets.id"), index=True)
    expected_milli: Mapped[int] = mapped_column(BigInteger)
    counted_milli: Mapped[int | None] = mapped_column(BigInteger, default=None)
    note: Mapped[str] = mapped_column(default="")
