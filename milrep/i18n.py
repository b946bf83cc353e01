"""Translation hook for the core.

The core never imports Qt, yet its messages must reach the user in the user's language. Every
user-visible text in the core is written as ``translate("milrep", "English source")`` so that
``pyside6-lupdate`` extracts it into the same ``.ts`` catalogues as the UI; the UI (or the CLI)
installs the real translator with :func:`set_translator` at start-up.
"""

from __future__ import annotations

import datetime as dt
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

_translator: Callable[[str, str], str] | None = None
# A language chosen for one piece of work (a printed document in another language than the
# user's), visible only in the thread/context that chose it: the global translator is untouched.
_override: ContextVar[Callable[[str, str], str] | None] = ContextVar("milrep_language",
                                                                     default=None)


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Install the function used to translate core messages (``None`` restores English)."""
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language; the source text when no translator is set."""
    fn = _override.get() or _translator
    if fn is None:
        return text
    translated = fn(context, text)
    return translated or text


# --- the command line: the same catalogues without Qt ------------------------------------------

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "ru", "kk")


def format_date(d: dt.date | None) -> str:
    """A date as Kazakh and Russian documents write it (25.11.2026); a dash when unknown.

    Used for dates that end up in printed documents, including text stored with a record."""
    return d.strftime("%d.%m.%Y") if d is not None else "—"


def language_from_environment(environ: Mapping[str, str]) -> str:
    """``MILREP_LANG``, else the POSIX locale variables (``ru_RU.UTF-8`` → ``ru``); English otherwise."""
    for var in ("MILREP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        lang = value.split("_")[0].split(".")[0].lower()
        if value:
            return lang if lang in LANGUAGES else "en"
    return "en"


def load_catalogue(lang: str, folder: Path = TRANSLATIONS_DIR) -> dict[tuple[str, str], str]:
    """Finished translations of ``milrep_<lang>.ts`` keyed by (context, source text)."""
    path = folder / f"milrep_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = tr.text or next((f.text for f in tr.iter("numerusform") if f.text), None)
            if text:
                out[(name, msg.findtext("source") or "")] = text
    return out


def install_catalogue(lang: str) -> None:
    """Translate core messages from the ``.ts`` catalogue (used where Qt is not loaded)."""
    catalogue = load_catalogue(lang)
    set_translator((lambda context, text: catalogue.get((context, text), text)) if catalogue
                   else None)


_cache_lock = threading.Lock()
_cache: dict[tuple[str, Path], dict[tuple[str, str], str]] = {}


def cached_catalogue(lang: str, folder: Path = TRANSLATIONS_DIR) -> dict[tuple[str, str], str]:
    """:func:`load_catalogue`, parsed once per process."""
    with _cache_lock:
        key = (lang, folder)
        if key not in _cache:
            _cache[key] = load_catalogue(lang, folder)
        return _cache[key]


@contextmanager
def language(lang: str | None, folder: Path = TRANSLATIONS_DIR) -> Iterator[None]:
    """Within the block, :func:`translate` answers in ``lang`` ("en", "ru", "kk") from the ``.ts``
    catalogues, in this thread only; ``None`` keeps the user's language. Used to print a document
    in a language other than the user's without touching the installed translator."""
    if lang is None:
        yield
        return
    if lang not in LANGUAGES:
        from milrep.errors import ValidationError

        raise ValidationError(translate("milrep", "Unknown language \"{lang}\"; choose one of: "
                                        "{languages}.").format(lang=lang,
                                                               languages=", ".join(LANGUAGES)),
                              field="language")
    catalogue = cached_catalogue(lang, folder)
    token = _override.set(lambda context, text: catalogue.get((context, text), text))
    try:
        yield
    finally:
        _override.reset(token)
