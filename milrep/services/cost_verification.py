"""Cost verification (Article 27.3.8): the actual costs a contractor claims under a contract, item by
item, as verified or disputed by the office, with the supporting documents; the totals are
always derived from the items; the office's signed conclusion states them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.office_duties import (CostCategory, CostItem, CostVerification,
                                         CostVerificationConclusion, VerificationStatus)
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.signing import Meaning, sign_act

ZERO = Decimal("0.00")


def category_label(c: CostCategory) -> str:
    return {
        CostCategory.MATERIALS: translate("milrep", "Materials"),
        CostCategory.COMPONENTS: translate("milrep", "Purchased components"),
        CostCategory.LABOUR: translate("milrep", "Labour"),
        CostCategory.SOCIAL_CHARGES: translate("milrep", "Social charges"),
        CostCategory.OVERHEADS: translate("milrep", "Overheads"),
        CostCategory.SPECIAL_EQUIPMENT: translate("milrep", "Special equipment"),
        CostCategory.SUBCONTRACTS: translate("milrep", "Subcontracted works"),
        CostCategory.OTHER: translate("milrep", "Other costs"),
    }[c]


@dataclass(frozen=True)
class CostItemForm:
    category: CostCategory
    description: str
    claimed: Decimal | str
    verified: Decimal | str = ZERO
    disputed: Decimal | str = ZERO
    documents: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class CostItemInfo:
    id: uuid.UUID
    position: int
    category: CostCategory
    description: str
    claimed: Decimal
    verified: Decimal
    disputed: Decimal
    documents: str
    remarks: str

    @property
    def unverified(self) -> Decimal:
        """Neither confirmed nor disputed yet."""
        return self.claimed - self.verified - self.disputed


@dataclass(frozen=True)
class Totals:
    claimed: Decimal = ZERO
    verified: Decimal = ZERO
    disputed: Decimal = ZERO

    @property
    def unverified(self) -> Decimal:
        return self.claimed - self.verified - self.disputed


@dataclass(frozen=True)
class VerificationInfo:
    id: uuid.UUID
    contract_id: uuid.UUID
    contract_number: str
    classification: str
    subject: str
    opened_on: dt.date
    status: VerificationStatus
    remarks: str
    items: tuple[CostItemInfo, ...]
    totals: Totals
    by_category: tuple[tuple[CostCategory, Totals], ...]
    conclusion_id: uuid.UUID | None
    conclusion_number: str
    conclusion_text: str = ""


def open_verification(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID, subject: str,
                      opened_on: dt.date, remarks: str = "") -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "cost_verification.open")
    if s.get(Contract, contract_id) is None:
        raise NotFound(translate("milrep", "The contract no longer exists."))
    v = CostVerification(id=uuid.uuid4(), contract_id=contract_id, opened_on=opened_on,
                         subject=validate.required(subject, "subject",
                                                   translate("milrep", "What is verified")),
                         remarks=remarks.strip(), status=VerificationStatus.OPEN)
    s.add(v)
    return uow.commit(v.id)


def add_cost_item(uow: UnitOfWork, actor: Actor, *, verification_id: uuid.UUID,
                  form: CostItemForm) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "cost_verification.add_item")
    v = _open(s, verification_id)
    position = (s.scalar(select(func.max(CostItem.position))
                         .where(CostItem.verification_id == v.id)) or 0) + 1
    item = CostItem(id=uuid.uuid4(), verification_id=v.id, position=position)
    _apply(item, form)
    s.add(item)
    return uow.commit(item.id)


def update_cost_item(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID, form: CostItemForm
                     ) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "cost_verification.update_item")
    item = _item(s, item_id)
    _open(s, item.verification_id)
    _apply(item, form)
    return uow.commit(item.id)


def remove_cost_item(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "cost_verification.remove_item")
    item = _item(s, item_id)
    _open(s, item.verification_id)
    s.delete(item)
    return uow.commit(item.verification_id)


def issue_conclusion(uow: UnitOfWork, actor: Actor, *, verification_id: uuid.UUID,
                     conclusion: str, password: str, issued_on: dt.date | None = None
                     ) -> Changes:
    """The office's signed conclusion: every claimed tenge is either verified or disputed."""
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "cost_verification.conclude")
    v = _open(s, verification_id)
    items = _items(s, v.id)
    if not items:
        raise RuleViolation(translate("milrep", "Add the cost items the contractor claims "
                                                "first."))
    pending = [i for i in items if i.unverified != 0]
    if pending:
        raise RuleViolation(translate(
            "milrep", "Every claimed amount must be verified or disputed; still to verify: "
            "{items}.").format(items="; ".join(
                f"{i.position}. {i.description} ({format(i.unverified, 'f')})" for i in pending)))
    text = validate.required(conclusion, "conclusion", translate("milrep", "Conclusion"))
    issued_on = issued_on or dt.date.today()
    if issued_on < v.opened_on:
        raise ValidationError(translate("milrep", "The conclusion cannot predate the "
                                                  "verification."), field="issued_on")
    totals = _totals(items)
    contract = s.get(Contract, v.contract_id)
    number = next_number(uow, DocumentKind.COST_VERIFICATION, on=issued_on)
    conclusion_id = uuid.uuid4()
    signature = sign_act(uow, actor, password=password, meaning=Meaning.OPINION,
                         object_type="cost_verification_conclusions", object_id=conclusion_id,
                         content={"number": number, "verification": str(v.id),
                                  "contract": contract.number if contract else "",
                                  "issued_on": issued_on.isoformat(), "conclusion": text,
                                  "items": [[i.category.value, i.description, str(i.claimed),
                                             str(i.verified), str(i.disputed)] for i in items],
                                  "claimed": str(totals.claimed),
                                  "verified": str(totals.verified),
                                  "disputed": str(totals.disputed)})
    s.flush()
    s.add(CostVerificationConclusion(
        id=conclusion_id, number=number, verification_id=v.id, issued_on=issued_on,
        claimed_total=totals.claimed, verified_total=totals.verified,
        disputed_total=totals.disputed, conclusion=text, signature_id=signature.id))
    v.status = VerificationStatus.CONCLUDED
    return uow.commit(conclusion_id)


def get_verification(uow: UnitOfWork, actor: Actor, *, verification_id: uuid.UUID
                     ) -> VerificationInfo:
    s = uow.begin(actor, Permission.READ, "cost_verification.get")
    return verification_info(s, verification_id)


# --- read helpers (also used by the printed conclusion) -----------------------------------------

def verification_info(s: Session, verification_id: uuid.UUID) -> VerificationInfo:
    v = s.get(CostVerification, verification_id)
    if v is None:
        raise NotFound(translate("milrep", "The cost verification no longer exists."))
    contract = s.get(Contract, v.contract_id)
    items = _items(s, v.id)
    by_cat = tuple((c, _totals([i for i in items if i.category is c]))
                   for c in CostCategory if any(i.category is c for i in items))
    conclusion = s.scalar(select(CostVerificationConclusion).where(
        CostVerificationConclusion.verification_id == v.id))
    return VerificationInfo(
        id=v.id, contract_id=v.contract_id, contract_number=contract.number if contract else "",
        classification=(contract.classification or "").strip() if contract else "",
        subject=v.subject, opened_on=v.opened_on, status=v.status, remarks=v.remarks,
        items=items, totals=_totals(items), by_category=by_cat,
        conclusion_id=conclusion.id if conclusion else None,
        conclusion_number=conclusion.number if conclusion else "",
        conclusion_text=conclusion.conclusion if conclusion else "")


def _totals(items: list[CostItemInfo] | tuple[CostItemInfo, ...]) -> Totals:
    return Totals(claimed=sum((i.claimed for i in items), ZERO),
                  verified=sum((i.verified for i in items), ZERO),
                  disputed=sum((i.disputed for i in items), ZERO))


def _items(s: Session, verification_id: uuid.UUID) -> tuple[CostItemInfo, ...]:
    return tuple(CostItemInfo(i.id, i.position, i.category, i.description, i.claimed, i.verified,
                              i.disputed, i.documents, i.remarks)
                 for i in s.scalars(select(CostItem).where(CostItem.verification_id ==
                                                           verification_id)
                                    .order_by(CostItem.position, CostItem.id)))


def _apply(item: CostItem, f: CostItemForm) -> None:
    description = validate.required(f.description, "description",
                                    translate("milrep", "Cost item"))
    claimed = validate.amount(f.claimed, "claimed", translate("milrep", "Claimed amount"),
                              allow_zero=False)
    verified = validate.amount(f.verified, "verified", translate("milrep", "Verified amount"))
    disputed = validate.amount(f.disputed, "disputed", translate("milrep", "Disputed amount"))
    if verified + disputed > claimed:
        raise ValidationError(translate(
            "milrep", "Verified and disputed amounts together ({sum}) cannot exceed the claimed "
            "amount ({claimed}).").format(sum=format(verified + disputed, "f"),
                                          claimed=format(claimed, "f")), field="disputed")
    if disputed > 0 and not f.remarks.strip():
        raise ValidationError(translate("milrep", "Say why the amount is disputed."),
                              field="remarks")
    item.category = CostCategory(f.category)
    item.description, item.claimed, item.verified, item.disputed = (description, claimed,
                                                                    verified, disputed)
    item.documents = "\n".join(line.strip() for line in f.documents.splitlines() if line.strip())
    item.remarks = f.remarks.strip()


def _item(s: Session, item_id: uuid.UUID) -> CostItem:
    item = s.get(CostItem, item_id)
    if item is None:
        raise NotFound(translate("milrep", "The cost item no longer exists."))
    return item


def _open(s: Session, verification_id: uuid.UUID) -> CostVerification:
    v = s.get(CostVerification, verification_id)
    if v is None:
        raise NotFound(translate("milrep", "The cost verification no longer exists."))
    if v.status is not VerificationStatus.OPEN:
        raise RuleViolation(translate("milrep", "The cost verification is concluded: its "
                                                "conclusion is issued and signed."))
    return v
