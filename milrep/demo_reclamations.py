"""The demo office's reclamations (Article 29; SCENARIOS.md §7), written through the services.

- RC-0001, closed: the recipient in Shymkent reports a telescopic antenna mast AM-12 (contract
  07-ГОЗ/2025, lot M-2025-001, warranty 18 months entered from the contract — the lot predates
  this database) whose section lock slips; the joint commission finds the contractor at fault
  (a repairable defect), the plant repairs the mast within the contract's 30 days, closed.
- RC-0002, open: Military unit 12345 reports radio station 0388 of lot L-2026-002 silent in the
  cold (warranty from the lot's acceptance); the commission finds a hidden soldering defect that
  cannot be repaired and is expected in every station supplied, also present in stations in
  production: the whole lot is being returned (29.4) and the suspension of acceptance and
  shipment is *proposed* (27.4.8), waiting for a representative to sign it — left unsigned so
  scenario 3 (lot L-2026-004) can still be accepted.

The dates are fixed in September–November 2026, like the rest of the demo history.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from milrep.db.store import Database
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.reclamations import CommissionParty, Remedy
from milrep.rules.reclamation import Findings
from milrep.services import reclamations as rc
from milrep.services.auth import Actor

PLANT = "Zhetysu Instrument Plant JSC"
OFFICE = "Military representative office No. 17"


def build_reclamations(db: Database, actors: dict[str, Actor], password: str) -> None:
    rep1, rep2 = actors["rep1"], actors["rep2"]

    def run(actor: Actor, fn, **kw):  # type: ignore[no-untyped-def]
        with db.unit_of_work() as uow:
            return fn(uow, actor, **kw)

    # RC-0001: the mast, repaired and closed
    mast, mast_lot = _find(db, "5985-012-01", "M-2025-001")
    shymkent = _org(db, "Military unit 54321")
    a = run(rep2, rc.register_notification, form=rc.NotificationForm(
        recipient_id=shymkent, item_id=mast, lot_id=mast_lot, serials=("AM007",), quantity=1,
        defect_description="Section 3 lock slips under wind load; the mast settles by 0.6 m",
        defect_found_on=dt.date(2026, 9, 2), notified_on=dt.date(2026, 9, 4),
        warranty_months=18, warranty_start=dt.date(2025, 8, 1),
        notification_ref="54321/412", storage_place="Unit's depot, mast folded and sealed"),
        today=dt.date(2026, 9, 4)).id
    run(rep2, rc.set_commission, reclamation_id=a, formed_on=dt.date(2026, 9, 8), members=(
        rc.MemberForm(CommissionParty.RECIPIENT, "Maj. N. Tulegenov", "Military unit 54321",
                      "Chair"),
        rc.MemberForm(CommissionParty.CONTRACTOR, "K. Bekov", PLANT, "Chief designer's deputy"),
        rc.MemberForm(CommissionParty.MILITARY_REPRESENTATIVE, "Capt. V. A. Li", OFFICE,
                      "Member")), today=dt.date(2026, 9, 8))
    run(rep2, rc.record_findings, reclamation_id=a, password=password, form=rc.FindingsForm(
        Findings(contractor_at_fault=True),
        "Lock spring of section 3 made of the wrong steel grade (65G instead of 60S2A); "
        "the spring can be replaced", dt.date(2026, 9, 15)), today=dt.date(2026, 9, 15))
    run(rep2, rc.record_remedy, reclamation_id=a, remedy=Remedy.REPAIR,
        started_on=dt.date(2026, 9, 16), term_days=30, completed_on=dt.date(2026, 9, 30),
        notes="Spring replaced on site by the plant's team; wind-load test passed",
        today=dt.date(2026, 9, 30))
    run(rep2, rc.close, reclamation_id=a, closed_on=dt.date(2026, 10, 2),
        today=dt.date(2026, 10, 2))

    # RC-0002: the radio station, hidden defect, whole lot returned, suspension proposed
    radio, radio_lot = _find(db, "5820-168-05", "L-2026-002")
    almaty = _org(db, "Military unit 12345")
    b = run(rep1, rc.register_notification, form=rc.NotificationForm(
        recipient_id=almaty, item_id=radio, lot_id=radio_lot, serials=("0388",), quantity=1,
        defect_description="No transmission after 30 minutes at −30 °C; recovers when warmed",
        defect_found_on=dt.date(2026, 11, 3), notified_on=dt.date(2026, 11, 5),
        warranty_months=24, notification_ref="12345/1187",
        storage_place="Unit's signal depot, sealed case No. 14"),
        today=dt.date(2026, 11, 5)).id
    run(rep1, rc.set_commission, reclamation_id=b, formed_on=dt.date(2026, 11, 9), members=(
        rc.MemberForm(CommissionParty.RECIPIENT, "Lt. Col. R. Zhakupov", "Military unit 12345",
                      "Chair"),
        rc.MemberForm(CommissionParty.CONTRACTOR, "S. Omarov", PLANT, "Deputy chief engineer"),
        rc.MemberForm(CommissionParty.CONTRACTOR, "A. Kim", PLANT, "Head of quality department"),
        rc.MemberForm(CommissionParty.MILITARY_REPRESENTATIVE, "Maj. G. S. Akhmetova", OFFICE,
                      "Member")), today=dt.date(2026, 11, 9))
    run(rep1, rc.record_findings, reclamation_id=b, password=password, form=rc.FindingsForm(
        Findings(contractor_at_fault=True, irreparable=True, hidden_defect=True,
                 whole_lot_affected=True, in_work_in_progress=True),
        "Cracked BGA solder joints under the PA controller from a wrong reflow profile used "
        "from June to November; visible only by X-ray at a factory; the board cannot be "
        "reworked", dt.date(2026, 11, 16)), today=dt.date(2026, 11, 16))
    run(rep1, rc.record_remedy, reclamation_id=b, remedy=Remedy.WHOLE_LOT_RETURN,
        started_on=dt.date(2026, 11, 18), term_days=45,
        notes="Ten stations of lot L-2026-002 collected from the unit for replacement",
        today=dt.date(2026, 11, 18))


def _find(db: Database, code: str, lot_number: str) -> tuple[uuid.UUID, uuid.UUID]:
    with db.read() as s:
        item = s.scalars(select(ControlListItem.id)
                         .where(ControlListItem.nomenclature_code == code)).one()
        lot = s.scalars(select(Lot.id).where(Lot.item_id == item, Lot.number == lot_number)).one()
    return item, lot


def _org(db: Database, name: str) -> uuid.UUID:
    with db.read() as s:
        return s.scalars(select(Organization.id).where(Organization.name == name)).one()
