"""The office's other duties of Article 27.3: draft contract reviews (27.3.1), the register of
technical documents and national standards with their revisions (27.3.4, 27.3.6), state-secret
protection measures evaluated with the contractor (27.3.7) and cost verification (27.3.8).

Issued conclusions are documents and never change (a new review or verification supersedes
them); the working records before a conclusion are mutable rows.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from milrep.db.base import Base, Synced
from milrep.models.types import enum_type

# --- draft contract review (27.3.1) ------------------------------------------------------------


class ReviewStatus(enum.StrEnum):
    OPEN = "open"
    CONCLUDED = "concluded"


class ContractReview(Synced, Base):
    """The office's review of a draft contract against the terms Article 22.4 requires."""

    __tablename__ = "contract_reviews"
    __table_args__ = (Index("ix_contract_reviews_contract", "contract_id", "opened_on"),)

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    draft_ref: Mapped[str] = mapped_column(default="")  # the draft as received: letter, version
    opened_on: Mapped[dt.date]
    status: Mapped[ReviewStatus] = mapped_column(enum_type(ReviewStatus),
                                                 default=ReviewStatus.OPEN)
    remarks: Mapped[str] = mapped_column(default="")  # the office's remarks on the draft


class ContractReviewTerm(Synced, Base):
    """One term of the checklist as the reviewer marked it (before the conclusion), or as it stood
    when the conclusion was issued (every term, then)."""

    __tablename__ = "contract_review_terms"
    __table_args__ = (UniqueConstraint("review_id", "term"),)

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contract_reviews.id"))
    term: Mapped[str] = mapped_column(String(32))  # milrep.rules.contract_terms code
    status: Mapped[str] = mapped_column(String(16))  # TermStatus value; "" once the mark is taken back
    derived: Mapped[bool] = mapped_column(default=False)
    clause_ref: Mapped[str] = mapped_column(default="")  # the draft's clause stating the term
    remark: Mapped[str] = mapped_column(default="")


class ContractReviewConclusion(Synced, Base):
    """The office's signed conclusion on the draft contract."""

    __tablename__ = "contract_review_conclusions"
    __immutable__ = True

    number: Mapped[str] = mapped_column(String(64), unique=True)
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contract_reviews.id"), unique=True)
    issued_on: Mapped[dt.date]
    verdict: Mapped[str] = mapped_column(String(32))  # contract_terms.Verdict value
    conclusion: Mapped[str]
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))


# --- technical documents and national standards (27.3.4, 27.3.6) ---------------------------------


class TechDocKind(enum.StrEnum):
    DESIGN = "design"  # design documentation (drawings, schematics)
    SPECIFICATION = "specification"  # technical conditions (TU), specifications
    OPERATIONAL_REQUIREMENT = "operational_requirement"  # military operational requirement (TTZ)
    STANDARD = "standard"  # national standard (ST RK, GOST, GOST RV)
    PROGRAMME = "programme"  # test programme and methods
    OPERATING = "operating"  # operating and repair documentation
    OTHER = "other"


class RevisionStatus(enum.StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"
    CANCELLED = "cancelled"


class TechDocument(Synced, Base):
    __tablename__ = "tech_documents"

    designation: Mapped[str] = mapped_column(String(128), unique=True)  # "TU 6574-012-2026"
    title: Mapped[str]
    kind: Mapped[TechDocKind] = mapped_column(enum_type(TechDocKind))
    contract_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contracts.id"),
                                                          default=None, index=True)
    remarks: Mapped[str] = mapped_column(default="")
    search_text: Mapped[str] = mapped_column(default="")


class TechDocumentRevision(Synced, Base):
    __tablename__ = "tech_document_revisions"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tech_documents.id"), index=True)
    number: Mapped[str] = mapped_column(String(32))
    dated: Mapped[dt.date]
    status: Mapped[RevisionStatus] = mapped_column(enum_type(RevisionStatus),
                                                   default=RevisionStatus.CURRENT)
    remarks: Mapped[str] = mapped_column(default="")  # the office's remarks on this revision


class RequirementDocumentRef(Synced, Base):
    """The exact revision and clause an inspection requirement (characteristic) is checked against.

    Kept beside the characteristic (one row per characteristic, its id derived from the
    characteristic's, so links made on two workstations meet in one row) so the characteristic
    and its free-text reference stay as they were. A link taken away leaves the revision empty."""

    __tablename__ = "requirement_document_refs"

    characteristic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("characteristics.id"),
                                                         unique=True)
    revision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tech_document_revisions.id"), index=True, default=None)
    clause: Mapped[str] = mapped_column(String(64), default="")


# --- state secrets (27.3.7) ---------------------------------------------------------------------


class MeasureResult(enum.StrEnum):
    ADEQUATE = "adequate"
    PARTLY_ADEQUATE = "partly_adequate"
    INADEQUATE = "inadequate"


class SecrecyMeasure(Synced, Base):
    """A state-secret protection measure evaluated with the contractor for a contract."""

    __tablename__ = "secrecy_measures"
    __table_args__ = (Index("ix_secrecy_measures_contract", "contract_id", "evaluated_on"),)

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    measure: Mapped[str]
    evaluated_on: Mapped[dt.date]
    result: Mapped[MeasureResult] = mapped_column(enum_type(MeasureResult))
    remarks: Mapped[str] = mapped_column(default="")
    next_check: Mapped[dt.date | None] = mapped_column(default=None)


# --- cost verification (27.3.8) -----------------------------------------------------------------


class CostCategory(enum.StrEnum):
    MATERIALS = "materials"
    COMPONENTS = "components"  # purchased components and semi-finished goods
    LABOUR = "labour"
    SOCIAL_CHARGES = "social_charges"
    OVERHEADS = "overheads"
    SPECIAL_EQUIPMENT = "special_equipment"
    SUBCONTRACTS = "subcontracts"
    OTHER = "other"


class VerificationStatus(enum.StrEnum):
    OPEN = "open"
    CONCLUDED = "concluded"


class CostVerification(Synced, Base):
    """A verification of the actual costs the contractor claims under a contract."""

    __tablename__ = "cost_verifications"
    __table_args__ = (Index("ix_cost_verifications_contract", "contract_id", "opened_on"),)

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    subject: Mapped[str]  # what is verified: a stage, a calculation, a period
    opened_on: Mapped[dt.date]
    status: Mapped[VerificationStatus] = mapped_column(enum_type(VerificationStatus),
                                                       default=VerificationStatus.OPEN)
    remarks: Mapped[str] = mapped_column(default="")


class CostItem(Synced, Base):
    """One cost item: claimed by the contractor, confirmed by the office, disputed; what is
    neither confirmed nor disputed is still to verify."""

    __tablename__ = "cost_items"
    __table_args__ = (Index("ix_cost_items_verification", "verification_id", "position"),)

    verification_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cost_verifications.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[CostCategory] = mapped_column(enum_type(CostCategory))
    description: Mapped[str]
    claimed: Mapped[Decimal]
    verified: Mapped[Decimal] = mapped_column(default=Decimal(0))
    disputed: Mapped[Decimal] = mapped_column(default=Decimal(0))
    documents: Mapped[str] = mapped_column(default="")  # supporting documents, one per line
    remarks: Mapped[str] = mapped_column(default="")


class CostVerificationConclusion(Synced, Base):
    """The office's signed conclusion on the verified costs, with the totals it states."""

    __tablename__ = "cost_verification_conclusions"
    __immutable__ = True

    number: Mapped[str] = mapped_column(String(64), unique=True)
    verification_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cost_verifications.id"),
                                                       unique=True)
    issued_on: Mapped[dt.date]
    claimed_total: Mapped[Decimal]
    verified_total: Mapped[Decimal]
    disputed_total: Mapped[Decimal]
    conclusion: Mapped[str]
    signature_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatures.id"))
