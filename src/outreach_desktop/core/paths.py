"""Where the app keeps its data by default: the platform's local (non-roaming) folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "OutreachDesktop"
DATA_DIR_ENV = "OUTREACH_DATA_DIR"


def default_data_dir() -> Path:
    """``$OUTREACH_DATA_DIR`` if set, else e.g. ``~/.local/share/OutreachDesktop`` on Linux,
    ``%LOCALAPPDATA%\\OutreachDesktop`` on Windows (never the roaming profile)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
