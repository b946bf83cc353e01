"""The lots area: SQL-paged list filtered by item, registering a lot from pasted serials or a
quantity (the core's message by the field), and a lot's units."""

from __future__ import annotations

from sqlalchemy import select

from milrep.models.products import Lot, ProductUnit
from milrep.services.lists import LOT_UNITS, LOTS
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.paged import PagedListModel
from ui.ops import Worker
from ui.views.lot_dialog import RegisterLotDialog
from ui.views.lot_units import LotUnitsDialog
from ui.views.lots import LotsView


def test_paged_models(qtbot, qtmodeltester, worker: Worker, records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.chief)
    lots = PagedListModel(ops, LOTS)
    lots.refresh(reset=True)
    drain(qtbot, worker)
    qtmodeltester.check(lots, force_py=True)
    row = next(r for r in range(lots.rowCount()) if lots.index(r, 0).data() == "L-2026-004")
    assert lots.index(row, 2).data() == "12-ГОЗ/2026"
    assert lots.index(row, 5).data() == "10"  # serials
    units = PagedListModel(ops, LOT_UNITS)
    units.set_scope({"lot_id": records.ids["lot"]})
    drain(qtbot, worker)
    qtmodeltester.check(units, force_py=True)
    assert [units.index(r, 0).data() for r in range(units.rowCount())][:2] == ["0405", "0406"]


def test_register_a_lot_from_pasted_serials(qtbot, worker: Worker,
                                            records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.rep)
    view = LotsView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    total = view.model.rowCount()
    view.item_filter.choose(records.ids["radio"])
    drain(qtbot, worker)
    assert view.model.query.scope == {"item_id": records.ids["radio"]}
    radio_lots = view.model.rowCount()
    view.new_record()
    dialog = next(w for w in view.findChildren(RegisterLotDialog))
    drain(qtbot, worker)
    assert dialog.item.value() == records.ids["radio"]  # the filtered item is proposed
    dialog.number.setText("L-2026-005")
    dialog.serials.setPlainText("0415\n0416\n\n0412\n")  # 0412 is in lot L-2026-004
    assert dialog.serial_count.text() == "3 serial numbers"
    before = dump_database(records.db)
    dialog.submit()
    drain(qtbot, worker)
    assert "0412" in dialog.errors.message_for("serials")
    assert dump_database(records.db) == before
    dialog.serials.setPlainText("0415\n0416\n0417")
    dialog.marking.setText("VP 17")
    dialog.manufactured.edit.setText("20.11.2026")
    dialog.submit()
    drain(qtbot, worker)
    with records.db.read() as s:
        lot_id, quantity = s.execute(select(Lot.id, Lot.quantity)
                                     .where(Lot.number == "L-2026-005")).one()
        serials = sorted(s.scalars(select(ProductUnit.serial)
                                   .where(ProductUnit.lot_id == lot_id)))
    assert (quantity, serials) == (3, ["0415", "0416", "0417"])
    assert view.model.rowCount() == radio_lots + 1
    view.item_filter.combo.setCurrentIndex(0)  # all items
    drain(qtbot, worker)
    assert view.model.rowCount() == total + 1


def test_register_by_quantity_and_see_units(qtbot, worker: Worker,
                                            records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.rep)
    view = LotsView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    view.new_record()
    dialog = next(w for w in view.findChildren(RegisterLotDialog))
    drain(qtbot, worker)
    dialog.number.setText("K-9")
    dialog.submit()
    assert "Choose the control-list item" in dialog.errors.message_for("item_id")
    dialog.item.choose(records.ids["kit"])
    dialog.submit()
    drain(qtbot, worker)
    assert "quantity" in dialog.errors.message_for("quantity")
    dialog.quantity.setValue(4)
    dialog.submit()
    drain(qtbot, worker)
    with records.db.read() as s:
        assert s.scalars(select(Lot.quantity).where(Lot.number == "K-9")).one() == 4
    view.search.setText("L-2026-004")
    view.search.returnPressed.emit()
    drain(qtbot, worker)
    view.select_row(0)
    view.open_current()
    units = next(w for w in view.findChildren(LotUnitsDialog))
    drain(qtbot, worker)
    assert units.model.rowCount() == 10
    assert units.count.text() == "10 units with serial numbers"


def test_viewer_cannot_register(qtbot, worker: Worker, records: OfficeFixture) -> None:
    view = LotsView(make_ops(worker, records, records.viewer))
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert not view.new_button.isEnabled()
    view.new_record()
    assert not view.findChildren(RegisterLotDialog)
