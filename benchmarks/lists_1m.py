"""Benchmark 2: the control list over 1,000,000 rows — first page, filter, jump to the last row.

Each operation goes through milrep.services.lists exactly as the list screen's model calls it
(count + one page of 200) and is compared with the raw SQL of the same page on the same
connection. The million-row database is built once with ``milrep demo --records 1000000`` and
cached under .bench/ (delete it to rebuild).
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from milrep import demo
from milrep.db.keyslots import FAST_KDF_FOR_TESTS
from milrep.db.store import Database, open_database
from milrep.services import lists

from benchmarks.common import CACHE, Figure, median_of

ROWS = 1_000_000
PASSWORD = "Bench2026pass"
PAGE = 200
GOAL_MS = 150.0
GOAL_RATIO = 2.0
FILTER = "antenna mast"

_RAW_COLUMNS = ("SELECT i.id, i.name, i.nomenclature_code, i.kind, i.quantity, i.unit, "
                "i.delivery_deadline, i.tech_doc_ref, c.number FROM control_list_items i "
                "JOIN contracts c ON c.id = i.contract_id ")


def million_row_db(rows: int = ROWS) -> Path:
    path = CACHE / "list-1m.milrep"
    if path.exists():
        db, _ = open_database(path, "chief", PASSWORD)
        try:
            with db.read() as s:
                if lists.count_rows(s, lists.CONTROL_LIST, lists.ListQuery()) >= rows:
                    return path
        finally:
            db.close()
        demo.remove_demo(path, PASSWORD)
    CACHE.mkdir(exist_ok=True)
    print(f"building the {rows:,}-row database in {path} (once; a few minutes)…", flush=True)
    t0 = time.perf_counter()
    # records counts contracts + items (one contract per 50 rows): ask for enough items.
    demo.build_demo(path, password=PASSWORD, records=rows * demo.ITEMS_PER_CONTRACT
                    // (demo.ITEMS_PER_CONTRACT - 1) + 100, kdf=FAST_KDF_FOR_TESTS)
    print(f"  built in {time.perf_counter() - t0:.0f} s", flush=True)
    return path


def _like(word: str) -> str:
    return "%" + word.casefold() + "%"


def run(rows: int = ROWS) -> list[Figure]:
    path = million_row_db(rows)
    db, _ = open_database(path, "chief", PASSWORD)
    try:
        with db.engine.begin() as conn:  # the FTS prototype of earlier runs, now in the schema
            conn.exec_driver_sql("DROP TABLE IF EXISTS bench_cl_fts")
        return _measure(db)
    finally:
        db.close()


def _measure(db: Database) -> list[Figure]:
    spec = lists.CONTROL_LIST
    figures: list[Figure] = []
    with db.read() as s:
        conn = s.connection()
        total_all = lists.count_rows(s, spec, lists.ListQuery())  # warm the page cache once

        def first_page() -> None:
            q = lists.ListQuery()
            total = lists.count_rows(s, spec, q)
            lists.fetch_page(s, spec, q, offset=0, limit=PAGE, total=total)

        def first_page_raw() -> None:
            conn.execute(text("SELECT count(*) FROM control_list_items")).scalar()
            conn.execute(text(_RAW_COLUMNS + "ORDER BY i.name, i.rowid LIMIT 200")).all()

        code = conn.execute(text("SELECT nomenclature_code FROM control_list_items "
                                 "ORDER BY name LIMIT 1 OFFSET :o"), {"o": total_all // 2}).scalar()
        selective = str(code).casefold()

        def app(text_: str, short_words: bool = True):  # type: ignore[no-untyped-def]
            def run() -> None:
                q = lists.ListQuery(text=text_, short_words=short_words)
                total = lists.count_rows(s, spec, q)
                lists.fetch_page(s, spec, q, offset=0, limit=PAGE, total=total)
            return run

        def raw_indexed(text_: str):  # type: ignore[no-untyped-def]
            """The same page in hand-written SQL: count in the index, page along the name index."""
            match = " AND ".join('"' + w + '"' for w in text_.casefold().split())

            def run() -> None:
                n = int(conn.execute(text("SELECT count(*) FROM control_list_items_search "
                                          "WHERE control_list_items_search MATCH :m"),
                                     {"m": match}).scalar() or 0)
                plus = "+" if n > lists.DENSE_MATCHES else ""
                conn.execute(text(_RAW_COLUMNS + f"WHERE {plus}i.rowid IN (SELECT rowid FROM "
                                  "control_list_items_search WHERE control_list_items_search "
                                  "MATCH :m) ORDER BY i.name, i.rowid LIMIT :n"),
                             {"m": match, "n": min(PAGE, n)}).all()
            return run

        def last_row() -> None:
            lists.fetch_page(s, spec, lists.ListQuery(), offset=total_all - PAGE, limit=PAGE,
                             total=total_all)

        def last_row_raw() -> None:
            conn.execute(text(_RAW_COLUMNS + "ORDER BY i.name DESC, i.rowid DESC LIMIT 200")).all()

        cases = (("first page (count + 200 rows)", first_page, first_page_raw),
                 (f"filter \"{FILTER}\", ~7 % of rows match (count + first 200)", app(FILTER),
                  raw_indexed(FILTER)),
                 (f"filter \"{selective}\", one match (count + page)", app(selective),
                  raw_indexed(selective)),
                 ("jump to the last row (200 rows)", last_row, last_row_raw),
                 ("filter \"ab radio\" as the list screen runs it on a long list (\"ab\" is "
                  "too short for the index and left out; count + first 200)",
                  app("ab radio", short_words=False), raw_indexed("radio")))
        for name, fn, raw in cases:
            fn()  # warm
            t = median_of(fn, 5) * 1000
            t_raw = median_of(raw, 5) * 1000
            figures.append(Figure(f"2. Control list, {total_all:,} rows", name, t, "ms",
                                  f"≤ {GOAL_MS:.0f} ms", t <= GOAL_MS,
                                  f"raw SQL {t_raw:.1f} ms"))
            ratio = t / t_raw if t_raw else 0.0
            figures.append(Figure(f"2. Control list, {total_all:,} rows",
                                  f"{name}: service / raw SQL", ratio, "×",
                                  f"≤ {GOAL_RATIO:.0f}×", ratio <= GOAL_RATIO))
    return figures

