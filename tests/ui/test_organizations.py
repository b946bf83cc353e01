"""The organizations area: model and filter, creating and editing, the viewer, and "New…" from
the contract editor (a fresh office has no organizations)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from milrep.models.organizations import OrgKind
from milrep.services import organizations
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.organizations import OrganizationsFilter, OrganizationsModel
from ui.ops import Worker
from ui.views.contract_editor import ContractEditor
from ui.views.organization_editor import OrganizationEditor
from ui.views.organizations import OrganizationsView

PLANT_BIN = "990340001234"


def _orgs(office: OfficeFixture) -> list[organizations.OrganizationInfo]:
    with office.db.unit_of_work() as uow:
        return organizations.list_organizations(uow, office.chief)


def test_organizations_model_and_filter(qtmodeltester, records: OfficeFixture) -> None:
    model = OrganizationsModel()
    model.set_organizations(_orgs(records))
    qtmodeltester.check(model, force_py=True)
    proxy = OrganizationsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    total = model.rowCount()
    assert total >= 3
    proxy.set_kind(OrgKind.CONTRACTOR.value)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 1).data() == "Contractor"
    proxy.set_kind(None)
    proxy.set_text(PLANT_BIN[-6:])
    assert proxy.rowCount() == 1 and "Zhetysu" in proxy.index(0, 0).data()
    proxy.set_text("no-such-organization")
    assert proxy.rowCount() == 0
    proxy.set_text("")
    assert proxy.rowCount() == total


def test_creating_an_organization_in_the_area(qtbot, worker: Worker,
                                              office: OfficeFixture) -> None:
    ops = make_ops(worker, office, office.rep)
    view = OrganizationsView(ops)
    ops.changes_applied.connect(view.on_changes)  # the main window's routing
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert view.stack.currentWidget() is view.empty  # a fresh office: say what to do
    assert view.empty.action.isVisibleTo(view.empty)
    view.new_record()
    editor = next(w for w in view.findChildren(OrganizationEditor))
    editor.name.setText("Zhetysu Instrument Plant JSC")
    editor.bin.setText("12345")  # too short: the service's message beside the field
    editor.submit()
    drain(qtbot, worker)
    assert "12" in editor.errors.message_for("bin")  # "... 12 digits"
    assert _orgs(office) == []
    editor.bin.setText(PLANT_BIN)
    editor.address.setPlainText("Taldykorgan, Industrial st. 1")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.submit()
    drain(qtbot, worker)
    [org] = _orgs(office)
    assert (org.kind, org.name, org.bin, org.address) == (
        OrgKind.CONTRACTOR, "Zhetysu Instrument Plant JSC", PLANT_BIN,
        "Taldykorgan, Industrial st. 1")
    assert saved.args == [org.id]
    assert view.model.rowCount() == 1 and view.current_id() == org.id
    assert view.stack.currentWidget() is view.table
    assert view.count_label.text() == "1 in total"


def test_editing_keeps_the_id_and_a_duplicate_bin_is_refused(qtbot, worker: Worker,
                                                             records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.chief)
    recipient = next(o for o in _orgs(records) if o.kind == OrgKind.RECIPIENT)
    editor = OrganizationEditor(ops, recipient)
    qtbot.addWidget(editor)
    before = dump_database(records.db)
    editor.bin.setText(PLANT_BIN)  # the plant's BIN
    editor.submit()
    drain(qtbot, worker)
    assert "already exists" in editor.errors.message_for("bin")
    assert dump_database(records.db) == before
    editor.bin.setText("")
    editor.name.setText("Military unit 54321 (Almaty)")
    editor.submit()
    drain(qtbot, worker)
    after = next(o for o in _orgs(records) if o.id == recipient.id)
    assert after.name == "Military unit 54321 (Almaty)"


def test_viewer_sees_organizations_read_only(qtbot, worker: Worker,
                                             records: OfficeFixture) -> None:
    ops = make_ops(worker, records, records.viewer)
    view = OrganizationsView(ops)
    qtbot.addWidget(view)
    drain(qtbot, worker)
    assert not view.new_button.isEnabled()
    view.select(next(o.id for o in _orgs(records)))
    assert view.edit_button.isEnabled() and view.edit_button.text() == "Open"
    view.open_current()
    editor = next(w for w in view.findChildren(OrganizationEditor))
    assert editor.name.isReadOnly() and not editor.kind.isEnabled()
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Save) is None


def test_search_and_kind_filter_in_the_area(qtbot, worker: Worker,
                                            records: OfficeFixture) -> None:
    view = OrganizationsView(make_ops(worker, records, records.chief))
    qtbot.addWidget(view)
    drain(qtbot, worker)
    total = view.model.rowCount()
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(OrgKind.RECIPIENT.value))
    assert 0 < view.proxy.rowCount() < total
    view.search.setText("zzz-nothing")
    view.search.returnPressed.emit()
    assert view.proxy.rowCount() == 0 and view.stack.currentWidget() is view.empty
    assert "No organization matches" == view.empty.title.text()


def test_new_organization_from_the_contract_editor_is_chosen(qtbot, worker: Worker,
                                                             office: OfficeFixture) -> None:
    ops = make_ops(worker, office, office.chief)
    editor = ContractEditor(ops, None)
    qtbot.addWidget(editor)
    drain(qtbot, worker)
    assert editor.contractor.combo.count() == 1  # only "Choose…"
    editor.contractor.new_button.click()
    org_editor = next(w for w in editor.findChildren(OrganizationEditor))
    assert org_editor.kind.currentData() == OrgKind.CONTRACTOR.value
    org_editor.name.setText("Zhetysu Instrument Plant JSC")
    org_editor.bin.setText(PLANT_BIN)
    org_editor.submit()
    drain(qtbot, worker)
    [org] = _orgs(office)
    assert editor.contractor.value() == org.id
    assert editor.customer.value() is None


def test_list_column_widths_are_remembered(qtbot, worker: Worker, records: OfficeFixture,
                                           settings: QSettings) -> None:
    view = OrganizationsView(make_ops(worker, records, records.chief))
    qtbot.addWidget(view)
    view.table.setColumnWidth(1, 211)
    view.save_state(settings)
    again = OrganizationsView(make_ops(worker, records, records.chief))
    qtbot.addWidget(again)
    again.restore_state(settings)
    assert again.table.columnWidth(1) == 211
