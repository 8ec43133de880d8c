"""A workaround for a crash in PySide6 6.12.0 on Python 3.11.

There, every call of a Qt method that returns nothing (``label.setText``,
``widget.setEnabled``, ``super().changeEvent(e)`` …) releases a reference to ``None``
that it never took, and every ``signal.emit(...)`` does the same to ``True``. Those
objects start with a few thousand references, so after some thousand such calls — a
few minutes of typing — CPython aborts the app ("Fatal Python error: none_dealloc" or
"bool_dealloc"). From Python 3.12 on these objects are immortal and the bug does no harm;
PySide6 6.11 on Python 3.11 does not have it. ``tests/gui/test_pyside_workarounds.py``
shows the leak.

The real fix is a dependency bound (Python >= 3.12, or PySide6 != 6.12.0). Until then,
``keep_singletons_alive`` gives ``None``, ``True`` and ``False`` so many references that
they cannot reach zero: what Python 3.12 does by making them immortal. It only acts when
the leak is measured.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)
_PROBE_CALLS = 100
_RESERVE = 1 << 40  # references; no process makes that many Qt calls


def qt_void_calls_leak_none() -> bool:
    """True if calling a void Qt method lowers None's reference count."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal; its count is a constant
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def keep_singletons_alive() -> bool:
    """Apply the workaround if this PySide6 needs it; True if it was applied."""
    if sys.implementation.name != "cpython" or not qt_void_calls_leak_none():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython 3.11 object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    log.info("PySide6 leaks references to None/True on this Python; workaround applied")
    return True
