"""Shipments (DESIGN.md §3 step 8): only accepted, certified, not suspended goods, and no more
than is certified and not yet shipped."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from milrep.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from milrep.models.shipments import Shipment
from milrep.services import certificates, shipments
from milrep.services.auth import Permission
from tests.conftest import CHIEF_PASSWORD
from tests.core import suspension_helpers as sh
from tests.core.certificate_helpers import TODAY, YEAR, certifiable, issue, ship
from tests.helpers import OfficeFixture, dump_database, refused

QC1, QC2 = f"17/WS1/{YEAR}/QC-0001", f"17/WS1/{YEAR}/QC-0002"


def ship_refused(o: OfficeFixture, error: type[Exception], message: str, **kw: object) -> None:
    kw.setdefault("shipped_on", TODAY)
    kw.setdefault("document_no", "TTN-0099")
    refused(o, error, message, shipments.record_shipment, **kw)


@pytest.fixture
def accepted(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)


def test_not_accepted_not_shipped(records: OfficeFixture) -> None:
    ship_refused(records, RuleViolation, "Lot L-2026-004 has not been accepted: only accepted "
                 "goods are shipped.", lot_id=records.ids["lot"], quantity=1)


def test_accepted_but_not_certified(accepted: OfficeFixture) -> None:
    ship_refused(accepted, RuleViolation, "Lot L-2026-004 has no valid certificate confirming "
                 "quality: it cannot be shipped.", lot_id=accepted.ids["lot"], quantity=1)


def test_ship_certified_goods_up_to_the_certified_quantity(accepted: OfficeFixture) -> None:
    o = accepted
    cid = issue(o)
    ship(o, 4, lot_id=o.ids["lot"])
    ship_refused(o, RuleViolation, "Only 6 pcs of lot L-2026-004 are certified and not yet "
                 "shipped; 7 pcs cannot be shipped.", lot_id=o.ids["lot"], quantity=7)
    ship(o, 5, certificate_id=cid, document_no="TTN-0002")
    ship_refused(o, RuleViolation, f"Only 1 pcs covered by certificate {QC1} are not yet "
                 "shipped; 2 pcs cannot be shipped.", certificate_id=cid, quantity=2)
    with o.db.unit_of_work() as uow:
        listed = shipments.list_shipments(uow, o.viewer, lot_id=o.ids["lot"])
    assert sorted((x.document_no, x.quantity, x.certificate_number, x.consignee)
                  for x in listed) == [("TTN-0001", 4, QC1, "Military unit 12345"),
                                       ("TTN-0002", 5, QC1, "Military unit 12345")]


def test_a_suspension_stops_shipment_and_names_itself(accepted: OfficeFixture) -> None:
    o = accepted
    cid = issue(o)
    sh.suspend(o, sh.sp.SuspensionForm(ground=sh.G.IN_SERVICE_DEFECTS, scope=sh.S.LOT,
                                       lot_id=o.ids["lot"], reason="Soldering defect in service"))
    message = (f"Shipment is refused: suspension 17/WS1/{YEAR}/SP-0001 is in force for these "
               "goods. It ends only with a resumption decision of the head of office.")
    ship_refused(o, RuleViolation, message, lot_id=o.ids["lot"], quantity=1)
    ship_refused(o, RuleViolation, message, certificate_id=cid, quantity=1)


def test_revoked_certificate_stops_and_reissue_carries_on(accepted: OfficeFixture) -> None:
    o = accepted
    cid = issue(o)
    ship(o, 4, lot_id=o.ids["lot"])
    with o.db.unit_of_work() as uow:
        new = certificates.reissue_certificate(uow, o.chief, certificate_id=cid,
                                               reason="Recipient corrected",
                                               password=CHIEF_PASSWORD).id
    assert new is not None
    ship_refused(o, RuleViolation, f"Certificate {QC1} is superseded: goods are not shipped "
                 "under it.", certificate_id=cid, quantity=1)
    ship_refused(o, RuleViolation, "Only 6 pcs of lot L-2026-004 are certified and not yet "
                 "shipped; 7 pcs cannot be shipped.", lot_id=o.ids["lot"], quantity=7)
    ship(o, 6, certificate_id=new, document_no="TTN-0003")
    with o.db.unit_of_work() as uow:
        certificates.revoke_certificate(uow, o.chief, certificate_id=new, reason="Withdrawn",
                                        password=CHIEF_PASSWORD)
    ship_refused(o, RuleViolation, "Lot L-2026-004 has no valid certificate confirming quality: "
                 "it cannot be shipped.", lot_id=o.ids["lot"], quantity=1)


def test_bad_input(accepted: OfficeFixture) -> None:
    o = accepted
    cid = issue(o)
    lot = o.ids["lot"]
    ship_refused(o, ValidationError, "Name either the lot or the certificate of the goods "
                 "shipped.", quantity=1)
    ship_refused(o, ValidationError, "Name either the lot or the certificate of the goods "
                 "shipped.", quantity=1, lot_id=lot, certificate_id=cid)
    for bad in (0, -1, True, 1.5):
        ship_refused(o, ValidationError, "The quantity shipped must be a whole number greater "
                     "than zero.", quantity=bad, lot_id=lot)
    ship_refused(o, ValidationError, "Shipping document is required.", quantity=1, lot_id=lot,
                 document_no=" ")
    ship_refused(o, ValidationError, "A shipment cannot be recorded before it happens.",
                 quantity=1, lot_id=lot, shipped_on=TODAY + dt.timedelta(days=1))
    ship_refused(o, ValidationError, f"Certificate {QC1} was issued on {TODAY:%d.%m.%Y}: the goods "
                 "cannot have been shipped under it earlier.", quantity=1, lot_id=lot,
                 shipped_on=TODAY - dt.timedelta(days=1))
    ship_refused(o, ValidationError, "Choose the consignee.", quantity=1, lot_id=lot,
                 consignee_id=uuid.uuid4())
    ship_refused(o, NotFound, "The lot no longer exists.", quantity=1, lot_id=uuid.uuid4())
    ship_refused(o, NotFound, "The certificate no longer exists.", quantity=1,
                 certificate_id=uuid.uuid4())
    ship_refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the "
                 "head of office.", actor=o.viewer, quantity=1, lot_id=lot)


def test_shipments_are_immutable(accepted: OfficeFixture) -> None:
    o = accepted
    issue(o)
    ship(o, 2, lot_id=o.ids["lot"], consignee_id=o.ids["unit"])
    before = dump_database(o.db)
    with pytest.raises(RuleViolation, match="cannot be changed"), o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.MANAGE_OFFICE, "test.tamper")
        row = s.scalars(select(Shipment)).one()
        row.quantity = 1
        s.flush()
    with pytest.raises(RuleViolation, match="cannot be deleted"), o.db.unit_of_work() as uow:
        s = uow.begin(o.chief, Permission.MANAGE_OFFICE, "test.tamper")
        s.delete(s.scalars(select(Shipment)).one())
        s.flush()
    assert dump_database(o.db) == before
