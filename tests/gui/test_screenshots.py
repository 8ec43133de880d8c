"""Screenshots of every screen in German and Arabic, for a person to look at.

The real app runs in a separate process (tools/screenshots.py); the folder is printed at
the end of the test run ("screenshots written to ...").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SCREENS = ("setup", "main_window", "workspace_today", "workspace_clients", "lock_screen",
           "unlock_wrong_passphrase")


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory, pytestconfig) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    pytestconfig.stash.setdefault(SCREENSHOT_FOLDERS, []).append(folder)
    return folder


SCREENSHOT_FOLDERS = pytest.StashKey[list]()


def _distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.mark.parametrize("lang", ["de", "ar", "fa"])
def test_screenshots_of_every_screen(lang, screenshot_dir, qapp) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(REPO / "tools" / "screenshots.py"), "--lang", lang,
                    "--out", str(screenshot_dir)], check=True, env=env, timeout=600,
                   capture_output=True)
    for name in SCREENS:
        image = QImage(str(screenshot_dir / lang / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() > 300 and image.height() > 150, name
        assert _distinct_colours(image) > 3, f"{name} looks blank"
    record = sorted((screenshot_dir / lang).glob("record*.png"))
    assert record, "no client record screenshots"
    for name in ("form_consent_ar_de", "form_client_mode", "record_forms", "record_feedback",
                 "record_sync_overview", "sync_status", "sync_conflicts", "sync_rejected",
                 "supervisor_review", "supervisor_team", "supervisor_figures"):
        image = QImage(str(screenshot_dir / lang / f"{name}.png"))
        assert not image.isNull() and _distinct_colours(image) > 3, name
