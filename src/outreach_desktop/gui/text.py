"""Short texts more than one screen shows, kept in one place so they are translated once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"


class Screens(QObject):
    """Translation context "Screens" for plural texts (lupdate needs ``Class.tr`` for them)."""


def ltr_isolated(text: str) -> str:
    """Wrap a path or command so that Arabic or Farsi text around it cannot reorder it
    (without this, "/tmp/data" shows as "tmp/data/" in a right-to-left sentence)."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def data_folder_line(data_dir: Path) -> str:
    return QCoreApplication.translate("Screens", "Data folder: %1").replace(
        "%1", ltr_isolated(str(data_dir)))


def lock_reason_line(idle_minutes: int | None) -> str:
    """What the lock screen says about why it is locked (None: locked by hand)."""
    # Screens.tr for both: lupdate files a Class.tr call right after a
    # QCoreApplication.translate call under a wrong context.
    if idle_minutes is not None:
        return Screens.tr("Locked after %n minute(s) without activity", None, idle_minutes)
    #: Shown on the lock screen after the user chose File > Lock.
    return Screens.tr("Locked")


def app_title() -> str:
    #: The product name; usually left untranslated.
    return QCoreApplication.translate("Screens", "Outreach Desktop")
