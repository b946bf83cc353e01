"""The demo office: realistic records through the services, and bulk filling that stays audited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from milrep import demo, demo_bulk
from milrep.audit import verify_journal
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import Database, open_database
from milrep.errors import AuthenticationError, ValidationError
from milrep.models import (AuditEntry, ChangeLogEntry, Contract, ContractAmendment,
                           ControlListItem, Lot, ProductUnit, User)
from milrep.models.users import Role
from milrep.services import lists
from tests.helpers import copy_database

PASSWORD = "Zhetysu2026demo"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.milrep"
    demo.build_demo(path, password=PASSWORD, records=2000, kdf=FAST_KDF_FOR_TESTS)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db, _ = open_database(demo_path, "rep1", PASSWORD)
    yield db
    db.close()


def test_demo_opens_with_chief_and_rep1(demo_path: Path) -> None:
    for user, role in (("chief", Role.CHIEF), ("rep1", Role.REPRESENTATIVE),
                       ("rep2", Role.REPRESENTATIVE), ("clerk", Role.VIEWER)):
        db, actor = open_database(demo_path, user, PASSWORD)
        assert actor.role == role
        db.close()
    with pytest.raises(AuthenticationError):
        open_database(demo_path, "rep1", "Wrong-password-1")


def test_demo_holds_the_scenario_records(demo_db: Database) -> None:
    with demo_db.read() as s:
        c12 = s.scalars(select(Contract).where(Contract.number == "12-ГОЗ/2026")).one()
        assert c12.status == "active" and c12.penalty_terms and c12.acceptance_terms
        items = s.scalars(select(ControlListItem)
                          .where(ControlListItem.contract_id == c12.id)).all()
        assert {i.kind.value for i in items} == {"military_goods", "military_work"}
        radio = next(i for i in items if i.name == "Radio station R-168-5UN")
        assert (radio.quantity, radio.tech_doc_revision) == (40, "3")
        assert s.scalar(select(func.count()).select_from(ContractAmendment)) == 1
        lot = s.scalars(select(Lot).where(Lot.number == "L-2026-004")).one()
        serials = s.scalars(select(ProductUnit.serial).where(ProductUnit.lot_id == lot.id)).all()
        assert lot.quantity == 10 and "0412" in serials
        assert s.scalar(select(func.count()).select_from(User)) == 4


def test_records_fill_the_lists_and_the_chain_verifies(demo_db: Database) -> None:
    assert demo_bulk.list_rows(demo_db) >= 2000
    report = verify_journal(demo_db)
    assert report.ok, report.problems
    with demo_db.read() as s:
        n_items = s.scalar(select(func.count()).select_from(ControlListItem))
        logged = s.scalar(select(func.count()).select_from(ChangeLogEntry)
                          .where(ChangeLogEntry.table_name == "control_list_items"))
        audited = s.scalar(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.object_type == "control_list_items"))
        assert n_items == logged == audited
        seqs = s.scalars(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq)).all()
        assert seqs == list(range(1, len(seqs) + 1))  # gap-free
        assert report.entries == s.scalar(select(func.count()).select_from(AuditEntry))
        # Generated rows are searchable like rows typed in through the services.
        q = lists.ListQuery(text="antenna mast")
        total = lists.count_rows(s, lists.CONTROL_LIST, q)
        assert total > 10
        page = lists.fetch_page(s, lists.CONTROL_LIST, q, offset=0, limit=50, total=total)
        assert all("antenna mast" in row[1].casefold() for row in page)


def test_fill_records_tops_up_and_is_idempotent(demo_db: Database) -> None:
    _, chief = open_database(demo_db.path, "chief", PASSWORD)
    before = demo_bulk.list_rows(demo_db)
    assert demo_bulk.fill_records(demo_db, chief, before) == 0
    assert demo_bulk.fill_records(demo_db, chief, before + 120, batch=50) == 120
    assert demo_bulk.list_rows(demo_db) == before + 120
    assert verify_journal(demo_db).ok


def test_demo_password_must_fit_the_rules_for_every_user(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="demo password"):
        demo.build_demo(tmp_path / "d.milrep", password="clerk12345x", kdf=FAST_KDF_FOR_TESTS)
    assert not (tmp_path / "d.milrep").exists()


def test_remove_demo_replaces_only_a_demo(demo_path: Path, tmp_path: Path,
                                          demo_template: Path) -> None:
    path = copy_database(demo_template, tmp_path / "d.milrep")
    demo.remove_demo(path, PASSWORD)
    assert not path.exists() and not Path(str(path) + ".keys").exists()
