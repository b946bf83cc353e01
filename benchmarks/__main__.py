"""``python -m benchmarks``: run the suite, print the table, rewrite docs/PERFORMANCE.md's figures."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from collections.abc import Callable

from benchmarks.common import Figure
from benchmarks.report import render_table, update_performance_md


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--only", default="1,2,3,4,5,6", help="benchmarks to run, e.g. 1,3 (default all)")
    p.add_argument("--rows", type=int, default=1_000_000, help="rows of the list benchmark")
    p.add_argument("--no-write", action="store_true", help="do not rewrite PERFORMANCE.md")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks import certificates, data_layer, lists_1m, reports, startup, sync

    suites: dict[str, Callable[[], list[Figure]]] = {
        "1": data_layer.run, "2": lambda: lists_1m.run(args.rows), "3": startup.run,
        "4": reports.run, "5": sync.run, "6": certificates.run}
    figures: list[Figure] = []
    for key in args.only.split(","):
        print(f"running benchmark {key}…", flush=True)
        figures += suites[key.strip()]()
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
