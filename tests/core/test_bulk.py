"""milrep.bulk: automatic cycle collection paused for bulk work, and given back as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from milrep.bulk import no_cycle_collection


@pytest.fixture(autouse=True)
def gc_state() -> Iterator[None]:
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_and_given_back_after_even_on_an_error() -> None:
    gc.enable()
    with no_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), no_cycle_collection():
        raise ValueError("the import failed")
    assert gc.isenabled()


def test_left_off_when_it_was_off_before() -> None:
    gc.disable()  # the desktop app: collected on the UI thread only (ui.gc_guard)
    with no_cycle_collection():
        pass
    assert not gc.isenabled()


def test_the_last_of_overlapping_uses_gives_it_back() -> None:
    gc.enable()
    inner_done, outer_may_end = threading.Event(), threading.Event()

    def other_thread() -> None:
        with no_cycle_collection():
            inner_done.set()
            outer_may_end.wait(5)

    t = threading.Thread(target=other_thread)
    with no_cycle_collection():
        t.start()
        inner_done.wait(5)
    assert not gc.isenabled()  # the other thread's bulk work is still running
    outer_may_end.set()
    t.join(5)
    assert gc.isenabled()
