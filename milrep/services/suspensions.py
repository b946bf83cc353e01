"""Suspension of acceptance and shipment (Article 27.4.8) or of a work or service (27.4.9), and the
head of office's resumption decision.

A suspension is a signed, numbered, immutable document. It names exactly one of the law's grounds
and one scope: a contract, a control-list item, a lot, or a work/service (an item of that kind).
While no resumption names it, :func:`milrep.services.gates.ensure_not_suspended` refuses
acceptance, shipment and certification in its scope.

The application *proposes* a suspension after a negative test or after repeated returns
(:mod:`milrep.services.suspension_proposals`); a proposal stores nothing and becomes a suspension
only when an officer signs it with :func:`suspend`.

Resumption (:func:`resume`, head of office only) requires the corrective actions, described, and
the conditions of :mod:`milrep.services.resumption_conditions`.
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
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot
from milrep.models.quality import (ProductTest, Resumption, Suspension, SuspensionGround,
                                   SuspensionScope, TestResult)
from milrep.models.users import SignatureRecord, User
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.product_tests import describe_test
from milrep.services.resumption_conditions import repeat_test, resumption_blockers
from milrep.services.signing import Meaning, sign_act

WORKS = frozenset({ItemKind.MILITARY_WORK, ItemKind.MILITARY_SERVICE})
# Article 27.4.9 lists only these two grounds for works and services.
WORK_GROUNDS = frozenset({SuspensionGround.CONTRACT_TERMS, SuspensionGround.QUALITY_DECISIONS})


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
    duplicate = active_suspension(s, scope=form.scope, contract_id=contract.id,
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
    repeat = repeat_test(s, susp, repeat_test_id)
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


def active_suspension(s: Session, *, scope: SuspensionScope, contract_id: uuid.UUID,
                      item_id: uuid.UUID | None, lot_id: uuid.UUID | None,
                      ground: SuspensionGround) -> Suspension | None:
    """The suspension in force with exactly this scope, target and ground (None: there is none)."""
    return s.scalars(select(Suspension).where(
        Suspension.scope == scope, Suspension.contract_id == contract_id,
        Suspension.item_id.is_(None) if item_id is None else Suspension.item_id == item_id,
        Suspension.lot_id.is_(None) if lot_id is None else Suspension.lot_id == lot_id,
        Suspension.ground == ground,
        Suspension.id.not_in(select(Resumption.suspension_id)))).first()


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
