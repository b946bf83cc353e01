"""Requirements of a control-list item (scenario 2): characteristics with live limit checks,
completeness, the sampling plan with its meaning for an example lot, read-only for a viewer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from milrep.models.requirements import CharacteristicKind, SamplingMode, Severity
from milrep.services import characteristics, requirements
from tests.core.acceptance_helpers import setup_radio
from tests.helpers import OfficeFixture, dump_database
from tests.ui.conftest import drain, make_ops
from ui.models.requirements import CharacteristicsModel, CompletenessModel
from ui.ops import Worker
from ui.views import requirements as requirements_view
from ui.views.characteristic_form import CharacteristicDialog
from ui.views.completeness_form import CompletenessDialog
from ui.views.requirements import RequirementsDialog
from ui.views.sampling_plan import describe_plan


@pytest.fixture(autouse=True)
def confirmations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Questions a test answers yes to."""
    monkeypatch.setattr(requirements_view, "confirm", lambda *_a: True)
    monkeypatch.setattr(requirements_view, "ask_discard", lambda *_a: True)

def _requirements(o: OfficeFixture) -> requirements.ItemRequirementsView:
    with o.db.unit_of_work() as uow:
        return requirements.requirements_for(uow, o.chief, item_id=o.ids["radio"])


def test_models(qtmodeltester, records: OfficeFixture) -> None:
    setup_radio(records)
    with records.db.unit_of_work() as uow:
        chars = characteristics.list_characteristics(uow, records.chief,
                                                     item_id=records.ids["radio"])
    r = _requirements(records)
    model = CharacteristicsModel()
    model.set_rows(chars)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    assert model.index(0, CharacteristicsModel.NAME).data() == "Output power"
    assert model.index(1, CharacteristicsModel.LOWER).data() == "-1,5"
    assert model.index(3, CharacteristicsModel.SEVERITY).data() == "Critical"
    sets = CompletenessModel()
    sets.set_rows(r.completeness)
    qtmodeltester.check(sets, force_py=True)
    assert [sets.index(i, 0).data() for i in range(4)] == [
        "Headset", "Whip antenna", "Battery", "Operating manual"]


def _dialog(qtbot, worker: Worker, o: OfficeFixture, actor=None) -> RequirementsDialog:
    ops = make_ops(worker, o, actor or o.chief)
    dialog = RequirementsDialog(ops, o.ids["radio"])
    qtbot.addWidget(dialog)
    dialog.show()
    drain(qtbot, worker)
    return dialog


def test_adding_a_characteristic_with_live_limit_check(qtbot, worker: Worker,
                                                       records: OfficeFixture) -> None:
    dialog = _dialog(qtbot, worker, records)
    assert dialog.characteristics.rowCount() == 0
    assert "R-168" in dialog.windowTitle()
    form = dialog.add_characteristic()
    assert isinstance(form, CharacteristicDialog)
    form.name.setText("Output power")
    form.lower.setText("44")
    form.upper.setText("36")
    assert "limits reversed" in form.live_message()  # as typed, before any Save
    before = dump_database(records.db)
    form.submit()
    drain(qtbot, worker)
    assert "limits reversed" in form.errors.message_for("upper_limit")
    assert dump_database(records.db) == before
    form.lower.setText("36")
    form.upper.setText("44")
    assert form.live_message() == ""
    form.nominal.setText("40")
    form.unit.setText("W")
    form.method.setText("TU p. 4.2")
    form.submit()
    drain(qtbot, worker)
    assert dialog.characteristics.rowCount() == 1
    [c] = _requirements(records).characteristics
    assert (c.name, c.lower_limit, c.upper_limit, c.nominal, c.unit, c.severity) == (
        "Output power", Decimal("36"), Decimal("44"), Decimal("40"), "W", Severity.MAJOR)
    # an attribute check: limits greyed out and not sent
    form = dialog.add_characteristic()
    assert form is not None
    form.name.setText("Seals intact")
    form.kind.setCurrentIndex(form.kind.findData(CharacteristicKind.ATTRIBUTE.value))
    assert not form.lower.isEnabled() and form.answers.isEnabled()
    form.answers.setPlainText("intact\nrestored by OTK")
    form.severity.setCurrentIndex(form.severity.findData(Severity.CRITICAL.value))
    form.submit()
    drain(qtbot, worker)
    assert [x.name for x in _requirements(records).characteristics] == [
        "Output power", "Seals intact"]


def test_reorder_deactivate_and_completeness(qtbot, worker: Worker,
                                             records: OfficeFixture) -> None:
    setup_radio(records)
    dialog = _dialog(qtbot, worker, records)
    dialog.select_characteristic(1)
    assert dialog.current_characteristic().name == "Frequency stability"
    dialog.move(-1)
    drain(qtbot, worker)
    assert [c.name for c in _requirements(records).characteristics][:2] == [
        "Frequency stability", "Output power"]
    assert dialog.current_characteristic().name == "Frequency stability"  # selection follows
    dialog.select_characteristic(1)
    dialog.deactivate_characteristic()
    drain(qtbot, worker)
    assert "Output power" not in [c.name for c in _requirements(records).characteristics]
    last = dialog.characteristics.rowCount() - 1
    assert "deactivated" in dialog.characteristics.index(last, 0).data()
    dialog.select_characteristic(last)
    assert not dialog.deactivate_char.isEnabled() and not dialog.up.isEnabled()

    entry = dialog.add_entry()
    assert isinstance(entry, CompletenessDialog)
    entry.name.setText("headset")  # already on the list (case aside)
    entry.submit()
    drain(qtbot, worker)
    assert "already on the completeness list" in entry.errors.message_for("name")
    entry.name.setText("Spare fuse")
    entry.quantity.setValue(3)
    entry.submit()
    drain(qtbot, worker)
    assert dialog.completeness.rowCount() == 5
    assert dialog.completeness.index(4, 1).data() == "3"


def test_sampling_plan_shows_what_it_means(qtbot, worker: Worker,
                                           records: OfficeFixture) -> None:
    dialog = _dialog(qtbot, worker, records)
    page = dialog.plan
    assert "Not set yet" in page.state.text()
    page.mode.setCurrentIndex(page.mode.findData(SamplingMode.ISO2859.value))
    page.level.setCurrentIndex(page.level.findData("II"))
    page.aql_major.setCurrentIndex(page.aql_major.findData("1.0"))
    page.example.setValue(10)
    assert "Lot of 10 → code letter" in page.preview.text()
    assert describe_plan(10, "II", "1.0") in page.preview.text()
    page.example.setValue(500)
    assert "Lot of 500 → code letter H, sample 50, Ac 1 Re 2" in page.preview.text()
    page.months.setValue(6)
    page.periodic_ref.setText("PI programme 6574-012 PM")
    assert page.dirty()
    page.save_button.click()
    drain(qtbot, worker)
    r = _requirements(records)
    assert (r.sampling_mode, r.inspection_level, r.aql_major, r.periodic_interval_months,
            r.periodic_programme_ref) == (SamplingMode.ISO2859, "II", "1.0", 6,
                                          "PI programme 6574-012 PM")
    assert not page.dirty() and page.state.text() == ""
    page.mode.setCurrentIndex(page.mode.findData(SamplingMode.FIXED.value))
    page.fixed.setValue(3)
    assert "sample 3 units" in page.preview.text()


def test_viewer_sees_requirements_read_only(qtbot, worker: Worker,
                                            records: OfficeFixture) -> None:
    setup_radio(records)
    dialog = _dialog(qtbot, worker, records, records.viewer)
    assert dialog.characteristics.rowCount() == 4
    assert not dialog.add_char.isVisibleTo(dialog) and not dialog.up.isVisibleTo(dialog)
    assert not dialog.plan.save_button.isVisibleTo(dialog.plan)
    assert dialog.plan.periodic_ref.isReadOnly() and not dialog.plan.mode.isEnabled()
    assert dialog.add_characteristic() is None
    dialog.select_characteristic(0)
    form = dialog.edit_characteristic()
    assert form is not None and form.name.isReadOnly()
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(form)
