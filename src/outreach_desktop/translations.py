"""Loading the app's and Qt's translation catalogues (QtCore only, shared by GUI and CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Shipped UI languages, in their own names.
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
FALLBACK = "de"


def qm_dir() -> Path:
    return Path(__file__).resolve().parent / "gui" / "translations"


def system_language() -> str:
    """The first of the system's UI languages that we ship, else German."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK


def load_translators(lang: str) -> list[QTranslator]:
    """Our catalogue plus Qt's own (qtbase) for ``lang``; the caller keeps the references."""
    translators = []
    ours = QTranslator()
    if ours.load(str(qm_dir() / f"outreach_desktop_{lang}.qm")):
        translators.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    return translators


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    translators = load_translators(lang)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))
    return translators
