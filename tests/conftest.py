"""Shared fixtures: a real encrypted database per test (cheap with the test KDF cost)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from milrep.db.keyslots import FAST_KDF_FOR_TESTS  # noqa: E402
from milrep.db.store import Database, NewOffice, create_database  # noqa: E402
from milrep.models.users import Role  # noqa: E402
from milrep.services.auth import Actor  # noqa: E402
from tests.helpers import OfficeFixture, build_records, dump_database  # noqa: E402

CHIEF_PASSWORD = "Serikbayev2026"
REP_PASSWORD = "Akhmetova2026"
VIEWER_PASSWORD = "Omarova2026x"

OFFICE = NewOffice(
    office_code="17", office_name="Military representative office No. 17",
    plant_name="Zhetysu Instrument Plant JSC", site_code="WS1", site_name="Head of office laptop",
    chief_username="chief", chief_full_name="A. Serikbayev", chief_rank="Lt. Col.",
    chief_password=CHIEF_PASSWORD)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.milrep"


@pytest.fixture
def office(db_path: Path) -> Iterator[OfficeFixture]:
    """A fresh office database with a chief, a representative and a viewer."""
    from milrep.services import users

    db, chief, recovery = create_database(db_path, OFFICE, kdf=FAST_KDF_FOR_TESTS)
    with db.unit_of_work() as uow:
        rep_id = users.add_user(uow, chief, username="rep1", full_name="G. Akhmetova",
                                rank="Maj.", role=Role.REPRESENTATIVE, password=REP_PASSWORD).id
    with db.unit_of_work() as uow:
        viewer_id = users.add_user(uow, chief, username="clerk", full_name="D. Omarova",
                                   role=Role.VIEWER, password=VIEWER_PASSWORD).id
    assert rep_id and viewer_id
    rep = Actor(rep_id, "rep1", "G. Akhmetova", Role.REPRESENTATIVE)
    viewer = Actor(viewer_id, "clerk", "D. Omarova", Role.VIEWER)
    fx = OfficeFixture(db=db, path=db_path, chief=chief, rep=rep, viewer=viewer,
                       recovery_code=recovery)
    yield fx
    db.close()


@pytest.fixture
def records(office: OfficeFixture) -> OfficeFixture:
    """The office with contract 12-ГОЗ/2026 and its control list (SCENARIOS.md §2)."""
    build_records(office)
    return office


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 25)


__all__ = ["Database", "dump_database"]
