"""UI fixtures: a worker, the Ops of a signed-in session, settings in a temporary file."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from milrep.db.store import Database
from milrep.services.auth import Actor
from milrep.services.dashboard import office_info
from tests.helpers import OfficeFixture
from ui import errors
from ui.i18n import LanguageManager
from ui.ops import Ops, Worker, Workspace
from ui.views.quality_forms import FormDialog


@pytest.fixture
def worker(qapp: QApplication) -> Iterator[Worker]:
    w = Worker()
    yield w
    w.shutdown()


def drain(qtbot: object, worker: Worker, timeout: int = 5000) -> None:
    """Wait until every queued database operation has delivered its result."""
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=timeout)  # type: ignore[attr-defined]
    QApplication.processEvents()


def make_ops(worker: Worker, office: OfficeFixture, actor: Actor) -> Ops:
    with office.db.read() as s:
        info = office_info(s, office.db.site_id)
    return Ops(worker, Workspace(db=office.db, actor=actor, office=info))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def languages(qapp: QApplication, settings: QSettings) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, settings)
    yield manager
    manager.apply("en", remember=False)


@pytest.fixture(autouse=True)
def collect_qt_garbage(qapp: QApplication) -> Iterator[None]:
    """Close and free each test's windows, so one test's widgets never receive the next test's
    events; and collect reference cycles only here, on the UI thread.

    Left to itself, the cycle collector runs in whichever thread allocates when a threshold is
    reached: on the database worker it may finalise a widget, and PySide's disconnect then waits
    for the GIL while holding the Qt connection lock that the UI thread, holding the GIL, waits
    for (a deadlock seen in test_certificates_ui). The survivors of each collection are frozen,
    so the next one walks only one test's objects (a full collection of the grown heap cost a
    second per test)."""
    gc.disable()
    try:
        yield
    finally:
        for w in QApplication.topLevelWidgets():
            w.close()
            w.deleteLater()
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        gc.freeze()
        gc.enable()


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch, collect_qt_garbage: None
                     ) -> Iterator[list[str]]:
    """What would have been a message box (a modal one stops an offscreen test for good): a
    refusal as its text, a bug as its repr, for the test to look at. Forms a test leaves open
    close afterwards without asking about unsaved input (set up after, so torn down before, the
    window collection)."""
    seen: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _p, text: seen.append(text))
    monkeypatch.setattr(errors, "show_unexpected", lambda _p, e: seen.append(repr(e)))
    yield seen
    for w in QApplication.allWidgets():
        if isinstance(w, FormDialog):
            w.unsaved.enabled = False


def demo_ops(worker: Worker, db: Database, username: str = "clerk") -> Ops:
    actor: Actor = db.actor_for(username)
    with db.read() as s:
        info = office_info(s, db.site_id)
    return Ops(worker, Workspace(db=db, actor=actor, office=info))
