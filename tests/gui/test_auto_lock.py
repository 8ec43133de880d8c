"""Auto-lock and manual lock: what must be gone from the screen, and the vault closed."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from gui_helpers import unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from outreach_desktop.gui.controller import AppState
from outreach_desktop.gui.inactivity import InactivityTimer
from outreach_desktop.gui.worker import BackgroundOp

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_auto_lock_while_a_dialog_is_open_closes_the_dialog(qtbot, make_controller) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    assert controller.main_window is not None
    dialog = controller.main_window.open_change_passphrase_dialog()
    qtbot.keyClicks(dialog.old_field.line_edit, "half typed")
    assert dialog.isVisible()
    results = []
    dialog.finished.connect(results.append)

    controller.inactivity.set_interval(200)  # the user walks away
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED, timeout=5000)
    assert results == [QDialog.DialogCode.Rejected]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # typed text gone with it
    unlock_window = controller.unlock_window
    assert unlock_window is not None and unlock_window.isVisible()
    assert unlock_window.lock_reason_label.text().startswith("Locked after 1 minute")


def test_ctrl_l_locks_at_once(qtbot, make_controller) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    session = controller.open_vault
    main_window = controller.main_window
    assert session is not None and main_window is not None
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.state is AppState.LOCKED
    assert controller.unlock_window is not None
    assert controller.unlock_window.lock_reason_label.text() == "Locked"
    qtbot.waitUntil(lambda: not session.is_open)


def test_lock_while_a_job_runs_closes_the_vault_after_the_job(qtbot, make_controller) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    session = controller.open_vault
    assert session is not None and controller.main_window is not None
    job_may_finish = threading.Event()
    seen_by_job = []

    def long_job() -> None:
        job_may_finish.wait(5)
        seen_by_job.append(session.is_open)

    host = QWidget()
    BackgroundOp(host, long_job).run()
    qtbot.waitUntil(lambda: controller.worker.is_busy)
    controller.lock()
    assert controller.state is AppState.LOCKED
    assert controller.unlock_window is not None
    assert not controller.unlock_window.unlock_button.isEnabled()  # busy until closed
    job_may_finish.set()
    qtbot.waitUntil(lambda: not session.is_open, timeout=5000)
    assert seen_by_job == [True]  # the job had the database until it finished
    qtbot.waitUntil(lambda: not controller.worker.is_busy)
    unlock(qtbot, controller)


def test_input_postpones_the_auto_lock(qtbot) -> None:
    timer = InactivityTimer(300)
    fired = []
    timer.inactive.connect(lambda: fired.append(True))
    target = QWidget()
    target.show()
    timer.activate()
    try:
        for _ in range(5):
            qtbot.wait(100)
            qtbot.keyClick(target, Qt.Key.Key_A)
        assert not fired  # 500 ms passed, but never 300 ms without input
        qtbot.waitUntil(lambda: bool(fired), timeout=2000)
        assert not timer.is_active
    finally:
        timer.deactivate()
