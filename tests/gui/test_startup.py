"""Start-up reaches the first screen without the heavy core modules.

How fast it does is measured in bench/bench_startup.py (budget: 1.0 s), not here.
"""

from __future__ import annotations

from pathlib import Path

from startup_probe import start_app


def test_first_start_shows_setup_without_heavy_imports(tmp_path: Path) -> None:
    result = start_app(tmp_path / "data")
    assert result["shown"] == ["SetupDialog"]
    assert result["heavy"] == []


def test_unlock_screen_shows_without_heavy_imports(existing_vault: Path) -> None:
    result = start_app(existing_vault)
    assert result["shown"] == ["UnlockWindow"]
    assert result["heavy"] == []
