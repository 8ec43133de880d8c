"""``outreach-desktop``: parse the command line, install the translators, start the app.

Start-up must reach the first screen within a second, so this module and everything it
imports at the top stay free of the heavy core (vault, SQLAlchemy, Alembic, zxcvbn).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from outreach_desktop.core.logs import configure_logging
from outreach_desktop.core.paths import default_data_dir
from outreach_desktop.core.settings import Key, Settings
from outreach_desktop.gui.vault_tasks import settings_path
from outreach_desktop.i18n import (
    LANGUAGES,
    LanguageManager,
    choose_language,
    requested_language,
    system_ui_languages,
)

translate = QCoreApplication.translate


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="outreach-desktop",
        description=translate("App", "Outreach Desktop: encrypted case management."))
    parser.add_argument("--data-dir", type=Path, default=None, help=translate(
        "App", "data folder (default: the platform's local app data folder)"))
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None, help=translate(
        "App", "user interface language (default: settings, else system, else de)"))
    parser.add_argument("--demo", action="store_true", help=translate(
        "App", "open the demo workspace (invented clients, its own data folder, a public "
               "passphrase shown on the unlock screen)"))
    return parser.parse_args(argv)


def demo_data_dir() -> Path:
    """The demo's own folder beside the real one (e.g. ``…/OutreachDesktop-Demo``): demo
    data, with its public passphrase, never shares a vault with real clients."""
    base = default_data_dir()
    return base.with_name(base.name + "-Demo")


def _default_dir(demo: bool) -> Path:
    return demo_data_dir() if demo else default_data_dir()


def _data_dir_arg(argv: Sequence[str]) -> Path | None:
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            return Path(argv[i + 1])
        if arg.startswith("--data-dir="):
            return Path(arg[len("--data-dir="):])
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Outreach Desktop")
    app.setQuitOnLastWindowClosed(False)  # locking swaps windows; the controller quits
    # Translators first (the command line's own help is translated too), then parse.
    early_dir = (_data_dir_arg(argv) or _default_dir("--demo" in argv)).expanduser()
    languages = LanguageManager(app)
    saved_language = Settings(settings_path(early_dir)).get(Key.LANGUAGE)
    languages.install(choose_language(requested_language(argv), saved_language,
                                      system_ui_languages()))
    args = parse_args(argv)
    data_dir: Path = (args.data_dir or _default_dir(args.demo)).expanduser()
    configure_logging(data_dir)

    from outreach_desktop.gui.controller import AppController  # widgets: after translators
    from outreach_desktop.gui.unlock_window import DemoMode

    controller = AppController(data_dir, languages=languages,
                               demo=DemoMode() if args.demo else None)
    controller.finished.connect(app.quit)
    app.aboutToQuit.connect(controller.quit)  # e.g. the session ends: still lock first
    controller.start()
    return app.exec()
