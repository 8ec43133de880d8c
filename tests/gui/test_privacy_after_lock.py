"""After the app locks, no file under the data folder or the temp folder holds a name."""

from __future__ import annotations

import tempfile

import pytest
from gui_helpers import unlock

from outreach_desktop.core.storage.models import Client
from outreach_desktop.gui.controller import AppState
from outreach_desktop.gui.worker import BackgroundOp
from privacy_markers import MARKERS, marker_hits

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_marker_names_are_nowhere_in_clear_after_lock(qtbot, make_controller, data_dir,
                                                      monkeypatch, tmp_path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    controller = make_controller()
    unlock(qtbot, controller)
    opened = controller.open_vault
    assert opened is not None

    def add_marker_client() -> str:
        with opened.repository.write() as uow:
            return uow.add(Client, client_code="K-MARK", given_name=MARKERS[0],
                           family_name=MARKERS[1]).id

    added: list[str] = []
    assert controller.main_window is not None
    BackgroundOp(controller.main_window, add_marker_client).success(added.append).run()
    qtbot.waitUntil(lambda: bool(added), timeout=10_000)
    controller.main_window.lock_requested.emit()
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED, timeout=5000)
    qtbot.waitUntil(lambda: opened.engine is None, timeout=5000)  # connections closed
    assert marker_hits(data_dir, temp) == []
    assert (data_dir / "vault.db").exists()
