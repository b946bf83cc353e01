"""Reclamations under Article 29: a defect found within the warranty period, the joint commission
that establishes its causes, the commission's findings and the contractor's remedy.

One mutable row per reclamation (``reclamations``) walks through the statuses; the commission
members are rows of their own (``reclamation_members``). The findings, once recorded, are signed
by a representative (a signing act, ``findings_signature_id``) and the service refuses to change
them afterwards.

Warranty (29.1): the office's data has no warranty terms per item, so the warranty period in
months is entered from the contract; its start is taken from the certificate confirming quality
that covers the lot (or, without one, the acceptance record of the lot), and entered by hand
only when neither exists. ``warranty_basis`` says which. Whether the defect was found within the
period is derived (``milrep.rules.reclamation.warranty_ends``), never stored.

The penalty period (29.6) runs from ``notified_on`` (the day the contractor received the
notification) to ``remedy_completed_on``; it is derived, in days, and compared with
``remedy_term_days`` (the term the contract gives; the law itself sets none).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.types import enum_type


class ReclamationStatus(enum.StrEnum):
    NOTIFIED = "notified"  # notification registered (29.1)
    COMMISSION = "commission"  # joint commission formed (29.2)
    FINDINGS = "findings"  # findings recorded and signed (29.3, 29.4, 29.7)
    REMEDY = "remedy"  # the contractor's remedy in progress (29.3-29.6)
    CLOSED = "closed"


class WarrantyBasis(enum.StrEnum):
    CERTIFICATE = "certificate"  # the certificate confirming quality covering the lot
    ACCEPTANCE = "acceptance"  # the acceptance record of the lot
    ENTERED = "entered"  # entered by hand: no certificate or acceptance in this database


class Remedy(enum.StrEnum):
    REPAIR = "repair"  # the contractor repairs the defect (repairable defect, at fault)
    REPLACEMENT = "replacement"  # the contractor replaces the goods (29.5 on its own initiative)
    RETURN = "return"  # returned to the contractor for full replacement (29.3)
    WHOLE_LOT_RETURN = "whole_lot_return"  # the whole line supplied under the contract (29.4)


class CommissionParty(enum.StrEnum):
    """Who the joint commission member represents (29.2)."""

    RECIPIENT = "recipient"
    CONTRACTOR = "contractor"
    MILITARY_REPRESENTATIVE = "military_representative"


class Reclamation(Synced, Base):
    __tablename__ = "reclamations"
    __table_args__ = (Index("ix_reclamations_status_notified", "status", "notified_on"),
                      Index("ix_reclamations_item_found", "item_id", "defect_found_on"))

    number: Mapped[str] = mapped_column(String(64), unique=True)  # the office's registration no.
    notification_ref: Mapped[str] = mapped_column(default="")  # the recipient's own reference
    status: Mapped[ReclamationStatus] = mapped_column(enum_type(ReclamationStatus),
                                                      default=ReclamationStatus.NOTIFIED)
    recipient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"))
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("control_list_items.id"))
    lot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lots.id"), default=None,
                                                     index=True)
    serials: Mapped[str] = mapped_column(default="")  # one per line
    quantity: Mapped[int] = mapped_column(Integer, default=1)  # defective units reported
    defect_description: Mapped[str]
    characteristic_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("characteristics.id"), default=None)
    defect_found_on: Mapped[dt.date]
    notified_on: Mapped[dt.date]  # received by the contractor: the penalty period starts (29.6)
    storage_place: Mapped[str] = mapped_column(default="")  # where the goods wait (29.1)
    warranty_basis: Mapped[WarrantyBasis] = mapped_column(enum_type(WarrantyBasis))
    warranty_start: Mapped[dt.date]
    warranty_months: Mapped[int] = mapped_column(Integer)
    # joint commission (29.2)
    commission_formed_on: Mapped[dt.date | None] = mapped_column(default=None)
    # findings (29.3, 29.4, 29.7); None until recorded
    findings_on: Mapped[dt.date | None] = mapped_column(default=None)
    cause: Mapped[str] = mapped_column(default="")  # the cause the commission established
    contractor_at_fault: Mapped[bool | None] = mapped_column(default=None)
    improper_operation: Mapped[bool] = mapped_column(default=False)  # 29.7
    counterfeit: Mapped[bool] = mapped_column(default=False)  # 29.3.1
    not_own_production: Mapped[bool] = mapped_column(default=False)  # 29.3.2
    own_production_required: Mapped[bool] = mapped_column(default=False)  # 29.3.2 condition
    irreparable: Mapped[bool] = mapped_column(default=False)  # 29.3.3
    hidden_defect: Mapped[bool] = mapped_column(default=False)  # 29.4: found only at a factory
    whole_lot_affected: Mapped[bool] = mapped_column(default=False)  # 29.4: all goods alike
    in_work_in_progress: Mapped[bool] = mapped_column(default=False)  # 27.4.8
    findings_signature_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("signatures.id"), default=None)
    # remedy (29.3-29.6)
    remedy: Mapped[Remedy | None] = mapped_column(enum_type(Remedy), default=None)
    remedy_term_days: Mapped[int | None] = mapped_column(Integer, default=None)  # contract term
    remedy_started_on: Mapped[dt.date | None] = mapped_column(default=None)
    remedy_completed_on: Mapped[dt.date | None] = mapped_column(default=None)
    remedy_notes: Mapped[str] = mapped_column(default="")
    suspension_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("suspensions.id"),
                                                            default=None)
    closed_on: Mapped[dt.date | None] = mapped_column(default=None)
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    search_text: Mapped[str] = mapped_column(default="")


class ReclamationMember(Synced, Base):
    """A member of the joint commission (29.2)."""

    __tablename__ = "reclamation_members"

    reclamation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("reclamations.id", ondelete="CASCADE"), index=True)
    party: Mapped[CommissionParty] = mapped_column(enum_type(CommissionParty))
    name: Mapped[str]
    organization: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")  # chair, member, expert …
    position: Mapped[int] = mapped_column(Integer, default=0)  # order on the act
