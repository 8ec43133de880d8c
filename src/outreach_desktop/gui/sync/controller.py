"""When to sync, and running it without ever blocking the window.

``SyncController`` runs ``SyncEngine(repository, progress).run()`` on its own thread
(one sync at a time; network waits never hold up the database worker). A sync starts:

- when the network appears (Qt's network information) and the server answers its health
  check;
- periodically while online (``periodic_ms``, five minutes by default);
- a while after local changes (``debounce_ms``, 30 s by default);
- when the person asks (``sync_now``), which always tries at once.

Automatic syncs that fail back off exponentially with jitter; a device that is not
enrolled never syncs by itself. Results come back to the GUI thread by queued signals.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from outreach_desktop.gui.worker import BackgroundOp

if TYPE_CHECKING:
    from outreach_desktop.core.repository import Repository
    from outreach_desktop.core.sync.local import SyncStatus
    from outreach_desktop.gui.workspace.context import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")
SYNC_THREAD_NAME = "outreach-sync"
PERIODIC_MS = 5 * 60_000
DEBOUNCE_MS = 30_000
#: Backoff of automatic syncs after failures: seconds, full jitter, capped.
BACKOFF_BASE_S = 15.0
BACKOFF_CAP_S = 15 * 60.0
STATUS_REFRESH_MS = 250


def _run_sync(repository: Repository, check_health: bool,
              progress: Callable[[str, int, int | None], None],
              stop: threading.Event | None = None) -> Any:
    """The sync thread's job: optionally ask the server whether it is there, then sync."""
    from outreach_desktop.core.errors import NotEnrolled, ServerUnreachable
    from outreach_desktop.core.sync.engine import SyncEngine
    from outreach_desktop.core.sync.local import load_config
    from outreach_desktop.core.sync.transport import ServerConnection

    if check_health:
        config = load_config(repository)
        if not config.enrolled:
            raise NotEnrolled()
        with ServerConnection(config.server_url, None, config.ca_pem) as connection:
            if not connection.health():
                raise ServerUnreachable("network")
    return SyncEngine(repository, progress, stop=stop).run()


def _run_enrol(repository: Repository, url: str, code: str, ca_path: str | None,
               device_name: str) -> Any:
    from outreach_desktop.core.sync.engine import enrol
    from outreach_desktop.core.sync.transport import read_ca_file

    ca_pem = read_ca_file(ca_path) if ca_path else None
    return enrol(repository, url, code, ca_pem=ca_pem, device_name=device_name)


class SyncController(QObject):
    """Holds: ``workspace``, ``status`` (the last ``SyncStatus`` read, None before the
    first), ``running`` (a sync is on its thread), ``online`` (True, False, or None when
    unknown). Emits ``status_changed(SyncStatus)``, ``sync_started``,
    ``sync_finished(report)``, ``sync_failed(exc)``, ``progress(phase, done, total)``,
    ``online_changed(object)`` and ``wipe_required``.

    ``host`` is the widget the database reads run for (the main window). ``shutdown()``
    stops the timers and waits for a sync in flight: call it before the vault closes.
    """

    status_changed = Signal(object)
    sync_started = Signal()
    sync_finished = Signal(object)
    sync_failed = Signal(object)
    progress = Signal(str, int, object)
    online_changed = Signal(object)
    wipe_required = Signal()
    _delivered = Signal(object)

    def __init__(self, workspace: Workspace, host: QWidget, *, periodic_ms: int = PERIODIC_MS,
                 debounce_ms: int = DEBOUNCE_MS, backoff_base_s: float = BACKOFF_BASE_S,
                 backoff_cap_s: float = BACKOFF_CAP_S, network_information: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._host = host
        self.status: SyncStatus | None = None
        self.online: bool | None = None
        self.last_error: BaseException | None = None
        self.last_report: Any = None
        self._executor: ThreadPoolExecutor | None = None
        self._running: Future | None = None
        self._again = False          # asked for while running: run once more after it
        self._again_manual = False
        self._failures = 0           # consecutive failed syncs (for the backoff)
        self._stopped = False
        self._stop_event = threading.Event()
        self._backoff_base_s, self._backoff_cap_s = backoff_base_s, backoff_cap_s
        self._own_change = False     # data_changed emitted by the controller itself
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

        self.periodic_timer = QTimer(self)
        self.periodic_timer.setInterval(periodic_ms)
        self.periodic_timer.timeout.connect(lambda: self.request_sync("periodic"))
        self.debounce_timer = QTimer(self)
        self.debounce_timer.setSingleShot(True)
        self.debounce_timer.setInterval(debounce_ms)
        self.debounce_timer.timeout.connect(lambda: self.request_sync("changes"))
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(lambda: self.request_sync("retry", after_backoff=True))
        #: local changes: the status (changes pending) is read again, a few at a time
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(lambda: self.refresh_status())
        workspace.data_changed.connect(self._on_data_changed)

        self._network: Any = None
        if network_information:
            self._watch_network()

    # --- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running is not None

    @property
    def enrolled(self) -> bool:
        return self.status is not None and self.status.enrolled

    def start(self) -> None:
        """Read the status; an enrolled device syncs once now and then periodically."""
        self.refresh_status(then=self._on_first_status)

    def _on_first_status(self, status: SyncStatus) -> None:
        if status.enrolled:
            self.periodic_timer.start()
            self.request_sync("start")

    def refresh_status(self, then: Callable[[SyncStatus], Any] | None = None) -> None:
        if self._stopped:
            return
        from outreach_desktop.core.sync.local import sync_status

        def read() -> SyncStatus:
            return sync_status(self.workspace.repository)

        def done(status: SyncStatus) -> None:
            if self._stopped:
                return
            self.status = status
            self.status_changed.emit(status)
            if then is not None:
                then(status)

        BackgroundOp(self._host, read).success(done).failure(
            lambda exc: log.warning("sync status unreadable: %s", type(exc).__name__)).run()

    def _set_online(self, online: bool | None) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    # --- network -----------------------------------------------------------------------------
    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork is part of PySide6
            return
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            log.info("no network information backend: periodic syncs only")
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._network = info
        info.reachabilityChanged.connect(self._on_reachability)
        reachability = info.reachability()
        if reachability == QNetworkInformation.Reachability.Disconnected:
            self._set_online(False)

    def network_says_offline(self) -> bool:
        if self._network is None:
            return False
        from PySide6.QtNetwork import QNetworkInformation

        return bool(self._network.reachability() == QNetworkInformation.Reachability.Disconnected)

    def _on_reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if self._stopped:
            return
        if reachability == QNetworkInformation.Reachability.Disconnected:
            self._set_online(False)
            self.periodic_timer.stop()
        elif reachability == QNetworkInformation.Reachability.Online:
            log.info("network appeared: checking the server")
            self._failures = 0
            self.retry_timer.stop()
            self.request_sync("network", check_health=True)

    # --- triggers ----------------------------------------------------------------------------
    def _on_data_changed(self, _table: str) -> None:
        if self._own_change or self._stopped:
            return
        self.status_timer.start()
        if self.enrolled:
            self.debounce_timer.start()

    def sync_now(self) -> None:
        """The person asked: try now, whatever the backoff (not enrolled: fails typed)."""
        if self._stopped:
            return
        self.retry_timer.stop()
        if self.running:
            self._again, self._again_manual = True, True
            return
        self._start(check_health=False)

    def request_sync(self, reason: str = "", *, check_health: bool = False,
                     after_backoff: bool = False) -> None:
        """An automatic trigger: skipped when not enrolled, offline or backing off."""
        if self._stopped or not self.enrolled:
            return
        if self.retry_timer.isActive() and not after_backoff:
            return  # backing off after a failure: the retry timer will sync
        if self.network_says_offline():
            return
        if self.running:
            self._again = True
            return
        log.debug("automatic sync (%s)", reason)
        self._start(check_health=check_health)

    # --- the sync thread ---------------------------------------------------------------------
    def _submit(self, fn: Callable[[], T], on_done: Callable[[Future], None]) -> Future:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1,
                                                thread_name_prefix=SYNC_THREAD_NAME)
        future = self._executor.submit(fn)
        future.add_done_callback(lambda f: self._delivered.emit((f, on_done)))
        return future

    def _deliver(self, item: tuple[Future, Callable[[Future], None]]) -> None:
        future, on_done = item
        if not self._stopped:
            on_done(future)

    def _progress(self, phase: str, done: int, total: int | None) -> None:
        """Called by the engine on the sync thread; the signal is queued to the GUI."""
        self.progress.emit(phase, done, total)

    def _start(self, check_health: bool) -> None:
        self.debounce_timer.stop()  # the changes go with this sync
        repository = self.workspace.repository
        stop = self._stop_event
        self._running = self._submit(
            lambda: _run_sync(repository, check_health, self._progress, stop),
            self._on_sync_done)
        self.sync_started.emit()

    def _on_sync_done(self, future: Future) -> None:
        from outreach_desktop.core.errors import (
            DeviceWipeRequired,
            NotEnrolled,
            ServerUnreachable,
        )

        self._running = None
        exc = future.exception()
        if isinstance(exc, DeviceWipeRequired):
            log.warning("the server revoked this device: wiping")
            self._stop_timers()
            self._stopped = True
            self.wipe_required.emit()
            return
        if exc is None:
            self._failures = 0
            self.last_error = None
            self.last_report = future.result()
            self._set_online(True)
            if not self.periodic_timer.isActive():
                self.periodic_timer.start()
            self.sync_finished.emit(self.last_report)
        else:
            self.last_error = exc
            log.info("sync failed: %s", type(exc).__name__)
            if isinstance(exc, ServerUnreachable):
                self._set_online(False)
            if not isinstance(exc, NotEnrolled):
                self._failures += 1
                delay = _backoff_seconds(self._failures, self._backoff_base_s,
                                         self._backoff_cap_s)
                self.retry_timer.start(max(1, int(delay * 1000)))
            self.sync_failed.emit(exc)
        self._own_change = True
        try:
            self.workspace.data_changed.emit("")  # lists, Heute and records reload
        finally:
            self._own_change = False
        self.refresh_status()
        if self._again and not self._stopped:
            manual, self._again, self._again_manual = self._again_manual, False, False
            if manual or exc is None:
                if manual:
                    self.retry_timer.stop()
                self._start(check_health=False)

    # --- enrolment ---------------------------------------------------------------------------
    def enrol(self, url: str, code: str, ca_path: str | None, device_name: str,
              on_success: Callable[[Any], Any],
              on_failure: Callable[[BaseException], Any], owner: QObject | None = None) -> None:
        """Enrol on the sync thread; then read the status, start the timers and sync.
        The callbacks are dropped if ``owner`` (the dialog) is gone meanwhile."""
        repository = self.workspace.repository

        def done(future: Future) -> None:
            exc = future.exception()
            if owner is not None and not shiboken6.isValid(owner):
                if exc is None:
                    self.refresh_status(then=lambda _status: self.sync_now())
                return
            if exc is not None:
                on_failure(exc)
                return

            def enrolled(status: SyncStatus) -> None:
                if owner is None or shiboken6.isValid(owner):
                    on_success(future.result())
                self.periodic_timer.start()
                self.sync_now()

            self.refresh_status(then=enrolled)

        self._submit(lambda: _run_enrol(repository, url, code, ca_path, device_name), done)

    # --- a supervisor's or coordinator's call to the server --------------------------------
    def call_server(self, job: Callable[[Any], T], on_success: Callable[[T], Any],
                    on_failure: Callable[[BaseException], Any], owner: QObject | None = None,
                    *, sync_after: bool = False) -> None:
        """``job(connection)`` on the sync thread (never the GUI or the DB worker), with a
        connection of this device's enrolment; then ``on_success(result)`` or
        ``on_failure(exc)`` in the GUI thread, dropped if ``owner`` is gone. With
        ``sync_after`` a sync follows a success (a transfer's result arrives by pull)."""
        repository = self.workspace.repository

        def run() -> T:
            from outreach_desktop.core.sync.engine import connection_for

            with connection_for(repository) as connection:
                return job(connection)

        def done(future: Future) -> None:
            if owner is not None and not shiboken6.isValid(owner):
                return
            exc = future.exception()
            if exc is None:
                self._set_online(True)
                on_success(future.result())
                if sync_after:
                    self.sync_now()
                return
            from outreach_desktop.core.errors import DeviceWipeRequired, ServerUnreachable

            if isinstance(exc, ServerUnreachable):
                self._set_online(False)
            if isinstance(exc, DeviceWipeRequired):
                self.sync_now()  # the sync's own path wipes the device
            on_failure(exc)

        if self._stopped:
            return
        self._submit(run, done)

    # --- stopping ----------------------------------------------------------------------------
    def _stop_timers(self) -> None:
        for timer in (self.periodic_timer, self.debounce_timer, self.retry_timer,
                      self.status_timer):
            timer.stop()

    def shutdown(self) -> None:
        """Stop the timers and the thread; a sync in flight finishes first (it writes
        only in short transactions of its own, so nothing is left half done)."""
        self._stopped = True
        self._stop_event.set()  # a sync in flight ends at its next step
        self._stop_timers()
        if self._network is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._network.reachabilityChanged.disconnect(self._on_reachability)
            self._network = None
        executor, self._executor = self._executor, None
        if executor is not None:
            started = time.monotonic()
            executor.shutdown(wait=True)
            log.info("sync thread stopped (waited %.0f ms)", (time.monotonic() - started) * 1000)
        self._running = None


def _backoff_seconds(failures: int, base: float, cap: float) -> float:
    from outreach_desktop.core.sync.transport import backoff_delay

    # at least half of the step, so a run of failures never retries in a tight loop
    step = min(cap, base * 2 ** (failures - 1))
    return step / 2 + backoff_delay(failures, base, cap) / 2
