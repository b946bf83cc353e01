"""What the application proposes to suspend after a negative test or after repeated returns.

A proposal stores nothing: it becomes a suspension only when an officer signs it with
:func:`milrep.services.suspensions.suspend`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import UnitOfWork
from milrep.errors import NotFound, RuleViolation
from milrep.i18n import format_date, translate
from milrep.models.acceptance import ReturnNotice
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.models.quality import (ProductTest, SuspensionGround, SuspensionScope, TestKind,
                                   TestResult)
from milrep.rules.suspension import LotFacts, SuspensionTerms, covers
from milrep.services.auth import Actor, Permission
from milrep.services.inspection_rows import return_threshold, returns_in_a_row
from milrep.services.item_rows import item_row
from milrep.services.product_tests import (describe_test, last_positive_periodic,
                                           positive_repeat_of)
from milrep.services.suspensions import WORKS, SuspensionForm, active_suspension


@dataclass(frozen=True)
class SuspensionProposal:
    """What the application proposes to suspend; nothing is stored until an officer signs it."""

    ground: SuspensionGround
    scope: SuspensionScope
    contract_id: uuid.UUID
    item_id: uuid.UUID
    item_name: str
    covers_made_since: dt.date | None
    reason: str
    test_id: uuid.UUID | None = None
    covered_lots: tuple[str, ...] = ()  # numbers of the lots registered so far it would cover

    @property
    def form(self) -> SuspensionForm:
        return SuspensionForm(ground=self.ground, scope=self.scope, reason=self.reason,
                              contract_id=self.contract_id, item_id=self.item_id,
                              covers_made_since=self.covers_made_since, test_id=self.test_id)


def propose_suspension_after_failed_test(uow: UnitOfWork, actor: Actor, *, test_id: uuid.UUID
                                         ) -> SuspensionProposal:
    """The suspension a negative test calls for, ready to be shown and signed."""
    s = uow.begin(actor, Permission.READ, "suspension.propose")
    return proposal_after_failed_test(s, test_id)


def propose_suspension_after_returns(uow: UnitOfWork, actor: Actor, *, item_id: uuid.UUID
                                     ) -> SuspensionProposal | None:
    """The suspension repeated returns of an item call for; None while under the threshold."""
    s = uow.begin(actor, Permission.READ, "suspension.propose")
    return proposal_after_returns(s, item_id)


# --- on a session the caller already began (no permission check) -----------------------------

def proposal_after_failed_test(session: Session, test_id: uuid.UUID) -> SuspensionProposal:
    s = session
    test = s.get(ProductTest, test_id)
    if test is None:
        raise NotFound(translate("milrep", "The test no longer exists."))
    if test.result != TestResult.NEGATIVE:
        raise RuleViolation(translate(
            "milrep", "{test} is not negative: there is nothing to suspend.")
            .format(test=describe_test(s, test)))
    item = s.get(ControlListItem, test.item_id)
    assert item is not None
    cleared = positive_repeat_of(s, test)
    if cleared is not None:
        raise RuleViolation(translate(
            "milrep", "{test} was already repeated with a positive result ({repeat}).")
            .format(test=describe_test(s, test), repeat=describe_test(s, cleared)))
    existing = active_suspension(s, scope=SuspensionScope.ITEM, contract_id=item.contract_id,
                                 item_id=item.id, lot_id=None,
                                 ground=SuspensionGround.FAILED_TESTS)
    if existing is not None:
        raise RuleViolation(translate(
            "milrep", "Suspension {number} for failed tests of \"{item}\" is already in force.")
            .format(number=existing.number, item=item.name))
    since = None
    if test.kind == TestKind.PERIODIC:
        last = last_positive_periodic(s, item.id, before=test.completed_on)
        since = last.completed_on if last is not None else None
    summary = test.results_summary.strip()
    if since is not None:
        reason = translate(
            "milrep", "{test} completed on {date} is negative: {summary}. Acceptance and "
            "shipment of \"{item}\" made since {since} (the last positive periodic test) are "
            "suspended until corrective actions and a positive repeat test.")
    else:
        reason = translate(
            "milrep", "{test} completed on {date} is negative: {summary}. Acceptance and "
            "shipment of every lot of \"{item}\" are suspended until corrective actions and a "
            "positive repeat test.")
    reason = reason.format(test=describe_test(s, test),
                           date=format_date(test.completed_on),
                           summary=summary.rstrip("."), item=item.name,
                           since=format_date(since))
    return SuspensionProposal(
        ground=SuspensionGround.FAILED_TESTS, scope=SuspensionScope.ITEM,
        contract_id=item.contract_id, item_id=item.id, item_name=item.name,
        covers_made_since=since, reason=reason, test_id=test.id,
        covered_lots=_covered_lots(s, item, since))


def proposal_after_returns(session: Session, item_id: uuid.UUID) -> SuspensionProposal | None:
    """Proposal when the item's latest decisions were returns, threshold times in a row.

    The run is :func:`milrep.services.inspection_rows.returns_in_a_row`: the item's decided
    inspections, most recent first, across lots, until one that was not a return. Returns
    decided before a resumption decision of a suspension of this item are not counted again.
    Goods: ground "failed tests" (acceptance tests failed), scope the item. Works and services:
    ground "contract terms" (the work does not meet the contract's requirements; of the two
    grounds 27.4.9 allows this is the one that fits), scope the work.
    """
    s = session
    item = item_row(s, item_id)
    threshold = return_threshold(s, item.id)
    if threshold <= 0:
        return None
    run = [(s.scalar(select(ReturnNotice.number).where(ReturnNotice.inspection_id == iid)) or "?",
            lot_number) for iid, lot_number in returns_in_a_row(s, item.id)]
    if len(run) < threshold:
        return None
    works = item.kind in WORKS
    ground = SuspensionGround.CONTRACT_TERMS if works else SuspensionGround.FAILED_TESTS
    scope = SuspensionScope.WORK if works else SuspensionScope.ITEM
    if active_suspension(s, scope=scope, contract_id=item.contract_id, item_id=item.id,
                         lot_id=None, ground=ground) is not None:
        return None
    run.reverse()
    reason = translate(
        "milrep", "\"{item}\" was returned {count} times in a row (threshold {threshold}): "
        "return notices {notices} (lots {lots}). Acceptance is suspended until the causes are "
        "removed and the corrective actions verified.").format(
        item=item.name, count=len(run), threshold=threshold,
        notices=", ".join(n for n, _ in run), lots=", ".join(dict.fromkeys(x for _, x in run)))
    return SuspensionProposal(ground=ground, scope=scope, contract_id=item.contract_id,
                              item_id=item.id, item_name=item.name, covers_made_since=None,
                              reason=reason, covered_lots=_covered_lots(s, item, None))


# --- internals ------------------------------------------------------------------------------

def _covered_lots(s: Session, item: ControlListItem, since: dt.date | None) -> tuple[str, ...]:
    terms = SuspensionTerms(id=uuid.uuid4(), number="", scope=SuspensionScope.ITEM,
                            contract_id=item.contract_id, item_id=item.id, lot_id=None,
                            covers_made_since=since, resumed=False)
    return tuple(lot.number for lot in s.scalars(select(Lot).where(Lot.item_id == item.id)
                                                  .order_by(Lot.number))
                 if covers(terms, LotFacts(item.contract_id, item.id, lot.id,
                                           lot.manufactured_on)))
