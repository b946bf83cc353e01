"""Fixtures of the sync tests: workstations of one office with real keys, and a medium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import OfficeFixture
from tests.sync.sites import Station, stations


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    p = tmp_path / "stick"
    p.mkdir()
    return p


@pytest.fixture
def pair(records: OfficeFixture, tmp_path: Path) -> Iterator[list[Station]]:
    out = stations(records, tmp_path, 2)
    yield out
    for st in out[1:]:
        st.db.close()


@pytest.fixture
def trio(records: OfficeFixture, tmp_path: Path) -> Iterator[list[Station]]:
    out = stations(records, tmp_path, 3)
    yield out
    for st in out[1:]:
        st.db.close()
