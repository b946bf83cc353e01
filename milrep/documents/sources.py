"""What every document reads from the database besides its own record: the letterhead, signing
acts, the contract of an item (number, parties, classification marking). Read-only helpers on a
session; nothing here writes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.layout import Letterhead, Signature
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.office import Office
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.users import Role, SignatureRecord, User
from milrep.services.signing import Meaning, meaning_label


def letterhead(s: Session) -> Letterhead:
    office = s.scalars(select(Office)).first()
    if office is None:
        return Letterhead(office_name="", plant_name="")
    return Letterhead(office_name=office.name, plant_name=office.plant_name,
                      office_code=office.code)


def position_of(user: User) -> str:
    """The position printed under a signature: the one entered for the user, else the role's."""
    if user.position.strip():
        return user.position.strip()
    return {
        Role.CHIEF: translate("milrep", "Head of the military representative office"),
        Role.REPRESENTATIVE: translate("milrep", "Military representative"),
        Role.VIEWER: "",
    }[user.role]


def signature(s: Session, signature_id: uuid.UUID | None) -> Signature | None:
    """The signing act as printed (None when the record has none)."""
    if signature_id is None:
        return None
    rec = s.get(SignatureRecord, signature_id)
    if rec is None:
        return None
    user = s.get(User, rec.user_id)
    try:
        meaning = meaning_label(Meaning(rec.meaning))
    except ValueError:  # a meaning from a newer version of milrep
        meaning = rec.meaning
    return Signature(position=position_of(user) if user else "", rank=user.rank if user else "",
                     full_name=user.full_name if user else "?", meaning=meaning,
                     signed_at=rec.signed_at, digest=rec.content_sha256)


def user_name(s: Session, user_id: uuid.UUID | None) -> str:
    if user_id is None:
        return ""
    u = s.get(User, user_id)
    if u is None:
        return ""
    return f"{u.rank} {u.full_name}".strip()


@dataclass(frozen=True)
class ItemContext:
    """The control-list item with its contract and the parties, as documents name them."""

    item: ControlListItem
    contract: Contract
    contractor: str
    customer: str

    @property
    def classification(self) -> str:
        return (self.contract.classification or "").strip()


def item_context(s: Session, item_id: uuid.UUID) -> ItemContext:
    item = s.get(ControlListItem, item_id)
    if item is None:
        raise NotFound(translate("milrep", "The control-list item no longer exists."))
    contract = s.get(Contract, item.contract_id)
    if contract is None:
        raise NotFound(translate("milrep", "The contract no longer exists."))
    return ItemContext(item=item, contract=contract,
                       contractor=_org_name(s, contract.contractor_id),
                       customer=_org_name(s, contract.customer_id))


def contract_label(c: Contract) -> str:
    return translate("milrep", "No. {number} of {date}").format(
        number=c.number, date=c.signed_on.strftime("%d.%m.%Y"))


def item_label(item: ControlListItem) -> str:
    """"Radio station R-168-5UN (5820-168-05)"."""
    return f"{item.name} ({item.nomenclature_code})" if item.nomenclature_code else item.name


def tech_doc_label(item: ControlListItem) -> str:
    if not item.tech_doc_ref:
        return ""
    if item.tech_doc_revision:
        return translate("milrep", "{document}, revision {revision}").format(
            document=item.tech_doc_ref, revision=item.tech_doc_revision)
    return item.tech_doc_ref


def lot_number(s: Session, lot_id: uuid.UUID | None) -> str:
    if lot_id is None:
        return ""
    lot = s.get(Lot, lot_id)
    return lot.number if lot is not None else ""


def _org_name(s: Session, org_id: uuid.UUID | None) -> str:
    if org_id is None:
        return ""
    o = s.get(Organization, org_id)
    return o.name if o is not None else ""
