"""Hatch build hook: compile the committed Qt translation sources (.ts) into .qm.

The .qm files are build products and are never committed (see .gitignore). They are
written into the package so that editable installs find them too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    """Qt's lrelease as shipped inside the PySide6 wheel (the build requires PySide6)."""
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                              else "lrelease")
    if binary.exists():
        return [str(binary)]
    script = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if script:
        return [script]
    raise RuntimeError("lrelease not found: the build needs PySide6-Essentials installed")


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        out = root / "src" / "outreach_desktop" / "gui" / "translations"
        out.mkdir(parents=True, exist_ok=True)
        for ts in sorted((root / "translations").glob("*.ts")):
            qm = out / (ts.stem + ".qm")
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        build_data.setdefault("artifacts", []).append("src/outreach_desktop/gui/translations/*.qm")
