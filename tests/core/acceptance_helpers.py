"""Requirements, instruments and inspection steps for the acceptance-work tests (scenario 3).

The radio station R-168-5UN of contract 12-ГОЗ/2026: output power and frequency stability
measured, a visual check by answer, a four-line completeness list, ISO 2859-1 level II AQL 1.0.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import select

from milrep.models.acceptance import InspectionKind, InspectionRequirement, Verdict
from milrep.models.requirements import (Characteristic, CharacteristicKind, CompletenessEntry,
                                        ItemRequirements, MeasuringInstrument, SamplingMode,
                                        Severity)
from milrep.services import (inspection_decisions, inspection_grid, inspections, measurements,
                             presentations)
from milrep.services.auth import Permission
from tests.conftest import REP_PASSWORD
from tests.helpers import OfficeFixture

ON = dt.date(2026, 11, 25)
AT = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)
SERIALS = [f"04{n:02d}" for n in range(5, 15)]


def setup_radio(o: OfficeFixture, *, mode: SamplingMode = SamplingMode.ISO2859,
                fixed: int | None = None, threshold: int = 2, item: str = "radio") -> None:
    """Characteristics, completeness, sampling settings and instruments, stored as rows."""
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.EDIT_REQUIREMENTS, "test.requirements")
        item_id = o.ids[item]
        rows = [
            ("power", "Output power", CharacteristicKind.VARIABLE, Decimal("40"), Decimal("36"),
             Decimal("44"), "W", "", Severity.MAJOR),
            ("freq", "Frequency stability", CharacteristicKind.VARIABLE, Decimal("0"),
             Decimal("-1.5"), Decimal("1.5"), "ppm", "", Severity.MAJOR),
            ("visual", "Marking and appearance", CharacteristicKind.ATTRIBUTE, None, None, None,
             "", "", Severity.MINOR),
            ("seal", "Seals intact", CharacteristicKind.ATTRIBUTE, None, None, None, "",
             "intact\nrestored by OTK", Severity.CRITICAL),
        ]
        for pos, (key, name, kind, nom, lo, hi, unit, answers, sev) in enumerate(rows):
            c = Characteristic(id=uuid.uuid4(), item_id=item_id, position=pos, name=name,
                               kind=kind, nominal=nom, lower_limit=lo, upper_limit=hi, unit=unit,
                               allowed_answers=answers, method="TU 6574-012-2026 p. 4." + str(pos),
                               reference="TU 6574-012-2026", severity=sev, active=True)
            s.add(c)
            o.ids[f"char_{key}"] = c.id
        for pos, (name, qty) in enumerate((("Headset", 1), ("Whip antenna", 1),
                                           ("Battery", 2), ("Operating manual", 1))):
            s.add(CompletenessEntry(id=uuid.uuid4(), item_id=item_id, position=pos, name=name,
                                    quantity=qty, unit="pcs"))
        s.add(ItemRequirements(id=uuid.uuid4(), item_id=item_id, sampling_mode=mode,
                               fixed_sample_size=fixed, inspection_level="II", aql_major="1.0",
                               aql_minor="2.5", switching_state="", return_threshold=threshold))
        for key, name, serial, cal, due in (
                ("wattmeter", "Wattmeter M3-93", "WM-0457", dt.date(2026, 3, 1),
                 dt.date(2027, 2, 28)),
                ("counter", "Frequency counter Ch3-85", "FC-1120", dt.date(2026, 1, 10),
                 dt.date(2026, 12, 31)),
                ("expired", "Wattmeter M3-51", "WM-0101", dt.date(2025, 10, 1),
                 dt.date(2026, 10, 31))):
            inst = MeasuringInstrument(id=uuid.uuid4(), name=name, serial=serial,
                                       calibrated_on=cal, calibration_due=due, active=True)
            s.add(inst)
            o.ids[key] = inst.id
        uow.commit()


def present(o: OfficeFixture, number: str, *, on: dt.date = ON, **kw: object) -> uuid.UUID:
    kw.setdefault("item_id", o.ids["radio"])
    kw.setdefault("lot_id", o.ids["lot"])
    with o.db.unit_of_work() as uow:
        ch = presentations.register_presentation(uow, o.rep, number=number, presented_on=on,
                                                 otk_reference="OTK 311/2026", **kw)  # type: ignore[arg-type]
    assert ch.id
    return ch.id


def open_insp(o: OfficeFixture, presentation_id: uuid.UUID, *, retest_only: bool = False,
              kind: InspectionKind = InspectionKind.ACCEPTANCE_TEST) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        ch = inspections.open_inspection(uow, o.rep, presentation_id=presentation_id, kind=kind,
                                         retest_only=retest_only)
    assert ch.id
    return ch.id


def requirement_ids(o: OfficeFixture, inspection_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """Copied requirement id by the characteristic key used in :func:`setup_radio`."""
    keys = {v: k.removeprefix("char_") for k, v in o.ids.items() if k.startswith("char_")}
    with o.db.read() as s:
        return {keys[r.characteristic_id]: r.id for r in s.scalars(
            select(InspectionRequirement)
            .where(InspectionRequirement.inspection_id == inspection_id))}


def measure(o: OfficeFixture, inspection_id: uuid.UUID, requirement_id: uuid.UUID,
            sample_no: int, **kw: object) -> None:
    kw.setdefault("measured_at", AT)
    with o.db.unit_of_work() as uow:
        measurements.record_measurement(uow, o.rep, inspection_id=inspection_id,
                                        requirement_id=requirement_id, sample_no=sample_no,
                                        **kw)  # type: ignore[arg-type]


def fill(o: OfficeFixture, inspection_id: uuid.UUID, *, bad: dict[tuple[str, int], object]
         | None = None, completeness: bool = True, serials: bool = True,
         units: list[str] = SERIALS) -> None:
    """Every result of the inspection conforming, except ``bad[(key, sample)]`` values."""
    bad = bad or {}
    grid = grid_of(o, inspection_id)
    reqs = requirement_ids(o, inspection_id)
    by_id = {v: k for k, v in reqs.items()}
    good = {"power": Decimal("40.2"), "freq": Decimal("0.4"), "visual": "pass", "seal": "intact"}
    for r in grid.requirements:
        key = by_id[r.id]
        for n in range(1, r.samples + 1):
            v = bad.get((key, n), good[key])
            kw: dict[str, object] = {"serial": units[n - 1]} if serials else {}
            if isinstance(v, Decimal):
                kw["value"] = v
                kw["instrument_id"] = o.ids["wattmeter" if key == "power" else "counter"]
            else:
                kw["answer"] = v
            measure(o, inspection_id, r.id, n, **kw)
    if completeness:
        with o.db.unit_of_work() as uow:
            inspections.record_completeness(uow, o.rep, inspection_id=inspection_id, found={
                c.id: c.expected for c in grid.completeness})


def grid_of(o: OfficeFixture, inspection_id: uuid.UUID) -> inspection_grid.InspectionGrid:
    with o.db.unit_of_work() as uow:
        return inspection_grid.inspection_grid(uow, o.viewer, inspection_id=inspection_id)


def decide(o: OfficeFixture, inspection_id: uuid.UUID, verdict: Verdict, *,
           on: dt.date = ON, password: str = REP_PASSWORD, **kw: object
           ) -> inspection_decisions.DecisionResult:
    with o.db.unit_of_work() as uow:
        return inspection_decisions.decide(uow, o.rep, inspection_id=inspection_id,
                                           verdict=verdict, password=password, decided_on=on,
                                           **kw)  # type: ignore[arg-type]
