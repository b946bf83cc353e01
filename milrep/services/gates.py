"""Gates every service consults before acting on goods: the same rule from the screen, the
command line and an imported bundle."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from milrep.errors import RuleViolation
from milrep.i18n import translate
from milrep.models.products import Lot
from milrep.models.quality import Resumption, Suspension
from milrep.rules.suspension import LotFacts, SuspensionTerms, covers
from milrep.services.item_rows import item_row


def suspensions_covering(session: Session, *, item_id: uuid.UUID,
                         lot_id: uuid.UUID | None = None) -> list[SuspensionTerms]:
    """The suspensions in force that cover this item (and lot, when given)."""
    item = item_row(session, item_id)
    lot = session.get(Lot, lot_id) if lot_id is not None else None
    facts = LotFacts(contract_id=item.contract_id, item_id=item.id, lot_id=lot_id,
                     made_on=lot.manufactured_on if lot is not None else None)
    resumed = select(Resumption.suspension_id)
    rows = session.scalars(select(Suspension).where(
        Suspension.contract_id == item.contract_id,
        or_(Suspension.item_id.is_(None), Suspension.item_id == item.id),
        Suspension.id.not_in(resumed)).order_by(Suspension.effective_at))
    terms = [SuspensionTerms(id=s.id, number=s.number, scope=s.scope, contract_id=s.contract_id,
                             item_id=s.item_id, lot_id=s.lot_id,
                             covers_made_since=s.covers_made_since, resumed=False)
             for s in rows]
    return [t for t in terms if covers(t, facts)]


def ensure_not_suspended(session: Session, *, item_id: uuid.UUID, lot_id: uuid.UUID | None,
                         action: str) -> None:
    """Refuse ``action`` (already translated, e.g. "Acceptance") while a suspension covers it."""
    found = suspensions_covering(session, item_id=item_id, lot_id=lot_id)
    if found:
        raise RuleViolation(translate(
            "milrep", "{action} is refused: suspension {number} is in force for these goods. "
            "It ends only with a resumption decision of the head of office.")
            .format(action=action, number=", ".join(t.number for t in found)))
