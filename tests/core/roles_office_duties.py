"""Roles × actions of the office's other duties (issue 6): draft contract reviews, the register of
technical documents and standards, secrecy measures, cost verification.

Collected by tests/core/test_roles.py. Records an action needs are made by the chief the first
time an allowed actor asks (``_made``); each review gets a draft contract of its own."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from milrep.models.office_duties import CostCategory, MeasureResult, RevisionStatus, TechDocKind
from milrep.rules.contract_terms import TermStatus
from milrep.services import contract_reviews as cr
from milrep.services import contracts
from milrep.services import cost_verification as cv
from milrep.services import secrecy
from milrep.services import tech_documents as td
from milrep.services.auth import Permission
from tests.core.test_roles import PASSWORDS, Kwargs, _made
from tests.helpers import OfficeFixture

D, R = Permission.OFFICE_DUTIES, Permission.READ
E = Permission.EDIT_REQUIREMENTS


def _draft(o: OfficeFixture, number: str) -> Any:
    with o.db.unit_of_work() as uow:
        form = contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"]).form
    with o.db.unit_of_work() as uow:
        return contracts.create_contract(uow, o.chief, form=dataclasses.replace(
            form, number=number, stages=())).id


def _review(number: str) -> Any:
    def make(o: OfficeFixture) -> Any:
        cid = _draft(o, number)
        with o.db.unit_of_work() as uow:
            return cr.open_review(uow, o.chief, contract_id=cid, opened_on=dt.date(2026, 1, 10)).id
    return make


def _verification(o: OfficeFixture) -> Any:
    with o.db.unit_of_work() as uow:
        return cv.open_verification(uow, o.chief, contract_id=o.ids["contract"],
                                    subject="Stage 1", opened_on=dt.date(2026, 7, 1)).id


def _cost_item(o: OfficeFixture) -> Any:
    vid = _made_v(o)
    with o.db.unit_of_work() as uow:
        return cv.add_cost_item(uow, o.chief, verification_id=vid, form=cv.CostItemForm(
            CostCategory.MATERIALS, "Steel", "10.00", "10.00")).id


def _made_v(o: OfficeFixture) -> Any:
    if "cv_items" not in o.ids:
        o.ids["cv_items"] = _verification(o)
    return o.ids["cv_items"]


def _ready_verification(o: OfficeFixture) -> Any:
    vid = _verification(o)
    with o.db.unit_of_work() as uow:
        cv.add_cost_item(uow, o.chief, verification_id=vid, form=cv.CostItemForm(
            CostCategory.LABOUR, "Assembly", "10.00", "10.00"))
    return vid


def _document(designation: str) -> Any:
    def make(o: OfficeFixture) -> Any:
        with o.db.unit_of_work() as uow:
            doc = td.register_document(uow, o.chief, form=td.TechDocumentForm(
                designation, "Technical conditions", TechDocKind.SPECIFICATION)).id
        with o.db.unit_of_work() as uow:
            td.add_revision(uow, o.chief, document_id=doc, number="1", dated=dt.date(2026, 1, 1))
        return doc
    return make


def _characteristic(o: OfficeFixture) -> Any:
    from milrep.services import characteristics

    with o.db.unit_of_work() as uow:
        return characteristics.add_characteristic(
            uow, o.chief, item_id=o.ids["radio"],
            form=characteristics.CharacteristicForm(name="Duty link", upper_limit="1")).id


def _classified(o: OfficeFixture) -> Any:
    with o.db.unit_of_work() as uow:
        form = contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"]).form
    with o.db.unit_of_work() as uow:
        return contracts.create_contract(uow, o.chief, form=dataclasses.replace(
            form, number="SECRET-ROLES", classification="SECRET", stages=())).id


def _measure_form(text: str) -> secrecy.MeasureForm:
    return secrecy.MeasureForm(text, dt.date(2026, 3, 1), MeasureResult.ADEQUATE)


def _measure(o: OfficeFixture) -> Any:
    with o.db.unit_of_work() as uow:
        return secrecy.record_measure(uow, o.chief, contract_id=_cls(o),
                                      form=_measure_form("Access control")).id


def _cls(o: OfficeFixture) -> Any:
    if "classified" not in o.ids:
        o.ids["classified"] = _classified(o)
    return o.ids["classified"]


def actions() -> dict[str, tuple[Permission, Kwargs]]:
    return {
        # draft contract review
        "contract_reviews.open_review": (D, lambda o, a: {
            "contract_id": _made(o, a, D, f"cr_open_{a.username}",
                                 lambda o: _draft(o, f"DRAFT-{a.username}")),
            "opened_on": dt.date(2026, 1, 10)}),
        "contract_reviews.mark_term": (D, lambda o, a: {
            "review_id": _made(o, a, D, "cr_mark", _review("DRAFT-MARK")), "term": "penalty",
            "status": TermStatus.MISSING, "remark": f"No amount ({a.username})"}),
        "contract_reviews.set_remarks": (D, lambda o, a: {
            "review_id": _made(o, a, D, "cr_remarks", _review("DRAFT-REMARKS")),
            "remarks": f"Remarks by {a.username}"}),
        "contract_reviews.issue_conclusion": (D, lambda o, a: {
            "review_id": _made(o, a, D, f"cr_conclude_{a.username}",
                               _review(f"DRAFT-C-{a.username}")),
            "conclusion": "Agreed", "password": PASSWORDS[a.username]}),
        "contract_reviews.get_review": (R, lambda o, a: {
            "review_id": _made(o, a, R, "cr_get", _review("DRAFT-GET"))}),
        "contract_reviews.reviews_of_contract": (R, lambda o, a: {
            "contract_id": o.ids["contract"]}),
        # cost verification
        "cost_verification.open_verification": (D, lambda o, a: {
            "contract_id": o.ids["contract"], "subject": f"Stage by {a.username}",
            "opened_on": dt.date(2026, 7, 1)}),
        "cost_verification.add_cost_item": (D, lambda o, a: {
            "verification_id": _made(o, a, D, "cv_add", _verification),
            "form": cv.CostItemForm(CostCategory.OVERHEADS, f"Overheads {a.username}", "5.00")}),
        "cost_verification.update_cost_item": (D, lambda o, a: {
            "item_id": _made(o, a, D, "cv_upd", _cost_item),
            "form": cv.CostItemForm(CostCategory.MATERIALS, "Steel", "10.00", "8.00", "2.00",
                                    remarks="Price above the list")}),
        "cost_verification.remove_cost_item": (D, lambda o, a: {
            "item_id": _made(o, a, D, f"cv_del_{a.username}", _cost_item)}),
        "cost_verification.issue_conclusion": (D, lambda o, a: {
            "verification_id": _made(o, a, D, f"cv_conclude_{a.username}", _ready_verification),
            "conclusion": "Confirmed", "password": PASSWORDS[a.username]}),
        "cost_verification.get_verification": (R, lambda o, a: {
            "verification_id": _made(o, a, R, "cv_get", _verification)}),
        # technical documents and standards
        "tech_documents.register_document": (D, lambda o, a: {
            "form": td.TechDocumentForm(f"ST RK {a.username}", "Standard",
                                        TechDocKind.STANDARD)}),
        "tech_documents.update_document": (D, lambda o, a: {
            "document_id": _made(o, a, D, "td_upd", _document("TU U-ROLES")),
            "form": td.TechDocumentForm("TU U-ROLES", f"Edited by {a.username}",
                                        TechDocKind.SPECIFICATION)}),
        "tech_documents.add_revision": (D, lambda o, a: {
            "document_id": _made(o, a, D, "td_add", _document("TU A-ROLES")),
            "number": f"2-{a.username}", "dated": dt.date(2026, 6, 1)}),
        "tech_documents.set_revision_status": (D, lambda o, a: {
            "revision_id": _made(o, a, D, "td_status", lambda o: _current(
                o, _document("TU S-ROLES")(o))),
            "status": RevisionStatus.CANCELLED, "remarks": "Withdrawn"}),
        "tech_documents.reference_requirement": (E, lambda o, a: {
            "characteristic_id": _made(o, a, E, "td_ref_ch", _characteristic),
            "revision_id": _made(o, a, E, "td_ref_rev", lambda o: _current(
                o, _document("TU L-ROLES")(o))),
            "clause": "3.2.1"}),
        "tech_documents.get_document": (R, lambda o, a: {
            "document_id": _made(o, a, R, "td_get", _document("TU G-ROLES"))}),
        "tech_documents.list_documents": (R, lambda o, a: {}),
        "tech_documents.stale_references": (R, lambda o, a: {}),
        # secrecy
        "secrecy.record_measure": (D, lambda o, a: {
            "contract_id": _made(o, a, D, "classified", _classified),
            "form": _measure_form(f"Measure by {a.username}")}),
        "secrecy.update_measure": (D, lambda o, a: {
            "measure_id": _made(o, a, D, "sm_upd", _measure),
            "form": _measure_form("Access control, updated")}),
        "secrecy.list_measures": (R, lambda o, a: {}),
        "secrecy.checks_due": (R, lambda o, a: {"today": dt.date(2026, 11, 25)}),
    }


def _current(o: OfficeFixture, document_id: Any) -> Any:
    with o.db.unit_of_work() as uow:
        current = td.get_document(uow, o.chief, document_id=document_id).current
    assert current is not None
    return current.id
