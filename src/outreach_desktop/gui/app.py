"""``outreach-desktop``: parse the command line, install the translators, start the app.

Start-up must reach the first screen within a second, so this module and everything it
imports at the top stay free of the heavy core (vault, SQLAlchemy, Alembic, zxcvbn).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from outreach_desktop.core.paths import default_data_dir
from outreach_desktop.core.settings import Key, Settings
from outreach_desktop.gui.i18n import (
    LANGUAGES,
    LanguageManager,
    choose_language,
    system_ui_languages,
)
from outreach_desktop.gui.pyside_workarounds import keep_singletons_alive
from outreach_desktop.gui.vault_tasks import settings_path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="outreach-desktop",
                                     description="Outreach Desktop: encrypted case management.")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data folder (default: the platform's local app data folder)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None,
                        help="user interface language (default: settings, else system, else de)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING)
    data_dir: Path = args.data_dir or default_data_dir()
    keep_singletons_alive()

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Outreach Desktop")
    app.setQuitOnLastWindowClosed(False)  # locking swaps windows; the controller quits
    languages = LanguageManager(app)
    saved_language = Settings(settings_path(data_dir)).get(Key.LANGUAGE)
    languages.install(choose_language(args.lang, saved_language, system_ui_languages()))

    from outreach_desktop.gui.controller import AppController  # widgets: after translators

    controller = AppController(data_dir, languages=languages)
    controller.finished.connect(app.quit)
    app.aboutToQuit.connect(controller.quit)  # e.g. the session ends: still lock first
    controller.start()
    return app.exec()
