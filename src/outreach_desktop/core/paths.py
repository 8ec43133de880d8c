"""Where the app keeps its data: the default folder, and the files of a vault in it.

Light on purpose (no SQLAlchemy, no cryptography): the GUI uses it before its first screen.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
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


@dataclass(frozen=True)
class VaultPaths:
    """Where a vault's files live inside its data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "vault.db"

    @property
    def key_file(self) -> Path:
        return self.root / "vault.key"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def database_files(self) -> list[Path]:
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
