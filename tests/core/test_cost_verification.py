"""Cost verification (27.3.8): items claimed, verified and disputed (exact tenge), totals derived,
every refusal (message and nothing stored changed), the signed conclusion and its PDF."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from milrep.documents import registry
from milrep.errors import AuthenticationError, NotFound, RuleViolation, ValidationError
from milrep.models.office_duties import CostCategory, CostVerificationConclusion
from milrep.services import cost_verification as cv
from tests.conftest import REP_PASSWORD
from tests.core.test_contract_review import pdf_text
from tests.helpers import OfficeFixture, dump_database, refused

D = Decimal


def open_verification(o: OfficeFixture) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        vid = cv.open_verification(uow, o.rep, contract_id=o.ids["contract"],
                                   subject="Stage 1 calculation: lots 1-2",
                                   opened_on=dt.date(2026, 7, 1)).id
    assert vid
    return vid


def add(o: OfficeFixture, vid: uuid.UUID, category: CostCategory, description: str,
        claimed: str, verified: str = "0", disputed: str = "0", remarks: str = "",
        documents: str = "") -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        iid = cv.add_cost_item(uow, o.rep, verification_id=vid, form=cv.CostItemForm(
            category, description, claimed, verified, disputed, documents, remarks)).id
    assert iid
    return iid


def get(o: OfficeFixture, vid: uuid.UUID) -> cv.VerificationInfo:
    with o.db.unit_of_work() as uow:
        return cv.get_verification(uow, o.viewer, verification_id=vid)


def test_totals_are_derived_from_the_items_exactly(records: OfficeFixture) -> None:
    o = records
    vid = open_verification(o)
    add(o, vid, CostCategory.MATERIALS, "Aluminium alloy AMg6", "1 250 000,10", "1250000.10",
        documents="Invoice 77 of 02.03.2026\nWaybill 12")
    add(o, vid, CostCategory.LABOUR, "Assembly, 1 200 standard hours", "3000000.00",
        "2800000.00", "200000.00", remarks="Hours above the norm of TU 6574")
    add(o, vid, CostCategory.MATERIALS, "Solder POS-61", "0.20", "0.10")
    v = get(o, vid)
    assert v.totals == cv.Totals(D("4250000.30"), D("4050000.20"), D("200000.00"))
    assert v.totals.unverified == D("0.10")
    assert [(c, t.claimed) for c, t in v.by_category] == [
        (CostCategory.MATERIALS, D("1250000.30")), (CostCategory.LABOUR, D("3000000.00"))]
    assert [i.position for i in v.items] == [1, 2, 3]
    assert v.items[0].documents == "Invoice 77 of 02.03.2026\nWaybill 12"


def test_conclusion_needs_every_amount_settled_then_freezes_and_prints(
        records: OfficeFixture) -> None:
    o = records
    vid = open_verification(o)
    add(o, vid, CostCategory.MATERIALS, "Aluminium alloy AMg6", "1250000.10", "1250000.10")
    labour = add(o, vid, CostCategory.LABOUR, "Assembly", "3000000.00", "2800000.00")
    refused(o, RuleViolation, "Every claimed amount must be verified or disputed; still to "
            "verify: 2. Assembly (200000.00).", cv.issue_conclusion, verification_id=vid,
            conclusion="x", password=REP_PASSWORD)
    with o.db.unit_of_work() as uow:
        cv.update_cost_item(uow, o.rep, item_id=labour, form=cv.CostItemForm(
            CostCategory.LABOUR, "Assembly", "3000000.00", "2800000.00", "200000.00",
            "Time sheets, June", "Hours above the norm"))
    before = dump_database(o.db)
    with o.db.unit_of_work() as uow, pytest.raises(AuthenticationError):
        cv.issue_conclusion(uow, o.rep, verification_id=vid, conclusion="x", password="wrong")
    assert dump_database(o.db) == before
    with o.db.unit_of_work() as uow:
        cid = cv.issue_conclusion(uow, o.rep, verification_id=vid, password=REP_PASSWORD,
                                  conclusion="Costs confirmed except the disputed labour.",
                                  issued_on=dt.date(2026, 7, 10)).id
    assert cid
    with o.db.unit_of_work() as uow:
        c = uow.session.get(CostVerificationConclusion, cid)
        assert c is not None and c.number.endswith("/CV-0001")
        assert (c.claimed_total, c.verified_total, c.disputed_total) == (
            D("4250000.10"), D("4050000.10"), D("200000.00"))
    v = get(o, vid)
    assert v.conclusion_id == cid and v.status.value == "concluded"
    closed = "The cost verification is concluded: its conclusion is issued and signed."
    refused(o, RuleViolation, closed, cv.add_cost_item, verification_id=vid,
            form=cv.CostItemForm(CostCategory.OTHER, "Late", "1.00", "1.00"))
    refused(o, RuleViolation, closed, cv.update_cost_item, item_id=labour,
            form=cv.CostItemForm(CostCategory.LABOUR, "Assembly", "1.00", "1.00"))
    refused(o, RuleViolation, closed, cv.remove_cost_item, item_id=labour)
    text = pdf_text(o, "cost_verification", cid)
    for expected in ("CONCLUSION ON THE VERIFICATION OF ACTUAL COSTS", "4250000.10",
                     "4050000.10", "200000.00", "Hours above the norm", "Time sheets, June",
                     "Stage 1 calculation: lots 1-2", "12-ГОЗ/2026"):
        assert expected in text, expected
    with o.db.unit_of_work() as uow:
        refs = registry.document_kinds_for(uow.session, "cost_verifications", vid)
        assert [r.kind for r in refs] == ["cost_verification"]
        assert registry.find_document(uow.session, "cost_verification", refs[0].number) == cid


def test_item_refusals(records: OfficeFixture) -> None:
    o = records
    vid = open_verification(o)

    def bad(message: str, exc: type[Exception] = ValidationError, **form: str) -> None:
        fields = {"category": CostCategory.MATERIALS, "description": "Steel", "claimed": "100.00",
                  **form}
        refused(o, exc, message, cv.add_cost_item, verification_id=vid,
                form=cv.CostItemForm(**fields))  # type: ignore[arg-type]

    bad("Cost item is required.", description=" ")
    bad("Claimed amount must be a positive amount.", claimed="0")
    bad("Claimed amount: \"abc\" is not an amount.", claimed="abc")
    bad("Verified amount must be a positive amount.", verified="-1")
    bad("Disputed amount has more than two decimal places.", disputed="1.005")
    bad("Verified and disputed amounts together (100.01) cannot exceed the claimed amount "
        "(100.00).", verified="90.00", disputed="10.01", remarks="Norm")
    bad("Say why the amount is disputed.", disputed="10.00")
    refused(o, NotFound, "The cost verification no longer exists.", cv.add_cost_item,
            verification_id=uuid.uuid4(),
            form=cv.CostItemForm(CostCategory.OTHER, "x", "1.00"))
    refused(o, NotFound, "The cost item no longer exists.", cv.remove_cost_item,
            item_id=uuid.uuid4())
    refused(o, RuleViolation, "Add the cost items the contractor claims first.",
            cv.issue_conclusion, verification_id=vid, conclusion="x", password=REP_PASSWORD)
    refused(o, ValidationError, "What is verified is required.", cv.open_verification,
            contract_id=o.ids["contract"], subject="", opened_on=dt.date(2026, 7, 1))
    refused(o, NotFound, "The contract no longer exists.", cv.open_verification,
            contract_id=uuid.uuid4(), subject="x", opened_on=dt.date(2026, 7, 1))
    add(o, vid, CostCategory.OTHER, "Transport", "10.00", "10.00")
    refused(o, ValidationError, "Conclusion is required.", cv.issue_conclusion,
            verification_id=vid, conclusion="  ", password=REP_PASSWORD)
    refused(o, ValidationError, "The conclusion cannot predate the verification.",
            cv.issue_conclusion, verification_id=vid, conclusion="ok", password=REP_PASSWORD,
            issued_on=dt.date(2026, 6, 1))


def test_remove_renumbers_nothing_and_totals_follow(records: OfficeFixture) -> None:
    o = records
    vid = open_verification(o)
    first = add(o, vid, CostCategory.MATERIALS, "Steel", "100.00", "100.00")
    add(o, vid, CostCategory.OVERHEADS, "Shop overheads", "50.00", "40.00", "10.00", "Rate")
    with o.db.unit_of_work() as uow:
        cv.remove_cost_item(uow, o.rep, item_id=first)
    v = get(o, vid)
    assert [i.description for i in v.items] == ["Shop overheads"]
    assert v.totals == cv.Totals(D("50.00"), D("40.00"), D("10.00"))
    with o.db.unit_of_work() as uow:
        assert uow.session.scalars(select(CostVerificationConclusion)).all() == []
