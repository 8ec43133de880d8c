"""Choosing, installing and switching the UI language (Qt translators, RTL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import unlock
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from outreach_desktop.core.settings import Key, Settings
from outreach_desktop.gui.vault_tasks import settings_path
from outreach_desktop.i18n import LANGUAGES, LanguageManager, choose_language


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    yield manager
    manager.install("en")  # later tests expect English, left to right
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_language_comes_from_command_line_then_settings_then_system_then_german() -> None:
    assert choose_language("tr", "ru", ["uk-UA"]) == "tr"
    assert choose_language(None, "ru", ["uk-UA"]) == "ru"
    assert choose_language(None, None, ["fr-FR", "uk-UA", "en"]) == "uk"
    assert choose_language(None, None, ["fr_FR"]) == "de"
    assert choose_language(None, "xx", []) == "de"


def test_seven_languages_in_their_own_names() -> None:
    assert LanguageManager.available_languages() == LANGUAGES
    assert list(LANGUAGES) == ["de", "en", "tr", "ar", "fa", "ru", "uk"]
    assert LANGUAGES["ar"] == "العربية"


def test_arabic_and_farsi_turn_the_layout_right_to_left(languages: LanguageManager) -> None:
    for code, direction in (("ar", Qt.LayoutDirection.RightToLeft),
                            ("de", Qt.LayoutDirection.LeftToRight),
                            ("fa", Qt.LayoutDirection.RightToLeft)):
        languages.install(code)
        assert QApplication.layoutDirection() == direction
        assert QLocale().name().startswith(code)


def test_qt_own_strings_follow_the_language(languages: LanguageManager) -> None:
    languages.install("de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    languages.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_missing_catalogue_falls_back_to_source_text(qapp, tmp_path) -> None:
    manager = LanguageManager(qapp, catalogue_dir=tmp_path)
    manager.install("tr")
    try:
        assert not manager.has_catalogue("tr")
        assert QCoreApplication.translate("Screens", "Outreach Desktop") == "Outreach Desktop"
    finally:
        manager.install("en")


@pytest.mark.usefixtures("existing_vault")
def test_language_menu_switches_at_runtime_and_is_remembered(
        qtbot, make_controller, data_dir, languages: LanguageManager) -> None:
    controller = make_controller(languages=languages)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    retranslated = []
    original = window.retranslate
    window.retranslate = lambda: (retranslated.append(True), original())  # type: ignore[method-assign]

    window.language_actions["ar"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: bool(retranslated))  # LanguageChange reached the window
    assert window.language_actions["ar"].isChecked()
    qtbot.waitUntil(lambda: Settings(settings_path(data_dir)).get(Key.LANGUAGE) == "ar")


def test_plural_lock_line_is_translated_in_every_language(qapp) -> None:
    """The lock screen's plural line is found in each catalogue (its context must match)."""
    from outreach_desktop.gui.text import lock_reason_line

    manager = LanguageManager(qapp)
    english = {}
    try:
        for lang in LANGUAGES:
            manager.install(lang)
            english[lang] = lock_reason_line(5)
            assert "minute(s)" not in english[lang]
            assert "5" in english[lang]
    finally:
        manager.install("en")
    assert english["de"] != english["en"] and english["ar"] != english["en"]
