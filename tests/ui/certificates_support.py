"""What the certificate screens' tests share: the demo office copied once per module, its
operations, a drain with room for PDF rendering, and no message box left open. Test modules
import the fixtures they use by name (pytest finds them there)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from milrep.db.store import Database, open_database
from milrep.services.auth import Actor
from milrep.services.dashboard import office_info
from tests.core.certificate_helpers import YEAR, certifiable
from tests.helpers import OfficeFixture, copy_database
from tests.ui.conftest import drain as drain_worker
from ui import errors
from ui.ops import Ops, Worker, Workspace
from ui.views.quality_forms import FormDialog

DEMO_PASSWORD = "Zhetysu2026demo"
QC1, QC2 = f"17/WS1/{YEAR}/QC-0001", f"17/WS1/{YEAR}/QC-0002"


def drain(qtbot: object, worker: Worker, timeout: int = 60000) -> None:
    """As the fixtures' drain, with room for a loaded machine (PDFs are rendered here)."""
    drain_worker(qtbot, worker, timeout)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _p, text: seen.append(text))
    monkeypatch.setattr(errors, "show_unexpected", lambda _p, e: seen.append(repr(e)))
    yield seen
    for w in QApplication.allWidgets():
        if isinstance(w, FormDialog):
            w.unsaved.enabled = False


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    return copy_database(demo_template,
                         tmp_path_factory.mktemp("demo_certificates_ui") / "demo.milrep")


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db, _ = open_database(demo_path, "clerk", DEMO_PASSWORD)
    yield db
    db.close()


def demo_ops(worker: Worker, db: Database, username: str = "clerk") -> Ops:
    actor: Actor = db.actor_for(username)
    with db.read() as s:
        info = office_info(s, db.site_id)
    return Ops(worker, Workspace(db=db, actor=actor, office=info))


@pytest.fixture
def valid(records: OfficeFixture) -> OfficeFixture:
    return certifiable(records)
