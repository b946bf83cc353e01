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
            conn.execute(text(_RAW_COLUMNS + "ORDER BY i.name, i.id LIMIT 200")).all()

        words = FILTER.split()

        def filtered() -> None:
            q = lists.ListQuery(text=FILTER)
            total = lists.count_rows(s, spec, q)
            lists.fetch_page(s, spec, q, offset=0, limit=PAGE, total=total)

        where = " AND ".join(f"i.search_text LIKE :w{n}" for n in range(len(words)))
        params = {f"w{n}": _like(w) for n, w in enumerate(words)}

        def filtered_raw() -> None:
            n = conn.execute(text("SELECT count(*) FROM control_list_items i WHERE " + where),
                             params).scalar()
            conn.execute(text(_RAW_COLUMNS + "WHERE " + where + " ORDER BY i.name, i.id "
                              "LIMIT :n"), {**params, "n": min(PAGE, int(n or 0))}).all()

        def last_row() -> None:
            lists.fetch_page(s, spec, lists.ListQuery(), offset=total_all - PAGE, limit=PAGE,
                             total=total_all)

        def last_row_raw() -> None:
            conn.execute(text(_RAW_COLUMNS + "ORDER BY i.name DESC, i.id DESC LIMIT 200")).all()

        code = conn.execute(text("SELECT nomenclature_code FROM control_list_items "
                                 "ORDER BY name LIMIT 1 OFFSET :o"), {"o": total_all // 2}).scalar()
        selective = str(code).casefold()

        def filtered_one() -> None:
            q = lists.ListQuery(text=selective)
            total = lists.count_rows(s, spec, q)
            lists.fetch_page(s, spec, q, offset=0, limit=PAGE, total=total)

        def filtered_one_raw() -> None:
            p = {"w0": _like(selective)}
            n = conn.execute(text("SELECT count(*) FROM control_list_items i WHERE "
                                  "i.search_text LIKE :w0"), p).scalar()
            conn.execute(text(_RAW_COLUMNS + "WHERE i.search_text LIKE :w0 ORDER BY i.name, "
                              "i.id LIMIT :n"), {**p, "n": min(PAGE, int(n or 0))}).all()

        for name, fn, raw in (("first page (count + 200 rows)", first_page, first_page_raw),
                              (f"filter \"{FILTER}\" (count + first 200)", filtered,
                               filtered_raw),
                              (f"filter \"{selective}\", one match (count + page)",
                               filtered_one, filtered_one_raw),
                              ("jump to the last row (200 rows)", last_row, last_row_raw)):
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
        figures += _fts_prototype(db, [words, [selective]])
    return figures


def _fts_prototype(db: Database, filters: list[list[str]]) -> list[Figure]:
    """The proposed fix for filtering: an FTS5 trigram index over search_text (kept in .bench).

    Count through the index; for the page, a filter matching many rows walks the name index
    with LIKE and stops after 200 hits (what fetch_page does today, fast when hits are dense),
    a filter matching few rows reads them through the index and sorts them.
    """
    raw = db.engine.raw_connection()
    figures = []
    try:
        cur = raw.cursor()
        cur.execute("SELECT name FROM sqlite_master WHERE name = 'bench_cl_fts'")
        if cur.fetchone() is None:
            t0 = time.perf_counter()
            cur.execute("BEGIN")
            cur.execute("CREATE VIRTUAL TABLE bench_cl_fts USING fts5(search_text, "
                        "content='control_list_items', tokenize='trigram')")
            cur.execute("INSERT INTO bench_cl_fts(bench_cl_fts) VALUES ('rebuild')")
            cur.execute("COMMIT")
            print(f"  built the FTS5 trigram prototype in {time.perf_counter() - t0:.0f} s",
                  flush=True)
        for words in filters:
            match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
            like = " AND ".join("i.search_text LIKE ?" for _ in words)
            likes = tuple(_like(w) for w in words)

            def fts() -> None:
                cur.execute("SELECT count(*) FROM bench_cl_fts WHERE bench_cl_fts MATCH ?",
                            (match,))
                n = cur.fetchone()[0]
                if n > 2000:
                    cur.execute(_RAW_COLUMNS + "WHERE " + like + " ORDER BY i.name, i.id "
                                "LIMIT 200", likes)
                else:
                    cur.execute(_RAW_COLUMNS + "WHERE i.rowid IN (SELECT rowid FROM "
                                "bench_cl_fts WHERE bench_cl_fts MATCH ?) ORDER BY i.name, i.id "
                                "LIMIT 200", (match,))
                cur.fetchall()

            fts()
            t = median_of(fts, 5) * 1000
            figures.append(Figure("2. Control list (proposal)",
                                  f"filter \"{' '.join(words)}\" via FTS5 trigram (prototype)",
                                  t, "ms", f"≤ {GOAL_MS:.0f} ms", t <= GOAL_MS,
                                  "not in the app yet: the proposed fix"))
    finally:
        raw.close()
    return figures
