"""The control list (Article 27.2): what the office controls and accepts under a contract."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.types import enum_type


class ItemKind(enum.StrEnum):
    MILITARY_GOODS = "military_goods"
    DUAL_USE_GOODS = "dual_use_goods"
    MILITARY_WORK = "military_work"
    MILITARY_SERVICE = "military_service"


class ControlListItem(Synced, Base):
    __tablename__ = "control_list_items"
    __table_args__ = (Index("ix_control_list_items_contract_name", "contract_id", "name"),
                      Index("ix_control_list_items_name", "name"),
                      Index("ix_control_list_items_code", "nomenclature_code"))

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    kind: Mapped[ItemKind] = mapped_column(enum_type(ItemKind))
    name: Mapped[str]
    nomenclature_code: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 3, asdecimal=True))
    unit: Mapped[str] = mapped_column(String(16))
    delivery_deadline: Mapped[dt.date | None] = mapped_column(default=None)
    tech_doc_ref: Mapped[str] = mapped_column(default="")  # e.g. TU designation
    tech_doc_revision: Mapped[str] = mapped_column(String(32), default="")
    op_requirement_ref: Mapped[str] = mapped_column(default="")  # TTZ / operational requirement
    op_requirement_revision: Mapped[str] = mapped_column(String(32), default="")
    standards: Mapped[str] = mapped_column(default="")  # national standards, one per line
    required_tests: Mapped[str] = mapped_column(default="")  # one per line
    approval_ref: Mapped[str] = mapped_column(default="")  # approval document (Art. 27.2)
    approved_on: Mapped[dt.date | None] = mapped_column(default=None)
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"),
                                                              default=None)
    search_text: Mapped[str] = mapped_column(default="")
