"""Draft contract review (Article 27.3.1): the checklist of the terms Article 22.4 requires, the
reviewer's marks with the draft's clauses, remarks, and the office's signed conclusion."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.contracts import Contract, ContractStage, ContractStatus
from milrep.models.office_duties import (ContractReview, ContractReviewConclusion,
                                         ContractReviewTerm, ReviewStatus)
from milrep.rules import contract_terms as ct
from milrep.services import validate
from milrep.services.auth import Actor, Permission
from milrep.services.numbering import DocumentKind, next_number
from milrep.services.signing import Meaning, sign_act


@dataclass(frozen=True)
class TermRow:
    code: str
    clause: str  # of the law: "22.4(5)"
    law_text: str
    status: ct.TermStatus
    derived: bool
    clause_ref: str  # of the draft
    remark: str


@dataclass(frozen=True)
class ReviewInfo:
    id: uuid.UUID
    contract_id: uuid.UUID
    contract_number: str
    contract_status: ContractStatus
    classification: str
    draft_ref: str
    opened_on: dt.date
    status: ReviewStatus
    remarks: str
    terms: tuple[TermRow, ...]
    verdict: ct.Verdict
    conclusion_id: uuid.UUID | None
    conclusion_number: str
    conclusion_text: str = ""

    @property
    def missing(self) -> tuple[TermRow, ...]:
        return tuple(t for t in self.terms if t.status is ct.TermStatus.MISSING)

    @property
    def unchecked(self) -> tuple[TermRow, ...]:
        return tuple(t for t in self.terms if t.status is ct.TermStatus.NOT_CHECKED)


def open_review(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID, opened_on: dt.date,
                draft_ref: str = "") -> Changes:
    """Start the review of a draft contract; one open review per contract at a time."""
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "contract_review.open")
    contract = s.get(Contract, contract_id)
    if contract is None:
        raise NotFound(translate("milrep", "The contract no longer exists."))
    if contract.status is not ContractStatus.DRAFT:
        raise RuleViolation(translate(
            "milrep", "Contract {number} is no longer a draft: the office reviews draft "
            "contracts (subparagraph 1) of paragraph 3 of Article 27).").format(
                number=contract.number))
    busy = s.scalar(select(ContractReview.id).where(ContractReview.contract_id == contract_id,
                                                    ContractReview.status == ReviewStatus.OPEN))
    if busy is not None:
        raise RuleViolation(translate("milrep", "The draft of contract {number} is already "
                                                "under review.").format(number=contract.number))
    review = ContractReview(id=uuid.uuid4(), contract_id=contract_id, opened_on=opened_on,
                            draft_ref=draft_ref.strip(), status=ReviewStatus.OPEN)
    s.add(review)
    return uow.commit(review.id)


def mark_term(uow: UnitOfWork, actor: Actor, *, review_id: uuid.UUID, term: str,
              status: ct.TermStatus | None, clause_ref: str = "", remark: str = "") -> Changes:
    """The reviewer's finding on one term; ``status`` None takes the mark back (the contract's
    fields decide again)."""
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "contract_review.mark")
    review = _open(s, review_id)
    if term not in ct.TERM_CODES:
        raise ValidationError(translate("milrep", "Article 22.4 has no term \"{term}\".")
                              .format(term=term), field="term")
    t = ct.term(term)
    row = s.scalar(select(ContractReviewTerm).where(ContractReviewTerm.review_id == review.id,
                                                    ContractReviewTerm.term == term))
    if status is not None:
        status = ct.TermStatus(status)  # a plain value from a form is taken as the enum
    if status is None:  # cleared, not deleted: the row keeps its one id on every workstation
        if row is not None and row.status:
            row.status, row.clause_ref, row.remark = "", "", ""
        return uow.commit(review.id)
    if status is ct.TermStatus.NOT_CHECKED:
        raise ValidationError(translate("milrep", "Choose present, missing or not applicable."),
                              field="status")
    if status is ct.TermStatus.NOT_APPLICABLE and not t.conditional:
        raise ValidationError(translate(
            "milrep", "Article 22.4 requires {term} in every contract: it cannot be not "
            "applicable.").format(term=t.law_text()), field="status")
    clause_ref = clause_ref.strip()
    if status is ct.TermStatus.PRESENT and not clause_ref:
        raise ValidationError(translate("milrep", "Give the clause of the draft that states "
                                                  "{term}.").format(term=t.law_text()),
                              field="clause_ref")
    if status is ct.TermStatus.MISSING and not remark.strip():
        raise ValidationError(translate("milrep", "Say what the draft lacks about {term}.")
                              .format(term=t.law_text()), field="remark")
    if row is None:
        row = ContractReviewTerm(id=term_row_id(review.id, term), review_id=review.id, term=term)
        s.add(row)
    row.status, row.derived = status.value, False
    row.clause_ref, row.remark = clause_ref, remark.strip()
    return uow.commit(review.id)


def set_remarks(uow: UnitOfWork, actor: Actor, *, review_id: uuid.UUID, remarks: str,
                draft_ref: str | None = None) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "contract_review.remarks")
    review = _open(s, review_id)
    review.remarks = remarks.strip()
    if draft_ref is not None:
        review.draft_ref = draft_ref.strip()
    return uow.commit(review.id)


def issue_conclusion(uow: UnitOfWork, actor: Actor, *, review_id: uuid.UUID, conclusion: str,
                     password: str, issued_on: dt.date | None = None) -> Changes:
    """The office's signed conclusion on the draft: every term must be settled (present,
    missing or not applicable); the verdict follows from the checklist and the remarks."""
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "contract_review.conclude")
    review = _open(s, review_id)
    contract = s.get(Contract, review.contract_id)
    assert contract is not None
    checks = ct.checklist(facts_of(s, contract), _marks(s, review.id))
    pending = ct.unchecked(checks)
    if pending:
        raise RuleViolation(translate(
            "milrep", "Check every term first; not checked: {terms}.").format(
                terms="; ".join(f"{c.term.clause} {c.term.law_text()}" for c in pending)))
    text = validate.required(conclusion, "conclusion", translate("milrep", "Conclusion"))
    issued_on = issued_on or dt.date.today()
    if issued_on < review.opened_on:
        raise ValidationError(translate("milrep", "The conclusion cannot predate the review."),
                              field="issued_on")
    v = ct.verdict(checks, has_remarks=bool(review.remarks))
    number = next_number(uow, DocumentKind.CONTRACT_REVIEW, on=issued_on)
    conclusion_id = uuid.uuid4()
    signature = sign_act(uow, actor, password=password, meaning=Meaning.OPINION,
                         object_type="contract_review_conclusions", object_id=conclusion_id,
                         content={"number": number, "contract": contract.number,
                                  "review": str(review.id), "issued_on": issued_on.isoformat(),
                                  "verdict": v.value, "conclusion": text,
                                  "remarks": review.remarks,
                                  "terms": [[c.term.code, c.status.value, c.clause_ref]
                                            for c in checks]})
    s.flush()
    # the checklist as it stood when signed: every term, so the printed conclusion never changes
    existing = {r.term: r for r in s.scalars(select(ContractReviewTerm).where(
        ContractReviewTerm.review_id == review.id))}
    for c in checks:
        row = existing.get(c.term.code)
        if row is None:
            row = ContractReviewTerm(id=term_row_id(review.id, c.term.code), review_id=review.id,
                                     term=c.term.code)
            s.add(row)
        row.status, row.derived = c.status.value, c.derived
        row.clause_ref, row.remark = c.clause_ref, c.remark
    s.add(ContractReviewConclusion(id=conclusion_id, number=number, review_id=review.id,
                                   issued_on=issued_on, verdict=v.value, conclusion=text,
                                   signature_id=signature.id))
    review.status = ReviewStatus.CONCLUDED
    return uow.commit(conclusion_id)


def get_review(uow: UnitOfWork, actor: Actor, *, review_id: uuid.UUID) -> ReviewInfo:
    s = uow.begin(actor, Permission.READ, "contract_review.get")
    return review_info(s, review_id)


def reviews_of_contract(uow: UnitOfWork, actor: Actor, *, contract_id: uuid.UUID
                        ) -> tuple[ReviewInfo, ...]:
    """Every review of the contract, newest first."""
    s = uow.begin(actor, Permission.READ, "contract_review.of_contract")
    ids = s.scalars(select(ContractReview.id).where(ContractReview.contract_id == contract_id)
                    .order_by(ContractReview.opened_on.desc(), ContractReview.id))
    return tuple(review_info(s, i) for i in ids)


# --- read helpers (also used by the printed conclusion) -----------------------------------------

def facts_of(s: Session, c: Contract) -> ct.ContractFacts:
    stages = len(s.scalars(select(ContractStage.id).where(ContractStage.contract_id == c.id))
                 .all())
    return ct.ContractFacts(
        subject=c.subject or "", valid_from_set=c.valid_from is not None,
        valid_until_set=c.valid_until is not None, stages=stages, value=c.value,
        advance=c.advance, quality_control_terms=c.quality_control_terms,
        acceptance_terms=c.acceptance_terms, delivery_place=c.delivery_place,
        delivery_terms=c.delivery_terms, penalty_terms=c.penalty_terms,
        termination_grounds=c.termination_grounds, liability_terms=c.liability_terms)


def review_info(s: Session, review_id: uuid.UUID) -> ReviewInfo:
    review = s.get(ContractReview, review_id)
    if review is None:
        raise NotFound(translate("milrep", "The contract review no longer exists."))
    contract = s.get(Contract, review.contract_id)
    if contract is None:
        raise NotFound(translate("milrep", "The contract no longer exists."))
    conclusion = s.scalar(select(ContractReviewConclusion).where(
        ContractReviewConclusion.review_id == review.id))
    if review.status is ReviewStatus.CONCLUDED:
        # the stored checklist as signed
        stored = {r.term: r for r in s.scalars(select(ContractReviewTerm).where(
            ContractReviewTerm.review_id == review.id))}
        checks = tuple(ct.TermCheck(t, _status(stored[t.code].status), stored[t.code].derived,
                                    stored[t.code].clause_ref, stored[t.code].remark)
                       if t.code in stored else ct.TermCheck(t, ct.TermStatus.NOT_CHECKED, False)
                       for t in ct.TERMS)
    else:
        checks = ct.checklist(facts_of(s, contract), _marks(s, review.id))
    v = (ct.Verdict(conclusion.verdict) if conclusion is not None
         else ct.verdict(checks, has_remarks=bool(review.remarks)))
    return ReviewInfo(
        id=review.id, contract_id=contract.id, contract_number=contract.number,
        contract_status=contract.status, classification=(contract.classification or "").strip(),
        draft_ref=review.draft_ref, opened_on=review.opened_on, status=review.status,
        remarks=review.remarks,
        terms=tuple(TermRow(c.term.code, c.term.clause, c.term.law_text(), c.status, c.derived,
                            c.clause_ref, c.remark) for c in checks),
        verdict=v, conclusion_id=conclusion.id if conclusion else None,
        conclusion_number=conclusion.number if conclusion else "",
        conclusion_text=conclusion.conclusion if conclusion else "")


def term_row_id(review_id: uuid.UUID, term: str) -> uuid.UUID:
    """One id per (review, term) on every workstation: two reviewers marking the same term
    offline edit one row (the later mark wins when bundles meet), never two rows that the
    (review, term) uniqueness would refuse on import."""
    return uuid.uuid5(review_id, f"contract_review_term:{term}")


def _status(value: str) -> ct.TermStatus:
    try:
        return ct.TermStatus(value)
    except ValueError:  # from a newer version of milrep
        return ct.TermStatus.NOT_CHECKED


def _marks(s: Session, review_id: uuid.UUID) -> dict[str, ct.ReviewerMark]:
    return {r.term: ct.ReviewerMark(_status(r.status), r.clause_ref, r.remark)
            for r in s.scalars(select(ContractReviewTerm).where(
                ContractReviewTerm.review_id == review_id, ContractReviewTerm.derived.is_(False),
                ContractReviewTerm.status != ""))}


def _open(s: Session, review_id: uuid.UUID) -> ContractReview:
    review = s.get(ContractReview, review_id)
    if review is None:
        raise NotFound(translate("milrep", "The contract review no longer exists."))
    if review.status is not ReviewStatus.OPEN:
        raise RuleViolation(translate("milrep", "The review is concluded: its conclusion is "
                                                "issued and signed."))
    return review
