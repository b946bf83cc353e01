"""Reliability analysis (Article 27.4.5) against a history built through the real services.

The expected figures are counted in the test from the history it wrote (``HISTORY``), never
taken from the code under test.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import pytest

from milrep.errors import ValidationError
from milrep.models.acceptance import Verdict
from milrep.models.reclamations import CommissionParty
from milrep.models.quality import TestKind as Kind
from milrep.models.quality import TestResult as Result
from milrep.models.requirements import SamplingMode, Severity
from milrep.reports.periods import Month, month_id, month_of_id, parse_month
from milrep.reports.reliability import compute, percent, reliability
from milrep.reports.sources import ReportFilter
from milrep.rules.reclamation import Findings
from milrep.services import lots, nonconformities, product_tests, reclamations
from tests.conftest import REP_PASSWORD
from tests.core.acceptance_helpers import decide, fill, open_insp, present, setup_radio
from tests.helpers import OfficeFixture, dump_database

BAD = {"power": Decimal("50"), "freq": Decimal("3.1"), "visual": "fail", "seal": "broken"}
NAMES = {"power": "Output power", "freq": "Frequency stability", "visual": "Marking and appearance",
         "seal": "Seals intact"}


@dataclass(frozen=True)
class Step:
    """One presentation of a lot: when presented and decided, the verdict, the failed results."""

    lot: str
    number: str
    presented: dt.date
    decided: dt.date
    verdict: Verdict
    bad: tuple[tuple[str, int], ...] = ()
    retest: bool = False


HISTORY = (
    Step("A", "101/2026", dt.date(2026, 9, 8), dt.date(2026, 9, 10), Verdict.RETURN,
         (("freq", 1),)),
    Step("A", "102/2026", dt.date(2026, 10, 1), dt.date(2026, 10, 2), Verdict.ACCEPT,
         retest=True),
    Step("B", "103/2026", dt.date(2026, 10, 12), dt.date(2026, 10, 14), Verdict.ACCEPT),
    Step("C", "104/2026", dt.date(2026, 11, 2), dt.date(2026, 11, 3), Verdict.RETURN,
         (("power", 1), ("power", 2), ("visual", 1))),
    Step("C", "105/2026", dt.date(2026, 11, 9), dt.date(2026, 11, 10), Verdict.RETURN,
         (("power", 2),), retest=True),
    Step("D", "106/2026", dt.date(2026, 11, 16), dt.date(2026, 11, 17), Verdict.ACCEPT),
)
KIT = "Spare-part kit ZIP-168"


@dataclass(frozen=True)
class Claim:
    """A reclamation: the lot, when the defect was found, units, the characteristic named, and
    whether the joint commission traced it to improper operation (29.7)."""

    lot: str
    found: dt.date
    units: int
    characteristic: str | None
    improper_operation: bool


RECLAMATIONS = (
    Claim("A", dt.date(2026, 11, 5), 2, "freq", False),
    Claim("B", dt.date(2026, 11, 8), 1, None, True),
)
FAILED_TEST_ON = dt.date(2026, 11, 20)


def build_history(o: OfficeFixture) -> None:
    """HISTORY through the services, a failed and a passed periodic test of the radio station, a
    nonconformity raised by hand on the spare-part kit and one raised from a failed result."""
    setup_radio(o, mode=SamplingMode.FIXED, fixed=2, threshold=5)
    lot_ids: dict[str, uuid.UUID] = {}
    for n, key in enumerate("ABCD"):
        with o.db.unit_of_work() as uow:
            lot_ids[key] = lots.register_lot(  # type: ignore[assignment]
                uow, o.rep, item_id=o.ids["radio"], number=f"L-2026-1{n}",
                serials=[f"{key}{i:02d}" for i in range(1, 11)],
                manufactured_on=dt.date(2026, 8, 1)).id
    for step in HISTORY:
        pid = present(o, step.number, on=step.presented, lot_id=lot_ids[step.lot])
        iid = open_insp(o, pid, retest_only=step.retest)
        fill(o, iid, bad={b: BAD[b[0]] for b in step.bad},
             units=[f"{step.lot}{i:02d}" for i in range(1, 11)])
        decide(o, iid, step.verdict, on=step.decided)
    for result, completed in ((Result.NEGATIVE, FAILED_TEST_ON),
                              (Result.POSITIVE, dt.date(2026, 11, 24))):
        with o.db.unit_of_work() as uow:
            tid = product_tests.register_test(uow, o.rep, kind=Kind.PERIODIC,
                                              item_id=o.ids["radio"],
                                              started_on=completed - dt.timedelta(days=5)).id
        with o.db.unit_of_work() as uow:
            product_tests.record_result(uow, o.rep, test_id=tid, result=result,  # type: ignore[arg-type]
                                        protocol_number=f"PI-{completed.day}",
                                        results_summary="Vibration", completed_on=completed)
    with o.db.unit_of_work() as uow:
        nonconformities.raise_nonconformity(uow, o.rep, severity=Severity.MINOR,
                                            description="Kit box label smudged",
                                            item_id=o.ids["kit"])
    for n, claim in enumerate(RECLAMATIONS, start=1):
        _reclamation(o, n, claim, lot_ids[claim.lot])


def _reclamation(o: OfficeFixture, n: int, claim: Claim, lot_id: uuid.UUID) -> None:
    """Notification, commission and findings, through the reclamation services."""
    on = claim.found + dt.timedelta(days=1)
    with o.db.unit_of_work() as uow:
        rid = reclamations.register_notification(uow, o.rep, form=reclamations.NotificationForm(
            recipient_id=o.ids["unit"], item_id=o.ids["radio"], lot_id=lot_id,
            defect_description=f"Defect {n}", defect_found_on=claim.found, notified_on=on,
            warranty_months=24, quantity=claim.units,
            characteristic_id=o.ids[f"char_{claim.characteristic}"]
            if claim.characteristic else None)).id
    assert rid
    with o.db.unit_of_work() as uow:
        reclamations.set_commission(uow, o.rep, reclamation_id=rid, formed_on=on, members=(
            reclamations.MemberForm(CommissionParty.RECIPIENT, "Capt. Nurlanov"),
            reclamations.MemberForm(CommissionParty.CONTRACTOR, "Eng. Petrov"),
            reclamations.MemberForm(CommissionParty.MILITARY_REPRESENTATIVE, "Maj. Akhmetova")))
    with o.db.unit_of_work() as uow:
        reclamations.record_findings(uow, o.rep, reclamation_id=rid, password=REP_PASSWORD,
                                     form=reclamations.FindingsForm(
            findings=Findings(contractor_at_fault=not claim.improper_operation,
                              improper_operation=claim.improper_operation),
            cause="Established", findings_on=on + dt.timedelta(days=2)))


def nc_month() -> str:
    """Nonconformities are dated when raised: today."""
    return Month.of(dt.datetime.now(dt.UTC).date()).key


# --- the independent count ------------------------------------------------------------------------

def expected_decisions(steps: tuple[Step, ...] = HISTORY) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    attempts: Counter[str] = Counter()
    for st in steps:
        attempts[st.lot] += 1
        c = out.setdefault(st.decided.strftime("%Y-%m"), Counter())
        accepted = st.verdict is not Verdict.RETURN
        c["accepted" if accepted else "returned"] += 1
        if attempts[st.lot] == 1:
            c["first_accepted" if accepted else "first_returned"] += 1
    return out


def expected_defects() -> Counter[tuple[str, str]]:
    """(month, category) → defects, for the radio station's inspections and tests."""
    c: Counter[tuple[str, str]] = Counter()
    for st in HISTORY:
        for key, _ in st.bad:
            c[(st.decided.strftime("%Y-%m"), NAMES[key])] += 1
    c[(FAILED_TEST_ON.strftime("%Y-%m"), "Periodic test failed")] += 1
    for claim in RECLAMATIONS:
        if not claim.improper_operation:  # 29.7: not a defect of the goods
            name = NAMES[claim.characteristic] if claim.characteristic else "not named"
            c[(claim.found.strftime("%Y-%m"), f"In service: {name}")] += claim.units
    return c


def test_figures_match_the_history(records: OfficeFixture) -> None:
    o = records
    build_history(o)
    with o.db.unit_of_work() as uow:
        r = reliability(uow, o.viewer, filter=ReportFilter())
    want = expected_decisions()
    total = sum(want.values(), Counter())
    d = r.totals.decisions
    assert (d.accepted, d.returned, d.first_accepted, d.first_returned) == (
        total["accepted"], total["returned"], total["first_accepted"], total["first_returned"])
    assert d.first_pass_rate == pytest.approx(2 / 4)  # B and D at once; A and C returned first
    assert d.return_rate == pytest.approx(3 / 6)
    assert percent(d.first_pass_rate) == "50.0 %"
    # every month from the first to the last with data, empty ones included
    assert [m.key for m, _ in r.months] == sorted(
        {"2026-09", "2026-10", "2026-11", nc_month()})
    for m, line in r.months:
        w = want.get(m.key, Counter())
        assert (line.decisions.accepted, line.decisions.returned,
                line.decisions.first_accepted) == (w["accepted"], w["returned"],
                                                   w["first_accepted"]), m.key
    defects = expected_defects()
    for m, line in r.months:
        radio_inspection = sum(n for (mk, cat), n in defects.items()
                               if mk == m.key and cat in NAMES.values())
        kit = 1 if m.key == nc_month() else 0
        assert line.defects.get("inspection", 0) == radio_inspection + kit, m.key
        assert line.defects.get("test", 0) == sum(
            n for (mk, cat), n in defects.items() if mk == m.key and "test" in cat), m.key
        assert line.defects.get("reclamation", 0) == sum(
            n for (mk, cat), n in defects.items() if mk == m.key and "In service" in cat), m.key
    # by characteristic, most defects first, with the running share
    pareto = {(p.item, p.category): p.defects for p in r.pareto}
    assert pareto == {**{("Radio station R-168-5UN", cat): n
                         for cat, n in _summed(defects).items()},
                      (KIT, "Nonconformities raised by hand (minor)"): 1}
    assert [p.defects for p in r.pareto] == sorted((p.defects for p in r.pareto), reverse=True)
    assert r.pareto[0].category == "Output power" and r.pareto[0].defects == 3
    assert r.pareto[-1].cumulative == pytest.approx(1.0)
    all_defects = sum(defects.values()) + 1
    assert r.pareto[0].share == pytest.approx(3 / all_defects)
    assert r.pareto[1].cumulative == pytest.approx((3 + r.pareto[1].defects) / all_defects)
    # by item
    items = {line.label: line for line in r.by_item}
    assert items["Radio station R-168-5UN"].total_defects == sum(defects.values())
    assert items[KIT].defects == {"inspection": 1}
    assert items["Radio station R-168-5UN"].decisions.decided == len(HISTORY)


def _summed(defects: Counter[tuple[str, str]]) -> Counter[str]:
    out: Counter[str] = Counter()
    for (_, cat), n in defects.items():
        out[cat] += n
    return out


def test_filters_period_item_contract_and_source(records: OfficeFixture) -> None:
    o = records
    build_history(o)
    with o.db.read() as s:
        november = compute(s, ReportFilter(date_from=dt.date(2026, 11, 1),
                                           date_to=dt.date(2026, 11, 30),
                                           item_id=o.ids["radio"]))
        tests_only = compute(s, ReportFilter(sources=frozenset({"test"})))
        other_contract = compute(s, ReportFilter(contract_id=uuid.uuid4()))
        by_contract = compute(s, ReportFilter(contract_id=o.ids["contract"]))
        one_day = compute(s, ReportFilter(date_from=dt.date(2026, 9, 10),
                                          date_to=dt.date(2026, 9, 10)))
    w = expected_decisions()["2026-11"]
    d = november.totals.decisions
    assert (d.accepted, d.returned, d.first_accepted, d.first_returned) == (
        w["accepted"], w["returned"], w["first_accepted"], w["first_returned"])
    assert [m.key for m, _ in november.months] == ["2026-11"]
    assert november.totals.defects == {"inspection": 4, "test": 1,  # the kit is another item
                                       "reclamation": 2}  # one traced to improper operation
    assert tests_only.totals.defects == {"test": 1}
    assert [k for k, _ in tests_only.sources] == ["test"]
    assert [p.category for p in tests_only.pareto] == ["Periodic test failed"]
    assert other_contract.empty and other_contract.months == () and other_contract.pareto == ()
    assert by_contract.totals.total_defects == sum(expected_defects().values()) + 1
    assert one_day.totals.decisions.returned == 1 and one_day.totals.defects == {"inspection": 1}
    assert [m.key for m, _ in one_day.months] == ["2026-09"]


def test_empty_office_gives_zeros(records: OfficeFixture) -> None:
    o = records
    before = dump_database(o.db)
    with o.db.unit_of_work() as uow:
        r = reliability(uow, o.viewer, filter=ReportFilter(date_from=dt.date(2026, 1, 1),
                                                          date_to=dt.date(2026, 3, 31)))
    assert r.empty
    assert [m.key for m, _ in r.months] == ["2026-01", "2026-02", "2026-03"]
    assert all(line.decisions.decided == 0 and line.total_defects == 0 for _, line in r.months)
    assert r.totals.decisions.first_pass_rate is None and percent(None) == "—"
    assert [k for k, _, n in r.by_source if n == 0] == ["inspection", "test", "reclamation"]
    assert dump_database(o.db) == before


def test_months_and_report_ids() -> None:
    assert parse_month("2026-11") == Month(2026, 11)
    assert Month(2026, 12).next() == Month(2027, 1) and Month(2027, 1).previous() == Month(2026, 12)
    assert Month(2026, 2).last_day == dt.date(2026, 2, 28)
    assert month_of_id(month_id(Month(2026, 11))) == Month(2026, 11)
    for bad in ("2026-13", "11.2026", "", "2026-0"):
        with pytest.raises(ValidationError) as info:
            parse_month(bad)
        assert str(info.value) == (f"\"{bad}\" is not a month: write it as year-month, "
                                   "e.g. 2026-11.")
    with pytest.raises(ValidationError):
        month_of_id(uuid.uuid4())
