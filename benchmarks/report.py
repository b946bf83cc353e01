"""The results table and the figures section of docs/PERFORMANCE.md."""

from __future__ import annotations

from benchmarks.common import ROOT, Figure

BEGIN = "<!-- figures:begin (written by `make bench`; do not edit by hand) -->"
END = "<!-- figures:end -->"
DOC = ROOT / "docs" / "PERFORMANCE.md"


def render_table(figures: list[Figure]) -> str:
    lines = ["| Benchmark | Measure | Figure | Goal | Met | Detail |",
             "|---|---|---|---|---|---|"]
    for f in figures:
        met = "—" if f.ok is None else ("yes" if f.ok else "**NO**")
        lines.append(f"| {f.group} | {f.name} | {f.shown()} | {f.goal} | {met} | {f.note} |")
    return "\n".join(lines)


def update_performance_md(table: str, *, when: str, machine: str) -> None:
    section = f"{BEGIN}\nMeasured {when} on {machine}.\n\n{table}\n{END}"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n## Figures\n\n" + section + "\n"
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
