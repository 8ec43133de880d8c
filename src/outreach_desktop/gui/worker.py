"""The one idiom for background work: all database, crypto and keyring calls run here.

Modelled on Anki's ``taskman`` + ``CollectionOp``/``QueryOp``: a single worker thread
runs every job in submission order, and the result (or exception) comes back to the GUI
thread by a queued Qt signal. A single thread means no two jobs ever touch the vault at
once, and a job queued after another (for example "close the vault" on auto-lock) runs
only once the earlier one has finished.

Usage::

    BackgroundOp(self, lambda: access.unlock(passphrase)) \\
        .success(self._on_unlocked) \\
        .failure(self._on_unlock_failed) \\
        .run()

While the op runs, ``self.set_busy(True)`` is called if the widget has that method (it
shows a busy indicator and disables inputs); ``set_busy(False)`` when it is done.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)
T = TypeVar("T")
WORKER_THREAD_NAME = "outreach-worker"


class Worker(QObject):
    """Owns the single worker thread; hands finished futures back to the GUI thread.

    ``current()`` is the worker the running app uses (set by ``make_current``), so call
    sites need not pass it around, like Anki's ``mw.taskman``.
    """

    _finished = Signal(object)
    _current: Worker | None = None
    # The app's worker was shut down (the app is quitting): new ops are dropped.
    _current_stopped = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WORKER_THREAD_NAME)
        self._pending = 0
        self._shut_down = False
        # Always queued: even a job that finished before add_done_callback is delivered
        # from the event loop, never synchronously inside submit().
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def current(cls) -> Worker:
        if cls._current is None:
            raise RuntimeError("no worker is running (AppController starts one)")
        return cls._current

    def make_current(self) -> None:
        Worker._current = self
        Worker._current_stopped = False

    @classmethod
    def current_stopped(cls) -> bool:
        """True once the app's worker has shut down (until another is made current)."""
        return cls._current_stopped

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    @property
    def is_busy(self) -> bool:
        """True while a job is queued, running, or its result not yet delivered."""
        return self._pending > 0

    def submit(self, fn: Callable[[], T], on_done: Callable[[Future[T]], None]) -> Future[T]:
        """Run ``fn`` on the worker thread; call ``on_done(future)`` on the GUI thread."""
        if self._shut_down:
            raise RuntimeError("the worker has been shut down")
        self._pending += 1
        future = self._executor.submit(fn)
        future.add_done_callback(lambda f: self._finished.emit((f, on_done)))
        return future

    def _deliver(self, item: tuple[Future, Callable[[Future], None]]) -> None:
        future, on_done = item
        self._pending -= 1
        on_done(future)

    def shutdown(self, wait: bool = True) -> None:
        """Run what is queued, then stop the thread. Later results are still delivered
        if the event loop runs; ``submit`` refuses new work."""
        self._shut_down = True
        self._executor.shutdown(wait=wait)
        if Worker._current is self:
            Worker._current = None
            Worker._current_stopped = True


class BackgroundOp(Generic[T]):
    """One job for the worker, with what to do on success and on failure (GUI thread).

    Callbacks are dropped if ``parent`` has been deleted meanwhile (a dialog closed by
    auto-lock). Without a failure callback the error is shown in a message box. Errors
    that are not the core's typed errors are logged by type and code location only: an
    exception's message may quote personal data (SQL parameters, file names).
    """

    def __init__(self, parent: QWidget, fn: Callable[[], T], worker: Worker | None = None) -> None:
        self._parent = parent
        self._fn = fn
        self._worker = worker
        self._on_success: Callable[[T], Any] | None = None
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._notify: list[Callable[[T], Any]] = []

    def success(self, callback: Callable[[T], Any]) -> BackgroundOp[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> BackgroundOp[T]:
        self._on_failure = callback
        return self

    def notify(self, callback: Callable[[T], Any]) -> BackgroundOp[T]:
        """Also call ``callback`` on success, before the success callback (for example to
        tell other screens that data changed). Runs even if the parent is gone."""
        self._notify.append(callback)
        return self

    def run(self) -> Future[T]:
        """Queue the job. Once the worker has shut down (the app is quitting, and a
        result delivered during the shutdown asks for more work) the op is dropped:
        its future is cancelled and no callback runs."""
        if self._worker is None and Worker.current_stopped():
            return self._dropped()
        worker = self._worker or Worker.current()
        if worker.is_shut_down:
            return self._dropped()
        _set_busy(self._parent, True)
        return worker.submit(self._fn, self._finish)

    def _dropped(self) -> Future[T]:
        log.debug("background op not started: the worker has shut down")
        future: Future[T] = Future()
        future.cancel()
        return future

    def _finish(self, future: Future[T]) -> None:
        if future.exception() is None:
            for callback in self._notify:
                callback(future.result())
        if not shiboken6.isValid(self._parent):
            log.debug("background op finished after its window was closed; result dropped")
            return
        _set_busy(self._parent, False)
        exc = future.exception()
        if exc is None:
            if self._on_success is not None:
                self._on_success(future.result())
            return
        log_unexpected(exc)
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, exc)


def _set_busy(widget: QWidget, busy: bool) -> None:
    set_busy = getattr(widget, "set_busy", None)
    if callable(set_busy):
        set_busy(busy)


def log_unexpected(exc: BaseException) -> None:
    """Log an error the core did not type: its class and where it came from, no message."""
    from outreach_desktop.core.errors import OutreachError

    if isinstance(exc, OutreachError):
        log.info("background op failed: %s", type(exc).__name__)
        return
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}"
                        for f in reversed(frames[-6:]))
    log.error("background op failed unexpectedly: %s at %s", type(exc).__qualname__, where)


def show_error(parent: QWidget, exc: BaseException) -> QMessageBox:
    """A non-blocking message box with the translated text for ``exc`` (never a traceback)."""
    from outreach_desktop.messages import describe_error

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("BackgroundOp", "Outreach Desktop"),
                      describe_error(exc), QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): a nested event loop would outlive an auto-lock
    return box
