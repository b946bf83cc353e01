"""Helpers and the fixture of the suspension tests (scenario 5: a failed periodic test)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from milrep.models import quality as q
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.services import characteristics, contracts, gates, lots, nonconformities
from milrep.services import suspensions as sp
from milrep.services.auth import Actor
from tests.conftest import CHIEF_PASSWORD
from tests.core.acceptance_helpers import grid_of, measure, open_insp, present
from tests.core.test_product_tests import add_test
from tests.helpers import OfficeFixture

G, S = q.SuspensionGround, q.SuspensionScope
YEAR = dt.date.today().year
RAISED = dt.datetime.now(dt.UTC).date().strftime("%d.%m.%Y")  # stamped in UTC
RADIO = "Radio station R-168-5UN"
VIBRATION = "Vibration strength: resonance at 55 Hz, the front panel came loose"


def lot(o: OfficeFixture, number: str, made: dt.date | None, item: str = "radio") -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        lot_id = lots.register_lot(uow, o.rep, item_id=o.ids[item], number=number, quantity=2,
                                   manufactured_on=made).id
    assert lot_id
    return lot_id


def gate(o: OfficeFixture, lot_id: uuid.UUID | None, item: str = "radio") -> None:
    with o.db.read() as s:
        gates.ensure_not_suspended(s, item_id=o.ids[item], lot_id=lot_id, action="Acceptance")


def suspend(o: OfficeFixture, form: sp.SuspensionForm, actor: Actor | None = None,
            password: str = CHIEF_PASSWORD) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        sid = sp.suspend(uow, actor or o.chief, form=form, password=password).id
    assert sid
    return sid


def info(o: OfficeFixture, sid: uuid.UUID) -> sp.SuspensionInfo:
    with o.db.unit_of_work() as uow:
        return sp.get_suspension(uow, o.viewer, suspension_id=sid)


def close_nc(o: OfficeFixture, nc_id: uuid.UUID) -> None:
    with o.db.unit_of_work() as uow:
        nonconformities.set_disposition(uow, o.rep, nonconformity_id=nc_id,
                                        disposition=q.Disposition.REWORK)
    with o.db.unit_of_work() as uow:
        nonconformities.set_corrective_action(
            uow, o.rep, nonconformity_id=nc_id,
            corrective_action="Front-panel fastening changed to M4 screws with thread locker")
    with o.db.unit_of_work() as uow:
        nonconformities.verify_effect(uow, o.rep, nonconformity_id=nc_id,
                                      verification="Vibration test of 3 reworked stations passed")
    with o.db.unit_of_work() as uow:
        nonconformities.close_nonconformity(uow, o.rep, nonconformity_id=nc_id)


def raise_nc(o: OfficeFixture, description: str = VIBRATION, item: str = "radio",
             lot_id: uuid.UUID | None = None) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        nc_id = nonconformities.raise_nonconformity(uow, o.rep, item_id=o.ids[item],
                                                    lot_id=lot_id, severity=Severity.CRITICAL,
                                                    description=description).id
    assert nc_id
    return nc_id


@pytest.fixture
def failed(records: OfficeFixture) -> OfficeFixture:
    """Scenario 5 up to the failed periodic test: a positive one in May, lots before and after."""
    o = records
    o.ids["old_lot"] = lot(o, "L-2026-001", dt.date(2026, 3, 10))
    o.ids["pi1"] = add_test(o, started=dt.date(2026, 5, 10), completed=dt.date(2026, 5, 20),
                            result=q.TestResult.POSITIVE, protocol="PI-1/2026")
    o.ids["pi2"] = add_test(o, started=dt.date(2026, 11, 16), completed=dt.date(2026, 11, 20),
                            result=q.TestResult.NEGATIVE, protocol="PI-2/2026",
                            summary=VIBRATION)
    return o


def other_contract(o: OfficeFixture) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        cid = contracts.create_contract(uow, o.chief, form=contracts.ContractForm(
            number="13-ГОЗ/2026", signed_on=dt.date(2026, 2, 1), customer_id=o.ids["mod"],
            contractor_id=o.ids["plant"], subject="Antennas", valid_from=dt.date(2026, 2, 1),
            valid_until=dt.date(2026, 12, 31), value="1000.00")).id
    assert cid
    return cid


def add_seals_check(o: OfficeFixture, item: str = "radio") -> None:
    """One pass/fail characteristic on the item: the simplest inspection there is."""
    with o.db.unit_of_work() as uow:
        characteristics.add_characteristic(uow, o.chief, item_id=o.ids[item],
                                           form=characteristics.CharacteristicForm(
                                               name="Seals intact",
                                               kind=CharacteristicKind.ATTRIBUTE))


def inspect_lot(o: OfficeFixture, number: str, lot_id: uuid.UUID, answer: str | None = None,
                item: str = "radio") -> uuid.UUID:
    """Present the lot with notice ``number`` and open its acceptance test; with ``answer``, record
    it for every sample. Returns the inspection's id."""
    iid = open_insp(o, present(o, number, item_id=o.ids[item], lot_id=lot_id))
    if answer is not None:
        for r in grid_of(o, iid).requirements:
            for n in range(1, r.samples + 1):
                measure(o, iid, r.id, n, answer=answer)
    return iid
