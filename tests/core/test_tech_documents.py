"""The register of technical documents and national standards (27.3.4, 27.3.6): revisions and
their status, requirements referencing an exact revision and clause, superseded revisions still
referenced listed as warnings; every refusal (message and nothing stored changed)."""

from __future__ import annotations

import datetime as dt
import uuid

from milrep.errors import NotFound, RuleViolation, ValidationError
from milrep.models.office_duties import RequirementDocumentRef, RevisionStatus, TechDocKind
from milrep.services import characteristics, lots
from milrep.services import tech_documents as td
from tests.helpers import OfficeFixture, refused

CURRENT, SUPERSEDED, CANCELLED = (RevisionStatus.CURRENT, RevisionStatus.SUPERSEDED,
                                  RevisionStatus.CANCELLED)


def register(o: OfficeFixture, designation: str = "TU 6574-012-2026",
             kind: TechDocKind = TechDocKind.SPECIFICATION) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        doc = td.register_document(uow, o.rep, form=td.TechDocumentForm(
            designation, "Radio station R-168-5UN. Technical conditions", kind,
            o.ids.get("contract"))).id
    assert doc
    return doc


def revise(o: OfficeFixture, doc: uuid.UUID, number: str, dated: dt.date) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        rev = td.add_revision(uow, o.rep, document_id=doc, number=number, dated=dated).id
    assert rev
    return rev


def characteristic(o: OfficeFixture, name: str) -> uuid.UUID:
    with o.db.unit_of_work() as uow:
        cid = characteristics.add_characteristic(
            uow, o.rep, item_id=o.ids["radio"],
            form=characteristics.CharacteristicForm(name=name, lower_limit="36", unit="W",
                                                    reference="TU 6574-012-2026 cl. 3.2")).id
    assert cid
    return cid


def link(o: OfficeFixture, ch: uuid.UUID, rev: uuid.UUID | None, clause: str = "3.2.1") -> None:
    with o.db.unit_of_work() as uow:
        td.reference_requirement(uow, o.rep, characteristic_id=ch, revision_id=rev, clause=clause)


def info(o: OfficeFixture, doc: uuid.UUID) -> td.TechDocumentInfo:
    with o.db.unit_of_work() as uow:
        return td.get_document(uow, o.viewer, document_id=doc)


def stale(o: OfficeFixture) -> tuple[td.StaleReference, ...]:
    with o.db.unit_of_work() as uow:
        return td.stale_references(uow, o.viewer)


def test_a_new_revision_supersedes_the_current_one(records: OfficeFixture) -> None:
    o = records
    doc = register(o)
    r2 = revise(o, doc, "2", dt.date(2025, 6, 1))
    r3 = revise(o, doc, "3", dt.date(2026, 1, 15))
    got = info(o, doc)
    assert [(r.number, r.status) for r in got.revisions] == [("3", CURRENT), ("2", SUPERSEDED)]
    assert got.current is not None and got.current.id == r3
    assert got.form.kind is TechDocKind.SPECIFICATION
    # going back to revision 2 (revision 3 withdrawn) supersedes 3
    with o.db.unit_of_work() as uow:
        td.set_revision_status(uow, o.rep, revision_id=r2, status=CURRENT)
    assert [(r.number, r.status) for r in info(o, doc).revisions] == [("3", SUPERSEDED),
                                                                       ("2", CURRENT)]
    with o.db.unit_of_work() as uow:
        td.set_revision_status(uow, o.rep, revision_id=r3, status=CANCELLED,
                               remarks="Withdrawn by the developer")
    assert info(o, doc).revisions[0].status is CANCELLED


def test_requirements_reference_an_exact_revision_and_stale_ones_are_warned(
        records: OfficeFixture) -> None:
    o = records
    doc = register(o)
    r2 = revise(o, doc, "2", dt.date(2025, 6, 1))
    power, stability = characteristic(o, "Output power"), characteristic(o, "Frequency stability")
    link(o, power, r2, "3.2.1")
    link(o, stability, r2, "3.2.4")
    assert stale(o) == ()
    assert info(o, doc).revisions[0].references == 2
    revise(o, doc, "3", dt.date(2026, 1, 15))
    warned = stale(o)
    assert [(w.characteristic, w.designation, w.revision, w.status, w.clause, w.current)
            for w in warned] == [
        ("Output power", "TU 6574-012-2026", "2", SUPERSEDED, "3.2.1", "3"),
        ("Frequency stability", "TU 6574-012-2026", "2", SUPERSEDED, "3.2.4", "3")]
    assert warned[0].item == "Radio station R-168-5UN"
    current = info(o, doc).current
    assert current is not None
    link(o, power, current.id, "3.2.1")
    with o.db.unit_of_work() as uow:  # an inactive requirement is no longer warned about
        characteristics.deactivate_characteristic(uow, o.rep, characteristic_id=stability)
    assert stale(o) == ()
    with o.db.unit_of_work() as uow:
        ref = td.requirement_reference(uow.session, power)
    assert ref is not None and (ref.designation, ref.revision, ref.clause) == (
        "TU 6574-012-2026", "3", "3.2.1")
    link(o, power, None)  # the link taken away; the free-text reference stays
    with o.db.unit_of_work() as uow:
        assert td.requirement_reference(uow.session, power) is None
        row = uow.session.get(RequirementDocumentRef, td.link_id(power))
        assert row is not None and row.revision_id is None  # one row per characteristic
        listed = characteristics.list_characteristics(uow, o.viewer, item_id=o.ids["radio"])
    assert {c.reference for c in listed} == {"TU 6574-012-2026 cl. 3.2"}


def test_register_refusals(records: OfficeFixture) -> None:
    o = records
    doc = register(o)
    form = td.TechDocumentForm("ST RK GOST RV 15.307", "Acceptance of military goods",
                               TechDocKind.STANDARD)
    refused(o, ValidationError, "TU 6574-012-2026 is already in the register.",
            td.register_document, form=td.TechDocumentForm(" TU 6574-012-2026 ", "Copy",
                                                          TechDocKind.SPECIFICATION))
    refused(o, ValidationError, "Designation is required.", td.register_document,
            form=td.TechDocumentForm("", "x", TechDocKind.STANDARD))
    refused(o, ValidationError, "Title is required.", td.register_document,
            form=td.TechDocumentForm("ST RK 1", " ", TechDocKind.STANDARD))
    refused(o, ValidationError, "The contract no longer exists.", td.register_document,
            form=td.TechDocumentForm("ST RK 1", "x", TechDocKind.STANDARD, uuid.uuid4()))
    refused(o, NotFound, "The document is no longer in the register.", td.update_document,
            document_id=uuid.uuid4(), form=form)
    r1 = revise(o, doc, "1", dt.date(2026, 1, 15))
    refused(o, ValidationError, "TU 6574-012-2026 already has revision 1.", td.add_revision,
            document_id=doc, number="1", dated=dt.date(2026, 2, 1))
    refused(o, ValidationError, "Revision is required.", td.add_revision, document_id=doc,
            number=" ", dated=dt.date(2026, 2, 1))
    refused(o, ValidationError, "Revision 2 cannot predate the current revision 1 of 15.01.2026.",
            td.add_revision, document_id=doc, number="2", dated=dt.date(2026, 1, 1))
    refused(o, ValidationError, "Say why the revision is cancelled.", td.set_revision_status,
            revision_id=r1, status=CANCELLED)
    refused(o, NotFound, "The revision no longer exists.", td.set_revision_status,
            revision_id=uuid.uuid4(), status=CANCELLED, remarks="x")


def test_reference_refusals(records: OfficeFixture) -> None:
    o = records
    doc = register(o)
    r1 = revise(o, doc, "1", dt.date(2025, 1, 15))
    revise(o, doc, "2", dt.date(2026, 1, 15))
    ch = characteristic(o, "Output power")
    refused(o, RuleViolation, "Revision 1 of TU 6574-012-2026 is superseded: reference the "
            "current revision.", td.reference_requirement, characteristic_id=ch,
            revision_id=r1, clause="3.2")
    current = info(o, doc).current
    assert current is not None
    refused(o, ValidationError, "Clause is required.", td.reference_requirement,
            characteristic_id=ch, revision_id=current.id, clause=" ")
    refused(o, NotFound, "The characteristic no longer exists.", td.reference_requirement,
            characteristic_id=uuid.uuid4(), revision_id=current.id, clause="3.2")
    refused(o, NotFound, "The revision no longer exists.", td.reference_requirement,
            characteristic_id=ch, revision_id=uuid.uuid4(), clause="3.2")


def test_the_inspection_protocol_names_the_revision_and_clause_it_was_opened_against(
        records: OfficeFixture) -> None:
    """The link is copied onto the inspection when it is opened: the protocol keeps naming that
    revision after the requirement moves on to the next one; a later inspection names the new."""
    from tests.core.acceptance_helpers import open_insp, present, setup_radio
    from tests.core.test_documents import pages_text

    o = records
    setup_radio(o)
    doc = register(o)
    r3 = revise(o, doc, "3", dt.date(2026, 1, 15))
    link(o, o.ids["char_power"], r3, "4.2.1")
    first = open_insp(o, present(o, "OTK-311/2026"))

    def protocol(inspection_id: uuid.UUID) -> str:
        from milrep.documents import registry
        with o.db.read() as s:
            return " ".join(" ".join(pages_text(registry.document_type(
                "inspection_protocol").render(s, inspection_id))).split())

    printed = protocol(first)
    assert "TU 6574-012-2026, revision 3, clause 4.2.1" in printed
    assert printed.count(", clause ") == 1  # only the linked characteristic names one

    r4 = revise(o, doc, "4", dt.date(2026, 11, 1))
    link(o, o.ids["char_power"], r4, "4.2.3")
    assert "TU 6574-012-2026, revision 3, clause 4.2.1" in protocol(first)  # as it was checked
    with o.db.unit_of_work() as uow:  # the next lot is checked against revision 4
        lot2 = lots.register_lot(uow, o.rep, item_id=o.ids["radio"], number="L-2026-005",
                                 serials=[f"05{n:02d}" for n in range(10)]).id
    assert lot2 is not None
    second = open_insp(o, present(o, "OTK-312/2026", lot_id=lot2))
    assert "TU 6574-012-2026, revision 4, clause 4.2.3" in protocol(second)
