"""Log to a file in the data folder. Logs carry ids and counts, never names or passphrases."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from outreach_desktop.core.fileio import ensure_private_dir


def configure_logging(data_dir: Path, level: int = logging.INFO) -> None:
    ensure_private_dir(data_dir)
    folder = data_dir / "logs"
    ensure_private_dir(folder)
    path = folder / "outreach.log"
    root = logging.getLogger("outreach_desktop")
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    os.chmod(path, 0o600)
