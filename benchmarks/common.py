"""Shared pieces: figures, timing, and an office database on an encrypted or a plain engine."""

from __future__ import annotations

import datetime as dt
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from milrep.db import migrate
from milrep.db.engine import CONNECTION_PRAGMAS, make_engine
from milrep.db.hlc import HybridClock
from milrep.db.keyslots import FAST_KDF_FOR_TESTS, new_database_key
from milrep.db.store import Database
from milrep.models import Meta, Office, Site, User
from milrep.models.users import Role
from milrep.services.auth import Actor

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"


@dataclass(frozen=True)
class Figure:
    """One line of the results table."""

    group: str
    name: str
    value: float
    unit: str  # "×", "ms" or "s"
    goal: str
    ok: bool | None
    note: str = ""

    def shown(self) -> str:
        if self.unit == "×":
            return f"{self.value:.2f}×"
        if self.unit == "ms":
            return f"{self.value:.1f} ms"
        return f"{self.value:.2f} s"


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Seconds of the fastest of ``repeat`` runs (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _plain_engine(path: Path) -> Engine:
    """make_plain_engine's settings on sqlcipher3's own SQLite, opened without a key.

    Python's sqlite3 links another SQLite (3.40 here vs 3.53 in sqlcipher3) with a smaller page
    cache; an unkeyed sqlcipher3 connection is plain SQLite of the very same build, so only the
    encryption differs between the two runs.
    """

    def connect() -> sqlcipher.Connection:
        conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in CONNECTION_PRAGMAS:
            if "cipher" not in pragma:
                conn.execute(pragma)
        return conn

    engine = create_engine("sqlite+pysqlite://", module=sqlcipher, creator=connect,
                           poolclass=QueuePool, pool_size=4, max_overflow=4)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def office_db(path: Path, *, encrypted: bool) -> tuple[Database, Actor]:
    """A fresh office (office, site, head of office) on SQLCipher or on plain SQLite.

    Same schema, same Database class, same services and journal hooks: only the engine differs.
    """
    key = new_database_key()
    engine = make_engine(path, key) if encrypted else _plain_engine(path)
    migrate.upgrade(engine)
    site_id, chief_id = uuid.uuid4(), uuid.uuid4()
    db = Database(path=path, engine=engine, key=key, database_id=str(uuid.uuid4()),
                  site_id=site_id, clock=HybridClock(), kdf=FAST_KDF_FOR_TESTS)
    now = dt.datetime.now(dt.UTC)
    with db.unit_of_work() as uow:
        uow.session.info.update(actor="chief", action="office.create")
        uow.session.add_all([
            Meta(key="database_id", value=db.database_id), Meta(key="site_id", value=site_id.hex),
            Office(code="17", name="Bench office", plant_name="Bench plant", realm_id=uuid.uuid4()),
            Site(id=site_id, code="WS1", name="Bench"),
            User(id=chief_id, username="chief", full_name="Chief", role=Role.CHIEF,
                 created_at=now, password_changed_at=now),
        ])
        uow.commit()
    return db, Actor(chief_id, "chief", "Chief", Role.CHIEF)


def run_suite(key: str, rows: int) -> list[Figure]:
    """One suite's figures; ``python -m benchmarks`` runs each in a process of its own."""
    import os  # noqa: PLC0415

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import certificates, data_layer, lists_1m, reports, startup, sync  # noqa: PLC0415

    suites: dict[str, Callable[[], list[Figure]]] = {
        "1": data_layer.run, "2": lambda: lists_1m.run(rows), "3": startup.run,
        "4": reports.run, "5": sync.run, "6": certificates.run}
    return suites[key]()
