"""The main window and its settings dialogs: keyboard, accessibility, what they save."""

from __future__ import annotations

import base64

import pytest
from gui_helpers import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSpinBox, QWidget

from outreach_desktop.core.settings import Key, Settings
from outreach_desktop.core.vault import Vault
from outreach_desktop.gui.controller import MS_PER_MINUTE, AppState
from outreach_desktop.gui.vault_tasks import settings_path

pytestmark = pytest.mark.usefixtures("existing_vault")
NEW_PASSPHRASE = "Deutz Muelheim Porz Suelz 77"  # QTest types ASCII only


@pytest.fixture
def unlocked(qtbot, make_controller):
    controller = make_controller()
    unlock(qtbot, controller)
    return controller


def _controls_without_accessible_name(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QSpinBox):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own (menu bar overflow, spin box edit)
            continue
        if not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_shows_the_empty_state_and_the_menus(qtbot, unlocked) -> None:
    window = unlocked.main_window
    assert window.windowTitle() == "Outreach Desktop"
    window.show_page("clients")
    client_list = window.client_list
    qtbot.waitUntil(lambda: client_list.model.searched_once)
    assert client_list.empty_title_label.isVisible()
    assert client_list.empty_title_label.text() == "No clients yet"
    assert "outreach import" in client_list.empty_hint_label.text()
    assert window.statusBar().isVisible()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Settings", "&Help"]
    shortcuts = {a.text(): a.shortcut().toString() for menu in (window.file_menu, window.view_menu)
                 for a in menu.actions() if not a.isSeparator() and a.isVisible()}
    assert shortcuts == {"&New client…": "Ctrl+N", "Log &contact…": "Ctrl+K", "&Lock": "Ctrl+L",
                         "&Quit": "Ctrl+Q", "&Today": "Ctrl+1", "&Clients": "Ctrl+2",
                         "&Find client": "Ctrl+F", "&Sync now": "F5", "Sync &problems…": ""}
    assert [a.text() for a in window.language_menu.actions()] == [
        "Deutsch", "English", "Türkçe", "العربية", "فارسی", "Русский", "Українська"]


def test_keyboard_switches_pages_and_finds_clients(qtbot, unlocked) -> None:
    window = unlocked.main_window
    window.activateWindow()
    qtbot.waitExposed(window)
    assert window.current_page() == "today"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "clients"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "today"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "clients"
    assert window.client_list.search_field.hasFocus()


def test_window_remembers_its_size_splitter_and_page(qtbot, make_controller, data_dir) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    window = controller.main_window
    window.show_page("clients")
    window.resize(637, 511)
    window.clients_splitter.setSizes([300, 500])
    size, sizes = window.size(), window.clients_splitter.sizes()
    controller.lock(idle_minutes=None)
    qtbot.waitUntil(lambda: not controller.worker.is_busy, timeout=5000)
    stored = Settings(settings_path(data_dir))
    assert stored.get(Key.WORKSPACE_PAGE) == "clients"
    assert base64.b64decode(stored.get(Key.WINDOW_GEOMETRY))  # Qt's bytes, base64
    unlock(qtbot, controller)
    window = controller.main_window
    assert window.current_page() == "clients"
    assert window.size() == size
    assert window.clients_splitter.sizes() == sizes


def test_every_control_has_an_accessible_name(qtbot, unlocked) -> None:
    window = unlocked.main_window
    dialogs = [window.open_auto_lock_dialog(), window.open_change_passphrase_dialog()]
    for root in (unlocked.unlock_window, window, *dialogs):
        assert _controls_without_accessible_name(root) == []
    for dialog in dialogs:
        dialog.reject()


def test_auto_lock_dialog_saves_minutes_and_the_timer_follows(
        qtbot, make_controller, data_dir) -> None:
    controller = make_controller(auto_lock_ms=None)
    unlock(qtbot, controller)
    assert controller.inactivity.interval_ms == 5 * MS_PER_MINUTE  # the default
    dialog = controller.main_window.open_auto_lock_dialog()
    spin_box = dialog.minutes_spin_box
    assert (spin_box.minimum(), spin_box.maximum()) == (1, 240)
    spin_box.selectAll()
    qtbot.keyClicks(spin_box, "12")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(spin_box, Qt.Key.Key_Return)
    assert Settings(settings_path(data_dir)).auto_lock_minutes == 12
    assert controller.inactivity.interval_ms == 12 * MS_PER_MINUTE
    assert controller.inactivity.is_active


def test_change_passphrase_rewraps_the_key(qtbot, unlocked, data_dir, secrets) -> None:
    dialog = unlocked.main_window.open_change_passphrase_dialog()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.old_field.line_edit, "not the passphrase")
    qtbot.keyClicks(dialog.new_field.line_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_field.line_edit, NEW_PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.old_error_label.isVisible, timeout=10_000)
    assert "passphrase is not correct" in dialog.old_error_label.text()
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.old_field.line_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "changed" in unlocked.main_window.statusBar().currentMessage()
    Vault(data_dir, secrets).unlock(NEW_PASSPHRASE).close()


def test_closing_the_main_window_locks_and_quits(qtbot, unlocked) -> None:
    session = unlocked.open_vault
    unlocked.main_window.close()
    assert unlocked.state is AppState.QUIT
    assert not session.is_open
    assert not unlocked.worker.is_busy


def test_ctrl_n_and_ctrl_k_open_their_dialogs_from_anywhere(qtbot, unlocked) -> None:
    from outreach_desktop.gui.record.client_dialog import ClientDialog
    from outreach_desktop.gui.record.log_contact_dialog import LogContactDialog

    window = unlocked.main_window
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in window.findChildren(ClientDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    window.show_page("clients")
    qtbot.keyClick(window.client_list.search_field, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in window.findChildren(LogContactDialog) if w.isVisible()]
    assert len(dialogs) == 1  # no client open: the dialog asks for one first
    dialogs[0].reject()
