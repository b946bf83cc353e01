"""Shared fixtures: a real encrypted database per test, copied from one made once per session."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from milrep.db.keyslots import FAST_KDF_FOR_TESTS, KeySlotFile  # noqa: E402
from milrep.db.store import Database, NewOffice, create_database, open_with_key  # noqa: E402
from milrep.models.users import Role  # noqa: E402
from milrep.services.auth import Actor  # noqa: E402
from tests.helpers import OfficeFixture, build_records, copy_database, dump_database  # noqa: E402

CHIEF_PASSWORD = "Serikbayev2026"
REP_PASSWORD = "Akhmetova2026"
VIEWER_PASSWORD = "Omarova2026x"
DEMO_PASSWORD = "Zhetysu2026demo"

OFFICE = NewOffice(
    office_code="17", office_name="Military representative office No. 17",
    plant_name="Zhetysu Instrument Plant JSC", site_code="WS1", site_name="Head of office laptop",
    chief_username="chief", chief_full_name="A. Serikbayev", chief_rank="Lt. Col.",
    chief_password=CHIEF_PASSWORD)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.milrep"


@dataclass(frozen=True)
class OfficeTemplate:
    """A closed office database file (and its key file) to copy into each test's folder."""

    path: Path
    key: bytes
    chief: Actor
    rep: Actor
    viewer: Actor
    recovery_code: str
    ids: dict[str, uuid.UUID]

    def copy_to(self, path: Path) -> OfficeFixture:
        """The copy, opened with the key (no sign-in: the journal stays as created). An encrypted
        file copied byte for byte opens with the same key; the key file goes with it."""
        copy_database(self.path, path)
        db = open_with_key(path, self.key, KeySlotFile.load(KeySlotFile.path_for(path)))
        db.kdf = FAST_KDF_FOR_TESTS  # as create_database(kdf=...) leaves it
        return OfficeFixture(db=db, path=path, chief=self.chief, rep=self.rep,
                             viewer=self.viewer, recovery_code=self.recovery_code,
                             ids=dict(self.ids))


def _freeze(fx: OfficeFixture) -> OfficeTemplate:
    fx.db.close()  # checkpoints the WAL into the file, so the file alone is the database
    return OfficeTemplate(path=fx.path, key=fx.db.key, chief=fx.chief, rep=fx.rep,
                          viewer=fx.viewer, recovery_code=fx.recovery_code, ids=dict(fx.ids))


def new_office(path: Path) -> OfficeFixture:
    """A fresh office database with a chief, a representative and a viewer."""
    from milrep.services import users

    db, chief, recovery = create_database(path, OFFICE, kdf=FAST_KDF_FOR_TESTS)
    with db.unit_of_work() as uow:
        rep_id = users.add_user(uow, chief, username="rep1", full_name="G. Akhmetova",
                                rank="Maj.", role=Role.REPRESENTATIVE, password=REP_PASSWORD).id
    with db.unit_of_work() as uow:
        viewer_id = users.add_user(uow, chief, username="clerk", full_name="D. Omarova",
                                   role=Role.VIEWER, password=VIEWER_PASSWORD).id
    assert rep_id and viewer_id
    rep = Actor(rep_id, "rep1", "G. Akhmetova", Role.REPRESENTATIVE)
    viewer = Actor(viewer_id, "clerk", "D. Omarova", Role.VIEWER)
    return OfficeFixture(db=db, path=path, chief=chief, rep=rep, viewer=viewer,
                         recovery_code=recovery)


# Creating an office runs every migration and costs ~0.3 s; a test's copy of a file made once
# per session (per xdist worker: tmp_path_factory is per worker) costs ~0.02 s.
@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> OfficeTemplate:
    return _freeze(new_office(tmp_path_factory.mktemp("office-template") / "office.milrep"))


@pytest.fixture(scope="session")
def records_template(tmp_path_factory: pytest.TempPathFactory) -> OfficeTemplate:
    fx = new_office(tmp_path_factory.mktemp("records-template") / "office.milrep")
    build_records(fx)
    return _freeze(fx)


@pytest.fixture
def office(db_path: Path, request: pytest.FixtureRequest) -> Iterator[OfficeFixture]:
    """A fresh office database with a chief, a representative and a viewer (with the records
    already in it when the test also uses ``records``, which used to add them to this one)."""
    template = request.getfixturevalue(
        "records_template" if "records" in request.fixturenames else "office_template")
    fx = template.copy_to(db_path)
    yield fx
    fx.db.close()


@pytest.fixture
def records(office: OfficeFixture) -> OfficeFixture:
    """The office with contract 12-ГОЗ/2026 and its control list (SCENARIOS.md §2)."""
    if "lot" not in office.ids:  # asked for only while the test ran (getfixturevalue)
        build_records(office)
    return office


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo office of ``milrep demo`` (password DEMO_PASSWORD), built once (~2.5 s): a test
    module takes its own copy with ``copy_database``."""
    from milrep import demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.milrep"
    demo.build_demo(path, password=DEMO_PASSWORD, kdf=FAST_KDF_FOR_TESTS)
    return path


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo office, copied once for the test module from the session's one build."""
    return copy_database(demo_template, tmp_path_factory.mktemp("demo") / "demo.milrep")


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    """The module's demo office, open for the clerk (a viewer)."""
    from milrep.db.store import open_database

    db, _ = open_database(demo_path, "clerk", DEMO_PASSWORD)
    yield db
    db.close()


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 25)


__all__ = ["Database", "dump_database"]
