"""The demo office's acceptance history (milrep/demo_acceptance.py): scenarios 3 and 5 on record.

A newcomer opens the demo and can print every document of the acceptance work at once, then
carry scenario 3 on from the queue. Checked through the services and the printed PDFs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import select

from milrep.db.store import Database, open_database
from milrep import documents
from milrep.documents import registry
from milrep.errors import RuleViolation
from milrep.models.acceptance import AcceptanceRecord, Inspection, Presentation
from milrep.models.products import Lot
from milrep.models.requirements import MeasuringInstrument
from milrep.services import (decisions, gates, instruments, presentation_choices, presentations,
                             suspensions)
from milrep.services.auth import Actor
from tests.helpers import copy_database, dump_database

PASSWORD = "Zhetysu2026demo"


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory,
           demo_template: Path) -> Iterator[tuple[Database, Actor]]:
    path = copy_database(demo_template, tmp_path_factory.mktemp("demo") / "demo.milrep")
    db, actor = open_database(path, "rep1", PASSWORD)
    yield db, actor
    db.close()


def _lot(db: Database, number: str) -> tuple[uuid.UUID, uuid.UUID]:
    """(lot id, item id)"""
    with db.read() as s:
        row = s.execute(select(Lot.id, Lot.item_id).where(Lot.number == number)).one()
        return row[0], row[1]


def test_every_acceptance_document_kind_is_there_and_prints(
        opened: tuple[Database, Actor]) -> None:
    db, _ = opened
    with db.read() as s:
        docs = registry.list_documents(s)
        kinds = {d.kind for d in docs}
        assert {"inspection_protocol", "return_notice", "suspension_notice",
                "resumption_decision", "test_opinion"} <= kinds
        for ref in docs:
            pdf = pypdfium2.PdfDocument(documents.render_document(s, ref.kind, ref.object_id))
            text = pdf[0].get_textpage().get_text_range()
            assert ref.number in text.replace("\r\n", " ").replace("\n", " "), ref


def test_lot_2_was_returned_then_accepted_on_the_retest(opened: tuple[Database, Actor]) -> None:
    db, _ = opened
    lot_id, _ = _lot(db, "L-2026-002")
    with db.read() as s:
        shown = s.execute(select(Presentation.attempt, Presentation.status, Inspection.retest_only)
                          .join(Inspection, Inspection.presentation_id == Presentation.id)
                          .where(Presentation.lot_id == lot_id)
                          .order_by(Presentation.attempt)).all()
        accepted = s.scalars(select(AcceptanceRecord.accepted_quantity)
                             .where(AcceptanceRecord.lot_id == lot_id)).all()
        return_notice = next(d for d in registry.list_documents(s, "return_notice"))
        pdf = pypdfium2.PdfDocument(documents.render_document(s, "return_notice",
                                                             return_notice.object_id))
        text = pdf[0].get_textpage().get_text_range()
    assert [(a, st.value, r) for a, st, r in shown] == [(1, "returned", False),
                                                       (2, "accepted", True)]
    assert accepted == [10]
    assert "L-2026-002" in text and "Frequency stability" in text and "2.1 ppm" in text


def test_scenario_5_is_history_and_lot_4_can_be_presented(
        opened: tuple[Database, Actor]) -> None:
    db, rep = opened
    with db.unit_of_work() as uow:
        every = suspensions.list_suspensions(uow, rep)
    with db.unit_of_work() as uow:
        active = suspensions.list_suspensions(uow, rep, active_only=True)
    assert len(every) == 1 and every[0].resumption_id is not None and not active
    assert "PI-2/2026" in every[0].reason and "28.04.2026" in every[0].reason
    with db.unit_of_work() as uow:
        assert presentations.presentations_awaiting(uow, rep) == ()
    lot4, radio = _lot(db, "L-2026-004")
    with db.read() as s:  # scenario 3 starts with the notice of presentation of all 10
        choice = next(c for c in presentation_choices.lots_for(s, radio) if c.id == lot4)
    assert choice.remaining == 10 and "0412" in choice.serials
    with db.read() as s:  # acceptance of lot 4 is not blocked: the suspension was lifted
        gates.ensure_not_suspended(s, item_id=radio, lot_id=lot4, action="Acceptance")


def test_the_out_of_calibration_wattmeter_is_refused(opened: tuple[Database, Actor]) -> None:
    db, _ = opened
    before = dump_database(db)
    with db.read() as s:
        old = s.scalars(select(MeasuringInstrument.id)
                        .where(MeasuringInstrument.serial == "WM-0101")).one()
        with pytest.raises(RuleViolation, match="WM-0101"):
            instruments.ensure_calibrated(s, old, dt.date(2026, 11, 26))
    assert dump_database(db) == before


def test_one_quality_decision_is_overdue(opened: tuple[Database, Actor]) -> None:
    db, rep = opened
    with db.unit_of_work() as uow:
        overdue = decisions.overdue_decisions(uow, rep, today=dt.date(2026, 11, 26))
    assert [d.title for d in overdue] == ["Replace the reference oscillator supplier for "
                                          "R-168-5UN"]

