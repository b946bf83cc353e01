"""The interface language: Qt translators, the stored choice, and live switching.

Every visible string in ``ui/`` is written ``translate("Context", "English text")`` (this module's
``translate`` is ``QCoreApplication.translate``, so ``pyside6-lupdate`` extracts it). Switching the
language installs new translators; Qt then sends ``QEvent.LanguageChange`` to every widget, and each
screen re-sets its texts in ``retranslate()`` without touching what the user typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from milrep import i18n as core_i18n
from ui import format as fmt

translate = QCoreApplication.translate

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))
SETTINGS_KEY = "ui/language"


def stored_language(settings: QSettings) -> str:
    code = str(settings.value(SETTINGS_KEY, "") or "")
    if code in dict(LANGUAGES):
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in dict(LANGUAGES) else "en"


class LanguageManager:
    """Owns the installed translators; :meth:`apply` switches the whole application live."""

    def __init__(self, app: QCoreApplication, settings: QSettings) -> None:
        self.app = app
        self.settings = settings
        self.current = "en"
        self._translators: list[QTranslator] = []
        core_i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))

    def apply(self, code: str, *, remember: bool = True) -> bool:
        """Install ``code``'s translations; True when a catalogue was found (English needs none)."""
        if code not in dict(LANGUAGES):
            code = "en"
        for t in self._translators:
            self.app.removeTranslator(t)
        self._translators = []
        found = code == "en"
        if code != "en":
            ours = QTranslator(self.app)
            if ours.load(str(TRANSLATIONS_DIR / f"milrep_{code}.qm")):
                self._translators.append(ours)
                found = True
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
        for t in self._translators:
            self.app.installTranslator(t)
        self.current = code
        fmt.set_language(code)
        QLocale.setDefault(QLocale(code if code != "en" else "en_GB"))
        if remember:
            self.settings.setValue(SETTINGS_KEY, code)
        if not self._translators:
            # No catalogue changed, yet labels built from the core (statuses, formats) must
            # still be redrawn: send the event Qt would have sent.
            from PySide6.QtCore import QEvent  # noqa: PLC0415

            QCoreApplication.sendEvent(self.app, QEvent(QEvent.Type.LanguageChange))
        return found
