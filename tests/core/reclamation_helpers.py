"""Reclamations for tests: a notification on lot L-2026-004 of the radio station, and each step
after it, on the ``records`` fixture (no certificate there: the warranty start is entered)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from milrep.models.reclamations import CommissionParty, Remedy
from milrep.rules.reclamation import Findings
from milrep.services import reclamations as rc
from milrep.services.auth import Actor
from tests.conftest import CHIEF_PASSWORD, REP_PASSWORD
from tests.helpers import OfficeFixture

FOUND = dt.date(2026, 11, 10)
NOTIFIED = dt.date(2026, 11, 12)
FORMED = dt.date(2026, 11, 14)
FINDINGS_ON = dt.date(2026, 11, 18)
TODAY = dt.date(2026, 11, 25)

MEMBERS = (
    rc.MemberForm(CommissionParty.RECIPIENT, "Maj. B. Nurlanov", "Military unit 12345", "Chair"),
    rc.MemberForm(CommissionParty.CONTRACTOR, "E. Sadykov", "Zhetysu Instrument Plant JSC",
                  "Quality department head"),
    rc.MemberForm(CommissionParty.MILITARY_REPRESENTATIVE, "Maj. G. Akhmetova",
                  "Military representative office No. 17", "Member"),
)


def password(actor: Actor) -> str:
    return CHIEF_PASSWORD if actor.username == "chief" else REP_PASSWORD


def notification(o: OfficeFixture, **kw: Any) -> rc.NotificationForm:
    base = rc.NotificationForm(
        recipient_id=o.ids["unit"], item_id=o.ids["radio"], lot_id=o.ids["lot"],
        serials=("0412",), quantity=1,
        defect_description="No transmission on channel 3 after 40 hours",
        defect_found_on=FOUND, notified_on=NOTIFIED, warranty_months=24,
        warranty_start=dt.date(2026, 11, 5), notification_ref="MU-12345/77",
        storage_place="Unit's depot, sealed box")
    return dataclasses.replace(base, **kw)


def notify(o: OfficeFixture, actor: Actor | None = None, today: dt.date = TODAY, **kw: Any
           ) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        rid = rc.register_notification(uow, actor or o.rep, form=notification(o, **kw),
                                       today=today).id
    assert rid is not None
    return rid


def commission(o: OfficeFixture, rid: uuid.UUID, actor: Actor | None = None) -> None:
    with o.db.unit_of_work() as uow:
        rc.set_commission(uow, actor or o.rep, reclamation_id=rid, formed_on=FORMED,
                          members=MEMBERS, today=TODAY)


def findings(o: OfficeFixture, rid: uuid.UUID, actor: Actor | None = None, **flags: bool
             ) -> None:
    actor = actor or o.rep
    f = Findings(**{"contractor_at_fault": True, **flags})
    with o.db.unit_of_work() as uow:
        rc.record_findings(uow, actor, reclamation_id=rid, password=password(actor),
                           form=rc.FindingsForm(f, "Cold solder joint on the PA board",
                                                FINDINGS_ON), today=TODAY)


def remedy(o: OfficeFixture, rid: uuid.UUID, remedy: Remedy = Remedy.REPAIR,
           completed_on: dt.date | None = dt.date(2026, 11, 24), actor: Actor | None = None,
           term_days: int | None = 20) -> None:
    with o.db.unit_of_work() as uow:
        rc.record_remedy(uow, actor or o.rep, reclamation_id=rid, remedy=remedy,
                         started_on=dt.date(2026, 11, 19), term_days=term_days,
                         completed_on=completed_on, today=TODAY)


def at_findings(o: OfficeFixture, **flags: bool) -> uuid.UUID:
    rid = notify(o)
    commission(o, rid)
    findings(o, rid, **flags)
    return rid
