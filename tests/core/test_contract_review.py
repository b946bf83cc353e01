"""Draft contract review (27.3.1): the Article 22.4 checklist against contracts with each term
missing in turn, the reviewer's marks, every refusal (message and nothing stored changed) and the
signed conclusion with its PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from milrep.documents import registry
from milrep.errors import AuthenticationError, NotFound, PermissionDenied, RuleViolation, \
    ValidationError
from milrep.models.contracts import ContractStatus
from milrep.models.office_duties import ContractReviewConclusion, ContractReviewTerm
from milrep.models.users import SignatureRecord
from milrep.rules import contract_terms as ct
from milrep.services import contract_reviews as cr
from milrep.services import contracts
from tests.conftest import REP_PASSWORD
from tests.helpers import OfficeFixture, dump_database, refused

ST = ct.TermStatus
FULL = ct.ContractFacts(
    subject="40 radio stations", valid_from_set=True, valid_until_set=True, stages=2,
    value=Decimal("100.00"), advance=Decimal("20.00"), quality_control_terms="Per TU rev. 3",
    acceptance_terms="By lots", delivery_place="Almaty", delivery_terms="By stages",
    penalty_terms="0.1 % a day", termination_grounds="Civil Code", liability_terms="Per law")
# how each term goes missing from the record's facts
BLANKED: dict[str, dict[str, object]] = {
    "subject": {"subject": " "},
    "validity": {"valid_from_set": False, "valid_until_set": False, "stages": 0},
    "value": {"value": Decimal(0)},
    "advance": {"advance": Decimal(0)},
    "quality_control": {"quality_control_terms": ""},
    "acceptance": {"acceptance_terms": ""},
    "delivery": {"delivery_terms": ""},
    "penalty": {"penalty_terms": ""},
    "termination": {"termination_grounds": ""},
    "liability": {"liability_terms": ""},
}
# the stored contract cannot lack these (the contract service requires them): the reviewer finds
# them missing from the draft's text instead
REQUIRED_BY_RECORD = {"subject", "validity", "value"}
FIELD_OF = {"quality_control": "quality_control_terms", "acceptance": "acceptance_terms",
            "delivery": "delivery_place", "penalty": "penalty_terms",
            "termination": "termination_grounds", "liability": "liability_terms"}


# --- the rule: the law's terms ---------------------------------------------------------------

def test_the_checklist_is_the_law_in_its_order() -> None:
    assert [t.clause for t in ct.TERMS] == [f"22.4({n})" for n in range(1, 11)]
    assert [t.law_text() for t in ct.TERMS] == [
        "the subject matter of the contract",
        "the contract validity period and (or) deadlines for separate phases of the contract",
        "the contract value", "advance payment, if any", "quality control conditions",
        "acceptance conditions", "place and dates of delivery (performance, rendering)",
        "the amount of a forfeit (fine, penalty)",
        "the grounds for cancellation or termination of the contract",
        "the liability of the parties"]
    assert set(BLANKED) == set(ct.TERM_CODES)
    assert [t.code for t in ct.TERMS if t.conditional] == ["advance"]


def test_a_complete_contract_has_every_term_present() -> None:
    checks = ct.checklist(FULL)
    assert [c.status for c in checks] == [ST.PRESENT] * 10
    assert all(c.derived for c in checks)
    assert ct.verdict(checks, has_remarks=False) is ct.Verdict.AGREED
    assert ct.verdict(checks, has_remarks=True) is ct.Verdict.AGREED_WITH_REMARKS


@pytest.mark.parametrize("code", ct.TERM_CODES)
def test_each_term_missing_in_turn_from_the_facts(code: str) -> None:
    checks = ct.checklist(dataclasses.replace(FULL, **BLANKED[code]))  # type: ignore[arg-type]
    by = {c.term.code: c.status for c in checks}
    # an advance "if any" cannot be found missing from the fields: the reviewer decides
    assert by.pop(code) is (ST.NOT_CHECKED if code == "advance" else ST.MISSING)
    assert set(by.values()) == {ST.PRESENT}
    if code != "advance":
        assert ct.verdict(checks, has_remarks=False) is ct.Verdict.NOT_AGREED


def test_validity_is_present_with_the_stages_alone_and_delivery_needs_place_and_dates() -> None:
    only_stages = dataclasses.replace(FULL, valid_from_set=False, valid_until_set=False)
    assert ct.checklist(only_stages)[1].status is ST.PRESENT
    no_place = dataclasses.replace(FULL, delivery_place="")
    assert ct.checklist(no_place)[6].status is ST.MISSING


def test_a_reviewer_mark_wins_over_the_fields() -> None:
    marks = {"penalty": ct.ReviewerMark(ST.MISSING, "", "No amount, only a reference"),
             "advance": ct.ReviewerMark(ST.NOT_APPLICABLE)}
    checks = ct.checklist(dataclasses.replace(FULL, advance=Decimal(0)), marks)
    by = {c.term.code: c for c in checks}
    assert by["penalty"].status is ST.MISSING and not by["penalty"].derived
    assert by["penalty"].remark == "No amount, only a reference"
    assert by["advance"].status is ST.NOT_APPLICABLE
    assert ct.verdict(checks, has_remarks=False) is ct.Verdict.NOT_AGREED


# --- the service on stored contracts -------------------------------------------------------------

def _blank(o: OfficeFixture, **changes: object) -> None:
    with o.db.unit_of_work() as uow:
        d = contracts.get_contract(uow, o.chief, contract_id=o.ids["contract"])
    with o.db.unit_of_work() as uow:
        contracts.update_contract(uow, o.chief, contract_id=o.ids["contract"],
                                  form=dataclasses.replace(d.form, **changes))  # type: ignore[arg-type]


def open_review(o: OfficeFixture) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        rid = cr.open_review(uow, o.rep, contract_id=o.ids["contract"],
                             opened_on=dt.date(2026, 1, 10), draft_ref="MoD letter 12/001").id
    assert rid
    return rid


def mark(o: OfficeFixture, rid: uuid.UUID, term: str, status: ST | None, clause: str = "",
         remark: str = "") -> None:
    with o.db.unit_of_work() as uow:
        cr.mark_term(uow, o.rep, review_id=rid, term=term, status=status, clause_ref=clause,
                     remark=remark)


def info(o: OfficeFixture, rid: uuid.UUID) -> cr.ReviewInfo:
    with o.db.unit_of_work() as uow:
        return cr.get_review(uow, o.viewer, review_id=rid)


def conclude(o: OfficeFixture, rid: uuid.UUID, text: str = "See the remarks.") -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        cid = cr.issue_conclusion(uow, o.rep, review_id=rid, conclusion=text,
                                  password=REP_PASSWORD, issued_on=dt.date(2026, 1, 15)).id
    assert cid
    return cid


def pdf_text(o: OfficeFixture, kind: str, object_id: uuid.UUID) -> str:
    """The text of the rendered document, lines joined with spaces (cells wrap)."""
    with o.db.unit_of_work() as uow:
        pdf = registry.document_type(kind).render(uow.session, object_id)
    import os
    if os.environ.get("MILREP_KEEP_PDF"):
        with open(os.path.join(os.environ["MILREP_KEEP_PDF"], f"{kind}.pdf"), "wb") as f:
            f.write(pdf)
    doc = pdfium.PdfDocument(pdf)
    text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    return " ".join(text.split())


@pytest.mark.parametrize("code", ct.TERM_CODES)
def test_stored_contract_with_each_term_missing_in_turn(records: OfficeFixture, code: str) -> None:
    o = records
    if code in FIELD_OF:
        _blank(o, **{FIELD_OF[code]: ""})
    elif code == "advance":
        _blank(o, advance=Decimal(0))
    rid = open_review(o)
    found = info(o, rid)
    by = {t.code: t for t in found.terms}
    if code in FIELD_OF:  # the record says so
        assert by[code].status is ST.MISSING and by[code].derived
    elif code == "advance":  # no advance in the record: the reviewer must say which it is
        assert by[code].status is ST.NOT_CHECKED
        with o.db.unit_of_work() as uow, pytest.raises(RuleViolation, match="22.4\\(4\\)"):
            cr.issue_conclusion(uow, o.rep, review_id=rid, conclusion="x", password=REP_PASSWORD)
        mark(o, rid, code, ST.MISSING, remark="The draft is silent on the advance")
    else:  # the record has it, the draft's text does not
        assert by[code].status is ST.PRESENT
        mark(o, rid, code, ST.MISSING, remark="Not in the draft")
    found = info(o, rid)
    assert [t.code for t in found.missing] == [code]
    assert {t.status for t in found.terms if t.code != code} == {ST.PRESENT}
    assert found.verdict is ct.Verdict.NOT_AGREED
    cid = conclude(o, rid)
    signed = info(o, rid)
    assert signed.conclusion_id == cid and signed.verdict is ct.Verdict.NOT_AGREED
    assert [t.code for t in signed.missing] == [code]
    text = pdf_text(o, "contract_review", cid)
    term = ct.term(code)
    assert term.clause in text and "Missing" in text
    assert "The draft contract is not agreed" in text


def test_a_present_term_in_an_annex_and_remarks_give_agreement_with_remarks(
        records: OfficeFixture) -> None:
    o = records
    _blank(o, penalty_terms="")
    rid = open_review(o)
    assert info(o, rid).verdict is ct.Verdict.NOT_AGREED
    mark(o, rid, "penalty", ST.PRESENT, clause="Annex 3, cl. 2", remark="Penalties in the annex")
    with o.db.unit_of_work() as uow:
        cr.set_remarks(uow, o.rep, review_id=rid, remarks="State the TU revision in clause 5.1.")
    found = info(o, rid)
    assert found.verdict is ct.Verdict.AGREED_WITH_REMARKS and not found.missing
    penalty = next(t for t in found.terms if t.code == "penalty")
    assert (penalty.clause_ref, penalty.derived) == ("Annex 3, cl. 2", False)
    mark(o, rid, "penalty", None)  # the mark taken back: the record decides again
    assert [t.code for t in info(o, rid).missing] == ["penalty"]
    with o.db.unit_of_work() as uow:  # one row per (review, term), the same id on every site
        row = uow.session.scalar(select(ContractReviewTerm).where(
            ContractReviewTerm.review_id == rid, ContractReviewTerm.term == "penalty"))
        assert row is not None and row.id == cr.term_row_id(rid, "penalty")
        assert row.status == ""
    mark(o, rid, "penalty", ST.PRESENT, clause="Annex 3, cl. 2")
    cid = conclude(o, rid, "The office agrees the draft subject to the remarks.")
    with o.db.unit_of_work() as uow:
        c = uow.session.get(ContractReviewConclusion, cid)
        assert c is not None and c.verdict == "agreed_with_remarks"
        assert c.number.endswith("/CR-0001")
        sig = uow.session.get(SignatureRecord, c.signature_id)
        assert sig is not None and sig.object_id == cid and sig.user_id == o.rep.user_id
        rows = uow.session.scalars(select(ContractReviewTerm).where(
            ContractReviewTerm.review_id == rid)).all()
        assert len(rows) == 10  # the checklist as signed
    _blank(o, acceptance_terms="")  # a later edit of the contract never rewrites the conclusion
    assert not info(o, rid).missing
    text = pdf_text(o, "contract_review", cid)
    assert "Annex 3, cl. 2" in text and "State the TU revision" in text
    assert "agreed subject to the remarks" in text
    with o.db.unit_of_work() as uow:
        refs = registry.document_kinds_for(uow.session, "contract_reviews", rid)
    assert [r.kind for r in refs] == ["contract_review"] and refs[0].number == c.number


# --- refusals: the message, and nothing stored changed ------------------------------------------

def test_a_contract_in_force_is_not_a_draft(records: OfficeFixture) -> None:
    o = records
    with o.db.unit_of_work() as uow:
        contracts.set_status(uow, o.chief, contract_id=o.ids["contract"],
                             status=ContractStatus.ACTIVE)
    refused(o, RuleViolation, "Contract 12-ГОЗ/2026 is no longer a draft: the office reviews "
            "draft contracts (subparagraph 1) of paragraph 3 of Article 27).", cr.open_review,
            contract_id=o.ids["contract"], opened_on=dt.date(2026, 1, 10))


def test_open_refusals(records: OfficeFixture) -> None:
    o = records
    refused(o, NotFound, "The contract no longer exists.", cr.open_review,
            contract_id=uuid.uuid4(), opened_on=dt.date(2026, 1, 10))
    open_review(o)
    refused(o, RuleViolation, "The draft of contract 12-ГОЗ/2026 is already under review.",
            cr.open_review, contract_id=o.ids["contract"], opened_on=dt.date(2026, 1, 11))
    refused(o, PermissionDenied, "D. Omarova (Viewer) is not allowed to do this. Ask the head "
            "of office.", cr.open_review, actor=o.viewer, contract_id=o.ids["contract"],
            opened_on=dt.date(2026, 1, 11))


def test_mark_refusals(records: OfficeFixture) -> None:
    o = records
    rid = open_review(o)
    refused(o, ValidationError, "Article 22.4 has no term \"price\".", cr.mark_term,
            review_id=rid, term="price", status=ST.PRESENT, clause_ref="1")
    refused(o, ValidationError, "Choose present, missing or not applicable.", cr.mark_term,
            review_id=rid, term="penalty", status=ST.NOT_CHECKED)
    refused(o, ValidationError, "Article 22.4 requires the amount of a forfeit (fine, penalty) "
            "in every contract: it cannot be not applicable.", cr.mark_term, review_id=rid,
            term="penalty", status=ST.NOT_APPLICABLE)
    refused(o, ValidationError, "Give the clause of the draft that states acceptance "
            "conditions.", cr.mark_term, review_id=rid, term="acceptance", status=ST.PRESENT,
            clause_ref="  ")
    refused(o, ValidationError, "Say what the draft lacks about the liability of the parties.",
            cr.mark_term, review_id=rid, term="liability", status=ST.MISSING)
    refused(o, NotFound, "The contract review no longer exists.", cr.mark_term,
            review_id=uuid.uuid4(), term="penalty", status=ST.MISSING, remark="x")


def test_conclusion_refusals_and_a_concluded_review_is_closed(records: OfficeFixture) -> None:
    o = records
    _blank(o, advance=Decimal(0))
    rid = open_review(o)
    refused(o, RuleViolation, "Check every term first; not checked: 22.4(4) advance payment, if "
            "any.", cr.issue_conclusion, review_id=rid, conclusion="Agreed",
            password=REP_PASSWORD)
    mark(o, rid, "advance", ST.NOT_APPLICABLE, remark="No advance under this contract")
    refused(o, ValidationError, "Conclusion is required.", cr.issue_conclusion, review_id=rid,
            conclusion=" ", password=REP_PASSWORD)
    refused(o, ValidationError, "The conclusion cannot predate the review.", cr.issue_conclusion,
            review_id=rid, conclusion="Agreed", password=REP_PASSWORD,
            issued_on=dt.date(2026, 1, 1))
    before = dump_database(o.db)
    with o.db.unit_of_work() as uow, pytest.raises(AuthenticationError):
        cr.issue_conclusion(uow, o.rep, review_id=rid, conclusion="Agreed", password="wrong")
    assert dump_database(o.db) == before
    conclude(o, rid, "Agreed")
    assert info(o, rid).verdict is ct.Verdict.AGREED
    closed = "The review is concluded: its conclusion is issued and signed."
    refused(o, RuleViolation, closed, cr.mark_term, review_id=rid, term="penalty",
            status=ST.MISSING, remark="x")
    refused(o, RuleViolation, closed, cr.set_remarks, review_id=rid, remarks="late")
    refused(o, RuleViolation, closed, cr.issue_conclusion, review_id=rid, conclusion="again",
            password=REP_PASSWORD)
    # a new review of the same draft may start after the conclusion
    with o.db.unit_of_work() as uow:
        assert cr.open_review(uow, o.rep, contract_id=o.ids["contract"],
                              opened_on=dt.date(2026, 1, 20)).id
    with o.db.unit_of_work() as uow:
        assert len(cr.reviews_of_contract(uow, o.viewer, contract_id=o.ids["contract"])) == 2
