"""Inspections and acceptance tests of a presentation: opened with a frozen copy of the item's
requirements and sampling plan, filled with results (:mod:`milrep.services.measurements`), then
decided with a signing act — accepted (whole or part) or returned.

The plan resolved at opening is stored as JSON on the inspection and never recomputed::

    {"mode": "all" | "fixed" | "iso2859", "quantity": 10, "sample_size": 10, "inspect_all": true,
     "classes": {"critical": {"n": 10, "ac": null, "re": null}, "major": {...}, "minor": {...}},
     "iso": {"level": "II", "severity": "normal",
             "major": {"aql": "1.0", "code_letter": "B", "table_letter": "B"}, "minor": {...}}}

``ac``/``re`` ``null`` means every unit is judged on its own (100 % inspection: the conforming
units can be accepted and the others rejected). A fixed sample smaller than the lot accepts on
zero nonconforming units (Ac 0, Re 1). ISO 2859-1 plans are resolved per class (AQL of major and
of minor nonconformities) with the item's current switching severity; critical nonconformities
are never tolerated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import (AcceptanceRecord, Attachment, CompletenessCheck, Inspection,
                                      InspectionKind, InspectionRequirement, InspectionStatus,
                                      Measurement, Presentation, PresentationStatus, ReturnNotice,
                                      Verdict)
from milrep.models.contracts import ContractStage
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.products import Lot
from milrep.models.quality import Resumption, Suspension
from milrep.models.requirements import (ItemRequirements, MeasuringInstrument, SamplingMode,
                                        Severity)
from milrep.rules import verdict as rules
from milrep.services import gates, validate
from milrep.services.auth import Actor, Permission
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.presentations import get_presentation_row, presented_serials
from milrep.services.requirements import ItemRequirementsView, load_requirements
from milrep.services.signing import Meaning, sign_act

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


# --- results and views ------------------------------------------------------------------------

@dataclass(frozen=True)
class DecisionResult:
    """What :func:`decide` did: the document issued and whether a suspension is proposed."""

    changes: Changes
    document_number: str
    suspension_proposed: bool = False
    proposal_reason: str = ""


@dataclass(frozen=True)
class GridRequirement:
    id: uuid.UUID
    characteristic_id: uuid.UUID | None
    name: str
    kind: str
    severity: Severity
    nominal: Decimal | None
    lower_limit: Decimal | None
    upper_limit: Decimal | None
    unit: str
    allowed_answers: tuple[str, ...]
    method: str
    reference: str
    samples: int  # this requirement is checked on samples 1 … samples


@dataclass(frozen=True)
class GridCell:
    requirement_id: uuid.UUID
    sample_no: int
    serial: str
    value: Decimal | None
    answer: str
    conforms: bool
    instrument_id: uuid.UUID | None
    instrument: str  # "name (serial)"


@dataclass(frozen=True)
class GridCompleteness:
    id: uuid.UUID
    name: str
    expected: int
    found: int | None
    unit: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime


@dataclass(frozen=True)
class InspectionGrid:
    """Requirements × samples with what was recorded, the plan and the verdict as it stands."""

    inspection_id: uuid.UUID
    presentation_id: uuid.UUID
    presentation_number: str
    item_name: str
    lot_number: str
    attempt: int
    kind: InspectionKind
    status: InspectionStatus
    retest_only: bool
    plan: Mapping[str, Any]
    sample_size: int
    requirements: tuple[GridRequirement, ...]
    samples: tuple[tuple[int, str], ...]  # (sample number, serial as recorded so far)
    cells: tuple[GridCell, ...]
    completeness: tuple[GridCompleteness, ...]
    attachments: tuple[AttachmentInfo, ...]
    verdict: rules.VerdictResult  # computed from the rules now
    decided: Verdict | None  # what the representative decided, once signed
    decided_reason: str

    def cell(self, requirement_id: uuid.UUID, sample_no: int) -> GridCell | None:
        for c in self.cells:
            if c.requirement_id == requirement_id and c.sample_no == sample_no:
                return c
        return None


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
    item = _item(s, p.item_id)
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
    for pos, c in enumerate(characteristics):
        s.add(InspectionRequirement(
            id=uuid.uuid4(), inspection_id=insp.id, characteristic_id=c.id, position=pos,
            name=c.name, kind=c.kind, nominal=c.nominal, lower_limit=c.lower_limit,
            upper_limit=c.upper_limit, unit=c.unit, allowed_answers=c.allowed_answers,
            method=c.method, reference=c.reference, severity=c.severity))
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


def decide(uow: UnitOfWork, actor: Actor, *, inspection_id: uuid.UUID, verdict: Verdict,
           password: str, accepted_quantity: int | None = None,
           rejected_quantity: int | None = None, accepted_serials: list[str] | None = None,
           rejected_serials: list[str] | None = None, reason: str = "",
           decided_on: dt.date | None = None) -> DecisionResult:
    """Accept (whole or part) or return, signed with the password.

    Acceptance passes the suspension gate and needs a verdict of the rules that allows it; a
    return needs a reason when the rules do not return the lot themselves."""
    s = uow.begin(actor, Permission.DECIDE, "inspection.decide")
    insp = open_inspection_row(s, inspection_id)
    p = get_presentation_row(s, insp.presentation_id)
    item = _item(s, p.item_id)
    lot = s.get(Lot, p.lot_id)
    assert lot is not None
    on = decided_on or dt.datetime.now(dt.UTC).date()
    now = dt.datetime.now(dt.UTC)
    computed = evaluate_inspection(s, insp)
    reason = (reason or "").strip()

    if verdict in (Verdict.ACCEPT, Verdict.PARTIAL):
        gates.ensure_not_suspended(s, item_id=item.id, lot_id=lot.id,
                                   action=translate("milrep", "Acceptance"))
        if computed.verdict is None:
            raise RuleViolation(translate("milrep", "The lot cannot be accepted yet. {reason}")
                                .format(reason=computed.reason))
        if computed.verdict is Verdict.RETURN:
            raise RuleViolation(translate("milrep", "The rules return this lot: {reason} It "
                                          "cannot be accepted.").format(reason=computed.reason))
        acc_q, rej_q, acc_s, rej_s = _split(s, p, verdict, computed, accepted_quantity,
                                           rejected_quantity, accepted_serials, rejected_serials)
        deadline = _deadline(s, item, p.presented_on)
        record = AcceptanceRecord(
            id=uuid.uuid4(), number=next_number(uow, DocumentKind.ACCEPTANCE_RECORD, on=on),
            inspection_id=insp.id, presentation_id=p.id, item_id=item.id, lot_id=lot.id,
            accepted_quantity=acc_q, rejected_quantity=rej_q, accepted_serials="\n".join(acc_s),
            rejected_serials="\n".join(rej_s), accepted_on=on, deadline=deadline,
            late=deadline is not None and on > deadline)
        sig = sign_act(uow, actor, password=password, meaning=Meaning.ACCEPTED,
                       object_type="acceptance_records", object_id=record.id,
                       permission=Permission.DECIDE,
                       content={"number": record.number, "inspection_id": str(insp.id),
                                "item": item.name, "lot": lot.number, "accepted": acc_q,
                                "rejected": rej_q, "accepted_serials": acc_s,
                                "rejected_serials": rej_s, "accepted_on": on.isoformat()})
        s.flush()  # the signature row first: the document and the inspection refer to it
        record.signature_id = sig.id
        s.add(record)
        p.status = (PresentationStatus.ACCEPTED if rej_q == 0
                    else PresentationStatus.PARTIALLY_ACCEPTED)
        decided, number, doc_id = ((Verdict.ACCEPT if rej_q == 0 else Verdict.PARTIAL),
                                   record.number, record.id)
    elif verdict is Verdict.RETURN:
        if computed.verdict is not Verdict.RETURN and not reason:
            raise ValidationError(translate(
                "milrep", "The rules do not return this lot ({computed}). Give the reason for "
                          "returning it.").format(computed=computed.reason), field="reason")
        if any(x is not None for x in (accepted_quantity, rejected_quantity, accepted_serials,
                                       rejected_serials)):
            raise ValidationError(translate("milrep", "A return sends back the whole "
                                            "presentation: give no accepted or rejected units."),
                                  field="accepted_quantity")
        notice = ReturnNotice(
            id=uuid.uuid4(), number=next_number(uow, DocumentKind.RETURN_NOTICE, on=on),
            presentation_id=p.id, inspection_id=insp.id, issued_on=on,
            defects=json.dumps([d.as_json() for d in computed.defects], ensure_ascii=False),
            failed_requirements=json.dumps([str(c) for c in computed.failed_characteristics]))
        sig = sign_act(uow, actor, password=password, meaning=Meaning.RETURNED,
                       object_type="return_notices", object_id=notice.id,
                       permission=Permission.DECIDE,
                       content={"number": notice.number, "inspection_id": str(insp.id),
                                "item": item.name, "lot": lot.number, "attempt": p.attempt,
                                "defects": json.loads(notice.defects), "reason": reason,
                                "issued_on": on.isoformat()})
        s.flush()  # the signature row first: the document and the inspection refer to it
        notice.signature_id = sig.id
        s.add(notice)
        p.status = PresentationStatus.RETURNED
        decided, number, doc_id = Verdict.RETURN, notice.number, notice.id
    else:  # pragma: no cover - the enum has three members
        raise ValidationError(translate("milrep", "Choose accept, accept in part or return."),
                              field="verdict")

    insp.status = InspectionStatus.DECIDED
    insp.verdict = decided
    insp.verdict_reason = reason or computed.reason
    insp.decided_at = now
    insp.decided_by = actor.user_id
    insp.signature_id = sig.id
    if p.attempt == 1:
        _advance_switching(s, item.id, insp, decided, computed)
    s.flush()
    proposal = suspension_proposal(s, item.id, lot_id=lot.id) if decided is Verdict.RETURN else ""
    changes = uow.commit(doc_id)
    return DecisionResult(changes=changes, document_number=number,
                          suspension_proposed=bool(proposal), proposal_reason=proposal)


def inspection_grid(uow: UnitOfWork, actor: Actor, *, inspection_id: uuid.UUID) -> InspectionGrid:
    """The measurement grid of an inspection for the screen (and the protocol later)."""
    s = uow.begin(actor, Permission.READ, "inspection.grid")
    insp = inspection_row(s, inspection_id)
    p = get_presentation_row(s, insp.presentation_id)
    item = _item(s, p.item_id)
    lot = s.get(Lot, p.lot_id)
    plan = json.loads(insp.plan)
    facts = plan_facts(plan)
    reqs = requirements_of(s, insp.id)
    instruments = {i.id: f"{i.name} ({i.serial})" for i in s.scalars(
        select(MeasuringInstrument).where(MeasuringInstrument.id.in_(
            select(Measurement.instrument_id).where(Measurement.inspection_id == insp.id))))}
    ms = list(s.scalars(select(Measurement).where(Measurement.inspection_id == insp.id)
                        .order_by(Measurement.sample_no)))
    serial_of: dict[int, str] = {}
    for m in ms:
        if m.serial:
            serial_of.setdefault(m.sample_no, m.serial)
    checks = list(s.scalars(select(CompletenessCheck).where(
        CompletenessCheck.inspection_id == insp.id).order_by(CompletenessCheck.position)))
    attachments = tuple(AttachmentInfo(a.id, a.filename, a.media_type, a.size, a.sha256,
                                       a.added_at) for a in s.scalars(
        select(Attachment).where(Attachment.owner_type == "inspections",
                                 Attachment.owner_id == insp.id).order_by(Attachment.added_at)))
    return InspectionGrid(
        inspection_id=insp.id, presentation_id=p.id, presentation_number=p.number,
        item_name=item.name, lot_number=lot.number if lot else "", attempt=p.attempt,
        kind=insp.kind, status=insp.status, retest_only=insp.retest_only, plan=plan,
        sample_size=insp.sample_size,
        requirements=tuple(GridRequirement(
            id=r.id, characteristic_id=r.characteristic_id, name=r.name, kind=r.kind.value,
            severity=r.severity, nominal=r.nominal, lower_limit=r.lower_limit,
            upper_limit=r.upper_limit, unit=r.unit,
            allowed_answers=rules.parse_answers(r.allowed_answers), method=r.method,
            reference=r.reference, samples=facts.n_for(r.severity)) for r in reqs),
        samples=tuple((n, serial_of.get(n, "")) for n in range(1, insp.sample_size + 1)),
        cells=tuple(GridCell(m.requirement_id, m.sample_no, m.serial, m.value, m.answer,
                             m.conforms, m.instrument_id,
                             instruments.get(m.instrument_id, "") if m.instrument_id else "")
                    for m in ms),
        completeness=tuple(GridCompleteness(c.id, c.name, c.expected_quantity, c.found_quantity,
                                            c.unit) for c in checks),
        attachments=attachments, verdict=evaluate_inspection(s, insp), decided=insp.verdict,
        decided_reason=insp.verdict_reason if insp.status is InspectionStatus.DECIDED else "")


# --- helpers other services use (session level) -----------------------------------------------

def inspection_row(s: Session, inspection_id: uuid.UUID) -> Inspection:
    insp = s.get(Inspection, inspection_id)
    if insp is None:
        raise NotFound(translate("milrep", "The inspection no longer exists."))
    return insp


def open_inspection_row(s: Session, inspection_id: uuid.UUID) -> Inspection:
    """The inspection, refused once decided (its results and decision are then final)."""
    insp = inspection_row(s, inspection_id)
    if insp.status is InspectionStatus.DECIDED:
        p = s.get(Presentation, insp.presentation_id)
        raise RuleViolation(translate(
            "milrep", "The inspection of notice {number} is already decided: its results and "
                      "decision can no longer change.").format(number=p.number if p else "?"))
    return insp


def requirements_of(s: Session, inspection_id: uuid.UUID) -> list[InspectionRequirement]:
    return list(s.scalars(select(InspectionRequirement)
                          .where(InspectionRequirement.inspection_id == inspection_id)
                          .order_by(InspectionRequirement.position)))


def requirement_facts(r: InspectionRequirement) -> rules.RequirementFacts:
    return rules.RequirementFacts(
        id=r.id, name=r.name, kind=r.kind, severity=r.severity, lower_limit=r.lower_limit,
        upper_limit=r.upper_limit, allowed_answers=rules.parse_answers(r.allowed_answers),
        unit=r.unit, characteristic_id=r.characteristic_id)


def plan_facts(plan: Mapping[str, Any]) -> rules.PlanFacts:
    return rules.PlanFacts(quantity=int(plan["quantity"]), classes={
        Severity(k): rules.ClassPlan(n=int(v["n"]), ac=v["ac"], re=v["re"])
        for k, v in plan["classes"].items()})


def evaluate_inspection(s: Session, insp: Inspection) -> rules.VerdictResult:
    """The verdict the rules give now, from the inspection's copied requirements and results."""
    reqs = [requirement_facts(r) for r in requirements_of(s, insp.id)]
    results = [rules.ResultFacts(requirement_id=m.requirement_id, sample_no=m.sample_no,
                                 conforms=m.conforms, serial=m.serial, value=m.value,
                                 answer=m.answer)
               for m in s.scalars(select(Measurement).where(Measurement.inspection_id == insp.id))]
    checks = [rules.CompletenessFacts(c.name, c.expected_quantity, c.found_quantity, c.unit)
              for c in s.scalars(select(CompletenessCheck)
                                 .where(CompletenessCheck.inspection_id == insp.id)
                                 .order_by(CompletenessCheck.position))]
    return rules.evaluate(reqs, results, plan_facts(json.loads(insp.plan)), checks)


def last_return_notice(s: Session, lot_id: uuid.UUID) -> ReturnNotice | None:
    return s.scalars(select(ReturnNotice).join(Presentation,
                                               Presentation.id == ReturnNotice.presentation_id)
                     .where(Presentation.lot_id == lot_id)
                     .order_by(Presentation.attempt.desc())).first()


def consecutive_returns(s: Session, item_id: uuid.UUID) -> int:
    """How many of the item's latest decisions (across lots, most recent first) were returns.

    Returns decided before the latest resumption of a suspension of the item are not counted
    again: the run starts afresh after a resumption."""
    resumed_at = s.scalar(select(Resumption.decided_at)
                          .join(Suspension, Suspension.id == Resumption.suspension_id)
                          .where(Suspension.item_id == item_id)
                          .order_by(Resumption.decided_at.desc()).limit(1))
    n = 0
    for verdict, decided_at in s.execute(
            select(Inspection.verdict, Inspection.decided_at)
            .join(Presentation, Presentation.id == Inspection.presentation_id)
            .where(Presentation.item_id == item_id, Inspection.status == InspectionStatus.DECIDED)
            .order_by(Inspection.decided_at.desc(), Inspection.id)):
        if verdict is not Verdict.RETURN or (resumed_at is not None and decided_at is not None
                                             and decided_at <= resumed_at):
            break
        n += 1
    return n


def suspension_proposal(s: Session, item_id: uuid.UUID, *, lot_id: uuid.UUID | None = None
                        ) -> str:
    """The reason to propose a suspension after repeated returns, or "" (none proposed, or a
    suspension already covers the goods)."""
    settings = s.scalars(select(ItemRequirements)
                         .where(ItemRequirements.item_id == item_id)).first()
    threshold = settings.return_threshold if settings is not None else 2
    returns = consecutive_returns(s, item_id)
    if threshold <= 0 or returns < threshold:
        return ""
    if gates.suspensions_covering(s, item_id=item_id, lot_id=lot_id):
        return ""
    item = _item(s, item_id)
    return translate("milrep", "\"{item}\" has been returned {n} times in a row (threshold "
                               "{threshold}): a suspension of acceptance and shipment is "
                               "proposed.").format(item=item.name, n=returns, threshold=threshold)


# --- the sampling plan ------------------------------------------------------------------------

def resolve_plan(settings: ItemRequirementsView | None, quantity: int, *, item_name: str
                 ) -> dict[str, Any]:
    """The plan for ``quantity`` presented units from the item's sampling settings, as JSON data."""
    mode = settings.sampling_mode if settings is not None else SamplingMode.ALL
    unit_by_unit = {"n": quantity, "ac": None, "re": None}
    out: dict[str, Any] = {"mode": mode.value, "quantity": quantity}
    if mode is SamplingMode.ALL:
        classes = {sev.value: dict(unit_by_unit) for sev in Severity}
    elif mode is SamplingMode.FIXED:
        n = settings.fixed_sample_size if settings is not None else None
        if not n or n <= 0:
            raise RuleViolation(translate(
                "milrep", "\"{item}\" has a fixed sample plan without a sample size: complete its "
                          "requirements first.").format(item=item_name))
        n = min(n, quantity)
        cls = unit_by_unit if n >= quantity else {"n": n, "ac": 0, "re": 1}
        classes = {sev.value: dict(cls) for sev in Severity}
    else:
        from milrep.rules import sampling

        assert settings is not None
        state = load_switching_state(settings.switching_state)
        if state.discontinued:
            raise RuleViolation(translate(
                "milrep", "Sampling inspection of \"{item}\" is discontinued after 5 lots were not "
                          "accepted on tightened inspection: resume it once the plant's corrective "
                          "action is accepted.").format(item=item_name))
        iso: dict[str, Any] = {"level": settings.inspection_level,
                               "severity": state.severity.value}
        classes = {}
        for sev, aql in ((Severity.MAJOR, settings.aql_major),
                         (Severity.MINOR, settings.aql_minor)):
            pl = sampling.plan(quantity, settings.inspection_level, aql, state.severity)
            classes[sev.value] = {"n": pl.sample_size, "ac": pl.ac, "re": pl.re}
            iso[sev.value] = {"aql": str(pl.aql), "code_letter": pl.code_letter,
                              "table_letter": pl.table_letter}
        n = max(c["n"] for c in classes.values())
        classes[Severity.CRITICAL.value] = {"n": n, "ac": 0, "re": 1}
        out["iso"] = iso
    out["classes"] = classes
    out["sample_size"] = max(c["n"] for c in classes.values())
    out["inspect_all"] = all(c["n"] >= quantity for c in classes.values())
    return out


def load_switching_state(text: str) -> Any:
    """The item's ISO 2859-1 switching state from its stored JSON ("" → normal, fresh)."""
    from milrep.rules import sampling

    if not text:
        return sampling.SwitchingState()
    data = json.loads(text)
    return sampling.SwitchingState(
        severity=sampling.Severity(data.get("severity", "normal")),
        switching_score=int(data.get("switching_score", 0)),
        recent_normal=tuple(bool(x) for x in data.get("recent_normal", ())),
        tightened_accepted_run=int(data.get("tightened_accepted_run", 0)),
        tightened_not_accepted=int(data.get("tightened_not_accepted", 0)),
        discontinued=bool(data.get("discontinued", False)),
        reason=sampling.SwitchReason(data["reason"]) if data.get("reason") else None)


def dump_switching_state(state: Any) -> str:
    data = asdict(state)
    data["severity"] = state.severity.value
    data["recent_normal"] = list(state.recent_normal)
    data["reason"] = state.reason.value if state.reason is not None else None
    return json.dumps(data, sort_keys=True)


def _advance_switching(s: Session, item_id: uuid.UUID, insp: Inspection, decided: Verdict,
                       computed: rules.VerdictResult) -> None:
    """ISO 2859-1 switching rules, on original inspection (first attempt) only."""
    plan = json.loads(insp.plan)
    if plan.get("mode") != SamplingMode.ISO2859.value:
        return
    from milrep.rules import sampling

    settings = s.scalars(select(ItemRequirements)
                         .where(ItemRequirements.item_id == item_id)).first()
    if settings is None:
        return
    state = load_switching_state(settings.switching_state)
    if state.discontinued or state.severity.value != plan["iso"]["severity"]:
        return  # inspected under an earlier state (another lot switched it meanwhile)
    accepted = decided is not Verdict.RETURN
    used = sampling.plan(int(plan["quantity"]), plan["iso"]["level"], plan["iso"]["major"]["aql"],
                         state.severity)
    nonconforming = computed.counts.get(Severity.MAJOR, 0) + computed.counts.get(
        Severity.CRITICAL, 0)
    consistent = sampling.lot_verdict(used, min(nonconforming, used.sample_size)).accepted
    settings.switching_state = dump_switching_state(sampling.next_state(
        state, accepted, plan=used,
        nonconforming=nonconforming if accepted and consistent else None))


# --- internals ----------------------------------------------------------------------------------

def _item(s: Session, item_id: uuid.UUID) -> ControlListItem:
    item = s.get(ControlListItem, item_id)
    if item is None:
        raise NotFound(translate("milrep", "The control-list item no longer exists."))
    return item


def _deadline(s: Session, item: ControlListItem, presented_on: dt.date) -> dt.date | None:
    """The item's delivery deadline; else the contract stage due when the lot was presented (the
    first whose deadline is not past then, or the last one)."""
    if item.delivery_deadline is not None:
        return item.delivery_deadline
    stages = list(s.scalars(select(ContractStage.deadline)
                            .where(ContractStage.contract_id == item.contract_id)
                            .order_by(ContractStage.deadline)))
    return next((d for d in stages if d >= presented_on), stages[-1] if stages else None)


def _split(s: Session, p: Presentation, verdict: Verdict, computed: rules.VerdictResult,
           accepted_quantity: int | None, rejected_quantity: int | None,
           accepted_serials: list[str] | None, rejected_serials: list[str] | None
           ) -> tuple[int, int, list[str], list[str]]:
    """Accepted and rejected quantities and serials, checked against the presentation."""
    for value, name in ((accepted_quantity, "accepted_quantity"),
                        (rejected_quantity, "rejected_quantity")):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or value < 0):
            raise ValidationError(translate("milrep", "Quantities must be whole numbers, zero or "
                                            "more."), field=name)
    units = presented_serials(s, p)
    acc_s = [x.strip() for x in (accepted_serials or []) if x.strip()]
    rej_s = [x.strip() for x in (rejected_serials or []) if x.strip()]
    if (acc_s or rej_s) and not units:
        raise ValidationError(translate("milrep", "The presentation has no serial numbers: "
                                        "give quantities."), field="accepted_serials")
    if units and verdict is Verdict.PARTIAL and not (acc_s or rej_s):
        raise ValidationError(translate("milrep", "The units presented have serial numbers: list "
                                        "the serials accepted or rejected."),
                              field="accepted_serials")
    if acc_s or rej_s:
        unknown = [x for x in acc_s + rej_s if x not in set(units)]
        if unknown:
            raise ValidationError(translate("milrep", "Not presented with notice {number}: "
                                            "{serials}.").format(number=p.number,
                                                                 serials=", ".join(unknown)),
                                  field="accepted_serials")
        both = sorted(set(acc_s) & set(rej_s))
        if both or len(set(acc_s)) != len(acc_s) or len(set(rej_s)) != len(rej_s):
            raise ValidationError(translate("milrep", "Each serial number is either accepted or "
                                            "rejected, once."), field="accepted_serials")
        if accepted_serials is None:
            acc_s = [x for x in units if x not in set(rej_s)]
        if rejected_serials is None:
            rej_s = [x for x in units if x not in set(acc_s)]
        for given, derived, name in ((accepted_quantity, len(acc_s), "accepted_quantity"),
                                     (rejected_quantity, len(rej_s), "rejected_quantity")):
            if given is not None and given != derived:
                raise ValidationError(translate("milrep", "The quantity ({given}) differs from the "
                                                "number of serials ({n}).").format(given=given,
                                                                                   n=derived),
                                      field=name)
        acc_q, rej_q = len(acc_s), len(rej_s)
    else:
        if verdict is Verdict.ACCEPT:
            acc_q = p.quantity if accepted_quantity is None else accepted_quantity
            rej_q = 0 if rejected_quantity is None else rejected_quantity
        else:
            if accepted_quantity is None and rejected_quantity is None:
                raise ValidationError(translate("milrep", "Give the accepted and rejected "
                                                "quantities or serial numbers."),
                                      field="accepted_quantity")
            acc_q = (accepted_quantity if accepted_quantity is not None
                     else p.quantity - (rejected_quantity or 0))
            rej_q = p.quantity - acc_q if rejected_quantity is None else rejected_quantity
        acc_s = units if rej_q == 0 and acc_q == p.quantity else []
    if acc_q + rej_q != p.quantity:
        raise ValidationError(translate(
            "milrep", "Accepted ({accepted}) and rejected ({rejected}) must add up to the "
                      "presented quantity ({quantity}).").format(accepted=acc_q, rejected=rej_q,
                                                                 quantity=p.quantity),
            field="accepted_quantity")
    if verdict is Verdict.ACCEPT and rej_q:
        raise ValidationError(translate("milrep", "Accepting the whole presentation rejects "
                                        "nothing: choose to accept in part."),
                              field="rejected_quantity")
    if verdict is Verdict.PARTIAL and (acc_q == 0 or rej_q == 0):
        raise ValidationError(translate("milrep", "A partial acceptance accepts some units and "
                                        "rejects some."), field="accepted_quantity")
    if computed.verdict is Verdict.PARTIAL:
        kept = [x for x in computed.rejected_serials if x in set(acc_s)]
        if kept or rej_q < len(computed.nonconforming_samples):
            raise RuleViolation(translate(
                "milrep", "Units with nonconformities cannot be accepted: {reason}")
                .format(reason=computed.reason))
    return acc_q, rej_q, acc_s, rej_s
