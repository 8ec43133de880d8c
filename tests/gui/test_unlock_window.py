"""The unlock / lock screen: wrong passphrases, keyring trouble, a responsive GUI."""

from __future__ import annotations

import time

import pytest
from gui_helpers import PASSPHRASE, tab_chain, type_passphrase_and_press_enter, unlock
from PySide6.QtCore import Qt, QTimer

from memory_keyring import MemoryKeyring
from outreach_desktop.gui import vault_tasks
from outreach_desktop.gui.controller import AppState
from outreach_desktop.gui.unlock_window import retry_delay_ms

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_retry_delay_grows_from_nothing_and_is_capped_at_thirty_units() -> None:
    delays = [retry_delay_ms(n, unit_ms=1000) for n in range(1, 10)]
    assert delays == [0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]
    assert retry_delay_ms(0) == 0


def test_wrong_passphrase_is_refused_and_each_retry_waits_longer(qtbot, make_controller) -> None:
    controller = make_controller()
    window = controller.unlock_window
    assert controller.state is AppState.LOCKED and window is not None
    assert not window.lock_reason_label.isVisible()  # first start: no "locked" line

    type_passphrase_and_press_enter(qtbot, window, "wrong passphrase one")
    qtbot.waitUntil(lambda: window.failures == 1, timeout=10_000)
    assert "passphrase is not correct" in window.message_label.text()
    assert window.passphrase_field.text() == ""
    assert not window.is_waiting  # the first mistake costs nothing
    assert window.passphrase_field.isEnabled()

    waits = []
    for attempt in (2, 3):
        type_passphrase_and_press_enter(qtbot, window, "still wrong")
        qtbot.waitUntil(lambda n=attempt: window.failures == n, timeout=10_000)
        started = time.monotonic()
        assert window.is_waiting
        assert not window.unlock_button.isEnabled()
        assert not window.passphrase_field.isEnabled()
        assert window.countdown_label.isVisible()
        assert "try again in" in window.countdown_label.text()
        qtbot.waitUntil(lambda: not window.is_waiting, timeout=5000)
        waits.append(time.monotonic() - started)
        assert window.passphrase_field.isEnabled()
        assert window.passphrase_field.line_edit.hasFocus() or not window.isActiveWindow()
        assert not window.countdown_label.isVisible()
    assert waits[1] > waits[0]  # 1 unit, then 2 units

    unlock(qtbot, controller)
    assert controller.open_vault is not None
    assert window.failures == 0


def test_locked_keyring_is_explained_and_retry_works_once_unlocked(
        qtbot, make_controller, memory_keyring: MemoryKeyring) -> None:
    controller = make_controller()
    window = controller.unlock_window
    assert window is not None
    memory_keyring.locked = True

    type_passphrase_and_press_enter(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.message_label.isVisible(), timeout=10_000)
    assert "keyring is locked" in window.message_label.text()
    assert "Traceback" not in window.message_label.text()
    assert window.failures == 0  # not the typist's fault: no wait
    assert controller.state is AppState.LOCKED
    assert window.passphrase_field.text() == PASSPHRASE  # kept for "try again"
    assert window.unlock_button.isEnabled()

    memory_keyring.locked = False
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state is AppState.UNLOCKED, timeout=10_000)


def test_gui_thread_keeps_running_while_unlocking(qtbot, make_controller, monkeypatch,
                                                  memory_keyring: MemoryKeyring) -> None:
    answer = memory_keyring.get_password

    def slow_get_password(service: str, username: str) -> str | None:
        time.sleep(0.4)  # like a keyring that prompts, or a slow D-Bus
        return answer(service, username)

    monkeypatch.setattr(memory_keyring, "get_password", slow_get_password)
    controller = make_controller()
    qtbot.waitUntil(lambda: not controller.worker.is_busy)  # pre-import done
    window = controller.unlock_window
    assert window is not None

    ticks_while_unlocking = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks_while_unlocking.append(controller.worker.is_busy))
    ticker.start(10)
    try:
        unlock(qtbot, controller)
    finally:
        ticker.stop()
    # 0.4 s in the keyring plus Argon2id: the event loop ticked all along.
    assert sum(ticks_while_unlocking) >= 15


def test_damaged_key_file_is_explained_and_the_app_stays_usable(
        qtbot, make_controller, existing_vault) -> None:
    key_file = existing_vault / "vault.key"
    original = key_file.read_bytes()
    damaged = bytearray(original)
    damaged[20] ^= 0x01  # inside the header: damage, not a wrong passphrase
    key_file.write_bytes(bytes(damaged))
    controller = make_controller()
    window = controller.unlock_window
    assert window is not None

    type_passphrase_and_press_enter(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.message_label.isVisible(), timeout=10_000)
    assert "key file" in window.message_label.text()
    assert window.unlock_button.isEnabled()

    key_file.write_bytes(original)  # restored from a backup
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state is AppState.UNLOCKED, timeout=10_000)


def test_quitting_while_unlocking_closes_what_the_unlock_opened(
        qtbot, make_controller, monkeypatch, memory_keyring: MemoryKeyring) -> None:
    answer = memory_keyring.get_password
    monkeypatch.setattr(memory_keyring, "get_password",
                        lambda *args: (time.sleep(0.3), answer(*args))[1])
    opened = []
    real_unlock = vault_tasks.VaultAccess.unlock
    monkeypatch.setattr(vault_tasks.VaultAccess, "unlock",
                        lambda self, p: opened.append(real_unlock(self, p)) or opened[-1])
    controller = make_controller()
    window = controller.unlock_window
    assert window is not None
    type_passphrase_and_press_enter(qtbot, window, PASSPHRASE)
    assert controller.worker.is_busy
    window.close()  # the window's close button, mid-unlock

    assert controller.state is AppState.QUIT
    assert len(opened) == 1 and not opened[0].is_open
    assert controller.open_vault is None and controller.main_window is None


def test_keyboard_alone_moves_through_the_unlock_screen(qtbot, make_controller) -> None:
    window = make_controller().unlock_window
    assert window is not None
    field = window.passphrase_field
    assert tab_chain(field.line_edit, 3) == [field.line_edit, field.show_button,
                                             window.unlock_button]
    assert window.passphrase_label.buddy() is field.line_edit  # Alt+P jumps to the field
