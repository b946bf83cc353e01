"""Every model under qtmodeltester, on real encrypted databases."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from milrep.services import users
from milrep.services.dashboard import summary
from milrep.services.lists import CONTRACTS, CONTROL_LIST
from tests.helpers import OfficeFixture
from tests.ui.conftest import drain, make_ops
from ui.models.deadlines import DeadlinesModel
from ui.models.paged import ID_ROLE, PagedListModel
from ui.models.users import UsersModel
from ui.ops import Worker


def test_contracts_model(qtbot, qtmodeltester, worker: Worker, records: OfficeFixture) -> None:
    model = PagedListModel(make_ops(worker, records, records.chief), CONTRACTS)
    model.refresh(reset=True)
    drain(qtbot, worker)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "12-ГОЗ/2026"
    value_col = [c.key for c in CONTRACTS.columns].index("value")
    assert model.index(0, value_col).data() == "1,840,000,000.00\u00a0₸"
    assert model.index(0, 0).data(ID_ROLE) == records.ids["contract"]
    qtmodeltester.check(model, force_py=True)


def test_control_list_model_scope_sort_and_filter(qtbot, qtmodeltester, worker: Worker,
                                                  records: OfficeFixture) -> None:
    model = PagedListModel(make_ops(worker, records, records.viewer), CONTROL_LIST)
    model.set_scope({"contract_id": records.ids["contract"]})
    drain(qtbot, worker)
    qtmodeltester.check(model, force_py=True)
    drain(qtbot, worker)
    assert model.rowCount() == 3
    names = [model.index(r, 0).data() for r in range(3)]
    assert names == sorted(names)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    drain(qtbot, worker)
    assert [model.index(r, 0).data() for r in range(3)] == sorted(names, reverse=True)
    model.set_text("zip")
    drain(qtbot, worker)
    assert model.rowCount() == 1
    assert "ZIP" in model.index(0, 0).data()


def test_paged_model_pages_lazily(qtbot, worker: Worker, records: OfficeFixture,
                                  monkeypatch) -> None:
    import ui.models.paged as paged

    monkeypatch.setattr(paged, "PAGE_SIZE", 1)
    model = PagedListModel(make_ops(worker, records, records.chief), CONTROL_LIST)
    model.refresh(reset=True)
    drain(qtbot, worker)
    assert model.rowCount() == 3
    assert model.index(2, 0).data() is None  # not fetched yet: asked for now
    drain(qtbot, worker)
    assert model.index(2, 0).data()


def test_users_model(qtmodeltester, office: OfficeFixture) -> None:
    model = UsersModel()
    with office.db.unit_of_work() as uow:
        model.set_users(users.list_users(uow, office.chief))
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def test_deadlines_model(qtmodeltester, records: OfficeFixture) -> None:
    model = DeadlinesModel()
    today = dt.date(2026, 11, 25)
    with records.db.read() as s:
        data = summary(s, today)
    model.set_rows(data.deadlines, data.today)
    assert model.rowCount() == 4  # stage "Lots 3-4" and three delivery deadlines on 15.12
    assert model.index(0, 0).data() == "15.12.2026"
    qtmodeltester.check(model, force_py=True)


def test_long_list_leaves_out_short_words_and_says_which(qtbot, worker: Worker, records: OfficeFixture,
                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.models.paged as paged

    monkeypatch.setattr(paged, "LONG_LIST_ROWS", 2)  # the scenario's 3 items make a "long" list
    model = PagedListModel(make_ops(worker, records, records.chief), CONTROL_LIST)
    model.refresh(reset=True)
    drain(qtbot, worker)
    assert model.unfiltered_total == 3 and model.ignored == []
    model.set_text("zi radio")
    drain(qtbot, worker)
    assert model.ignored == ["zi"]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Radio station R-168-5UN"]
    monkeypatch.setattr(paged, "LONG_LIST_ROWS", 100)  # a short list searches every word
    model.set_text("zi radio ")
    drain(qtbot, worker)
    assert model.ignored == [] and model.rowCount() == 0
