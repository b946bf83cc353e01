"""The demo office's acceptance history of the radio station R-168-5UN (SCENARIOS.md §2, §3, §5).

Written through the services like an office that worked it, so every document of issue 3 has a
real record to print at once: inspection protocols, a return notice, a test opinion, a
suspension notice and the resumption decision.

- requirements of §2: output power, frequency stability and sensitivity measured with
  instruments of the register (one of them out of calibration, to show the refusal), marking
  and seals checked by answer, the completeness list, ISO 2859-1 level II AQL 1.0, periodic
  tests every 6 months;
- the positive periodic test of April and the office's opinion on it;
- lot L-2026-001 accepted at the first attempt; L-2026-002 returned for frequency stability
  (attempt 1), re-tested on that characteristic only and accepted (attempt 2); L-2026-003
  accepted;
- scenario 5 in the past: the periodic test of October fails vibration, the head of office
  signs the suspension of acceptance and shipment, the nonconformity is worked off, the repeat
  test passes and he signs the resumption decision;
- lot L-2026-004 made and not yet presented: scenario 3 starts with its notice of presentation;
- a quality decision (one overdue) and a storage check of goods awaiting shipment.

The history lies between May and November 2026, before the demo can be built.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from milrep.db.store import Database
from milrep.models.acceptance import InspectionKind, Verdict
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot, ProductUnit
from milrep.models.quality import Disposition, TestKind, TestResult
from milrep.models.requirements import CharacteristicKind, SamplingMode, Severity
from milrep.services import (characteristics, completeness_list, decisions, inspection_decisions,
                             inspection_grid, inspections, instruments, measurements,
                             nonconformities, presentations, product_tests, requirements,
                             suspension_proposals, suspensions)
from milrep.services.auth import Actor

RADIO_CODE = "5820-168-05"
TU = "TU 6574-012-2026"

# name, kind, nominal, lower, upper, unit, answers, clause, method, severity, instrument key
CHARACTERISTICS: tuple[tuple[Any, ...], ...] = (
    ("Output power", CharacteristicKind.VARIABLE, "40", "36", "44", "W", "", "4.2",
     "Into a 50 Ω load at 30, 45 and 60 MHz", Severity.MAJOR, "wattmeter"),
    ("Frequency stability", CharacteristicKind.VARIABLE, "0", "-1.5", "1.5", "ppm", "", "4.3",
     "After 15 min warm-up, at the band edges", Severity.MAJOR, "counter"),
    ("Receiver sensitivity", CharacteristicKind.VARIABLE, None, None, "0.5", "µV", "", "4.5",
     "At 12 dB SINAD, 45 MHz", Severity.MAJOR, "receiver"),
    ("Marking and appearance", CharacteristicKind.ATTRIBUTE, None, None, None, "", "", "4.1",
     "Visual", Severity.MINOR, None),
    ("Seals intact", CharacteristicKind.ATTRIBUTE, None, None, None, "",
     "intact\nrestored by OTK", "4.8", "Visual, against the seal register",
     Severity.CRITICAL, None),
)
GOOD: dict[str, Any] = {"Output power": Decimal("40.3"), "Frequency stability": Decimal("0.4"),
                        "Receiver sensitivity": Decimal("0.35"),
                        "Marking and appearance": "pass", "Seals intact": "intact"}
INSTRUMENTS = (
    ("wattmeter", instruments.InstrumentForm(
        name="Wattmeter M3-93", serial="WM-0457", calibrated_on=dt.date(2026, 3, 1),
        calibration_due=dt.date(2027, 2, 28), instrument_type="Power meter",
        measuring_range="0.1-100 W", accuracy="±4 %", certificate_ref="KZ.02.03.0457-2026",
        location="Acceptance-test bay 2")),
    ("counter", instruments.InstrumentForm(
        name="Frequency counter Ch3-85", serial="FC-1120", calibrated_on=dt.date(2026, 1, 10),
        calibration_due=dt.date(2027, 1, 9), instrument_type="Frequency counter",
        measuring_range="0.01 Hz-3 GHz", accuracy="±5·10⁻⁸", certificate_ref="KZ.02.03.1120-2026",
        location="Acceptance-test bay 2")),
    ("receiver", instruments.InstrumentForm(
        name="Measuring receiver SMV-8.5", serial="MR-0086", calibrated_on=dt.date(2026, 4, 2),
        calibration_due=dt.date(2027, 4, 1), instrument_type="Measuring receiver",
        measuring_range="0.1 µV-1 V", accuracy="±6 %", certificate_ref="KZ.02.03.0086-2026",
        location="Acceptance-test bay 2")),
    ("old", instruments.InstrumentForm(
        name="Wattmeter M3-51", serial="WM-0101", calibrated_on=dt.date(2025, 10, 1),
        calibration_due=dt.date(2026, 10, 31), instrument_type="Power meter",
        measuring_range="0.1-10 W", accuracy="±6 %", certificate_ref="KZ.02.03.0101-2025",
        location="Metrology store (awaiting calibration)")),
)
VIBRATION = ("Vibration strength (PMI p. 3.4): resonance at 55 Hz, the front panel of 2 of 3 "
             "stations came loose")


def build_acceptance(db: Database, actors: dict[str, Actor], password: str) -> None:
    chief, akhmetova, li = actors["chief"], actors["rep1"], actors["rep2"]

    def run(actor: Actor, fn: Callable[..., Any], **kw: Any) -> Any:
        with db.unit_of_work() as uow:
            return fn(uow, actor, **kw)

    radio, lot_ids = _radio(db)
    _requirements(run, chief, radio)
    tools = {key: run(chief, instruments.register_instrument, form=form).id
             for key, form in INSTRUMENTS}

    # the positive periodic test of April, with the office's opinion (Article 27.4.4)
    april = run(li, product_tests.register_test, kind=TestKind.PERIODIC, item_id=radio,
                started_on=dt.date(2026, 4, 20), programme_ref="PMI 6574-012-2026").id
    run(li, product_tests.record_result, test_id=april, result=TestResult.POSITIVE,
        protocol_number="PI-1/2026", completed_on=dt.date(2026, 4, 28),
        results_summary="Vibration, climatic (−40…+50 °C), drop and reliability tests passed "
                        "on 3 stations of lot L-2026-001")
    run(li, product_tests.issue_opinion, test_id=april, password=password,
        conclusion="The stations meet TU 6574-012-2026 rev. 3 in every periodic test; serial "
                   "production and acceptance may continue.")

    def inspect(actor: Actor, lot: str, notice: str, on: dt.date, *, bad: dict[tuple[str, int],
                Any] | None = None, retest: bool = False) -> uuid.UUID:
        pid = run(actor, presentations.register_presentation, number=notice, presented_on=on,
                  item_id=radio, lot_id=lot_ids[lot], otk_reference=f"OTK certificate {notice}").id
        iid = run(actor, inspections.open_inspection, presentation_id=pid,
                  kind=InspectionKind.ACCEPTANCE_TEST, retest_only=retest).id
        grid = run(actor, inspection_grid.inspection_grid, inspection_id=iid)
        serials = _serials(db, lot_ids[lot])
        at = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(10, 0), tzinfo=dt.UTC)
        tool_of = {c[0]: c[10] for c in CHARACTERISTICS}
        for r in grid.requirements:
            for n in range(1, r.samples + 1):
                value = (bad or {}).get((r.name, n), GOOD[r.name])
                kw: dict[str, Any] = {"serial": serials[n - 1], "measured_at": at}
                if isinstance(value, Decimal):
                    kw.update(value=value, instrument_id=tools[tool_of[r.name]])
                else:
                    kw["answer"] = value
                run(actor, measurements.record_measurement, inspection_id=iid,
                    requirement_id=r.id, sample_no=n, **kw)
        if grid.completeness:
            run(actor, inspections.record_completeness, inspection_id=iid,
                found={c.id: c.expected for c in grid.completeness})
        return iid

    def accept(actor: Actor, iid: uuid.UUID, on: dt.date) -> None:
        run(actor, inspection_decisions.decide, inspection_id=iid, verdict=Verdict.ACCEPT,
            password=password, decided_on=on)

    accept(akhmetova, inspect(akhmetova, "L-2026-001", "OTK-112/2026", dt.date(2026, 5, 20)),
           dt.date(2026, 5, 21))
    # L-2026-002: frequency stability out of limits on the second sample → returned
    first = inspect(li, "L-2026-002", "OTK-138/2026", dt.date(2026, 6, 22),
                    bad={("Frequency stability", 2): Decimal("2.1")})
    run(li, inspection_decisions.decide, inspection_id=first, verdict=Verdict.RETURN,
        password=password, decided_on=dt.date(2026, 6, 23),
        reason="Frequency stability out of limits (+2.1 ppm against ±1.5 ppm): reference "
               "oscillator to be replaced on the whole lot")
    accept(li, inspect(li, "L-2026-002", "OTK-141/2026", dt.date(2026, 6, 29), retest=True),
           dt.date(2026, 6, 30))
    accept(akhmetova, inspect(akhmetova, "L-2026-003", "OTK-176/2026", dt.date(2026, 9, 15)),
           dt.date(2026, 9, 16))

    _failed_periodic_test(run, chief, li, radio, password)

    run(chief, decisions.create_decision, item_id=radio, owner="Chief engineer of the plant",
        title="Replace the reference oscillator supplier for R-168-5UN",
        description="After the return of L-2026-002: qualify a second supplier of the TCXO and "
                    "report the incoming-inspection results", due_on=dt.date(2026, 10, 30))
    run(chief, decisions.create_decision, item_id=radio, owner="Head of the plant's OTK",
        title="Vibration test of every 10th station at final assembly",
        description="Corrective action of the periodic test PI-2/2026", due_on=dt.date(2027, 1, 31))
    run(akhmetova, decisions.record_storage_check, lot_id=lot_ids["L-2026-003"],
        checked_on=dt.date(2026, 11, 18), conditions_ok=True,
        findings="Finished-goods store 3: +18 °C, 45 % RH, stations in sealed transport cases")


def _failed_periodic_test(run: Callable[..., Any], chief: Actor, li: Actor, radio: uuid.UUID,
                          password: str) -> None:
    """Scenario 5: the October periodic test fails; suspension, corrective action, resumption."""
    october = run(li, product_tests.register_test, kind=TestKind.PERIODIC, item_id=radio,
                  started_on=dt.date(2026, 10, 12), programme_ref="PMI 6574-012-2026").id
    run(li, product_tests.record_result, test_id=october, result=TestResult.NEGATIVE,
        protocol_number="PI-2/2026", completed_on=dt.date(2026, 10, 16), results_summary=VIBRATION)
    run(li, product_tests.issue_opinion, test_id=october, password=password,
        conclusion="The stations do not meet TU 6574-012-2026 rev. 3 p. 4.9 (vibration "
                   "strength). Acceptance and shipment of stations made since the last positive "
                   "periodic test are to be suspended until the cause is removed.")
    proposal = run(chief, suspension_proposals.propose_suspension_after_failed_test,
                   test_id=october)
    suspension = run(chief, suspensions.suspend, form=proposal.form, password=password).id
    nc = run(li, nonconformities.raise_nonconformity, item_id=radio, severity=Severity.CRITICAL,
             description=VIBRATION).id
    run(li, nonconformities.set_disposition, nonconformity_id=nc, disposition=Disposition.REWORK)
    run(li, nonconformities.set_corrective_action, nonconformity_id=nc,
        corrective_action="Front-panel fastening changed to M4 screws with thread locker "
                          "(change notice 6574-112); stations in stock reworked")
    run(li, nonconformities.verify_effect, nonconformity_id=nc,
        verification="Vibration test of 3 reworked stations passed (protocol PI-3/2026)")
    run(li, nonconformities.close_nonconformity, nonconformity_id=nc)
    repeat = run(li, product_tests.register_test, kind=TestKind.PERIODIC, item_id=radio,
                 started_on=dt.date(2026, 11, 5), programme_ref="PMI 6574-012-2026",
                 repeat_of_id=october).id
    run(li, product_tests.record_result, test_id=repeat, result=TestResult.POSITIVE,
        protocol_number="PI-3/2026", completed_on=dt.date(2026, 11, 10),
        results_summary="Repeat test after corrective action: vibration, climatic and drop "
                        "tests passed on 3 reworked stations")
    run(chief, suspensions.resume, suspension_id=suspension, password=password,
        repeat_test_id=repeat,
        corrective_actions="Front-panel fastening changed (change notice 6574-112), stations in "
                           "stock reworked, repeat periodic test PI-3/2026 positive")


def _requirements(run: Callable[..., Any], chief: Actor, radio: uuid.UUID) -> None:
    for name, kind, nominal, lower, upper, unit, answers, clause, method, severity, _tool in \
            CHARACTERISTICS:
        run(chief, characteristics.add_characteristic, item_id=radio,
            form=characteristics.CharacteristicForm(
                name, kind=kind, nominal=nominal, lower_limit=lower, upper_limit=upper,
                unit=unit, allowed_answers=answers, method=method,
                reference=f"{TU} rev. 3 p. {clause}", severity=severity))
    for name, qty in (("Headset", 1), ("Whip antenna", 1), ("Battery", 2),
                      ("Operating manual", 1)):
        run(chief, completeness_list.add_completeness_entry, item_id=radio,
            form=completeness_list.CompletenessForm(name=name, quantity=qty))
    run(chief, requirements.set_item_requirements, item_id=radio,
        form=requirements.RequirementsForm(
            sampling_mode=SamplingMode.ISO2859, inspection_level="II", aql_major="1.0",
            aql_minor="2.5", periodic_interval_months=6,
            periodic_programme_ref="PMI 6574-012-2026", acceptance_programme_ref="PSI R-168-5UN"))


def _radio(db: Database) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    with db.read() as s:
        radio = s.scalars(select(ControlListItem.id)
                          .where(ControlListItem.nomenclature_code == RADIO_CODE)).one()
        lots = {n: i for i, n in s.execute(select(Lot.id, Lot.number)
                                            .where(Lot.item_id == radio))}
    return radio, lots


def _serials(db: Database, lot_id: uuid.UUID) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(ProductUnit.serial).where(ProductUnit.lot_id == lot_id)
                              .order_by(ProductUnit.serial)))
