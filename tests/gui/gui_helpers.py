"""What a user does, as helpers the GUI tests share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from outreach_desktop.gui.controller import AppController, AppState
from outreach_desktop.gui.unlock_window import UnlockWindow

PASSPHRASE = "Kalk Ehrenfeld Nippes 2026!"  # the same as tests/conftest.py
UNLOCK_TIMEOUT_MS = 15_000


def type_passphrase_and_press_enter(qtbot, window: UnlockWindow, passphrase: str) -> None:
    qtbot.waitUntil(window.passphrase_field.isEnabled)
    qtbot.keyClicks(window.passphrase_field.line_edit, passphrase)
    qtbot.keyClick(window.passphrase_field.line_edit, Qt.Key.Key_Return)


def unlock(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    assert controller.unlock_window is not None
    type_passphrase_and_press_enter(qtbot, controller.unlock_window, passphrase)
    qtbot.waitUntil(lambda: controller.state is AppState.UNLOCKED, timeout=UNLOCK_TIMEOUT_MS)


def tab_chain(start: QWidget, length: int) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (enabled or not), as Qt's focus chain has them."""
    chain = [start]
    widget = start
    while len(chain) < length:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(start.window()):
            chain.append(widget)
    return chain
