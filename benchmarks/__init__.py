"""The performance suite (DESIGN.md §9): ``python -m benchmarks`` (``make bench``).

Every figure is a ratio or a time measured in one run on this machine; the run prints a table and
rewrites the figures section of docs/PERFORMANCE.md.
"""
