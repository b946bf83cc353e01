"""Progress and cancel of export and import: a cancel at any point before the commit changes
nothing (no file, no bundle number used; nothing applied); progress ends at done == total."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from milrep.errors import Cancelled
from milrep.models.sync import OutgoingBundle
from milrep.sync import importer
from milrep.sync.errors import SyncCancelled
from milrep.sync.importer import ImportStatus
from milrep.sync.progress import EXPORT_STEPS
from tests.helpers import dump_database, folder_bytes
from tests.sync.sites import Station, synced_dump
from tests.sync.test_exchange import _new_org


class CancelAt:
    """``cancelled()`` that answers True from its ``at``-th call on; records progress."""

    def __init__(self, at: int | None) -> None:
        self.at, self.calls = at, 0
        self.seen: list[tuple[int, int]] = []

    def cancelled(self) -> bool:
        self.calls += 1
        return self.at is not None and self.calls >= self.at

    def progress(self, done: int, total: int) -> None:
        self.seen.append((done, total))


def test_export_cancelled_at_every_point_leaves_no_file_and_no_number(
        pair: list[Station], stick: Path) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    free = CancelAt(None)
    before, files = dump_database(a.db), folder_bytes(stick)
    polls = 5  # an export polls a fixed number of times; checked on the real export below
    for at in range(1, polls + 1):
        c = CancelAt(at)
        with pytest.raises(SyncCancelled, match="no bundle was written") as e:
            a.export(stick, progress=c.progress, cancelled=c.cancelled)
        assert isinstance(e.value, Cancelled)  # silent in the UI
        assert folder_bytes(stick) == files and not list(stick.iterdir())
        assert dump_database(a.db) == before
    res = a.export(stick, progress=free.progress, cancelled=free.cancelled)
    assert free.calls == polls  # every poll was tried above
    assert res.seq == 1  # no number used by the cancelled exports
    assert free.seen[0] == (0, EXPORT_STEPS) and free.seen[-1] == (EXPORT_STEPS, EXPORT_STEPS)
    assert [d for d, _ in free.seen] == sorted(d for d, _ in free.seen)
    with a.db.read() as s:
        assert s.scalar(select(func.count()).select_from(OutgoingBundle)) == 1
    assert b.import_(res.path).status == ImportStatus.APPLIED


def test_import_cancelled_at_every_point_applies_nothing(
        pair: list[Station], stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    for i in range(3):
        _new_org(a, f"Unit {i}")
    path = a.export(stick).path
    monkeypatch.setattr(importer, "IMPORT_EVERY", 1)  # a poll between any two changes
    free = CancelAt(None)
    before = dump_database(b.db)
    res = None
    at = 1
    while True:
        c = CancelAt(at)
        try:
            res = b.import_(path, progress=c.progress, cancelled=c.cancelled)
            break
        except SyncCancelled as e:
            assert "nothing of the bundle was applied" in str(e)
            assert dump_database(b.db) == before
        at += 1
    assert res.status == ImportStatus.APPLIED
    assert at > 4 + res.new_changes - 1  # polled before, between the changes and at the end
    assert synced_dump(a.db) == synced_dump(b.db)
    # progress of a plain import: unknown, then counted in changes, then done == total
    again = a.export(stick)
    _new_org(a, "Unit 9")
    third = a.export(stick)
    b.import_(again.path)
    b.import_(third.path, progress=free.progress, cancelled=free.cancelled)
    assert free.seen[0] == (0, 0)
    total = free.seen[-1][1]
    assert free.seen[-1] == (total, total) and total == third.changes + 1


def test_cancel_while_releasing_held_bundles_keeps_them_held(
        pair: list[Station], stick: Path) -> None:
    a, b = pair
    _new_org(a, "Unit 1")
    first = a.export(stick)
    _new_org(a, "Unit 2")
    second = a.export(stick)
    assert b.import_(second.path).status == ImportStatus.HELD
    # cancelled once the first bundle is committed: the held one stays held
    c = CancelAt(None)
    polls_before_commit = 4
    c.at = polls_before_commit + 1
    res = b.import_(first.path, cancelled=c.cancelled)
    assert res.status == ImportStatus.APPLIED and res.released == ()
    again = b.import_(second.path)
    assert again.status == ImportStatus.APPLIED
    assert synced_dump(a.db) == synced_dump(b.db)


def test_a_progress_callback_that_raises_cancelled_after_the_commit_changes_nothing(
        pair: list[Station], stick: Path) -> None:
    """The UI's Progress.update raises Cancelled once Cancel was pressed: too late after the
    commit, where the export and import finish and report success."""
    a, b = pair
    _new_org(a, "Unit 1")

    def after(step: int) -> Callable[[int, int], None]:
        def progress(done: int, total: int) -> None:
            if total and done >= step(total):
                raise Cancelled()
        return progress

    res = a.export(stick, progress=after(lambda total: total - 1))  # committed at step 4 of 5
    assert res.path.exists() and [p.name for p in stick.iterdir()] == [res.path.name]
    got = b.import_(res.path, progress=after(lambda total: total))  # done == total: committed
    assert got.status == ImportStatus.APPLIED
    assert synced_dump(a.db) == synced_dump(b.db)
