"""Sync-readiness: walk every synced model (not a hand-kept list) and prove that an insert, an
update and a delete each append to the change log in the same transaction, gap-free per site,
with tombstones for deletes; immutable documents refuse changes; the HLC only moves forward."""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Enum, String, UniqueConstraint, func, inspect, select, update

from milrep.db.base import synced_models
from milrep.db.hlc import COUNTER_MAX, MAX_DRIFT_MS, HybridClock, pack, unpack
from milrep.db.store import open_database
from milrep.errors import RuleViolation
from milrep.models.journal import AuditEntry, ChangeLogEntry, SiteClock, Tombstone
from milrep.services import signing
from milrep.services.auth import Permission
from tests.conftest import CHIEF_PASSWORD
from tests.helpers import OfficeFixture, dump_database

MODELS = sorted(synced_models(), key=lambda m: m.__tablename__)


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> OfficeFixture:
    """One office with a row of every synced model (built once: the walk only appends)."""
    from tests.conftest import OFFICE
    from milrep.db.keyslots import FAST_KDF_FOR_TESTS
    from milrep.db.store import create_database
    from milrep.services import users
    from milrep.models.users import Role
    from milrep.services.auth import Actor
    from tests.helpers import build_records, plant_every_model

    path = tmp_path_factory.mktemp("walk") / "office.milrep"
    db, chief, code = create_database(path, OFFICE, kdf=FAST_KDF_FOR_TESTS)
    o = OfficeFixture(db=db, path=path, chief=chief, rep=chief, viewer=chief, recovery_code=code)
    build_records(o)
    with db.unit_of_work() as uow:
        uow.begin(chief, Permission.SIGN_ACTS, "test.sign")
        signing.sign_act(uow, chief, password=CHIEF_PASSWORD, meaning=signing.Meaning.APPROVED,
                         object_type="contracts", object_id=o.ids["contract"], content={"a": 1})
        uow.commit()
    plant_every_model(db, chief, "walk")
    del users, Role, Actor
    yield o
    db.close()


def _log_state(o: OfficeFixture) -> tuple[int, int]:
    with o.db.read() as s:
        n = s.scalar(select(func.count()).select_from(ChangeLogEntry))
        top = s.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))
                       .where(ChangeLogEntry.site_id == o.db.site_id))
    return int(n or 0), int(top or 0)


def _new_entries(o: OfficeFixture, after_seq: int) -> list[ChangeLogEntry]:
    with o.db.read() as s:
        rows = list(s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.seq > after_seq)
                              .order_by(ChangeLogEntry.seq)))
        s.expunge_all()
        return rows


def _text_columns(model: type) -> list[str]:
    return [a.key for a in inspect(model).column_attrs
            if isinstance(a.columns[0].type, String) and not isinstance(a.columns[0].type, Enum)]


def _unique_columns(table: Any) -> set[str]:
    cols = {c.name for c in table.columns if c.unique}
    for con in table.constraints:
        if isinstance(con, UniqueConstraint):
            cols |= {c.name for c in con.columns}
    return cols


def _clone(src: Any, session: Any) -> Any:
    """A copy of a stored row with fresh text and fresh unique values, and no identity.

    A unique foreign key gets a clone of the row it points to (added to ``session``), so tables
    whose rows are one per parent (an inspection per presentation…) can be cloned too.
    """
    model = type(src)
    table = model.__table__
    values = {a.key: getattr(src, a.key) for a in inspect(model).column_attrs
              if a.key not in ("id", "hlc", "origin_site")}
    for key in _text_columns(model):
        values[key] = f"{values[key]}~{uuid.uuid4().hex[:6]}"
    for name in _unique_columns(table) - set(_text_columns(model)):
        col = table.c[name]
        key = model.__mapper__.get_property_by_column(col).key
        fk = next(iter(col.foreign_keys), None)
        if fk is not None and values[key] is not None:
            parent_model = next(m for m in MODELS if m.__table__ is fk.column.table)
            parent = _clone(session.get(parent_model, values[key]), session)
            session.add(parent)
            session.flush()
            values[key] = parent.id
        elif isinstance(values[key], int) and not isinstance(values[key], bool):
            values[key] += 1 + int(uuid.uuid4().int % 100_000)
    return model(**values)


def _check_appended(o: OfficeFixture, before: tuple[int, int], model: type, row_id: uuid.UUID,
                    op: str) -> ChangeLogEntry:
    new = _new_entries(o, before[1])
    assert [e.seq for e in new] == list(range(before[1] + 1, before[1] + 1 + len(new))), "gap"
    mine = [e for e in new if e.row_id == row_id and e.table_name == model.__tablename__]
    assert [e.op for e in mine] == [op], f"{model.__name__} {op}: change log {new}"
    assert all(e.site_id == o.db.site_id for e in new)
    return mine[0]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_synced_model_writes_the_change_log(walked: OfficeFixture, model: type) -> None:
    o = walked
    with o.db.read() as s:
        src = s.scalars(select(model).limit(1)).first()
        assert src is not None, f"no {model.__name__} row in the scenario: extend the fixture"
        s.expunge(src)  # keep its loaded values after the read session ends

    # insert
    before = _log_state(o)
    with o.db.unit_of_work() as uow:
        uow.begin(o.chief, Permission.READ, "test.insert")
        row = _clone(src, uow.session)
        uow.session.add(row)
        uow.commit()
    entry = _check_appended(o, before, model, row.id, "insert")
    assert entry.hlc == row.hlc and row.origin_site == o.db.site_id and row.hlc > 0

    # a rolled-back transaction leaves no log row
    snap = dump_database(o.db)
    with o.db.unit_of_work() as uow:
        uow.begin(o.chief, Permission.READ, "test.rollback")
        uow.session.add(_clone(src, uow.session))
        uow.session.flush()
        uow.session.rollback()
    assert dump_database(o.db) == snap

    text_cols = _text_columns(model)
    if getattr(model, "__immutable__", False):
        for change in ("update", "delete"):
            with pytest.raises(RuleViolation), o.db.unit_of_work() as uow:
                uow.begin(o.chief, Permission.READ, f"test.{change}")
                r = uow.session.get(model, row.id)
                if change == "update":
                    setattr(r, text_cols[0], "changed")
                else:
                    uow.session.delete(r)
                uow.commit()
            assert dump_database(o.db) == snap
        return

    # update
    before = _log_state(o)
    with o.db.unit_of_work() as uow:
        uow.begin(o.chief, Permission.READ, "test.update")
        r = uow.session.get(model, row.id)
        setattr(r, text_cols[0], "changed")
        uow.commit()
        new_hlc = r.hlc
    entry = _check_appended(o, before, model, row.id, "update")
    assert entry.hlc == new_hlc > row.hlc and '"changed"' in (entry.data or "")

    # delete leaves a tombstone: key, clock, origin, no content
    before = _log_state(o)
    with o.db.unit_of_work() as uow:
        uow.begin(o.chief, Permission.READ, "test.delete")
        uow.session.delete(uow.session.get(model, row.id))
        uow.commit()
    entry = _check_appended(o, before, model, row.id, "delete")
    assert entry.data is None and entry.hlc > new_hlc
    with o.db.read() as s:
        tomb = s.get(Tombstone, (model.__tablename__, row.id))
        assert tomb is not None and tomb.hlc == entry.hlc and tomb.origin_site == o.db.site_id


def test_one_audit_entry_per_change_log_entry(walked: OfficeFixture) -> None:
    from milrep.services.site_keys import KEY_CREATED  # local facts: keys are never synced

    with walked.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action != KEY_CREATED)) == \
            s.scalar(select(func.count()).select_from(ChangeLogEntry))


def test_bulk_statements_on_synced_tables_are_refused(walked: OfficeFixture) -> None:
    from milrep.models.contracts import Contract

    snap = dump_database(walked.db)
    with pytest.raises(RuntimeError, match="bypasses the change log"), \
            walked.db.unit_of_work() as uow:
        uow.begin(walked.chief, Permission.READ, "test.bulk")
        uow.session.execute(update(Contract).values(subject="x"))
    assert dump_database(walked.db) == snap


def test_writes_without_an_actor_are_refused(walked: OfficeFixture) -> None:
    from milrep.models.organizations import Organization, OrgKind

    with pytest.raises(RuntimeError, match="without an actor"), walked.db.read() as s:
        s.add(Organization(kind=OrgKind.RECIPIENT, name="x", bin="", address=""))
        s.flush()


# --- the hybrid logical clock ---------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(start=st.integers(0, 2**40), steps=st.lists(st.tuples(
    st.integers(-5000, 5000), st.one_of(st.none(), st.integers(-10_000, 10_000),
                                        st.just(COUNTER_MAX))), max_size=60))
def test_hlc_strictly_increases_whatever_the_wall_clock_does(
        start: int, steps: list[tuple[int, int | None]]) -> None:
    wall = [start]
    clock = HybridClock(now_ms=lambda: wall[0])
    seen = [clock.last]
    for jump, remote in steps:
        wall[0] = max(0, wall[0] + jump)  # the wall clock may go backwards
        if remote is None:
            value = clock.tick()
        else:
            r = pack(max(0, wall[0] + remote), COUNTER_MAX if remote == COUNTER_MAX else 7)
            value = clock.receive(r)
            assert value > r
        assert value > seen[-1]
        assert unpack(value)[1] <= COUNTER_MAX
        seen.append(value)


def test_hlc_refuses_remote_clocks_far_ahead() -> None:
    clock = HybridClock(now_ms=lambda: 1_000_000)
    before = clock.last
    with pytest.raises(ValueError):
        clock.receive(pack(1_000_000 + MAX_DRIFT_MS + 1, 0))
    with pytest.raises(ValueError):
        clock.receive(-1)
    assert clock.last == before


def test_hlc_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridClock(last=pack(500, COUNTER_MAX - 1), now_ms=lambda: 10)
    assert clock.tick() == pack(500, COUNTER_MAX)
    assert clock.tick() == pack(501, 0)


def test_hlc_is_safe_across_threads() -> None:
    """The UI writes on a worker thread while others read: no two ticks may be equal."""
    def slow_wall() -> int:
        time.sleep(0)  # invite a thread switch between reading and writing the clock
        return 42

    clock = HybridClock(now_ms=slow_wall)
    out: list[int] = []

    def work() -> None:
        out.extend(clock.tick() for _ in range(300))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(out)) == len(out) == 2400


def test_hlc_is_persisted_and_survives_reopen(office: OfficeFixture) -> None:
    from milrep.models.organizations import OrgKind
    from milrep.services import organizations

    with office.db.read() as s:
        top = s.scalar(select(func.max(ChangeLogEntry.hlc)))
        persisted = s.scalar(select(SiteClock.last_hlc))
    assert persisted == office.db.clock.last >= top
    office.db.close()
    # a workstation whose wall clock is now far behind
    import milrep.db.hlc as hlc
    db, chief = open_database(office.path, "chief", CHIEF_PASSWORD)
    try:
        db.clock._now_ms = lambda: 1000  # type: ignore[attr-defined]
        assert db.clock.last == persisted
        with db.unit_of_work() as uow:
            organizations.create_organization(uow, chief, form=organizations.OrganizationForm(
                kind=OrgKind.RECIPIENT, name="Military unit 777"))
        with db.read() as s:
            assert s.scalar(select(func.max(ChangeLogEntry.hlc))) > persisted
    finally:
        db.close()
    del hlc


def test_hlc_merges_a_clock_advanced_by_another_process(office: OfficeFixture) -> None:
    """The CLI and the GUI on one database: each keeps its own clock object."""
    from milrep.models.organizations import OrgKind
    from milrep.services import organizations

    db2, chief2 = open_database(office.path, "chief", CHIEF_PASSWORD)
    try:
        db2.clock._now_ms = lambda: unpack(office.db.clock.last)[0] + 10_000  # type: ignore[attr-defined]
        with db2.unit_of_work() as uow:
            organizations.create_organization(uow, chief2, form=organizations.OrganizationForm(
                kind=OrgKind.RECIPIENT, name="Military unit 1"))
        ahead = db2.clock.last
    finally:
        db2.close()
    with office.db.unit_of_work() as uow:
        organizations.create_organization(uow, office.chief, form=organizations.OrganizationForm(
            kind=OrgKind.RECIPIENT, name="Military unit 2"))
    with office.db.read() as s:
        hlcs = list(s.scalars(select(ChangeLogEntry.hlc).order_by(ChangeLogEntry.seq)))
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    assert hlcs[-1] > ahead
