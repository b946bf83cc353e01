"""Demo records of the office's other duties (issue 6), built through the real services:

- the review of draft contract 21-ГОЗ/2026 (modernization): two Article 22.4 terms missing (the
  dates of delivery and the liability of the parties), two found in the draft's clauses, remarks,
  and the signed conclusion (not agreed);
- the register of technical documents: TU 6574-012-2026 with revisions 2 (superseded) and 3, the
  test programme, two national standards; the radio station's output power still references
  revision 2 (a warning), its frequency stability revision 3;
- contract 18-ГОЗ/2026 marked СЕКРЕТНО with three protection measures evaluated with the plant;
- the verification of stage 1 costs of 12-ГОЗ/2026 with a disputed labour item, concluded and
  signed; the stage 2 verification still open.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from milrep.db.store import Database
from milrep.models.contracts import Contract, ContractStatus
from milrep.models.control_list import ControlListItem, ItemKind
from milrep.models.office_duties import CostCategory, MeasureResult, TechDocKind
from milrep.models.organizations import Organization, OrgKind
from milrep.models.requirements import Characteristic
from milrep.rules.contract_terms import TermStatus
from milrep.services import contract_reviews as cr
from milrep.services import contracts, control_list
from milrep.services import cost_verification as cv
from milrep.services import secrecy
from milrep.services import tech_documents as td
from milrep.services.auth import Actor, Permission

CLASSIFIED = "СЕКРЕТНО"


def build_duties(db: Database, actors: dict[str, Actor], password: str) -> None:
    chief, rep1, rep2 = actors["chief"], actors["rep1"], actors["rep2"]

    def run(actor: Actor, fn: Any, **kw: Any) -> Any:
        with db.unit_of_work() as uow:
            return fn(uow, actor, **kw).id

    ids = _ids(db, chief)

    # --- draft contract review (27.3.1) ---
    review = run(rep1, cr.open_review, contract_id=ids["21-ГОЗ/2026"],
                 opened_on=dt.date(2026, 10, 8), draft_ref="MoD letter 12/1187 of 06.10.2026, "
                                                           "draft version 2")
    run(rep1, cr.mark_term, review_id=review, term="penalty", status=TermStatus.PRESENT,
        clause_ref="cl. 9.1", remark="0.1 % per day of delay, at most 10 %")
    run(rep1, cr.mark_term, review_id=review, term="termination", status=TermStatus.PRESENT,
        clause_ref="cl. 12.2")
    run(rep1, cr.mark_term, review_id=review, term="delivery", status=TermStatus.MISSING,
        remark="The place is named (cl. 5.1) but no dates of delivery after modernization")
    run(rep1, cr.mark_term, review_id=review, term="liability", status=TermStatus.MISSING,
        remark="No clause on the liability of the parties; warranty after modernization not "
               "stated")
    run(rep1, cr.set_remarks, review_id=review, remarks=(
        "1. Clause 4.2 refers to TU 6574-012-2026 rev. 4, which is not yet approved: refer to "
        "the approved revision or make its approval a condition.\n"
        "2. Clause 6.3: acceptance tests after modernization must include the frequency "
        "stability check of the acceptance test programme PMI 6574-012-2026."))
    run(rep1, cr.issue_conclusion, review_id=review, password=password,
        issued_on=dt.date(2026, 10, 14), conclusion=(
            "The office does not agree the draft until the dates of delivery and the liability "
            "of the parties are added and the remarks are taken into account."))

    # --- technical documents and national standards (27.3.4, 27.3.6) ---
    def document(designation: str, title: str, kind: TechDocKind, contract: str | None,
                 revisions: tuple[tuple[str, dt.date, str], ...], remarks: str = "") -> list[Any]:
        doc = run(rep2, td.register_document, form=td.TechDocumentForm(
            designation, title, kind, ids.get(contract) if contract else None, remarks))
        return [run(rep2, td.add_revision, document_id=doc, number=n, dated=d, remarks=r)
                for n, d, r in revisions]

    tu_revs = document("TU 6574-012-2026", "Radio station R-168-5UN. Technical conditions",
                       TechDocKind.SPECIFICATION, "12-ГОЗ/2026",
                       (("2", dt.date(2025, 9, 1), ""),))
    document("PMI 6574-012-2026", "Radio station R-168-5UN. Acceptance and periodic test "
             "programme and methods", TechDocKind.PROGRAMME, "12-ГОЗ/2026",
             (("1", dt.date(2026, 1, 10), ""),))
    document("ST RK GOST RV 15.307", "Military goods. Acceptance and delivery", TechDocKind.STANDARD,
             None, (("2002", dt.date(2002, 1, 1), ""), ("2019", dt.date(2019, 7, 1),
                                                        "Adopted as a national standard")))
    document("ST RK GOST RV 15.703", "Military goods. Reclamations", TechDocKind.STANDARD, None,
             (("2005", dt.date(2005, 1, 1), ""),))
    power, stability = ids.get("power"), ids.get("stability")
    if power is not None:  # linked while revision 2 was current; revision 3 supersedes it
        run(rep2, td.reference_requirement, characteristic_id=power, revision_id=tu_revs[0],
            clause="3.2.1")
    rev3 = _add_tu_revision_3(db, rep2, tu_revs[0])
    if stability is not None:
        run(rep2, td.reference_requirement, characteristic_id=stability, revision_id=rev3,
            clause="3.2.4")

    # --- state secrets (27.3.7) ---
    classified = ids["18-ГОЗ/2026"]
    for measure, on, result, remarks, nxt in (
            ("Access control to assembly shop 4 (classified assembly area)", dt.date(2026, 3, 12),
             MeasureResult.ADEQUATE, "", dt.date(2027, 3, 12)),
            ("Accounting and storage of classified design documentation", dt.date(2026, 6, 4),
             MeasureResult.PARTLY_ADEQUATE, "Two copies of drawing set SM-7.000 were not entered "
             "in the register of classified documents", dt.date(2026, 12, 4)),
            ("Protection of test data during climatic tests (shielded room)",
             dt.date(2026, 9, 18), MeasureResult.ADEQUATE, "", None)):
        run(rep1, secrecy.record_measure, contract_id=classified, form=secrecy.MeasureForm(
            measure, on, result, remarks, nxt))

    # --- cost verification (27.3.8) ---
    stage1 = run(rep2, cv.open_verification, contract_id=ids["12-ГОЗ/2026"],
                 subject="Actual costs of stage 1: lots 1-2 (20 stations)",
                 opened_on=dt.date(2026, 7, 6))
    for cat, text, claimed, verified, disputed, docs, remarks in (
            (CostCategory.MATERIALS, "Aluminium alloy AMg6, printed circuit boards",
             "41250000.00", "41250000.00", "0", "Invoices 77, 81, 95\nWarehouse slips 1120-1168",
             ""),
            (CostCategory.COMPONENTS, "Transceiver modules and quartz resonators",
             "96400000.00", "96400000.00", "0", "Supply contract 44/2026, invoices", ""),
            (CostCategory.LABOUR, "Assembly and adjustment, 21 400 standard hours",
             "64200000.00", "58800000.00", "5400000.00", "Time sheets May-June 2026",
             "1 800 hours above the process norm of the route card are not justified"),
            (CostCategory.OVERHEADS, "Shop overheads, 118 % of labour", "75756000.00",
             "69384000.00", "6372000.00", "Overhead calculation 2026",
             "Follows the disputed labour hours")):
        run(rep2, cv.add_cost_item, verification_id=stage1, form=cv.CostItemForm(
            cat, text, claimed, verified, disputed, docs, remarks))
    run(rep2, cv.issue_conclusion, verification_id=stage1, password=password,
        issued_on=dt.date(2026, 7, 24), conclusion=(
            "The actual costs of stage 1 are confirmed except the labour hours above the process "
            "norm and the overheads on them, which the office disputes; the contractor is to "
            "justify them or exclude them from the price."))
    stage2 = run(rep2, cv.open_verification, contract_id=ids["12-ГОЗ/2026"],
                 subject="Actual costs of stage 2: lots 3-4 and spare-part kits",
                 opened_on=dt.date(2026, 11, 16))
    run(rep2, cv.add_cost_item, verification_id=stage2, form=cv.CostItemForm(
        CostCategory.MATERIALS, "Printed circuit boards, cases", Decimal("39800000.00"),
        Decimal("12500000.00"), documents="Invoices 131-140"))


def _add_tu_revision_3(db: Database, actor: Actor, rev2: uuid.UUID) -> uuid.UUID:
    from milrep.models.office_duties import TechDocumentRevision

    with db.unit_of_work() as uow:
        doc = uow.session.get(TechDocumentRevision, rev2)
        assert doc is not None
        document_id = doc.document_id
    with db.unit_of_work() as uow:
        rev = td.add_revision(uow, actor, document_id=document_id, number="3",
                              dated=dt.date(2026, 1, 15),
                              remarks="Frequency stability limits tightened (cl. 3.2.4)").id
    assert rev is not None
    return rev


def _ids(db: Database, chief: Actor) -> dict[str, Any]:
    """The demo's contracts by number (adding the classified 18-ГОЗ/2026) and the radio
    station's characteristics."""
    with db.unit_of_work() as uow:
        s = uow.begin(chief, Permission.READ, "demo.duties")
        out: dict[str, Any] = {n: i for n, i in s.execute(select(Contract.number, Contract.id))}
        plant = s.scalar(select(Organization.id).where(Organization.kind == OrgKind.CONTRACTOR))
        mod = s.scalar(select(Organization.id).where(Organization.kind ==
                                                     OrgKind.AUTHORIZED_BODY))
        for name, key in (("Output power", "power"), ("Frequency stability", "stability")):
            out[key] = s.scalar(select(Characteristic.id).join(
                ControlListItem, ControlListItem.id == Characteristic.item_id).where(
                ControlListItem.nomenclature_code == "5820-168-05",
                Characteristic.name.like(f"{name}%"), Characteristic.active.is_(True)).limit(1))
    with db.unit_of_work() as uow:
        out["18-ГОЗ/2026"] = contracts.create_contract(uow, chief, form=contracts.ContractForm(
            number="18-ГОЗ/2026", signed_on=dt.date(2026, 2, 20), customer_id=mod,
            contractor_id=plant, subject="Supply of 12 secure communication modules SM-7 for "
                                         "radio stations R-168-5UN",
            valid_from=dt.date(2026, 2, 20), valid_until=dt.date(2027, 2, 28),
            value=Decimal("148800000.00"), advance=Decimal("29760000.00"),
            quality_control_terms="Per TU 6574-031-2025 rev. 1",
            acceptance_terms="PSI by lots in the classified assembly area",
            delivery_place="Per the customer's order", delivery_terms="Two deliveries",
            penalty_terms="0.1 % per day", termination_grounds="Civil Code",
            liability_terms="Per the laws of the Republic of Kazakhstan",
            classification=CLASSIFIED)).id
    with db.unit_of_work() as uow:
        control_list.create_item(uow, chief, form=control_list.ItemForm(
            contract_id=out["18-ГОЗ/2026"], kind=ItemKind.MILITARY_GOODS,
            name="Secure communication module SM-7", nomenclature_code="5810-007-01",
            quantity=12, unit="pcs", delivery_deadline=dt.date(2027, 1, 31),
            tech_doc_ref="TU 6574-031-2025", tech_doc_revision="1"))
    with db.unit_of_work() as uow:
        contracts.set_status(uow, chief, contract_id=out["18-ГОЗ/2026"],
                             status=ContractStatus.ACTIVE)
    return out
