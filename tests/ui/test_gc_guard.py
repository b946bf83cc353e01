"""The cycle collector runs on the UI thread only (ui.gc_guard): a collection on the database
worker could finalise a widget there and deadlock PySide against Qt's connection lock."""

from __future__ import annotations

import gc
import threading

from ui.gc_guard import UiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_happens_on_the_ui_thread_and_never_by_itself(qtbot) -> None:
    collector = UiThreadCollector()
    threads: list[str] = []

    def seen(phase: str, _info: dict[str, object]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)],
                                  name="database-worker")
        worker.start()
        worker.join()
        assert threads == []  # far past every threshold, and still nothing collected there
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)  # the timer's turn
        assert set(threads) == {threading.main_thread().name}
        assert gc.get_count()[0] <= collector.threshold[0]
    finally:
        gc.callbacks.remove(seen)
        collector.stop()
        collector.deleteLater()


def test_stopping_gives_back_automatic_collection_as_it_was(qtbot) -> None:
    gc.enable()
    collector = UiThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    assert not collector.timer.isActive()
