"""Loading and switching the UI language (Qt translators), including right-to-left.

QtCore only, so the headless ``outreach`` command uses it too.

Translators must be installed before the first widget is built (Anki, KeePassXC), and a
reference to each must be kept, or Python frees it and the strings fall back to English.
Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; our
widgets answer it in ``changeEvent`` by calling their ``retranslate()``.

Our ``.qm`` files are built from ``translations/*.ts`` by the build hook. A missing file
is not an error: the English source strings show instead.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

log = logging.getLogger(__name__)

#: Supported languages in the order the menu lists them, each in its own name.
LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "fa": "فارسی",
    "ru": "Русский",
    "uk": "Українська",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
FALLBACK_LANGUAGE = "de"
CATALOGUE_PREFIX = "outreach_desktop_"


def translations_dir() -> Path:
    """Where the build hook writes our compiled ``.qm`` files (inside the package)."""
    return Path(__file__).parent / "gui" / "translations"


def choose_language(requested: str | None, saved: str | None,
                    system_languages: Iterable[str]) -> str:
    """The first supported of: the command line, the settings, the system's UI
    languages (``de-DE`` counts as ``de``); else German."""
    candidates = [requested, saved, *system_languages]
    for candidate in candidates:
        if not candidate:
            continue
        code = candidate.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK_LANGUAGE


def requested_language(argv: Sequence[str] | None) -> str | None:
    """``--lang`` read before argparse runs, so that its help and errors are translated."""
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg[len("--lang="):]
    return None


def system_ui_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


class LanguageManager:
    """Installs the translators of one language and swaps them at runtime."""

    def __init__(self, app: QCoreApplication, catalogue_dir: Path | None = None) -> None:
        self._app = app
        self._catalogue_dir = catalogue_dir or translations_dir()
        self._installed: list[QTranslator] = []  # references kept on purpose
        self.language: str | None = None

    @staticmethod
    def available_languages() -> dict[str, str]:
        """Code → name in that language. All are offered: without a catalogue a language
        shows the English source text (and Qt's own strings in that language)."""
        return dict(LANGUAGES)

    def has_catalogue(self, lang: str) -> bool:
        return (self._catalogue_dir / f"{CATALOGUE_PREFIX}{lang}.qm").is_file()

    def install(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language: {lang}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"{CATALOGUE_PREFIX}{lang}", self._catalogue_dir),
                             (f"qtbase_{lang}", Path(qt_dir))):
            translator = QTranslator(self._app)
            if translator.load(name, str(folder)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.debug("no catalogue %s; source strings are used", name)
        QLocale.setDefault(QLocale(lang))
        set_direction = getattr(self._app, "setLayoutDirection", None)  # GUI apps only
        if set_direction is not None:
            set_direction(Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT
                          else Qt.LayoutDirection.LeftToRight)
        self.language = lang
        log.info("language %s installed (%d catalogues)", lang, len(self._installed))
