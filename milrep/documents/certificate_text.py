"""The languages a certificate is printed in: Kazakh then Russian on the same paper (the default,
as state documents in Kazakhstan are), or one language.

Each text is produced by calling a function under :func:`milrep.i18n.language` for every
language of the document, so the wording stays in the translation catalogues (``translate``)
like every other text of milrep; when a text is the same in both languages (a translation not
made yet, or a word written alike) it is printed once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from milrep import i18n
from milrep.errors import ValidationError
from milrep.i18n import translate

BILINGUAL = ("kk", "ru")
#: ``--lang`` choices of ``milrep certificate pdf``: a language, or ``both`` (Kazakh and Russian)
CHOICES = (*i18n.LANGUAGES, "both")


def parse_languages(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """``"both"`` → ("kk", "ru"); ``"ru"`` → ("ru",); a sequence is checked as is; None stays
    None (the default of :func:`milrep.documents.certificate.render`)."""
    if value is None:
        return None
    codes = BILINGUAL if value == "both" else (value,) if isinstance(value, str) else tuple(value)
    bad = [c for c in codes if c not in i18n.LANGUAGES]
    if bad or not codes:
        raise ValidationError(translate("milrep", "Unknown language \"{lang}\"; choose one of: "
                                        "{languages}.").format(lang=", ".join(bad) or value,
                                                               languages=", ".join(CHOICES)),
                              field="language")
    return tuple(dict.fromkeys(codes))


def explicit_language_in_force() -> bool:
    """True inside ``render_document(..., language="ru")`` (an :func:`i18n.language` block): the
    caller chose one language for this document."""
    return i18n._override.get() is not None  # noqa: SLF001 - the documents package's own hook


@dataclass(frozen=True)
class Languages:
    """The languages of one document; ``None`` in ``codes`` is "the language in force"."""

    codes: tuple[str | None, ...]

    @property
    def bilingual(self) -> bool:
        return len(self.codes) > 1

    @property
    def last(self) -> str | None:
        """The language of the page frame (footer, "Copy No.", captions of the layout)."""
        return self.codes[-1]

    def each(self, text: Callable[[], str]) -> list[str]:
        """``text()`` in every language of the document, duplicates dropped, Kazakh first."""
        out: list[str] = []
        for code in self.codes:
            with i18n.language(code):
                value = text()
            if value and value not in out:
                out.append(value)
        return out

    def join(self, text: Callable[[], str], sep: str = " / ") -> str:
        return sep.join(self.each(text))
