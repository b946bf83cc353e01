"""Property: over random histories — lots presented, inspected, accepted or returned; suspensions
and resumptions; periodic tests passed or failed, recently or long ago; nonconformities raised,
let through under a concession or closed; certificates issued and revoked; goods shipped — in
random order, through the real services, the certificate and shipment gates decide exactly as an
independent model of Article 27.5 and DESIGN.md §3 step 8 says: no certificate or shipment ever
violates them at its time, and none that they allow is refused.

Each example works on a fresh contract with one goods item (5 units contracted, three lots of 2,
so the contract's quantity binds too), so the examples share the database but not their records.
``MILREP_PROPERTY_EXAMPLES`` sets the number of examples (default 20, about ten seconds);
``--hypothesis-show-statistics`` shows how often each gate allowed and refused.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import uuid
from dataclasses import dataclass, field

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from milrep.errors import RuleViolation
from milrep.models import quality as q
from milrep.models.acceptance import Verdict
from milrep.models.certificates import Certificate, CertificateAcceptance, CertificateRevocation
from milrep.models.contracts import ContractStatus
from milrep.models.control_list import ItemKind
from milrep.models.requirements import CharacteristicKind, SamplingMode
from milrep.models.shipments import Shipment
from milrep.services import (certificates, characteristics, contracts, control_list,
                             inspection_decisions, inspection_grid, inspections, lots,
                             measurements, nonconformities, presentations, requirements,
                             shipments)
from milrep.services import product_tests as pt
from milrep.services import suspensions as sp
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture

EXAMPLES = int(os.environ.get("MILREP_PROPERTY_EXAMPLES", "20"))
TODAY = dt.datetime.now(dt.UTC).date()
LOTS, PER_LOT, CONTRACTED = 3, 2, 5
_COUNTER = itertools.count()

lot_index = st.integers(0, LOTS - 1)
mostly_good = st.sampled_from([True, True, True, False])
# acceptances, certificates and shipments are drawn more often than the rest, so most histories
# reach the gates with goods to judge
steps = st.lists(st.one_of(
    st.tuples(st.just("inspect"), lot_index, mostly_good),
    st.tuples(st.just("inspect"), lot_index, mostly_good),
    st.tuples(st.just("issue"), lot_index),  # an accepted lot, when there is one
    st.tuples(st.just("issue"), lot_index),
    st.tuples(st.just("ship"), lot_index, st.integers(1, 2)),  # a certified lot, mostly
    st.tuples(st.just("suspend")),
    st.tuples(st.just("resume")),
    st.tuples(st.just("periodic"), mostly_good, st.sampled_from([False, False, False, True])),
    st.tuples(st.just("nc"), st.one_of(st.none(), lot_index)),
    st.tuples(st.just("concession"), st.integers(0, 3)),
    st.tuples(st.just("close"), st.integers(0, 3)),
    st.tuples(st.just("revoke"), st.integers(0, 3)),
), min_size=10, max_size=24)


@dataclass
class Model:
    """What the law says should be possible, kept from the steps that succeeded."""

    accepted: dict[int, uuid.UUID] = field(default_factory=dict)  # lot → acceptance record
    #: lot → an inspection whose acceptance a suspension refused, and whether its results passed
    pending: dict[int, tuple[uuid.UUID, bool]] = field(default_factory=dict)
    suspension: uuid.UUID | None = None
    tests: list[tuple[dt.date, int, bool]] = field(default_factory=list)  # (done, seq, positive)
    ncs: list[dict[str, object]] = field(default_factory=list)
    certs: list[dict[str, object]] = field(default_factory=list)  # id, lot, qty, valid
    shipped: dict[int, int] = field(default_factory=dict)

    def certified(self, lot: int) -> int:
        return sum(int(c["qty"]) for c in self.certs if c["lot"] == lot and c["valid"])  # type: ignore[call-overload]

    def periodic_ok(self) -> bool:
        if not self.tests:
            return True  # counted from the first acceptance (today): not due yet
        last = max(self.tests)
        if not last[2]:
            return False
        positive = max(t for t in self.tests if t[2])
        return TODAY <= _add_months(positive[0], 6)

    def blocking_nc(self, lot: int) -> bool:
        return any(n["open"] and not n["concession"] and n["lot"] in (None, lot)
                   for n in self.ncs)

    def may_certify(self, lot: int) -> bool:
        remaining = PER_LOT - self.certified(lot)
        total = sum(self.certified(k) for k in range(LOTS))
        return (lot in self.accepted and remaining > 0 and self.suspension is None
                and not self.blocking_nc(lot) and self.periodic_ok()
                and total + remaining <= CONTRACTED)

    def may_ship(self, lot: int, qty: int) -> bool:
        return (lot in self.accepted and self.suspension is None and self.certified(lot) > 0
                and qty <= self.certified(lot) - self.shipped.get(lot, 0))


def _add_months(d: dt.date, months: int) -> dt.date:
    from milrep.rules.schedule import add_months
    return add_months(d, months)


def _setup(o: OfficeFixture, n: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    with o.db.unit_of_work() as uow:
        contract = contracts.create_contract(uow, o.chief, form=contracts.ContractForm(
            number=f"CP-{n}", signed_on=dt.date(2026, 1, 2), customer_id=o.ids["mod"],
            contractor_id=o.ids["plant"], recipient_id=o.ids["unit"], subject="Property",
            valid_from=dt.date(2026, 1, 2), valid_until=TODAY + dt.timedelta(days=400),
            value="1.00")).id
    with o.db.unit_of_work() as uow:
        contracts.set_status(uow, o.chief, contract_id=contract, status=ContractStatus.ACTIVE)
    with o.db.unit_of_work() as uow:
        item = control_list.create_item(uow, o.chief, form=control_list.ItemForm(
            contract_id=contract, kind=ItemKind.MILITARY_GOODS, name=f"Item {n}",
            nomenclature_code=f"CP{n}", quantity=CONTRACTED, unit="pcs")).id
    assert item is not None
    with o.db.unit_of_work() as uow:
        characteristics.add_characteristic(uow, o.chief, item_id=item,
                                           form=characteristics.CharacteristicForm(
                                               name="Seals intact",
                                               kind=CharacteristicKind.ATTRIBUTE))
    with o.db.unit_of_work() as uow:
        requirements.set_item_requirements(uow, o.chief, item_id=item,
                                           form=requirements.RequirementsForm(
                                               sampling_mode=SamplingMode.ALL,
                                               periodic_interval_months=6))
    lot_ids = []
    for k in range(LOTS):
        with o.db.unit_of_work() as uow:
            lot_ids.append(lots.register_lot(uow, o.rep, item_id=item, number=f"CP{n}-{k}",
                                             quantity=PER_LOT,
                                             manufactured_on=dt.date(2026, 1, 10)).id)
    return item, lot_ids  # type: ignore[return-value]


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(history=steps)
def test_gates_hold_over_random_histories(records: OfficeFixture,
                                          history: list[tuple]) -> None:  # type: ignore[type-arg]
    o = records
    n = next(_COUNTER)
    item, lot_ids = _setup(o, n)
    m = Model()
    seq = itertools.count()

    def call(fn, actor=o.rep, **kw):  # type: ignore[no-untyped-def]
        with o.db.unit_of_work() as uow:
            return fn(uow, actor, **kw)

    for step in history:
        kind = step[0]
        if kind == "inspect":
            _, k, good = step
            if k in m.accepted:
                continue
            iid, good = m.pending.pop(k, (None, good))
            if iid is None:
                pid = call(presentations.register_presentation, number=f"N{n}-{next(seq)}",
                           presented_on=TODAY, item_id=item, lot_id=lot_ids[k]).id
                iid = call(inspections.open_inspection, presentation_id=pid,
                           kind=inspections.InspectionKind.ACCEPTANCE_TEST).id
                grid = call(inspection_grid.inspection_grid, inspection_id=iid)
                for r in grid.requirements:
                    for s_no in range(1, r.samples + 1):
                        call(measurements.record_measurement, inspection_id=iid,
                             requirement_id=r.id, sample_no=s_no,
                             answer="pass" if good else "fail")
            verdict = Verdict.ACCEPT if good else Verdict.RETURN
            try:
                result = call(inspection_decisions.decide, inspection_id=iid, verdict=verdict,
                              password=REP_PASSWORD)
            except RuleViolation:
                assert m.suspension is not None and verdict is Verdict.ACCEPT
                m.pending[k] = (iid, good)  # stays in inspection until the suspension ends
                continue
            if verdict is Verdict.ACCEPT:
                m.accepted[k] = result.changes.id
                event("accepted")
        elif kind == "suspend":
            if m.suspension is None:
                m.suspension = call(sp.suspend, actor=o.chief, password=CHIEF_PASSWORD,
                                    form=sp.SuspensionForm(
                                        ground=q.SuspensionGround.QUALITY_DECISIONS,
                                        scope=q.SuspensionScope.ITEM, item_id=item,
                                        reason="Decision not implemented")).id
        elif kind == "resume":
            if m.suspension is not None:
                try:
                    call(sp.resume, actor=o.chief, suspension_id=m.suspension,
                         corrective_actions="Implemented and checked", password=CHIEF_PASSWORD)
                    m.suspension = None
                except RuleViolation:
                    assert any(x["open"] for x in m.ncs)
        elif kind == "periodic":
            _, positive, old = step
            done = TODAY - dt.timedelta(days=200 if old else 5)
            tid = call(pt.register_test, kind=q.TestKind.PERIODIC, item_id=item,
                       started_on=done).id
            call(pt.record_result, test_id=tid,
                 result=q.TestResult.POSITIVE if positive else q.TestResult.NEGATIVE,
                 protocol_number=f"P{n}-{next(seq)}", results_summary="Vibration, climatic",
                 completed_on=done)
            m.tests.append((done, next(seq), positive))
        elif kind == "nc":
            _, k = step
            nid = call(nonconformities.raise_nonconformity, item_id=item,
                       lot_id=None if k is None else lot_ids[k],
                       severity=q.Severity.MINOR, description="Scratch on the case")
            m.ncs.append({"id": nid.id, "lot": k, "open": True, "concession": False})
        elif kind == "concession":
            open_ = [x for x in m.ncs if x["open"]]
            if open_:
                x = open_[step[1] % len(open_)]
                call(nonconformities.set_disposition, nonconformity_id=x["id"],
                     disposition=q.Disposition.USE_AS_IS, concession_ref="C-1",
                     concession_expires=TODAY + dt.timedelta(days=30))
                x["concession"] = True
        elif kind == "close":
            open_ = [x for x in m.ncs if x["open"]]
            if open_:
                x = open_[step[1] % len(open_)]
                nid = x["id"]
                call(nonconformities.set_disposition, nonconformity_id=nid,
                     disposition=q.Disposition.REWORK)
                x["concession"] = False
                call(nonconformities.set_corrective_action, nonconformity_id=nid,
                     corrective_action="Repainted")
                call(nonconformities.verify_effect, nonconformity_id=nid, verification="Seen")
                call(nonconformities.close_nonconformity, nonconformity_id=nid)
                x["open"] = False
        elif kind == "issue":
            if not m.accepted:
                continue
            k = sorted(m.accepted)[step[1] % len(m.accepted)]
            expected = m.may_certify(k)
            remaining = PER_LOT - m.certified(k)
            try:
                cid = call(certificates.issue_certificate,
                           acceptance_record_ids=[m.accepted[k]], password=REP_PASSWORD).id
            except RuleViolation as e:
                assert not expected, f"refused although the model allows it: {e}"
                for line in str(e).splitlines()[1:]:
                    event("certificate refused: " + line.split(":")[0].lstrip("• "))
                continue
            assert expected, f"issued although the model forbids it (step {step}, model {m})"
            event("certificate issued")
            m.certs.append({"id": cid, "lot": k, "qty": remaining, "valid": True})
        elif kind == "revoke":
            valid = [c for c in m.certs if c["valid"]]
            if valid:
                c = valid[step[1] % len(valid)]
                call(certificates.revoke_certificate, actor=o.chief, certificate_id=c["id"],
                     reason="Property", password=CHIEF_PASSWORD)
                c["valid"] = False
        elif kind == "ship":
            _, k, qty = step
            certified = sorted({int(c["lot"]) for c in m.certs})  # type: ignore[call-overload]
            if certified and qty == 1:
                k = certified[k % len(certified)]
            expected = m.may_ship(k, qty)
            try:
                call(shipments.record_shipment, lot_id=lot_ids[k], quantity=qty,
                     shipped_on=TODAY, document_no=f"TTN-{n}-{next(seq)}")
            except RuleViolation as e:
                assert not expected, f"shipment refused although the model allows it: {e}"
                event("shipment refused")
                continue
            assert expected, f"shipped although the model forbids it (step {step}, model {m})"
            event("shipped")
            m.shipped[k] = m.shipped.get(k, 0) + qty

    # the stored records, independently of the services' own code
    with o.db.read() as s:
        revoked = set(s.scalars(select(CertificateRevocation.certificate_id)))
        certs = s.scalars(select(Certificate).where(Certificate.item_id == item)).all()
        assert sum(c.quantity for c in certs if c.id not in revoked) <= CONTRACTED
        for k, lot_id in enumerate(lot_ids):
            linked = s.execute(select(CertificateAcceptance.certificate_id,
                                      CertificateAcceptance.quantity)
                               .where(CertificateAcceptance.lot_id == lot_id)).all()
            assert sum(qty for cid, qty in linked if cid not in revoked) <= PER_LOT
            assert (k in m.accepted) or not linked, "a certificate for goods never accepted"
            shipped = s.scalar(select(func.coalesce(func.sum(Shipment.quantity), 0))
                               .where(Shipment.lot_id == lot_id))
            assert shipped == m.shipped.get(k, 0)
            assert shipped <= sum(qty for _, qty in linked)
