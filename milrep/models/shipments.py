"""Shipments of accepted, certified goods (DESIGN.md §3 step 8).

A shipment record notes that a quantity of a lot left the plant under a valid certificate, with
the plant's shipping document. It is a record of fact and never changes (``__immutable__``).
One shipping document that takes goods from several lots or certificates is stored as one row
per lot and certificate, all with the same ``document_no``.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced


class Shipment(Synced, Base):
    __tablename__ = "shipments"
    __immutable__ = True
    __table_args__ = (Index("ix_shipments_lot", "lot_id"),
                      Index("ix_shipments_certificate", "certificate_id"),
                      Index("ix_shipments_shipped_on", "shipped_on"))

    document_no: Mapped[str] = mapped_column(String(64))  # the plant's waybill or invoice
    shipped_on: Mapped[dt.date]
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"))
    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificates.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    consignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"),
                                                           default=None)
    recorded_at: Mapped[dt.datetime]
    recorded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
