"""The app's states and the moves between them: setup → unlocked ⇄ locked → quit.

The controller owns the worker, the open vault (only while unlocked) and the top-level
windows. Windows ask it for state changes by signal; they never lock, unlock or quit
on their own.
"""

from __future__ import annotations

import enum
import gc
import logging
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from outreach_desktop.core.settings import Key, Settings
from outreach_desktop.gui.inactivity import InactivityTimer
from outreach_desktop.gui.setup_dialog import SetupDialog
from outreach_desktop.gui.unlock_window import DemoMode, UnlockWindow
from outreach_desktop.gui.vault_tasks import (
    VaultAccess,
    close_vault,
    prewarm,
    settings_path,
    vault_exists,
)
from outreach_desktop.gui.worker import BackgroundOp, Worker
from outreach_desktop.gui.workspace.context import Workspace
from outreach_desktop.i18n import LanguageManager

if TYPE_CHECKING:
    from outreach_desktop.core.catalogues import CatalogueLabels
    from outreach_desktop.core.vault import KdfParams
    from outreach_desktop.core.vault.device_secret import DeviceSecretStore
    from outreach_desktop.core.vault.vault import OpenVault
    from outreach_desktop.gui.main_window import MainWindow
    from outreach_desktop.gui.sync.controller import SyncController

log = logging.getLogger(__name__)
MS_PER_MINUTE = 60_000


class AppState(enum.Enum):
    STARTING = "starting"
    SETUP = "setup"        # no vault yet: the setup dialog is shown
    LOCKED = "locked"      # the unlock / lock screen is shown, no key in memory
    UNLOCKED = "unlocked"  # the main window is shown, the vault is open
    QUIT = "quit"          # vault closed, worker stopped


class AppController(QObject):
    """Holds: ``state``; ``worker`` (the one background thread); ``open_vault`` while
    unlocked; ``settings``; ``languages``; the windows (``setup_dialog``,
    ``unlock_window``, ``main_window``, each None when not in use); ``inactivity``.

    ``auto_lock_ms`` and ``retry_delay_unit_ms`` exist so tests need not wait minutes.
    Emits ``state_changed(AppState)`` and ``finished`` once quitting is complete.
    """

    state_changed = Signal(object)
    finished = Signal()

    def __init__(self, data_dir: Path, *, secrets: DeviceSecretStore | None = None,
                 kdf: KdfParams | None = None, auto_lock_ms: int | None = None,
                 retry_delay_unit_ms: int = 1000, languages: LanguageManager | None = None,
                 parent: QObject | None = None, demo: DemoMode | None = None,
                 sync_options: dict[str, object] | None = None) -> None:
        super().__init__(parent)
        #: Keyword arguments for the SyncController (tests: short timers, no network info).
        self.sync_options = dict(sync_options or {})
        self.sync: SyncController | None = None
        self.demo = demo  # --demo: the unlock screen creates the demo vault, shows its passphrase
        self.access = VaultAccess(Path(data_dir), secrets, kdf)
        self.settings = Settings(settings_path(data_dir))
        self.languages = languages or LanguageManager(QApplication.instance())
        self.worker = Worker(self)
        self.worker.make_current()
        self.state = AppState.STARTING
        self.open_vault: OpenVault | None = None
        self.setup_dialog: SetupDialog | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self._auto_lock_override_ms = auto_lock_ms
        self._retry_delay_unit_ms = retry_delay_unit_ms
        self._quitting = False
        self.inactivity = InactivityTimer(self._auto_lock_interval_ms(), self)
        self.inactivity.inactive.connect(self._on_idle)

    # --- start -------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the first screen now; import the heavy core on the worker right after."""
        if vault_exists(self.access.data_dir):
            self._show_unlock_window(locked_after_minutes=None, locked=False)
        elif self.demo is not None:
            self._show_unlock_window(locked_after_minutes=None, locked=False)
            assert self.unlock_window is not None
            self.unlock_window.prepare_demo()
        else:
            self.setup_dialog = SetupDialog(self.access)
            self.setup_dialog.vault_created.connect(self._on_vault_opened)
            self.setup_dialog.quit_requested.connect(self.quit)
            self.setup_dialog.show()
            self._set_state(AppState.SETUP)
        QTimer.singleShot(0, self._prewarm)

    def _prewarm(self) -> None:
        if self.state is not AppState.QUIT:
            self.worker.submit(prewarm, _log_prewarm_failure)
            self.worker.submit(_prewarm_workspace, _log_prewarm_failure)

    # --- unlocked ----------------------------------------------------------------------------
    def _on_vault_opened(self, open_vault: OpenVault) -> None:
        """Load the catalogue labels on the worker, then show the workspace."""
        if self._quitting:  # the worker has stopped; closing is quick (no crypto)
            close_vault(open_vault)
            return
        self.open_vault = open_vault
        language = self.languages.language or "en"
        self.worker.submit(partial(_load_labels, open_vault, language),
                           lambda future: self._show_workspace(open_vault, language, future))

    def _show_workspace(self, open_vault: OpenVault, language: str, labels_future: Future) -> None:
        if self.open_vault is not open_vault:  # quit (or locked) while the labels loaded
            return
        # Imported only now: the workspace screens pull in the core (SQLAlchemy), which
        # the first screen must not wait for.
        from outreach_desktop.gui.main_window import MainWindow

        labels, (role, user_id) = labels_future.result()
        self.workspace = Workspace(open_vault.repository, labels, language)
        self.workspace.role, self.workspace.user_id = role, user_id
        if role == "supervisor":  # read while the window is made: it opens on the queue
            self.worker.submit(partial(_load_review_queue, open_vault),
                               self.workspace.prefetch("review_queue"))
        self.workspace.verify_passphrase = self.access.verify_passphrase
        self.main_window = MainWindow(self.access, self.settings, language, self.workspace)
        self.workspace.setParent(self.main_window)
        self.main_window.lock_requested.connect(lambda: self.lock(idle_minutes=None))
        self.main_window.quit_requested.connect(self.quit)
        self.main_window.language_requested.connect(self.switch_language)
        self.main_window.auto_lock_changed.connect(self._on_auto_lock_changed)
        self._start_sync(self.workspace, self.main_window)
        self.main_window.show()
        for window in (self.setup_dialog, self.unlock_window):
            if window is not None:
                window.hide()
        if self.setup_dialog is not None:
            self.setup_dialog.deleteLater()
            self.setup_dialog = None
        self.inactivity.activate()
        # What exists now (modules, Qt wrappers, the windows) lives until the lock; kept
        # out of the collector's full passes, which otherwise walk ~120,000 objects and
        # hold the GIL for 60-90 ms, a visible stutter while scrolling or typing.
        gc.freeze()
        self._set_state(AppState.UNLOCKED)

    # --- locked ------------------------------------------------------------------------------
    def lock(self, idle_minutes: int | None = None) -> None:
        """Close every window that may show case data, then close the vault on the worker.

        The close is queued behind any job still running, so it never pulls the database
        away from under it; the lock screen stays busy until the close is done.
        """
        if self.state is not AppState.UNLOCKED:
            return
        self.inactivity.deactivate()
        gc.unfreeze()  # the workspace's objects may be collected again once it is gone
        self._stop_sync()  # waits for a sync in flight: it must not outlive the vault
        self._close_secondary_windows()
        self._show_unlock_window(locked_after_minutes=idle_minutes, locked=True)
        if self.main_window is not None:
            self.main_window.hide()
            self.main_window.deleteLater()  # the workspace goes with it
            self.main_window = None
            self.workspace = None
        open_vault, self.open_vault = self.open_vault, None
        if open_vault is not None:
            assert self.unlock_window is not None
            BackgroundOp(self.unlock_window, partial(close_vault, open_vault),
                         self.worker).run()

    def _on_idle(self) -> None:
        self.lock(idle_minutes=max(1, round(self.inactivity.interval_ms / MS_PER_MINUTE)))

    def _show_unlock_window(self, locked_after_minutes: int | None, locked: bool) -> None:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.access, self._retry_delay_unit_ms,
                                              demo=self.demo)
            self.unlock_window.unlocked.connect(self._on_vault_opened)
            self.unlock_window.quit_requested.connect(self.quit)
        if locked:
            self.unlock_window.show_locked(locked_after_minutes)
        else:
            self.unlock_window.show()
        self._set_state(AppState.LOCKED)

    def _close_secondary_windows(self) -> None:
        """Menus, dialogs and message boxes go; ``done()`` also ends any exec() loop."""
        for _ in range(10):  # nested menus close one level at a time
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        keep: set[QWidget | None] = {self.unlock_window, self.main_window}
        for widget in QApplication.topLevelWidgets():
            if widget in keep or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.done(QDialog.DialogCode.Rejected)
            widget.hide()

    # --- sync --------------------------------------------------------------------------------
    def _start_sync(self, workspace: Workspace, main_window: MainWindow) -> None:
        from outreach_desktop.gui.sync.controller import SyncController

        self.sync = SyncController(workspace, main_window, parent=main_window,
                                   **self.sync_options)  # type: ignore[arg-type]
        self.sync.wipe_required.connect(self._wipe_device)
        main_window.attach_sync(self.sync)
        self.sync.start()

    def _stop_sync(self) -> None:
        """Stop the sync thread before the vault closes (waits for a sync in flight)."""
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.shutdown()

    def _wipe_device(self) -> None:
        """The server revoked this device: close everything, wipe the vault on the worker
        (database, key file, keyring secret), then offer the setup again."""
        if self.state is not AppState.UNLOCKED:
            return
        from outreach_desktop.core.sync.engine import wipe_device

        log.warning("device revoked by the server: wiping the vault")
        self.inactivity.deactivate()
        gc.unfreeze()
        self._stop_sync()
        self._close_secondary_windows()
        if self.main_window is not None:
            self.main_window.hide()
            self.main_window.deleteLater()
            self.main_window = None
            self.workspace = None
        open_vault, self.open_vault = self.open_vault, None
        vault = self.access._vault()
        self._set_state(AppState.STARTING)
        self.worker.submit(partial(wipe_device, vault, open_vault), self._on_wiped)

    def _on_wiped(self, future: Future) -> None:
        from PySide6.QtWidgets import QMessageBox

        exc = future.exception()
        if exc is not None:
            log.error("wiping the revoked device failed: %s", type(exc).__name__)
        if self._quitting:
            return
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.setup_dialog = SetupDialog(self.access)
        self.setup_dialog.vault_created.connect(self._on_vault_opened)
        self.setup_dialog.quit_requested.connect(self.quit)
        self.setup_dialog.show()
        self._set_state(AppState.SETUP)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Device removed"),
                          self.tr("Your organisation has revoked this device's access to the "
                                  "server, so its case data was removed from this computer. "
                                  "Ask your coordinator for a new enrolment code to set it up "
                                  "again."), QMessageBox.StandardButton.Ok, self.setup_dialog)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.wiped_message = box

    # --- settings the main window asks for ---------------------------------------------------
    def switch_language(self, code: str) -> None:
        self.languages.install(code)
        if self.main_window is not None:
            self.main_window.set_language(code)
            if self.workspace is not None:
                self.workspace.reload_labels(self.main_window, code)
            BackgroundOp(self.main_window,
                         partial(self.settings.set, Key.LANGUAGE, code), self.worker).run()

    def _auto_lock_interval_ms(self) -> int:
        if self._auto_lock_override_ms is not None:
            return self._auto_lock_override_ms
        return self.settings.auto_lock_minutes * MS_PER_MINUTE

    def _on_auto_lock_changed(self, minutes: int) -> None:
        self.inactivity.set_interval(self._auto_lock_interval_ms())

    # --- quit --------------------------------------------------------------------------------
    def quit(self) -> None:
        """Lock (close the vault) and stop the worker, then emit ``finished``.

        Waiting for the worker here is the one place the GUI thread waits: the app is
        going away, and the vault must be closed before the process ends.
        """
        if self.state is AppState.QUIT or self._quitting:
            return
        self._quitting = True
        self.inactivity.deactivate()
        self._stop_sync()
        self._close_secondary_windows()
        windows = [w for w in (self.main_window, self.unlock_window, self.setup_dialog) if w]
        for window in windows:
            window.hide()
        open_vault, self.open_vault = self.open_vault, None
        if open_vault is not None:
            self.worker.submit(partial(close_vault, open_vault), lambda _future: None)
        self.worker.shutdown(wait=True)
        # Deliver results of jobs that finished meanwhile (an unlock still running when
        # the window was closed), so that _on_vault_opened can close what they opened.
        QCoreApplication.sendPostedEvents(self.worker, QEvent.Type.MetaCall)
        for window in windows:
            window.deleteLater()
        self.main_window = self.unlock_window = self.setup_dialog = None
        self.workspace = None
        self._set_state(AppState.QUIT)
        self.finished.emit()

    def _set_state(self, state: AppState) -> None:
        if state is not self.state:
            log.info("app state %s -> %s", self.state.value, state.value)
            self.state = state
            self.state_changed.emit(state)


def _load_labels(open_vault: OpenVault,
                 language: str) -> tuple[CatalogueLabels, tuple[str, str]]:
    """Catalogue labels for the screens (worker thread); none if they cannot be read,
    so that a damaged catalogue never keeps the caseworker out of the vault. With them
    the enrolled user's role and id, which decide the window's pages."""
    from outreach_desktop.core.catalogues import CatalogueLabels, load_labels
    from outreach_desktop.core.sync.local import load_config

    config = load_config(open_vault.repository)
    who = (config.role or "caseworker", config.user_id)
    try:
        return load_labels(open_vault.repository, language), who
    except Exception as exc:  # logged by type only; the workspace still opens
        log.warning("catalogue labels could not be loaded: %s", type(exc).__name__)
        return CatalogueLabels(language), who


def _load_review_queue(open_vault: OpenVault) -> object:
    from outreach_desktop.gui.supervision.review_queue_view import read_queue

    with open_vault.repository.read() as session:
        return read_queue(session)


def _prewarm_workspace() -> None:
    """Import the workspace screens (about 100 ms) while the passphrase is typed, so that
    the first rows after unlocking do not wait for it. Imports only: no widget is made
    off the GUI thread."""
    import outreach_desktop.gui.main_window  # noqa: F401


def _log_prewarm_failure(future: object) -> None:
    exc = future.exception()  # type: ignore[attr-defined]
    if exc is not None:
        log.warning("pre-importing the core failed: %s", type(exc).__name__)
