"""Suspension of acceptance and shipment (Article 27.4.8) or of a work or service (27.4.9), and the
head of office's resumption decision.

A suspension is a signed, numbered, immutable document. It names exactly one of the law's grounds
and one scope: a contract, a control-list item, a lot, or a work/service (an item of that kind).
While no resumption names it, :func:`milrep.services.gates.ensure_not_suspended` refuses
acceptance, shipment and certification in its scope.

The application *proposes* a suspension after a negative test or after repeated returns
(:class:`SuspensionProposal`); a proposal stores nothing and becomes a suspension only when an
officer signs it with :func:`suspend`.

Resumption (:func:`resume`, head of office only) requires:

* the corrective actions, described;
* every nonconformity in the suspended scope closed — whenever it was raised. Those raised before
  the suspension are its causes; those raised while it was in force are, in practice, what the
  investigation found. Resuming with any of them open would resume with a known unresolved
  defect, so none may be open (an unrelated one can be closed or handled first);
* when the suspension names a failed test: a positive repeat of it (``repeat_of_id`` chain) or,
  for a periodic test, a positive periodic test of the item completed on or after the day the
  suspension took effect.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import (Inspection, InspectionStatus, Presentation, ReturnNotice,
                                      Verdict)
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot
from milrep.models.quality import (Nonconformity, NonconformityStatus, ProductTest, Resumption,
                                   Suspension, SuspensionGround, SuspensionScope, TestKind,
                                   TestResult)
from milrep.models.requirements import ItemRequirements
from milrep.models.users import SignatureRecord, User
from milrep.rules.suspension import LotFacts, SuspensionTerms, covers
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.nonconformities import label as nc_label
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.product_tests import (describe_test, last_positive_periodic,
                                           positive_repeat_of)
from milrep.services.signing import Meaning, sign_act

GOODS = frozenset({ItemKind.MILITARY_GOODS, ItemKind.DUAL_USE_GOODS})
WORKS = frozenset({ItemKind.MILITARY_WORK, ItemKind.MILITARY_SERVICE})
# Article 27.4.9 lists only these two grounds for works and services.
WORK_GROUNDS = frozenset({SuspensionGround.CONTRACT_TERMS, SuspensionGround.QUALITY_DECISIONS})
DEFAULT_RETURN_THRESHOLD = 2


@dataclass(frozen=True)
class SuspensionForm:
    ground: SuspensionGround
    scope: SuspensionScope
    reason: str
    contract_id: uuid.UUID | None = None  # derived from the item or lot when not given
    item_id: uuid.UUID | None = None  # scope item or work; derived from the lot for scope lot
    lot_id: uuid.UUID | None = None  # scope lot
    covers_made_since: dt.date | None = None  # None: every lot in the scope
    test_id: uuid.UUID | None = None  # the negative test (ground failed_tests only)


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


@dataclass(frozen=True)
class SuspensionInfo:
    id: uuid.UUID
    number: str
    ground: SuspensionGround
    scope: SuspensionScope
    contract_id: uuid.UUID
    contract_number: str
    item_id: uuid.UUID | None
    item_name: str
    lot_id: uuid.UUID | None
    lot_number: str
    covers_made_since: dt.date | None
    effective_at: dt.datetime
    reason: str
    test_id: uuid.UUID | None
    signed_by: str
    resumption_id: uuid.UUID | None
    resumption_number: str
    resumed_at: dt.datetime | None
    corrective_actions: str
    repeat_test_id: uuid.UUID | None

    @property
    def active(self) -> bool:
        return self.resumption_id is None


def ground_label(ground: SuspensionGround) -> str:
    return {
        SuspensionGround.CONTRACT_TERMS: translate(
            "milrep", "Terms of the state defense order contract not fulfilled"),
        SuspensionGround.QUALITY_DECISIONS: translate(
            "milrep", "Decisions on quality and reliability not implemented"),
        SuspensionGround.FAILED_TESTS: translate("milrep", "Failed tests"),
        SuspensionGround.IN_SERVICE_DEFECTS: translate(
            "milrep", "Defects found in service are also present in goods in production"),
    }[ground]


def scope_label(scope: SuspensionScope) -> str:
    return {
        SuspensionScope.CONTRACT: translate("milrep", "Whole contract"),
        SuspensionScope.ITEM: translate("milrep", "Control-list item"),
        SuspensionScope.LOT: translate("milrep", "Lot"),
        SuspensionScope.WORK: translate("milrep", "Work or service"),
    }[scope]


# --- services -------------------------------------------------------------------------------

def suspend(uow: UnitOfWork, actor: Actor, *, form: SuspensionForm, password: str) -> Changes:
    """Sign a suspension of acceptance and shipment (or of a work or service), in force now."""
    s = uow.begin(actor, Permission.SUSPEND, "suspension.suspend")
    contract, item, lot = _resolve_scope(s, form)
    reason = validate.required(form.reason, "reason", translate("milrep", "Reason"))
    since = form.covers_made_since
    if since is not None:
        if form.scope == SuspensionScope.LOT:
            raise ValidationError(translate(
                "milrep", "A suspension of one lot covers that lot: leave \"made since\" empty."),
                field="covers_made_since")
        if since > dt.date.today():
            raise ValidationError(translate(
                "milrep", "\"Made since\" cannot be a future date."), field="covers_made_since")
    _check_test(s, form, contract, item)
    duplicate = _active(s, scope=form.scope, contract_id=contract.id,
                        item_id=item.id if item else None, lot_id=lot.id if lot else None,
                        ground=form.ground)
    if duplicate is not None:
        raise RuleViolation(translate(
            "milrep", "Suspension {number} on the same ground is already in force for {target}.")
            .format(number=duplicate.number, target=_target(contract, item, lot)))
    now = dt.datetime.now(dt.UTC)
    number = next_number(uow, DocumentKind.SUSPENSION, on=now.date())
    suspension_id = uuid.uuid4()
    signature = sign_act(uow, actor, password=password, meaning=Meaning.SUSPENDED,
                         object_type="suspensions", object_id=suspension_id,
                         permission=Permission.SUSPEND, content={
                             "number": number, "ground": form.ground.value,
                             "scope": form.scope.value, "contract": str(contract.id),
                             "item": str(item.id) if item else None,
                             "lot": str(lot.id) if lot else None,
                             "covers_made_since": since.isoformat() if since else None,
                             "effective_at": now.isoformat(), "reason": reason,
                             "test": str(form.test_id) if form.test_id else None})
    s.flush()
    s.add(Suspension(id=suspension_id, number=number, ground=form.ground, scope=form.scope,
                     contract_id=contract.id, item_id=item.id if item else None,
                     lot_id=lot.id if lot else None, covers_made_since=since, effective_at=now,
                     reason=reason, test_id=form.test_id, signature_id=signature.id))
    return uow.commit(suspension_id)


def resume(uow: UnitOfWork, actor: Actor, *, suspension_id: uuid.UUID, corrective_actions: str,
           password: str, repeat_test_id: uuid.UUID | None = None) -> Changes:
    """The head of office's signed resumption decision (see the module's conditions)."""
    s = uow.begin(actor, Permission.RESUME, "suspension.resume")
    susp = _get(s, suspension_id)
    done = s.scalars(select(Resumption.number).where(Resumption.suspension_id == susp.id)).first()
    if done:
        raise RuleViolation(translate(
            "milrep", "Suspension {number} was already ended by resumption decision {resumption}.")
            .format(number=susp.number, resumption=done))
    actions = validate.required(corrective_actions, "corrective_actions",
                                translate("milrep", "Corrective actions"))
    missing = resumption_blockers(s, susp, repeat_test_id=repeat_test_id)
    if missing:
        raise RuleViolation(translate(
            "milrep", "Suspension {number} cannot be ended yet: {missing}.")
            .format(number=susp.number, missing="; ".join(missing)))
    repeat = _repeat_test(s, susp, repeat_test_id)
    now = dt.datetime.now(dt.UTC)
    number = next_number(uow, DocumentKind.RESUMPTION, on=now.date())
    resumption_id = uuid.uuid4()
    signature = sign_act(uow, actor, password=password, meaning=Meaning.RESUMED,
                         object_type="resumptions", object_id=resumption_id,
                         permission=Permission.RESUME, content={
                             "number": number, "suspension": str(susp.id),
                             "suspension_number": susp.number, "decided_at": now.isoformat(),
                             "corrective_actions": actions,
                             "repeat_test": str(repeat.id) if repeat else None})
    s.flush()
    s.add(Resumption(id=resumption_id, number=number, suspension_id=susp.id, decided_at=now,
                     corrective_actions=actions, repeat_test_id=repeat.id if repeat else None,
                     signature_id=signature.id))
    return uow.commit(resumption_id)


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


def get_suspension(uow: UnitOfWork, actor: Actor, *, suspension_id: uuid.UUID) -> SuspensionInfo:
    s = uow.begin(actor, Permission.READ, "suspension.get")
    return _info(s, _get(s, suspension_id))


def list_suspensions(uow: UnitOfWork, actor: Actor, *, active_only: bool = False
                     ) -> tuple[SuspensionInfo, ...]:
    """Suspensions, newest first (only those in force with ``active_only``)."""
    s = uow.begin(actor, Permission.READ, "suspension.list")
    q = select(Suspension).order_by(Suspension.effective_at.desc(), Suspension.number)
    if active_only:
        q = q.where(Suspension.id.not_in(select(Resumption.suspension_id)))
    return tuple(_info(s, x) for x in s.scalars(q))


# --- helpers other services (and the inspections' decide) call inside their own session ------

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
    existing = s.scalars(select(Suspension).where(
        Suspension.item_id == item.id, Suspension.ground == SuspensionGround.FAILED_TESTS,
        Suspension.scope == SuspensionScope.ITEM,
        Suspension.id.not_in(select(Resumption.suspension_id)))).first()
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
                           date=test.completed_on.isoformat() if test.completed_on else "",
                           summary=summary.rstrip("."), item=item.name,
                           since=since.isoformat() if since else "")
    return SuspensionProposal(
        ground=SuspensionGround.FAILED_TESTS, scope=SuspensionScope.ITEM,
        contract_id=item.contract_id, item_id=item.id, item_name=item.name,
        covers_made_since=since, reason=reason, test_id=test.id,
        covered_lots=_covered_lots(s, item, since))


def proposal_after_returns(session: Session, item_id: uuid.UUID) -> SuspensionProposal | None:
    """Proposal when the item's latest decisions were returns, threshold times in a row.

    Counted as :func:`milrep.services.inspections.consecutive_returns` counts them: the item's
    decided inspections, most recent first, across lots, until one that was not a return. Returns
    decided before a resumption decision of a suspension of this item are not counted again.
    Goods: ground "failed tests" (acceptance tests failed), scope the item. Works and services:
    ground "contract terms" (the work does not meet the contract's requirements; of the two
    grounds 27.4.9 allows this is the one that fits), scope the work.
    """
    s = session
    item = s.get(ControlListItem, item_id)
    if item is None:
        raise NotFound(translate("milrep", "The control-list item no longer exists."))
    threshold = s.scalar(select(ItemRequirements.return_threshold)
                         .where(ItemRequirements.item_id == item.id))
    threshold = DEFAULT_RETURN_THRESHOLD if threshold is None else threshold
    if threshold <= 0:
        return None
    resumed_at = s.scalar(select(Resumption.decided_at)
                          .join(Suspension, Suspension.id == Resumption.suspension_id)
                          .where(Suspension.item_id == item.id)
                          .order_by(Resumption.decided_at.desc()).limit(1))
    run: list[tuple[str, str]] = []  # (return notice number, lot number), most recent first
    rows = s.execute(
        select(Inspection.id, Inspection.verdict, Inspection.decided_at, Lot.number)
        .join(Presentation, Presentation.id == Inspection.presentation_id)
        .join(Lot, Lot.id == Presentation.lot_id)
        .where(Presentation.item_id == item.id, Inspection.status == InspectionStatus.DECIDED)
        .order_by(Inspection.decided_at.desc(), Inspection.id))
    for inspection_id, verdict, decided_at, lot_number in rows:
        if verdict != Verdict.RETURN:
            break
        if resumed_at is not None and decided_at is not None and decided_at <= resumed_at:
            break
        notice = s.scalar(select(ReturnNotice.number)
                          .where(ReturnNotice.inspection_id == inspection_id)) or "?"
        run.append((notice, lot_number))
    if len(run) < threshold:
        return None
    works = item.kind in WORKS
    ground = SuspensionGround.CONTRACT_TERMS if works else SuspensionGround.FAILED_TESTS
    scope = SuspensionScope.WORK if works else SuspensionScope.ITEM
    if _active(s, scope=scope, contract_id=item.contract_id, item_id=item.id, lot_id=None,
               ground=ground) is not None:
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
            if _repeat_test(s, susp, repeat_test_id) is None:
                repeat = s.get(ProductTest, repeat_test_id)
                missing.append(translate(
                    "milrep", "{repeat} is not a positive repeat of {test}").format(
                    repeat=describe_test(s, repeat) if repeat else "?",
                    test=describe_test(s, failed)))
        elif _repeat_test(s, susp, None) is None:
            missing.append(translate("milrep", "no positive repeat test of {test}")
                           .format(test=describe_test(s, failed)))
    return missing


# --- internals ------------------------------------------------------------------------------

def _resolve_scope(s: Session, f: SuspensionForm
                   ) -> tuple[Contract, ControlListItem | None, Lot | None]:
    item = lot = None
    if f.scope == SuspensionScope.LOT:
        lot = s.get(Lot, f.lot_id) if f.lot_id is not None else None
        if lot is None:
            raise ValidationError(translate("milrep", "Choose the lot to suspend."),
                                  field="lot_id")
        if f.item_id is not None and f.item_id != lot.item_id:
            item = s.get(ControlListItem, f.item_id)
            raise ValidationError(translate(
                "milrep", "Lot {lot} does not belong to \"{item}\".").format(
                lot=lot.number, item=item.name if item else "?"), field="lot_id")
        item = s.get(ControlListItem, lot.item_id)
    elif f.scope in (SuspensionScope.ITEM, SuspensionScope.WORK):
        if f.lot_id is not None:
            raise ValidationError(translate(
                "milrep", "A suspension of an item or a work names no lot: choose the scope "
                "\"Lot\" to suspend one lot."), field="lot_id")
        item = s.get(ControlListItem, f.item_id) if f.item_id is not None else None
        if item is None:
            raise ValidationError(translate("milrep", "Choose the control-list item."),
                                  field="item_id")
    elif f.item_id is not None or f.lot_id is not None:
        raise ValidationError(translate(
            "milrep", "A suspension of the whole contract names no item or lot."),
            field="scope")
    if item is not None:
        if f.scope == SuspensionScope.WORK and item.kind not in WORKS:
            raise ValidationError(translate(
                "milrep", "\"{item}\" is goods, not a military work or service: suspend its "
                "acceptance and shipment with the scope \"Control-list item\" (Article 27.4.8)."
                ).format(item=item.name), field="scope")
        if f.scope in (SuspensionScope.ITEM, SuspensionScope.LOT) and item.kind in WORKS:
            raise ValidationError(translate(
                "milrep", "\"{item}\" is a military work or service: suspend it with the scope "
                "\"Work or service\" (Article 27.4.9).").format(item=item.name), field="scope")
        if f.contract_id is not None and f.contract_id != item.contract_id:
            raise ValidationError(translate(
                "milrep", "\"{item}\" does not belong to the chosen contract.")
                .format(item=item.name), field="item_id")
        contract = s.get(Contract, item.contract_id)
    else:
        contract = s.get(Contract, f.contract_id) if f.contract_id is not None else None
    if contract is None:
        raise ValidationError(translate("milrep", "Choose the contract."), field="contract_id")
    if f.scope == SuspensionScope.WORK and f.ground not in WORK_GROUNDS:
        raise ValidationError(translate(
            "milrep", "A work or service is suspended only for unfulfilled contract terms or "
            "unimplemented quality decisions (Article 27.4.9), not for \"{ground}\".")
            .format(ground=ground_label(f.ground)), field="ground")
    return contract, item, lot


def _check_test(s: Session, f: SuspensionForm, contract: Contract,
                item: ControlListItem | None) -> None:
    if f.test_id is None:
        return
    if f.ground != SuspensionGround.FAILED_TESTS:
        raise ValidationError(translate(
            "milrep", "A test is named only in a suspension for failed tests."), field="test_id")
    test = s.get(ProductTest, f.test_id)
    if test is None:
        raise ValidationError(translate("milrep", "The test no longer exists."), field="test_id")
    test_item = s.get(ControlListItem, test.item_id)
    if (item is not None and test.item_id != item.id) or (
            test_item is None or test_item.contract_id != contract.id):
        raise ValidationError(translate(
            "milrep", "{test} is not a test of the suspended goods.")
            .format(test=describe_test(s, test)), field="test_id")
    if test.result != TestResult.NEGATIVE:
        raise ValidationError(translate(
            "milrep", "{test} is not negative: a suspension for failed tests names a negative "
            "test.").format(test=describe_test(s, test)), field="test_id")


def _repeat_test(s: Session, susp: Suspension, repeat_test_id: uuid.UUID | None
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
    if failed.kind == TestKind.PERIODIC:
        later = last_positive_periodic(s, failed.item_id)
        if later is not None and later.completed_on is not None and \
                later.completed_on >= susp.effective_at.date():
            candidates.append(later)
    if repeat_test_id is not None:
        chosen = s.get(ProductTest, repeat_test_id)
        ok = chosen is not None and chosen.result == TestResult.POSITIVE and (
            any(c.id == chosen.id for c in candidates)
            or _in_chain(s, chosen, failed.id)
            or (failed.kind == TestKind.PERIODIC and chosen.kind == TestKind.PERIODIC
                and chosen.item_id == failed.item_id and chosen.completed_on is not None
                and chosen.completed_on >= susp.effective_at.date()))
        return chosen if ok else None
    return candidates[0] if candidates else None


def _in_chain(s: Session, test: ProductTest, failed_id: uuid.UUID) -> bool:
    seen = set()
    cur: ProductTest | None = test
    while cur is not None and cur.repeat_of_id is not None and cur.id not in seen:
        if cur.repeat_of_id == failed_id:
            return True
        seen.add(cur.id)
        cur = s.get(ProductTest, cur.repeat_of_id)
    return False


def _scope_nonconformities(susp: Suspension):  # type: ignore[no-untyped-def]
    q = select(Nonconformity)
    if susp.scope == SuspensionScope.CONTRACT:
        return q.join(ControlListItem, ControlListItem.id == Nonconformity.item_id).where(
            ControlListItem.contract_id == susp.contract_id)
    if susp.scope == SuspensionScope.LOT:
        return q.where(Nonconformity.lot_id == susp.lot_id)
    return q.where(Nonconformity.item_id == susp.item_id)


def _active(s: Session, *, scope: SuspensionScope, contract_id: uuid.UUID,
            item_id: uuid.UUID | None, lot_id: uuid.UUID | None,
            ground: SuspensionGround) -> Suspension | None:
    return s.scalars(select(Suspension).where(
        Suspension.scope == scope, Suspension.contract_id == contract_id,
        Suspension.item_id.is_(None) if item_id is None else Suspension.item_id == item_id,
        Suspension.lot_id.is_(None) if lot_id is None else Suspension.lot_id == lot_id,
        Suspension.ground == ground,
        Suspension.id.not_in(select(Resumption.suspension_id)))).first()


def _covered_lots(s: Session, item: ControlListItem, since: dt.date | None) -> tuple[str, ...]:
    terms = SuspensionTerms(id=uuid.uuid4(), number="", scope=SuspensionScope.ITEM,
                            contract_id=item.contract_id, item_id=item.id, lot_id=None,
                            covers_made_since=since, resumed=False)
    return tuple(lot.number for lot in s.scalars(select(Lot).where(Lot.item_id == item.id)
                                                  .order_by(Lot.number))
                 if covers(terms, LotFacts(item.contract_id, item.id, lot.id,
                                           lot.manufactured_on)))


def _target(contract: Contract, item: ControlListItem | None, lot: Lot | None) -> str:
    if lot is not None and item is not None:
        return translate("milrep", "lot {lot} of \"{item}\"").format(lot=lot.number,
                                                                    item=item.name)
    if item is not None:
        return translate("milrep", "\"{item}\"").format(item=item.name)
    return translate("milrep", "contract {number}").format(number=contract.number)


def _get(s: Session, suspension_id: uuid.UUID) -> Suspension:
    susp = s.get(Suspension, suspension_id)
    if susp is None:
        raise NotFound(translate("milrep", "The suspension no longer exists."))
    return susp


def _info(s: Session, x: Suspension) -> SuspensionInfo:
    contract = s.get(Contract, x.contract_id)
    item = s.get(ControlListItem, x.item_id) if x.item_id else None
    lot = s.get(Lot, x.lot_id) if x.lot_id else None
    sig = s.get(SignatureRecord, x.signature_id)
    signer = s.get(User, sig.user_id) if sig is not None else None
    r = s.scalars(select(Resumption).where(Resumption.suspension_id == x.id)).first()
    return SuspensionInfo(
        id=x.id, number=x.number, ground=x.ground, scope=x.scope, contract_id=x.contract_id,
        contract_number=contract.number if contract else "", item_id=x.item_id,
        item_name=item.name if item else "", lot_id=x.lot_id, lot_number=lot.number if lot else "",
        covers_made_since=x.covers_made_since, effective_at=x.effective_at, reason=x.reason,
        test_id=x.test_id, signed_by=signer.full_name if signer else "",
        resumption_id=r.id if r else None, resumption_number=r.number if r else "",
        resumed_at=r.decided_at if r else None,
        corrective_actions=r.corrective_actions if r else "",
        repeat_test_id=r.repeat_test_id if r else None)
