"""The demo office's material assets (SCENARIOS.md §7): a dozen assets, a transfer to the
climatic-test lab, write-offs, a handover, a reconciled count with a discrepancy, an open count;
their documents print and their exports open."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from milrep.audit import verify_journal
from milrep.db.store import Database
from milrep.demo_assets import LAB, SHOP
from milrep.documents.registry import document_kinds_for
from milrep.models.assets import AssetStatus, CountStatus, MovementKind
from milrep.services import asset_movements, assets, inventory_counts


def test_demo_assets(demo_db: Database) -> None:
    clerk = demo_db.actor_for("clerk")
    with demo_db.unit_of_work() as uow:
        rows = {r.inventory_number: r for r in assets.list_assets(uow, clerk)}
        moves = asset_movements.list_movements(uow, clerk)
        counts = inventory_counts.list_counts(uow, clerk)
    assert len(rows) == 12
    assert {r.contract_number for r in rows.values()} == {"12-ГОЗ/2026", "15-ГОЗ/2026",
                                                           "07-ГОЗ/2025"}
    bench = rows["ВП17-ОС-0001"]
    assert bench.location == LAB and bench.status == AssetStatus.TRANSFERRED
    assert rows["ВП17-ОБ-0007"].status == AssetStatus.HANDED_OVER
    assert rows["ВП17-ОБ-0007"].balance == 0
    assert rows["ВП17-МТ-0005"].balance == Decimal("17.25")
    assert rows["ВП17-МТ-0006"].balance == 488
    kinds = {m.kind for m in moves}
    assert kinds == set(MovementKind)
    assert [(c.location, c.status, c.discrepancies) for c in counts] == [
        (SHOP, CountStatus.OPEN, 0), (LAB, CountStatus.RECONCILED, 1)]
    assert verify_journal(demo_db).ok


def test_demo_count_documents_print(demo_db: Database) -> None:
    clerk = demo_db.actor_for("clerk")
    with demo_db.unit_of_work() as uow:
        counts = inventory_counts.list_counts(uow, clerk)
    with demo_db.read() as s:
        for c in counts:
            (ref,) = document_kinds_for(s, "inventory_counts", c.id)
            assert ref.kind == "inventory_count" and ref.number == c.number
            assert ref.date == c.count_date <= dt.date.today()
