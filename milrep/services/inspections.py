"""Inspections and acceptance tests of a presentation: opened with a frozen copy of the item's
requirements and sampling plan (:mod:`milrep.services.inspection_plans`), filled with results
(:mod:`milrep.services.measurements`, :func:`record_completeness`, :func:`add_attachment`),
shown as a grid (:mod:`milrep.services.inspection_grid`), then decided with a signing act
(:mod:`milrep.services.inspection_decisions`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Mapping

from sqlalchemy import select

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import (Attachment, CompletenessCheck, Inspection, InspectionKind,
                                      InspectionRequirement, InspectionStatus, PresentationStatus,
                                      Verdict)
from milrep.models.control_list import ItemKind
from milrep.models.products import Lot
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.inspection_plans import resolve_plan
from milrep.services.inspection_rows import inspection_row, last_return_notice, open_inspection_row
from milrep.services.item_rows import item_row
from milrep.services.presentations import get_presentation_row
from milrep.services.requirements import load_requirements
from milrep.services.tech_documents import requirement_references

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

KINDS_FOR_ITEM: dict[ItemKind, frozenset[InspectionKind]] = {
    ItemKind.MILITARY_GOODS: frozenset({InspectionKind.ACCEPTANCE_TEST, InspectionKind.INSPECTION}),
    ItemKind.DUAL_USE_GOODS: frozenset({InspectionKind.ACCEPTANCE_TEST, InspectionKind.INSPECTION}),
    ItemKind.MILITARY_WORK: frozenset({InspectionKind.WORK_STAGE}),
    ItemKind.MILITARY_SERVICE: frozenset({InspectionKind.SERVICE_ACT}),
}


def kind_label(kind: InspectionKind) -> str:
    return {
        InspectionKind.ACCEPTANCE_TEST: translate("milrep", "Acceptance test"),
        InspectionKind.INSPECTION: translate("milrep", "Inspection"),
        InspectionKind.WORK_STAGE: translate("milrep", "Work stage inspection"),
        InspectionKind.SERVICE_ACT: translate("milrep", "Service act inspection"),
    }[kind]


def verdict_label(verdict: Verdict) -> str:
    return {
        Verdict.ACCEPT: translate("milrep", "Accept"),
        Verdict.PARTIAL: translate("milrep", "Accept in part"),
        Verdict.RETURN: translate("milrep", "Return"),
    }[verdict]


# --- services ---------------------------------------------------------------------------------

def open_inspection(uow: UnitOfWork, actor: Actor, *, presentation_id: uuid.UUID,
                    kind: InspectionKind, retest_only: bool = False) -> Changes:
    """Start the inspection of a presentation: copy the item's requirements and completeness list
    onto it and resolve the sampling plan (re-test: only what the last return notice failed)."""
    s = uow.begin(actor, Permission.INSPECT, "inspection.open")
    p = get_presentation_row(s, presentation_id)
    if p.status is not PresentationStatus.PRESENTED:
        raise RuleViolation(translate(
            "milrep", "Notice {number} is not awaiting inspection: an inspection can only be "
                      "opened once.").format(number=p.number))
    item = item_row(s, p.item_id)
    if kind not in KINDS_FOR_ITEM[item.kind]:
        raise ValidationError(translate(
            "milrep", "\"{kind}\" does not fit \"{item}\"; choose: {allowed}.").format(
                kind=kind_label(kind), item=item.name,
                allowed=", ".join(kind_label(k) for k in sorted(KINDS_FOR_ITEM[item.kind]))),
            field="kind")
    current = load_requirements(s, item.id)  # the item's requirements as they are now
    characteristics, entries = list(current.characteristics), list(current.completeness)
    if retest_only:
        notice = last_return_notice(s, p.lot_id)
        failed = set(json.loads(notice.failed_requirements)) if notice is not None else set()
        if p.attempt == 1 or notice is None:
            lot = s.get(Lot, p.lot_id)
            raise ValidationError(translate(
                "milrep", "Lot {lot} has not been returned before: only a presentation after a "
                          "return re-tests the failed characteristics alone.")
                .format(lot=lot.number if lot else ""), field="retest_only")
        characteristics = [c for c in characteristics if str(c.id) in failed]
        if not characteristics:
            raise ValidationError(translate(
                "milrep", "Return notice {number} lists no characteristic to re-test: open a full "
                          "inspection.").format(number=notice.number), field="retest_only")
    if not characteristics:
        raise RuleViolation(translate(
            "milrep", "\"{item}\" has no characteristics to check: enter its requirements first.")
            .format(item=item.name))
    plan = resolve_plan(current, p.quantity, item_name=item.name)
    insp = Inspection(id=uuid.uuid4(), presentation_id=p.id, kind=kind,
                      opened_at=dt.datetime.now(dt.UTC), opened_by=actor.user_id,
                      plan=json.dumps(plan, sort_keys=True, ensure_ascii=False),
                      sample_size=plan["sample_size"], retest_only=retest_only,
                      status=InspectionStatus.OPEN)
    s.add(insp)
    s.flush()
    links = requirement_references(s, [c.id for c in characteristics])
    for pos, c in enumerate(characteristics):
        link = links.get(c.id)
        s.add(InspectionRequirement(
            id=uuid.uuid4(), inspection_id=insp.id, characteristic_id=c.id, position=pos,
            name=c.name, kind=c.kind, nominal=c.nominal, lower_limit=c.lower_limit,
            upper_limit=c.upper_limit, unit=c.unit, allowed_answers=c.allowed_answers,
            method=c.method, reference=c.reference, severity=c.severity,
            document=link.designation if link else "",
            document_revision=link.revision if link else "",
            document_clause=link.clause if link else ""))
    for pos, e in enumerate(entries):
        s.add(CompletenessCheck(id=uuid.uuid4(), inspection_id=insp.id, position=pos, name=e.name,
                                expected_quantity=e.quantity, unit=e.unit))
    p.status = PresentationStatus.IN_INSPECTION
    return uow.commit(insp.id)


def record_completeness(uow: UnitOfWork, actor: Actor, *, inspection_id: uuid.UUID,
                        found: Mapping[uuid.UUID, int]) -> Changes:
    """The quantities found on the presented set, per completeness line."""
    s = uow.begin(actor, Permission.INSPECT, "inspection.completeness")
    insp = open_inspection_row(s, inspection_id)
    lines = {c.id: c for c in s.scalars(select(CompletenessCheck)
                                        .where(CompletenessCheck.inspection_id == insp.id))}
    for check_id, qty in found.items():
        line = lines.get(check_id)
        if line is None:
            raise ValidationError(translate("milrep", "That completeness line is not part of this "
                                            "inspection."), field="found")
        if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
            raise ValidationError(translate("milrep", "{name}: the quantity found must be a whole "
                                            "number, zero or more.").format(name=line.name),
                                  field="found")
    for check_id, qty in found.items():
        lines[check_id].found_quantity = qty
    return uow.commit(insp.id)


def add_attachment(uow: UnitOfWork, actor: Actor, *, inspection_id: uuid.UUID, filename: str,
                   media_type: str, content: bytes) -> Changes:
    """A photo or scan kept with the inspection, inside the encrypted database (at most 20 MB)."""
    s = uow.begin(actor, Permission.INSPECT, "inspection.attach")
    insp = inspection_row(s, inspection_id)
    name = validate.required(filename, "filename", translate("milrep", "File name"))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    media = (media_type or "").strip().lower()
    if media.count("/") != 1 or not all(media.split("/")):
        raise ValidationError(translate("milrep", "\"{media}\" is not a media type such as "
                                        "image/jpeg.").format(media=media_type), field="media_type")
    if not isinstance(content, bytes | bytearray) or not content:
        raise ValidationError(translate("milrep", "The file {name} is empty.").format(name=name),
                              field="content")
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(translate("milrep", "The file {name} is larger than 20 MB.")
                              .format(name=name), field="content")
    data = bytes(content)
    a = Attachment(id=uuid.uuid4(), owner_type="inspections", owner_id=insp.id, filename=name,
                   media_type=media, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                   content=data, added_at=dt.datetime.now(dt.UTC), added_by=actor.user_id)
    s.add(a)
    return uow.commit(a.id)
