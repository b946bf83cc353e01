"""The demo office's reclamations: one closed after a repair, one open with a whole-lot return
and a proposed suspension; the act prints for both."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from milrep.db.store import open_database
from milrep.documents import render_document
from milrep.models.reclamations import ReclamationStatus, Remedy
from milrep.services import reclamation_suspension as rs
from milrep.services import reclamation_views as rv
from tests.helpers import copy_database

PASSWORD = "Zhetysu2026demo"


def test_demo_reclamations(tmp_path: Path, demo_template: Path) -> None:
    path = copy_database(demo_template, tmp_path / "demo.milrep")
    db, actor = open_database(path, "clerk", PASSWORD)
    try:
        with db.unit_of_work() as uow:
            rows = rv.list_reclamations(uow, actor)
        by_number = {r.number.rsplit("/", 1)[-1]: r for r in rows}
        closed, open_ = by_number["RC-0001"], by_number["RC-0002"]
        assert closed.status == ReclamationStatus.CLOSED and closed.remedy == Remedy.REPAIR
        assert closed.outcome is not None and closed.outcome.at_fault
        assert closed.penalty is not None and closed.penalty.days == 26
        assert not closed.penalty.overdue
        assert open_.status == ReclamationStatus.REMEDY
        assert open_.remedy == Remedy.WHOLE_LOT_RETURN and open_.lot_number == "L-2026-002"
        assert open_.outcome is not None and open_.outcome.whole_lot_return
        assert open_.warranty_basis.value == "acceptance" and open_.needs_suspension
        with db.unit_of_work() as uow:
            p = rs.propose_suspension(uow, actor, reclamation_id=open_.id)
        assert p.item_name == "Radio station R-168-5UN" and "L-2026-004" in p.covered_lots
        with db.read() as s:
            for r in rows:
                pdf = pypdfium2.PdfDocument(render_document(s, "reclamation_act", r.id))
                assert len(pdf) >= 1
    finally:
        db.close()
