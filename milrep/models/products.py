"""Lots and units with serial numbers and marking (Articles 15.3 and 26.9)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced


class Lot(Synced, Base):
    __tablename__ = "lots"
    __table_args__ = (UniqueConstraint("item_id", "number", name="uq_lots_item_number"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"), index=True)
    number: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    manufactured_on: Mapped[dt.date | None] = mapped_column(default=None)


class ProductUnit(Synced, Base):
    __tablename__ = "product_units"
    __table_args__ = (UniqueConstraint("lot_id", "serial", name="uq_product_units_lot_serial"),)

    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    serial: Mapped[str] = mapped_column(String(64))
    marking: Mapped[str] = mapped_column(default="")
