"""First start as a caseworker meets it: set up, land in the main window, auto-lock,
unlock again."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import PASSPHRASE, UNLOCK_TIMEOUT_MS, tab_chain, unlock
from PySide6.QtCore import Qt

from outreach_desktop.core.vault import Vault
from outreach_desktop.gui.controller import AppState
from outreach_desktop.gui.setup_dialog import SetupDialog


def type_new_passphrase(qtbot, dialog: SetupDialog, first: str, repeat: str) -> None:
    qtbot.keyClicks(dialog.passphrase_field.line_edit, first)
    qtbot.keyClicks(dialog.repeat_field.line_edit, repeat)


def test_first_start_setup_then_unlock_then_autolock_then_unlock(
        qtbot, make_controller, data_dir: Path, secrets) -> None:
    controller = make_controller(auto_lock_ms=300)
    assert controller.state is AppState.SETUP
    dialog = controller.setup_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.create_button.isEnabled()

    type_new_passphrase(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.progress_bar.isVisible()  # busy while Argon2id runs on the worker
    assert not dialog.passphrase_field.isEnabled()

    qtbot.waitUntil(lambda: controller.state is AppState.UNLOCKED, timeout=UNLOCK_TIMEOUT_MS)
    assert Vault(data_dir, secrets).exists()
    main_window = controller.main_window
    assert main_window is not None and main_window.isVisible()
    assert main_window.windowTitle() == "Outreach Desktop"
    first_session = controller.open_vault
    assert first_session is not None and first_session.is_open

    # Nobody touches the keyboard: after 300 ms the lock screen replaces the main window.
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED, timeout=5000)
    unlock_window = controller.unlock_window
    assert unlock_window is not None and unlock_window.isVisible()
    assert unlock_window.lock_reason_label.isVisible()
    assert "without activity" in unlock_window.lock_reason_label.text()
    assert controller.main_window is None and controller.open_vault is None
    qtbot.waitUntil(lambda: not first_session.is_open)  # closed on the worker
    assert first_session.engine is None

    unlock(qtbot, controller)
    assert controller.open_vault is not None and controller.open_vault.is_open
    assert controller.open_vault is not first_session
    assert controller.main_window is not None and controller.main_window.isVisible()
    assert not unlock_window.isVisible()
    assert unlock_window.passphrase_field.text() == ""  # nothing left in the lock screen


def test_mismatch_or_weak_passphrase_keeps_create_disabled(qtbot, make_controller) -> None:
    controller = make_controller()
    dialog = controller.setup_dialog
    assert dialog is not None

    type_new_passphrase(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert dialog.mismatch_label.isVisible()
    assert "do not match" in dialog.mismatch_label.text()

    dialog.passphrase_field.clear()
    dialog.repeat_field.clear()
    type_new_passphrase(qtbot, dialog, "password12", "password12")  # long enough, guessable
    assert not dialog.mismatch_label.isVisible()
    assert not dialog.strength_meter.acceptable
    assert "weak" in dialog.strength_meter.label.text()
    assert not dialog.create_button.isEnabled()

    dialog.passphrase_field.clear()
    dialog.repeat_field.clear()
    type_new_passphrase(qtbot, dialog, "kX9#", "kX9#")
    assert "Too short" in dialog.strength_meter.label.text()
    assert not dialog.create_button.isEnabled()

    qtbot.keyClick(dialog.repeat_field.line_edit, Qt.Key.Key_Return)  # Enter does nothing
    assert controller.state is AppState.SETUP
    assert not dialog.progress_bar.isVisible()


def test_setup_explains_a_forgotten_passphrase_and_offers_show(qtbot, make_controller) -> None:
    dialog = make_controller().setup_dialog
    assert dialog is not None
    text = dialog.forgotten_label.text()
    assert "cannot be recovered" in text and "not even your administrator" in text
    field = dialog.passphrase_field
    assert field.line_edit.echoMode() == field.line_edit.EchoMode.Password
    qtbot.mouseClick(field.show_button, Qt.MouseButton.LeftButton)
    assert field.line_edit.echoMode() == field.line_edit.EchoMode.Normal
    assert field.show_button.accessibleName() == "Hide passphrase"


def test_tab_order_follows_the_reading_order(qtbot, make_controller) -> None:
    dialog = make_controller().setup_dialog
    assert dialog is not None
    expected = [dialog.passphrase_field.line_edit, dialog.passphrase_field.show_button,
                dialog.repeat_field.line_edit, dialog.repeat_field.show_button,
                dialog.create_button]
    assert tab_chain(expected[0], len(expected)) == expected
