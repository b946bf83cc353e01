"""Inspections: scenario 3 end to end; opening, results, completeness and attachments, each bad
input with its message and nothing stored changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from milrep.errors import PermissionDenied, RuleViolation, ValidationError
from milrep.models.acceptance import (AcceptanceRecord, Attachment, InspectionKind,
                                      InspectionStatus, Measurement, Presentation,
                                      PresentationStatus, ReturnNotice, Verdict)
from milrep.models.journal import AuditEntry
from milrep.models.requirements import ItemRequirements, SamplingMode
from milrep.services import inspection_rows, inspections, lots, measurements, presentations
from milrep.services.auth import Permission
from tests.core.acceptance_helpers import (AT, ON, SERIALS, decide, fill, grid_of, measure,
                                           open_insp, present, requirement_ids, setup_radio)
from tests.helpers import OfficeFixture, refused


def _presentation(o: OfficeFixture, pid: uuid.UUID) -> tuple[PresentationStatus, int]:
    with o.db.read() as s:
        p = s.get(Presentation, pid)
        assert p is not None
        return p.status, p.attempt


# --- scenario 3 -----------------------------------------------------------------------------------

def test_scenario_3_return_then_accept_on_the_second_attempt(records: OfficeFixture) -> None:
    o = records
    setup_radio(o)
    p1 = present(o, "45/2026")
    with o.db.unit_of_work() as uow:
        queue = presentations.presentations_awaiting(uow, o.rep)
    assert [(e.number, e.lot_number, e.attempt) for e in queue] == [("45/2026", "L-2026-004", 1)]

    i1 = open_insp(o, queue[0].presentation_id)
    assert _presentation(o, p1) == (PresentationStatus.IN_INSPECTION, 1)
    grid = grid_of(o, i1)
    assert [r.name for r in grid.requirements] == ["Output power", "Frequency stability",
                                                   "Marking and appearance", "Seals intact"]
    # ISO 2859-1 level II, lot of 10: major AQL 1.0 → every unit, Ac 0; minor AQL 2.5 → 5 units
    assert grid.plan["mode"] == "iso2859" and grid.sample_size == 10
    assert grid.plan["classes"]["major"] == {"n": 10, "ac": 0, "re": 1}
    assert grid.plan["classes"]["minor"]["n"] == 5
    assert [r.samples for r in grid.requirements] == [10, 10, 5, 10]
    assert [c.name for c in grid.completeness] == ["Headset", "Whip antenna", "Battery",
                                                   "Operating manual"]
    assert grid.verdict.verdict is None
    assert grid.verdict.reason == "No verdict yet. Results missing: 39."

    # output power with the calibrated wattmeter; frequency stability fails on serial 0412
    fill(o, i1, bad={("freq", 8): Decimal("2.3")})
    grid = grid_of(o, i1)
    cell = grid.cell(requirement_ids(o, i1)["freq"], 8)
    assert cell is not None and (cell.serial, cell.value, cell.conforms) == ("0412",
                                                                            Decimal("2.3"), False)
    power = grid.cell(requirement_ids(o, i1)["power"], 1)
    assert power is not None and power.instrument == "Wattmeter M3-93 (WM-0457)"
    assert grid.samples[7] == (8, "0412")
    v = grid.verdict
    assert v.verdict is Verdict.RETURN and v.rejected_serials == ("0412",)
    assert v.reason == ("Units with major nonconformities: 1 of 10 inspected, which reaches the "
                        "rejection number 1.")

    result = decide(o, i1, Verdict.RETURN)
    assert result.document_number == "17/WS1/2026/RN-0001"
    assert not result.suspension_proposed
    assert _presentation(o, p1) == (PresentationStatus.RETURNED, 1)
    with o.db.read() as s:
        notice = s.scalars(select(ReturnNotice)).one()
        defects = json.loads(notice.defects)
        assert json.loads(notice.failed_requirements) == [str(o.ids["char_freq"])]
        insp = inspection_rows.inspection_row(s, i1)
        assert (insp.status, insp.verdict) == (InspectionStatus.DECIDED, Verdict.RETURN)
        assert insp.signature_id == notice.signature_id
        state = json.loads(s.scalars(select(ItemRequirements.switching_state)).one())
    assert [(d["name"], d["serial"], d["value"], d["lower_limit"], d["upper_limit"])
            for d in defects] == [("Frequency stability", "0412", "2.3", "-1.5", "1.5")]
    assert state["severity"] == "normal" and state["recent_normal"] == [False]
    with o.db.unit_of_work() as uow:
        assert presentations.presentations_awaiting(uow, o.rep) == ()

    # a week later: attempt 2, only frequency stability is re-tested
    p2 = present(o, "52/2026", on=ON + dt.timedelta(days=7))
    with o.db.unit_of_work() as uow:
        info = presentations.get_presentation(uow, o.rep, presentation_id=p2)
    assert (info.attempt, info.previous_id) == (2, p1)
    i2 = open_insp(o, p2, retest_only=True)
    grid = grid_of(o, i2)
    assert [r.name for r in grid.requirements] == ["Frequency stability"] and grid.retest_only
    fill(o, i2)
    assert grid_of(o, i2).verdict.verdict is Verdict.ACCEPT
    result = decide(o, i2, Verdict.ACCEPT, on=ON + dt.timedelta(days=7))
    assert result.document_number == "17/WS1/2026/AR-0001"
    assert _presentation(o, p2) == (PresentationStatus.ACCEPTED, 2)
    with o.db.read() as s:
        rec = s.scalars(select(AcceptanceRecord)).one()
        assert (rec.accepted_quantity, rec.rejected_quantity, rec.deadline, rec.late) == (
            10, 0, dt.date(2026, 12, 15), False)
        assert rec.accepted_serials.splitlines() == SERIALS
        # a re-submitted lot does not move the switching rules
        assert json.loads(s.scalars(select(ItemRequirements.switching_state)).one()) == state
    refused(o, RuleViolation, "Lot L-2026-004 is already accepted in full.",
            presentations.register_presentation, number="60/2026", presented_on=ON,
            item_id=o.ids["radio"], lot_id=o.ids["lot"])


# --- measurements -------------------------------------------------------------------------------

@pytest.fixture
def opened(records: OfficeFixture) -> tuple[OfficeFixture, uuid.UUID, dict[str, uuid.UUID]]:
    setup_radio(records)
    iid = open_insp(records, present(records, "45/2026"))
    return records, iid, requirement_ids(records, iid)


def test_measurement_bad_inputs(opened: tuple[OfficeFixture, uuid.UUID, dict[str, uuid.UUID]]
                                ) -> None:
    o, iid, req = opened
    rm = measurements.record_measurement

    def bad(error: type[Exception], message: str, key: str, sample: int = 1, **kw: Any) -> None:
        kw.setdefault("measured_at", AT)
        refused(o, error, message, rm, inspection_id=iid, requirement_id=req[key],
                sample_no=sample, **kw)

    bad(RuleViolation, "Instrument Wattmeter M3-51 No. WM-0101: calibration expired on "
        "31.10.2026; a measurement with it is refused. Recalibrate it or choose another "
        "instrument.", "power", value=Decimal("40"), instrument_id=o.ids["expired"])
    bad(ValidationError, "Output power: the sample number must be from 1 to 10 (got 11).",
        "power", 11, value=Decimal("40"), instrument_id=o.ids["wattmeter"])
    bad(ValidationError, "Output power: the sample number must be from 1 to 10 (got 0).",
        "power", 0, value=Decimal("40"), instrument_id=o.ids["wattmeter"])
    bad(ValidationError, "Marking and appearance: the sample number must be from 1 to 5 (got 6).",
        "visual", 6, answer="pass")
    bad(ValidationError, "Marking and appearance is checked by an answer, not a measured value.",
        "visual", value=Decimal("1"))
    bad(ValidationError, "Marking and appearance: answer \"pass\" or \"fail\".", "visual",
        answer="fine")
    bad(ValidationError, "Seals intact: enter the answer.", "seal", answer="  ")
    bad(ValidationError, "Output power is measured: enter a value, not an answer.", "power",
        answer="40", instrument_id=o.ids["wattmeter"])
    bad(ValidationError, "Output power: choose the measuring instrument used.", "power",
        value=Decimal("40"))
    bad(ValidationError, "Output power: enter the measured value.", "power",
        instrument_id=o.ids["wattmeter"])
    bad(ValidationError, "Output power: \"forty\" is not a number.", "power", value="forty",
        instrument_id=o.ids["wattmeter"])
    bad(ValidationError, "Unit 0499 is not among the units presented with notice 45/2026.",
        "power", value=Decimal("40"), instrument_id=o.ids["wattmeter"], serial="0499")
    bad(PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
        "office.", "power", value=Decimal("40"), instrument_id=o.ids["wattmeter"],
        actor=o.viewer)
    with pytest.raises(TypeError):
        with o.db.unit_of_work() as uow:
            rm(uow, o.rep, inspection_id=iid, requirement_id=req["power"], sample_no=1,
               value=40.0, instrument_id=o.ids["wattmeter"])  # type: ignore[arg-type]
    # the instrument is valid through its due date, not a day longer
    measure(o, iid, req["freq"], 1, value=Decimal("0.1"), instrument_id=o.ids["counter"],
            measured_at=dt.datetime(2026, 12, 31, 23, 0, tzinfo=dt.UTC))
    bad(RuleViolation, "Instrument Frequency counter Ch3-85 No. FC-1120: calibration expired on "
        "31.12.2026; a measurement with it is refused. Recalibrate it or choose another "
        "instrument.", "freq", 2, value=Decimal("0.1"), instrument_id=o.ids["counter"],
        measured_at=dt.datetime(2027, 1, 1, 8, 0, tzinfo=dt.UTC))
    # one unit per sample, one sample per unit
    measure(o, iid, req["power"], 1, value=Decimal("40"), instrument_id=o.ids["wattmeter"],
            serial="0405")
    bad(ValidationError, "Sample 1 is unit 0405, not 0406.", "freq", 1, value=Decimal("0.1"),
        instrument_id=o.ids["counter"], serial="0406")
    bad(ValidationError, "Unit 0405 is already sample 1.", "power", 2, value=Decimal("0.1"),
        instrument_id=o.ids["wattmeter"], serial="0405")


def test_re_entering_a_result_replaces_it_and_is_journaled(
        opened: tuple[OfficeFixture, uuid.UUID, dict[str, uuid.UUID]]) -> None:
    o, iid, req = opened
    measure(o, iid, req["power"], 3, value=Decimal("35.9"), instrument_id=o.ids["wattmeter"],
            serial="0407")
    cell = grid_of(o, iid).cell(req["power"], 3)
    assert cell is not None and not cell.conforms
    measure(o, iid, req["power"], 3, value=Decimal("36.0"), instrument_id=o.ids["wattmeter"])
    cell = grid_of(o, iid).cell(req["power"], 3)
    assert cell is not None and (cell.value, cell.conforms, cell.serial) == (Decimal("36.0"),
                                                                            True, "0407")
    with o.db.read() as s:
        assert len(list(s.scalars(select(Measurement)))) == 1
        actions = [(a.action, a.before is None) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "measurements")
            .order_by(AuditEntry.seq))]
    assert actions == [("inspection.measure", True), ("inspection.measure", False)]


def test_completeness_and_attachments(
        opened: tuple[OfficeFixture, uuid.UUID, dict[str, uuid.UUID]]) -> None:
    o, iid, _ = opened
    lines = grid_of(o, iid).completeness
    refused(o, ValidationError, "Battery: the quantity found must be a whole number, zero or "
            "more.", inspections.record_completeness, inspection_id=iid,
            found={lines[2].id: -1})
    refused(o, ValidationError, "That completeness line is not part of this inspection.",
            inspections.record_completeness, inspection_id=iid, found={uuid.uuid4(): 1})
    with o.db.unit_of_work() as uow:
        inspections.record_completeness(uow, o.rep, inspection_id=iid, found={lines[2].id: 1})
    assert grid_of(o, iid).completeness[2].found == 1

    photo = b"\xff\xd8\xff\xe0 MILREP-ATTACHMENT-CANARY seal of unit 0412 " * 100
    with o.db.unit_of_work() as uow:
        aid = inspections.add_attachment(uow, o.rep, inspection_id=iid,
                                         filename="C:\\photos\\seal-0412.jpg",
                                         media_type="image/jpeg", content=photo).id
    (info,) = grid_of(o, iid).attachments
    assert (info.id, info.filename, info.size, info.sha256) == (
        aid, "seal-0412.jpg", len(photo), hashlib.sha256(photo).hexdigest())
    with o.db.read() as s:
        a = s.get(Attachment, aid)
        assert a is not None and a.content == photo
    o.db.close()
    raw = b"".join(p.read_bytes() for p in o.path.parent.iterdir() if p.is_file())
    assert b"MILREP-ATTACHMENT-CANARY" not in raw  # encrypted at rest


def test_attachment_bad_inputs(opened: tuple[OfficeFixture, uuid.UUID, dict[str, uuid.UUID]]
                               ) -> None:
    o, iid, _ = opened
    add = inspections.add_attachment
    refused(o, ValidationError, "The file big.png is larger than 20 MB.", add,
            inspection_id=iid, filename="big.png", media_type="image/png",
            content=b"\0" * (20 * 1024 * 1024 + 1))
    refused(o, ValidationError, "The file empty.png is empty.", add, inspection_id=iid,
            filename="empty.png", media_type="image/png", content=b"")
    refused(o, ValidationError, "\"png\" is not a media type such as image/jpeg.", add,
            inspection_id=iid, filename="a.png", media_type="png", content=b"x")
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", add, inspection_id=iid, filename="a.png", media_type="image/png",
            content=b"x", actor=o.viewer)


# --- opening --------------------------------------------------------------------------------------

def test_open_bad_inputs(records: OfficeFixture) -> None:
    o = records
    setup_radio(o)
    pid = present(o, "45/2026")
    op = inspections.open_inspection
    refused(o, ValidationError, "\"Work stage inspection\" does not fit \"Radio station "
            "R-168-5UN\"; choose: Acceptance test, Inspection.", op, presentation_id=pid,
            kind=InspectionKind.WORK_STAGE)
    refused(o, ValidationError, "Lot L-2026-004 has not been returned before: only a "
            "presentation after a return re-tests the failed characteristics alone.", op,
            presentation_id=pid, kind=InspectionKind.ACCEPTANCE_TEST, retest_only=True)
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", op, presentation_id=pid, kind=InspectionKind.INSPECTION, actor=o.viewer)
    open_insp(o, pid)
    refused(o, RuleViolation, "Notice 45/2026 is not awaiting inspection: an inspection can only "
            "be opened once.", op, presentation_id=pid, kind=InspectionKind.INSPECTION)
    # the repair (a military work) has no characteristics yet
    with o.db.unit_of_work() as uow:
        rl = lots.register_lot(uow, o.rep, item_id=o.ids["repair"], number="REP-1", quantity=6).id
    assert rl
    rp = present(o, "R-1", item_id=o.ids["repair"], lot_id=rl)
    refused(o, ValidationError, "\"Acceptance test\" does not fit \"Repair of R-168-5UN "
            "stations\"; choose: Work stage inspection.", op, presentation_id=rp,
            kind=InspectionKind.ACCEPTANCE_TEST)
    refused(o, RuleViolation, "\"Repair of R-168-5UN stations\" has no characteristics to check: "
            "enter its requirements first.", op, presentation_id=rp,
            kind=InspectionKind.WORK_STAGE)


def test_requirements_are_copied_not_referenced(records: OfficeFixture) -> None:
    o = records
    setup_radio(o, mode=SamplingMode.FIXED, fixed=3)
    iid = open_insp(o, present(o, "45/2026"))
    from milrep.models.requirements import Characteristic

    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.EDIT_REQUIREMENTS, "test.edit")
        c = s.get(Characteristic, o.ids["char_power"])
        assert c is not None
        c.upper_limit = Decimal("100")
        uow.commit()
    grid = grid_of(o, iid)
    assert grid.requirements[0].upper_limit == Decimal("44")
    assert grid.plan["classes"]["major"] == {"n": 3, "ac": 0, "re": 1} and grid.sample_size == 3
