"""The material-assets area: the paged register with balances, the asset editor and movement
dialog with their refusals, the inventory count grid (keyboard first, discrepancies highlighted,
reconciled with a signing act), exports, and a read-only viewer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from milrep.models.assets import CountStatus, MovementKind
from milrep.services import assets, inventory_counts
from milrep.services.asset_lists import ASSETS
from tests.conftest import REP_PASSWORD
from tests.core.asset_helpers import move, movement, register
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.paged import PagedListModel
from ui.ops import Worker
from ui.views import asset_counts
from ui.views.asset_counts import SHORTAGE, CountsPanel
from ui.views.asset_dialogs import AssetDetailDialog, AssetEditor
from ui.views.asset_movement_dialog import MovementDialog
from ui.views.assets import AssetsView
from ui.widgets.sign_dialog import SignDialog

D = dt.date


@pytest.fixture(autouse=True)
def confirmations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Questions a test answers yes to."""
    monkeypatch.setattr(asset_counts, "confirm_discard", lambda *_a: True)

def _view(qtbot, worker: Worker, o: OfficeFixture, actor=None) -> AssetsView:
    ops = make_ops(worker, o, actor or o.rep)
    view = AssetsView(ops)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)
    view.resize(1360, 800)
    drain(qtbot, worker)
    return view


def test_register_model_shows_balances_from_movements(qtbot, qtmodeltester, worker,
                                                      records) -> None:
    a = register(records, "ИНВ-1")
    register(records, "ИНВ-2", unit="кг", quantity="2.5")
    move(records, movement(a, MovementKind.WRITE_OFF, 2, D(2026, 2, 1)))
    model = PagedListModel(make_ops(worker, records, records.chief), ASSETS)
    model.refresh(reset=True)
    drain(qtbot, worker)
    qtmodeltester.check(model, force_py=True)
    view = _view(qtbot, worker, records)
    m = view.register.model
    col = [c.key for c in ASSETS.columns]
    assert [m.index(r, col.index("balance")).data() for r in range(2)] == ["3", "2.5"]
    assert m.index(0, col.index("status")).data() == "In use"
    assert view.register.count_label.text() == "2 in total"


def test_add_asset_refuses_bad_input_then_registers(qtbot, worker, records) -> None:
    view = _view(qtbot, worker, records)
    assert view.register.stack.currentWidget() is view.register.empty
    view.register.new_record()
    editor = view.register.findChildren(AssetEditor)[0]
    drain(qtbot, worker)
    editor.number.setText("ВП-1")
    editor.name.setText("Стенд ВС-100")
    editor.contract.setCurrentIndex(1)
    editor.cost.setText("12,345")  # three decimals
    editor.doc_number.setText("ТН-1")
    editor.doc_date.set_date(D(2026, 1, 10))
    editor.location.setEditText("Цех 3")
    editor.quantity.setText("2")
    editor.signed_by.setText("Кладовщик")
    before = dump_database(records.db)
    editor.submit()
    drain(qtbot, worker)
    assert editor.errors.message_for("unit_cost") == "Unit cost has more than two decimal places."
    assert dump_database(records.db) == before
    editor.cost.setText("1 250 000,50")
    editor.submit()
    drain(qtbot, worker)
    with records.db.unit_of_work() as uow:
        (row,) = assets.list_assets(uow, records.viewer)
    assert (row.inventory_number, row.balance, row.unit_cost) == ("ВП-1", 2,
                                                                  Decimal("1250000.50"))
    assert view.register.model.rowCount() == 1


def test_movement_beyond_the_balance_is_refused_in_the_dialog(qtbot, worker, records) -> None:
    a = register(records, "ИНВ-1")
    view = _view(qtbot, worker, records)
    view.register.select_row(0)
    view.register.record_movement()
    drain(qtbot, worker)
    dlg = view.register.findChildren(MovementDialog)[0]
    dlg.kind.setCurrentIndex(dlg.kind.findData("write_off"))
    assert not dlg.form_layout.isRowVisible(dlg.rows["to_location"])
    assert dlg.form_layout.isRowVisible(dlg.rows["grounds"])
    dlg.moved_on.set_date(D(2026, 2, 1))
    dlg.doc_date.set_date(D(2026, 2, 1))
    dlg.quantity.setText("7")
    dlg.doc_number.setText("АС-1")
    dlg.signed_by.setText("Нач. цеха")
    before = dump_database(records.db)
    dlg.submit()
    drain(qtbot, worker)
    assert dlg.errors.message_for("grounds") == ("A write-off needs its grounds (the act, the "
                                                 "reason).")
    dlg.grounds.setPlainText("Износ")
    dlg.submit()
    drain(qtbot, worker)
    assert dlg.errors.general.text() == (
        "Asset ИНВ-1 (Стенд вибрационный ВС-100): the balance at Цех 3 on 2026-02-01 is 5 шт; "
        "a write-off of 7 шт is refused.")
    assert dump_database(records.db) == before
    dlg.quantity.setText("1,5")
    dlg.submit()
    drain(qtbot, worker)
    assert not dlg.isVisible()
    detail = view.register.findChildren(AssetDetailDialog)
    assert detail == []
    view.register.open_current()
    drain(qtbot, worker)
    (detail_dlg,) = view.register.findChildren(AssetDetailDialog)
    assert detail_dlg.movements.rowCount() == 2
    assert detail_dlg.movements.item(1, 7).text() == "3.5"
    with records.db.unit_of_work() as uow:
        assert assets.get_asset(uow, records.viewer, asset_id=a).asset.balance == Decimal("3.5")


def _editor(grid):
    from PySide6.QtWidgets import QLineEdit

    return next((w for w in grid.findChildren(QLineEdit) if w.isVisible()), None)


def _enter(qtbot, grid, text: str) -> None:
    """Type as a person does: into the open editor, else into the grid (which opens one)."""
    editor = _editor(grid)
    if editor is None:
        qtbot.keyClick(grid, text[0])
        editor = _editor(grid)
        assert editor is not None, "typing into the grid opens the cell's editor"
        text = text[1:]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits and closes the editor from the event queue


def test_count_keyboard_entry_discrepancies_and_reconcile(qtbot, worker, records) -> None:
    register(records, "ИНВ-1")
    register(records, "ИНВ-2", quantity="10")
    with records.db.unit_of_work() as uow:
        inventory_counts.start_count(uow, records.rep, location="Цех 3",
                                     count_date=D(2026, 3, 31))
    view = _view(qtbot, worker, records)
    view.tabs.setCurrentWidget(view.counts)
    panel: CountsPanel = view.counts
    drain(qtbot, worker)
    assert panel.model.rowCount() == 2 and panel.model.editable
    view.show()
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(0, asset_counts.COUNTED))
    _enter(qtbot, panel.grid, "5")
    _enter(qtbot, panel.grid, "9,5")  # a decimal comma, shown back as 9.5
    drain(qtbot, worker)
    assert [panel.model.index(r, asset_counts.COUNTED).data() for r in range(2)] == ["5", "9.5"]
    diff = panel.model.index(1, 5)
    assert diff.data() == "-0.5" or diff.data().endswith("0.5")
    assert diff.data(Qt.ItemDataRole.BackgroundRole).color() == SHORTAGE
    assert panel.model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole) is None
    assert panel.save_button.isEnabled()
    panel.reconcile()  # saves first, then asks for the signature
    drain(qtbot, worker)
    sign = panel.sign_dialog
    assert isinstance(sign, SignDialog)
    sign.password.setText("wrong")
    sign.submit()
    drain(qtbot, worker)
    assert "Wrong user name or password" in sign.error.text()
    sign.password.setText(REP_PASSWORD)
    sign.submit()
    drain(qtbot, worker)
    assert not sign.isVisible()
    with records.db.unit_of_work() as uow:
        (c,) = inventory_counts.list_counts(uow, records.viewer)
    assert c.status == CountStatus.RECONCILED and c.discrepancies == 1
    drain(qtbot, worker)
    assert not panel.model.editable and not panel.reconcile_button.isEnabled()


def test_start_and_discard_a_count(qtbot, worker, records) -> None:
    register(records, "ИНВ-1")
    view = _view(qtbot, worker, records)
    panel = view.counts
    panel.start_count()
    dlg = panel.findChildren(asset_counts.StartCountDialog)[0]
    dlg.location.setEditText("Склад")
    dlg.date.set_date(D(2026, 3, 31))
    before = dump_database(records.db)
    dlg.submit()
    drain(qtbot, worker)
    assert dlg.errors.general.text() == ("No asset is kept at Склад on 2026-03-31; there is "
                                         "nothing to count.")
    assert dump_database(records.db) == before
    dlg.location.setEditText("Цех 3")
    dlg.submit()
    drain(qtbot, worker)
    assert len(panel.rows) == 1 and panel.detail is not None
    panel.discard()
    drain(qtbot, worker)
    assert panel.rows == ()


def test_export_register_and_movements(qtbot, worker, records, tmp_path) -> None:
    from openpyxl import load_workbook

    register(records, "ИНВ-1")
    view = _view(qtbot, worker, records, records.viewer)
    menu = view.register.export_menu
    assert len(menu.menu().actions()) == 7
    menu.export_register("xlsx", path=str(tmp_path / "r.xlsx"))
    drain(qtbot, worker)
    assert load_workbook(tmp_path / "r.xlsx").active["A2"].value == "ИНВ-1"
    menu.export_movements("csv", path=str(tmp_path / "m.csv"),
                          period=(D(2026, 1, 1), D(2026, 12, 31)))
    drain(qtbot, worker)
    assert "Receipt" in (tmp_path / "m.csv").read_text("utf-8-sig")
    assert menu.last_written == tmp_path / "m.csv"


def test_viewer_sees_but_cannot_change(qtbot, worker, records) -> None:
    register(records, "ИНВ-1")
    view = _view(qtbot, worker, records, records.viewer)
    view.register.select_row(0)
    assert not view.register.new_button.isEnabled()
    assert view.register.move_button.isHidden()
    assert view.counts.start_button.isHidden()
    view.register.open_current()
    drain(qtbot, worker)
    (dlg,) = view.register.findChildren(AssetDetailDialog)
    assert dlg.move_button.isHidden() and dlg.edit_button.isHidden()
    assert dlg.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
