"""Translation catalogues: extract, compile, and fill them (``make translations``).

English is the source language. Russian (``ru``) and Kazakh (``kk``) catalogues live in
``resources/translations/milrep_<lang>.ts`` (the source of truth, reviewed as text) and are
compiled to ``.qm`` files that the application loads.

    python -m ui.i18n_tools update              # lupdate over milrep/ and ui/, then lrelease
    python -m ui.i18n_tools unfinished ru       # JSON list of entries still to translate
    python -m ui.i18n_tools apply ru FILE.json  # fill entries from {"context\\u0004source": text}
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk")
SEP = "\u0004"  # the separator Qt itself uses between context and source


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"milrep_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"milrep_{lang}.qm"


def source_files() -> list[Path]:
    files = sorted((ROOT / "milrep").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    return [f for f in files if "__pycache__" not in f.parts and f.name != "i18n_tools.py"]


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts_files: list[Path]) -> None:
    """Extract every tr()/translate() string into the given catalogues (obsolete ones dropped)."""
    files = [str(f.relative_to(ROOT)) for f in source_files()]
    args = [_tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts",
            *[str(t) for t in ts_files]]
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def lrelease(lang: str) -> None:
    subprocess.run([_tool("lrelease"), str(ts_path(lang)), "-qm", str(qm_path(lang))],
                   check=True, capture_output=True)


def entries(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished) for every message."""
    out: list[tuple[str, str, str | None]] = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                             "obsolete") and (tr.text or "")
            out.append((name, msg.findtext("source") or "", (tr.text if done else None)))
    return out


def apply(lang: str, mapping: dict[str, str]) -> int:
    """Fill translations from ``mapping`` keyed by ``context + SEP + source``; return the count."""
    path = ts_path(lang)
    tree = ET.parse(path)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = name + SEP + (msg.findtext("source") or "")
            if key in mapping and mapping[key].strip():
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                tr.text = mapping[key]
                tr.attrib.pop("type", None)
                n += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m ui.i18n_tools")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("update")
    u = sub.add_parser("unfinished")
    u.add_argument("lang", choices=LANGUAGES)
    a = sub.add_parser("apply")
    a.add_argument("lang", choices=LANGUAGES)
    a.add_argument("file", type=Path)
    args = p.parse_args(argv)
    if args.cmd == "update":
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        lupdate([ts_path(lang) for lang in LANGUAGES])
        for lang in LANGUAGES:
            lrelease(lang)
            missing = sum(1 for e in entries(ts_path(lang)) if e[2] is None)
            print(f"{lang}: {len(entries(ts_path(lang)))} messages, {missing} unfinished")
    elif args.cmd == "unfinished":
        todo = [{"key": c + SEP + s, "context": c, "source": s}
                for c, s, t in entries(ts_path(args.lang)) if t is None]
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        mapping = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{apply(args.lang, mapping)} translations applied")
        lrelease(args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
