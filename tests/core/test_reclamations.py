"""Reclamations end to end through the services; every bad input: the message, and nothing stored
changed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from milrep.errors import AuthenticationError, NotFound, RuleViolation, ValidationError
from milrep.models.quality import SuspensionGround, SuspensionScope
from milrep.models.reclamations import (CommissionParty, ReclamationStatus, Remedy,
                                        WarrantyBasis)
from milrep.rules.reclamation import Findings
from milrep.services import reclamation_suspension as rs
from milrep.services import reclamation_views as rv
from milrep.services import reclamations as rc
from milrep.services.suspensions import SuspensionForm
from tests.conftest import REP_PASSWORD
from tests.core.reclamation_helpers import (FINDINGS_ON, FORMED, MEMBERS, NOTIFIED, TODAY,
                                            at_findings, commission, findings, notification,
                                            notify, remedy)
from tests.helpers import OfficeFixture, dump_database, refused


def view(o: OfficeFixture, rid: object, today: dt.date = TODAY) -> rv.ReclamationInfo:
    with o.db.unit_of_work() as uow:
        return rv.get_reclamation(uow, o.viewer, reclamation_id=rid, today=today)  # type: ignore[arg-type]


# --- the whole way ----------------------------------------------------------------------------

def test_repairable_defect_goes_notified_commission_findings_remedy_closed(
        records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    r = view(o, rid)
    assert r.status == ReclamationStatus.NOTIFIED and r.number == "17/WS1/2026/RC-0001"
    assert (r.warranty_basis, r.warranty_start, r.warranty_ends) == (
        WarrantyBasis.ENTERED, dt.date(2026, 11, 5), dt.date(2028, 11, 4))
    assert r.serials == ("0412",) and r.lot_number == "L-2026-004" and r.penalty is None
    commission(o, rid)
    r = view(o, rid)
    assert r.status == ReclamationStatus.COMMISSION and len(r.members) == 3
    assert r.members[0].name == "Maj. B. Nurlanov"
    findings(o, rid)
    r = view(o, rid)
    assert r.status == ReclamationStatus.FINDINGS and r.findings_signed_by == "G. Akhmetova"
    assert r.outcome is not None and r.outcome.remedies == (Remedy.REPAIR, Remedy.REPLACEMENT)
    assert r.penalty is not None and r.penalty.running and r.penalty.days == 13
    remedy(o, rid, completed_on=None)
    assert view(o, rid).status == ReclamationStatus.REMEDY
    remedy(o, rid, completed_on=dt.date(2026, 11, 24))
    r = view(o, rid)
    assert r.penalty is not None and (r.penalty.days, r.penalty.running) == (12, False)
    assert not r.penalty.overdue
    with o.db.unit_of_work() as uow:
        rc.close(uow, o.rep, reclamation_id=rid, closed_on=TODAY, today=TODAY)
    r = view(o, rid)
    assert r.status == ReclamationStatus.CLOSED and r.closed_on == TODAY


def test_penalty_period_beyond_the_contract_term_is_overdue(records: OfficeFixture) -> None:
    rid = at_findings(records)
    remedy(records, rid, completed_on=None, term_days=5)
    r = view(records, rid)
    assert r.penalty is not None and r.penalty.overdue and r.penalty.overdue_days == 8


def test_improper_operation_closes_without_a_remedy(records: OfficeFixture) -> None:
    o = records
    rid = at_findings(o, contractor_at_fault=False, improper_operation=True)
    r = view(o, rid)
    assert r.outcome is not None and r.outcome.remedies == () and r.penalty is None
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001: the contractor is not at fault, "
            "so there is no remedy at its expense (29.7); close the reclamation.",
            rc.record_remedy, reclamation_id=rid, remedy=Remedy.REPAIR,
            started_on=FINDINGS_ON, today=TODAY)
    with o.db.unit_of_work() as uow:
        rc.close(uow, o.rep, reclamation_id=rid, closed_on=TODAY, today=TODAY)
    assert view(o, rid).status == ReclamationStatus.CLOSED


def test_warranty_starts_at_the_certificate_when_one_covers_the_lot(
        records: OfficeFixture) -> None:
    from tests.core import certificate_helpers as ch

    o = ch.certifiable(records)
    ch.issue(o)
    today = ch.TODAY
    rid = notify(o, today=today, defect_found_on=today, notified_on=today, warranty_start=dt.date(2020, 1, 1),
                 serials=(), quantity=2)
    with o.db.unit_of_work() as uow:
        r = rv.get_reclamation(uow, o.viewer, reclamation_id=rid)
    assert (r.warranty_basis, r.warranty_start) == (WarrantyBasis.CERTIFICATE, today)


def test_whole_lot_return_and_suspension_for_a_hidden_defect_in_production(
        records: OfficeFixture) -> None:
    o = records
    rid = at_findings(o, irreparable=True, hidden_defect=True, whole_lot_affected=True,
                      in_work_in_progress=True)
    r = view(o, rid)
    assert r.outcome is not None and r.outcome.whole_lot_return and r.needs_suspension
    refused(o, ValidationError, "The findings allow only: Return of the whole lot (29.4).",
            rc.record_remedy, reclamation_id=rid, remedy=Remedy.REPAIR,
            started_on=FINDINGS_ON, today=TODAY)
    remedy(o, rid, Remedy.WHOLE_LOT_RETURN, completed_on=dt.date(2026, 11, 24))
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001: the same defect is in goods in "
            "production; sign the proposed suspension (Article 27.4.8) before closing.",
            rc.close, reclamation_id=rid, closed_on=TODAY, today=TODAY)
    with o.db.unit_of_work() as uow:
        p = rs.propose_suspension(uow, o.viewer, reclamation_id=rid)
    assert (p.ground, p.scope, p.item_id) == (SuspensionGround.IN_SERVICE_DEFECTS,
                                              SuspensionScope.ITEM, o.ids["radio"])
    assert "RC-0001" in p.reason and p.covered_lots == ("L-2026-004",)
    with o.db.unit_of_work() as uow:
        rs.suspend_for_reclamation(uow, o.rep, reclamation_id=rid, form=p.form,
                                   password=REP_PASSWORD)
    r = view(o, rid)
    assert r.suspension_number.endswith("SP-0001") and r.suspension_in_force
    assert not r.needs_suspension
    with o.db.unit_of_work() as uow:
        rc.close(uow, o.rep, reclamation_id=rid, closed_on=TODAY, today=TODAY)


def test_lists_and_find_by_number(records: OfficeFixture) -> None:
    from milrep.services.lists import ListQuery, count_rows, fetch_page
    from milrep.services.reclamation_lists import RECLAMATIONS

    o = records
    a = at_findings(o)
    remedy(o, a, completed_on=None, term_days=5)
    notify(o, serials=("0405",), defect_description="Display dark")
    with o.db.unit_of_work() as uow:
        all_ = rv.list_reclamations(uow, o.viewer, today=TODAY)
        found = rv.find_reclamation(uow, o.viewer, number="17/WS1/2026/RC-0002")
    assert [x.number for x in all_] == ["17/WS1/2026/RC-0002", "17/WS1/2026/RC-0001"]
    assert found.defect_description == "Display dark"
    with o.db.read() as s:
        q = ListQuery(text="display", scope={"open": 1})
        total = count_rows(s, RECLAMATIONS, q)
        assert total == 1
        rows = fetch_page(s, RECLAMATIONS, ListQuery(sort="notified_on"), offset=0, limit=10,
                          total=2)
    cols = [c.key for c in RECLAMATIONS.columns]
    first = dict(zip(cols, rows[0][1:]))
    assert first["status"] == "remedy" and first["overdue"] == "overdue" and first["penalty_days"] > 5
    with pytest.raises(NotFound, match="There is no reclamation X-1."), \
            o.db.unit_of_work() as uow:
        rv.find_reclamation(uow, o.viewer, number="X-1")


# --- bad inputs: the message, and nothing stored changed ---------------------------------------

def _bad_notification(o: OfficeFixture, message: str, error: type[Exception] = ValidationError,
                      **kw: object) -> None:
    refused(o, error, message, rc.register_notification, form=notification(o, **kw),
            today=TODAY)


def test_notification_outside_the_warranty_period_is_refused(records: OfficeFixture) -> None:
    _bad_notification(records, "Article 29.1 covers defects found within the warranty period: "
                      "the defect was found on 10.11.2026, the warranty of 24 months ran from "
                      "01.01.2024 to 31.12.2025.", RuleViolation,
                      warranty_start=dt.date(2024, 1, 1))


def test_notification_bad_inputs(records: OfficeFixture) -> None:
    o = records
    _bad_notification(o, "Choose the recipient who reported the defect.", recipient_id=None)
    _bad_notification(o, "Choose the control-list item.", item_id=None)
    _bad_notification(o, "The contractor cannot report a reclamation against itself: choose the "
                      "recipient (military unit or organization).", recipient_id=o.ids["plant"])
    _bad_notification(o, "The lot is not a lot of \"Spare-part kit ZIP-168\".",
                      item_id=o.ids["kit"])
    _bad_notification(o, "Lot L-2026-004 has no serial numbers 9999.", serials=("9999",))
    _bad_notification(o, "Defect is required.", defect_description="  ")
    _bad_notification(o, "2 serial numbers are listed but the quantity is 1.",
                      serials=("0405", "0406"))
    _bad_notification(o, "The quantity must be at least 1.", serials=(), quantity=0)
    _bad_notification(o, "The notification date cannot be in the future.",
                      notified_on=dt.date(2026, 11, 26))
    _bad_notification(o, "Notification received on cannot be earlier than Defect found on.",
                      notified_on=dt.date(2026, 11, 9))
    _bad_notification(o, "Enter the warranty period in months (1 to 600) from the contract.",
                      warranty_months=0)
    _bad_notification(o, "No certificate or acceptance of these goods is recorded here: enter "
                      "the date the warranty period started.", warranty_start=None)
    _bad_notification(o, "The characteristic is not one of \"Radio station R-168-5UN\".",
                      characteristic_id=o.ids["kit"])


def test_commission_bad_inputs(records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    missing = tuple(m for m in MEMBERS if m.party != CommissionParty.CONTRACTOR)
    refused(o, ValidationError, "Article 29.2: the joint commission includes representatives of "
            "the recipient, the contractor and the military representative office; missing: "
            "Contractor.", rc.set_commission, reclamation_id=rid, formed_on=FORMED,
            members=missing, today=TODAY)
    refused(o, ValidationError, "Every member needs a name.", rc.set_commission,
            reclamation_id=rid, formed_on=FORMED,
            members=(*MEMBERS, rc.MemberForm(CommissionParty.RECIPIENT, " ")), today=TODAY)
    refused(o, ValidationError, "Commission formed on cannot be earlier than Notification "
            "received on.", rc.set_commission, reclamation_id=rid,
            formed_on=NOTIFIED - dt.timedelta(days=1), members=MEMBERS, today=TODAY)
    refused(o, ValidationError, "The commission cannot be formed on a future date.",
            rc.set_commission, reclamation_id=rid, formed_on=TODAY + dt.timedelta(days=1),
            members=MEMBERS, today=TODAY)
    refused(o, NotFound, "The reclamation no longer exists.", rc.set_commission,
            reclamation_id=o.ids["lot"], formed_on=FORMED, members=MEMBERS, today=TODAY)


def test_commission_can_be_corrected_until_findings_then_not(records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    commission(o, rid)
    commission(o, rid)  # corrected: the members are replaced, not added
    assert len(view(o, rid).members) == 3
    findings(o, rid)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001 (findings recorded): you cannot "
            "form the commission now.", rc.set_commission, reclamation_id=rid,
            formed_on=FORMED, members=MEMBERS, today=TODAY)


def _findings_form(**flags: bool) -> rc.FindingsForm:
    return rc.FindingsForm(Findings(**{"contractor_at_fault": True, **flags}),
                           "Cold solder joint", FINDINGS_ON)


def test_findings_bad_inputs(records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001: form the joint commission "
            "before recording its findings (Article 29.2).", rc.record_findings,
            reclamation_id=rid, form=_findings_form(), password=REP_PASSWORD, today=TODAY)
    commission(o, rid)
    refused(o, RuleViolation, "Article 29.7: the contractor is not at fault when the commission "
            "establishes that improper operation caused the failure. Untick either \"improper "
            "operation\" or \"contractor at fault\".", rc.record_findings, reclamation_id=rid,
            form=_findings_form(improper_operation=True), password=REP_PASSWORD, today=TODAY)
    refused(o, ValidationError, "Cause established is required.", rc.record_findings,
            reclamation_id=rid, form=dataclasses.replace(_findings_form(), cause=""),
            password=REP_PASSWORD, today=TODAY)
    refused(o, ValidationError, "Findings dated cannot be earlier than Commission formed on.",
            rc.record_findings, reclamation_id=rid,
            form=dataclasses.replace(_findings_form(), findings_on=NOTIFIED),
            password=REP_PASSWORD, today=TODAY)
    refused(o, ValidationError, "The findings cannot be dated in the future.",
            rc.record_findings, reclamation_id=rid,
            form=dataclasses.replace(_findings_form(), findings_on=TODAY + dt.timedelta(1)),
            password=REP_PASSWORD, today=TODAY)
    before = dump_database(o.db)
    with pytest.raises(AuthenticationError), o.db.unit_of_work() as uow:
        rc.record_findings(uow, o.rep, reclamation_id=rid, form=_findings_form(),
                           password="wrong-password", today=TODAY)
    assert dump_database(o.db) == before


def test_in_service_defect_of_a_work_is_no_suspension_ground(records: OfficeFixture) -> None:
    o = records
    rid = notify(o, item_id=o.ids["repair"], lot_id=None, serials=())
    commission(o, rid)
    refused(o, RuleViolation, "Article 27.4.9 does not list defects found in service as a "
            "ground to suspend a work or service.", rc.record_findings, reclamation_id=rid,
            form=_findings_form(in_work_in_progress=True), password=REP_PASSWORD, today=TODAY)
    findings(o, rid, irreparable=True)
    r = view(o, rid)
    assert r.outcome is not None and r.outcome.remedies == (Remedy.REPAIR,) and not r.goods
    assert r.outcome.return_grounds == () and r.penalty is not None


def test_remedy_bad_inputs(records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001: the commission's findings "
            "decide the remedy; record them first.", rc.record_remedy, reclamation_id=rid,
            remedy=Remedy.REPAIR, started_on=FINDINGS_ON, today=TODAY)
    commission(o, rid)
    findings(o, rid)
    kw = {"reclamation_id": rid, "remedy": Remedy.REPAIR, "started_on": FINDINGS_ON,
          "today": TODAY}
    refused(o, ValidationError, "The findings allow only: Repair by the contractor, Replacement "
            "by the contractor (29.5).", rc.record_remedy, **{**kw, "remedy": Remedy.RETURN})
    refused(o, ValidationError, "Remedy started on cannot be earlier than Notification received "
            "on.", rc.record_remedy, **{**kw, "started_on": dt.date(2026, 11, 1)})
    refused(o, ValidationError, "Remedy completed on cannot be earlier than Remedy started on.",
            rc.record_remedy, **kw, completed_on=dt.date(2026, 11, 18) - dt.timedelta(1))
    refused(o, ValidationError, "The remedy cannot be completed in the future.",
            rc.record_remedy, **kw, completed_on=TODAY + dt.timedelta(1))
    refused(o, ValidationError, "The remedy cannot start in the future.", rc.record_remedy,
            **{**kw, "started_on": TODAY + dt.timedelta(1)})
    refused(o, ValidationError, "The term is a number of days from 1 to 3650.",
            rc.record_remedy, **kw, term_days=0)


def test_close_gates(records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001 cannot be closed without the "
            "joint commission's findings.", rc.close, reclamation_id=rid, closed_on=TODAY,
            today=TODAY)
    commission(o, rid)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001 cannot be closed without the "
            "joint commission's findings.", rc.close, reclamation_id=rid, closed_on=TODAY,
            today=TODAY)
    findings(o, rid)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001 cannot be closed until the "
            "contractor's remedy is complete (Article 29.6: penalties run until then).",
            rc.close, reclamation_id=rid, closed_on=TODAY, today=TODAY)
    remedy(o, rid, completed_on=dt.date(2026, 11, 24))
    refused(o, ValidationError, "Closed on cannot be earlier than Remedy completed on.",
            rc.close, reclamation_id=rid, closed_on=dt.date(2026, 11, 23), today=TODAY)
    refused(o, ValidationError, "The closing date cannot be in the future.", rc.close,
            reclamation_id=rid, closed_on=TODAY + dt.timedelta(1), today=TODAY)
    with o.db.unit_of_work() as uow:
        rc.close(uow, o.rep, reclamation_id=rid, closed_on=TODAY, today=TODAY)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001 (closed): you cannot close it "
            "now.", rc.close, reclamation_id=rid, closed_on=TODAY, today=TODAY)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001 (closed): you cannot record the "
            "remedy now.", rc.record_remedy, reclamation_id=rid, remedy=Remedy.REPAIR,
            started_on=FINDINGS_ON, today=TODAY)


def test_suspension_proposal_refusals(records: OfficeFixture) -> None:
    o = records
    rid = notify(o)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001: record the commission's findings "
            "first; they say whether goods in production have the same defect.",
            rs.propose_suspension, reclamation_id=rid)
    commission(o, rid)
    findings(o, rid)
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0001: the findings do not say that "
            "goods in production have the same defect, so Article 27.4.8 gives no ground to "
            "suspend.", rs.propose_suspension, reclamation_id=rid)
    other = at_findings(o, in_work_in_progress=True)
    with o.db.unit_of_work() as uow:
        p = rs.propose_suspension(uow, o.rep, reclamation_id=other)
    wrong = SuspensionForm(ground=SuspensionGround.FAILED_TESTS, scope=SuspensionScope.ITEM,
                           reason="x", contract_id=o.ids["contract"], item_id=o.ids["radio"])
    refused(o, ValidationError, "A suspension for this reclamation names the ground \"defects "
            "found in service\" and the item \"Radio station R-168-5UN\".",
            rs.suspend_for_reclamation, reclamation_id=other, form=wrong, password=REP_PASSWORD)
    with o.db.unit_of_work() as uow:
        rs.suspend_for_reclamation(uow, o.rep, reclamation_id=other, form=p.form,
                                   password=REP_PASSWORD)
    third = at_findings(o, in_work_in_progress=True)
    refused(o, RuleViolation, "Suspension 17/WS1/2026/SP-0001 of \"Radio station R-168-5UN\" for "
            "defects found in service is already in force: link it to the reclamation instead.",
            rs.propose_suspension, reclamation_id=third)
    sid = view(o, other).suspension_id
    with o.db.unit_of_work() as uow:
        assert rs.suspension_to_link(uow, o.viewer, reclamation_id=third) == (
            sid, "17/WS1/2026/SP-0001")
        assert rs.suspension_to_link(uow, o.viewer, reclamation_id=other) is None
    with o.db.unit_of_work() as uow:
        rs.link_suspension(uow, o.rep, reclamation_id=third, suspension_id=sid)
    assert view(o, third).suspension_id == sid
    refused(o, RuleViolation, "Reclamation 17/WS1/2026/RC-0003 is already linked to a "
            "suspension.", rs.link_suspension, reclamation_id=third, suspension_id=sid)
    refused(o, ValidationError, "Link a suspension in force of the same item on the ground "
            "\"defects found in service\".", rs.link_suspension, reclamation_id=rid,
            suspension_id=o.ids["lot"])
