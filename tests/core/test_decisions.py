"""Quality decisions with owners and due dates, and storage checks of accepted lots (27.4.6)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from milrep.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from milrep.models.acceptance import InspectionKind, Verdict
from milrep.models.quality import DecisionStatus, StorageCheck
from milrep.models.requirements import CharacteristicKind
from milrep.services import decisions as dc
from tests.conftest import REP_PASSWORD
from tests.core.test_product_tests import refused
from tests.helpers import OfficeFixture

TODAY = dt.date.today()


def create(o: OfficeFixture, title: str, due: dt.date, **kw: object) -> uuid.UUID:
    kw.setdefault("item_id", o.ids["radio"])
    with o.db.unit_of_work() as uow:
        did = dc.create_decision(uow, o.rep, title=title, owner="Chief technologist", due_on=due,
                                 **kw).id  # type: ignore[arg-type]
    assert did
    return did


def overdue(o: OfficeFixture, today: dt.date) -> list[str]:
    with o.db.unit_of_work() as uow:
        return [d.title for d in dc.overdue_decisions(uow, o.viewer, today=today)]


def test_create_and_overdue(records: OfficeFixture) -> None:
    o = records
    a = create(o, "Replace the solder paste", dt.date(2026, 11, 10))
    b = create(o, "Revise the vibration fixture drawing", dt.date(2026, 11, 20))
    c = create(o, "Train the OTK inspectors", dt.date(2026, 11, 25), item_id=None,
               contract_id=o.ids["contract"])
    create(o, "Second supplier of connectors", dt.date(2026, 12, 31))
    assert overdue(o, dt.date(2026, 11, 10)) == []  # the due date itself is not overdue
    assert overdue(o, dt.date(2026, 11, 25)) == ["Replace the solder paste",
                                                 "Revise the vibration fixture drawing"]
    with o.db.unit_of_work() as uow:
        dc.mark_implemented(uow, o.rep, decision_id=a, implemented_on=dt.date(2026, 11, 24),
                            verification="Paste batch certificate checked on the line")
    with o.db.unit_of_work() as uow:
        dc.cancel_decision(uow, o.rep, decision_id=b, reason="Superseded by decision 12")
    assert overdue(o, dt.date(2026, 11, 26)) == ["Train the OTK inspectors"]
    with o.db.unit_of_work() as uow:
        all_ = {d.id: d for d in dc.list_decisions(uow, o.viewer, today=dt.date(2026, 11, 26))}
    assert all_[a].status == DecisionStatus.IMPLEMENTED and not all_[a].overdue
    assert all_[a].implemented_on == dt.date(2026, 11, 24)
    assert all_[b].status == DecisionStatus.CANCELLED
    assert all_[b].verification == "Superseded by decision 12"
    assert all_[c].overdue and all_[c].contract_id == o.ids["contract"]
    assert all_[a].contract_id == o.ids["contract"]  # taken from the item
    with o.db.unit_of_work() as uow:
        assert len(dc.list_decisions(uow, o.viewer, today=TODAY,
                                     status=DecisionStatus.OPEN)) == 2


@given(status=st.sampled_from(list(DecisionStatus)), due=st.integers(-3, 3))
def test_overdue_rule(status: DecisionStatus, due: int) -> None:
    day = dt.date(2026, 11, 25)
    assert dc.is_overdue(status, day + dt.timedelta(days=due), day) is (
        status == DecisionStatus.OPEN and due < 0)


def test_decision_refusals(records: OfficeFixture) -> None:
    o = records
    refused(o, ValidationError, "Decision is required.", dc.create_decision, title=" ",
            owner="OTK", due_on=TODAY)
    refused(o, ValidationError, "Responsible is required.", dc.create_decision, title="x",
            owner="", due_on=TODAY)
    refused(o, ValidationError, "Choose the control-list item.", dc.create_decision, title="x",
            owner="OTK", due_on=TODAY, item_id=uuid.uuid4())
    refused(o, ValidationError, "Choose the contract.", dc.create_decision, title="x",
            owner="OTK", due_on=TODAY, contract_id=uuid.uuid4())
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", dc.create_decision, actor=o.viewer, title="x", owner="OTK", due_on=TODAY)
    did = create(o, "Replace the solder paste", dt.date(2026, 11, 10))
    refused(o, ValidationError, "How the implementation was verified is required.",
            dc.mark_implemented, decision_id=did, implemented_on=TODAY, verification="")
    refused(o, ValidationError, "A decision cannot be implemented in the future.",
            dc.mark_implemented, decision_id=did, implemented_on=TODAY + dt.timedelta(days=1),
            verification="Checked")
    refused(o, ValidationError, "Reason for cancelling is required.", dc.cancel_decision,
            decision_id=did, reason=" ")
    refused(o, NotFound, "The decision no longer exists.", dc.cancel_decision,
            decision_id=uuid.uuid4(), reason="x")
    with o.db.unit_of_work() as uow:
        dc.mark_implemented(uow, o.rep, decision_id=did, implemented_on=TODAY,
                            verification="Checked")
    refused(o, RuleViolation, "Decision \"Replace the solder paste\" is already implemented.",
            dc.cancel_decision, decision_id=did, reason="x")


# --- storage checks -----------------------------------------------------------------------------

def accept_lot(o: OfficeFixture, on: dt.date) -> None:
    inspections = pytest.importorskip("milrep.services.inspections")
    inspection_grid = pytest.importorskip("milrep.services.inspection_grid")
    inspection_decisions = pytest.importorskip("milrep.services.inspection_decisions")
    presentations = pytest.importorskip("milrep.services.presentations")
    characteristics = pytest.importorskip("milrep.services.characteristics")
    measurements = pytest.importorskip("milrep.services.measurements")
    with o.db.unit_of_work() as uow:
        characteristics.add_characteristic(uow, o.chief, item_id=o.ids["radio"],
                                           form=characteristics.CharacteristicForm(
                                               name="Seals intact",
                                               kind=CharacteristicKind.ATTRIBUTE))
    with o.db.unit_of_work() as uow:
        p = presentations.register_presentation(uow, o.rep, number="OTK-5", presented_on=on,
                                                item_id=o.ids["radio"], lot_id=o.ids["lot"]).id
    with o.db.unit_of_work() as uow:
        i = inspections.open_inspection(uow, o.rep, presentation_id=p,
                                        kind=InspectionKind.ACCEPTANCE_TEST).id
    with o.db.unit_of_work() as uow:
        grid = inspection_grid.inspection_grid(uow, o.rep, inspection_id=i)
    for r in grid.requirements:
        for n in range(1, r.samples + 1):
            with o.db.unit_of_work() as uow:
                measurements.record_measurement(uow, o.rep, inspection_id=i,
                                                requirement_id=r.id, sample_no=n, answer="pass")
    with o.db.unit_of_work() as uow:
        inspection_decisions.decide(uow, o.rep, inspection_id=i, verdict=Verdict.ACCEPT,
                                    password=REP_PASSWORD, decided_on=on)


def test_storage_checks(records: OfficeFixture) -> None:
    o = records
    refused(o, RuleViolation, "Lot L-2026-004 has not been accepted: storage checks are for "
            "accepted goods awaiting shipment.", dc.record_storage_check, lot_id=o.ids["lot"],
            checked_on=TODAY, conditions_ok=True)
    accept_lot(o, dt.date(2026, 11, 20))
    refused(o, ValidationError, "Describe the findings: the storage conditions are not met.",
            dc.record_storage_check, lot_id=o.ids["lot"], checked_on=TODAY,
            conditions_ok=False, findings=" ")
    refused(o, ValidationError, "Checked on cannot be earlier than Accepted on.",
            dc.record_storage_check, lot_id=o.ids["lot"], checked_on=dt.date(2026, 11, 19),
            conditions_ok=True)
    refused(o, ValidationError, "A check cannot be dated in the future.",
            dc.record_storage_check, lot_id=o.ids["lot"],
            checked_on=TODAY + dt.timedelta(days=1), conditions_ok=True)
    refused(o, ValidationError, "Choose the lot.", dc.record_storage_check, lot_id=uuid.uuid4(),
            checked_on=TODAY, conditions_ok=True)
    with o.db.unit_of_work() as uow:
        dc.record_storage_check(uow, o.rep, lot_id=o.ids["lot"],
                                checked_on=dt.date(2026, 11, 21), conditions_ok=True)
    with o.db.unit_of_work() as uow:
        cid = dc.record_storage_check(uow, o.rep, lot_id=o.ids["lot"],
                                      checked_on=dt.date(2026, 11, 24), conditions_ok=False,
                                      findings="Humidity 85 % in warehouse 3 (limit 70 %)").id
    with o.db.unit_of_work() as uow:
        checks = dc.list_storage_checks(uow, o.viewer, lot_id=o.ids["lot"])
    assert [(c.checked_on, c.conditions_ok, c.lot_number) for c in checks] == [
        (dt.date(2026, 11, 24), False, "L-2026-004"), (dt.date(2026, 11, 21), True, "L-2026-004")]
    # immutable: the journal refuses an edit
    with o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, dc.Permission.EDIT_DECISIONS, "test.edit")
        row = s.get(StorageCheck, cid)
        assert row is not None
        row.findings = "nothing"
        with pytest.raises(Exception, match="(?i)immutable|cannot be changed|refuse"):
            s.flush()
