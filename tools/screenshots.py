"""Save screenshots of the first-start screens, for looking at layout and translations.

    python tools/screenshots.py --lang de ar [--platform offscreen] [--out screenshots]

Runs the real app on a temporary data folder with an in-memory keyring (never the
system keyring) and the lowest allowed KDF cost, and writes per language:
setup.png, unlock_wrong_passphrase.png, lock_screen.png, main_window.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # MemoryKeyring lives with the test helpers

SCREENS = ("setup", "unlock_wrong_passphrase", "lock_screen", "main_window")
PASSPHRASE = "Kalk Ehrenfeld Nippes 2026!"


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected screen")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    """Let layouts, resizes and repaints finish before grabbing."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def save(widget, folder: Path, name: str) -> None:
    settle()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def shoot_language(lang: str, languages, out_dir: Path) -> None:
    from memory_keyring import MemoryKeyring
    from outreach_desktop.core.vault import KDF_FLOOR
    from outreach_desktop.core.vault.device_secret import DeviceSecretStore
    from outreach_desktop.gui.controller import AppController, AppState

    folder = out_dir / lang
    folder.mkdir(parents=True, exist_ok=True)
    languages.install(lang)
    with tempfile.TemporaryDirectory() as tmp:
        controller = AppController(Path(tmp) / "data", secrets=DeviceSecretStore(MemoryKeyring()),
                                   kdf=KDF_FLOOR, languages=languages)
        try:
            controller.start()
            setup = controller.setup_dialog
            setup.passphrase_field.line_edit.setText(PASSPHRASE)
            setup.repeat_field.line_edit.setText(PASSPHRASE[:-1])  # shows the mismatch line
            setup.adjustSize()
            save(setup, folder, "setup")
            setup.repeat_field.line_edit.setText(PASSPHRASE)
            setup.create_button.click()
            wait_until(lambda: controller.state is AppState.UNLOCKED)

            controller.main_window.resize(760, 480)
            save(controller.main_window, folder, "main_window")

            controller.lock(idle_minutes=5)
            unlock = controller.unlock_window
            wait_until(lambda: not controller.worker.is_busy)
            unlock.adjustSize()
            save(unlock, folder, "lock_screen")

            for _ in range(2):  # the second mistake starts the visible countdown
                wait_until(lambda: unlock.passphrase_field.isEnabled())
                unlock.passphrase_field.line_edit.setText("not the passphrase")
                failures = unlock.failures
                unlock.unlock_button.click()
                wait_until(lambda f=failures: unlock.failures == f + 1)
            unlock.adjustSize()
            save(unlock, folder, "unlock_wrong_passphrase")
        finally:
            controller.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["de", "ar"])
    parser.add_argument("--platform", default="offscreen", help="Qt platform plugin")
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform

    from PySide6.QtWidgets import QApplication

    from outreach_desktop.i18n import LanguageManager
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    languages = LanguageManager(app)
    for lang in args.lang:
        shoot_language(lang, languages, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
