"""The main window and its settings dialogs: keyboard, accessibility, what they save."""

from __future__ import annotations

import pytest
from gui_helpers import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSpinBox, QWidget

from outreach_desktop.core.settings import Settings
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


def test_main_window_shows_the_empty_state_and_the_menus(unlocked) -> None:
    window = unlocked.main_window
    assert window.windowTitle() == "Outreach Desktop"
    assert window.empty_title_label.text() == "No clients yet"
    assert "outreach import" in window.empty_hint_label.text()
    assert window.statusBar().isVisible()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Settings", "&Help"]
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert [a.text() for a in window.language_menu.actions()] == [
        "Deutsch", "English", "Türkçe", "العربية", "فارسی", "Русский", "Українська"]


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
