"""The stored side of the Article 27.5 gate: the facts about chosen acceptance records, gathered
from the database for :func:`milrep.rules.certificate_gate.evaluate`, and what exactly a
certificate would cover (which records, how many units, which serial numbers).

Read-only helpers taking a session: the certificate services call them inside their own unit of
work, so the gate sees the same data the certificate is written against.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from milrep.errors import NotFound, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import (AcceptanceRecord, CompletenessCheck, Inspection,
                                      InspectionStatus, Measurement, Presentation, Verdict)
from milrep.models.certificates import (Certificate, CertificateAcceptance,
                                        CertificateRevocation)
from milrep.models.contracts import Contract
from milrep.models.products import Lot
from milrep.models.quality import Nonconformity, NonconformityStatus, ProductTest, TestKind, \
    TestResult
from milrep.models.users import SignatureRecord
from milrep.rules import certificate_gate as gate
from milrep.rules import verdict as verdict_rules
from milrep.services import gates
from milrep.services.contracts import status_label
from milrep.services.inspection_rows import plan_facts, requirement_facts, requirements_of
from milrep.services.nonconformities import NonconformityFacts, blocking_nonconformities, label
from milrep.services.requirements import periodic_due_for
from milrep.services.item_rows import item_row


@dataclass(frozen=True)
class CoverLine:
    """Part or all of one acceptance record that a certificate covers."""

    record_id: uuid.UUID
    record_number: str
    lot_id: uuid.UUID
    lot_number: str
    quantity: int
    serials: tuple[str, ...] = ()


@dataclass(frozen=True)
class Selection:
    """What the gate judged and what the certificate would cover."""

    facts: gate.GateFacts
    checklist: gate.Checklist
    item_id: uuid.UUID
    contract_id: uuid.UUID
    lines: tuple[CoverLine, ...]
    records: tuple[AcceptanceRecord, ...]


def valid_certificate(excluding: uuid.UUID | None = None) -> ColumnElement[bool]:
    """SQL condition: the certificate is not revoked (nor superseded), and not ``excluding``."""
    cond = Certificate.id.not_in(select(CertificateRevocation.certificate_id))
    if excluding is not None:
        cond = cond & (Certificate.id != excluding)
    return cond


def certified_of_records(s: Session, record_ids: Iterable[uuid.UUID], *,
                         excluding: uuid.UUID | None = None
                         ) -> dict[uuid.UUID, tuple[int, set[str]]]:
    """Per acceptance record: units already covered by valid certificates, and their serials."""
    out: dict[uuid.UUID, tuple[int, set[str]]] = {}
    ids = list(record_ids)
    if not ids:
        return out
    rows = s.execute(select(CertificateAcceptance.acceptance_record_id,
                            CertificateAcceptance.quantity, CertificateAcceptance.serials)
                     .join(Certificate, Certificate.id == CertificateAcceptance.certificate_id)
                     .where(CertificateAcceptance.acceptance_record_id.in_(ids),
                            valid_certificate(excluding)))
    for record_id, qty, serials in rows:
        n, found = out.get(record_id, (0, set()))
        found.update(x for x in serials.splitlines() if x.strip())
        out[record_id] = (n + qty, found)
    return out


def certified_of_item(s: Session, item_id: uuid.UUID, *, excluding: uuid.UUID | None = None
                      ) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(Certificate.quantity), 0)).where(
        Certificate.item_id == item_id, valid_certificate(excluding))) or 0)


def records_by_number(s: Session, numbers: Sequence[str]) -> list[uuid.UUID]:
    """Acceptance record ids from their numbers (as the command line takes them)."""
    out = []
    for number in numbers:
        found = s.scalars(select(AcceptanceRecord.id)
                          .where(AcceptanceRecord.number == number.strip())).first()
        if found is None:
            raise NotFound(translate("milrep", "There is no acceptance record {number}.")
                           .format(number=number))
        out.append(found)
    return out


def select_goods(s: Session, *, acceptance_record_ids: Sequence[uuid.UUID], today: dt.date,
                 quantity: int | None = None, serials: Sequence[str] | None = None,
                 excluding_certificate_id: uuid.UUID | None = None) -> Selection:
    """Gather the facts, judge them and work out what would be covered.

    Without ``quantity`` and ``serials`` everything accepted by the records and not yet
    certified is covered. ``excluding_certificate_id`` (a re-issue) leaves that certificate's
    own quantity out of what is already certified.
    """
    records = _load_records(s, acceptance_record_ids)
    item = item_row(s, records[0].item_id)
    contract = s.get(Contract, item.contract_id)
    assert contract is not None
    lots = {r.lot_id: s.get(Lot, r.lot_id) for r in records}
    done = certified_of_records(s, [r.id for r in records], excluding=excluding_certificate_id)
    remaining: dict[uuid.UUID, tuple[int, list[str]]] = {}
    for r in records:
        n, certified_serials = done.get(r.id, (0, set()))
        accepted = [x for x in r.accepted_serials.splitlines() if x.strip()]
        remaining[r.id] = (r.accepted_quantity - n,
                           [x for x in accepted if x not in certified_serials])
    lines, qty = _allocate(records, lots, remaining, quantity, serials, item.unit)

    record_facts = tuple(_record_facts(s, r, lots[r.lot_id], remaining[r.id][0])
                         for r in records)
    facts = gate.GateFacts(
        today=today, item_name=item.name, unit=item.unit, records=record_facts, quantity=qty,
        contract=gate.ContractFacts(number=contract.number, status=contract.status,
                                    valid_from=contract.valid_from,
                                    valid_until=contract.valid_until,
                                    status_text=status_label(contract.status)),
        contracted_quantity=item.quantity,
        certified_quantity=certified_of_item(s, item.id, excluding=excluding_certificate_id),
        periodic=periodic_facts(s, item.id, today),
        nonconformities=tuple(_blocking_nonconformities(s, item.id, records, lots, today)),
        suspensions=tuple(_suspensions(s, item.id, records)))
    return Selection(facts=facts, checklist=gate.evaluate(facts), item_id=item.id,
                     contract_id=contract.id, lines=lines, records=tuple(records))


def periodic_facts(s: Session, item_id: uuid.UUID, today: dt.date) -> gate.PeriodicFacts:
    due = periodic_due_for(s, item_id, today)
    if not due.scheduled:
        return gate.PeriodicFacts(scheduled=False)
    last = s.scalars(select(ProductTest).where(
        ProductTest.item_id == item_id, ProductTest.kind == TestKind.PERIODIC,
        ProductTest.result != TestResult.PENDING, ProductTest.completed_on.is_not(None))
        .order_by(ProductTest.completed_on.desc(), ProductTest.hlc.desc())).first()
    return gate.PeriodicFacts(
        scheduled=True, last_protocol=last.protocol_number if last else "",
        last_completed_on=last.completed_on if last else None,
        last_positive=last is not None and last.result == TestResult.POSITIVE,
        due_on=due.due_on, overdue=due.overdue, lots_since=due.lots_since_last,
        every_lots=due.every_lots)


# --- internals ------------------------------------------------------------------------------

def _load_records(s: Session, ids: Sequence[uuid.UUID]) -> list[AcceptanceRecord]:
    unique = list(dict.fromkeys(ids))
    if not unique:
        raise ValidationError(translate("milrep", "Choose the acceptance records to certify."),
                              field="acceptance_record_ids")
    records = []
    for record_id in unique:
        r = s.get(AcceptanceRecord, record_id)
        if r is None:
            raise NotFound(translate("milrep", "The acceptance record no longer exists."))
        records.append(r)
    if len({r.item_id for r in records}) > 1:
        raise ValidationError(translate("milrep", "A certificate covers one item: the chosen "
                                        "acceptance records are of different items."),
                              field="acceptance_record_ids")
    return records


def _allocate(records: list[AcceptanceRecord], lots: dict[uuid.UUID, Lot | None],
              remaining: dict[uuid.UUID, tuple[int, list[str]]], quantity: int | None,
              serials: Sequence[str] | None, unit: str) -> tuple[tuple[CoverLine, ...], int]:
    """The lines a certificate would cover, and the quantity asked for (which may exceed what
    is there: the gate then says so)."""
    if quantity is not None and (isinstance(quantity, bool) or not isinstance(quantity, int)
                                 or quantity <= 0):
        raise ValidationError(translate("milrep", "The quantity to certify must be a whole "
                                        "number greater than zero."), field="quantity")

    def line(r: AcceptanceRecord, qty: int, chosen: Sequence[str]) -> CoverLine:
        lot = lots[r.lot_id]
        return CoverLine(record_id=r.id, record_number=r.number, lot_id=r.lot_id,
                         lot_number=lot.number if lot else "", quantity=qty,
                         serials=tuple(chosen))

    wanted = [x.strip() for x in (serials or []) if x and x.strip()]
    if wanted:
        if len(set(wanted)) != len(wanted):
            raise ValidationError(translate("milrep", "Serial numbers repeated: {serials}.")
                                  .format(serials=", ".join(sorted(
                                      {x for x in wanted if wanted.count(x) > 1}))),
                                  field="serials")
        available = {x: r for r in records for x in remaining[r.id][1]}
        unknown = [x for x in wanted if x not in available]
        if unknown:
            raise ValidationError(translate(
                "milrep", "Not accepted by the chosen records, or already certified: {serials}.")
                .format(serials=", ".join(unknown)), field="serials")
        if quantity is not None and quantity != len(wanted):
            raise ValidationError(translate("milrep", "The quantity ({qty}) differs from the "
                                            "number of serials ({n}).")
                                  .format(qty=quantity, n=len(wanted)), field="quantity")
        out = []
        for r in records:
            mine = [x for x in remaining[r.id][1] if x in set(wanted)]
            if mine:
                out.append(line(r, len(mine), mine))
        return tuple(out), len(wanted)
    total = sum(max(0, remaining[r.id][0]) for r in records)
    if quantity is None or quantity >= total:
        out = [line(r, n, left) for r in records
               for n, left in [remaining[r.id]] if n > 0]
        return tuple(out), total if quantity is None else quantity
    if any(remaining[r.id][1] for r in records):
        raise ValidationError(translate("milrep", "The accepted units have serial numbers: list "
                                        "the serials of the {qty} {unit} to certify.")
                              .format(qty=quantity, unit=unit), field="serials")
    out, left = [], quantity
    for r in records:
        take = min(max(0, remaining[r.id][0]), left)
        if take > 0:
            out.append(line(r, take, ()))
            left -= take
    return tuple(out), quantity


def _record_facts(s: Session, r: AcceptanceRecord, lot: Lot | None, remaining: int
                  ) -> gate.RecordFacts:
    insp = s.get(Inspection, r.inspection_id)
    p = s.get(Presentation, r.presentation_id)
    newer = s.scalars(select(AcceptanceRecord.number)
                      .where(AcceptanceRecord.supersedes_id == r.id)).first()
    signed = s.get(SignatureRecord, r.signature_id) is not None
    computed = _judge_results(s, insp) if insp is not None else None
    accepts_rejected = False
    if computed is not None and computed.verdict is Verdict.PARTIAL:
        accepted = {x for x in r.accepted_serials.splitlines() if x.strip()}
        accepts_rejected = bool(accepted & set(computed.rejected_serials)) or \
            r.rejected_quantity < len(computed.nonconforming_samples)
    lines = tuple(gate.CompletenessLine(c.name, c.expected_quantity, c.found_quantity, c.unit)
                  for c in s.scalars(select(CompletenessCheck)
                                     .where(CompletenessCheck.inspection_id == r.inspection_id)
                                     .order_by(CompletenessCheck.position)))
    return gate.RecordFacts(
        id=r.id, number=r.number, lot_number=lot.number if lot else "",
        accepted_on=r.accepted_on, accepted_quantity=r.accepted_quantity,
        remaining_quantity=remaining, signed=signed, superseded_by=newer,
        presentation_number=p.number if p else "",
        inspection_decided=insp is not None and insp.status is InspectionStatus.DECIDED,
        inspection_verdict=insp.verdict if insp is not None else None,
        computed_verdict=computed.verdict if computed is not None else None,
        computed_reason=computed.reason if computed is not None else "",
        accepts_rejected_units=accepts_rejected,
        completeness=lines, deadline=r.deadline, late=r.late)


def _judge_results(s: Session, insp: Inspection) -> verdict_rules.VerdictResult:
    """The rules' verdict on the inspection's measurements and answers as stored now. The
    completeness lines are left out: the complete-set condition judges them on its own."""
    reqs = [requirement_facts(x) for x in requirements_of(s, insp.id)]
    results = [verdict_rules.ResultFacts(requirement_id=m.requirement_id, sample_no=m.sample_no,
                                         conforms=m.conforms, serial=m.serial, value=m.value,
                                         answer=m.answer)
               for m in s.scalars(select(Measurement).where(Measurement.inspection_id == insp.id))]
    return verdict_rules.evaluate(reqs, results, plan_facts(json.loads(insp.plan)))


def _blocking_nonconformities(s: Session, item_id: uuid.UUID, records: list[AcceptanceRecord],
                              lots: dict[uuid.UUID, Lot | None], on: dt.date) -> list[str]:
    open_ = list(s.scalars(select(Nonconformity).where(
        Nonconformity.item_id == item_id, Nonconformity.status == NonconformityStatus.OPEN)
        .order_by(Nonconformity.raised_at)))
    out: list[str] = []
    for nc in open_:
        facts = NonconformityFacts(item_id=nc.item_id, lot_id=nc.lot_id, status=nc.status,
                                   disposition=nc.disposition, concession_ref=nc.concession_ref,
                                   concession_expires=nc.concession_expires)
        if any(blocking_nonconformities([facts], item_id=item_id, lot_id=r.lot_id, on=on)
               for r in records):
            lot = lots.get(nc.lot_id) if nc.lot_id is not None else None
            text = label(nc)
            if lot is not None:
                text = translate("milrep", "{nonconformity} (lot {lot})").format(
                    nonconformity=text, lot=lot.number)
            out.append(text)
    return out


def _suspensions(s: Session, item_id: uuid.UUID, records: list[AcceptanceRecord]) -> list[str]:
    found: dict[str, None] = {}
    for r in records:
        for t in gates.suspensions_covering(s, item_id=item_id, lot_id=r.lot_id):
            found[t.number] = None
    return list(found)
