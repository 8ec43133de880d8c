"""Short texts more than one screen shows, kept in one place so they are translated once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def data_folder_line(data_dir: Path) -> str:
    return QCoreApplication.translate("Screens", "Data folder: %1").replace("%1", str(data_dir))


def lock_reason_line(idle_minutes: int | None) -> str:
    """What the lock screen says about why it is locked (None: locked by hand)."""
    if idle_minutes is None:
        #: Shown on the lock screen after the user chose File > Lock.
        return QCoreApplication.translate("Screens", "Locked")
    return QCoreApplication.translate(
        "Screens", "Locked after %n minute(s) without activity", None, idle_minutes)


def app_title() -> str:
    #: The product name; usually left untranslated.
    return QCoreApplication.translate("Screens", "Outreach Desktop")
