"""The GUI's light-weight knowledge of the data folder must match the core's."""

from __future__ import annotations

from pathlib import Path

from outreach_desktop.core.vault import VaultPaths
from outreach_desktop.gui.vault_tasks import settings_path, vault_exists


def test_file_names_agree_with_the_core(tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path)
    assert settings_path(tmp_path) == paths.settings
    assert not vault_exists(tmp_path)
    paths.key_file.write_bytes(b"")
    assert vault_exists(tmp_path)
