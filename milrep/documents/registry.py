"""Which printed documents exist, how each is found by its number, and which a record has.

Each document kind is printed by a module of this package exposing
``render(session, object_id) -> bytes``; the module is imported only when a document of that kind
is rendered (reportlab is not loaded to list documents). See the package docstring for the API.
"""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.errors import NotFound, ValidationError
from milrep.i18n import translate
from milrep.models.acceptance import AcceptanceRecord, Inspection, Presentation, ReturnNotice
from milrep.models.assets import InventoryCount
from milrep.models.certificates import Certificate
from milrep.models.office_duties import ContractReviewConclusion, CostVerificationConclusion
from milrep.models.products import Lot
from milrep.models.quality import ProductTest, Resumption, Suspension, TestOpinion
from milrep.models.reclamations import Reclamation


@dataclass(frozen=True)
class DocumentRef:
    """One printable document: its kind, the record it prints, its number and date."""

    kind: str
    title: str  # in the user's language
    object_id: uuid.UUID
    number: str
    date: dt.date | None

    @property
    def filename(self) -> str:
        """A file name to save it under, e.g. ``return_notice_17-WS1-2026-RN-0001.pdf``."""
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in self.number)
        return f"{self.kind}_{safe.strip('-') or self.object_id.hex[:8]}.pdf"


@dataclass(frozen=True)
class DocumentType:
    """A kind of printed document."""

    kind: str
    object_type: str  # table of the record it prints
    module: str  # milrep.documents.<module>.render(session, object_id) -> bytes
    _title: Callable[[], str]

    def title(self) -> str:
        return self._title()

    def render(self, session: Session, object_id: uuid.UUID) -> bytes:
        mod = importlib.import_module(f"milrep.documents.{self.module}")
        return bytes(mod.render(session, object_id))


DOCUMENT_KINDS: dict[str, DocumentType] = {t.kind: t for t in (
    DocumentType("monthly_report", "monthly_reports", "monthly_report",  # of a month, computed
                 lambda: translate("milrep", "Monthly report")),
    DocumentType("inspection_protocol", "inspections", "inspection_protocol",
                 lambda: translate("milrep", "Inspection protocol")),
    DocumentType("return_notice", "return_notices", "return_notice",
                 lambda: translate("milrep", "Return notice")),
    DocumentType("suspension_notice", "suspensions", "suspension_notice",
                 lambda: translate("milrep", "Suspension notice")),
    DocumentType("resumption_decision", "resumptions", "resumption_decision",
                 lambda: translate("milrep", "Resumption decision")),
    DocumentType("test_opinion", "test_opinions", "test_opinion",
                 lambda: translate("milrep", "Test opinion")),
    DocumentType("reclamation_act", "reclamations", "reclamation_act",
                 lambda: translate("milrep", "Reclamation act")),
    DocumentType("certificate", "certificates", "certificate",
                 lambda: translate("milrep", "Certificate confirming quality")),
    DocumentType("contract_review", "contract_review_conclusions", "contract_review",
                 lambda: translate("milrep", "Conclusion on a draft contract")),
    DocumentType("cost_verification", "cost_verification_conclusions", "cost_verification",
                 lambda: translate("milrep", "Conclusion on verified costs")),
    DocumentType("inventory_count", "inventory_counts", "inventory_count_sheet",
                 lambda: translate("milrep", "Inventory count sheet")),
)}


def document_type(kind: str) -> DocumentType:
    t = DOCUMENT_KINDS.get(kind)
    if t is None:
        raise ValidationError(translate(
            "milrep", "There is no printed document of kind \"{kind}\". Known kinds: {kinds}.")
            .format(kind=kind, kinds=", ".join(DOCUMENT_KINDS)), field="kind")
    return t


# --- the document of one record ---------------------------------------------------------------

def describe(session: Session, kind: str, object_id: uuid.UUID) -> DocumentRef:
    """Number and date of the document ``kind`` printing record ``object_id``; NotFound if none."""
    t = document_type(kind)
    if kind == "monthly_report":  # computed for a month (its id), nothing stored
        from milrep.reports.periods import month_of_id
        m = month_of_id(object_id)
        return DocumentRef(kind=kind, title=t.title(), object_id=object_id, number=m.key,
                           date=m.last_day)
    s = session
    number, date = "", None
    if kind == "inspection_protocol":
        insp = s.get(Inspection, object_id)
        if insp is None:
            raise NotFound(translate("milrep", "The inspection no longer exists."))
        p = s.get(Presentation, insp.presentation_id)
        number = protocol_number(p) if p is not None else ""
        date = (insp.decided_at or insp.opened_at).date()
    else:
        model, missing, date_of = _NUMBERED[kind]
        row = s.get(model, object_id)
        if row is None:
            raise NotFound(missing())
        number, date = row.number, date_of(row)
    return DocumentRef(kind=kind, title=t.title(), object_id=object_id, number=number, date=date)


def protocol_number(p: Presentation) -> str:
    """The protocol is numbered after the notice of presentation and its attempt: ``311/2``."""
    return f"{p.number}/{p.attempt}"


_NUMBERED: dict[str, tuple[type, Callable[[], str], Callable[[object], dt.date | None]]] = {
    "return_notice": (ReturnNotice, lambda: translate("milrep", "The return notice no longer "
                                                                "exists."),
                      lambda r: r.issued_on),  # type: ignore[attr-defined]
    "suspension_notice": (Suspension, lambda: translate("milrep", "The suspension no longer "
                                                                  "exists."),
                          lambda r: r.effective_at.date()),  # type: ignore[attr-defined]
    "resumption_decision": (Resumption, lambda: translate("milrep", "The resumption decision no "
                                                                    "longer exists."),
                            lambda r: r.decided_at.date()),  # type: ignore[attr-defined]
    "test_opinion": (TestOpinion, lambda: translate("milrep", "The test opinion no longer "
                                                              "exists."),
                     lambda r: r.issued_on),  # type: ignore[attr-defined]
    "reclamation_act": (Reclamation, lambda: translate("milrep", "The reclamation no longer "
                                                                 "exists."),
                        lambda r: r.findings_on or r.notified_on),  # type: ignore[attr-defined]
    "certificate": (Certificate, lambda: translate("milrep", "The certificate no longer exists."),
                    lambda r: r.issued_on),  # type: ignore[attr-defined]
    "contract_review": (ContractReviewConclusion, lambda: translate(  # issue 6
        "milrep", "The conclusion on the draft contract no longer exists."),
        lambda r: r.issued_on),  # type: ignore[attr-defined]
    "cost_verification": (CostVerificationConclusion, lambda: translate(
        "milrep", "The conclusion on the verified costs no longer exists."),
        lambda r: r.issued_on),  # type: ignore[attr-defined]
    "inventory_count": (InventoryCount, lambda: translate(  # material assets (issue 6)
        "milrep", "The inventory count no longer exists."),
        lambda r: r.count_date),  # type: ignore[attr-defined]
}


def _office_duty_refs(s: Session, object_type: str, object_id: uuid.UUID
                      ) -> list[tuple[str, uuid.UUID | None]]:
    """The conclusion of a contract review or a cost verification (or of itself)."""
    if object_type in ("contract_reviews", "contract_review_conclusions"):
        col = (ContractReviewConclusion.review_id if object_type == "contract_reviews"
               else ContractReviewConclusion.id)
        return [("contract_review", s.scalar(select(ContractReviewConclusion.id)
                                             .where(col == object_id)))]
    if object_type in ("cost_verifications", "cost_verification_conclusions"):
        col = (CostVerificationConclusion.verification_id if object_type == "cost_verifications"
               else CostVerificationConclusion.id)
        return [("cost_verification", s.scalar(select(CostVerificationConclusion.id)
                                               .where(col == object_id)))]
    return []


# --- finding documents ------------------------------------------------------------------------

def find_document(session: Session, kind: str, number: str) -> uuid.UUID:
    """The record printed as document ``kind`` with this number.

    The inspection protocol is found by its own number (``<notice>/<attempt>``), by the number of
    the notice of presentation (its latest attempt), or by the number of the acceptance record or
    return notice that decided it."""
    document_type(kind)
    s = session
    wanted = (number or "").strip()
    if kind == "monthly_report":  # its "number" is the month, 2026-11
        from milrep.reports.periods import month_id, parse_month
        return month_id(parse_month(wanted))
    if kind == "inspection_protocol":
        found = _find_protocol(s, wanted)
    else:
        model = _NUMBERED[kind][0]
        found = s.scalar(select(model.id).where(model.number == wanted))  # type: ignore[attr-defined]
    if found is None:
        raise NotFound(translate("milrep", "There is no {document} No. {number}.").format(
            document=document_type(kind).title().lower(), number=wanted))
    return found


def _find_protocol(s: Session, wanted: str) -> uuid.UUID | None:
    for model in (AcceptanceRecord, ReturnNotice):
        hit = s.scalar(select(model.inspection_id).where(model.number == wanted))
        if hit is not None:
            return hit
    q = (select(Inspection.id, Presentation.number, Presentation.attempt, Lot.number)
         .join(Presentation, Presentation.id == Inspection.presentation_id)
         .join(Lot, Lot.id == Presentation.lot_id))
    rows = s.execute(q.where(Presentation.number == wanted)
                     .order_by(Presentation.attempt.desc())).all()
    if not rows and "/" in wanted:
        notice, _, attempt = wanted.rpartition("/")
        if attempt.isdigit():
            rows = s.execute(q.where(Presentation.number == notice,
                                     Presentation.attempt == int(attempt))).all()
    lots = {r[3] for r in rows}
    if len(lots) > 1:  # the same notice number used for two lots: the user must choose
        raise ValidationError(translate(
            "milrep", "Notice No. {number} was used for several lots ({lots}): give the protocol "
            "number (notice/attempt) or the number of the acceptance record or return notice.")
            .format(number=wanted, lots=", ".join(sorted(lots))), field="number")
    return rows[0][0] if rows else None


def list_documents(session: Session, kind: str | None = None) -> tuple[DocumentRef, ...]:
    """Every printable document (of one kind), newest first."""
    s = session
    kinds = [document_type(kind).kind] if kind else list(DOCUMENT_KINDS)
    out: list[DocumentRef] = []
    for k in kinds:
        if k == "monthly_report":  # computed on demand: not a stored document to list
            continue
        if k == "inspection_protocol":
            ids = s.scalars(select(Inspection.id).order_by(Inspection.opened_at.desc()))
        else:
            model = _NUMBERED[k][0]
            ids = s.scalars(select(model.id).order_by(model.number.desc()))  # type: ignore[attr-defined]
        out.extend(describe(s, k, i) for i in ids)
    return tuple(sorted(out, key=lambda r: (r.date or dt.date.min, r.number), reverse=True))


def document_kinds_for(session: Session, object_type: str, object_id: uuid.UUID
                       ) -> tuple[DocumentRef, ...]:
    """The documents a record has, for a "Print" menu.

    ``object_type`` is the table of the record on screen: ``presentations``, ``inspections``,
    ``acceptance_records``, ``return_notices``, ``suspensions``, ``resumptions``,
    ``product_tests`` or ``test_opinions``. Unknown types and records without documents give ()."""
    s = session
    refs: list[tuple[str, uuid.UUID | None]] = []
    if object_type == "presentations":
        insp = s.scalar(select(Inspection.id).where(Inspection.presentation_id == object_id))
        refs += _inspection_docs(s, insp)
    elif object_type == "inspections":
        refs += _inspection_docs(s, object_id if s.get(Inspection, object_id) else None)
    elif object_type in ("acceptance_records", "return_notices"):
        model = AcceptanceRecord if object_type == "acceptance_records" else ReturnNotice
        refs += _inspection_docs(s, s.scalar(select(model.inspection_id)
                                             .where(model.id == object_id)))
    elif object_type in ("suspensions", "resumptions"):
        susp_id = object_id if object_type == "suspensions" else s.scalar(
            select(Resumption.suspension_id).where(Resumption.id == object_id))
        if susp_id is not None and s.get(Suspension, susp_id) is not None:
            refs.append(("suspension_notice", susp_id))
            refs.append(("resumption_decision", s.scalar(
                select(Resumption.id).where(Resumption.suspension_id == susp_id))))
    elif object_type in ("product_tests", "test_opinions"):
        test_id = object_id if object_type == "product_tests" else s.scalar(
            select(TestOpinion.test_id).where(TestOpinion.id == object_id))
        if test_id is not None and s.get(ProductTest, test_id) is not None:
            refs.append(("test_opinion", s.scalar(
                select(TestOpinion.id).where(TestOpinion.test_id == test_id))))
    elif object_type in ("certificates", "certificate"):
        if s.get(Certificate, object_id) is not None:
            refs.append(("certificate", object_id))
    elif object_type == "reclamations" and s.get(Reclamation, object_id) is not None:
        refs.append(("reclamation_act", object_id))
    refs += _office_duty_refs(s, object_type, object_id)  # issue 6
    if object_type == "inventory_counts" and s.get(InventoryCount, object_id) is not None:
        refs.append(("inventory_count", object_id))
    return tuple(describe(s, k, i) for k, i in refs if i is not None)


def _inspection_docs(s: Session, inspection_id: uuid.UUID | None
                     ) -> list[tuple[str, uuid.UUID | None]]:
    if inspection_id is None:
        return []
    return [("inspection_protocol", inspection_id),
            ("return_notice", s.scalar(select(ReturnNotice.id)
                                       .where(ReturnNotice.inspection_id == inspection_id)))]
