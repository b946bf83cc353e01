"""The control-list item a service acts on, fetched or refused with a clear message."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from milrep.errors import NotFound, RuleViolation
from milrep.i18n import translate
from milrep.models.contracts import Contract, ContractStatus
from milrep.models.control_list import ControlListItem


def item_row(s: Session, item_id: uuid.UUID) -> ControlListItem:
    item = s.get(ControlListItem, item_id)
    if item is None:
        raise NotFound(translate("milrep", "The control-list item no longer exists."))
    return item


def editable_item(s: Session, item_id: uuid.UUID) -> ControlListItem:
    """The item, refused when its contract is closed (its requirements are then history)."""
    item = item_row(s, item_id)
    contract = s.get(Contract, item.contract_id)
    if contract is not None and contract.status in (ContractStatus.COMPLETED,
                                                    ContractStatus.TERMINATED):
        raise RuleViolation(translate("milrep", "Contract {number} is closed; the requirements of "
                                      "{item} cannot change.")
                            .format(number=contract.number, item=item.name))
    return item


def next_position(s: Session, position: InstrumentedAttribute[int],
                  owner: InstrumentedAttribute[uuid.UUID], item_id: uuid.UUID) -> int:
    """One past the last ``position`` of the item's rows (1 for the first)."""
    return (s.scalar(select(func.max(position)).where(owner == item_id)) or 0) + 1
