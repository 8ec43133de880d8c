"""``outreach-desktop --demo``: the demo vault is created and filled on the worker on
first start, and the unlock screen shows its public passphrase (only in demo mode)."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import UNLOCK_TIMEOUT_MS, unlock
from sqlalchemy import func, select

from outreach_desktop.core.storage.models import Case, Client
from outreach_desktop.core.vault import Vault
from outreach_desktop.gui.app import demo_data_dir, parse_args
from outreach_desktop.gui.controller import AppState
from outreach_desktop.gui.unlock_window import DEMO_PASSPHRASE, DemoMode


def _count(controller, model) -> int:
    assert controller.open_vault is not None
    with controller.open_vault.repository.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_first_demo_start_prepares_the_vault_then_shows_the_passphrase_when_locked(
        qtbot, make_controller, data_dir: Path, secrets) -> None:
    controller = make_controller(demo=DemoMode(clients=30, batch_size=10))
    window = controller.unlock_window
    assert controller.setup_dialog is None and window is not None
    assert window.progress_bar.isVisible() and not window.passphrase_field.isEnabled()
    assert DEMO_PASSPHRASE in window.demo_label.text() and window.demo_label.isVisible()
    qtbot.waitUntil(lambda: window.progress_bar.value() >= 10, timeout=UNLOCK_TIMEOUT_MS)
    assert window.progress_bar.format() == "Preparing the demo: %v of %m clients"

    qtbot.waitUntil(lambda: controller.state is AppState.UNLOCKED, timeout=UNLOCK_TIMEOUT_MS)
    assert _count(controller, Client) == 30 and _count(controller, Case) >= 30

    controller.lock()
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED)
    assert window.isVisible() and window.demo_label.isVisible()
    assert not window.progress_bar.isTextVisible()
    unlock(qtbot, controller, DEMO_PASSPHRASE)  # what a newcomer reads is what opens it
    assert _count(controller, Client) == 30  # the demo is made once, not on every start


def test_quitting_while_the_demo_is_prepared_stops_and_removes_it(
        qtbot, make_controller, data_dir: Path, secrets) -> None:
    controller = make_controller(demo=DemoMode(clients=100_000, batch_size=5))
    window = controller.unlock_window
    assert window is not None
    qtbot.waitUntil(lambda: window.progress_bar.value() >= 5, timeout=UNLOCK_TIMEOUT_MS)
    controller.quit()  # waits for the worker: one batch of 5, not 100,000 clients
    assert controller.state is AppState.QUIT
    assert not Vault(data_dir, secrets).exists()


def test_without_demo_mode_no_passphrase_is_shown(qtbot, make_controller, existing_vault):
    window = make_controller().unlock_window
    assert window is not None and not window.demo_label.isVisible()
    assert window.demo_label.text() == ""


def test_demo_has_its_own_data_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path / "OutreachDesktop"))
    assert demo_data_dir() == tmp_path / "OutreachDesktop-Demo"
    assert parse_args(["--demo"]).demo and not parse_args([]).demo
