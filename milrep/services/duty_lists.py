"""SQL-paged lists of the office's other duties (issue 6): draft contract reviews, the register of
technical documents and standards, secrecy measures, cost verifications."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.office_duties import (ContractReview, ContractReviewConclusion,
                                         CostVerification, CostVerificationConclusion,
                                         RevisionStatus, SecrecyMeasure, TechDocument,
                                         TechDocumentRevision)
from milrep.services.lists import ListColumn, ListSpec

_review_contract = aliased(Contract, name="review_contract")
_cost_contract = aliased(Contract, name="cost_contract")
_measure_contract = aliased(Contract, name="measure_contract")
_doc_contract = aliased(Contract, name="doc_contract")


def _contract_text(contract_id: Any) -> Any:
    """The contract's search text for a row of another table: a subquery, so counting (which
    does not join) filters the same rows as a page."""
    return (select(Contract.search_text).where(Contract.id == contract_id)
            .scalar_subquery())


CONTRACT_REVIEWS = ListSpec(
    name="contract_reviews",
    base=ContractReview.__table__,
    id_expr=ContractReview.id,
    columns=(
        ListColumn("contract", lambda: translate("milrep", "Contract"), _review_contract.number),
        ListColumn("opened_on", lambda: translate("milrep", "Opened"), ContractReview.opened_on,
                   "date"),
        ListColumn("draft_ref", lambda: translate("milrep", "Draft as received"),
                   ContractReview.draft_ref, sortable=False),
        ListColumn("status", lambda: translate("milrep", "Status"), ContractReview.status,
                   "enum"),
        ListColumn("verdict", lambda: translate("milrep", "Conclusion"),
                   ContractReviewConclusion.verdict, "enum", sortable=False),
        ListColumn("conclusion", lambda: translate("milrep", "Conclusion No."),
                   ContractReviewConclusion.number, sortable=False),
    ),
    search_expr=_contract_text(ContractReview.contract_id),
    joins=lambda q: q.join(_review_contract, _review_contract.id == ContractReview.contract_id)
    .outerjoin(ContractReviewConclusion, ContractReviewConclusion.review_id == ContractReview.id),
    default_sort="opened_on",
    scopes={"contract_id": ContractReview.contract_id, "status": ContractReview.status},
)

_current_revision = (select(TechDocumentRevision.number)
                     .where(TechDocumentRevision.document_id == TechDocument.id,
                            TechDocumentRevision.status == RevisionStatus.CURRENT)
                     .order_by(TechDocumentRevision.dated.desc()).limit(1)
                     .correlate(TechDocument).scalar_subquery())
_current_dated = (select(TechDocumentRevision.dated)
                  .where(TechDocumentRevision.document_id == TechDocument.id,
                         TechDocumentRevision.status == RevisionStatus.CURRENT)
                  .order_by(TechDocumentRevision.dated.desc()).limit(1)
                  .correlate(TechDocument).scalar_subquery())

TECH_DOCUMENTS = ListSpec(
    name="tech_documents",
    base=TechDocument.__table__,
    id_expr=TechDocument.id,
    columns=(
        ListColumn("designation", lambda: translate("milrep", "Designation"),
                   TechDocument.designation),
        ListColumn("title", lambda: translate("milrep", "Title"), TechDocument.title,
                   sortable=False),
        ListColumn("kind", lambda: translate("milrep", "Kind"), TechDocument.kind, "enum",
                   sortable=False),
        ListColumn("revision", lambda: translate("milrep", "Current revision"), _current_revision,
                   sortable=False),
        ListColumn("dated", lambda: translate("milrep", "Dated"), _current_dated, "date",
                   sortable=False),
        ListColumn("contract", lambda: translate("milrep", "Contract"), _doc_contract.number,
                   sortable=False),
    ),
    search_expr=TechDocument.search_text,
    joins=lambda q: q.outerjoin(_doc_contract, _doc_contract.id == TechDocument.contract_id),
    default_sort="designation",
    scopes={"contract_id": TechDocument.contract_id, "kind": TechDocument.kind},
)

SECRECY_MEASURES = ListSpec(
    name="secrecy_measures",
    base=SecrecyMeasure.__table__,
    id_expr=SecrecyMeasure.id,
    columns=(
        ListColumn("contract", lambda: translate("milrep", "Contract"), _measure_contract.number,
                   sortable=False),
        ListColumn("classification", lambda: translate("milrep", "Marking"),
                   _measure_contract.classification, sortable=False),
        ListColumn("measure", lambda: translate("milrep", "Protection measure"),
                   SecrecyMeasure.measure, sortable=False),
        ListColumn("evaluated_on", lambda: translate("milrep", "Evaluated"),
                   SecrecyMeasure.evaluated_on, "date"),
        ListColumn("result", lambda: translate("milrep", "Result"), SecrecyMeasure.result,
                   "enum", sortable=False),
        ListColumn("next_check", lambda: translate("milrep", "Next check"),
                   SecrecyMeasure.next_check, "date"),
    ),
    search_expr=_contract_text(SecrecyMeasure.contract_id) + " " + SecrecyMeasure.measure,
    joins=lambda q: q.join(_measure_contract, _measure_contract.id == SecrecyMeasure.contract_id),
    default_sort="evaluated_on",
    scopes={"contract_id": SecrecyMeasure.contract_id},
)

COST_VERIFICATIONS = ListSpec(
    name="cost_verifications",
    base=CostVerification.__table__,
    id_expr=CostVerification.id,
    columns=(
        ListColumn("contract", lambda: translate("milrep", "Contract"), _cost_contract.number,
                   sortable=False),
        ListColumn("subject", lambda: translate("milrep", "What is verified"),
                   CostVerification.subject, sortable=False),
        ListColumn("opened_on", lambda: translate("milrep", "Opened"),
                   CostVerification.opened_on, "date"),
        ListColumn("status", lambda: translate("milrep", "Status"), CostVerification.status,
                   "enum"),
        ListColumn("claimed", lambda: translate("milrep", "Claimed, ₸"),
                   CostVerificationConclusion.claimed_total, "money", sortable=False),
        ListColumn("disputed", lambda: translate("milrep", "Disputed, ₸"),
                   CostVerificationConclusion.disputed_total, "money", sortable=False),
        ListColumn("conclusion", lambda: translate("milrep", "Conclusion No."),
                   CostVerificationConclusion.number, sortable=False),
    ),
    search_expr=_contract_text(CostVerification.contract_id) + " " + CostVerification.subject,
    joins=lambda q: q.join(_cost_contract, _cost_contract.id == CostVerification.contract_id)
    .outerjoin(CostVerificationConclusion,
               CostVerificationConclusion.verification_id == CostVerification.id),
    default_sort="opened_on",
    scopes={"contract_id": CostVerification.contract_id, "status": CostVerification.status},
)

DUTY_LISTS = {spec.name: spec for spec in (CONTRACT_REVIEWS, TECH_DOCUMENTS, SECRECY_MEASURES,
                                           COST_VERIFICATIONS)}
