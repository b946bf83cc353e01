"""Nonconformities: raise, disposition (concession rules), corrective action, verification, close,
reopen; and the pure rule the certificate gate will use."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from milrep.errors import PermissionDenied, RuleViolation, ValidationError
from milrep.models.acceptance import InspectionKind, InspectionRequirement
from milrep.models.quality import Disposition, NonconformityStatus
from milrep.models.requirements import CharacteristicKind, Severity
from milrep.services import nonconformities as nc
from tests.core.test_product_tests import refused
from tests.helpers import OfficeFixture

TODAY = dt.date.today()


def raise_(o: OfficeFixture, description: str = "Scratched front panel", *, item: str = "radio",
           lot_id: uuid.UUID | None = None, severity: Severity = Severity.MINOR) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        nid = nc.raise_nonconformity(uow, o.rep, item_id=o.ids[item], lot_id=lot_id,
                                     severity=severity, description=description).id
    assert nid
    return nid


def do(o: OfficeFixture, fn, **kw) -> None:  # type: ignore[no-untyped-def]
    with o.db.unit_of_work() as uow:
        fn(uow, o.rep, **kw)


def get(o: OfficeFixture, nid: uuid.UUID) -> nc.NonconformityInfo:
    with o.db.unit_of_work() as uow:
        return nc.get_nonconformity(uow, o.viewer, nonconformity_id=nid)


def test_life_of_a_nonconformity(records: OfficeFixture) -> None:
    o = records
    nid = raise_(o, lot_id=o.ids["lot"], severity=Severity.MAJOR)
    info = get(o, nid)
    assert (info.status, info.lot_number, info.raised_by, info.disposition) == (
        NonconformityStatus.OPEN, "L-2026-004", o.rep.user_id, None)
    label = f"\"Scratched front panel\" raised on {dt.datetime.now(dt.UTC).date():%d.%m.%Y}"
    refused(o, RuleViolation, f"Nonconformity {label} cannot be closed without the "
            "disposition, the corrective action, the verification of its effect.",
            nc.close_nonconformity, nonconformity_id=nid)
    refused(o, RuleViolation, "Record the corrective action before verifying its effect.",
            nc.verify_effect, nonconformity_id=nid, verification="Checked")
    do(o, nc.set_disposition, nonconformity_id=nid, disposition=Disposition.REWORK)
    do(o, nc.set_corrective_action, nonconformity_id=nid, corrective_action="Panel repainted")
    refused(o, RuleViolation, f"Nonconformity {label} cannot be closed without the "
            "verification of its effect.", nc.close_nonconformity, nonconformity_id=nid)
    refused(o, ValidationError, "Verification of effect is required.", nc.verify_effect,
            nonconformity_id=nid, verification=" ")
    do(o, nc.verify_effect, nonconformity_id=nid, verification="Next two lots: no scratches")
    with o.db.unit_of_work() as uow:
        assert [x.id for x in nc.open_nonconformities(uow, o.viewer)] == [nid]
    do(o, nc.close_nonconformity, nonconformity_id=nid)
    info = get(o, nid)
    assert info.status == NonconformityStatus.CLOSED and info.closed_by == o.rep.user_id
    assert info.closed_at is not None
    with o.db.unit_of_work() as uow:
        assert nc.open_nonconformities(uow, o.viewer) == ()
    refused(o, RuleViolation, f"Nonconformity {label} is closed: reopen it to change it.",
            nc.set_disposition, nonconformity_id=nid, disposition=Disposition.SCRAP)
    refused(o, RuleViolation, f"Nonconformity {label} is closed: reopen it to change it.",
            nc.close_nonconformity, nonconformity_id=nid)
    do(o, nc.reopen_nonconformity, nonconformity_id=nid)
    info = get(o, nid)
    assert (info.status, info.closed_at, info.closed_by, info.verification) == (
        NonconformityStatus.OPEN, None, None, "")
    assert info.corrective_action == "Panel repainted"
    refused(o, RuleViolation, f"Nonconformity {label} is already open.",
            nc.reopen_nonconformity, nonconformity_id=nid)


def test_raise_refusals(records: OfficeFixture) -> None:
    o = records
    refused(o, ValidationError, "Description is required.", nc.raise_nonconformity,
            item_id=o.ids["radio"], severity=Severity.MINOR, description="  ")
    refused(o, ValidationError, "Choose the control-list item.", nc.raise_nonconformity,
            severity=Severity.MINOR, description="x")
    refused(o, ValidationError, "The lot does not belong to \"Spare-part kit ZIP-168\".",
            nc.raise_nonconformity, item_id=o.ids["kit"], lot_id=o.ids["lot"],
            severity=Severity.MINOR, description="x")
    refused(o, ValidationError, "The inspection requirement no longer exists.",
            nc.raise_nonconformity, requirement_id=uuid.uuid4(), severity=Severity.MINOR,
            description="x")
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head of "
            "office.", nc.raise_nonconformity, actor=o.viewer, item_id=o.ids["radio"],
            severity=Severity.MINOR, description="x")


def test_raise_from_an_inspection_requirement(records: OfficeFixture) -> None:
    o = records
    inspections = pytest.importorskip("milrep.services.inspections")
    presentations = pytest.importorskip("milrep.services.presentations")
    characteristics = pytest.importorskip("milrep.services.characteristics")
    from sqlalchemy import select

    with o.db.unit_of_work() as uow:
        characteristics.add_characteristic(uow, o.chief, item_id=o.ids["radio"],
                                           form=characteristics.CharacteristicForm(
                                               name="Seals intact",
                                               kind=CharacteristicKind.ATTRIBUTE))
    with o.db.unit_of_work() as uow:
        p = presentations.register_presentation(uow, o.rep, number="OTK-1",
                                                presented_on=dt.date(2026, 11, 24),
                                                item_id=o.ids["radio"], lot_id=o.ids["lot"]).id
    with o.db.unit_of_work() as uow:
        i = inspections.open_inspection(uow, o.rep, presentation_id=p,
                                        kind=InspectionKind.ACCEPTANCE_TEST).id
    with o.db.read() as s:
        rid = s.scalars(select(InspectionRequirement.id)
                        .where(InspectionRequirement.inspection_id == i)).one()
    refused(o, ValidationError, "The requirement \"Seals intact\" belongs to an inspection of "
            "another item.", nc.raise_nonconformity, requirement_id=rid, item_id=o.ids["kit"],
            severity=Severity.CRITICAL, description="Seal broken on 0412")
    with o.db.unit_of_work() as uow:
        nid = nc.raise_nonconformity(uow, o.rep, requirement_id=rid, severity=Severity.CRITICAL,
                                     description="Seal broken on 0412").id
    info = get(o, nid)  # type: ignore[arg-type]
    assert (info.item_id, info.lot_id, info.inspection_id, info.requirement_id) == (
        o.ids["radio"], o.ids["lot"], i, rid)


# --- concessions ----------------------------------------------------------------------------------

def test_use_as_is_only_under_a_valid_concession(records: OfficeFixture) -> None:
    o = records
    nid = raise_(o, lot_id=o.ids["lot"])
    base = dict(nonconformity_id=nid, disposition=Disposition.USE_AS_IS)
    refused(o, ValidationError, "\"Use as is\" is allowed only under a concession: enter the "
            "concession reference.", nc.set_disposition, **base,
            concession_expires=TODAY + dt.timedelta(days=30))
    refused(o, ValidationError, "\"Use as is\" is allowed only under a concession with an expiry "
            "date: enter the date the concession expires.", nc.set_disposition, **base,
            concession_ref="C-7/2026")
    refused(o, ValidationError, f"Concession C-7/2026 expires on {TODAY:%d.%m.%Y}: the expiry "
            "date must be in the future.", nc.set_disposition, **base, concession_ref="C-7/2026",
            concession_expires=TODAY)
    refused(o, ValidationError, "A concession applies only to the disposition \"Use as is\".",
            nc.set_disposition, nonconformity_id=nid, disposition=Disposition.REWORK,
            concession_ref="C-7/2026", concession_expires=TODAY + dt.timedelta(days=30))
    expires = TODAY + dt.timedelta(days=30)
    do(o, nc.set_disposition, **base, concession_ref=" C-7/2026 ", concession_expires=expires)
    info = get(o, nid)
    assert (info.disposition, info.concession_ref, info.concession_expires) == (
        Disposition.USE_AS_IS, "C-7/2026", expires)
    with o.db.read() as s:
        check = nc.has_open_nonconformity_without_concession
        assert not check(s, item_id=o.ids["radio"], lot_id=o.ids["lot"], on=TODAY)
        assert not check(s, item_id=o.ids["radio"], lot_id=o.ids["lot"], on=expires)
        assert check(s, item_id=o.ids["radio"], lot_id=o.ids["lot"],
                     on=expires + dt.timedelta(days=1))
    # another disposition clears the concession
    do(o, nc.set_disposition, nonconformity_id=nid, disposition=Disposition.REPAIR)
    info = get(o, nid)
    assert (info.concession_ref, info.concession_expires) == ("", None)
    with o.db.read() as s:
        assert nc.has_open_nonconformity_without_concession(
            s, item_id=o.ids["radio"], lot_id=o.ids["lot"], on=TODAY)
        assert not nc.has_open_nonconformity_without_concession(
            s, item_id=o.ids["kit"], lot_id=None, on=TODAY)


ITEM, OTHER_ITEM = uuid.uuid4(), uuid.uuid4()
LOT, OTHER_LOT = uuid.uuid4(), uuid.uuid4()
DAY = dt.date(2026, 11, 25)


def facts(**kw: object) -> nc.NonconformityFacts:
    base: dict[str, object] = dict(item_id=ITEM, lot_id=LOT, status=NonconformityStatus.OPEN,
                                   disposition=None, concession_ref="", concession_expires=None)
    base.update(kw)
    return nc.NonconformityFacts(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("f", "blocks"), [
    (facts(), True),
    (facts(disposition=Disposition.REWORK), True),
    (facts(status=NonconformityStatus.CLOSED), False),
    (facts(lot_id=OTHER_LOT), False),
    (facts(lot_id=None), True),  # raised against the item as a whole: every lot
    (facts(item_id=OTHER_ITEM), False),
    (facts(disposition=Disposition.USE_AS_IS, concession_ref="C-1",
           concession_expires=DAY), False),  # the expiry day itself is still valid
    (facts(disposition=Disposition.USE_AS_IS, concession_ref="C-1",
           concession_expires=DAY - dt.timedelta(days=1)), True),
    (facts(disposition=Disposition.USE_AS_IS, concession_ref=" ",
           concession_expires=DAY), True),
    (facts(disposition=Disposition.USE_AS_IS, concession_ref="C-1"), True),
    (facts(disposition=Disposition.SCRAP, concession_ref="C-1", concession_expires=DAY), True),
])
def test_blocking_rule(f: nc.NonconformityFacts, blocks: bool) -> None:
    assert bool(nc.blocking_nonconformities([f], item_id=ITEM, lot_id=LOT, on=DAY)) is blocks


@given(st.lists(st.builds(
    facts, lot_id=st.sampled_from([LOT, OTHER_LOT, None]),
    status=st.sampled_from(list(NonconformityStatus)),
    disposition=st.sampled_from([None, *Disposition]),
    concession_ref=st.sampled_from(["", "C-2"]),
    concession_expires=st.sampled_from([None, DAY - dt.timedelta(days=1), DAY])), max_size=6))
def test_blocking_is_any_single_blocker(fs: list[nc.NonconformityFacts]) -> None:
    together = nc.blocking_nonconformities(fs, item_id=ITEM, lot_id=LOT, on=DAY)
    assert together == [f for f in fs
                        if nc.blocking_nonconformities([f], item_id=ITEM, lot_id=LOT, on=DAY)]
