"""The notice of suspension of acceptance and shipment (Article 27.4.8) or of works and services
(27.4.9): the ground as the law names it, the scope, the lots covered, the effective time and
the signing officer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.documents.layout import DocumentHead, OfficialDocument, fmt_date, fmt_time
from milrep.documents.sources import contract_label, item_label, letterhead, signature
from milrep.errors import NotFound
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.organizations import Organization
from milrep.models.products import Lot
from milrep.models.quality import ProductTest, Suspension, SuspensionGround, SuspensionScope
from milrep.rules.suspension import LotFacts, SuspensionTerms, covers
from milrep.services.product_tests import describe_test
from milrep.services.suspensions import scope_label

def law_name() -> str:
    return translate("milrep", "the Law of the Republic of Kazakhstan of 18 March 2019 "
                               "No. 236-VI \u201cOn the defense industry and the state defense "
                               "order\u201d")


def law_wording(ground: SuspensionGround, works: bool) -> str:
    """The ground in the words of Article 27.4.8 (goods) or 27.4.9 (works and services), as a
    line of its own (capitalized)."""
    text = _law_wording(ground, works)
    return text[:1].upper() + text[1:]


def _law_wording(ground: SuspensionGround, works: bool) -> str:
    if ground is SuspensionGround.CONTRACT_TERMS:
        return translate("milrep", "failure to fulfil the terms of a state defense order "
                                   "contract")
    if ground is SuspensionGround.QUALITY_DECISIONS:
        if works:
            return translate("milrep", "failure to fulfil decisions made to ensure good quality "
                                       "and reliability of works, services")
        return translate("milrep", "failure to fulfil decisions made to ensure good quality and "
                                   "reliability of goods (products)")
    if ground is SuspensionGround.FAILED_TESTS:
        return translate("milrep", "failed tests")
    return translate("milrep", "in-service identification of defects that caused the failure "
                               "of goods (products), if goods (products) in process also have "
                               "such defects")


@dataclass(frozen=True)
class SuspensionFacts:
    suspension: Suspension
    contract: Contract
    item: ControlListItem | None
    lot: Lot | None
    contractor: str
    works: bool  # scope is a military work or service (27.4.9)

    @property
    def classification(self) -> str:
        return (self.contract.classification or "").strip()

    def article(self) -> str:
        return "27.4.9" if self.works else "27.4.8"

    def target(self) -> str:
        """What is suspended, in words."""
        s = self.suspension
        if s.scope is SuspensionScope.LOT and self.lot is not None and self.item is not None:
            return translate("milrep", "lot {lot} of {item}").format(
                lot=self.lot.number, item=item_label(self.item))
        if self.item is not None:
            return item_label(self.item)
        return translate("milrep", "all goods, works and services of contract {contract}").format(
            contract=contract_label(self.contract))

    def what_stops(self) -> str:
        if self.works:
            return translate("milrep", "performance and acceptance of the work or service")
        return translate("milrep", "acceptance and shipment")


def load_suspension(s: Session, suspension_id: uuid.UUID) -> SuspensionFacts:
    susp = s.get(Suspension, suspension_id)
    if susp is None:
        raise NotFound(translate("milrep", "The suspension no longer exists."))
    contract = s.get(Contract, susp.contract_id)
    if contract is None:
        raise NotFound(translate("milrep", "The contract no longer exists."))
    item = s.get(ControlListItem, susp.item_id) if susp.item_id else None
    lot = s.get(Lot, susp.lot_id) if susp.lot_id else None
    org = s.get(Organization, contract.contractor_id)
    return SuspensionFacts(suspension=susp, contract=contract, item=item, lot=lot,
                           contractor=org.name if org else "",
                           works=susp.scope is SuspensionScope.WORK)


def covered_lots(s: Session, f: SuspensionFacts) -> list[str]:
    """Lots registered when printing that the suspension covers (its rule, as the gate applies
    it, ignoring whether it has been resumed since)."""
    susp = f.suspension
    terms = SuspensionTerms(id=susp.id, number=susp.number, scope=susp.scope,
                            contract_id=susp.contract_id, item_id=susp.item_id,
                            lot_id=susp.lot_id, covers_made_since=susp.covers_made_since,
                            resumed=False)
    q = select(Lot, ControlListItem.contract_id).join(ControlListItem,
                                                      ControlListItem.id == Lot.item_id)
    if susp.item_id is not None:
        q = q.where(Lot.item_id == susp.item_id)
    else:
        q = q.where(ControlListItem.contract_id == susp.contract_id)
    return [lot.number for lot, contract_id in s.execute(q.order_by(Lot.number))
            if covers(terms, LotFacts(contract_id, lot.item_id, lot.id, lot.manufactured_on))]


def render(session: Session, suspension_id: uuid.UUID) -> bytes:
    f = load_suspension(session, suspension_id)
    susp = f.suspension
    title = (translate("milrep", "Notice of suspension of works and services") if f.works
             else translate("milrep", "Notice of suspension of acceptance and shipment"))
    doc = OfficialDocument(DocumentHead(
        letterhead=letterhead(session), title=title, number=susp.number,
        date=susp.effective_at.date(), classification=f.classification,
        subtitle=f.target(), keywords=(susp.number,)))
    doc.facts([(translate("milrep", "To"), f.contractor),
               (translate("milrep", "Contract"), contract_label(f.contract))])
    doc.paragraph(translate(
        "milrep", "Under subparagraph {sub}) of paragraph 4 of Article 27 of {law}, the military "
        "representative office suspends {what} of {target} from {time}.").format(
            sub="9" if f.works else "8", law=law_name(), what=f.what_stops(), target=f.target(),
            time=fmt_time(susp.effective_at)), indent=True)

    doc.section(translate("milrep", "Ground and scope"))
    rows = [(translate("milrep", "Ground (Article {article} of the Law)").format(
        article=f.article()), law_wording(susp.ground, f.works))]
    if susp.test_id is not None:
        test = session.get(ProductTest, susp.test_id)
        if test is not None:
            rows.append((translate("milrep", "Failed test"), describe_test(session, test) + (
                translate("milrep", ", completed on {date}").format(
                    date=fmt_date(test.completed_on)) if test.completed_on else "")))
    rows.append((translate("milrep", "Circumstances"), susp.reason))
    lots = covered_lots(session, f)
    if susp.scope is SuspensionScope.LOT:
        covered = translate("milrep", "this lot only")
    elif susp.covers_made_since is not None:
        covered = translate("milrep", "lots made on or after {date} (the last positive periodic "
                                      "test)").format(date=fmt_date(susp.covers_made_since))
    else:
        covered = translate("milrep", "every lot, whenever made")
    rows += [
        (translate("milrep", "Scope"), f"{scope_label(susp.scope)}: {f.target()}"),
        (translate("milrep", "Lots covered"), covered),
        (translate("milrep", "Lots registered so far that it covers"),
         ", ".join(lots) if lots else translate("milrep", "none yet")),
        (translate("milrep", "In force from"), fmt_time(susp.effective_at)),
    ]
    doc.facts(rows)

    doc.section(translate("milrep", "Consequences"))
    if f.works:
        doc.paragraph(translate(
            "milrep", "While the suspension is in force the office does not accept the work or "
            "service in its scope."), justify=True)
    else:
        doc.paragraph(translate(
            "milrep", "While the suspension is in force the office does not accept, certify or "
            "release for shipment the goods in its scope."), justify=True)
    if susp.test_id is not None:
        doc.paragraph(translate(
            "milrep", "It ends only by a resumption decision of the head of the office, once the "
            "contractor's corrective actions are verified and a repeat test is positive."),
            justify=True)
    else:
        doc.paragraph(translate(
            "milrep", "It ends only by a resumption decision of the head of the office, once the "
            "contractor's corrective actions are verified."), justify=True)

    sig = signature(session, susp.signature_id)
    doc.signatures([sig] if sig else [], blank=[
        (translate("milrep", "Received for the contractor"), "")])
    return doc.build()
