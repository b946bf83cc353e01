"""Opening a database written by an older version upgrades it in place and keeps every record."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from milrep.audit import verify_journal
from milrep.db import migrate
from milrep.db.store import open_database
from milrep.models import Contract, ControlListItem, User
from milrep.services import lists
from tests.conftest import REP_PASSWORD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _copy(name: str, tmp_path: Path) -> Path:
    for suffix in ("", ".keys"):
        shutil.copyfile(FIXTURES / (name + suffix), tmp_path / (name + suffix))
    return tmp_path / name


def test_schema_0001_database_upgrades_and_keeps_its_records(tmp_path: Path) -> None:
    path = _copy("office-0001.milrep", tmp_path)
    db, actor = open_database(path, "rep1", REP_PASSWORD)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision() != "0001"
        with db.read() as s:
            assert s.scalar(select(Contract.number)) == "12-ГОЗ/2026"
            assert s.scalar(select(func.count()).select_from(ControlListItem)) == 3
            assert s.scalar(select(func.count()).select_from(User)) == 3
            # the search index added by 0002 covers the rows written before it existed
            q = lists.ListQuery(text="r-168 radio")
            total = lists.count_rows(s, lists.CONTROL_LIST, q)
            rows = lists.fetch_page(s, lists.CONTROL_LIST, q, offset=0, limit=10, total=total)
        assert [r[1] for r in rows] == ["Radio station R-168-5UN"]
        assert verify_journal(db).ok
        assert actor.username == "rep1"
    finally:
        db.close()
