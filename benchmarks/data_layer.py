"""Benchmark 1: the data layer on SQLCipher vs the same code on plain SQLite.

Write-heavy: contracts and control-list items created one user action at a time through the
services (validation, flush hooks, change log, hash-chained journal, one commit each).
Read-heavy: SQL-paged list queries through milrep.services.lists (count, first page, a filtered
page, a sorted page, a page far down the list) over 20,000 control-list items.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from milrep import demo_bulk
from milrep.db.store import Database
from milrep.models.control_list import ItemKind
from milrep.models.organizations import OrgKind
from milrep.services import contracts, control_list, lists, organizations
from milrep.services.auth import Actor

from benchmarks.common import Figure, office_db

GOAL = 1.3
WRITE_CONTRACTS = 60
ITEMS_PER_CONTRACT = 4
READ_ROWS = 20_000
READ_ROUNDS = 10


def _orgs(db: Database, chief: Actor) -> tuple[object, object]:
    ids = []
    for kind, name, bin_ in ((OrgKind.CONTRACTOR, "Zhetysu Instrument Plant JSC", "990340001234"),
                             (OrgKind.AUTHORIZED_BODY, "Ministry of Defense", "")):
        with db.unit_of_work() as uow:
            ids.append(organizations.create_organization(
                uow, chief, form=organizations.OrganizationForm(kind=kind, name=name,
                                                                bin=bin_)).id)
    return ids[0], ids[1]


def write_workload(db: Database, chief: Actor, plant: object, mod: object, tag: str) -> None:
    for n in range(WRITE_CONTRACTS):
        form = contracts.ContractForm(
            number=f"{tag}-{n}/2026", signed_on=dt.date(2026, 1, 20), customer_id=mod,  # type: ignore[arg-type]
            contractor_id=plant, subject=f"Supply of radio stations, order {n}",  # type: ignore[arg-type]
            valid_from=dt.date(2026, 1, 20), valid_until=dt.date(2027, 12, 31),
            value=Decimal("1840000000.00"), advance=Decimal("368000000.00"),
            stages=(contracts.StageForm("Stage 1", dt.date(2026, 6, 30)),))
        with db.unit_of_work() as uow:
            cid = contracts.create_contract(uow, chief, form=form).id
        assert cid is not None
        for k in range(ITEMS_PER_CONTRACT):
            with db.unit_of_work() as uow:
                control_list.create_item(uow, chief, form=control_list.ItemForm(
                    contract_id=cid, kind=ItemKind.MILITARY_GOODS, name=f"Radio station R-{k}",
                    nomenclature_code=f"5820-{k:03d}", quantity=40, unit="pcs",
                    tech_doc_ref="TU 6574-012-2026", tech_doc_revision="3"))


def read_workload(db: Database) -> None:
    spec = lists.CONTROL_LIST
    with db.read() as s:
        for r in range(READ_ROUNDS):
            for q in (lists.ListQuery(), lists.ListQuery(text="antenna"),
                      lists.ListQuery(sort="nomenclature_code", descending=bool(r % 2))):
                total = lists.count_rows(s, spec, q)
                for offset in (0, 200, total // 3, max(0, total - 200)):
                    lists.fetch_page(s, spec, q, offset=offset, limit=200, total=total)


def run() -> list[Figure]:
    times: dict[tuple[str, bool], float] = {}
    with tempfile.TemporaryDirectory(prefix="milrep-bench-") as tmp:
        dbs = {}
        for encrypted in (True, False):
            path = Path(tmp) / ("enc.milrep" if encrypted else "plain.sqlite")
            db, chief = office_db(path, encrypted=encrypted)
            plant, mod = _orgs(db, chief)
            dbs[encrypted] = (db, chief, plant, mod)
        # Interleave the two engines so both see the same machine state; keep the best round.
        for round_no in range(3):
            for encrypted, (db, chief, plant, mod) in dbs.items():
                t0 = time.perf_counter()
                write_workload(db, chief, plant, mod, f"W{round_no}")
                dt_ = time.perf_counter() - t0
                key = ("write", encrypted)
                times[key] = min(times.get(key, dt_), dt_)
        for encrypted, (db, chief, _plant, _mod) in dbs.items():
            demo_bulk.fill_records(db, chief, READ_ROWS)
        for _ in range(3):
            for encrypted, (db, *_rest) in dbs.items():
                t0 = time.perf_counter()
                read_workload(db)
                dt_ = time.perf_counter() - t0
                key = ("read", encrypted)
                times[key] = min(times.get(key, dt_), dt_)
        for db, *_rest in dbs.values():
            db.close()
    figures = []
    actions = WRITE_CONTRACTS * (1 + ITEMS_PER_CONTRACT)
    for kind, label in (("write", f"write-heavy ({actions} service calls, journal incl.)"),
                        ("read", f"read-heavy (paged list queries, {READ_ROWS:,} rows)")):
        enc, plain = times[(kind, True)], times[(kind, False)]
        ratio = enc / plain
        figures.append(Figure("1. SQLCipher vs plain SQLite", label, ratio, "×",
                              f"≤ {GOAL}×", ratio <= GOAL,
                              f"{enc * 1000:.0f} ms encrypted, {plain * 1000:.0f} ms plain"))
    return figures
