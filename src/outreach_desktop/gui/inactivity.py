"""Auto-lock after a time without keyboard or mouse input (KeePassXC's InactivityTimer).

An event filter on the QApplication sees every input event of every window, so one
object covers the main window and all dialogs. It never consumes events.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
})


class InactivityTimer(QObject):
    """Emits ``inactive`` once after ``interval_ms`` without input, while activated."""

    inactive = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._filter_installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    @property
    def is_active(self) -> bool:
        return self._timer.isActive()

    def activate(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._filter_installed:
            app.installEventFilter(self)
            self._filter_installed = True
        self._timer.start()

    def deactivate(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filter_installed:
            app.removeEventFilter(self)
            self._filter_installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False

    def _on_timeout(self) -> None:
        self.deactivate()
        self.inactive.emit()
