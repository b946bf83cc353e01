"""Which lots a suspension of acceptance and shipment covers (Article 27.4.8–9). Pure functions."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from milrep.models.quality import SuspensionScope


@dataclass(frozen=True)
class SuspensionTerms:
    """What a suspension stops: its scope and, after a failed test, the lots made since when."""

    id: uuid.UUID
    number: str
    scope: SuspensionScope
    contract_id: uuid.UUID
    item_id: uuid.UUID | None
    lot_id: uuid.UUID | None
    covers_made_since: dt.date | None
    resumed: bool


@dataclass(frozen=True)
class LotFacts:
    contract_id: uuid.UUID
    item_id: uuid.UUID
    lot_id: uuid.UUID | None
    made_on: dt.date | None


def covers(s: SuspensionTerms, lot: LotFacts) -> bool:
    """True when ``s`` is in force and stops acceptance, shipment or certification of ``lot``.

    A lot whose manufacturing date is unknown is treated as covered by a "made since" suspension:
    when in doubt, the goods stay stopped.
    """
    if s.resumed:
        return False
    if s.scope == SuspensionScope.CONTRACT:
        in_scope = s.contract_id == lot.contract_id
    elif s.scope in (SuspensionScope.ITEM, SuspensionScope.WORK):
        in_scope = s.item_id == lot.item_id
    else:
        in_scope = lot.lot_id is not None and s.lot_id == lot.lot_id
    if not in_scope:
        return False
    if s.covers_made_since is None or lot.made_on is None:
        return True
    return lot.made_on >= s.covers_made_since
