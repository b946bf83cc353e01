"""A reclamation whose defect is also in goods in production grounds a suspension of acceptance
and shipment (Article 27.4.8). The application proposes it with the existing proposal mechanism
(:class:`milrep.services.suspension_proposals.SuspensionProposal`); the officer checks and signs
it (:func:`milrep.services.suspensions.suspend`), and the reclamation records which one.

:func:`suspend_for_reclamation` signs and links in two transactions (the suspension service
commits its own): if the link could not be written, the proposal then finds the suspension in
force and :func:`link_suspension` links it instead of proposing a second one.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import RuleViolation, ValidationError
from milrep.i18n import format_date, translate
from milrep.models.control_list import ControlListItem
from milrep.models.quality import Resumption, Suspension, SuspensionGround, SuspensionScope
from milrep.models.reclamations import Reclamation, ReclamationStatus
from milrep.rules.reclamation import evaluate
from milrep.services.auth import Actor, Permission
from milrep.services.reclamations import findings_of, get_row, is_goods
from milrep.services.suspension_proposals import SuspensionProposal, _covered_lots
from milrep.services.suspensions import SuspensionForm, active_suspension, suspend


def propose_suspension(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID
                       ) -> SuspensionProposal:
    """The suspension the reclamation's findings call for (nothing is stored)."""
    s = uow.begin(actor, Permission.READ, "reclamation.propose_suspension")
    rec = get_row(s, reclamation_id)
    item = _check_grounds(s, rec)
    reason = translate(
        "milrep", "Reclamation {number}: the defect found in service (\"{defect}\") is also in "
        "goods in production, per the joint commission's findings of {date}. Acceptance and "
        "shipment of \"{item}\" are suspended until the cause is removed (Article 27.4.8)."
        ).format(number=rec.number, defect=rec.defect_description.rstrip("."),
                 date=format_date(rec.findings_on) if rec.findings_on else "", item=item.name)
    return SuspensionProposal(
        ground=SuspensionGround.IN_SERVICE_DEFECTS, scope=SuspensionScope.ITEM,
        contract_id=item.contract_id, item_id=item.id, item_name=item.name,
        covers_made_since=None, reason=reason, covered_lots=_covered_lots(s, item, None))


def suspension_to_link(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID
                       ) -> tuple[uuid.UUID, str] | None:
    """The suspension in force of the reclamation's item for defects found in service, when the
    reclamation calls for one and is not linked yet: (id, number); None otherwise."""
    s = uow.begin(actor, Permission.READ, "reclamation.suspension_to_link")
    rec = get_row(s, reclamation_id)
    if rec.suspension_id is not None or rec.contractor_at_fault is None:
        return None
    existing = active_suspension(s, scope=SuspensionScope.ITEM, contract_id=rec.contract_id,
                                 item_id=rec.item_id, lot_id=None,
                                 ground=SuspensionGround.IN_SERVICE_DEFECTS)
    return (existing.id, existing.number) if existing is not None else None


def suspend_for_reclamation(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID,
                            form: SuspensionForm, password: str) -> Changes:
    """Sign the suspension (same checks as any suspension) and link it to the reclamation."""
    s = uow.begin(actor, Permission.SUSPEND, "reclamation.suspend")
    rec = get_row(s, reclamation_id)
    item = _check_grounds(s, rec)
    if form.ground != SuspensionGround.IN_SERVICE_DEFECTS or form.item_id != item.id:
        raise ValidationError(translate(
            "milrep", "A suspension for this reclamation names the ground \"defects found in "
            "service\" and the item \"{item}\".").format(item=item.name), field="ground")
    changes = suspend(uow, actor, form=form, password=password)
    assert changes.id is not None
    return link_suspension(uow, actor, reclamation_id=rec.id, suspension_id=changes.id,
                           _also=changes.tables)


def link_suspension(uow: UnitOfWork, actor: Actor, *, reclamation_id: uuid.UUID,
                    suspension_id: uuid.UUID, _also: frozenset[str] = frozenset()) -> Changes:
    """Record that a suspension in force on the ground of 27.4.8 answers this reclamation."""
    s = uow.begin(actor, Permission.SUSPEND, "reclamation.link_suspension")
    rec = get_row(s, reclamation_id)
    if rec.suspension_id is not None:
        raise RuleViolation(translate("milrep", "Reclamation {number} is already linked to a "
                                      "suspension.").format(number=rec.number))
    susp = s.get(Suspension, suspension_id)
    if (susp is None or susp.ground != SuspensionGround.IN_SERVICE_DEFECTS
            or susp.item_id != rec.item_id
            or s.scalar(select(Resumption.id).where(Resumption.suspension_id == susp.id))):
        raise ValidationError(translate(
            "milrep", "Link a suspension in force of the same item on the ground \"defects "
            "found in service\"."), field="suspension_id")
    rec.suspension_id = susp.id
    changes = uow.commit(rec.id)
    return type(changes)(tables=changes.tables | _also, id=changes.id)


def _check_grounds(s: Session, rec: Reclamation) -> ControlListItem:
    if rec.contractor_at_fault is None:
        raise RuleViolation(translate(
            "milrep", "Reclamation {number}: record the commission's findings first; they say "
            "whether goods in production have the same defect.").format(number=rec.number))
    if rec.status == ReclamationStatus.CLOSED:
        raise RuleViolation(translate("milrep", "Reclamation {number} is closed.")
                            .format(number=rec.number))
    if not evaluate(findings_of(rec), goods=is_goods(s, rec)).suspension_ground:
        raise RuleViolation(translate(
            "milrep", "Reclamation {number}: the findings do not say that goods in production "
            "have the same defect, so Article 27.4.8 gives no ground to suspend.")
            .format(number=rec.number))
    if rec.suspension_id is not None:
        raise RuleViolation(translate("milrep", "Reclamation {number} is already linked to a "
                                      "suspension.").format(number=rec.number))
    item = s.get(ControlListItem, rec.item_id)
    assert item is not None
    existing = active_suspension(s, scope=SuspensionScope.ITEM, contract_id=item.contract_id,
                                 item_id=item.id, lot_id=None,
                                 ground=SuspensionGround.IN_SERVICE_DEFECTS)
    if existing is not None:
        raise RuleViolation(translate(
            "milrep", "Suspension {suspension} of \"{item}\" for defects found in service is "
            "already in force: link it to the reclamation instead.").format(
            suspension=existing.number, item=item.name))
    return item
