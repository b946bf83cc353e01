"""The exchange area and the conflicts area with real databases: two workstations of one office
with their own keys in an endorsed keyring, real bundle files on a "stick"."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from milrep.models.organizations import Organization
from milrep.models.sync import SyncConflict
from milrep.services.dashboard import office_info
from tests.helpers import OfficeFixture, dump_database
from tests.sync.sites import Station, stations
from tests.sync.test_exchange import _rename_org
from tests.sync.test_keyring import _endorse, _entries, _install
from tests.sync.test_settle import business  # noqa: F401  (a fixture)
from tests.ui.conftest import drain
from ui.models.sync import PeersModel
from ui.ops import Ops, Worker, Workspace
from ui.views.conflicts import ConflictsView
from ui.views.sync_centre import ExportDialog, SyncCentreView


#: the views of the running test: released on the UI thread once the worker dropped its jobs
#: (a job's closure holding the last reference would delete a widget on the worker thread)
KEEP: list[object] = []


@pytest.fixture(autouse=True)
def _release_views_on_the_ui_thread(qtbot: object, worker: Worker) -> Iterator[None]:
    yield
    worker.submit(lambda: None, lambda *_a: None)  # runs after every earlier job is dropped
    drain(qtbot, worker)
    KEEP.clear()


def _ops(worker: Worker, st: Station) -> Ops:
    with st.db.read() as s:
        info = office_info(s, st.db.site_id)
    return Ops(worker, Workspace(db=st.db, actor=st.chief, office=info))


@pytest.fixture
def pair(records: OfficeFixture, tmp_path: Path) -> Iterator[list[Station]]:
    out = stations(records, tmp_path, 2)
    yield out
    for st in out[1:]:
        st.db.close()


@pytest.fixture
def keyed(pair: list[Station]) -> list[Station]:
    """The head of office endorsed a keyring of both workstations' own keys; b installed it."""
    a, b = pair
    _install(b, _endorse(a, _entries(pair)).data)
    return pair


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    p = tmp_path / "stick"
    p.mkdir()
    return p


def _centre(qtbot: object, worker: Worker, st: Station) -> SyncCentreView:
    view = SyncCentreView(_ops(worker, st))
    KEEP.append(view)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1200, 800)
    drain(qtbot, worker)
    return view


def _wait(qtbot: object, worker: Worker, view: SyncCentreView) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=20000)  # type: ignore[attr-defined]
    drain(qtbot, worker)


def _name(st: Station, org_id: object) -> str:
    with st.db.read() as s:
        org = s.get(Organization, org_id)
        assert org is not None
        return org.name


def _cells(model: PeersModel) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_export_writes_a_file_the_other_site_imports_and_its_status_shows_the_peer(
        qtbot: object, worker: Worker, keyed: list[Station], stick: Path,
        records: OfficeFixture) -> None:
    a, b = keyed
    _rename_org(a, records.ids["unit"], "Military unit 12345 (renamed on WS1)")
    centre_a, centre_b = _centre(qtbot, worker, a), _centre(qtbot, worker, b)
    assert centre_a.export_button.isEnabled() and centre_b.import_button.isEnabled()
    (peer_of_b,) = _cells(centre_b.peers)
    assert peer_of_b[0].startswith("WS1") and peer_of_b[2] == "none yet"
    assert [k[0] for k in centre_a.keys.rows] == [
        "WS1 — Head of office laptop (this workstation)", "WS2 — Workstation 2"]
    assert all(len(k[2].split()) == 4 for k in centre_a.keys.rows)  # as `keyring show`
    assert "Root key fingerprint:" in centre_a.root_label.text()

    centre_a.export_to(stick, [b.db.site_id])
    _wait(qtbot, worker, centre_a)
    (written,) = list(stick.glob("*.mrb"))
    text = centre_a.result.toPlainText()
    assert f"Bundle 1 for WS2 written to {written}" in text
    assert "checked by reading it back" in text and "can now be removed safely" in text

    centre_b.import_files([written])
    _wait(qtbot, worker, centre_b)
    assert "bundle 1 of WS1 imported:" in centre_b.result.toPlainText()
    assert _name(b, records.ids["unit"]) == "Military unit 12345 (renamed on WS1)"
    (peer_of_b,) = _cells(centre_b.peers)
    assert peer_of_b[0].startswith("WS1") and peer_of_b[2] == "1" and peer_of_b[3] == "none"
    assert peer_of_b[4] == "just now"

    centre_b.import_files([written])  # the same file again: nothing to do
    _wait(qtbot, worker, centre_b)
    assert "was imported before; nothing to do" in centre_b.result.toPlainText()


def test_cancelling_an_export_leaves_nothing(qtbot: object, worker: Worker,
                                            keyed: list[Station], stick: Path,
                                            records: OfficeFixture) -> None:
    a, b = keyed
    _rename_org(a, records.ids["unit"], "Renamed before a cancelled export")
    centre = _centre(qtbot, worker, a)
    before = dump_database(a.db)
    gate = threading.Event()
    worker.submit(gate.wait, lambda *_a: None)  # the worker is busy: the cancel comes first
    centre.export_to(stick, [b.db.site_id])
    assert centre.busy and not centre.export_button.isEnabled()
    assert centre.progress is not None
    centre.progress.cancel()
    gate.set()
    _wait(qtbot, worker, centre)
    assert "Export cancelled: no bundle was written" in centre.result.toPlainText()
    assert list(stick.iterdir()) == []
    assert dump_database(a.db) == before
    assert centre.export_button.isEnabled()


def test_a_corrupt_file_shows_its_message_and_nothing_changes(
        qtbot: object, worker: Worker, keyed: list[Station], stick: Path) -> None:
    a, b = keyed
    centre = _centre(qtbot, worker, b)
    bad = stick / "milrep-00000000-WS1-000001.mrb"
    bad.write_bytes(b"age-encryption.org/v1\n-> X25519 garbage\n")
    missing = stick / "gone.mrb"
    before = dump_database(b.db)
    centre.import_files([bad, missing])
    _wait(qtbot, worker, centre)
    lines = centre.result.toPlainText().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad.name}: refused. ") and len(lines[0]) > 40
    assert lines[1].startswith("gone.mrb: refused. The file cannot be read")
    assert dump_database(b.db) == before


def test_without_a_keyring_the_buttons_are_off_and_it_says_why(
        qtbot: object, worker: Worker, pair: list[Station]) -> None:
    centre = _centre(qtbot, worker, pair[1])
    assert not centre.export_button.isEnabled() and not centre.import_button.isEnabled()
    assert "no office keyring yet" in centre.summary.text()


# --- conflicts ------------------------------------------------------------------------------

def _crossed(pair: list[Station], stick: Path, records: OfficeFixture) -> None:
    a, b = pair
    _rename_org(a, records.ids["unit"], "Unit 12345 (A)")
    _rename_org(b, records.ids["unit"], "Unit 12345 (B)")
    b.import_(a.export(stick, [b]).path)
    a.import_(b.export(stick, [a]).path)


def test_settling_from_the_conflicts_screen(qtbot: object, worker: Worker,
                                           pair: list[Station], stick: Path,
                                           records: OfficeFixture) -> None:
    a, _ = pair
    _crossed(pair, stick, records)
    ops = _ops(worker, a)
    view = ConflictsView(ops)
    KEEP.append(view)
    ops.changes_applied.connect(view.on_changes)  # as the main window does for every area
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1300, 800)
    view.show()
    qtbot.waitUntil(lambda: view.detail.view is not None,  # type: ignore[attr-defined]
                    timeout=5000)
    drain(qtbot, worker)
    d = view.detail
    assert d.title.text() == "Organization Unit 12345 (B) · Name"
    assert d.stored.value.text() == "Unit 12345 (B)" and "WS2" in d.stored.where.text()
    assert d.other.value.text() == "Unit 12345 (A)" and "WS1" in d.other.where.text()
    assert d.take_button.isEnabled() and not d.business_button.isVisible()
    d.comment.setPlainText("WS1 has the official name")
    qtbot.mouseClick(d.take_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    drain(qtbot, worker)
    qtbot.waitUntil(lambda: view.model.total == 0, timeout=5000)  # type: ignore[attr-defined]
    assert _name(a, records.ids["unit"]) == "Unit 12345 (A)"
    with a.db.read() as s:
        c = s.scalars(select(SyncConflict)).one()
        assert (c.resolution, c.settled_by, c.settle_comment) == (
            "taken", "chief", "WS1 has the official name")
    view.state_filter.setCurrentIndex(1)  # settled
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=5000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.detail.view is not None  # type: ignore[attr-defined]
                    and not view.detail.view.is_open, timeout=5000)
    assert "Settled by chief" in d.settled.text() and "took the other value" in d.settled.text()
    assert not d.keep_button.isEnabled() and not d.comment.isVisible()


def test_a_held_bundle_names_what_it_waits_for_and_a_cancelled_import_applies_nothing(
        qtbot: object, worker: Worker, keyed: list[Station], stick: Path,
        records: OfficeFixture) -> None:
    a, b = keyed
    centre_a, centre_b = _centre(qtbot, worker, a), _centre(qtbot, worker, b)
    original = _name(b, records.ids["unit"])
    files = []
    for name in ("First rename", "Second rename"):
        _rename_org(a, records.ids["unit"], name)
        centre_a.export_to(stick, [b.db.site_id])
        _wait(qtbot, worker, centre_a)
        files.append(sorted(stick.glob("*.mrb"))[-1])
    first, second = files

    before = dump_database(b.db)
    gate = threading.Event()
    worker.submit(gate.wait, lambda *_a: None)
    centre_b.import_files([first, second])
    assert centre_b.progress is not None
    centre_b.progress.cancel()
    gate.set()
    _wait(qtbot, worker, centre_b)
    assert centre_b.result.toPlainText().splitlines() == [
        f"{first.name}: not imported (cancelled); nothing of it was applied.",
        f"{second.name}: not imported (cancelled); nothing of it was applied."]
    assert dump_database(b.db) == before

    centre_b.import_files([second])
    _wait(qtbot, worker, centre_b)
    text = centre_b.result.toPlainText()
    assert "bundle 2 of WS1 is held until bundles 1 of WS1 arrive" in text
    (peer,) = _cells(centre_b.peers)
    assert peer[2] == "none yet" and peer[3].startswith("1 held: bundle 2 waits for changes")
    assert _name(b, records.ids["unit"]) == original  # held: nothing applied yet

    centre_b.import_files([first])
    _wait(qtbot, worker, centre_b)
    assert "Held bundle 2 of WS1 applied as well." in centre_b.result.toPlainText()
    assert _name(b, records.ids["unit"]) == "Second rename"
    (peer,) = _cells(centre_b.peers)
    assert peer[2] == "2" and peer[3] == "none"



def test_a_business_conflict_is_settled_on_screen_by_the_head_of_office_only(
        qtbot: object, worker: Worker, business: tuple[Station, Station]) -> None:
    a, _ = business
    rep_ops = Ops(worker, Workspace(db=a.db, actor=a.db.actor_for("rep1"),
                                    office=_ops(worker, a).workspace.office))
    rep_view = ConflictsView(rep_ops)
    KEEP.append(rep_view)
    qtbot.addWidget(rep_view)  # type: ignore[attr-defined]
    rep_view.show()
    qtbot.waitUntil(lambda: rep_view.detail.view is not None,  # type: ignore[attr-defined]
                    timeout=5000)
    d = rep_view.detail
    assert d.business_button.isVisible() and not d.business_button.isEnabled()
    assert not d.keep_button.isVisible() and not d.take_button.isVisible()
    assert d.hint.text() == "Only the head of office settles a business conflict."
    assert d.stored.value.text().startswith("Acceptance record ")
    assert d.other.value.text().startswith("Suspension ") and "WS1" in d.other.where.text()

    ops = _ops(worker, a)
    view = ConflictsView(ops)
    KEEP.append(view)
    ops.changes_applied.connect(view.on_changes)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.show()
    qtbot.waitUntil(lambda: view.detail.view is not None,  # type: ignore[attr-defined]
                    timeout=5000)
    assert view.detail.business_button.isEnabled()
    view.detail.comment.setPlainText("Acceptance annulled by order 12")
    qtbot.mouseClick(view.detail.business_button,  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    drain(qtbot, worker)
    qtbot.waitUntil(lambda: view.model.total == 0, timeout=5000)  # type: ignore[attr-defined]
    with a.db.read() as s:
        c = s.scalars(select(SyncConflict)).one()
        assert (c.kind, c.settled_by, c.settle_comment) == (
            "business", "chief", "Acceptance annulled by order 12")


def test_the_export_dialog_asks_for_recipients_and_a_folder(
        qtbot: object, worker: Worker, keyed: list[Station], stick: Path) -> None:
    a, b = keyed
    centre = _centre(qtbot, worker, a)
    assert centre.overview is not None
    dialog = ExportDialog(centre.overview.recipients, centre)
    KEEP.append(dialog)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.sites.count() == 1 and dialog.chosen() == [b.db.site_id]
    assert not ok.isEnabled()  # no folder yet
    dialog.path.setText(str(stick))
    assert ok.isEnabled() and dialog.folder() == stick
    dialog.sites.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled() and dialog.chosen() == []
