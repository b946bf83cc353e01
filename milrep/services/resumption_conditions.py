"""The conditions of a resumption decision (Article 27.4.8): what is still missing before a
suspension may be ended.

* every nonconformity in the suspended scope closed — whenever it was raised. Those raised before
  the suspension are its causes; those raised while it was in force are, in practice, what the
  investigation found. Resuming with any of them open would resume with a known unresolved
  defect, so none may be open (an unrelated one can be closed or handled first);
* when the suspension names a failed test: a positive repeat of it (``repeat_of_id`` chain) or,
  for a periodic test, a later positive periodic test of the item: started after the failed one
  was completed, and completed on or after the day the suspension took effect. Dates are days, so
  a test started the day the failed one was completed may have run before it (a positive test
  that only preceded the failure must not end the suspension): such a test counts only when it
  is registered as the repeat of the failed one.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from milrep.i18n import translate
from milrep.models.control_list import ControlListItem
from milrep.models.quality import (Nonconformity, NonconformityStatus, ProductTest, Suspension,
                                   SuspensionScope, TestKind, TestResult)
from milrep.services.nonconformities import label as nc_label
from milrep.services.product_tests import describe_test, positive_repeat_of


def resumption_blockers(session: Session, susp: Suspension, *,
                        repeat_test_id: uuid.UUID | None = None) -> list[str]:
    """What is still missing before ``susp`` may be ended (empty: the conditions are met)."""
    s = session
    missing = []
    open_ncs = list(s.scalars(_scope_nonconformities(susp)
                              .where(Nonconformity.status == NonconformityStatus.OPEN)
                              .order_by(Nonconformity.raised_at)))
    if open_ncs:
        missing.append(translate("milrep", "nonconformities still open: {list}").format(
            list=", ".join(nc_label(nc) for nc in open_ncs)))
    if susp.test_id is not None:
        failed = s.get(ProductTest, susp.test_id)
        assert failed is not None
        if repeat_test_id is not None:
            if repeat_test(s, susp, repeat_test_id) is None:
                repeat = s.get(ProductTest, repeat_test_id)
                missing.append(translate(
                    "milrep", "{repeat} is not a positive repeat of {test}").format(
                    repeat=describe_test(s, repeat) if repeat else "?",
                    test=describe_test(s, failed)))
        elif repeat_test(s, susp, None) is None:
            missing.append(translate("milrep", "no positive repeat test of {test}")
                           .format(test=describe_test(s, failed)))
    return missing


def repeat_test(s: Session, susp: Suspension, repeat_test_id: uuid.UUID | None
                ) -> ProductTest | None:
    """The positive repeat test that clears the suspension's failed test (None if none needed)."""
    if susp.test_id is None:
        return None
    failed = s.get(ProductTest, susp.test_id)
    assert failed is not None
    candidates: list[ProductTest] = []
    chain = positive_repeat_of(s, failed)
    if chain is not None:
        candidates.append(chain)
    later = next((x for x in _positive_periodic(s, failed.item_id)
                  if _later_periodic(x, failed, susp)), None)
    if later is not None:
        candidates.append(later)
    if repeat_test_id is not None:
        chosen = s.get(ProductTest, repeat_test_id)
        ok = chosen is not None and chosen.result == TestResult.POSITIVE and (
            any(c.id == chosen.id for c in candidates)
            or _in_chain(s, chosen, failed.id)
            or _later_periodic(chosen, failed, susp))
        return chosen if ok else None
    return candidates[0] if candidates else None


def _positive_periodic(s: Session, item_id: uuid.UUID) -> list[ProductTest]:
    """The item's positive periodic tests, the one completed last first."""
    return list(s.scalars(select(ProductTest).where(
        ProductTest.item_id == item_id, ProductTest.kind == TestKind.PERIODIC,
        ProductTest.result == TestResult.POSITIVE, ProductTest.completed_on.is_not(None))
        .order_by(ProductTest.completed_on.desc(), ProductTest.started_on.desc())))


def _later_periodic(test: ProductTest, failed: ProductTest, susp: Suspension) -> bool:
    """``test`` is a later round of the failed periodic test (see the module's conditions)."""
    return (failed.kind == TestKind.PERIODIC and test.kind == TestKind.PERIODIC
            and test.item_id == failed.item_id and failed.completed_on is not None
            and test.started_on > failed.completed_on and test.completed_on is not None
            and test.completed_on >= susp.effective_at.date())


def _in_chain(s: Session, test: ProductTest, failed_id: uuid.UUID) -> bool:
    seen = set()
    cur: ProductTest | None = test
    while cur is not None and cur.repeat_of_id is not None and cur.id not in seen:
        if cur.repeat_of_id == failed_id:
            return True
        seen.add(cur.id)
        cur = s.get(ProductTest, cur.repeat_of_id)
    return False


def _scope_nonconformities(susp: Suspension) -> Select[tuple[Nonconformity]]:
    q = select(Nonconformity)
    if susp.scope == SuspensionScope.CONTRACT:
        return q.join(ControlListItem, ControlListItem.id == Nonconformity.item_id).where(
            ControlListItem.contract_id == susp.contract_id)
    if susp.scope == SuspensionScope.LOT:
        return q.where(Nonconformity.lot_id == susp.lot_id)
    return q.where(Nonconformity.item_id == susp.item_id)
