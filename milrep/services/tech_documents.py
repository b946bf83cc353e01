"""The register of technical documents and national standards (Articles 27.3.4 and 27.3.6):
documents with their revisions (current, superseded, cancelled) and the office's remarks; the
exact revision and clause an inspection requirement is checked against; requirements still
referencing a superseded or cancelled revision listed as warnings."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from milrep.db.store import Changes, UnitOfWork
from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.i18n import translate
from milrep.models.contracts import Contract
from milrep.models.control_list import ControlListItem
from milrep.models.office_duties import (RequirementDocumentRef, RevisionStatus, TechDocKind,
                                         TechDocument, TechDocumentRevision)
from milrep.models.requirements import Characteristic
from milrep.services import validate
from milrep.services.auth import Actor, Permission


def kind_label(kind: TechDocKind) -> str:
    return {
        TechDocKind.DESIGN: translate("milrep", "Design documentation"),
        TechDocKind.SPECIFICATION: translate("milrep", "Technical conditions (specification)"),
        TechDocKind.OPERATIONAL_REQUIREMENT: translate("milrep", "Military operational "
                                                                 "requirement"),
        TechDocKind.STANDARD: translate("milrep", "National standard"),
        TechDocKind.PROGRAMME: translate("milrep", "Test programme and methods"),
        TechDocKind.OPERATING: translate("milrep", "Operating and repair documentation"),
        TechDocKind.OTHER: translate("milrep", "Other document"),
    }[kind]


def revision_status_label(status: RevisionStatus) -> str:
    return {
        RevisionStatus.CURRENT: translate("milrep", "Current"),
        RevisionStatus.SUPERSEDED: translate("milrep", "Superseded"),
        RevisionStatus.CANCELLED: translate("milrep", "Cancelled"),
    }[status]


@dataclass(frozen=True)
class TechDocumentForm:
    designation: str
    title: str
    kind: TechDocKind
    contract_id: uuid.UUID | None = None
    remarks: str = ""


@dataclass(frozen=True)
class RevisionInfo:
    id: uuid.UUID
    number: str
    dated: dt.date
    status: RevisionStatus
    remarks: str
    references: int  # active requirements referencing it


@dataclass(frozen=True)
class TechDocumentInfo:
    id: uuid.UUID
    form: TechDocumentForm
    revisions: tuple[RevisionInfo, ...]  # newest first

    @property
    def current(self) -> RevisionInfo | None:
        return next((r for r in self.revisions if r.status is RevisionStatus.CURRENT), None)


@dataclass(frozen=True)
class StaleReference:
    """An active requirement checked against a revision that is no longer current."""

    characteristic_id: uuid.UUID
    characteristic: str
    item: str
    designation: str
    revision: str
    status: RevisionStatus
    clause: str
    current: str  # the current revision's number, "" when there is none


@dataclass(frozen=True)
class RequirementRef:
    revision_id: uuid.UUID
    designation: str
    revision: str
    status: RevisionStatus
    clause: str


def register_document(uow: UnitOfWork, actor: Actor, *, form: TechDocumentForm) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "tech_document.register")
    doc = TechDocument(id=uuid.uuid4())
    _apply(s, doc, form)
    s.add(doc)
    return uow.commit(doc.id)


def update_document(uow: UnitOfWork, actor: Actor, *, document_id: uuid.UUID,
                    form: TechDocumentForm) -> Changes:
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "tech_document.update")
    doc = _doc(s, document_id)
    _apply(s, doc, form)
    return uow.commit(doc.id)


def add_revision(uow: UnitOfWork, actor: Actor, *, document_id: uuid.UUID, number: str,
                 dated: dt.date, remarks: str = "") -> Changes:
    """A new revision becomes current; the revision current until now is superseded."""
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "tech_document.add_revision")
    doc = _doc(s, document_id)
    number = validate.required(number, "number", translate("milrep", "Revision"))
    revs = s.scalars(select(TechDocumentRevision)
                     .where(TechDocumentRevision.document_id == doc.id)).all()
    if any(r.number == number for r in revs):
        raise ValidationError(translate("milrep", "{document} already has revision {revision}.")
                              .format(document=doc.designation, revision=number), field="number")
    current = [r for r in revs if r.status is RevisionStatus.CURRENT]
    for r in current:
        if dated < r.dated:
            raise ValidationError(translate(
                "milrep", "Revision {revision} cannot predate the current revision {current} of "
                "{date}.").format(revision=number, current=r.number,
                                  date=r.dated.strftime("%d.%m.%Y")), field="dated")
    for r in current:
        r.status = RevisionStatus.SUPERSEDED
    rev = TechDocumentRevision(id=uuid.uuid4(), document_id=doc.id, number=number, dated=dated,
                               status=RevisionStatus.CURRENT, remarks=remarks.strip())
    s.add(rev)
    return uow.commit(rev.id)


def set_revision_status(uow: UnitOfWork, actor: Actor, *, revision_id: uuid.UUID,
                        status: RevisionStatus, remarks: str | None = None) -> Changes:
    """Cancel a revision, or make one current again (the other current one is superseded)."""
    s = uow.begin(actor, Permission.OFFICE_DUTIES, "tech_document.revision_status")
    rev = _revision(s, revision_id)
    if status is RevisionStatus.CANCELLED and not (remarks or rev.remarks).strip():
        raise ValidationError(translate("milrep", "Say why the revision is cancelled."),
                              field="remarks")
    if status is RevisionStatus.CURRENT:
        for other in s.scalars(select(TechDocumentRevision).where(
                TechDocumentRevision.document_id == rev.document_id,
                TechDocumentRevision.status == RevisionStatus.CURRENT,
                TechDocumentRevision.id != rev.id)):
            other.status = RevisionStatus.SUPERSEDED
    rev.status = status
    if remarks is not None:
        rev.remarks = remarks.strip()
    return uow.commit(rev.id)


def reference_requirement(uow: UnitOfWork, actor: Actor, *, characteristic_id: uuid.UUID,
                          revision_id: uuid.UUID | None, clause: str = "") -> Changes:
    """Check the characteristic against this revision and clause (None: no link any more)."""
    s = uow.begin(actor, Permission.EDIT_REQUIREMENTS, "tech_document.reference")
    ch = s.get(Characteristic, characteristic_id)
    if ch is None:
        raise NotFound(translate("milrep", "The characteristic no longer exists."))
    link = s.scalar(select(RequirementDocumentRef).where(
        RequirementDocumentRef.characteristic_id == ch.id))
    if revision_id is None:  # emptied, not deleted: the row keeps its one id on every site
        if link is not None and link.revision_id is not None:
            link.revision_id, link.clause = None, ""
        return uow.commit(ch.id)
    rev = _revision(s, revision_id)
    if rev.status is not RevisionStatus.CURRENT:
        doc = s.get(TechDocument, rev.document_id)
        raise RuleViolation(translate(
            "milrep", "Revision {revision} of {document} is {status}: reference the current "
            "revision.").format(revision=rev.number, document=doc.designation if doc else "",
                                status=revision_status_label(rev.status).lower()))
    clause = validate.required(clause, "clause", translate("milrep", "Clause"))
    if link is None:
        link = RequirementDocumentRef(id=link_id(ch.id), characteristic_id=ch.id)
        s.add(link)
    link.revision_id, link.clause = rev.id, clause
    return uow.commit(ch.id)


def get_document(uow: UnitOfWork, actor: Actor, *, document_id: uuid.UUID) -> TechDocumentInfo:
    s = uow.begin(actor, Permission.READ, "tech_document.get")
    return document_info(s, document_id)


def list_documents(uow: UnitOfWork, actor: Actor) -> tuple[TechDocumentInfo, ...]:
    """The whole register by designation (a register is short; the screen pages it in SQL)."""
    s = uow.begin(actor, Permission.READ, "tech_document.list")
    return tuple(document_info(s, i) for i in s.scalars(
        select(TechDocument.id).order_by(TechDocument.designation)))


def stale_references(uow: UnitOfWork, actor: Actor) -> tuple[StaleReference, ...]:
    s = uow.begin(actor, Permission.READ, "tech_document.stale")
    return stale(s)


def link_id(characteristic_id: uuid.UUID) -> uuid.UUID:
    """The one id of a characteristic's link on every workstation."""
    return uuid.uuid5(characteristic_id, "requirement_document_ref")


# --- read helpers ---------------------------------------------------------------------------------

def stale(s: Session) -> tuple[StaleReference, ...]:
    """Active requirements referencing a superseded or cancelled revision."""
    q = (select(Characteristic, ControlListItem.name, TechDocument, TechDocumentRevision,
                RequirementDocumentRef.clause)
         .join(RequirementDocumentRef, RequirementDocumentRef.characteristic_id ==
               Characteristic.id)
         .join(TechDocumentRevision, TechDocumentRevision.id == RequirementDocumentRef.revision_id)
         .join(TechDocument, TechDocument.id == TechDocumentRevision.document_id)
         .join(ControlListItem, ControlListItem.id == Characteristic.item_id)
         .where(Characteristic.active.is_(True),
                TechDocumentRevision.status != RevisionStatus.CURRENT)
         .order_by(TechDocument.designation, ControlListItem.name, Characteristic.position))
    out = []
    for ch, item, doc, rev, clause in s.execute(q):
        current = s.scalar(select(TechDocumentRevision.number).where(
            TechDocumentRevision.document_id == doc.id,
            TechDocumentRevision.status == RevisionStatus.CURRENT))
        out.append(StaleReference(ch.id, ch.name, item, doc.designation, rev.number, rev.status,
                                  clause, current or ""))
    return tuple(out)


def requirement_reference(s: Session, characteristic_id: uuid.UUID) -> RequirementRef | None:
    return requirement_references(s, [characteristic_id]).get(characteristic_id)


def requirement_references(s: Session, characteristic_ids: list[uuid.UUID]
                           ) -> dict[uuid.UUID, RequirementRef]:
    """The linked revision and clause of each of these characteristics that has one."""
    out: dict[uuid.UUID, RequirementRef] = {}
    for i in range(0, len(characteristic_ids), 500):
        for link, rev, doc in s.execute(
                select(RequirementDocumentRef, TechDocumentRevision, TechDocument)
                .join(TechDocumentRevision,
                      TechDocumentRevision.id == RequirementDocumentRef.revision_id)
                .join(TechDocument, TechDocument.id == TechDocumentRevision.document_id)
                .where(RequirementDocumentRef.characteristic_id.in_(
                    characteristic_ids[i:i + 500]))):
            out[link.characteristic_id] = RequirementRef(rev.id, doc.designation, rev.number,
                                                         rev.status, link.clause)
    return out


def document_info(s: Session, document_id: uuid.UUID) -> TechDocumentInfo:
    doc = _doc(s, document_id)
    revs = []
    for r in s.scalars(select(TechDocumentRevision).where(
            TechDocumentRevision.document_id == doc.id)
            .order_by(TechDocumentRevision.dated.desc(), TechDocumentRevision.number.desc())):
        refs = len(s.scalars(select(RequirementDocumentRef.id)
                             .join(Characteristic,
                                   Characteristic.id == RequirementDocumentRef.characteristic_id)
                             .where(RequirementDocumentRef.revision_id == r.id,
                                    Characteristic.active.is_(True))).all())
        revs.append(RevisionInfo(r.id, r.number, r.dated, r.status, r.remarks, refs))
    return TechDocumentInfo(doc.id, TechDocumentForm(doc.designation, doc.title, doc.kind,
                                                     doc.contract_id, doc.remarks), tuple(revs))


def _apply(s: Session, doc: TechDocument, f: TechDocumentForm) -> None:
    designation = validate.required(f.designation, "designation",
                                    translate("milrep", "Designation"))
    clash = s.scalar(select(TechDocument.id).where(TechDocument.designation == designation,
                                                   TechDocument.id != doc.id))
    if clash is not None:
        raise ValidationError(translate("milrep", "{designation} is already in the register.")
                              .format(designation=designation), field="designation")
    title = validate.required(f.title, "title", translate("milrep", "Title"))
    if f.contract_id is not None and s.get(Contract, f.contract_id) is None:
        raise ValidationError(translate("milrep", "The contract no longer exists."),
                              field="contract_id")
    doc.designation, doc.title, doc.kind = designation, title, TechDocKind(f.kind)
    doc.contract_id, doc.remarks = f.contract_id, f.remarks.strip()
    doc.search_text = validate.search_text(designation, title)


def _doc(s: Session, document_id: uuid.UUID) -> TechDocument:
    doc = s.get(TechDocument, document_id)
    if doc is None:
        raise NotFound(translate("milrep", "The document is no longer in the register."))
    return doc


def _revision(s: Session, revision_id: uuid.UUID) -> TechDocumentRevision:
    rev = s.get(TechDocumentRevision, revision_id)
    if rev is None:
        raise NotFound(translate("milrep", "The revision no longer exists."))
    return rev
