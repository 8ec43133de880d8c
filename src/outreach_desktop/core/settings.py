"""Device settings (never personal data): a small JSON file in the data folder.

Keys are an enum, not strings scattered around (KeePassXC's Config.h is the model).
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

from outreach_desktop.core.fileio import atomic_write


class Key(StrEnum):
    AUTO_LOCK_MINUTES = "auto_lock_minutes"
    LANGUAGE = "language"
    #: The main window's layout, base64 of Qt's saveGeometry/saveState (never content).
    WINDOW_GEOMETRY = "window_geometry"
    CLIENTS_SPLITTER = "clients_splitter"
    #: Which workspace page was open ("today" or "clients").
    WORKSPACE_PAGE = "workspace_page"


DEFAULTS: dict[Key, Any] = {Key.AUTO_LOCK_MINUTES: 5, Key.LANGUAGE: None,
                             Key.WINDOW_GEOMETRY: None, Key.CLIENTS_SPLITTER: None,
                             Key.WORKSPACE_PAGE: None}
AUTO_LOCK_RANGE = (1, 240)


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(path.read_text("utf-8"))
            if isinstance(loaded, dict):
                self._values = {k: v for k, v in loaded.items() if k in {m.value for m in Key}}
        except (OSError, ValueError):
            self._values = {}  # a damaged settings file falls back to defaults

    def get(self, key: Key) -> Any:
        return self._values.get(key.value, DEFAULTS[key])

    def set(self, key: Key, value: Any) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[Key, Any]) -> None:
        """Change several keys with one write of the file."""
        checked = {key.value: self._checked(key, value) for key, value in values.items()}
        self._values.update(checked)  # only once every value passed its check
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(self._values, indent=2, sort_keys=True).encode(), 0o600)

    @staticmethod
    def _checked(key: Key, value: Any) -> Any:
        if key is Key.AUTO_LOCK_MINUTES:
            low, high = AUTO_LOCK_RANGE
            value = int(value)
            if not low <= value <= high:
                raise ValueError(f"auto-lock must be between {low} and {high} minutes")
        return value

    @property
    def auto_lock_minutes(self) -> int:
        return int(self.get(Key.AUTO_LOCK_MINUTES))
