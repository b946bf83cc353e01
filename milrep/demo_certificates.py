"""The demo office's certificates (issue 4): accepted goods, certificates confirming quality (one
revoked) and a shipment, all written through the services like an office that worked them.

They are made for contract 15-ГОЗ/2026 — field telephone sets TA-88 (lot T-2026-001, 30 sets
with serials) and the spare-part kit ZIP-168 of contract 12-ГОЗ/2026 (lot K-2026-001, 5 sets) —
so the radio station's lot L-2026-004 stays presented and untouched for scenario 3. Dates are
counted back from today, so the periodic test is in date and the gate holds whenever the demo is
built (while the contracts are in force).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from milrep.db.store import Database
from milrep.models.acceptance import InspectionKind, Verdict
from milrep.models.control_list import ControlListItem
from milrep.models.products import Lot
from milrep.models.quality import TestKind, TestResult
from milrep.models.requirements import CharacteristicKind, SamplingMode, Severity
from milrep.services import (certificates, characteristics, completeness_list,
                             inspection_decisions, inspection_grid, inspections, measurements,
                             presentations, product_tests, requirements, shipments)
from milrep.services.auth import Actor


def build_certificates(db: Database, actors: dict[str, Actor], password: str) -> None:
    chief, rep1, rep2 = actors["chief"], actors["rep1"], actors["rep2"]
    today = dt.datetime.now(dt.UTC).date()
    phones, phones_lot = _find(db, "5805-088-01", "T-2026-001")
    kit, kit_lot = _find(db, "5820-168-91", "K-2026-001")

    def run(actor: Actor, fn, **kw):  # type: ignore[no-untyped-def]
        with db.unit_of_work() as uow:
            return fn(uow, actor, **kw)

    # requirements: attribute checks only (no instruments), a sample of 5 telephone sets
    for item, checks in ((phones, ("Call signal", "Speech quality", "Marking")),
                         (kit, ("Packing and labels",))):
        for name in checks:
            run(chief, characteristics.add_characteristic, item_id=item,
                form=characteristics.CharacteristicForm(
                    name, kind=CharacteristicKind.ATTRIBUTE,
                    severity=Severity.MINOR if name == "Marking" else Severity.MAJOR,
                    method="TU 6650-021-2025 p. 5" if item == phones else "Kit list"))
    for name, qty in (("Handset", 1), ("Field cable reel 500 m", 1), ("Operating manual", 1)):
        run(chief, completeness_list.add_completeness_entry, item_id=phones,
            form=completeness_list.CompletenessForm(name=name, quantity=qty))
    for name, qty in (("Spare whip antenna", 1), ("Fuses 2 A", 10), ("Headset cord", 2)):
        run(chief, completeness_list.add_completeness_entry, item_id=kit,
            form=completeness_list.CompletenessForm(name=name, quantity=qty))
    run(chief, requirements.set_item_requirements, item_id=phones,
        form=requirements.RequirementsForm(
            sampling_mode=SamplingMode.FIXED, fixed_sample_size=5, periodic_interval_months=12,
            periodic_programme_ref="PMI 6650-021-2025", acceptance_programme_ref="PSI TA-88"))
    run(chief, requirements.set_item_requirements, item_id=kit,
        form=requirements.RequirementsForm(sampling_mode=SamplingMode.ALL))

    # the yearly periodic test of the telephone sets, passed three weeks ago
    test = run(rep2, product_tests.register_test, kind=TestKind.PERIODIC, item_id=phones,
               started_on=today - dt.timedelta(days=25)).id
    run(rep2, product_tests.record_result, test_id=test, result=TestResult.POSITIVE,
        protocol_number="PI-4/2026", results_summary="Climatic, vibration and drop tests passed",
        completed_on=today - dt.timedelta(days=21))

    # acceptance of both lots
    records = {}
    for key, item, lot, notice, actor in (("phones", phones, phones_lot, "OTK-207/2026", rep2),
                                          ("kit", kit, kit_lot, "OTK-219/2026", rep1)):
        on = today - dt.timedelta(days=12 if key == "phones" else 9)
        pid = run(actor, presentations.register_presentation, number=notice, presented_on=on,
                  item_id=item, lot_id=lot, otk_reference=f"OTK certificate {notice[4:7]}").id
        iid = run(actor, inspections.open_inspection, presentation_id=pid,
                  kind=InspectionKind.ACCEPTANCE_TEST).id
        grid = run(actor, inspection_grid.inspection_grid, inspection_id=iid)
        at = dt.datetime.combine(on, dt.time(9, 30), tzinfo=dt.UTC)
        for r in grid.requirements:
            for n in range(1, r.samples + 1):
                run(actor, measurements.record_measurement, inspection_id=iid,
                    requirement_id=r.id, sample_no=n, answer="pass", measured_at=at,
                    **({"serial": f"TA{n * 6:04d}"} if key == "phones" else {}))
        run(actor, inspections.record_completeness, inspection_id=iid,
            found={c.id: c.expected for c in grid.completeness})
        records[key] = run(actor, inspection_decisions.decide, inspection_id=iid,
                           verdict=Verdict.ACCEPT, password=password,
                           decided_on=on).changes.id

    # certificates: 20 telephone sets, then the other 10 (revoked: issued with the wrong
    # recipient), then the kit; 10 sets shipped under the first
    first = run(rep2, certificates.issue_certificate, acceptance_record_ids=[records["phones"]],
                serials=[f"TA{n:04d}" for n in range(1, 21)], password=password).id
    second = run(rep1, certificates.issue_certificate, acceptance_record_ids=[records["phones"]],
                 password=password).id
    run(rep1, certificates.issue_certificate, acceptance_record_ids=[records["kit"]],
        password=password)
    run(chief, certificates.revoke_certificate, certificate_id=second, password=password,
        reason="Issued for the wrong recipient: the sets go to military unit 54321 under a new "
               "certificate after the contract amendment")
    run(rep2, shipments.record_shipment, certificate_id=first, quantity=10, shipped_on=today,
        document_no="TTN-2026/0457")


def _find(db: Database, code: str, lot_number: str) -> tuple[uuid.UUID, uuid.UUID]:
    with db.read() as s:
        item = s.scalars(select(ControlListItem.id)
                         .where(ControlListItem.nomenclature_code == code)).one()
        lot = s.scalars(select(Lot.id).where(Lot.item_id == item, Lot.number == lot_number)).one()
    return item, lot
