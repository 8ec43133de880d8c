"""The PySide6 bug that pyside_workarounds.keep_singletons_alive guards against.

When this test starts to pass (strict xfail then fails the run), the installed PySide6 or
Python no longer has the bug: delete gui/pyside_workarounds.py and its two callers.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtWidgets import QLabel

from outreach_desktop.gui.pyside_workarounds import qt_void_calls_leak_none

AFFECTED = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"


@pytest.mark.xfail(AFFECTED, reason="PySide6 6.12.0 on Python 3.11 drops a reference to "
                   "None on every void Qt call", strict=True)
def test_void_qt_calls_leave_none_references_alone(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 5
    assert not qt_void_calls_leak_none()


@pytest.mark.xfail(AFFECTED, reason="PySide6 6.12.0 on Python 3.11 drops a reference to "
                   "True on every signal emit", strict=True)
def test_signal_emit_leaves_true_references_alone(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(True)
    for _ in range(200):
        label.windowTitleChanged.emit("x")
    assert sys.getrefcount(True) >= before - 5


def test_singletons_survive_many_calls_once_the_workaround_ran(qapp) -> None:
    label = QLabel()
    for _ in range(20_000):  # more than their few thousand references without it
        label.setEnabled(True)
        label.windowTitleChanged.emit("x")
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
