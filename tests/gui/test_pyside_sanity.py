"""Guard against PySide6 builds that corrupt reference counts.

PySide6 6.12.0 on Python 3.11 released a reference to ``None`` on every void Qt call and
to ``True`` on every signal emit; after a few thousand the interpreter aborts
(``none_dealloc``). pyproject.toml excludes that release; these tests fail loudly should
such a build be installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_leave_none_references_alone(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 5


def test_signal_emit_leaves_true_references_alone(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(True)
    for _ in range(500):
        label.windowTitleChanged.emit("x")
    assert sys.getrefcount(True) >= before - 5
