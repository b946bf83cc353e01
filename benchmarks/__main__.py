"""``python -m benchmarks``: run the suite, print the table, rewrite docs/PERFORMANCE.md's figures."""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import platform
import sys
from concurrent.futures import ProcessPoolExecutor

from benchmarks.common import Figure, run_suite
from benchmarks.report import render_table, update_performance_md


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--only", default="1,2,3,4,5,6", help="benchmarks to run, e.g. 1,3 (default all)")
    p.add_argument("--rows", type=int, default=1_000_000, help="rows of the list benchmark")
    p.add_argument("--no-write", action="store_true", help="do not rewrite PERFORMANCE.md")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    figures: list[Figure] = []
    for key in args.only.split(","):
        print(f"running benchmark {key}…", flush=True)
        # each suite in a fresh interpreter: what one leaves in memory (a million rows read,
        # a grown heap) does not slow the next, and a figure reads the same run alone or in all
        with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as pool:
            figures += pool.submit(run_suite, key.strip(), args.rows).result()
    table = render_table(figures)
    print(table)
    if not args.no_write and args.only == "1,2,3,4,5,6":
        machine = (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
                   f"Python {platform.python_version()}")
        update_performance_md(table, when=dt.date.today().isoformat(), machine=machine)
        print("docs/PERFORMANCE.md updated")
    missed = [f for f in figures if f.ok is False]
    if missed:
        print(f"{len(missed)} goal(s) missed: see docs/PERFORMANCE.md")
    return 0  # a missed goal is reported, not a failed run


if __name__ == "__main__":
    sys.exit(main())
