"""GUI test fixtures: offscreen Qt, a controller on an in-memory keyring, and a guard
that fails any test leaving a worker thread running (napari's ``_dangling_qthreads``)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import PASSPHRASE
from PySide6.QtCore import QThread

from outreach_desktop.core.vault import KDF_FLOOR
from outreach_desktop.core.vault.device_secret import DeviceSecretStore
from outreach_desktop.gui.controller import AppController

#: Auto-lock far enough away not to fire unless a test asks for it.
NO_AUTO_LOCK_MS = 10 * 60_000
#: One unit of the wrong-passphrase wait: 1 s in the app, short in tests.
TEST_DELAY_UNIT_MS = 150


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _dangling_worker_threads(monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[None]:
    """Fail a test that leaves a Python thread or a QThread running.

    Autouse, so it is set up before (and torn down after) every other fixture of the
    test: what the controller fixture shuts down has stopped by the time this checks.
    """
    before = set(threading.enumerate())
    started_qthreads: list[QThread] = []
    original_start = QThread.start

    def recording_start(self: QThread, *args: object) -> None:
        started_qthreads.append(self)
        original_start(self, *args)

    monkeypatch.setattr(QThread, "start", recording_start)
    yield
    leftover = [t.name for t in threading.enumerate() if t not in before and t.is_alive()]
    leftover += [repr(t) for t in started_qthreads if _qthread_running(t)]
    if leftover:
        pytest.fail(f"test left threads running (call controller.quit() or "
                    f"worker.shutdown()): {leftover}", pytrace=False)


def _qthread_running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # the C++ object is gone, so is the thread
        return False


@pytest.fixture
def secrets(memory_keyring) -> DeviceSecretStore:
    return DeviceSecretStore(memory_keyring)


@pytest.fixture
def make_controller(data_dir: Path, secrets: DeviceSecretStore,
                    qtbot) -> Iterator[Callable[..., AppController]]:
    """Build and start an AppController on ``data_dir``; quit it after the test."""
    made: list[AppController] = []

    def make(**overrides: object) -> AppController:
        options: dict[str, object] = {"secrets": secrets, "kdf": KDF_FLOOR,
                                      "auto_lock_ms": NO_AUTO_LOCK_MS,
                                      "retry_delay_unit_ms": TEST_DELAY_UNIT_MS}
        options.update(overrides)
        controller = AppController(data_dir, **options)  # type: ignore[arg-type]
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        controller.quit()


@pytest.fixture
def existing_vault(vault) -> Path:
    """A vault created (and closed again) in ``data_dir``, so the app starts at unlock."""
    vault.create(PASSPHRASE, kdf=KDF_FLOOR).close()
    return vault.paths.root



def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Say where the screenshots went, so a person can look at them."""
    from test_screenshots import SCREENSHOT_FOLDERS

    for folder in config.stash.get(SCREENSHOT_FOLDERS, []):
        terminalreporter.write_line(f"screenshots written to: {folder}")
