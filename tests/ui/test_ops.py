"""The operation runner: results on the UI thread, one error handler, one changes signal."""

from __future__ import annotations

import threading

import pytest

from milrep.db.store import Changes
from milrep.errors import Cancelled, UserError
from milrep.services import contracts
from milrep.models.contracts import ContractStatus
from tests.helpers import OfficeFixture
from tests.ui.conftest import drain, make_ops
from ui import errors
from ui.ops import Progress, Worker, run_foreground


@pytest.fixture
def shown(monkeypatch) -> dict[str, list[object]]:
    seen: dict[str, list[object]] = {"user": [], "bug": []}
    monkeypatch.setattr(errors, "show_user_error", lambda _p, text: seen["user"].append(text))
    monkeypatch.setattr(errors, "show_unexpected", lambda _p, e: seen["bug"].append(e))
    return seen


def test_result_comes_back_on_the_ui_thread(qtbot, worker: Worker) -> None:
    got: list[tuple[int, bool]] = []
    run_foreground(worker, lambda: threading.current_thread().name.startswith("milrep-db"),
                   parent=None, success=lambda r: got.append((1, r and threading.current_thread()
                                                             is threading.main_thread())))
    drain(qtbot, worker)
    assert got == [(1, True)]


def test_user_error_text_is_shown_as_is(qtbot, worker: Worker, shown) -> None:
    def fail() -> None:
        raise UserError("The contract no longer exists.")

    run_foreground(worker, fail, parent=None)
    drain(qtbot, worker)
    assert shown == {"user": ["The contract no longer exists."], "bug": []}


def test_cancelled_is_silent(qtbot, worker: Worker, shown) -> None:
    progress = Progress()
    progress.cancel()
    run_foreground(worker, progress.check, parent=None, progress=progress)
    drain(qtbot, worker)
    assert shown == {"user": [], "bug": []}


def test_unexpected_error_is_shown_with_details(qtbot, worker: Worker, shown) -> None:
    run_foreground(worker, lambda: 1 / 0, parent=None)
    drain(qtbot, worker)
    assert shown["user"] == [] and isinstance(shown["bug"][0], ZeroDivisionError)


def test_failure_handler_may_take_the_error(qtbot, worker: Worker, shown) -> None:
    def fail() -> None:
        raise UserError("field problem", field="number")

    taken: list[BaseException] = []
    run_foreground(worker, fail, parent=None, failure=lambda e: bool(taken.append(e)) or True)
    drain(qtbot, worker)
    assert len(taken) == 1 and shown == {"user": [], "bug": []}


def test_mutation_broadcasts_changes(qtbot, worker: Worker, records: OfficeFixture,
                                     shown) -> None:
    ops = make_ops(worker, records, records.chief)
    cid = records.ids["contract"]
    with qtbot.waitSignal(ops.changes_applied, timeout=5000) as blocker:
        ops.mutate(lambda uow, actor: contracts.set_status(
            uow, actor, contract_id=cid, status=ContractStatus.ACTIVE), parent=None)
    changes = blocker.args[0]
    assert isinstance(changes, Changes) and changes.touches("contracts")
    drain(qtbot, worker)


def test_refused_mutation_broadcasts_nothing(qtbot, worker: Worker, records: OfficeFixture,
                                             shown) -> None:
    ops = make_ops(worker, records, records.viewer)
    emitted: list[object] = []
    ops.changes_applied.connect(emitted.append)
    cid = records.ids["contract"]
    ops.mutate(lambda uow, actor: contracts.set_status(
        uow, actor, contract_id=cid, status=ContractStatus.ACTIVE), parent=None)
    drain(qtbot, worker)
    assert emitted == [] and "not allowed" in str(shown["user"][0])


def test_progress_is_cancellable() -> None:
    p = Progress()
    p.update(5, 10, "half")
    p.cancel()
    with pytest.raises(Cancelled):
        p.update(6)
