"""Translation hook for the core.

The core never imports Qt, yet its messages must reach the user in the user's language. Every
user-visible text in the core is written as ``translate("milrep", "English source")`` so that
``pyside6-lupdate`` extracts it into the same ``.ts`` catalogues as the UI; the UI (or the CLI)
installs the real translator with :func:`set_translator` at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Install the function used to translate core messages (``None`` restores English)."""
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language; the source text when no translator is set."""
    if _translator is None:
        return text
    translated = _translator(context, text)
    return translated or text
