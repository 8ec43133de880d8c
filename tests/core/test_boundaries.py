"""core never imports Qt: checked by importing every core module in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import outreach_desktop.core as core


def _core_modules() -> list[str]:
    names = [core.__name__]
    for info in pkgutil.walk_packages(core.__path__, prefix=core.__name__ + "."):
        if ".migrations" not in info.name:
            names.append(info.name)
    return names


def test_core_modules_are_found():
    modules = _core_modules()
    assert "outreach_desktop.core.vault.vault" in modules
    assert "outreach_desktop.core.client_import" in modules


def test_no_core_module_imports_qt():
    script = (
        "import importlib, sys\n"
        f"for name in {_core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "gui = sorted(m for m in sys.modules if m.startswith(('outreach_desktop.gui', "
        "'outreach_desktop.cli', 'outreach_desktop.messages')))\n"
        "print(qt + gui)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
