"""Start the app in a fresh process and report its first screen (tests and bench use it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HEAVY_MODULES = ("sqlalchemy", "alembic", "zxcvbn", "sqlcipher3", "outreach_desktop.core.vault")

# Runs in a fresh interpreter: the time includes starting Python, PySide6 and the app.
PROBE = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from outreach_desktop.gui import app

def first_screen_shown():
    shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    heavy = [m for m in {heavy!r} if m in sys.modules]
    print(json.dumps({{"shown": shown, "heavy": heavy, "at": time.time()}}))
    QApplication.instance().quit()

QTimer.singleShot(0, first_screen_shown)
app.main(["--data-dir", sys.argv[1], "--lang", "de"])
"""


def start_app(data_dir: Path) -> dict:
    """Start the app in a new process; how long until its first screen was shown."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-X", "utf8", "-c",
         PROBE.format(heavy=HEAVY_MODULES), str(data_dir)],
        capture_output=True, text=True, env=env, timeout=60, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["seconds"] = result.pop("at") - started
    return result
