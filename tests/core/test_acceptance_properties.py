"""Property tests of the acceptance work (issue 3) over random sequences of operations through the
real services on a real encrypted database.

Each example builds a fresh contract with two goods items (a critical and a major pass/fail
characteristic each, 100 % inspection) and then runs random steps: lots registered, presented and
re-presented, inspections opened (re-tests too), results entered (random pass/fail), decisions (as
the rules compute them, a return the rules do not call for, or an acceptance the rules forbid),
suspensions (contract, item or lot scope; after a negative periodic test; after repeated returns),
nonconformities raised and closed, periodic tests passed or failed, and resumptions tried with and
without their conditions.

After every step the model's expectations are checked at the call (what must be refused is
refused, with its message, and nothing stored changes); after every example the stored records
are checked against the invariants, independently of the services' own code:

* no acceptance record was made while a suspension covering its lot was in force;
* a lot's attempts are 1, 2, 3 … and a new one exists only after the previous one was decided;
* each decided verdict is the one the rules compute, or a return the representative chose with a
  reason (the only override the services allow);
* no resumption happened without its conditions: corrective actions, every nonconformity in the
  scope closed, and after a failed test a positive repeat of it.

``MILREP_PROPERTY_EXAMPLES`` raises the number of examples (default 10, a few seconds).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import uuid

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant, precondition, rule,
                                 run_state_machine_as_test)

from milrep.errors import RuleViolation, ValidationError
from milrep.models import quality as q
from milrep.models.acceptance import InspectionKind, Presentation, Verdict
from milrep.models.control_list import ItemKind
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.services import (characteristics, contracts, control_list, inspection_decisions,
                             inspection_grid, inspections, lots, measurements, nonconformities,
                             presentations)
from milrep.services import product_tests as pt
from milrep.services import suspension_proposals as proposals
from milrep.services import suspensions as sp
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.core.acceptance_model import (LotM, NcM, PeriodicTestM, SuspM, check_stored,
                                         expected_verdict, refused_here)
from tests.helpers import OfficeFixture

EXAMPLES = int(os.environ.get("MILREP_PROPERTY_EXAMPLES", "10"))
S, G = q.SuspensionScope, q.SuspensionGround
_COUNTER = itertools.count(1)


class AcceptanceMachine(RuleBasedStateMachine):
    def __init__(self, o: OfficeFixture) -> None:
        super().__init__()
        self.o = o
        self.today = dt.date.today()
        self.items: list[uuid.UUID] = []
        self.lots: list[LotM] = []
        self.susp: list[SuspM] = []
        self.tests: list[PeriodicTestM] = []
        self.ncs: list[NcM] = []
        self.overrides: set[uuid.UUID] = set()  # inspections returned against a computed accept
        self.returns = 0  # return notices issued in this example

    # --- setup ---------------------------------------------------------------------------------

    @initialize()
    def contract_and_items(self) -> None:
        o, n = self.o, next(_COUNTER)
        with o.db.unit_of_work() as uow:
            self.contract = contracts.create_contract(uow, o.chief, form=contracts.ContractForm(
                number=f"PROP-{n}", signed_on=dt.date(2026, 1, 2), customer_id=o.ids["mod"],
                contractor_id=o.ids["plant"], subject="Property", valid_from=dt.date(2026, 1, 2),
                valid_until=dt.date(2027, 12, 31), value="1.00")).id
        for k in range(2):
            with o.db.unit_of_work() as uow:
                item = control_list.create_item(uow, o.chief, form=control_list.ItemForm(
                    contract_id=self.contract, kind=ItemKind.MILITARY_GOODS, name=f"Item {n}-{k}",
                    nomenclature_code=f"PR{n}-{k}", quantity=100, unit="pcs")).id
            for name, severity in (("Seals intact", Severity.CRITICAL),
                                   ("Marking legible", Severity.MAJOR)):
                with o.db.unit_of_work() as uow:
                    characteristics.add_characteristic(uow, o.chief, item_id=item,
                                                       form=characteristics.CharacteristicForm(
                                                           name=name, severity=severity,
                                                           kind=CharacteristicKind.ATTRIBUTE))
            self.items.append(item)
        for k in range(2):
            self.register_lot(k, k + 1, 2)

    # --- the model's reading of the law ----------------------------------------------------------

    def covered(self, lot: LotM) -> SuspM | None:
        """The active suspension that stops acceptance of ``lot`` (Article 27.4.8), if any."""
        for x in self.susp:
            if not x.active:
                continue
            if x.scope is S.LOT:
                if x.lot == lot.id:
                    return x
                continue
            if x.scope is S.ITEM and x.item != lot.item:
                continue
            if x.since is None or lot.made is None or lot.made >= x.since:
                return x
        return None

    def chain(self, failed: uuid.UUID) -> list[PeriodicTestM]:
        """Tests repeating ``failed``, or repeating its repeats."""
        found, frontier = [], {failed}
        while frontier:
            step = [t for t in self.tests if t.repeat_of in frontier]
            found += step
            frontier = {t.id for t in step}
        return found

    def cleared(self, x: SuspM) -> bool:
        """A suspension for a failed test is cleared by a positive repeat of that test."""
        if x.test is None:
            return True
        failed = next(t for t in self.tests if t.id == x.test)
        return any(t.positive for t in self.chain(failed.id)) or any(
            t.positive and t.item == failed.item and t.started > failed.completed
            for t in self.tests)

    def open_ncs_in_scope(self, x: SuspM) -> list[NcM]:
        if x.scope is S.CONTRACT:
            return [n for n in self.ncs if n.open]
        if x.scope is S.LOT:
            return [n for n in self.ncs if n.open and n.lot == x.lot]
        return [n for n in self.ncs if n.open and n.item == x.item]

    def _add_suspension(self, sid: uuid.UUID, scope: q.SuspensionScope,
                        ground: q.SuspensionGround, item: int | None, lot: uuid.UUID | None,
                        since: dt.date | None, test: uuid.UUID | None) -> None:
        with self.o.db.read() as s:
            number = s.get(q.Suspension, sid).number  # type: ignore[union-attr]
        self.susp.append(SuspM(sid, number, scope, ground, item, lot, since, test))

    # --- lots and presentations ----------------------------------------------------------------

    @precondition(lambda self: len(self.lots) < 4)
    @rule(item=st.integers(0, 1), made=st.one_of(st.none(), st.integers(0, 6)),
          quantity=st.integers(1, 3))
    def register_lot(self, item: int, made: int | None, quantity: int) -> None:
        made_on = None if made is None else self.today - dt.timedelta(days=made)
        with self.o.db.unit_of_work() as uow:
            lot_id = lots.register_lot(uow, self.o.rep, item_id=self.items[item],
                                       number=f"L{next(_COUNTER)}", quantity=quantity,
                                       manufactured_on=made_on).id
        self.lots.append(LotM(lot_id, item, made_on, quantity))  # type: ignore[arg-type]

    def _presentable(self) -> list[LotM]:
        return [x for x in self.lots if x.presentation is None and x.accepted < x.quantity]

    @precondition(lambda self: self._presentable())
    @rule(k=st.integers(0, 99), retest=st.booleans(), data=st.data())
    def present_and_inspect(self, k: int, retest: bool, data: st.DataObject) -> None:
        """The plant presents a lot (again); the office opens its inspection and enters results.
        (One step, so that decisions come often; suspensions still fall between these and the
        decision.)"""
        lot = self._presentable()[k % len(self._presentable())]
        self.present(lot)
        if self.open_inspection(lot, retest):
            self.enter_results(lot, data)

    def present(self, lot: LotM) -> None:
        with self.o.db.unit_of_work() as uow:
            pid = presentations.register_presentation(
                uow, self.o.rep, number=f"N{next(_COUNTER)}", presented_on=self.today,
                item_id=self.items[lot.item], lot_id=lot.id).id
        with self.o.db.read() as s:
            p = s.get(Presentation, pid)
            assert p is not None
            attempt, quantity = p.attempt, p.quantity
        # 1 for the first presentation, then +1 after each decision that sent it back in part
        assert attempt == lot.last_attempt + 1 == lot.presentations + 1
        assert quantity == lot.quantity - lot.accepted
        lot.presentations, lot.last_attempt = lot.presentations + 1, attempt
        lot.presentation, lot.quantity_presented = pid, quantity  # type: ignore[assignment]

    def _openable(self) -> list[LotM]:
        return [x for x in self.lots if x.presentation is not None and x.inspection is None]

    @precondition(lambda self: self._openable())
    @rule(k=st.integers(0, 99), data=st.data())
    def inspect_after_a_refused_retest(self, k: int, data: st.DataObject) -> None:
        lot = self._openable()[k % len(self._openable())]
        self.open_inspection(lot, False)
        self.enter_results(lot, data)

    def open_inspection(self, lot: LotM, retest: bool) -> bool:
        """Open the inspection (only the failed characteristics on a re-test); False when a
        re-test was asked for a presentation that has none to re-test, and refused."""
        can_retest = lot.last_attempt > 1 and bool(lot.returned_with_failures)
        if retest and not can_retest:
            refused_here(self.o, ValidationError, "", inspections.open_inspection, self.o.rep,
                         presentation_id=lot.presentation, kind=InspectionKind.ACCEPTANCE_TEST,
                         retest_only=True)
            return False
        with self.o.db.unit_of_work() as uow:
            lot.inspection = inspections.open_inspection(  # type: ignore[assignment]
                uow, self.o.rep, presentation_id=lot.presentation,
                kind=InspectionKind.ACCEPTANCE_TEST, retest_only=retest).id
        return True

    # --- results and decisions -----------------------------------------------------------------

    def enter_results(self, lot: LotM, data: st.DataObject) -> None:
        with self.o.db.unit_of_work() as uow:
            grid = inspection_grid.inspection_grid(uow, self.o.viewer, inspection_id=lot.inspection)
        assert grid.sample_size == lot.quantity_presented  # 100 %: every unit presented
        answers: dict[tuple[Severity, int], bool] = {}
        for r in grid.requirements:
            for n in range(1, r.samples + 1):
                # a critical failure returns the lot outright: make it the rarer one
                ok = data.draw(st.booleans() if r.severity is Severity.MAJOR
                               else st.sampled_from([True, True, True, False]))
                answers[(r.severity, n)] = answers.get((r.severity, n), True) and ok
                with self.o.db.unit_of_work() as uow:
                    measurements.record_measurement(uow, self.o.rep, inspection_id=lot.inspection,
                                                    requirement_id=r.id, sample_no=n,
                                                    answer="pass" if ok else "fail")
        lot.answers = answers
        with self.o.db.unit_of_work() as uow:
            grid = inspection_grid.inspection_grid(uow, self.o.viewer, inspection_id=lot.inspection)
        assert grid.verdict.verdict is expected_verdict(answers, grid.sample_size), \
            (grid.verdict, answers)

    def _decidable(self) -> list[LotM]:
        return [x for x in self.lots if x.answers is not None]

    @precondition(lambda self: self._decidable())
    @rule(k=st.integers(0, 99), choice=st.sampled_from(["as computed", "as computed",
                                                         "return anyway", "accept anyway",
                                                         "accept too many"]))
    def decide(self, k: int, choice: str) -> None:
        o, lot = self.o, self._decidable()[k % len(self._decidable())]
        assert lot.answers is not None
        n = lot.quantity_presented
        computed = expected_verdict(lot.answers, n)
        failing = {s for (_, s), ok in lot.answers.items() if not ok}
        kw: dict[str, object] = {}
        if choice == "return anyway" or (choice == "as computed" and computed is Verdict.RETURN):
            verdict = Verdict.RETURN
            if computed is not Verdict.RETURN:
                kw["reason"] = "Packing damaged in transit"
        elif choice == "accept anyway":
            verdict = Verdict.ACCEPT
        elif choice == "accept too many":
            verdict = Verdict.PARTIAL
            kw = {"accepted_quantity": n + 1}
        else:
            verdict = computed
            if verdict is Verdict.PARTIAL:
                kw = {"accepted_quantity": n - len(failing), "rejected_quantity": len(failing)}
        decide = inspection_decisions.decide
        cover = self.covered(lot)
        event(f"decide: {choice}, computed {computed.value}, {'suspended' if cover else 'free'}")
        if verdict is not Verdict.RETURN and cover is not None:
            refused_here(o, RuleViolation, f"Acceptance is refused: suspension {cover.number}",
                         decide, o.rep, inspection_id=lot.inspection, verdict=verdict,
                         password=REP_PASSWORD, **kw)
            return
        if choice == "accept too many" and computed is not Verdict.RETURN:
            refused_here(o, ValidationError, f"Only {n} units were presented with notice", decide,
                         o.rep, inspection_id=lot.inspection, verdict=verdict,
                         password=REP_PASSWORD, **kw)
            return
        if verdict is not Verdict.RETURN and computed is Verdict.RETURN:
            refused_here(o, RuleViolation, "The rules return this lot:", decide, o.rep,
                         inspection_id=lot.inspection, verdict=verdict, password=REP_PASSWORD,
                         **kw)
            return
        if verdict is Verdict.ACCEPT and computed is Verdict.PARTIAL:
            refused_here(o, RuleViolation, "Units with nonconformities cannot be accepted:",
                         decide, o.rep, inspection_id=lot.inspection, verdict=verdict,
                         password=REP_PASSWORD)
            return
        with o.db.unit_of_work() as uow:
            decide(uow, o.rep, inspection_id=lot.inspection, verdict=verdict,
                   password=REP_PASSWORD, **kw)  # type: ignore[arg-type]
        if verdict is Verdict.RETURN:
            self.returns += 1
            if computed is not Verdict.RETURN:
                self.overrides.add(lot.inspection)  # type: ignore[arg-type]
            lot.returned_with_failures = bool(failing)
        else:
            lot.accepted += n - (len(failing) if verdict is Verdict.PARTIAL else 0)
        lot.presentation = lot.inspection = lot.answers = None

    # --- suspensions -----------------------------------------------------------------------------

    @precondition(lambda self: sum(x.active for x in self.susp) < 2)
    @rule(scope=st.sampled_from([S.CONTRACT, S.ITEM, S.LOT]), item=st.integers(0, 1),
          k=st.integers(0, 99), since=st.one_of(st.none(), st.integers(0, 6)),
          ground=st.sampled_from([G.CONTRACT_TERMS, G.QUALITY_DECISIONS, G.IN_SERVICE_DEFECTS]))
    def suspend(self, scope: q.SuspensionScope, item: int, k: int, since: int | None,
                ground: q.SuspensionGround) -> None:
        o = self.o
        lot_id = None
        if scope is S.LOT:
            if not self.lots:
                return
            lot = self.lots[k % len(self.lots)]
            lot_id, item_ix, since_on = lot.id, lot.item, None
            form = sp.SuspensionForm(ground=ground, scope=scope, lot_id=lot.id, reason="Lot")
        else:
            item_ix = item if scope is S.ITEM else None
            since_on = None if since is None else self.today - dt.timedelta(days=since)
            form = sp.SuspensionForm(
                ground=ground, scope=scope, reason="By hand", contract_id=self.contract,
                item_id=self.items[item] if scope is S.ITEM else None, covers_made_since=since_on)
        if any(x.active and x.scope is scope and x.ground is ground and x.item == item_ix
               and x.lot == lot_id for x in self.susp):
            refused_here(o, RuleViolation, "Suspension ", sp.suspend, o.rep, form=form,
                         password=REP_PASSWORD)
            return
        with o.db.unit_of_work() as uow:
            sid = sp.suspend(uow, o.rep, form=form, password=REP_PASSWORD).id
        self._add_suspension(sid, scope, ground, item_ix, lot_id, since_on, None)  # type: ignore[arg-type]

    @precondition(lambda self: self.returns >= 2 and sum(x.active for x in self.susp) < 2)
    @rule(item=st.integers(0, 1))
    def suspend_after_returns(self, item: int) -> None:
        with self.o.db.unit_of_work() as uow:
            proposal = proposals.propose_suspension_after_returns(uow, self.o.viewer,
                                                                  item_id=self.items[item])
        if proposal is None:
            return
        assert (proposal.scope, proposal.ground) == (S.ITEM, G.FAILED_TESTS)
        assert not any(x.active and x.scope is S.ITEM and x.ground is G.FAILED_TESTS
                       and x.item == item for x in self.susp)
        with self.o.db.unit_of_work() as uow:
            sid = sp.suspend(uow, self.o.rep, form=proposal.form, password=REP_PASSWORD).id
        self._add_suspension(sid, S.ITEM, G.FAILED_TESTS, item, None, None, None)  # type: ignore[arg-type]

    @precondition(lambda self: len(self.tests) < 4)
    @rule(item=st.integers(0, 1), positive=st.booleans(), as_repeat=st.booleans())
    def periodic_test(self, item: int, positive: bool, as_repeat: bool) -> None:
        o = self.o
        open_failures = [t for t in self.tests if t.item == item and not t.positive
                         and not any(r.repeat_of == t.id for r in self.tests)]
        repeat_of = open_failures[-1].id if as_repeat and open_failures else None
        with o.db.unit_of_work() as uow:
            tid = pt.register_test(uow, o.rep, kind=q.TestKind.PERIODIC,
                                   item_id=self.items[item], started_on=self.today,
                                   programme_ref="PMI", repeat_of_id=repeat_of).id
        with o.db.unit_of_work() as uow:
            pt.record_result(uow, o.rep, test_id=tid,
                             result=q.TestResult.POSITIVE if positive else q.TestResult.NEGATIVE,
                             protocol_number=f"PI-{next(_COUNTER)}", results_summary="Vibration",
                             completed_on=self.today)
        self.tests.append(PeriodicTestM(tid, item, positive, self.today, self.today, repeat_of))  # type: ignore[arg-type]
        if positive:
            return
        in_force = [x for x in self.susp if x.active and x.scope is S.ITEM
                    and x.ground is G.FAILED_TESTS and x.item == item]
        if in_force:  # a negative test proposes nothing new while one is in force
            refused_here(o, RuleViolation, "Suspension ",
                         proposals.propose_suspension_after_failed_test, o.viewer, test_id=tid)
            return
        with o.db.unit_of_work() as uow:
            proposal = proposals.propose_suspension_after_failed_test(uow, o.viewer, test_id=tid)
        with o.db.unit_of_work() as uow:
            sid = sp.suspend(uow, o.rep, form=proposal.form, password=REP_PASSWORD).id
        self._add_suspension(sid, S.ITEM, G.FAILED_TESTS, item, None,
                             proposal.covers_made_since, tid)  # type: ignore[arg-type]

    # --- nonconformities -----------------------------------------------------------------------

    @precondition(lambda self: sum(n.open for n in self.ncs) < 2)
    @rule(item=st.integers(0, 1), k=st.integers(0, 99), on_lot=st.booleans())
    def raise_nonconformity(self, item: int, k: int, on_lot: bool) -> None:
        lots_of = [x for x in self.lots if x.item == item]
        lot = lots_of[k % len(lots_of)].id if on_lot and lots_of else None
        with self.o.db.unit_of_work() as uow:
            nid = nonconformities.raise_nonconformity(
                uow, self.o.rep, severity=Severity.MAJOR, description="Loose front panel",
                item_id=self.items[item], lot_id=lot).id
        self.ncs.append(NcM(nid, item, lot))  # type: ignore[arg-type]

    def _close(self, nc: NcM) -> None:
        o = self.o
        with o.db.unit_of_work() as uow:
            nonconformities.set_disposition(uow, o.rep, nonconformity_id=nc.id,
                                            disposition=q.Disposition.REWORK)
        with o.db.unit_of_work() as uow:
            nonconformities.set_corrective_action(uow, o.rep, nonconformity_id=nc.id,
                                                  corrective_action="Fastening changed")
        with o.db.unit_of_work() as uow:
            nonconformities.verify_effect(uow, o.rep, nonconformity_id=nc.id,
                                          verification="Vibration test passed")
        with o.db.unit_of_work() as uow:
            nonconformities.close_nonconformity(uow, o.rep, nonconformity_id=nc.id)
        nc.open = False

    @precondition(lambda self: any(n.open for n in self.ncs))
    @rule(k=st.integers(0, 99))
    def close_nonconformity(self, k: int) -> None:
        still = [n for n in self.ncs if n.open]
        self._close(still[k % len(still)])

    # --- resumption ----------------------------------------------------------------------------

    @precondition(lambda self: any(x.active for x in self.susp))
    @rule(k=st.integers(0, 99), meet_conditions=st.booleans())
    def resume(self, k: int, meet_conditions: bool) -> None:
        o = self.o
        active = [x for x in self.susp if x.active]
        x = active[k % len(active)]
        if meet_conditions:
            for nc in self.open_ncs_in_scope(x):
                self._close(nc)
            if not self.cleared(x):
                failed = next(t for t in self.tests if t.id == x.test)
                with o.db.unit_of_work() as uow:  # a positive repeat of the failed test
                    tid = pt.register_test(uow, o.rep, kind=q.TestKind.PERIODIC,
                                           item_id=self.items[failed.item], started_on=self.today,
                                           programme_ref="PMI", repeat_of_id=failed.id).id
                with o.db.unit_of_work() as uow:
                    pt.record_result(uow, o.rep, test_id=tid, result=q.TestResult.POSITIVE,
                                     protocol_number=f"PI-{next(_COUNTER)}",
                                     results_summary="Passed after rework",
                                     completed_on=self.today)
                self.tests.append(PeriodicTestM(tid, failed.item, True, self.today, self.today,  # type: ignore[arg-type]
                                        failed.id))
        event(f"resume {x.scope.value} scope: conditions "
              f"{'met' if not self.open_ncs_in_scope(x) and self.cleared(x) else 'not met'}")
        if self.open_ncs_in_scope(x) or not self.cleared(x):
            refused_here(o, RuleViolation, f"Suspension {x.number} cannot be ended yet:",
                         sp.resume, o.chief, suspension_id=x.id,
                         corrective_actions="Fastening changed", password=CHIEF_PASSWORD)
            return
        with o.db.unit_of_work() as uow:
            sp.resume(uow, o.chief, suspension_id=x.id, corrective_actions="Fastening changed",
                      password=CHIEF_PASSWORD)
        x.active = False

    # --- invariants of what is stored ----------------------------------------------------------

    @invariant()
    def stored_records_follow_the_rules(self) -> None:
        if not self.items:
            return
        with self.o.db.read() as s:
            check_stored(s, self.contract, self.overrides)


def test_acceptance_work_follows_the_rules(records: OfficeFixture) -> None:
    run_state_machine_as_test(
        lambda: AcceptanceMachine(records),
        settings=settings(max_examples=EXAMPLES, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.filter_too_much]))
