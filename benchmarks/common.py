"""Shared pieces: figures, timing, and an office database on an encrypted or a plain engine."""

from __future__ import annotations

import datetime as dt
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event

from milrep.db import migrate
from milrep.db.engine import make_engine, make_plain_engine
from milrep.db.hlc import HybridClock
from milrep.db.keyslots import FAST_KDF_FOR_TESTS, new_database_key
from milrep.db.store import Database
from milrep.models import Meta, Office, Site, User
from milrep.models.users import Role
from milrep.services.auth import Actor

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
SQLCIPHER_CACHE = -8000  # PRAGMA cache_size of a fresh sqlcipher3 connection


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


def office_db(path: Path, *, encrypted: bool) -> tuple[Database, Actor]:
    """A fresh office (office, site, head of office) on SQLCipher or on plain SQLite.

    Same schema, same Database class, same services and journal hooks: only the engine differs.
    """
    key = new_database_key()
    engine = make_engine(path, key) if encrypted else make_plain_engine(path)
    if not encrypted:
        # SQLCipher's build defaults to an 8 MiB page cache, Python's sqlite3 to 2 MiB: give the
        # plain engine the same cache so only the encryption differs.
        event.listen(engine, "connect",
                     lambda conn, _rec: conn.execute(f"PRAGMA cache_size = {SQLCIPHER_CACHE}"))
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
